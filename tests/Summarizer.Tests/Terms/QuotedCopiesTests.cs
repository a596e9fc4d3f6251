using System;
using System.Collections.Generic;
using System.Linq;

namespace Summarizer.Tests.Terms;

public sealed class QuotedCopiesTests
{
    private const string Post =
        "Posted by dana_k\n\n" +
        "Our building wants to replace the old boiler this summer. The board got two quotes for the work. " +
        "A new gas boiler costs $48,000 installed. A heat pump system costs $71,000 but qualifies for a $15,000 city grant.\n\n" +
        "Reply from owen_p\n\n" +
        "The grant makes the gap much smaller than it looks. Heat pumps also cool the building in August.\n\n";

    // The same reply quoting a sentence of the post twice, and quoting lines that share no word with anything.
    private const string Quoting = Post +
        "> > A heat pump system costs $71,000 but qualifies for a $15,000 city grant.\n> Is the grant guaranteed?\n\n" +
        "> > A heat pump system costs $71,000\n> > but qualifies for a $15,000 city grant.\n> So the real price is lower.";

    private const string QuotingOthers = Post +
        "> > Zebras graze quietly near distant rivers.\n> Is the grant guaranteed?\n\n" +
        "> > Violins echo across frozen lakes\n> > while owls sleep.\n> So the real price is lower.";

    /// <summary>The texts of the segments that <paramref name="copies"/> marks.</summary>
    private static string[] Copied(string text, IReadOnlyList<SentenceSpan> spans, bool[]? copies)
    {
        Assert.NotNull(copies);
        return [.. spans.Where((_, i) => copies[i]).Select(span => span.Slice(text).ToString())];
    }

    [Fact]
    public void Find_MarksQuotedLinesThatCopyAnEarlierSegment_OverLinesToo()
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(Quoting);
        bool[]? copies = QuotedCopies.Find(Quoting, spans, SplittingRules.For("en"));

        string[] copied = Copied(Quoting, spans, copies);
        Assert.Equal(2, copied.Length);
        Assert.All(copied, text => Assert.StartsWith("A heat pump system costs $71,000", text));
    }

    // An op-ed's pull quote, set apart in quotation marks or quoted with "> " before the paragraph that says it.
    private const string Column =
        "The city spends more on parking than on buses. That is a choice, not a law of nature.\n\n" +
        "QUOTE\n\n" +
        "Last year the council found $12 million for a garage. We are paying twice for the same road, once in taxes and once in fares. " +
        "Riders in the north wait forty minutes for a bus.\n\n" +
        "\"Riders wait forty minutes.\"";

    [Theory]
    [InlineData("\"We are paying twice for the same road.\"", true)]
    [InlineData("> We are paying twice for the same road.", true)]
    [InlineData("\u201CWe are paying twice for the same road.\u201D", true)]
    // A quotation that says something the body does not, or one inside a paragraph, is no pull quote.
    [InlineData("\"We will never pay for another garage.\"", false)]
    [InlineData("She said: \"We are paying twice for the same road.\"", false)]
    public void Find_PullQuote_IsACopy(string quote, bool expected)
    {
        string text = Column.Replace("QUOTE", quote, StringComparison.Ordinal);
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        bool[]? copies = QuotedCopies.Find(text, spans, SplittingRules.For("en"));

        Assert.Equal(expected ? [quote.TrimStart('>', ' ')] : [], copies is null ? [] : Copied(text, spans, copies));
    }

    // A forum's reply that quotes without marks, under "<name> wrote:", each post under the thread's subject line.
    private const string Thread =
        "Boiler or heat pump?\n\n" +
        "Re: Boiler or heat pump?\nPosted by dana_k\n" +
        "Our building wants to replace the old boiler this summer. A heat pump system costs $71,000 but qualifies for a $15,000 city grant.\n\n" +
        "Re: Boiler or heat pump?\nPosted by owen_p\n" +
        "dana_k wrote:\nA heat pump system costs $71,000 but qualifies for a $15,000 city grant.\n" +
        "Is the grant guaranteed? Ask the city before the board votes.\n\n" +
        "Re: Boiler or heat pump?\nPosted by dana_k\n" +
        "The city confirmed the grant yesterday.\n";

    [Fact]
    public void Find_ForumQuoteWithoutMarks_IsACopy()
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(Thread);
        bool[]? copies = QuotedCopies.Find(Thread, spans, SplittingRules.For("en"));

        Assert.Equal(["A heat pump system costs $71,000 but qualifies for a $15,000 city grant."], Copied(Thread, spans, copies));
    }

    [Fact]
    public void Find_RepeatedSubjectLines_AreCopiesToo()
    {
        // The subject line over every post is a template's line (SentenceSelector.RepeatedSegments): no edge either.
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(Thread);
        DocumentTerms terms = DocumentTerms.Build(Thread, spans, new TermOptions { Language = Language.English }, default);
        bool[]? copies = QuotedCopies.Find(Thread, spans, SplittingRules.For("en"), SentenceSelector.RepeatedSegments(Thread, spans, terms.WordCounts));

        Assert.Equal(
            ["Re: Boiler or heat pump?", "Re: Boiler or heat pump?", "A heat pump system costs $71,000 but qualifies for a $15,000 city grant.", "Re: Boiler or heat pump?"],
            Copied(Thread, spans, copies));
    }

    [Fact]
    public void Summarize_ForumQuoteWithoutMarks_GivesWhatItQuotesNoCentrality()
    {
        // Every other sentence scores as it does when the quoted line shares no word with the text.
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { Ranker = SentenceRanker.PageRank, IncludeRanking = true });
        const string quoted = "A heat pump system costs $71,000 but qualifies for a $15,000 city grant.\nIs the grant";
        Summary quoting = summarizer.Summarize(Thread);
        Summary others = summarizer.Summarize(Thread.Replace(quoted, "Zebras graze quietly near distant rivers.\nIs the grant", StringComparison.Ordinal));

        Assert.Equal(quoting.SentenceCount, others.SentenceCount);
        int copy = quoting.Ranking!.ToList().FindLastIndex(sentence => sentence.Text.StartsWith("A heat pump", StringComparison.Ordinal));
        for (int i = 0; i < quoting.SentenceCount; i++)
        {
            if (i != copy)
            {
                Assert.Equal(others.Ranking![i].Score, quoting.Ranking![i].Score, 12);
            }
        }
    }

    [Theory]
    [InlineData(Post)]
    [InlineData(QuotingOthers)]
    [InlineData("> A quoted line opens the text.\n\nA quoted line opens the text.")]
    // Under an attribution, only a line that repeats an earlier one is a copy.
    [InlineData("The grant covers a fifth of the price.\n\ndana_k wrote:\nThe grant is not guaranteed.\nThe grant covers a fifth of the price, she says.")]
    public void Find_NoQuotedCopy_ReturnsNull(string text) =>
        Assert.Null(QuotedCopies.Find(text, SentenceSplitter.Default.Split(text), SplittingRules.For("en")));

    [Fact]
    public void Summarize_QuotedCopies_GiveWhatTheyQuoteNoCentrality()
    {
        // The copies add no edge: every sentence of the post and the reply scores as it does when the quoted lines
        // share no word with the text.
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { Ranker = SentenceRanker.PageRank, IncludeRanking = true });
        Summary quoting = summarizer.Summarize(Quoting);
        Summary others = summarizer.Summarize(QuotingOthers);

        Assert.Equal(quoting.SentenceCount, others.SentenceCount);
        int post = SentenceSplitter.Default.Split(Post).Count;
        for (int i = 0; i < post; i++)
        {
            Assert.Equal(others.Ranking![i].Score, quoting.Ranking![i].Score, 12);
        }
    }
}
