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

    [Fact]
    public void Find_MarksQuotedLinesThatCopyAnEarlierSegment_OverLinesToo()
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(Quoting);
        bool[]? copies = QuotedCopies.Find(Quoting, spans);

        Assert.NotNull(copies);
        string[] copied = [.. spans.Where((_, i) => copies[i]).Select(span => span.Slice(Quoting).ToString())];
        Assert.Equal(2, copied.Length);
        Assert.All(copied, text => Assert.StartsWith("A heat pump system costs $71,000", text));
    }

    [Theory]
    [InlineData(Post)]
    [InlineData(QuotingOthers)]
    [InlineData("> A quoted line opens the text.\n\nA quoted line opens the text.")]
    public void Find_NoQuotedCopy_ReturnsNull(string text) =>
        Assert.Null(QuotedCopies.Find(text, SentenceSplitter.Default.Split(text)));

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
