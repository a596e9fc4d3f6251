using System;
using System.Buffers;
using System.Diagnostics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer;

/// <summary>Weighted, personalized PageRank by power iteration over an undirected <see cref="SentenceGraph"/>.</summary>
/// <remarks>
/// score(i) = (1 - d) p(i) + d (sum over neighbours j of w(j,i) / W(j) score(j) + dangling mass p(i)), where W(j) is
/// the total weight at j and p the personalization (uniform when none); iteration stops when the L1 change falls
/// below the tolerance or at the iteration cap. Reductions are scalar and in index order, so results are the same to
/// the last bit on every machine.
/// </remarks>
internal static class PageRank
{
    /// <summary>Graphs with at least this many stored entries compute their row sums on the thread pool.</summary>
    internal const int ParallelEntries = 1 << 19;

    /// <summary>Rows a chunk at the least when the row sums are shared out.</summary>
    private const int MinChunkRows = 1024;

    /// <summary>Graphs of at most this many entries widen their weights into a rented array.</summary>
    private const int MaxRentedEntries = 1 << 16;

    public static SentenceRanking Rank(SentenceGraph graph, double damping, double tolerance, int maxIterations, CancellationToken cancellationToken) =>
        Rank(graph, null, damping, tolerance, maxIterations, cancellationToken);

    public static SentenceRanking Rank(SentenceGraph graph, double[]? personalization, double damping, double tolerance, int maxIterations, CancellationToken cancellationToken) =>
        Rank(graph, personalization, damping, tolerance, maxIterations, ParallelEntries, cancellationToken);

    /// <summary>As above, sharing out the row sums from <paramref name="parallelEntries"/> stored entries (tests pin it).</summary>
    internal static SentenceRanking Rank(SentenceGraph graph, double[]? personalization, double damping, double tolerance, int maxIterations, int parallelEntries, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var scores = new double[n];
        if (n == 0)
        {
            return new SentenceRanking(scores, 0, true);
        }

        double[] teleport;
        if (personalization is null)
        {
            teleport = new double[n];
            Array.Fill(teleport, 1.0 / n);
        }
        else
        {
            teleport = personalization;
        }

        // The weights widened once (exactly) rather than in every iteration: converting a float in the loop made each
        // entry wait on the previous one's product (the conversion keeps the upper bits of its target register).
        int[] rowStarts = graph.RowStarts;
        int[] columns = graph.Columns;
        // Rented for short texts, which rank one after another; a long text's weights are not kept in the pool.
        int entryCount = graph.EntryCount;
        bool rented = entryCount <= MaxRentedEntries;
        double[] weights = rented ? ArrayPool<double>.Shared.Rent(entryCount) : new double[entryCount];
        TensorPrimitives.ConvertTruncating<float, double>(graph.Weights.AsSpan(0, entryCount), weights.AsSpan(0, entryCount));
        var inverseOut = new double[n];
        int[] dangling = InverseOutWeights(rowStarts, weights, inverseOut);
        var restart = new double[n];
        TensorPrimitives.Multiply(teleport, 1 - damping, restart);
        Array.Copy(teleport, scores, n);
        var next = new double[n];
        var share = new double[n];
        // Four chunks a core, so that the cores finish together even when other work holds one of them up.
        int chunkCount = graph.EntryCount >= parallelEntries && Environment.ProcessorCount > 1
            ? Math.Clamp((n + MinChunkRows - 1) / MinChunkRows, 1, 4 * Environment.ProcessorCount)
            : 1;
        int chunkRows = (n + chunkCount - 1) / chunkCount;
        int iterations = 0;
        bool converged = false;
        while (iterations < maxIterations)
        {
            if ((iterations & 7) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            iterations++;
            TensorPrimitives.Multiply(scores, inverseOut, share);
            double danglingMass = 0;
            foreach (int j in dangling)
            {
                danglingMass += scores[j];
            }

            // next = restart + d * dangling * p, then the neighbour sums.
            TensorPrimitives.MultiplyAdd(teleport, damping * danglingMass, restart, next);
            if (chunkCount > 1)
            {
                AddNeighbourSumsInParallel(rowStarts, columns, weights, share, next, damping, chunkCount, chunkRows);
            }
            else
            {
                AddNeighbourSums(rowStarts, columns, weights, share, next, damping, 0, n);
            }

            // The L1 change is summed in index order, so every bit of the result is the same however the rows ran.
            double delta = 0;
            for (int i = 0; i < n; i++)
            {
                delta += Math.Abs(next[i] - scores[i]);
            }

            (scores, next) = (next, scores);
            if (delta < tolerance)
            {
                converged = true;
                break;
            }
        }

        if (rented)
        {
            ArrayPool<double>.Shared.Return(weights);
        }

        return new SentenceRanking(scores, iterations, converged);
    }

    /// <summary>
    /// The inverse of each node's total edge weight into <paramref name="inverseOut"/> (0 for a node without edges),
    /// and the nodes without edges, ascending.
    /// </summary>
    private static int[] InverseOutWeights(int[] rowStarts, ReadOnlySpan<double> weights, Span<double> inverseOut)
    {
        int n = inverseOut.Length;
        int danglingCount = 0;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int k = rowStarts[i]; k < rowStarts[i + 1]; k++)
            {
                sum += weights[k];
            }

            if (sum > 0)
            {
                inverseOut[i] = 1 / sum;
            }
            else
            {
                danglingCount++;
            }
        }

        var dangling = new int[danglingCount];
        for (int i = 0, k = 0; i < n; i++)
        {
            if (inverseOut[i] == 0)
            {
                dangling[k++] = i;
            }
        }

        return dangling;
    }

    /// <summary>
    /// The scores (uniform teleport, no personalization) of three graphs over the same nodes into
    /// <paramref name="scores"/>: each the scores <see cref="Rank(SentenceGraph, double, double, int, CancellationToken)"/>
    /// gives, bit for bit.
    /// </summary>
    /// <remarks>
    /// Graphs with the same edges (the same pairs weighed by three similarities, as is usual) iterate together: each
    /// iteration reads the shared rows and columns once for all three and keeps each graph's sums apart, in the order
    /// of its own run; a graph that has converged keeps its scores while the others go on. Other graphs, or large
    /// ones, are ranked one by one.
    /// </remarks>
    public static void RankThree(ReadOnlySpan<SentenceGraph> graphs, double damping, double tolerance, int maxIterations, Span<double[]> scores, CancellationToken cancellationToken)
    {
        Debug.Assert(graphs.Length == 3 && scores.Length == 3, "three graphs");
        SentenceGraph first = graphs[0];
        int n = first.NodeCount;
        int entries = first.EntryCount;
        if (n == 0 || entries >= ParallelEntries || !SameEdges(first, graphs[1]) || !SameEdges(first, graphs[2]))
        {
            for (int g = 0; g < graphs.Length; g++)
            {
                scores[g] = Rank(graphs[g], damping, tolerance, maxIterations, cancellationToken).Scores;
            }

            return;
        }

        int[] rowStarts = first.RowStarts;
        int[] columns = first.Columns;

        // The uniform teleport and restart of Rank, as scalars (Rank's element-wise products and sums are the same IEEE
        // operations, unfused, so the values are the same).
        double teleport = 1.0 / n;
        double restart = teleport * (1 - damping);

        // Per graph: the widened weights, inverse out-weights and dangling nodes, and the scores, next scores and shares.
        double[] widened = ArrayPool<double>.Shared.Rent(3 * entries);
        double[] lanes = ArrayPool<double>.Shared.Rent(6 * n);
        var dangling = new int[3][];
        var current = new double[3][];
        var next = new double[3][];
        Span<bool> active = [true, true, true];
        try
        {
            for (int g = 0; g < 3; g++)
            {
                Span<double> weights = widened.AsSpan(g * entries, entries);
                TensorPrimitives.ConvertTruncating<float, double>(graphs[g].Weights.AsSpan(0, entries), weights);
                Span<double> inverseOut = lanes.AsSpan(2 * g * n, n);
                inverseOut.Clear();
                dangling[g] = InverseOutWeights(rowStarts, weights, inverseOut);
                current[g] = new double[n];
                Array.Fill(current[g], teleport);
                next[g] = new double[n];
            }

            // Lane g of the scratch: inverse out-weights at 2 g n, shares at (2 g + 1) n.
            ReadOnlySpan<double> inverse0 = lanes.AsSpan(0, n);
            ReadOnlySpan<double> inverse1 = lanes.AsSpan(2 * n, n);
            ReadOnlySpan<double> inverse2 = lanes.AsSpan(4 * n, n);
            Span<double> share0 = lanes.AsSpan(n, n);
            Span<double> share1 = lanes.AsSpan(3 * n, n);
            Span<double> share2 = lanes.AsSpan(5 * n, n);
            Span<double> restarts = stackalloc double[3];
            int iterations = 0;
            while (iterations < maxIterations && (active[0] || active[1] || active[2]))
            {
                if ((iterations & 7) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                iterations++;

                // What each node starts from: the restart plus its share of the dangling mass (a converged graph's
                // values are computed too, into scores it no longer takes).
                for (int g = 0; g < 3; g++)
                {
                    double danglingMass = 0;
                    foreach (int j in dangling[g])
                    {
                        danglingMass += current[g][j];
                    }

                    restarts[g] = damping * danglingMass;
                }

                double[] current0 = current[0];
                double[] current1 = current[1];
                double[] current2 = current[2];
                for (int i = 0; i < n; i++)
                {
                    share0[i] = current0[i] * inverse0[i];
                    share1[i] = current1[i] * inverse1[i];
                    share2[i] = current2[i] * inverse2[i];
                }

                // The neighbour sums of the three graphs in one pass over the shared structure, two rows at a time: six
                // independent chains of additions, each in its row's order.
                var sums = new NeighbourSums(columns, widened.AsSpan(0, entries), widened.AsSpan(entries, entries), widened.AsSpan(2 * entries, entries), share0, share1, share2);
                double[] next0 = next[0];
                double[] next1 = next[1];
                double[] next2 = next[2];
                double start0 = (teleport * restarts[0]) + restart;
                double start1 = (teleport * restarts[1]) + restart;
                double start2 = (teleport * restarts[2]) + restart;
                int row = 0;
                for (; row + 1 < n; row += 2)
                {
                    int a = rowStarts[row];
                    int b = rowStarts[row + 1];
                    int aEnd = b;
                    int bEnd = rowStarts[row + 2];
                    double a0 = 0, a1 = 0, a2 = 0, b0 = 0, b1 = 0, b2 = 0;
                    for (; a < aEnd && b < bEnd; a++, b++)
                    {
                        sums.Add(a, ref a0, ref a1, ref a2);
                        sums.Add(b, ref b0, ref b1, ref b2);
                    }

                    for (; a < aEnd; a++)
                    {
                        sums.Add(a, ref a0, ref a1, ref a2);
                    }

                    for (; b < bEnd; b++)
                    {
                        sums.Add(b, ref b0, ref b1, ref b2);
                    }

                    next0[row] = start0 + (damping * a0);
                    next1[row] = start1 + (damping * a1);
                    next2[row] = start2 + (damping * a2);
                    next0[row + 1] = start0 + (damping * b0);
                    next1[row + 1] = start1 + (damping * b1);
                    next2[row + 1] = start2 + (damping * b2);
                }

                if (row < n)
                {
                    double a0 = 0, a1 = 0, a2 = 0;
                    for (int a = rowStarts[row]; a < rowStarts[row + 1]; a++)
                    {
                        sums.Add(a, ref a0, ref a1, ref a2);
                    }

                    next0[row] = start0 + (damping * a0);
                    next1[row] = start1 + (damping * a1);
                    next2[row] = start2 + (damping * a2);
                }

                // The L1 changes, each summed in index order.
                double delta0 = 0, delta1 = 0, delta2 = 0;
                for (int k = 0; k < n; k++)
                {
                    delta0 += Math.Abs(next0[k] - current0[k]);
                    delta1 += Math.Abs(next1[k] - current1[k]);
                    delta2 += Math.Abs(next2[k] - current2[k]);
                }

                Span<double> deltas = [delta0, delta1, delta2];
                for (int g = 0; g < 3; g++)
                {
                    if (active[g])
                    {
                        (current[g], next[g]) = (next[g], current[g]);
                        active[g] = !(deltas[g] < tolerance);
                    }
                }
            }

            for (int g = 0; g < 3; g++)
            {
                scores[g] = current[g];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(widened);
            ArrayPool<double>.Shared.Return(lanes);
        }
    }

    /// <summary>The weights of three graphs over shared columns, and the scores each node shares out under each.</summary>
    private readonly ref struct NeighbourSums(int[] columns, ReadOnlySpan<double> w0, ReadOnlySpan<double> w1, ReadOnlySpan<double> w2, ReadOnlySpan<double> share0, ReadOnlySpan<double> share1, ReadOnlySpan<double> share2)
    {
        private readonly int[] _columns = columns;
        private readonly ReadOnlySpan<double> _w0 = w0;
        private readonly ReadOnlySpan<double> _w1 = w1;
        private readonly ReadOnlySpan<double> _w2 = w2;
        private readonly ReadOnlySpan<double> _share0 = share0;
        private readonly ReadOnlySpan<double> _share1 = share1;
        private readonly ReadOnlySpan<double> _share2 = share2;

        /// <summary>Adds entry <paramref name="k"/>'s term to each graph's sum.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int k, ref double sum0, ref double sum1, ref double sum2)
        {
            int c = _columns[k];
            sum0 += _w0[k] * _share0[c];
            sum1 += _w1[k] * _share1[c];
            sum2 += _w2[k] * _share2[c];
        }
    }

    /// <summary>Whether two graphs link the same pairs (their weights aside).</summary>
    private static bool SameEdges(SentenceGraph a, SentenceGraph b) =>
        a.RowStarts.AsSpan().SequenceEqual(b.RowStarts) && a.Columns.AsSpan(0, a.EntryCount).SequenceEqual(b.Columns.AsSpan(0, b.EntryCount));

    /// <summary>
    /// <see cref="AddNeighbourSums"/> in <paramref name="chunkCount"/> chunks of rows on the thread pool (the row sums
    /// are independent, so large graphs share them out); a method of its own so that the lambda's captures are not
    /// made on every call of Rank.
    /// </summary>
    private static void AddNeighbourSumsInParallel(int[] rowStarts, int[] columns, double[] weights, double[] share, double[] next, double damping, int chunkCount, int chunkRows)
    {
        int n = next.Length;
        Parallel.For(0, chunkCount, c => AddNeighbourSums(rowStarts, columns, weights, share, next, damping, c * chunkRows, Math.Min(n, (c + 1) * chunkRows)));
    }

    /// <summary>Adds <c>damping</c> times the weighted neighbour sum to <c>next[i]</c> for rows <c>from..to</c>.</summary>
    private static void AddNeighbourSums(int[] rowStarts, int[] columns, double[] weights, double[] share, double[] next, double damping, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            double sum = 0;
            for (int k = rowStarts[i]; k < rowStarts[i + 1]; k++)
            {
                sum += weights[k] * share[columns[k]];
            }

            next[i] += damping * sum;
        }
    }
}
