using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// Sentences that a page break cut in two, as text taken out of a PDF or a printed page has them: "... as the ferry
/// service to the" ends a page, a page number and the running header stand between, and "islands ran a reduced
/// timetable." opens the next. Each part is a segment of its own (the page's furniture between them is not theirs, and a
/// span cannot leave it out), and neither says what the sentence says, so the selection takes them only to fill a
/// sentence count.
/// </summary>
internal static class PageBreaks
{
    /// <summary>The most segments (a page number, a running header or footer) read between the two parts.</summary>
    private const int MaxFurniture = 4;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is one part of a sentence cut by a page break: a sentence that
    /// opens with a capital (after its opening quotes) and ends its paragraph without final punctuation, and the
    /// sentence that goes on after it in lower case at the start of a later paragraph, with at most
    /// <see cref="MaxFurniture"/> headings and nothing else between them. The break must show: a form feed between the
    /// parts (as PDF text tools put between pages), a heading (the page's number or running title), or a first part
    /// that ends with a word that leaves its phrase open ("to the", "and"; <see cref="SplittingRules.EndsWithOpenWord"/>). A
    /// text written without capitals, whose sentences all open in lower case, has none.
    /// </summary>
    public static bool IsFragment(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        SentenceSpan span = sentences[index];
        if (span.Kind != SentenceKind.Sentence || span.Length == 0)
        {
            return false;
        }

        if (SplitChars.IsLowerCase(text[span.Start]))
        {
            int before = PartBefore(sentences, index);
            return before >= 0 && IsCut(text, sentences, before, index, rules);
        }

        int after = PartAfter(text, sentences, index);
        return after >= 0 && IsCut(text, sentences, index, after, rules);
    }

    /// <summary>
    /// The sentence that a part opening the paragraph of <paramref name="index"/> would go on from: the first segment
    /// before it that is no heading, within <see cref="MaxFurniture"/> headings; -1 when there is none.
    /// </summary>
    private static int PartBefore(IReadOnlyList<SentenceSpan> sentences, int index)
    {
        if (index == 0 || sentences[index - 1].Paragraph == sentences[index].Paragraph)
        {
            return -1;
        }

        for (int k = index - 1; k >= 0 && index - k <= MaxFurniture + 1; k--)
        {
            if (sentences[k].Kind != SentenceKind.Heading)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The segment that would go on the sentence at <paramref name="index"/> when it ends its paragraph without final
    /// punctuation, or a page with the page's footer under it: the first after it that is no heading, within
    /// <see cref="MaxFurniture"/> headings; -1 otherwise.
    /// </summary>
    private static int PartAfter(string text, IReadOnlyList<SentenceSpan> sentences, int index)
    {
        SentenceSpan span = sentences[index];
        if (index + 1 == sentences.Count || !EndsOpen(text[span.End - 1])
            || (sentences[index + 1].Paragraph == span.Paragraph && sentences[index + 1].Kind != SentenceKind.Heading))
        {
            return -1;
        }

        for (int k = index + 1; k < sentences.Count && k - index <= MaxFurniture + 1; k++)
        {
            if (sentences[k].Kind != SentenceKind.Heading)
            {
                // A page's footer stays in the paragraph of the text above it; the form feed after it parts the pages.
                return sentences[index + 1].Paragraph != span.Paragraph || text.AsSpan(span.End, sentences[k].Start - span.End).Contains('\f') ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the sentence at <paramref name="first"/> and the segment at <paramref name="second"/> (the next one that
    /// is no heading, in a later paragraph) are the two parts of one sentence, as <see cref="IsFragment"/> says.
    /// </summary>
    private static bool IsCut(string text, IReadOnlyList<SentenceSpan> sentences, int first, int second, SplittingRules rules)
    {
        SentenceSpan head = sentences[first];
        SentenceSpan tail = sentences[second];
        bool formFeed = text.AsSpan(head.End, tail.Start - head.End).Contains('\f');
        if (head.Kind != SentenceKind.Sentence || tail.Kind != SentenceKind.Sentence || head.Length == 0 || tail.Length == 0
            || head.Paragraph == tail.Paragraph || !char.IsUpper(text[FirstLetter(text, head)]) || !SplitChars.IsLowerCase(text[tail.Start])
            || !EndsOpen(text[head.End - 1]) || (first + 1 < sentences.Count && sentences[first + 1].Paragraph == head.Paragraph && !formFeed))
        {
            return false;
        }

        return second > first + 1 || formFeed || rules.EndsWithOpenWord(head.Slice(text));
    }

    /// <summary>Where <paramref name="span"/>'s first word starts, past its opening quotes and brackets ("“The port ...").</summary>
    private static int FirstLetter(string text, SentenceSpan span)
    {
        int k = span.Start;
        while (k < span.End - 1 && SplitChars.Openers.Contains(text[k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>Whether a sentence whose last character is <paramref name="last"/> stops without final punctuation: a word, a number or a comma.</summary>
    private static bool EndsOpen(char last) => char.IsLetterOrDigit(last) || last is ',' or ';';
}
