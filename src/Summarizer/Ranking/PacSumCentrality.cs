using System;

namespace Summarizer;

/// <summary>
/// Position-aware directed centrality in the manner of PacSum (Zheng &amp; Lapata 2019): an edge to a later sentence
/// and an edge to an earlier one count with different weights, so that a sentence echoed by what follows (a lead)
/// rises and one that merely repeats what came before sinks.
/// </summary>
/// <remarks>
/// centrality(i) = forward * sum over j &gt; i of e'(i,j) + backward * sum over j &lt; i of e'(i,j), with
/// e' = max(e - (min + beta (max - min)), 0) over the graph's edge weights (missing pairs count as 0).
/// </remarks>
internal static class PacSumCentrality
{
    public static SentenceRanking Rank(SentenceGraph graph, double forwardWeight, double backwardWeight, double beta)
    {
        int n = graph.NodeCount;
        var scores = new double[n];
        float max = 0;
        foreach (float w in graph.Weights)
        {
            max = Math.Max(max, w);
        }

        // Pairs with no shared term have weight 0, the minimum whenever the graph is not complete.
        float min = 0;
        if (graph.EntryCount == (long)n * (n - 1))
        {
            min = float.MaxValue;
            foreach (float w in graph.Weights)
            {
                min = Math.Min(min, w);
            }
        }

        double threshold = min + beta * (max - min);
        for (int i = 0; i < n; i++)
        {
            double before = 0;
            double after = 0;
            ReadOnlySpan<int> neighbours = graph.NeighboursOf(i);
            ReadOnlySpan<float> weights = graph.WeightsOf(i);
            for (int k = 0; k < neighbours.Length; k++)
            {
                double w = weights[k] - threshold;
                if (w <= 0)
                {
                    continue;
                }

                if (neighbours[k] > i)
                {
                    after += w;
                }
                else
                {
                    before += w;
                }
            }

            scores[i] = forwardWeight * after + backwardWeight * before;
        }

        return new SentenceRanking(scores);
    }
}
