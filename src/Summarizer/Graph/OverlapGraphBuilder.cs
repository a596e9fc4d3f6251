using System;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer;

/// <summary>
/// Builds the TextRank graph: the weight between two sentences is the number of distinct terms they share over
/// <c>log|Si| + log|Sj|</c> (Mihalcea &amp; Tarau 2004). Candidate pairs come from an inverted index over terms, so
/// pairs that share no term cost nothing.
/// </summary>
internal static class OverlapGraphBuilder
{
    public static SentenceGraph Build(DocumentTerms terms, CancellationToken cancellationToken)
    {
        int n = terms.SentenceCount;

        // Distinct terms per sentence, sorted, and the postings (sentences per term) built from them.
        var distinctStarts = new int[n + 1];
        var distinct = new List<int>(terms.TermIds.Length);
        var postingCounts = new int[terms.Vocabulary.Count + 1];
        var seen = new int[terms.Vocabulary.Count];
        Array.Fill(seen, -1);
        for (int s = 0; s < n; s++)
        {
            int before = distinct.Count;
            foreach (int term in terms.TermsOf(s))
            {
                if (seen[term] != s)
                {
                    seen[term] = s;
                    distinct.Add(term);
                    postingCounts[term + 1]++;
                }
            }

            distinctStarts[s + 1] = distinct.Count;
            distinct.Sort(before, distinct.Count - before, Comparer<int>.Default);
        }

        for (int t = 0; t < terms.Vocabulary.Count; t++)
        {
            postingCounts[t + 1] += postingCounts[t];
        }

        var postings = new int[distinct.Count];
        var fill = (int[])postingCounts.Clone();
        for (int s = 0; s < n; s++)
        {
            for (int k = distinctStarts[s]; k < distinctStarts[s + 1]; k++)
            {
                postings[fill[distinct[k]]++] = s;
            }
        }

        // Count shared terms with every other sentence reachable through the postings.
        var shared = new int[n];
        var touched = new List<int>();
        var rowStarts = new int[n + 1];
        var columns = new List<int>();
        var weights = new List<float>();
        for (int s = 0; s < n; s++)
        {
            if ((s & 127) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            touched.Clear();
            for (int k = distinctStarts[s]; k < distinctStarts[s + 1]; k++)
            {
                int term = distinct[k];
                for (int p = postingCounts[term]; p < postingCounts[term + 1]; p++)
                {
                    int other = postings[p];
                    if (other != s && shared[other]++ == 0)
                    {
                        touched.Add(other);
                    }
                }
            }

            touched.Sort();
            double logS = Math.Log(terms.RowStarts[s + 1] - terms.RowStarts[s]);
            foreach (int other in touched)
            {
                double denominator = logS + Math.Log(terms.RowStarts[other + 1] - terms.RowStarts[other]);
                if (denominator > 0)
                {
                    columns.Add(other);
                    weights.Add((float)(shared[other] / denominator));
                }

                shared[other] = 0;
            }

            rowStarts[s + 1] = columns.Count;
        }

        return new SentenceGraph(rowStarts, columns.ToArray(), weights.ToArray());
    }
}
