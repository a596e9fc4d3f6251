using System;
using System.Buffers;
using System.Threading;

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
    public static SentenceGraph Build(
        TermMatrix matrix,
        SentenceSimilarity similarity,
        SimilarityWeights weights,
        int maxEdgesPerSentence,
        int maxTermSentences,
        CancellationToken cancellationToken)
    {
        int n = matrix.SentenceCount;
        bool symmetric = similarity.IsSymmetric;
        float[] query = weights.Query;
        float[] document = weights.Document;
        float[] norms = weights.Norms;
        int[] terms = matrix.Terms;
        int[] postingStarts = matrix.PostingStarts;
        int[] postingSentences = matrix.PostingSentences;
        int[] postingEntries = matrix.PostingEntries;
        bool capApplied = false;

        bool[] skip = new bool[matrix.TermCount];
        if (maxTermSentences > 0)
        {
            for (int t = 0; t < skip.Length; t++)
            {
                if (matrix.SentenceFrequency(t) > maxTermSentences)
                {
                    skip[t] = true;
                    capApplied = true;
                }
            }
        }

        float[] forward = ArrayPool<float>.Shared.Rent(n);
        float[] backward = ArrayPool<float>.Shared.Rent(n);
        int[] stamp = ArrayPool<int>.Shared.Rent(n);
        int[] touched = ArrayPool<int>.Shared.Rent(n);
        long[] keys = ArrayPool<long>.Shared.Rent(n);
        var rowStarts = new int[n + 1];
        int[] columns = new int[Math.Max(16, matrix.Terms.Length * 2)];
        float[] edgeWeights = new float[columns.Length];
        int count = 0;
        try
        {
            Array.Clear(forward, 0, n);
            Array.Clear(backward, 0, n);
            Array.Clear(stamp, 0, n);
            for (int i = 0; i < n; i++)
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
                    for (int p = postingStarts[term]; p < postingStarts[term + 1]; p++)
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
                        if (!symmetric)
                        {
                            backward[j] += query[other] * b;
                        }
                    }
                }

                // Finish the weights; keys order by weight descending, then column ascending.
                int kept = 0;
                for (int k = 0; k < touchedCount; k++)
                {
                    int j = touched[k];
                    float w = similarity.Combine(forward[j], symmetric ? forward[j] : backward[j], norms[i], norms[j]);
                    forward[j] = 0;
                    backward[j] = 0;
                    if (w > 0 && float.IsFinite(w))
                    {
                        keys[kept++] = ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(w)) << 32) | (uint)j;
                    }
                }

                if (maxEdgesPerSentence > 0 && kept > maxEdgesPerSentence)
                {
                    keys.AsSpan(0, kept).Sort();
                    kept = maxEdgesPerSentence;
                    capApplied = true;
                }

                // Rows in column order.
                Span<long> row = keys.AsSpan(0, kept);
                for (int k = 0; k < row.Length; k++)
                {
                    row[k] = (row[k] & 0xFFFFFFFFL) << 32 | (uint)(int.MaxValue - (int)(row[k] >> 32));
                }

                row.Sort();
                if (count + kept > columns.Length)
                {
                    int size = Math.Max(columns.Length * 2, count + kept);
                    Array.Resize(ref columns, size);
                    Array.Resize(ref edgeWeights, size);
                }

                for (int k = 0; k < row.Length; k++)
                {
                    columns[count] = (int)(row[k] >> 32);
                    edgeWeights[count] = BitConverter.Int32BitsToSingle((int)(row[k] & 0xFFFFFFFFL));
                    count++;
                }

                rowStarts[i + 1] = count;
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(forward);
            ArrayPool<float>.Shared.Return(backward);
            ArrayPool<int>.Shared.Return(stamp);
            ArrayPool<int>.Shared.Return(touched);
            ArrayPool<long>.Shared.Return(keys);
        }

        if (!capApplied || maxEdgesPerSentence <= 0)
        {
            // Without truncation every row holds all its neighbours, and the weights are symmetric bit for bit.
            Array.Resize(ref columns, count);
            Array.Resize(ref edgeWeights, count);
            return new SentenceGraph(rowStarts, columns, edgeWeights, capApplied);
        }

        return Symmetrize(n, rowStarts, columns, edgeWeights, capApplied);
    }

    /// <summary>Makes the union of the kept directed edges, each stored in both rows once.</summary>
    private static SentenceGraph Symmetrize(int n, int[] rowStarts, int[] columns, float[] weights, bool capApplied)
    {
        var starts = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            for (int k = rowStarts[i]; k < rowStarts[i + 1]; k++)
            {
                starts[i + 1]++;
                starts[columns[k] + 1]++;
            }
        }

        for (int i = 0; i < n; i++)
        {
            starts[i + 1] += starts[i];
        }

        var fill = new int[n];
        Array.Copy(starts, fill, n);
        var allColumns = new int[starts[n]];
        var allWeights = new float[starts[n]];
        for (int i = 0; i < n; i++)
        {
            for (int k = rowStarts[i]; k < rowStarts[i + 1]; k++)
            {
                int j = columns[k];
                allColumns[fill[i]] = j;
                allWeights[fill[i]++] = weights[k];
                allColumns[fill[j]] = i;
                allWeights[fill[j]++] = weights[k];
            }
        }

        var resultStarts = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            int start = starts[i];
            int length = starts[i + 1] - start;
            Array.Sort(allColumns, allWeights, start, length);
            for (int k = start; k < start + length; k++)
            {
                if (k > start && allColumns[k] == allColumns[k - 1])
                {
                    continue;
                }

                allColumns[count] = allColumns[k];
                allWeights[count++] = allWeights[k];
            }

            resultStarts[i + 1] = count;
        }

        Array.Resize(ref allColumns, count);
        Array.Resize(ref allWeights, count);
        return new SentenceGraph(resultStarts, allColumns, allWeights, capApplied);
    }
}
