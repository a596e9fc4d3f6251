using System;
using System.Numerics.Tensors;
using System.Threading;

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
    public static RankingResult Rank(SentenceGraph graph, double damping, double tolerance, int maxIterations, CancellationToken cancellationToken) =>
        Rank(graph, null, damping, tolerance, maxIterations, cancellationToken);

    public static RankingResult Rank(SentenceGraph graph, double[]? personalization, double damping, double tolerance, int maxIterations, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var scores = new double[n];
        if (n == 0)
        {
            return new RankingResult(scores, 0, true);
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

        var inverseOut = new double[n];
        int danglingCount = 0;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            foreach (float w in graph.WeightsOf(i))
            {
                sum += w;
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
        int[] rowStarts = graph.RowStarts;
        int[] columns = graph.Columns;
        float[] weights = graph.Weights;
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
            double delta = 0;
            for (int i = 0; i < n; i++)
            {
                double sum = 0;
                for (int k = rowStarts[i]; k < rowStarts[i + 1]; k++)
                {
                    sum += weights[k] * share[columns[k]];
                }

                double value = next[i] + damping * sum;
                next[i] = value;
                delta += Math.Abs(value - scores[i]);
            }

            (scores, next) = (next, scores);
            if (delta < tolerance)
            {
                converged = true;
                break;
            }
        }

        return new RankingResult(scores, iterations, converged);
    }
}

/// <summary>The scores of every node, and how the iteration ended.</summary>
internal readonly record struct RankingResult(double[] Scores, int Iterations, bool Converged);
