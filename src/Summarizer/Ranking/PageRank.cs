using System;
using System.Threading;

namespace Summarizer;

/// <summary>Weighted PageRank by power iteration over a <see cref="SentenceGraph"/>.</summary>
/// <remarks>
/// score(i) = (1 - d) / N + d * (sum over neighbours j of w(j,i) / W(j) * score(j) + dangling mass / N), where W(j)
/// is the total weight leaving j; iteration stops when the L1 change falls below the tolerance.
/// </remarks>
internal static class PageRank
{
    public static RankingResult Rank(SentenceGraph graph, double damping, double tolerance, int maxIterations, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var scores = new double[n];
        if (n == 0)
        {
            return new RankingResult(scores, 0, true);
        }

        var outWeight = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            foreach (float w in graph.WeightsOf(i))
            {
                sum += w;
            }

            outWeight[i] = sum;
        }

        Array.Fill(scores, 1.0 / n);
        var next = new double[n];
        var share = new double[n];
        int iterations = 0;
        bool converged = false;
        while (iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iterations++;
            double dangling = 0;
            for (int j = 0; j < n; j++)
            {
                if (outWeight[j] > 0)
                {
                    share[j] = scores[j] / outWeight[j];
                }
                else
                {
                    share[j] = 0;
                    dangling += scores[j];
                }
            }

            double baseline = (1 - damping) / n + damping * dangling / n;
            double delta = 0;
            for (int i = 0; i < n; i++)
            {
                // Undirected: the weight from j to i equals the weight stored in row i for column j.
                double sum = 0;
                ReadOnlySpan<int> neighbours = graph.NeighboursOf(i);
                ReadOnlySpan<float> weights = graph.WeightsOf(i);
                for (int k = 0; k < neighbours.Length; k++)
                {
                    sum += weights[k] * share[neighbours[k]];
                }

                double value = baseline + damping * sum;
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
