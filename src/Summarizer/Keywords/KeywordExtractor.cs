using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Summarizer;

/// <summary>
/// TextRank keyphrases (Mihalcea &amp; Tarau 2004) over the document's terms: a co-occurrence graph links terms that
/// follow each other (stop words removed) within a sentence (listed abbreviations, the words a language lists as no
/// keyword, and in German words written in lower case inside a sentence, are no candidates: the stand-in for the
/// paper's part-of-speech filter), PageRank ranks them, the top third (at least the number
/// asked for) become keywords, and keywords adjacent in the text (only spaces, or one hyphen, between them) join
/// into phrases scored by the sum of their words' scores.
/// </summary>
internal static class KeywordExtractor
{
    // How far back past white space and opening marks a word is looked at to tell whether it opens its sentence.
    private const int MaxOpenerScan = 16;

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

        LeaveOutNonKeywords(text, terms.Language, terms.TermIds, occurrenceStarts, occurrenceLengths, candidate);

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
        // The candidate phrases: maximal runs of adjacent keywords, one per distinct term sequence, scored by their words.
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new List<PhraseBuilder>();
        int[] ids = terms.TermIds;
        var runCounts = new List<int>();
        foreach ((int first, int last) in Runs(text, terms, starts, lengths, isKeyword, cancellationToken))
        {
            string key = KeyOf(ids, first, last);
            int end = starts[last] + lengths[last];
            if (!IsWholeCharacters(text, starts[first], end))
            {
                // A bigram that splits a letter from its vowel sign or tone mark (Thai "ิน"): no phrase.
                continue;
            }

            if (byKey.TryGetValue(key, out int seen))
            {
                runCounts[seen]++;
            }
            else
            {
                runCounts.Add(1);
                double score = 0;
                for (int m = first; m <= last; m++)
                {
                    score += scores[ids[m]];
                }

                byKey.Add(key, phrases.Count);
                phrases.Add(new PhraseBuilder(ids[first..(last + 1)], score));
            }
        }

        // Highest score first; ties to the phrase that occurs first (phrases are numbered in order of first occurrence).
        // Runs of character bigrams start and end wherever a bigram is no keyword, often inside a word ("全长四十公"):
        // in those languages only a run that recurs whole is a phrase.
        bool bigrams = terms.Language.UsesCharacterBigrams;
        var phraseScores = new double[phrases.Count];
        int eligible = 0;
        for (int p = 0; p < phrases.Count; p++)
        {
            bool recurs = !bigrams || runCounts[p] >= 2;
            phraseScores[p] = recurs ? phrases[p].Score : double.NegativeInfinity;
            eligible += recurs ? 1 : 0;
        }

        int[] order = SentenceSelector.RankOrder(phraseScores);
        var chosen = new PhraseBuilder[Math.Min(count, eligible)];
        for (int r = 0; r < chosen.Length; r++)
        {
            chosen[r] = phrases[order[r]];
        }

        FindOccurrences(text, terms, starts, lengths, isKeyword, chosen, cancellationToken);
        var result = new Keyword[chosen.Length];
        for (int r = 0; r < result.Length; r++)
        {
            result[r] = chosen[r].ToKeyword(text, terms.Language);
        }

        return result;
    }

    /// <summary>
    /// Every occurrence of the chosen phrases: wherever their terms follow each other as adjacent keywords, inside a
    /// longer phrase too ("library" in "floating library"), so that a keyword's count is how often it occurs.
    /// </summary>
    /// <remarks>
    /// Windows of each phrase length slide over the runs of keywords with a rolling hash of the term ids (a match is
    /// then compared id by id), so the cost is the number of term occurrences times the number of distinct phrase
    /// lengths, not the square of a long run. An occurrence that overlaps the previous one of the same phrase is not
    /// listed, so that occurrences can be highlighted as they are.
    /// </remarks>
    private static void FindOccurrences(string text, DocumentTerms terms, int[] starts, int[] lengths, bool[] isKeyword, PhraseBuilder[] chosen, CancellationToken cancellationToken)
    {
        const ulong Base = 1_000_003;
        var byLength = new SortedDictionary<int, Dictionary<ulong, List<PhraseBuilder>>>();
        foreach (PhraseBuilder phrase in chosen)
        {
            if (!byLength.TryGetValue(phrase.Ids.Length, out Dictionary<ulong, List<PhraseBuilder>>? byHash))
            {
                byHash = [];
                byLength.Add(phrase.Ids.Length, byHash);
            }

            ulong hash = 0;
            foreach (int id in phrase.Ids)
            {
                hash = (hash * Base) + (uint)id;
            }

            if (!byHash.TryGetValue(hash, out List<PhraseBuilder>? same))
            {
                same = [];
                byHash.Add(hash, same);
            }

            same.Add(phrase);
        }

        int[] ids = terms.TermIds;
        foreach ((int first, int last) in Runs(text, terms, starts, lengths, isKeyword, cancellationToken))
        {
            int runLength = last - first + 1;
            foreach ((int length, Dictionary<ulong, List<PhraseBuilder>> byHash) in byLength)
            {
                if (length > runLength)
                {
                    break;
                }

                ulong power = 1;
                ulong hash = 0;
                for (int m = first; m < first + length; m++)
                {
                    hash = (hash * Base) + (uint)ids[m];
                    power *= Base;
                }

                for (int at = first; ; at++)
                {
                    if (byHash.TryGetValue(hash, out List<PhraseBuilder>? candidates))
                    {
                        ReadOnlySpan<int> window = ids.AsSpan(at, length);
                        foreach (PhraseBuilder phrase in candidates)
                        {
                            // An occurrence overlapping the phrase's previous one would be left out: no need to compare.
                            if (phrase.Accepts(starts[at]) && window.SequenceEqual(phrase.Ids))
                            {
                                phrase.Add(starts[at], starts[at + length - 1] + lengths[at + length - 1] - starts[at]);
                            }
                        }
                    }

                    if (at + length > last)
                    {
                        break;
                    }

                    hash = (hash * Base) + (uint)ids[at + length] - (power * (uint)ids[at]);
                }
            }
        }
    }

    /// <summary>The maximal runs of adjacent keywords (only spaces, or one hyphen, between them) within each sentence, in reading order.</summary>
    private static IEnumerable<(int First, int Last)> Runs(string text, DocumentTerms terms, int[] starts, int[] lengths, bool[] isKeyword, CancellationToken cancellationToken)
    {
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
                while (last + 1 < end && isKeyword[ids[last + 1]] && Adjacent(text, starts[last], lengths[last], starts[last + 1]))
                {
                    last++;
                }

                yield return (k, last);
                k = last + 1;
            }
        }
    }

    /// <summary>Whether text[start..end] neither begins with a combining mark nor leaves one behind.</summary>
    private static bool IsWholeCharacters(string text, int start, int end) =>
        !IsCombiningMark(text[start]) && (end >= text.Length || !IsCombiningMark(text[end]));

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// Leaves out of the candidates a term written in most of its occurrences as one of the language's listed
    /// abbreviations with its period ("Dr.", "Mrd.", "Nr."), a title or a unit, or as a word the language lists as no
    /// keyword ("said", "suggests", "previously": <see cref="SplittingRules.IsKeywordExclusion"/>): not what a text is
    /// about. In a language that capitalizes its nouns, so is a term written in lower case in most of its occurrences
    /// inside a sentence: a verb, an adjective or an adverb ("darf", "gebe", "rund"); one seen only at a sentence's
    /// start, where every word has its capital, stays a candidate. Each count goes up for a sign against the term and
    /// down for one for it: its sign is the majority.
    /// </summary>
    private static void LeaveOutNonKeywords(string text, Language language, int[] ids, int[] starts, int[] lengths, bool[] candidate)
    {
        bool nounCapitals = (language.Traits & LanguageTraits.NounCapitals) != 0;
        var excluded = new int[candidate.Length];
        var lowerCase = new int[candidate.Length];
        RuleBasedSentenceSplitter splitter = language.RuleSplitter;
        for (int k = 0; k < ids.Length; k++)
        {
            int t = ids[k];
            if (!candidate[t])
            {
                continue;
            }

            int start = starts[k];
            int end = start + lengths[k];
            ReadOnlySpan<char> word = text.AsSpan(start, lengths[k]);
            bool listed = (end < text.Length && text[end] == '.' && splitter.IsAbbreviation(word)) || splitter.IsKeywordExclusion(word);
            excluded[t] += listed ? 1 : -1;
            if (nounCapitals && char.IsLetter(text[start]) && !OpensSentence(text, start))
            {
                lowerCase[t] += char.IsUpper(text[start]) ? -1 : 1;
            }
        }

        for (int t = 0; t < candidate.Length; t++)
        {
            candidate[t] &= excluded[t] < 0 && lowerCase[t] <= 0;
        }
    }

    /// <summary>
    /// Whether the word at <paramref name="start"/> is the first of its sentence or line: what comes before it, past
    /// white space and opening quotes or brackets, is a terminator, a colon, a line break or nothing.
    /// </summary>
    private static bool OpensSentence(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && start - k < MaxOpenerScan && (text[k] is ' ' or '\t' || SplitChars.Openers.Contains(text[k])))
        {
            k--;
        }

        return k < 0 || text[k] is ':' || SplitChars.LineBreaks.Contains(text[k]) || SplitChars.Terminators.Contains(text[k]);
    }

    private static bool IsCandidate(string term)
    {
        if (term.Length < 2 || (term.Length == 2 && (IsFunctionCharacter(term[0]) || IsFunctionCharacter(term[1]))))
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

    /// <summary>
    /// A character of a CJK text that a keyphrase does not begin, end or pass through as a character bigram: Japanese
    /// kana of grammar (hiragana) and the commonest Chinese function characters (的, 了, 是, 在...). Without them
    /// bigrams that straddle two words ("的地" of "新的地铁") are no keywords.
    /// </summary>
    private static bool IsFunctionCharacter(char c) =>
        c is >= '\u3041' and <= '\u309F' || s_chineseFunctionCharacters.Contains(c);

    private static readonly System.Buffers.SearchValues<char> s_chineseFunctionCharacters =
        System.Buffers.SearchValues.Create("的了是在和与也都就而及将对于为其这那之个们着把被让给从到说有不一我你他她它");

    /// <summary>
    /// Whether the term that ends at <paramref name="start"/> + <paramref name="length"/> and the one at
    /// <paramref name="next"/> are adjacent: only white space or a hyphen between them, or character bigrams that
    /// overlap by one character ("地铁" and "铁线" of "地铁线路").
    /// </summary>
    private static bool Adjacent(string text, int start, int length, int next)
    {
        if (length == 2 && next == start + 1)
        {
            // Only character bigrams overlap.
            return true;
        }

        int from = start + length;
        int to = next;
        if (to - from < 1)
        {
            return false;
        }

        if (to - from == 1 && text[from] is '-' or '\u2010')
        {
            // A hyphen between two words ("Anglo-Saxon" where the tokenizer parted them).
            return true;
        }

        // Otherwise spaces, and the invisible characters that a page or an export leaves beside them ("Common\u2060
        // Ailments"), but a space at least: an invisible character alone between two words' parts ("Ne\u0095sted", a
        // control the tokenizer parts them at) would make a phrase that reads as one word. A dash between spaces ("cases
        // reported - almost") parts two clauses.
        bool space = false;
        for (int i = from; i < to; i++)
        {
            if (text[i] == ' ')
            {
                space = true;
            }
            else if (!SplitChars.Invisible.Contains(text[i]))
            {
                return false;
            }
        }

        return space;
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

    private sealed class PhraseBuilder(int[] ids, double score)
    {
        private readonly List<KeywordOccurrence> _occurrences = [];

        public int[] Ids { get; } = ids;

        public double Score { get; } = score;

        /// <summary>
        /// Whether an occurrence starting at <paramref name="start"/> would be listed: CJK bigrams overlap ("ยยย" holds
        /// "ยย" at 0 and 1), and so do runs of one repeated word, and an occurrence overlapping the previous one is left
        /// out. Checked before the terms are compared, so that a long run of a repeated word costs linear time.
        /// </summary>
        public bool Accepts(int start) => _occurrences.Count == 0 || start >= _occurrences[^1].End;

        public void Add(int start, int length)
        {
            Debug.Assert(Accepts(start));
            _occurrences.Add(new KeywordOccurrence(start, length));
        }

        /// <summary>The keyword, its surface forms counted: the most frequent one shows, ties to the one met first.</summary>
        public Keyword ToKeyword(string text, Language language)
        {
            var forms = new List<string>();
            var counts = new List<int>();
            foreach (KeywordOccurrence occurrence in _occurrences)
            {
                string form = Keyword.Lower(text.AsSpan(occurrence.Start, occurrence.Length), language);
                int index = forms.IndexOf(form);
                if (index < 0)
                {
                    forms.Add(form);
                    counts.Add(1);
                }
                else
                {
                    counts[index]++;
                }
            }

            // Most frequent first, then in order of first occurrence (a stable sort by descending count).
            int[] order = new int[forms.Count];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
            var sorted = new string[forms.Count];
            for (int i = 0; i < sorted.Length; i++)
            {
                sorted[i] = forms[order[i]];
            }

            return new Keyword(sorted, Score, _occurrences.ToArray());
        }
    }
}
