using System;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer;

/// <summary>
/// Builds the sentence graph for a <see cref="SentenceSimilarity"/>. Candidate pairs come from the inverted index of a
/// <see cref="TermMatrix"/>, so pairs that share no term cost nothing.
/// </summary>
/// <remarks>
/// The cap that keeps long inputs near-linear: terms held by more than <c>maxTermSentences</c> sentences are skipped
/// (their IDF is too low to carry signal, and their postings are what makes pair counting quadratic), and each
/// sentence keeps only its <c>maxEdgesPerSentence</c> strongest edges (ties to the lower index); an edge survives if
/// either end keeps it, so the graph stays undirected with at most <c>2 k N</c> entries.
/// </remarks>
internal static class SentenceGraphBuilder
{
    /// <summary>Inputs of fewer sentences are built on the calling thread.</summary>
    internal const int ParallelRows = 2048;

    /// <summary>Sentence lengths (in term occurrences) told apart when single-term pairs are ordered; longer ones share the last class.</summary>
    private const int LengthClasses = 64;

    /// <summary>Texts of at most this many sentences read TextRank rows off the counts (see BuildRows).</summary>
    private const int DenseRows = 128;

    /// <summary>Texts of at most this many sentences sum every pair once, in a dense matrix (see <see cref="BuildDense"/>).</summary>
    private const int DensePairs = 64;

    public static SentenceGraph Build(
        TermMatrix matrix,
        SentenceSimilarity similarity,
        SimilarityWeights weights,
        int maxEdgesPerSentence,
        int maxTermSentences,
        CancellationToken cancellationToken)
    {
        if (!IsDense(matrix.SentenceCount, maxEdgesPerSentence))
        {
            return Build(matrix, similarity, weights, maxEdgesPerSentence, maxTermSentences, ChunkRowsFor(matrix.SentenceCount), cancellationToken);
        }

        var graphs = new SentenceGraph[1];
        BuildDense(matrix, [similarity], [weights], maxEdgesPerSentence, maxTermSentences, graphs);
        return graphs[0];
    }

    /// <summary>
    /// The graphs of several similarities over one matrix, into <paramref name="graphs"/>: each is the graph
    /// <see cref="Build(TermMatrix, SentenceSimilarity, SimilarityWeights, int, int, CancellationToken)"/> makes, bit for bit.
    /// </summary>
    /// <remarks>
    /// The candidate pairs do not depend on the similarity, so a text below <see cref="ParallelRows"/> sentences walks the
    /// inverted index once: each row finds its candidates once, adds every similarity's sums in the order a build of its
    /// own adds them, and orders its candidates once for all the graphs when none is cut by the cap.
    /// </remarks>
    public static void BuildAll(
        TermMatrix matrix,
        ReadOnlySpan<SentenceSimilarity> similarities,
        ReadOnlySpan<SimilarityWeights> weights,
        int maxEdgesPerSentence,
        int maxTermSentences,
        Span<SentenceGraph> graphs,
        CancellationToken cancellationToken)
    {
        Debug.Assert(similarities.Length == weights.Length && similarities.Length == graphs.Length, "a weighting and a graph per similarity");
        int n = matrix.SentenceCount;
        if (IsDense(n, maxEdgesPerSentence))
        {
            BuildDense(matrix, similarities, weights, maxEdgesPerSentence, maxTermSentences, graphs);
            return;
        }

        if (n >= ParallelRows || similarities.Length == 1)
        {
            for (int k = 0; k < similarities.Length; k++)
            {
                graphs[k] = Build(matrix, similarities[k], weights[k], maxEdgesPerSentence, maxTermSentences, cancellationToken);
            }

            return;
        }

        bool[] skip = SkippedTerms(matrix, maxTermSentences, out bool skipped);
        int count = similarities.Length;
        var outputs = new GraphRows[count];
        int rowEntries = matrix.RowStarts[n];
        for (int k = 0; k < count; k++)
        {
            outputs[k] = new GraphRows(n, Math.Max(16, rowEntries), skipped);
        }

        // TextRank's factors are all 1: its sum is the number of shared terms, counted with the candidates.
        Span<bool> textRank = stackalloc bool[count];
        Span<bool> symmetric = stackalloc bool[count];
        for (int k = 0; k < count; k++)
        {
            textRank[k] = similarities[k] is TextRankSimilarity;
            symmetric[k] = similarities[k].IsSymmetric;
        }

        float[] sums = ArrayPool<float>.Shared.Rent(2 * count * n);
        int[] stamp = ArrayPool<int>.Shared.Rent(n);
        int[] touched = ArrayPool<int>.Shared.Rent(n);
        int[] shared = ArrayPool<int>.Shared.Rent(n);
        long[] keys = ArrayPool<long>.Shared.Rent(n);
        try
        {
            Array.Clear(sums, 0, 2 * count * n);
            Array.Clear(stamp, 0, n);
            int heapSize = maxEdgesPerSentence > 0 ? maxEdgesPerSentence : int.MaxValue;
            for (int i = 0; i < n; i++)
            {
                if ((i & 63) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int touchedCount = Candidates(matrix, skip, i, stamp, touched, shared);
                for (int k = 0; k < count; k++)
                {
                    if (!textRank[k])
                    {
                        AddSums(matrix, skip, i, weights[k], symmetric[k], sums.AsSpan(2 * k * n, n), sums.AsSpan(((2 * k) + 1) * n, n));
                    }
                }

                Span<int> candidates = touched.AsSpan(0, touchedCount);
                bool keepAll = touchedCount <= heapSize;
                if (keepAll && n <= DenseRows)
                {
                    // A short text reads its candidates off the marks in column order, rather than sorting them.
                    for (int j = 0, k = 0; k < touchedCount; j++)
                    {
                        if (stamp[j] == i + 1)
                        {
                            touched[k++] = j;
                        }
                    }
                }
                else if (keepAll)
                {
                    candidates.Sort();
                }

                for (int k = 0; k < count; k++)
                {
                    SentenceSimilarity similarity = similarities[k];
                    float[] norms = weights[k].Norms;
                    float normI = norms[i];
                    Span<float> forward = sums.AsSpan(2 * k * n, n);
                    Span<float> backward = symmetric[k] ? forward : sums.AsSpan(((2 * k) + 1) * n, n);
                    ref GraphRows output = ref outputs[k];
                    if (keepAll)
                    {
                        // Every candidate is kept: written in column order, with no heap and no sort.
                        output.EnsureRoom(touchedCount);
                        if (textRank[k])
                        {
                            foreach (int j in candidates)
                            {
                                output.AddIfEdge(j, TextRankSimilarity.Weight(shared[j], normI, norms[j]));
                            }
                        }
                        else
                        {
                            foreach (int j in candidates)
                            {
                                float w = similarity.Combine(forward[j], backward[j], normI, norms[j]);
                                forward[j] = 0;
                                backward[j] = 0;
                                output.AddIfEdge(j, w);
                            }
                        }
                    }
                    else
                    {
                        int kept = 0;
                        foreach (int j in candidates)
                        {
                            float w = textRank[k] ? TextRankSimilarity.Weight(shared[j], normI, norms[j]) : similarity.Combine(forward[j], backward[j], normI, norms[j]);
                            forward[j] = 0;
                            backward[j] = 0;
                            Offer(keys, ref kept, heapSize, w, j, ref output.CapApplied);
                        }

                        output.AddInColumnOrder(keys.AsSpan(0, kept));
                    }

                    output.EndRow(i);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(sums);
            ArrayPool<int>.Shared.Return(stamp);
            ArrayPool<int>.Shared.Return(touched);
            ArrayPool<int>.Shared.Return(shared);
            ArrayPool<long>.Shared.Return(keys);
        }

        for (int k = 0; k < count; k++)
        {
            graphs[k] = outputs[k].ToGraph(n, maxEdgesPerSentence);
        }
    }

    /// <summary>Whether a text of <paramref name="n"/> sentences is built by <see cref="BuildDense"/>: short, and no row can hold more candidates than the cap keeps.</summary>
    private static bool IsDense(int n, int maxEdgesPerSentence) => n <= DensePairs && (maxEdgesPerSentence <= 0 || n - 1 <= maxEdgesPerSentence);

    /// <summary>
    /// The graphs of a short text (<see cref="IsDense"/>), each the one a sparse build makes, bit for bit: every pair that
    /// shares a term is summed once, term by term in ascending order (the order in which a row adds its sums, since
    /// rows are sorted by term), into an n-by-n matrix a similarity; its rows are then read in column order.
    /// </summary>
    /// <remarks>
    /// A pair (i, j), i &lt; j, adds <c>a_i b_j</c> at <c>[i, j]</c> and, for an asymmetric similarity, <c>a_j b_i</c> at
    /// <c>[j, i]</c>: the same products, in the same order, that row i adds forward and row j backward, so both rows read
    /// their sums off the matrix. No row is cut by the cap, so no heap is needed.
    /// </remarks>
    private static void BuildDense(
        TermMatrix matrix,
        ReadOnlySpan<SentenceSimilarity> similarities,
        ReadOnlySpan<SimilarityWeights> weights,
        int maxEdgesPerSentence,
        int maxTermSentences,
        Span<SentenceGraph> graphs)
    {
        int n = matrix.SentenceCount;
        int count = similarities.Length;
        int cells = n * n;
        bool[] skip = SkippedTerms(matrix, maxTermSentences, out bool skipped);
        int[] shared = ArrayPool<int>.Shared.Rent(cells);
        float[] sums = ArrayPool<float>.Shared.Rent(count * cells);
        try
        {
            Array.Clear(shared, 0, cells);
            Array.Clear(sums, 0, count * cells);
            AddPairs(matrix, skip, shared, null, null, null, symmetric: true);
            for (int k = 0; k < count; k++)
            {
                if (similarities[k] is not TextRankSimilarity)
                {
                    AddPairs(matrix, skip, shared, sums.AsSpan(k * cells, cells), weights[k].Query, weights[k].Document, similarities[k].IsSymmetric);
                }
            }

            for (int k = 0; k < count; k++)
            {
                SentenceSimilarity similarity = similarities[k];
                bool textRank = similarity is TextRankSimilarity;
                bool symmetric = similarity.IsSymmetric;
                float[] norms = weights[k].Norms;
                ReadOnlySpan<float> pairs = sums.AsSpan(k * cells, cells);
                var rows = new GraphRows(n, Math.Max(16, matrix.EntryCount), skipped);
                for (int i = 0; i < n; i++)
                {
                    rows.EnsureRoom(n);
                    // Column j below i reads the pair at [j, i], above it at [i, j].
                    for (int j = 0; j < n; j++)
                    {
                        int pair = j < i ? (j * n) + i : (i * n) + j;
                        int common = shared[pair];
                        if (common == 0 || j == i)
                        {
                            continue;
                        }

                        float forward = symmetric ? pairs[pair] : pairs[(i * n) + j];
                        float backward = symmetric ? forward : pairs[(j * n) + i];
                        rows.AddIfEdge(j, textRank ? TextRankSimilarity.Weight(common, norms[i], norms[j]) : similarity.Combine(forward, backward, norms[i], norms[j]));
                    }

                    rows.EndRow(i);
                }

                graphs[k] = rows.ToGraph(n, maxEdgesPerSentence);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(sums);
            ArrayPool<int>.Shared.Return(shared);
        }
    }

    /// <summary>
    /// Walks the pairs (i, j), i &lt; j, of every term that is not skipped, in ascending term order: counts the terms each
    /// pair shares in <paramref name="shared"/> at <c>[i, j]</c> when no factors are given, otherwise adds
    /// <c>a_i b_j</c> at <c>[i, j]</c> and, when not <paramref name="symmetric"/>, <c>a_j b_i</c> at <c>[j, i]</c>.
    /// </summary>
    private static void AddPairs(TermMatrix matrix, bool[] skip, int[] shared, Span<float> sums, float[]? query, float[]? document, bool symmetric)
    {
        int n = matrix.SentenceCount;
        int[] postingSentences = matrix.PostingSentences;
        int[] postingEntries = matrix.PostingEntries;
        for (int term = 0; term < matrix.TermCount; term++)
        {
            int start = matrix.PostingStarts[term];
            int end = matrix.PostingStarts[term + 1];
            if (end - start < 2 || skip[term])
            {
                continue;
            }

            for (int p = start; p < end; p++)
            {
                int i = postingSentences[p];
                int row = i * n;
                if (query is null || document is null)
                {
                    for (int q = p + 1; q < end; q++)
                    {
                        shared[row + postingSentences[q]]++;
                    }

                    continue;
                }

                int ei = postingEntries[p];
                float a = query[ei];
                float b = document[ei];
                for (int q = p + 1; q < end; q++)
                {
                    int j = postingSentences[q];
                    int ej = postingEntries[q];
                    sums[row + j] += a * document[ej];
                    if (!symmetric)
                    {
                        sums[(j * n) + i] += query[ej] * b;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The most entries a graph may hold beyond what the default cap on edges per sentence allows its text: with both
    /// caps lifted a graph links every pair of sentences that share a term, so its memory grows with the square of the
    /// sentences (a 5 MB text would need tens of gigabytes).
    /// </summary>
    internal const long MaxUncappedEntries = 1L << 25;

    /// <summary>
    /// Throws when the graph could hold more than <see cref="MaxUncappedEntries"/> entries and more than the default cap
    /// allows (<see cref="SummarizerOptions.DefaultMaxEdgesPerSentence"/> a sentence, kept from either end): only a
    /// text whose caps were lifted gets that far. The bound is the pairs that the terms not skipped link, counted per
    /// term, and at most every pair, or what the cap keeps.
    /// </summary>
    private static void CheckSize(TermMatrix matrix, bool[] skip, int maxEdgesPerSentence)
    {
        long n = matrix.SentenceCount;
        long bound = n * (n - 1);
        if (maxEdgesPerSentence > 0)
        {
            bound = Math.Min(bound, 2L * maxEdgesPerSentence * n);
        }

        long allowed = Math.Max(MaxUncappedEntries, 2L * SummarizerOptions.DefaultMaxEdgesPerSentence * n);
        if (bound <= allowed)
        {
            return;
        }

        long pairs = 0;
        for (int t = 0; t < skip.Length && pairs <= allowed; t++)
        {
            long sentences = skip[t] ? 0 : matrix.SentenceFrequency(t);
            pairs += sentences * (sentences - 1);
        }

        if (pairs > allowed)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The sentence graph of this text's {n:N0} sentences could hold more than {allowed:N0} edges: with the long-input caps lifted (MaxEdgesPerSentence {maxEdgesPerSentence}, and no term skipped for MaxTermSentences) its memory grows with the square of the sentences. Keep MaxEdgesPerSentence (64 by default) for texts this long."));
        }
    }

    /// <summary>The terms held by more than <paramref name="maxTermSentences"/> sentences (none when it is 0), which link no pair.</summary>
    private static bool[] SkippedTerms(TermMatrix matrix, int maxTermSentences, out bool any)
    {
        any = false;
        bool[] skip = new bool[matrix.TermCount];
        if (maxTermSentences > 0)
        {
            for (int t = 0; t < skip.Length; t++)
            {
                if (matrix.SentenceFrequency(t) > maxTermSentences)
                {
                    skip[t] = true;
                    any = true;
                }
            }
        }

        return skip;
    }

    /// <summary>
    /// The sentences that share a term with sentence <paramref name="i"/> (not itself), in order of discovery, marked
    /// with <c>i + 1</c>, and how many terms each shares.
    /// </summary>
    private static int Candidates(TermMatrix matrix, bool[] skip, int i, int[] stamp, int[] touched, int[] shared)
    {
        int touchedCount = 0;
        int mark = i + 1;
        for (int e = matrix.RowStarts[i]; e < matrix.RowStarts[i + 1]; e++)
        {
            int term = matrix.Terms[e];
            if (skip[term])
            {
                continue;
            }

            for (int p = matrix.PostingStarts[term]; p < matrix.PostingStarts[term + 1]; p++)
            {
                int j = matrix.PostingSentences[p];
                if (j == i)
                {
                    continue;
                }

                if (stamp[j] != mark)
                {
                    stamp[j] = mark;
                    shared[j] = 0;
                    touched[touchedCount++] = j;
                }

                shared[j]++;
            }
        }

        return touchedCount;
    }

    /// <summary>Adds the sums of one similarity for the pairs of row <paramref name="i"/>, term by term and posting by posting, as <see cref="BuildRows"/> does.</summary>
    private static void AddSums(TermMatrix matrix, bool[] skip, int i, SimilarityWeights weights, bool symmetric, Span<float> forward, Span<float> backward)
    {
        float[] query = weights.Query;
        float[] document = weights.Document;
        int[] postingSentences = matrix.PostingSentences;
        int[] postingEntries = matrix.PostingEntries;
        for (int e = matrix.RowStarts[i]; e < matrix.RowStarts[i + 1]; e++)
        {
            int term = matrix.Terms[e];
            if (skip[term])
            {
                continue;
            }

            float a = query[e];
            float b = document[e];
            int end = matrix.PostingStarts[term + 1];
            for (int p = matrix.PostingStarts[term]; p < end; p++)
            {
                int j = postingSentences[p];
                if (j == i)
                {
                    continue;
                }

                int other = postingEntries[p];
                forward[j] += a * document[other];
                if (!symmetric)
                {
                    backward[j] += query[other] * b;
                }
            }
        }
    }

    /// <summary>
    /// The rows of one graph as they are written (in rented arrays, copied to arrays of their exact size at the end),
    /// and whether the caps cut anything from it.
    /// </summary>
    private struct GraphRows(int n, int capacity, bool capApplied)
    {
        private readonly int[] _rowStarts = new int[n + 1];
        private int[] _columns = ArrayPool<int>.Shared.Rent(capacity);
        private float[] _weights = ArrayPool<float>.Shared.Rent(capacity);
        private int _count;

        public bool CapApplied = capApplied;

        public void EnsureRoom(int more)
        {
            if (_count + more > _columns.Length)
            {
                int size = Math.Max(_columns.Length * 2, _count + more);
                Regrow(ref _columns, size, _count);
                Regrow(ref _weights, size, _count);
            }
        }

        /// <summary>Adds the edge when its weight is positive and finite (otherwise there is none).</summary>
        public void AddIfEdge(int column, float weight)
        {
            if (weight > 0 && float.IsFinite(weight))
            {
                Add(column, weight);
            }
        }

        public void Add(int column, float weight)
        {
            _columns[_count] = column;
            _weights[_count++] = weight;
        }

        /// <summary>Adds the edges of heap keys (see <see cref="KeyOf"/>) in column order.</summary>
        public void AddInColumnOrder(Span<long> row)
        {
            SortByColumn(row);
            EnsureRoom(row.Length);
            foreach (long key in row)
            {
                Add((int)(key >> 32), BitConverter.Int32BitsToSingle((int)(key & 0xFFFFFFFFL)));
            }
        }

        public readonly void EndRow(int i) => _rowStarts[i + 1] = _count;

        /// <summary>The graph, symmetrized when the edge cap cut a row; gives the rented arrays back.</summary>
        public readonly SentenceGraph ToGraph(int n, int maxEdgesPerSentence)
        {
            SentenceGraph graph = !CapApplied || maxEdgesPerSentence <= 0
                ? new SentenceGraph(_rowStarts, _columns[.._count], _weights[.._count], CapApplied)
                : Symmetrize(n, _rowStarts, _columns, _weights, CapApplied);
            ArrayPool<int>.Shared.Return(_columns);
            ArrayPool<float>.Shared.Return(_weights);
            return graph;
        }
    }

    /// <summary>Four chunks a core, so that uneven rows still balance; one chunk below <see cref="ParallelRows"/>.</summary>
    private static int ChunkRowsFor(int n) =>
        n < ParallelRows || Environment.ProcessorCount == 1 ? int.MaxValue : Math.Max(256, (n + (4 * Environment.ProcessorCount) - 1) / (4 * Environment.ProcessorCount));

    /// <summary>As above, with <paramref name="chunkRows"/> rows a chunk (tests pin it).</summary>
    internal static SentenceGraph Build(
        TermMatrix matrix,
        SentenceSimilarity similarity,
        SimilarityWeights weights,
        int maxEdgesPerSentence,
        int maxTermSentences,
        int chunkRows,
        CancellationToken cancellationToken)
    {
        int n = matrix.SentenceCount;
        bool[] skip = SkippedTerms(matrix, maxTermSentences, out bool capApplied);
        CheckSize(matrix, skip, maxEdgesPerSentence);

        // Rows are independent, so long inputs are built in chunks on the thread pool and the chunks joined in row
        // order: the graph is the same, bit for bit, as a sequential build.
        int chunkCount = (int)((n + (long)chunkRows - 1) / chunkRows);
        var chunks = new RowChunk[Math.Max(1, chunkCount)];
        if (chunkCount <= 1 || Environment.ProcessorCount == 1)
        {
            for (int c = 0; c < chunks.Length; c++)
            {
                chunks[c] = BuildRows(matrix, similarity, weights, skip, maxEdgesPerSentence, (int)Math.Min(n, (long)c * chunkRows), (int)Math.Min(n, (long)(c + 1) * chunkRows), cancellationToken);
            }
        }
        else
        {
            var options = new ParallelOptions { CancellationToken = cancellationToken };
            Parallel.For(0, chunkCount, options, c =>
                chunks[c] = BuildRows(matrix, similarity, weights, skip, maxEdgesPerSentence, (int)Math.Min(n, (long)c * chunkRows), (int)Math.Min(n, (long)(c + 1) * chunkRows), cancellationToken));
        }

        // The chunks' entries are in rented arrays: the graph gets arrays of its exact size, and the chunks' go back.
        int[]? joinedColumns = null;
        float[]? joinedWeights = null;
        try
        {
            var rowStarts = new int[n + 1];
            int total = 0;
            foreach (RowChunk chunk in chunks)
            {
                total += chunk.Count;
                capApplied |= chunk.CapApplied;
            }

            int[] columns;
            float[] edgeWeights;
            if (chunks.Length == 1)
            {
                columns = chunks[0].Columns;
                edgeWeights = chunks[0].Weights;
                Array.Copy(chunks[0].RowEnds, 0, rowStarts, 1, n);
            }
            else
            {
                columns = joinedColumns = ArrayPool<int>.Shared.Rent(total);
                edgeWeights = joinedWeights = ArrayPool<float>.Shared.Rent(total);
                int offset = 0;
                for (int c = 0; c < chunks.Length; c++)
                {
                    RowChunk chunk = chunks[c];
                    Array.Copy(chunk.Columns, 0, columns, offset, chunk.Count);
                    Array.Copy(chunk.Weights, 0, edgeWeights, offset, chunk.Count);
                    int from = (int)Math.Min(n, (long)c * chunkRows);
                    for (int r = 0; r < chunk.RowEnds.Length; r++)
                    {
                        rowStarts[from + r + 1] = offset + chunk.RowEnds[r];
                    }

                    offset += chunk.Count;
                }
            }

            // Without truncation every row holds all its neighbours, and the weights are symmetric bit for bit.
            return !capApplied || maxEdgesPerSentence <= 0
                ? new SentenceGraph(rowStarts, columns[..total], edgeWeights[..total], capApplied)
                : Symmetrize(n, rowStarts, columns, edgeWeights, capApplied);
        }
        finally
        {
            foreach (RowChunk chunk in chunks)
            {
                chunk.Return();
            }

            if (joinedColumns is not null)
            {
                ArrayPool<int>.Shared.Return(joinedColumns);
                ArrayPool<float>.Shared.Return(joinedWeights!);
            }
        }
    }

    /// <summary>Builds rows <paramref name="from"/> to <paramref name="to"/> (exclusive) with their own scratch arrays.</summary>
    private static RowChunk BuildRows(
        TermMatrix matrix,
        SentenceSimilarity similarity,
        SimilarityWeights weights,
        bool[] skip,
        int maxEdgesPerSentence,
        int from,
        int to,
        CancellationToken cancellationToken)
    {
        int n = matrix.SentenceCount;
        bool symmetric = similarity.IsSymmetric;

        // TextRank's factors are all 1, so a pair's sum is the number of terms it shares: counted in integers (the
        // float sum of ones is that same number), in the stamp array, with no factor loads and no self check per
        // posting (the row's own count is dropped when it is finished).
        bool counting = similarity is TextRankSimilarity;

        // Rows of a short text are read off the counts in column order when all their candidates are kept.
        bool dense = counting && n <= DenseRows;
        float[] query = weights.Query;
        float[] document = weights.Document;
        float[] norms = weights.Norms;
        int[] terms = matrix.Terms;
        int[] postingStarts = matrix.PostingStarts;
        int[] postingSentences = matrix.PostingSentences;
        int[] postingEntries = matrix.PostingEntries;
        bool capApplied = false;
        float[] forward = ArrayPool<float>.Shared.Rent(n);
        float[] backward = ArrayPool<float>.Shared.Rent(n);
        int[] stamp = ArrayPool<int>.Shared.Rent(n);
        int[] touched = ArrayPool<int>.Shared.Rent(n);
        long[] keys = ArrayPool<long>.Shared.Rent(n);
        int[] lengths = matrix.Lengths;
        // Only a row with more candidates than the cap orders them, and a row has fewer than n.
        bool ordering = counting && maxEdgesPerSentence > 0 && n > maxEdgesPerSentence;
        int[] byLength = ordering ? ArrayPool<int>.Shared.Rent(n) : [];
        int[] lengthEnds = ordering ? new int[LengthClasses] : [];
        var rowEnds = new int[to - from];
        int rowEntries = matrix.RowStarts[to] - matrix.RowStarts[from];
        int[] columns = ArrayPool<int>.Shared.Rent(Math.Max(16, rowEntries * 2));
        float[] weightsOut = ArrayPool<float>.Shared.Rent(columns.Length);
        int count = 0;
        bool built = false;
        try
        {
            Array.Clear(forward, 0, n);
            Array.Clear(backward, 0, n);
            Array.Clear(stamp, 0, n);
            for (int i = from; i < to; i++)
            {
                if ((i & 63) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int touchedCount = 0;
                int mark = i + 1;
                for (int e = matrix.RowStarts[i]; e < matrix.RowStarts[i + 1]; e++)
                {
                    int term = terms[e];
                    if (skip[term])
                    {
                        continue;
                    }

                    float a = query[e];
                    float b = document[e];
                    int end = postingStarts[term + 1];
                    if (counting)
                    {
                        for (int p = postingStarts[term]; p < end; p++)
                        {
                            int j = postingSentences[p];
                            if (stamp[j]++ == 0)
                            {
                                touched[touchedCount++] = j;
                            }
                        }
                    }
                    else if (symmetric)
                    {
                        for (int p = postingStarts[term]; p < end; p++)
                        {
                            int j = postingSentences[p];
                            if (j == i)
                            {
                                continue;
                            }

                            if (stamp[j] != mark)
                            {
                                stamp[j] = mark;
                                touched[touchedCount++] = j;
                            }

                            forward[j] += a * document[postingEntries[p]];
                        }
                    }
                    else
                    {
                        for (int p = postingStarts[term]; p < end; p++)
                        {
                            int j = postingSentences[p];
                            if (j == i)
                            {
                                continue;
                            }

                            if (stamp[j] != mark)
                            {
                                stamp[j] = mark;
                                touched[touchedCount++] = j;
                            }

                            int other = postingEntries[p];
                            forward[j] += a * document[other];
                            backward[j] += query[other] * b;
                        }
                    }
                }

                int heapSize = maxEdgesPerSentence > 0 ? maxEdgesPerSentence : int.MaxValue;
                if (dense && touchedCount <= heapSize)
                {
                    // A short text keeps every candidate: the row is read off the counts in column order, with no
                    // heap and no sort.
                    EnsureRoom(ref columns, ref weightsOut, count + touchedCount);
                    for (int j = 0; j < n; j++)
                    {
                        int shared = stamp[j];
                        if (shared == 0)
                        {
                            continue;
                        }

                        stamp[j] = 0;
                        float w = TextRankSimilarity.Weight(shared, norms[i], norms[j]);
                        if (j != i && w > 0 && float.IsFinite(w))
                        {
                            columns[count] = j;
                            weightsOut[count++] = w;
                        }
                    }

                    rowEnds[i - from] = count;
                    continue;
                }

                // Finish the weights and keep the strongest (see Offer).
                int kept = 0;
                if (counting)
                {
                    // Pairs that share one term are most candidates and seldom kept. They are offered last, once the
                    // heap holds the pairs that share more, and shortest sentence first (their weight only falls as
                    // the other sentence's length grows), so that the heap fills with the strongest of them and the
                    // rest are skipped a length at a time once even their strongest cannot enter. The kept set does
                    // not depend on the order in which pairs are offered.
                    // Rows with no more candidates than the cap keep them all, in any order.
                    bool order = touchedCount > heapSize;
                    int ones = 0;
                    if (order)
                    {
                        Array.Clear(lengthEnds);
                    }

                    for (int k = 0; k < touchedCount; k++)
                    {
                        int j = touched[k];
                        int shared = stamp[j];
                        stamp[j] = 0;
                        if (j == i)
                        {
                            continue;
                        }

                        if (shared == 1 && order)
                        {
                            touched[ones++] = j;
                            lengthEnds[Math.Min(lengths[j], LengthClasses - 1)]++;
                            continue;
                        }

                        Offer(keys, ref kept, heapSize, TextRankSimilarity.Weight(shared, norms[i], norms[j]), j, ref capApplied);
                    }

                    // Counting sort by length: lengthEnds[L] ends up just past the pairs of length L (the last class
                    // holds every longer one).
                    for (int length = 0, start = 0; ones > 0 && length < LengthClasses; length++)
                    {
                        (lengthEnds[length], start) = (start, start + lengthEnds[length]);
                    }

                    for (int k = 0; k < ones; k++)
                    {
                        int j = touched[k];
                        byLength[lengthEnds[Math.Min(lengths[j], LengthClasses - 1)]++] = j;
                    }

                    for (int length = 0, k = 0; length < LengthClasses && k < ones; length++)
                    {
                        int end = lengthEnds[length];
                        if (k == end)
                        {
                            continue;
                        }

                        if (kept == heapSize && length < LengthClasses - 1)
                        {
                            float strongest = TextRankSimilarity.Weight(1, norms[i], norms[byLength[k]]);
                            if (strongest > 0 && float.IsFinite(strongest) && KeyOf(strongest, 0) >= keys[0])
                            {
                                capApplied = true;
                                break;
                            }
                        }

                        for (; k < end; k++)
                        {
                            int j = byLength[k];
                            Offer(keys, ref kept, heapSize, TextRankSimilarity.Weight(1, norms[i], norms[j]), j, ref capApplied);
                        }
                    }
                }
                else
                {
                    for (int k = 0; k < touchedCount; k++)
                    {
                        int j = touched[k];
                        float f = forward[j];
                        forward[j] = 0;
                        float bw = f;
                        if (!symmetric)
                        {
                            bw = backward[j];
                            backward[j] = 0;
                        }

                        Offer(keys, ref kept, heapSize, similarity.Combine(f, bw, norms[i], norms[j]), j, ref capApplied);
                    }
                }

                Span<long> row = keys.AsSpan(0, kept);
                SortByColumn(row);
                EnsureRoom(ref columns, ref weightsOut, count + kept);

                for (int k = 0; k < row.Length; k++)
                {
                    columns[count] = (int)(row[k] >> 32);
                    weightsOut[count] = BitConverter.Int32BitsToSingle((int)(row[k] & 0xFFFFFFFFL));
                    count++;
                }

                rowEnds[i - from] = count;
            }

            built = true;
        }
        finally
        {
            if (!built)
            {
                ArrayPool<int>.Shared.Return(columns);
                ArrayPool<float>.Shared.Return(weightsOut);
            }

            ArrayPool<float>.Shared.Return(forward);
            ArrayPool<float>.Shared.Return(backward);
            ArrayPool<int>.Shared.Return(stamp);
            ArrayPool<int>.Shared.Return(touched);
            ArrayPool<long>.Shared.Return(keys);
            if (ordering)
            {
                ArrayPool<int>.Shared.Return(byLength);
            }
        }

        return new RowChunk(rowEnds, columns, weightsOut, count, capApplied);
    }

    /// <summary>
    /// Keys order by weight descending, then column ascending, so the smallest keys are the strongest edges. With a
    /// cap, a bounded max-heap keeps the k smallest keys in O(t log k) instead of sorting all t candidates: the same
    /// set as sorting, since keys are distinct. A weight that is not positive and finite is no edge.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Offer(long[] keys, ref int kept, int heapSize, float weight, int column, ref bool capApplied)
    {
        if (!(weight > 0 && float.IsFinite(weight)))
        {
            return;
        }

        long key = KeyOf(weight, column);
        if (kept < heapSize)
        {
            keys[kept++] = key;
            if (kept == heapSize)
            {
                Heapify(keys.AsSpan(0, kept));
            }
        }
        else
        {
            capApplied = true;
            if (key < keys[0])
            {
                ReplaceTop(keys.AsSpan(0, kept), key);
            }
        }
    }

    /// <summary>Turns heap keys into (column, weight bits) keys and sorts them: the row in column order.</summary>
    private static void SortByColumn(Span<long> row)
    {
        for (int k = 0; k < row.Length; k++)
        {
            row[k] = (row[k] & 0xFFFFFFFFL) << 32 | (uint)(int.MaxValue - (int)(row[k] >> 32));
        }

        row.Sort();
    }

    private static long KeyOf(float weight, int column) => ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(weight)) << 32) | (uint)column;

    /// <summary>Grows the (rented) output arrays to hold at least <paramref name="needed"/> entries.</summary>
    private static void EnsureRoom(ref int[] columns, ref float[] weights, int needed)
    {
        if (needed > columns.Length)
        {
            int count = columns.Length;
            int size = Math.Max(count * 2, needed);
            Regrow(ref columns, size, count);
            Regrow(ref weights, size, count);
        }
    }

    /// <summary>Replaces the rented <paramref name="array"/> with a rented one of at least <paramref name="size"/>, its first <paramref name="count"/> items copied.</summary>
    private static void Regrow<T>(ref T[] array, int size, int count)
    {
        T[] larger = ArrayPool<T>.Shared.Rent(size);
        Array.Copy(array, larger, count);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }

    /// <summary>The rows of one chunk: row ends relative to the chunk's first entry, and its entries (in rented arrays; <see cref="Return"/>).</summary>
    private readonly record struct RowChunk(int[] RowEnds, int[] Columns, float[] Weights, int Count, bool CapApplied)
    {
        /// <summary>Gives the entries' arrays back to the pool (a chunk that was never built has none).</summary>
        public void Return()
        {
            if (Columns is not null)
            {
                ArrayPool<int>.Shared.Return(Columns);
                ArrayPool<float>.Shared.Return(Weights);
            }
        }
    }

    /// <summary>Orders <paramref name="heap"/> as a max-heap (the largest key, the weakest edge, at the root).</summary>
    private static void Heapify(Span<long> heap)
    {
        for (int root = (heap.Length / 2) - 1; root >= 0; root--)
        {
            SiftDown(heap, root, heap[root]);
        }
    }

    /// <summary>Replaces the root of the max-heap with a smaller <paramref name="key"/> and restores the order.</summary>
    private static void ReplaceTop(Span<long> heap, long key) => SiftDown(heap, 0, key);

    private static void SiftDown(Span<long> heap, int hole, long key)
    {
        int n = heap.Length;
        while (true)
        {
            int child = (2 * hole) + 1;
            if (child >= n)
            {
                break;
            }

            if (child + 1 < n && heap[child + 1] > heap[child])
            {
                child++;
            }

            if (heap[child] <= key)
            {
                break;
            }

            heap[hole] = heap[child];
            hole = child;
        }

        heap[hole] = key;
    }

    /// <summary>Makes the union of the kept directed edges, each stored in both rows once.</summary>
    /// <remarks>
    /// O(entries), no sorting: the transpose is filled row by row, so each incoming list is already in column order,
    /// and row i of the result is the merge of its own (sorted) kept edges with its incoming ones. An edge kept by
    /// both ends has the same weight bit for bit from either side.
    /// </remarks>
    private static SentenceGraph Symmetrize(int n, int[] rowStarts, int[] columns, float[] weights, bool capApplied)
    {
        int count = rowStarts[n];
        var inStarts = new int[n + 1];
        for (int k = 0; k < count; k++)
        {
            inStarts[columns[k] + 1]++;
        }

        for (int i = 0; i < n; i++)
        {
            inStarts[i + 1] += inStarts[i];
        }

        // The transpose and the merged rows are written in rented arrays; the graph gets arrays of its exact size.
        int[] fill = ArrayPool<int>.Shared.Rent(n);
        int[] inColumns = ArrayPool<int>.Shared.Rent(count);
        float[] inWeights = ArrayPool<float>.Shared.Rent(count);
        int[] allColumns = ArrayPool<int>.Shared.Rent(2 * (long)count > Array.MaxLength ? Array.MaxLength : 2 * count);
        float[] allWeights = ArrayPool<float>.Shared.Rent(allColumns.Length);
        try
        {
            Array.Copy(inStarts, fill, n);
            for (int i = 0; i < n; i++)
            {
                for (int k = rowStarts[i]; k < rowStarts[i + 1]; k++)
                {
                    int p = fill[columns[k]]++;
                    inColumns[p] = i;
                    inWeights[p] = weights[k];
                }
            }

            var resultStarts = new int[n + 1];
            int written = 0;
            for (int i = 0; i < n; i++)
            {
                int a = rowStarts[i];
                int aEnd = rowStarts[i + 1];
                int b = inStarts[i];
                int bEnd = inStarts[i + 1];
                while (a < aEnd && b < bEnd)
                {
                    int ca = columns[a];
                    int cb = inColumns[b];
                    if (ca <= cb)
                    {
                        allColumns[written] = ca;
                        allWeights[written++] = weights[a++];
                        if (ca == cb)
                        {
                            b++;
                        }
                    }
                    else
                    {
                        allColumns[written] = cb;
                        allWeights[written++] = inWeights[b++];
                    }
                }

                while (a < aEnd)
                {
                    allColumns[written] = columns[a];
                    allWeights[written++] = weights[a++];
                }

                while (b < bEnd)
                {
                    allColumns[written] = inColumns[b];
                    allWeights[written++] = inWeights[b++];
                }

                resultStarts[i + 1] = written;
            }

            return new SentenceGraph(resultStarts, allColumns[..written], allWeights[..written], capApplied);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(fill);
            ArrayPool<int>.Shared.Return(inColumns);
            ArrayPool<float>.Shared.Return(inWeights);
            ArrayPool<int>.Shared.Return(allColumns);
            ArrayPool<float>.Shared.Return(allWeights);
        }
    }
}
