using System;
using System.Buffers;
using System.Numerics.Tensors;
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
