using System;
using System.Buffers;
using System.Diagnostics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    /// <summary>Graphs of at most this many nodes may sum their rows from a dense matrix (see <see cref="DenseRows"/>).</summary>
    private const int MaxDenseNodes = 64;

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

        // The weights widened once (exactly) rather than in every iteration: converting a float in the loop made each
        // entry wait on the previous one's product (the conversion keeps the upper bits of its target register).
        int[] rowStarts = graph.RowStarts;
        int[] columns = graph.Columns;
        // Scratch, one array: the widened weights, then per node the teleport, the restart, the inverse out-weights,
        // the shares and the next scores, then for a short text's graph about as dense as a full matrix that matrix
        // (see DenseRows). Rented for short texts, which rank one after another; a long text's is not kept in the pool.
        int entryCount = graph.EntryCount;
        int padded = (n + 31) & ~31;
        bool dense = n <= MaxDenseNodes && n * n <= 4 * entryCount && Vector256.IsHardwareAccelerated;
        int scratchLength = entryCount + (5 * n) + (dense ? n * padded : 0);
        bool rented = scratchLength <= MaxRentedEntries;
        double[] scratch = rented ? ArrayPool<double>.Shared.Rent(scratchLength) : new double[scratchLength];
        var weights = new ArraySegment<double>(scratch, 0, entryCount);
        Span<double> teleport = scratch.AsSpan(entryCount, n);
        Span<double> restart = scratch.AsSpan(entryCount + n, n);
        Span<double> inverseOut = scratch.AsSpan(entryCount + (2 * n), n);
        var share = new ArraySegment<double>(scratch, entryCount + (3 * n), n);
        var next = new ArraySegment<double>(scratch, entryCount + (4 * n), n);
        if (personalization is null)
        {
            teleport.Fill(1.0 / n);
        }
        else
        {
            personalization.CopyTo(teleport);
        }

        TensorPrimitives.ConvertTruncating<float, double>(graph.Weights.AsSpan(0, entryCount), weights);
        inverseOut.Clear();
        int[] dangling = InverseOutWeights(rowStarts, weights, inverseOut);
        TensorPrimitives.Multiply(teleport, 1 - damping, restart);
        var current = new ArraySegment<double>(scores);
        teleport.CopyTo(current);
        Span<double> denseWeights = dense ? scratch.AsSpan(entryCount + (5 * n), n * padded) : [];
        dense = dense && DenseRows.TryFill(rowStarts, columns, weights, padded, denseWeights);
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
            Span<double> now = current;
            Span<double> after = next;
            double danglingMass = 0;
            foreach (int j in dangling)
            {
                danglingMass += now[j];
            }

            double delta;
            if (dense)
            {
                delta = DenseRows.Iterate(denseWeights, padded, now, inverseOut, teleport, restart, damping * danglingMass, damping, after);
            }
            else
            {
                // next = restart + d * dangling * p, then the neighbour sums.
                TensorPrimitives.Multiply(now, inverseOut, share);
                TensorPrimitives.MultiplyAdd(teleport, damping * danglingMass, restart, after);
                if (chunkCount > 1)
                {
                    AddNeighbourSumsInParallel(rowStarts, columns, weights, share, next, damping, chunkCount, chunkRows);
                }
                else
                {
                    AddNeighbourSums(rowStarts, columns, weights, share, after, damping, 0, n);
                }

                // The L1 change is summed in index order, so every bit of the result is the same however the rows ran.
                delta = 0;
                for (int i = 0; i < n; i++)
                {
                    delta += Math.Abs(after[i] - now[i]);
                }
            }

            (current, next) = (next, current);
            if (delta < tolerance)
            {
                converged = true;
                break;
            }
        }

        // The scores end in either buffer; the caller's is the array allocated above.
        if (current.Array != scores)
        {
            current.AsSpan().CopyTo(scores);
        }

        if (rented)
        {
            ArrayPool<double>.Shared.Return(scratch);
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

        int[] dangling = danglingCount == 0 ? [] : new int[danglingCount];
        for (int i = 0, k = 0; k < danglingCount; i++)
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
        if (n == 0 || entries >= ParallelEntries || !Vector256.IsHardwareAccelerated || !SameEdges(first, graphs[1]) || !SameEdges(first, graphs[2]))
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

        // The three graphs side by side in the lanes of a vector (the fourth lane idle): entry k's weights at 4 k, node
        // i's shares at 4 i. A lane's products and sums are the scalar ones, in the same order. Per graph besides: the
        // inverse out-weights, the dangling nodes, the scores and the next scores.
        double[] weights = ArrayPool<double>.Shared.Rent(4 * entries);
        double[] shares = ArrayPool<double>.Shared.Rent(4 * n);
        double[] lanes = ArrayPool<double>.Shared.Rent(entries + (3 * n));
        var dangling = new int[3][];
        var current = new double[3][];
        var next = new double[3][];
        Span<bool> active = [true, true, true];
        try
        {
            Array.Clear(weights, 0, 4 * entries);
            Array.Clear(shares, 0, 4 * n);
            Span<double> widened = lanes.AsSpan(3 * n, entries);
            for (int g = 0; g < 3; g++)
            {
                TensorPrimitives.ConvertTruncating<float, double>(graphs[g].Weights.AsSpan(0, entries), widened);
                for (int k = 0; k < entries; k++)
                {
                    weights[(4 * k) + g] = widened[k];
                }

                Span<double> inverseOut = lanes.AsSpan(g * n, n);
                inverseOut.Clear();
                dangling[g] = InverseOutWeights(rowStarts, widened, inverseOut);
                current[g] = new double[n];
                Array.Fill(current[g], teleport);
                next[g] = new double[n];
            }

            ReadOnlySpan<double> inverse0 = lanes.AsSpan(0, n);
            ReadOnlySpan<double> inverse1 = lanes.AsSpan(n, n);
            ReadOnlySpan<double> inverse2 = lanes.AsSpan(2 * n, n);
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
                    shares[4 * i] = current0[i] * inverse0[i];
                    shares[(4 * i) + 1] = current1[i] * inverse1[i];
                    shares[(4 * i) + 2] = current2[i] * inverse2[i];
                }

                // The neighbour sums of the three graphs in one pass over the shared structure, two rows at a time.
                double[] next0 = next[0];
                double[] next1 = next[1];
                double[] next2 = next[2];
                double start0 = (teleport * restarts[0]) + restart;
                double start1 = (teleport * restarts[1]) + restart;
                double start2 = (teleport * restarts[2]) + restart;
                var sums = new NeighbourSums(columns, weights, shares);
                int row = 0;
                for (; row + 1 < n; row += 2)
                {
                    int a = rowStarts[row];
                    int b = rowStarts[row + 1];
                    int aEnd = b;
                    int bEnd = rowStarts[row + 2];
                    Vector256<double> sa = Vector256<double>.Zero;
                    Vector256<double> sb = Vector256<double>.Zero;
                    for (; a < aEnd && b < bEnd; a++, b++)
                    {
                        sa += sums.Term(a);
                        sb += sums.Term(b);
                    }

                    for (; a < aEnd; a++)
                    {
                        sa += sums.Term(a);
                    }

                    for (; b < bEnd; b++)
                    {
                        sb += sums.Term(b);
                    }

                    next0[row] = start0 + (damping * sa.GetElement(0));
                    next1[row] = start1 + (damping * sa.GetElement(1));
                    next2[row] = start2 + (damping * sa.GetElement(2));
                    next0[row + 1] = start0 + (damping * sb.GetElement(0));
                    next1[row + 1] = start1 + (damping * sb.GetElement(1));
                    next2[row + 1] = start2 + (damping * sb.GetElement(2));
                }

                if (row < n)
                {
                    Vector256<double> sa = Vector256<double>.Zero;
                    for (int a = rowStarts[row]; a < rowStarts[row + 1]; a++)
                    {
                        sa += sums.Term(a);
                    }

                    next0[row] = start0 + (damping * sa.GetElement(0));
                    next1[row] = start1 + (damping * sa.GetElement(1));
                    next2[row] = start2 + (damping * sa.GetElement(2));
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
            ArrayPool<double>.Shared.Return(weights);
            ArrayPool<double>.Shared.Return(shares);
            ArrayPool<double>.Shared.Return(lanes);
        }
    }

    /// <summary>The weights of three graphs over shared columns, and the scores each node shares out, side by side in vectors.</summary>
    private readonly ref struct NeighbourSums(int[] columns, double[] weights, double[] shares)
    {
        private readonly int[] _columns = columns;
        private readonly ref double _weights = ref MemoryMarshal.GetArrayDataReference(weights);
        private readonly ref double _shares = ref MemoryMarshal.GetArrayDataReference(shares);

        /// <summary>Entry <paramref name="k"/>'s weight times its column's share, for each graph (indices checked by the caller's rows).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<double> Term(int k) =>
            Vector256.LoadUnsafe(in _weights, (nuint)(4 * k)) * Vector256.LoadUnsafe(in _shares, (nuint)(4 * _columns[k]));
    }

    /// <summary>Whether two graphs link the same pairs (their weights aside).</summary>
    private static bool SameEdges(SentenceGraph a, SentenceGraph b) =>
        a.RowStarts.AsSpan().SequenceEqual(b.RowStarts) && a.Columns.AsSpan(0, a.EntryCount).SequenceEqual(b.Columns.AsSpan(0, b.EntryCount));

    /// <summary>
    /// <see cref="AddNeighbourSums"/> in <paramref name="chunkCount"/> chunks of rows on the thread pool (the row sums
    /// are independent, so large graphs share them out); a method of its own so that the lambda's captures are not
    /// made on every call of Rank.
    /// </summary>
    private static void AddNeighbourSumsInParallel(int[] rowStarts, int[] columns, ArraySegment<double> weights, ArraySegment<double> share, ArraySegment<double> next, double damping, int chunkCount, int chunkRows)
    {
        int n = next.Count;
        Parallel.For(0, chunkCount, c => AddNeighbourSums(rowStarts, columns, weights, share, next, damping, c * chunkRows, Math.Min(n, (c + 1) * chunkRows)));
    }

    private static void AddNeighbourSums(int[] rowStarts, int[] columns, ReadOnlySpan<double> weights, ReadOnlySpan<double> share, Span<double> next, double damping, int from, int to)
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

    /// <summary>
    /// The row sums of a small graph from a dense matrix, four rows at a time in the lanes of a vector: column j's
    /// weights for rows i to i + 3 lie side by side, so that one product with node j's share serves four rows.
    /// </summary>
    /// <remarks>
    /// A lane adds its row's products in ascending column order, as the sparse sum does, and the absent pairs add
    /// +0 (a zero weight times a finite, non-negative share), which changes no sum: the bits are those of the sparse
    /// rows. Products and sums are separate IEEE operations, as in the scalar loop.
    /// </remarks>
    private static class DenseRows
    {
        /// <summary>
        /// Writes the weights column by column, <paramref name="padded"/> rows a column, into <paramref name="dense"/>;
        /// false (use the sparse rows) when a row's columns are not strictly ascending.
        /// </summary>
        public static bool TryFill(int[] rowStarts, int[] columns, ReadOnlySpan<double> weights, int padded, Span<double> dense)
        {
            dense.Clear();
            int n = rowStarts.Length - 1;
            for (int i = 0; i < n; i++)
            {
                int previous = -1;
                for (int k = rowStarts[i]; k < rowStarts[i + 1]; k++)
                {
                    int j = columns[k];
                    if (j <= previous || (uint)j >= (uint)n)
                    {
                        return false;
                    }

                    dense[(j * padded) + i] = weights[k];
                    previous = j;
                }
            }

            return true;
        }

        /// <summary>
        /// One iteration: each node's next score, <c>(teleport * danglingShare + restart) + damping * (sum of weight
        /// times share)</c>, the share being <c>current * inverseOut</c>, computed as the sparse iteration computes them,
        /// operation for operation; thirty-two rows at a time, in eight vectors whose chains of additions overlap.
        /// </summary>
        /// <returns>The L1 change, summed in index order.</returns>
        public static double Iterate(
            ReadOnlySpan<double> dense, int padded, ReadOnlySpan<double> current, ReadOnlySpan<double> inverseOut, ReadOnlySpan<double> teleport,
            ReadOnlySpan<double> restart, double danglingShare, double damping, Span<double> next)
        {
            int n = next.Length;
            Debug.Assert(padded % 32 == 0 && dense.Length >= padded * n && current.Length == n && inverseOut.Length == n, "whole blocks of 32 rows, a column a node");
            ref double first = ref MemoryMarshal.GetReference(dense);
            var factor = Vector256.Create(damping);
            Span<double> sums = stackalloc double[32];
            double delta = 0;
            for (int i = 0; i < padded; i += 32)
            {
                Vector256<double> s0 = Vector256<double>.Zero, s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
                ref double column = ref Unsafe.Add(ref first, i);
                for (int j = 0; j < n; j++)
                {
                    var s = Vector256.Create(current[j] * inverseOut[j]);
                    s0 += Vector256.LoadUnsafe(ref column) * s;
                    s1 += Vector256.LoadUnsafe(ref column, 4) * s;
                    s2 += Vector256.LoadUnsafe(ref column, 8) * s;
                    s3 += Vector256.LoadUnsafe(ref column, 12) * s;
                    s4 += Vector256.LoadUnsafe(ref column, 16) * s;
                    s5 += Vector256.LoadUnsafe(ref column, 20) * s;
                    s6 += Vector256.LoadUnsafe(ref column, 24) * s;
                    s7 += Vector256.LoadUnsafe(ref column, 28) * s;
                    column = ref Unsafe.Add(ref column, padded);
                }

                (factor * s0).CopyTo(sums);
                (factor * s1).CopyTo(sums[4..]);
                (factor * s2).CopyTo(sums[8..]);
                (factor * s3).CopyTo(sums[12..]);
                (factor * s4).CopyTo(sums[16..]);
                (factor * s5).CopyTo(sums[20..]);
                (factor * s6).CopyTo(sums[24..]);
                (factor * s7).CopyTo(sums[28..]);
                int rows = Math.Min(32, n - i);
                for (int l = 0; l < rows; l++)
                {
                    int row = i + l;
                    double value = (teleport[row] * danglingShare) + restart[row];
                    value += sums[l];
                    next[row] = value;
                    delta += Math.Abs(value - current[row]);
                }
            }

            return delta;
        }
    }
}
