using System.Collections.Generic;
using System.Linq;

namespace Summarizer.Tests.Terms;

public sealed class SpeakerLabelsTests
{
    private const string Transcript =
        "Weekly review\n\n" +
        "Dana Ruiz: Thanks for coming. The release slips to May.\n" +
        "Lee: Why does it slip?\n" +
        "Dana Ruiz: The payment vendor changed its interface.\n" +
        "Lee: Then we rewrite the checkout.\n";

    [Fact]
    public void Find_RepeatedLabelsAtLineStarts_AreFoundThroughTheColonAndSpace()
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(Transcript);
        int[]? labels = SpeakerLabels.Find(Transcript, spans);

        Assert.NotNull(labels);
        string[] found = [.. spans.Select((span, i) => Transcript.Substring(span.Start, labels[i]))];
        Assert.Equal(["", "Dana Ruiz: ", "", "Lee: ", "Dana Ruiz: ", "Lee: "], found);
    }

    [Theory]
    // A label that opens one segment only is a lead-in ("Note:"), and fewer than three labelled segments are no transcript.
    [InlineData("Note: the office is closed. Update: it opens on Monday.\nSource: the city.")]
    [InlineData("Dana: Hello there.\nDana: Goodbye now.")]
    // Not at a line's start, in lower case without a timestamp, over three words, or nothing after the colon.
    [InlineData("He said Dana: yes. He said Dana: no. He said Dana: maybe.")]
    [InlineData("dana: yes.\ndana: no.\ndana: maybe.")]
    [InlineData("The team from the city: yes.\nThe team from the city: no.\nThe team from the city: maybe.")]
    public void Find_NoRepeatedSpeakers_ReturnsNull(string text) =>
        Assert.Null(SpeakerLabels.Find(text, SentenceSplitter.Default.Split(text)));

    [Fact]
    public void Find_ChatStamps_LabelTheNameAfterThem()
    {
        const string chat = "[10:32] bob: the build is red again\n[10:33] alice: which test fails\n[10:34] bob: the parser test\n[10:35] alice: on it";
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(chat);
        int[]? labels = SpeakerLabels.Find(chat, spans);

        Assert.NotNull(labels);
        Assert.Equal(["[10:32] bob: ", "[10:33] alice: ", "[10:34] bob: ", "[10:35] alice: "], spans.Select((span, i) => chat.Substring(span.Start, labels[i])));
    }

    [Fact]
    public void DocumentTerms_LabelWords_CountAsWordsButGiveNoTerms()
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(Transcript);
        DocumentTerms terms = DocumentTerms.Build(Transcript, spans, new TermOptions { Language = Language.English }, default);

        // "Dana Ruiz: The payment vendor changed its interface." has 8 words and the terms of its content only.
        Assert.Equal(8, terms.WordCounts[4]);
        Assert.Equal(6, terms.SentenceLengths[4]);
        Assert.Equal(terms.WordCounts[0], terms.SentenceLengths[0]);
        string[] surfaces = [.. Enumerable.Range(terms.RowStarts[4], terms.RowStarts[5] - terms.RowStarts[4]).Select(k => Transcript.Substring(terms.TermStarts[k], terms.TermLengths[k]))];
        Assert.Equal(["payment", "vendor", "changed", "interface"], surfaces);
        Assert.Empty(terms.LookUp("Lee Dana Ruiz"));
    }

    [Fact]
    public void DocumentTerms_WithoutLabels_SentenceLengthsAreTheWordCounts()
    {
        const string text = "The release slips to May. The payment vendor changed its interface.";
        DocumentTerms terms = DocumentTerms.Build(text, SentenceSplitter.Default.Split(text), new TermOptions { Language = Language.English }, default);

        Assert.Same(terms.WordCounts, terms.SentenceLengths);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Summarize_ShortTurns_AreShortWithoutTheirLabels(bool pageRank)
    {
        // Each greeting has five words with its stamp and label, three or four without: shorter than the six asked.
        const string podcast = "[00:00:05] Host: Welcome back, everyone.\n"
            + "[00:00:09] Guest: Thanks for having me.\n"
            + "[00:00:12] Host: Cities are tearing out their urban highways to win back land.\n"
            + "[00:00:20] Guest: Seoul turned a freeway into a park along a restored stream.\n"
            + "[00:00:31] Host: Rochester filled in part of its Inner Loop and built housing.\n";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary summary = summarizer.Summarize(podcast, SummaryBudget.Sentences(3));

        Assert.Equal([2, 3, 4], summary.Sentences.Select(sentence => sentence.Index));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Summarize_ChatWithoutPeriods_ChoosesTheTurnsThatSaySomething(bool pageRank)
    {
        // Chat turns often end without a period. The answer is such a turn; read as a heading, it could not be chosen,
        // and a turn after a punctuated one was glued to it.
        const string chat = "Hannah: Hey, do you have Betty's number?\n"
            + "Amanda: Sorry, can't find it.\n"
            + "Amanda: Ask Larry, he called her last time we were at the park together\n"
            + "Hannah: I don't know him well\n"
            + "Amanda: Don't be shy, he's very nice.\n"
            + "Hannah: Alright, I'll text him tonight\n";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary summary = summarizer.Summarize(chat, SummaryBudget.Sentences(6));

        Assert.Equal(6, summary.SentenceCount);
        Assert.All(summary.Sentences, sentence => Assert.Equal(SentenceKind.Sentence, sentence.Kind));
        Assert.Contains(summary.Sentences, sentence => sentence.Text.StartsWith("Amanda: Ask Larry", System.StringComparison.Ordinal));
    }
}
