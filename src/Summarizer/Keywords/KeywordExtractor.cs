using System;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer;

/// <summary>
/// TextRank keyphrases (Mihalcea &amp; Tarau 2004) over the document's terms: a co-occurrence graph links terms that
/// follow each other (stop words removed) within a sentence, PageRank ranks them, the top third (at least the number
/// asked for) become keywords, and keywords adjacent in the text (only white space or a hyphen between them) join
/// into phrases scored by the sum of their words' scores.
/// </summary>
internal static class KeywordExtractor
{
    // Keyphrases are ranked with TextRank's standard parameters, whatever ranks the sentences.
    private static readonly PageRankRanker s_pageRank = PageRankRanker.Default;

    public static IReadOnlyList<Keyword> Extract(
        string text,
        DocumentTerms terms,
        int[] occurrenceStarts,
        int[] occurrenceLengths,
        int count,
        CancellationToken cancellationToken)
    {
        int vocabularySize = terms.Vocabulary.Count;
        if (count <= 0 || vocabularySize == 0)
        {
            return [];
        }

        var candidate = new bool[vocabularySize];
        for (int t = 0; t < vocabularySize; t++)
        {
            candidate[t] = IsCandidate(terms.Vocabulary[t]);
        }

        // Co-occurrence pairs (window 2 over candidate terms), as sorted 64-bit keys so that counting is ordered.
        int[] ids = terms.TermIds;
        var pairs = new List<long>(ids.Length);
        for (int s = 0; s < terms.SentenceCount; s++)
        {
            if ((s & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int previous = -1;
            for (int k = terms.RowStarts[s]; k < terms.RowStarts[s + 1]; k++)
            {
                int t = ids[k];
                if (!candidate[t])
                {
                    previous = -1;
                    continue;
                }

                if (previous >= 0 && previous != t)
                {
                    int a = Math.Min(previous, t);
                    int b = Math.Max(previous, t);
                    pairs.Add(((long)a << 32) | (uint)b);
                    pairs.Add(((long)b << 32) | (uint)a);
                }

                previous = t;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        pairs.Sort();
        var rowStarts = new int[vocabularySize + 1];
        var columns = new List<int>();
        var weights = new List<float>();
        for (int k = 0; k < pairs.Count;)
        {
            long key = pairs[k];
            int run = 1;
            while (k + run < pairs.Count && pairs[k + run] == key)
            {
                run++;
            }

            rowStarts[(int)(key >> 32) + 1]++;
            columns.Add((int)(key & 0xFFFFFFFFL));
            weights.Add(run);
            k += run;
        }

        for (int t = 0; t < vocabularySize; t++)
        {
            rowStarts[t + 1] += rowStarts[t];
        }

        var graph = new SentenceGraph(rowStarts, columns.ToArray(), weights.ToArray());
        double[] scores = PageRank.Rank(graph, s_pageRank.Damping, s_pageRank.Tolerance, s_pageRank.MaxIterations, cancellationToken).Scores;

        // Keywords: the top third of the candidate terms, at least as many as asked for.
        int candidates = 0;
        for (int t = 0; t < vocabularySize; t++)
        {
            if (candidate[t])
            {
                candidates++;
            }
            else
            {
                scores[t] = double.NegativeInfinity;
            }
        }

        int[] order = SentenceSelector.RankOrder(scores);
        int top = Math.Min(candidates, Math.Max(count, candidates / 3));
        var isKeyword = new bool[vocabularySize];
        for (int r = 0; r < top; r++)
        {
            isKeyword[order[r]] = true;
        }

        return Phrases(text, terms, occurrenceStarts, occurrenceLengths, isKeyword, scores, count, cancellationToken);
    }

    private static Keyword[] Phrases(string text, DocumentTerms terms, int[] starts, int[] lengths, bool[] isKeyword, double[] scores, int count, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new List<PhraseBuilder>();
        int[] ids = terms.TermIds;
        for (int s = 0; s < terms.SentenceCount; s++)
        {
            if ((s & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int end = terms.RowStarts[s + 1];
            for (int k = terms.RowStarts[s]; k < end;)
            {
                if (!isKeyword[ids[k]])
                {
                    k++;
                    continue;
                }

                int last = k;
                while (last + 1 < end && isKeyword[ids[last + 1]] && Adjacent(text, starts[last] + lengths[last], starts[last + 1]))
                {
                    last++;
                }

                string key = KeyOf(ids, k, last);
                if (!byKey.TryGetValue(key, out int index))
                {
                    double score = 0;
                    for (int m = k; m <= last; m++)
                    {
                        score += scores[ids[m]];
                    }

                    index = phrases.Count;
                    byKey.Add(key, index);
                    phrases.Add(new PhraseBuilder(Keyword.Lower(text.AsSpan(starts[k], starts[last] + lengths[last] - starts[k]), terms.Language), score));
                }

                // CJK bigrams overlap ("ยยย" holds "ยย" at 0 and 1); an occurrence that overlaps the previous one of the
                // same phrase is not listed, so that occurrences can be highlighted as they are.
                List<KeywordOccurrence> occurrences = phrases[index].Occurrences;
                if (occurrences.Count == 0 || starts[k] >= occurrences[^1].End)
                {
                    occurrences.Add(new KeywordOccurrence(starts[k], starts[last] + lengths[last] - starts[k]));
                }

                k = last + 1;
            }
        }

        // Highest score first; ties to the phrase that occurs first (phrases are numbered in order of first occurrence).
        var phraseScores = new double[phrases.Count];
        for (int p = 0; p < phrases.Count; p++)
        {
            phraseScores[p] = phrases[p].Score;
        }

        int[] order = SentenceSelector.RankOrder(phraseScores);
        var result = new Keyword[Math.Min(count, order.Length)];
        for (int r = 0; r < result.Length; r++)
        {
            PhraseBuilder phrase = phrases[order[r]];
            result[r] = new Keyword(phrase.Text, phrase.Score, phrase.Occurrences.ToArray());
        }

        return result;
    }

    private static bool IsCandidate(string term)
    {
        if (term.Length < 2)
        {
            return false;
        }

        foreach (char c in term)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Adjacent(string text, int from, int to)
    {
        if (to - from < 1)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '-' or '\u2010'))
            {
                return false;
            }
        }

        return true;
    }

    private static string KeyOf(int[] ids, int first, int last)
    {
        if (first == last)
        {
            return ids[first].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var parts = new string[last - first + 1];
        for (int m = first; m <= last; m++)
        {
            parts[m - first] = ids[m].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return string.Join(' ', parts);
    }

    private sealed class PhraseBuilder(string text, double score)
    {
        public string Text { get; } = text;

        public double Score { get; } = score;

        public List<KeywordOccurrence> Occurrences { get; } = [];
    }
}
