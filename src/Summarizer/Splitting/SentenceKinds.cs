using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>Which kinds of segment are a text's content, shared by the rankers' features and the selection.</summary>
internal static class SentenceKinds
{
    /// <summary>
    /// Whether the list items of a text carry it: those of at least <paramref name="minWords"/> words hold more words
    /// than its sentences of that length, as the lettered clauses of a bill or the long bullets of a listicle do. Then
    /// they are content like its sentences; headings stay out.
    /// </summary>
    /// <param name="sentences">The text's segments.</param>
    /// <param name="lengths">Each segment's length in words (<see cref="DocumentTerms.SentenceLengths"/>).</param>
    /// <param name="minWords">The shortest segment counted.</param>
    public static bool ListItemsCarryText(IReadOnlyList<SentenceSpan> sentences, int[] lengths, int minWords)
    {
        long items = 0;
        long prose = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            if (lengths[i] >= minWords && lengths[i] > 0)
            {
                SentenceKind kind = sentences[i].Kind;
                items += kind == SentenceKind.ListItem ? lengths[i] : 0;
                prose += kind == SentenceKind.Sentence ? lengths[i] : 0;
            }
        }

        return items > prose;
    }

    /// <summary>
    /// Which list items are content like the text's sentences: every one when the list items carry the text
    /// (<see cref="ListItemsCarryText"/>); otherwise each item written with a bullet that is a sentence of its own,
    /// ending with a terminator ("- Revenue was $412.6 million, up 9% on the year.", "• lied about the dangers of
    /// smoking."), or that goes on from the lead-in sentence over its list, which a colon ends ("They give three key
    /// reasons for not making the move:" over "- call centre operations are part of their core business"): a story's
    /// key points and a release's highlights. A list of headlines, links or labels under a heading ("Related stories"
    /// over "- Council tax to rise by 4%") stays out, as headings do, and so does a numbered or lettered list, whose
    /// items are steps, claims or clauses that hold their meaning together ("3. Run the upgrade and start the new
    /// version.", "2. The lid of claim 1, further comprising a push button."), unless a heading or lead-in that names
    /// what a report found stands over it (<see cref="SplittingRules.IsFindingHeading"/>: "IMPRESSION:" over "1.
    /// Right lower lobe pneumonia, no effusion.", "Discharge diagnoses:" over "2. AKI, resolved"): then an item that
    /// opens with its number or letter is content as a bulleted one is. Under a heading that names the story's key
    /// points (<see cref="SplittingRules.IsKeyPointHeading"/>: "Key points", "What we know", "Das Wichtigste") a bulleted
    /// item is content without its final period too, as a live page's box writes its points.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="sentences">The text's segments.</param>
    /// <param name="lengths">Each segment's length in words (<see cref="DocumentTerms.SentenceLengths"/>).</param>
    /// <param name="minWords">The shortest segment counted.</param>
    /// <param name="rules">The text's language's rules (<see cref="SplittingRules.IsFindingHeading"/>).</param>
    /// <returns>A flag for each segment, or <see langword="null"/> when no list item is content.</returns>
    public static bool[]? ContentListItems(string text, IReadOnlyList<SentenceSpan> sentences, int[] lengths, int minWords, SplittingRules rules)
    {
        bool carry = ListItemsCarryText(sentences, lengths, minWords);
        bool[]? content = null;
        bool afterLeadIn = false;
        bool findings = false;
        bool keyPoints = false;
        for (int i = 0; i < sentences.Count; i++)
        {
            SentenceSpan span = sentences[i];
            if (span.Kind != SentenceKind.ListItem)
            {
                afterLeadIn = span.Kind == SentenceKind.Sentence && EndsWithColon(span.Slice(text));
                findings = (afterLeadIn || span.Kind == SentenceKind.Heading) && rules.IsFindingHeading(span.Slice(text));
                keyPoints = span.Kind == SentenceKind.Heading && rules.IsKeyPointHeading(span.Slice(text));
                continue;
            }

            if (carry || ((IsBulleted(text, span) || (findings && IsEnumerated(text, span)))
                && (afterLeadIn || keyPoints || EndsAsSentence(text, span))))
            {
                (content ??= new bool[sentences.Count])[i] = true;
            }
        }

        return content;
    }

    /// <summary>Whether a list item is content by <paramref name="contentListItems"/> (<see cref="ContentListItems"/>).</summary>
    public static bool IsContentListItem(bool[]? contentListItems, int index) => contentListItems is not null && contentListItems[index];

    /// <summary>Whether the list item <paramref name="span"/> opens with a bullet (<see cref="SplitChars.Bullets"/>, <see cref="SplitChars.LineBulletLength"/>), not a number or a letter.</summary>
    private static bool IsBulleted(string text, SentenceSpan span)
    {
        int k = SplitChars.SkipSpaces(text, span.Start);
        return k < span.End && (SplitChars.Bullets.Contains(text[k]) || SplitChars.LineBulletLength(text, k) > 0);
    }

    /// <summary>
    /// Whether the list item <paramref name="span"/> opens with its number or letter, one to three digits or a letter
    /// before a period or a closing bracket, at most inside brackets ("1. ...", "12) ...", "b. ...", "(c) ..."): the
    /// item's first segment, not one that goes on in it.
    /// </summary>
    private static bool IsEnumerated(string text, SentenceSpan span)
    {
        int k = SplitChars.SkipSpaces(text, span.Start);
        k += k < span.End && text[k] == '(' ? 1 : 0;
        int start = k;
        while (k < span.End && k - start < 3 && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        k += k == start && k < span.End && char.IsAsciiLetter(text[k]) ? 1 : 0;
        return k > start && k + 1 < span.End && text[k] is '.' or ')' && char.IsWhiteSpace(text[k + 1]);
    }

    /// <summary>Whether <paramref name="segment"/> ends with a colon (or a fullwidth one), as a lead-in does.</summary>
    private static bool EndsWithColon(ReadOnlySpan<char> segment)
    {
        segment = segment.TrimEnd();
        return !segment.IsEmpty && segment[^1] is ':' or '\uFF1A';
    }

    /// <summary>Whether the segment <paramref name="span"/> ends with a terminator, before any closing quotes and brackets.</summary>
    private static bool EndsAsSentence(string text, SentenceSpan span)
    {
        int end = SplitMarkup.TrimEnd(text, span.Start, span.End);
        return end > span.Start && SplitChars.EndsWithTerminator(text, span.Start, end);
    }
}
