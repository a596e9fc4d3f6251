using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// The segments that a reply quotes from earlier in the same text: a line quoted with "&gt;" ("&gt; &gt; So option 1
/// is really $6,800 plus an AC soon.") whose words are those of a segment before it that is not quoted, or the lines
/// that a forum's post quotes without marks under an attribution ("plumbdude wrote:", "Quote from: plumbdude";
/// <see cref="SplittingRules.IsQuoteAttribution"/>), as long as each repeats an earlier segment word for word; and what
/// a template writes in three paragraphs or more, as the subject line a thread repeats over every post ("Re: Boiler
/// keeps losing pressure"); and a pull quote, a paragraph of one segment in quotation marks or a line quoted with
/// "&gt;" whose letters and digits stand, whatever their case, in a longer segment elsewhere in the text (before or
/// after it: an op-ed sets "We are paying twice for the same road." apart in large type near the paragraph that says
/// it). A copy is no second voice for what it repeats: it adds no edge to the sentence graph (<see cref="TermMatrix.Build(DocumentTerms, bool[], System.Threading.CancellationToken)"/>),
/// or a forum thread's or an e-mail thread's quoted lines would make what they quote look central; and it is chosen only
/// to fill a sentence count, as its original says the same.
/// </summary>
internal static class QuotedCopies
{
    /// <summary>
    /// Marks the quoted copies among <paramref name="sentences"/> (a segment that opens its line after quotation marks
    /// alone, or on the line under an attribution or under another such copy, and whose letters and digits are an
    /// earlier unquoted segment's) and the segments that <paramref name="repeated"/> marks as a template's
    /// (<see cref="SentenceSelector.RepeatedSegments"/>), or null when there is none. Marks them in
    /// <paramref name="repeated"/> when it is not null. Reads each segment once, and hashes segments only when the text
    /// has a quoted one.
    /// </summary>
    public static bool[]? Find(string text, IReadOnlyList<SentenceSpan> sentences, SplittingRules rules, bool[]? repeated = null)
    {
        int firstQuoted = -1;
        for (int i = 0; i < sentences.Count && firstQuoted < 0; i++)
        {
            firstQuoted = IsQuoted(text, sentences[i].Start) || UnderAttribution(text, sentences, i, rules) ? i : -1;
        }

        bool[]? copies = MarkPullQuotes(text, sentences, repeated);

        if (firstQuoted <= 0)
        {
            return copies;
        }

        HashSet<ulong>? earlier = null;
        bool copying = false;
        for (int i = 0; i < sentences.Count; i++)
        {
            ulong hash = ContentHash(sentences[i].Slice(text));
            bool quoted = i >= firstQuoted && IsQuoted(text, sentences[i].Start);
            // Lines quoted without marks are told by their words alone: under an attribution, or under such a copy.
            bool attributed = i >= firstQuoted && !quoted && OpensLineAfter(text, sentences, i)
                && ((copying && copies?[i - 1] == true) || UnderAttribution(text, sentences, i, rules));
            copying = false;
            if (!quoted && !attributed)
            {
                (earlier ??= []).Add(hash);
            }
            else if (earlier?.Contains(hash) == true)
            {
                (copies ??= new bool[sentences.Count])[i] = true;
                copying = attributed;
            }
            else if (attributed)
            {
                (earlier ??= []).Add(hash);
            }
        }

        return copies;
    }

    /// <summary>The fewest letters and digits of a pull quote (<see cref="MarkPullQuotes"/>): "Yes, we can." is no pull quote.</summary>
    private const int MinPullQuoteLetters = 24;

    /// <summary>
    /// Marks in <paramref name="copies"/> (made when null) the pull quotes among <paramref name="sentences"/>: a
    /// paragraph of one segment that quotation marks open and close, or a segment that opens its line after "&gt;",
    /// with <see cref="MinPullQuoteLetters"/> letters and digits at least, all of which, whatever their case, stand in
    /// order in another segment that is neither ("The city spends more on parking than on buses." under "We learned
    /// last week that the city spends more on parking than on buses."). Reads the text again only when it holds one.
    /// </summary>
    private static bool[]? MarkPullQuotes(string text, IReadOnlyList<SentenceSpan> sentences, bool[]? copies)
    {
        List<(int Index, string Letters)>? quotes = null;
        for (int i = 0; i < sentences.Count; i++)
        {
            if (IsPullQuoteCandidate(text, sentences, i))
            {
                string letters = Letters(sentences[i].Slice(text));
                if (letters.Length >= MinPullQuoteLetters)
                {
                    (quotes ??= []).Add((i, letters));
                }
            }
        }

        if (quotes is null)
        {
            return copies;
        }

        for (int j = 0; j < sentences.Count; j++)
        {
            if (sentences[j].Kind != SentenceKind.Sentence || quotes.Exists(quote => quote.Index == j))
            {
                continue;
            }

            string letters = Letters(sentences[j].Slice(text));
            foreach ((int index, string quote) in quotes)
            {
                if (letters.Length >= quote.Length && letters.Contains(quote, StringComparison.Ordinal))
                {
                    (copies ??= new bool[sentences.Count])[index] = true;
                }
            }
        }

        return copies;

        static string Letters(ReadOnlySpan<char> segment)
        {
            var letters = new System.Text.StringBuilder(segment.Length);
            foreach (char c in segment)
            {
                if (char.IsLetterOrDigit(c))
                {
                    letters.Append(char.ToLowerInvariant(c));
                }
            }

            return letters.ToString();
        }
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> may be a pull quote (<see cref="MarkPullQuotes"/>): it opens its
    /// line after "&gt;", or it is the only segment of its paragraph and quotation marks open and close it.
    /// </summary>
    private static bool IsPullQuoteCandidate(string text, IReadOnlyList<SentenceSpan> sentences, int index)
    {
        SentenceSpan segment = sentences[index];
        ReadOnlySpan<char> words = segment.Slice(text).TrimEnd();
        if (words.Length < 2 || segment.Kind != SentenceKind.Sentence)
        {
            return false;
        }

        if (IsQuoted(text, segment.Start))
        {
            return true;
        }

        return words[0] is '"' or '\u201C' or '\u201E' or '\u00AB' or '\u00BB'
            && words[^1] is '"' or '\u201D' or '\u201C' or '\u00BB' or '\u00AB'
            && (index == 0 || sentences[index - 1].Paragraph != segment.Paragraph)
            && (index + 1 == sentences.Count || sentences[index + 1].Paragraph != segment.Paragraph);
    }

    /// <summary>Whether the segment at <paramref name="index"/> opens the line after the one the segment before it ends.</summary>
    private static bool OpensLineAfter(string text, IReadOnlyList<SentenceSpan> sentences, int index)
    {
        if (index == 0)
        {
            return false;
        }

        SentenceSpan previous = sentences[index - 1];
        int k = previous.Start + previous.Length;
        while (k < sentences[index].Start && text[k] is ' ' or '\t')
        {
            k++;
        }

        if (k >= sentences[index].Start || !SplitChars.IsLineBreakAt(text, k))
        {
            return false;
        }

        k = SplitMarkup.SkipLineBreak(text, k);
        return SplitChars.SkipSpaces(text, k) == sentences[index].Start;
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> opens the line under a forum's or an e-mail's attribution
    /// (<see cref="SplittingRules.IsQuoteAttribution"/>, <see cref="SplittingRules.IsReplyAttribution"/>).
    /// </summary>
    private static bool UnderAttribution(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        if (!OpensLineAfter(text, sentences, index))
        {
            return false;
        }

        // The attribution's line may close a segment that a header line above it opened ("Posted by ... 10:05 am\nowen_p wrote:").
        ReadOnlySpan<char> line = sentences[index - 1].Slice(text);
        int lineBreak = line.LastIndexOfAny('\n', '\r', '\u2028');
        line = line[(lineBreak + 1)..];
        return rules.IsQuoteAttribution(line) || rules.IsReplyAttribution(line);
    }

    /// <summary>Whether only quotation marks ('&gt;') and spaces, one mark at least, stand between the start of the line and <paramref name="start"/>.</summary>
    private static bool IsQuoted(ReadOnlySpan<char> text, int start)
    {
        bool marked = false;
        for (int k = start - 1; k >= 0 && !SplitChars.IsLineBreakAt(text, k); k--)
        {
            if (text[k] == '>')
            {
                marked = true;
            }
            else if (text[k] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return marked;
    }

    /// <summary>A 64-bit hash (FNV-1a) of the letters and digits of <paramref name="segment"/>: the same for a segment and its copy quoted over lines.</summary>
    private static ulong ContentHash(ReadOnlySpan<char> segment)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in segment)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ c) * 1099511628211;
            }
        }

        return hash;
    }
}
