using System;
using System.Collections.Generic;
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
/// Format, one record a line, tokens separated by single spaces, numbers in invariant culture:
/// <c>summarizer-ranking-model 1</c>; any number of <c># comment</c> lines; <c>features N name...</c>;
/// <c>bias B</c>; <c>trees T</c>; then per tree <c>tree I L</c> followed by I lines <c>feature threshold left right</c>
/// (a child <c>c &lt; 0</c> is leaf <c>~c</c>; a row goes left when its feature is at most the threshold) and one line of
/// L leaf values.
/// </remarks>
internal sealed class RankingModel
{
    /// <summary>The first line of a model file.</summary>
    public const string Header = "summarizer-ranking-model 1";

    private readonly Tree[] _trees;

    private RankingModel(string[] features, double bias, Tree[] trees, string[] comments)
    {
        Features = features;
        Bias = bias;
        _trees = trees;
        Comments = comments;
    }

    /// <summary>The feature names, in row order.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>The comment lines of the file (the command, the data and the features it was trained on).</summary>
    public IReadOnlyList<string> Comments { get; }

    public double Bias { get; }

    public int TreeCount => _trees.Length;

    /// <summary>Scores one feature row.</summary>
    public double Score(ReadOnlySpan<float> row)
    {
        double sum = Bias;
        foreach (Tree tree in _trees)
        {
            sum += tree.Evaluate(row);
        }

        return sum;
    }

    /// <summary>Reads a model.</summary>
    /// <exception cref="InvalidDataException">The text is not a model of this format.</exception>
    public static RankingModel Read(TextReader reader)
    {
        var lines = new LineReader(reader);
        if (lines.Next() != Header)
        {
            throw new InvalidDataException($"Not a ranking model: the first line must be '{Header}'.");
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
        double bias = lines.ParseDouble(lines.Expect(lines.Next(), "bias", minTokens: 2)[1]);
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
            for (int i = 0; i < internalCount; i++)
            {
                string[] node = lines.Split(lines.Next(), 4);
                feature[i] = lines.ParseIndex(node[0], featureCount);
                threshold[i] = (float)lines.ParseDouble(node[1]);
                left[i] = lines.ParseChild(node[2], internalCount, leafCount);
                right[i] = lines.ParseChild(node[3], internalCount, leafCount);
            }

            string[] leafTokens = lines.Split(lines.Next(), leafCount);
            var leaves = new double[leafCount];
            for (int i = 0; i < leafCount; i++)
            {
                leaves[i] = lines.ParseDouble(leafTokens[i]);
            }

            trees[t] = new Tree(feature, threshold, left, right, leaves);
            trees[t].CheckAcyclic(lines);
        }

        if (reader.ReadLine() is { Length: > 0 } extra)
        {
            lines.Fail($"unexpected text after the last tree: '{Truncate(extra)}'");
        }

        return new RankingModel(features, bias, trees, comments.ToArray());
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private sealed class Tree(int[] feature, float[] threshold, int[] left, int[] right, double[] leaves)
    {
        public double Evaluate(ReadOnlySpan<float> row)
        {
            if (feature.Length == 0)
            {
                return leaves[0];
            }

            int node = 0;
            while (node >= 0)
            {
                node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
            }

            return leaves[~node];
        }

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

        public string[] Split(string line, int count)
        {
            string[] parts = line.Split(' ');
            if (parts.Length != count)
            {
                Fail($"expected {count} values, found {parts.Length}");
            }

            return parts;
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

        public int ParseCount(string token, int max)
        {
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value > max)
            {
                Fail($"'{Truncate(token)}' is not a count of at most {max}");
            }

            return value;
        }

        public int ParseIndex(string token, int count)
        {
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value >= count)
            {
                Fail($"'{Truncate(token)}' is not a feature index below {count}");
            }

            return value;
        }

        public int ParseChild(string token, int internalCount, int leafCount)
        {
            if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                || (value >= 0 ? value >= internalCount || value == 0 : ~value >= leafCount))
            {
                Fail($"'{Truncate(token)}' is not a child: a split after the root below {internalCount}, or a leaf ~0..~{leafCount - 1}");
            }

            return value;
        }

        public double ParseDouble(string token)
        {
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                Fail($"'{Truncate(token)}' is not a finite number");
            }

            return value;
        }

        [DoesNotReturn]
        public void Fail(string message) => throw new InvalidDataException($"The ranking model is malformed at line {_number}: {message}.");
    }
}
