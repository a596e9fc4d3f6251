using System;
using System.Collections.Generic;
using System.Linq;

namespace Summarizer.Tests.Selection;

/// <summary>
/// Text taken out of a PDF or a printed report: hard-wrapped paragraphs, and sentences that a page break cuts in two,
/// with the page's number and running header between the parts.
/// </summary>
public sealed class PageBreakTests
{
    private const string Header = "Annual Report 2024                                  Harbor Authority";

    // The second paragraph runs over the page break: "... a second weekly call to the" ends page 12, and "eastern
    // terminal from the spring, ..." opens page 13 under its running header.
    private const string Report =
        "The port handled 12.4 million tonnes of cargo in 2024, a rise of 8 per cent on\n"
        + "the previous year.\n\n"
        + "Revenue reached 48 million pounds. Container traffic grew fastest, driven by two\n"
        + "new shipping lines that began calling at the eastern terminal in March, and the\n"
        + "authority expects that growth to continue as the lines add a second weekly call to the\n\n"
        + "                                        12\n\f" + Header + "\n\n"
        + "eastern terminal from the spring, which will need two more cranes and a longer\n"
        + "quay and a deeper berth for the largest container ships of the two lines.\n\n"
        + "Passenger numbers were flat at 310,000. The authority will spend 15 million pounds on\n"
        + "a new cold store for fruit imports. It should open in the autumn of 2025.\n";

    [Fact]
    public void Split_WrappedParagraphCutByAPageBreak_IsOneSegmentUpToTheBreak()
    {
        // A sentence has ended inside a line of the paragraph, so its lines are wrapped prose, and its last sentence is
        // one segment though it has no period: before, each of its lines was a segment of its own.
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(Report);
        string[] texts = spans.Select(span => span.Slice(Report).ToString().ReplaceLineEndings(" ")).ToArray();

        Assert.Contains("Container traffic grew fastest, driven by two new shipping lines that began calling at the eastern terminal "
            + "in March, and the authority expects that growth to continue as the lines add a second weekly call to the", texts);
        Assert.Equal(SentenceKind.Sentence, spans[Array.FindIndex(texts, t => t.StartsWith("Container", StringComparison.Ordinal))].Kind);
    }

    [Theory]
    // A block of headings, and lines that each hold a sentence of a review, stay lines: no sentence ends inside one.
    [InlineData("features\ncontact manager\nsync across all your devices", "features | contact manager | sync across all your devices")]
    [InlineData("Great blender.\nthanks for the quick delivery the blender works great\nwould buy again from this seller",
        "Great blender. | thanks for the quick delivery the blender works great | would buy again from this seller")]
    // Short lines after a sentence are a list, not wrapped prose.
    [InlineData("Mix the dough the night before. You will need these\nflour\nsugar\nthree eggs", "Mix the dough the night before. | You will need these | flour | sugar | three eggs")]
    // A paragraph with a sentence that ends inside a line is prose, and its wrapped line goes on though no period closes it.
    [InlineData("We loved it. The staff were kind and the room was clean and\nquiet all night long we will come back again next year",
        "We loved it. | The staff were kind and the room was clean and quiet all night long we will come back again next year")]
    public void Split_LinesWithoutFinalPunctuation_JoinedOnlyInWrappedProse(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", SentenceSplitter.Default.Split(text).Select(span => span.Slice(text).ToString().ReplaceLineEndings(" "))));

    [Fact]
    public void Summarize_Report_ChoosesNoPartOfTheCutSentence()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(Report, SummaryBudget.Sentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.DoesNotContain(summary.Sentences, s => s.Text.StartsWith("Container", StringComparison.Ordinal) || s.Text.StartsWith("eastern", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_OnlyTheCutSentenceLeft_FillsTheCountWithItsParts()
    {
        // Asked for every sentence, the summary takes the parts too: they fill a count, as lead-ins do.
        Summary summary = ExtractiveSummarizer.Default.Summarize(Report, SummaryBudget.Sentences(50));

        Assert.Contains(summary.Sentences, s => s.Text.StartsWith("eastern", StringComparison.Ordinal));
    }

    [Theory]
    // The page's number and running header between the parts.
    [InlineData("The council met on Monday. The new budget will fund two libraries and a pool in the\n\n14\n\nnorth of the town, which has none.", true)]
    // A quotation cut the same way.
    [InlineData("The council met on Monday. \u201CThe new budget will fund two libraries and a pool in the\n\n14\n\nnorth of the town, which has none.\u201D", true)]
    // A form feed alone, as PDF text tools put between pages.
    [InlineData("The council met on Monday. The new budget will fund two libraries and a pool near\n\n\fthe harbour, which has none.", true)]
    // A blank line alone, after a word that leaves its phrase open.
    [InlineData("The council met on Monday. The new budget will fund two libraries and a pool in the\n\nnorth of the town, which has none.", true)]
    // The page's footer right under the wrapped text and a form feed, as PDF text tools write a page's end: the footer is
    // a line of its own, never joined to the sentence.
    [InlineData("The council met on Monday. The new budget will fund two libraries and a pool in the\nnorth part of the\n"
        + "Port Alder Budget Review - Interim Findings          Page 1 of 6\n\ftown, which has none.", true)]
    [InlineData("The council met on Monday. The new budget will fund two libraries and a pool in the\nnorth part of the\n"
        + "Port Alder Budget Review 2026   12\n\ftown, which has none.", true)]
    // No sign of a break: a paragraph left without its period, and a review's next paragraph in lower case.
    [InlineData("We stayed three nights. The room was large and the bed was very comfortable\n\nwe would stay here again next year for sure.", false)]
    // A text written without capitals has no cut to show.
    [InlineData("the council met on monday . the new budget will fund two libraries and a pool in the\n\n14\n\nnorth of the town , which has none .", false)]
    // A paragraph that closes its sentence is whole, whatever follows.
    [InlineData("The council met on Monday. The new budget will fund two libraries and a pool.\n\n14\n\nnorth of the town, which has none.", false)]
    public void IsFragment_BothPartsOfACutSentence(string text, bool cut)
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        int head = spans.Count(span => span.Kind != SentenceKind.Heading) - 2;
        List<int> parts = [.. Enumerable.Range(0, spans.Count).Where(i => spans[i].Kind != SentenceKind.Heading).Skip(head)];

        foreach (int i in parts)
        {
            Assert.Equal(cut, PageBreaks.IsFragment(text, spans, i, SplittingRules.For("en")));
        }

        // The first sentence, whole, is never a part.
        Assert.False(PageBreaks.IsFragment(text, spans, 0, SplittingRules.For("en")));
    }
}
