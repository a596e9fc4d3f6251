using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;

namespace Summarizer;

/// <summary>
/// An ensemble of regression trees read from the text format that the training tool writes: the score of a feature
/// row is the bias plus the sum of one leaf value per tree. Evaluated here, so that the library needs no machine
/// learning package at run time.
/// </summary>
/// <remarks>
/// Format, one record a line, tokens separated by single spaces; counts and indices in decimal, the bias, thresholds
/// and leaf values as the hexadecimal bits of their IEEE 754 value (a double's 16 digits, a threshold's float 8), exact
/// and quick to read (the shipped model adds about 4 ms to a native process on a two-sentence text, where decimal
/// numbers added about 9):
/// <c>summarizer-ranking-model 3</c> (or <c>2</c>, which has no centrality line); any number of <c># comment</c> lines;
/// <c>features N name...</c>; optionally <c>centrality name W</c> (a feature and its weight, W from 0 to <see cref="MaxScore"/>: see
/// <see cref="CentralityWeight"/>); <c>bias B</c>; <c>trees T</c>; then per tree <c>tree I L</c> followed by I lines <c>feature threshold left right</c>
/// (a child <c>c &lt; 0</c> is leaf <c>~c</c>; a row goes left when its feature is at most the threshold) and one line of
/// L leaf values.
/// </remarks>
internal sealed partial class RankingModel
{
    /// <summary>The first line of a model file.</summary>
    public const string Header = "summarizer-ranking-model 3";

    // The format before the centrality line; still read.
    private const string HeaderVersion2 = "summarizer-ranking-model 2";

    /// <summary>
    /// The largest magnitude a model's scores may reach (the bias plus each tree's largest leaf) and its centrality weight
    /// may have, so that a document's scores, their mean and their deviation are finite; a trained model's are below 100.
    /// </summary>
    internal const double MaxScore = 1e100;

    // All trees in flat arrays, nodes of tree t from _roots[t]: one cache-friendly block however many trees there are.
    private readonly Node[] _nodes;
    private readonly double[] _leaves;
    private readonly int[] _roots;
    private readonly int[] _leafStarts;

    // The same trees for evaluation by bit masks (QuickScorer: Lucchese et al., SIGIR 2015), when every tree has at
    // most 32 leaves; null otherwise. Leaves are numbered left to right within a tree (bit i is the i-th leaf from the
    // left). Every split, of all trees, is listed by feature and, within a feature, by ascending threshold, with its
    // tree and the bits of the leaves of its left subtree: a row whose value is above the threshold cannot end there.
    // A tree's exit leaf is the leftmost one that no split the row goes right at rules out.
    private readonly BitMaskForm? _masks;

    // Whether any split, or the centrality term, reads the feature of that index.
    private readonly bool[] _used;

    private RankingModel(string[] features, int centralityFeature, double centralityWeight, double bias, Tree[] trees, string[] comments)
    {
        Features = features;
        CentralityFeature = centralityFeature;
        CentralityWeight = centralityWeight;
        Bias = bias;
        Comments = comments;
        TreeCount = trees.Length;
        int nodeCount = 0;
        int leafCount = 0;
        foreach (Tree tree in trees)
        {
            nodeCount += tree.Feature.Length;
            leafCount += tree.Leaves.Length;
        }

        _used = new bool[features.Length];
        foreach (Tree tree in trees)
        {
            foreach (int feature in tree.Feature)
            {
                _used[feature] = true;
            }
        }

        if (centralityFeature >= 0 && centralityWeight > 0)
        {
            _used[centralityFeature] = true;
        }

        _nodes = new Node[nodeCount];
        _leaves = new double[leafCount];
        _roots = new int[trees.Length];
        _leafStarts = new int[trees.Length];
        int n = 0;
        int l = 0;
        for (int t = 0; t < trees.Length; t++)
        {
            Tree tree = trees[t];
            _roots[t] = tree.Feature.Length == 0 ? -1 : n;
            _leafStarts[t] = l;
            for (int i = 0; i < tree.Feature.Length; i++)
            {
                // Children: a split is stored by its absolute index, a leaf as ~(its absolute index).
                _nodes[n + i] = new Node(tree.Feature[i], tree.Threshold[i], Absolute(tree.Left[i], n, l), Absolute(tree.Right[i], n, l));
            }

            tree.Leaves.CopyTo(_leaves, l);
            n += tree.Feature.Length;
            l += tree.Leaves.Length;
        }

        _masks = BitMaskForm.Create(trees, features.Length);
    }

    /// <summary>The feature names, in row order.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>Whether any split, or the centrality term, reads the feature at <paramref name="index"/>: a feature no one reads need not be computed.</summary>
    public bool Uses(int index) => _used[index];

    /// <summary>The comment lines of the file (the command, the data and the features it was trained on).</summary>
    public IReadOnlyList<string> Comments { get; }

    public double Bias { get; }

    /// <summary>
    /// The index of the feature whose standardized value, times <see cref="CentralityWeight"/>, is added to the
    /// standardized tree scores of a document; -1 for none.
    /// </summary>
    public int CentralityFeature { get; }

    /// <summary>
    /// How much of a sentence's centrality (<see cref="CentralityFeature"/>, standardized over the document) is added to
    /// its standardized tree score: a pull towards the unsupervised ranking, which holds better on text unlike the
    /// training data; 0 for none.
    /// </summary>
    public double CentralityWeight { get; }

    public int TreeCount { get; }

    /// <summary>Scores one feature row.</summary>
    public double Score(ReadOnlySpan<float> row)
    {
        double sum = Bias;
        Node[] nodes = _nodes;
        for (int t = 0; t < _roots.Length; t++)
        {
            int node = _roots[t];
            if (node < 0)
            {
                sum += _leaves[_leafStarts[t]];
                continue;
            }

            while (node >= 0)
            {
                Node split = nodes[node];
                node = row[split.Feature] <= split.Threshold ? split.Left : split.Right;
            }

            sum += _leaves[~node];
        }

        return sum;
    }

    /// <summary>
    /// Scores <paramref name="count"/> rows of <paramref name="width"/> features into <paramref name="scores"/>, a
    /// tree at a time: one tree's nodes stay in the cache while every row walks it.
    /// </summary>
    /// <remarks>
    /// Each score is the bias plus the trees' leaves added in tree order, as <see cref="Score"/> adds them, so the two
    /// agree to the bit. Models whose trees all have at most 32 leaves are evaluated by bit masks, a vector of rows at
    /// a time, without a branch per split; others by walking each tree.
    /// </remarks>
    public void ScoreAll(ReadOnlySpan<float> rows, int count, int width, Span<double> scores)
    {
        Debug.Assert(rows.Length >= count * width && scores.Length >= count, "a row and a score per sentence");
        scores[..count].Fill(Bias);
        if (_masks is { } masks)
        {
            masks.AddLeaves(rows, count, width, scores);
            return;
        }

        Node[] nodes = _nodes;
        for (int t = 0; t < _roots.Length; t++)
        {
            int root = _roots[t];
            if (root < 0)
            {
                double leaf = _leaves[_leafStarts[t]];
                for (int s = 0; s < count; s++)
                {
                    scores[s] += leaf;
                }

                continue;
            }

            for (int s = 0; s < count; s++)
            {
                ReadOnlySpan<float> row = rows.Slice(s * width, width);
                int node = root;
                while (node >= 0)
                {
                    ref readonly Node split = ref nodes[node];
                    node = row[split.Feature] <= split.Threshold ? split.Left : split.Right;
                }

                scores[s] += _leaves[~node];
            }
        }
    }

    private static int Absolute(int child, int firstNode, int firstLeaf) => child >= 0 ? firstNode + child : ~(firstLeaf + ~child);

    /// <summary>Reads a model.</summary>
    /// <exception cref="InvalidDataException">The text is not a model of this format.</exception>
    public static RankingModel Read(TextReader reader)
    {
        var lines = new LineReader(reader);
        string first = lines.Next();
        if (first != Header && first != HeaderVersion2)
        {
            throw new InvalidDataException($"Not a ranking model: the first line must be '{Header}' (or '{HeaderVersion2}').");
        }

        var comments = new List<string>();
        string line = lines.Next();
        while (line.StartsWith('#'))
        {
            comments.Add(line);
            line = lines.Next();
        }

        string[] parts = lines.Expect(line, "features", minTokens: 2);
        int featureCount = lines.ParseCount(parts[1], 1 << 12);
        if (parts.Length != featureCount + 2)
        {
            lines.Fail($"'features' names {parts.Length - 2} features but counts {featureCount}");
        }

        string[] features = parts[2..];
        line = lines.Next();
        int centralityFeature = -1;
        double centralityWeight = 0;
        if (first == Header && line.StartsWith("centrality ", StringComparison.Ordinal))
        {
            string[] centrality = lines.Expect(line, "centrality", minTokens: 3);
            centralityFeature = Array.IndexOf(features, centrality[1]);
            centralityWeight = lines.ParseDouble(centrality[2]);
            if (centralityFeature < 0 || centrality.Length != 3 || !(centralityWeight >= 0) || centralityWeight > MaxScore)
            {
                lines.Fail($"'centrality' must name one of the features and a weight of at least 0 and at most {MaxScore:R}");
            }

            line = lines.Next();
        }

        double bias = lines.ParseDouble(lines.Expect(line, "bias", minTokens: 2)[1]);
        // The largest score the trees can give, in magnitude: bounded, so that their sum, mean and deviation over a
        // document stay finite numbers.
        double reach = Math.Abs(bias);
        if (!(reach <= MaxScore))
        {
            lines.Fail($"the bias is more than {MaxScore:R} in magnitude");
        }

        int treeCount = lines.ParseCount(lines.Expect(lines.Next(), "trees", minTokens: 2)[1], 1 << 16);
        var trees = new Tree[treeCount];
        for (int t = 0; t < treeCount; t++)
        {
            string[] header = lines.Expect(lines.Next(), "tree", minTokens: 3);
            int internalCount = lines.ParseCount(header[1], 1 << 16);
            int leafCount = lines.ParseCount(header[2], 1 << 16);
            if (leafCount != internalCount + 1)
            {
                lines.Fail($"a binary tree with {internalCount} splits has {internalCount + 1} leaves, not {leafCount}");
            }

            var feature = new int[internalCount];
            var threshold = new float[internalCount];
            var left = new int[internalCount];
            var right = new int[internalCount];
            // The bulk of a model: read as spans, with no string per number.
            for (int i = 0; i < internalCount; i++)
            {
                var node = new Tokens(lines.Next());
                feature[i] = lines.ParseIndex(node.Next(lines), featureCount);
                threshold[i] = lines.ParseFloat(node.Next(lines));
                left[i] = lines.ParseChild(node.Next(lines), internalCount, leafCount);
                right[i] = lines.ParseChild(node.Next(lines), internalCount, leafCount);
                node.End(lines);
            }

            var leafTokens = new Tokens(lines.Next());
            var leaves = new double[leafCount];
            for (int i = 0; i < leafCount; i++)
            {
                leaves[i] = lines.ParseDouble(leafTokens.Next(lines));
            }

            leafTokens.End(lines);
            double largest = 0;
            foreach (double leaf in leaves)
            {
                largest = Math.Max(largest, Math.Abs(leaf));
            }

            reach += largest;
            if (!(reach <= MaxScore))
            {
                lines.Fail($"the bias and the trees' leaves can add up to more than {MaxScore:R} in magnitude");
            }

            trees[t] = new Tree(feature, threshold, left, right, leaves);
            trees[t].CheckAcyclic(lines);
        }

        if (reader.ReadLine() is { Length: > 0 } extra)
        {
            lines.Fail($"unexpected text after the last tree: '{Truncate(extra)}'");
        }

        return new RankingModel(features, centralityFeature, centralityWeight, bias, trees, comments.ToArray());
    }

    private static string Truncate(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "...");

    /// <summary>The space-separated tokens of one line, in order.</summary>
    private ref struct Tokens(ReadOnlySpan<char> line)
    {
        private ReadOnlySpan<char> _rest = line;
        private bool _done;

        /// <summary>The next token; a line with fewer tokens than asked for is malformed.</summary>
        public ReadOnlySpan<char> Next(LineReader lines)
        {
            if (_done)
            {
                lines.Fail("a line has fewer values than it should");
            }

            int space = _rest.IndexOf(' ');
            ReadOnlySpan<char> token = space < 0 ? _rest : _rest[..space];
            _done = space < 0;
            _rest = space < 0 ? default : _rest[(space + 1)..];
            return token;
        }

        /// <summary>Checks that the line has no more tokens.</summary>
        public readonly void End(LineReader lines)
        {
            if (!_done)
            {
                lines.Fail("a line has more values than it should");
            }
        }
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    private sealed class Tree(int[] feature, float[] threshold, int[] left, int[] right, double[] leaves)
    {
        public int[] Feature => feature;

        public float[] Threshold => threshold;

        public int[] Left => left;

        public int[] Right => right;

        public double[] Leaves => leaves;

        /// <summary>Checks that every split is reached once from the root, so that evaluation always ends in a leaf.</summary>
        public void CheckAcyclic(LineReader lines)
        {
            if (feature.Length == 0)
            {
                return;
            }

            var seen = new bool[feature.Length];
            var stack = new Stack<int>();
            stack.Push(0);
            int visited = 0;
            while (stack.Count > 0)
            {
                int node = stack.Pop();
                if (seen[node])
                {
                    lines.Fail("a tree's splits do not form a tree");
                }

                seen[node] = true;
                visited++;
                if (left[node] >= 0)
                {
                    stack.Push(left[node]);
                }

                if (right[node] >= 0)
                {
                    stack.Push(right[node]);
                }
            }

            if (visited != feature.Length)
            {
                lines.Fail("a tree has splits that its root does not reach");
            }
        }
    }

    /// <summary>Reads lines and reports errors with the line number.</summary>
    private sealed class LineReader(TextReader reader)
    {
        private int _number;

        public string Next()
        {
            _number++;
            return reader.ReadLine() ?? throw new InvalidDataException($"The ranking model ends early, at line {_number}.");
        }

        public string[] Expect(string line, string keyword, int minTokens)
        {
            string[] parts = line.Split(' ');
            if (parts.Length < minTokens || parts[0] != keyword)
            {
                Fail($"expected '{keyword}'");
            }

            return parts;
        }

        public int ParseCount(ReadOnlySpan<char> token, int max)
        {
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value > max)
            {
                Fail($"'{Truncate(token)}' is not a count of at most {max}");
            }

            return value;
        }

        public int ParseIndex(ReadOnlySpan<char> token, int count)
        {
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value >= count)
            {
                Fail($"'{Truncate(token)}' is not a feature index below {count}");
            }

            return value;
        }

        public int ParseChild(ReadOnlySpan<char> token, int internalCount, int leafCount)
        {
            if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                || (value >= 0 ? value >= internalCount || value == 0 : ~value >= leafCount))
            {
                Fail($"'{Truncate(token)}' is not a child: a split after the root below {internalCount}, or a leaf ~0..~{leafCount - 1}");
            }

            return value;
        }

        public float ParseFloat(ReadOnlySpan<char> token)
        {
            uint bits = 0;
            if (token.Length != 8 || !uint.TryParse(token, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bits)
                || !float.IsFinite(BitConverter.UInt32BitsToSingle(bits)))
            {
                Fail($"'{Truncate(token)}' is not the 8 hexadecimal digits of a finite float");
            }

            return BitConverter.UInt32BitsToSingle(bits);
        }

        public double ParseDouble(ReadOnlySpan<char> token)
        {
            ulong bits = 0;
            if (token.Length != 16 || !ulong.TryParse(token, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bits)
                || !double.IsFinite(BitConverter.UInt64BitsToDouble(bits)))
            {
                Fail($"'{Truncate(token)}' is not the 16 hexadecimal digits of a finite double");
            }

            return BitConverter.UInt64BitsToDouble(bits);
        }

        [DoesNotReturn]
        public void Fail(string message) => throw new InvalidDataException($"The ranking model is malformed at line {_number}: {message}.");
    }
}
