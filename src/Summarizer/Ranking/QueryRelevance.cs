using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>How near each sentence is to a query: the cosine of TF-IDF vectors over the document's terms.</summary>
internal static class QueryRelevance
{
    public static double[] Compute(string query, DocumentTerms terms, TermMatrix matrix)
    {
        int n = matrix.SentenceCount;
        var relevance = new double[n];
        // The query is read in the document's language and against its vocabulary, so "running" meets "runs".
        int[] queryIds = terms.LookUp(query);

        // Query weights by document term id: count times IDF.
        var queryWeights = new Dictionary<int, double>();
        double queryNorm = 0;
        foreach (int t in queryIds)
        {
            queryWeights[t] = queryWeights.TryGetValue(t, out double w) ? w + 1 : 1;
        }

        if (queryWeights.Count == 0)
        {
            return relevance;
        }

        var weightByTerm = new double[matrix.TermCount];
        for (int t = 0; t < weightByTerm.Length; t++)
        {
            if (queryWeights.TryGetValue(t, out double count))
            {
                weightByTerm[t] = count * TfIdf.Idf(matrix, t);
                queryNorm += weightByTerm[t] * weightByTerm[t];
            }
        }

        queryNorm = Math.Sqrt(queryNorm);
        for (int s = 0; s < n; s++)
        {
            double dot = 0;
            double squares = 0;
            for (int e = matrix.RowStarts[s]; e < matrix.RowStarts[s + 1]; e++)
            {
                double w = TfIdf.Weight(matrix, e);
                squares += w * w;
                dot += w * weightByTerm[matrix.Terms[e]];
            }

            relevance[s] = squares > 0 ? dot / (Math.Sqrt(squares) * queryNorm) : 0;
        }

        return relevance;
    }

    /// <summary>Adds the relevance, scaled to the range of the scores times <paramref name="weight"/>.</summary>
    public static void AddTo(double[] scores, double[] relevance, double weight)
    {
        double min = double.MaxValue;
        double max = double.MinValue;
        foreach (double s in scores)
        {
            min = Math.Min(min, s);
            max = Math.Max(max, s);
        }

        double range = max > min ? max - min : 1;
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] += weight * range * relevance[i] / (1 - weight + 1e-9);
        }
    }
}
