using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Summarizer.Tests;

public sealed class ExtractiveSummarizerTests
{
    private const string Article = Summarizer.Testing.TestArticles.Parks;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t \n")]
    public void Summarize_EmptyOrWhiteSpace_ReturnsEmptySummary(string text)
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(text);

        Assert.Empty(summary.Sentences);
        Assert.Equal(0, summary.SentenceCount);
        Assert.Equal(string.Empty, summary.Text);
    }

    [Fact]
    public void Summarize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ExtractiveSummarizer.Default.Summarize(null!));
        Assert.Throws<ArgumentNullException>(() => ExtractiveSummarizer.Default.Summarize("text", (SummaryBudget)null!));
    }

    [Fact]
    public void Summarize_FewerSentencesThanAsked_ReturnsAllInReadingOrder()
    {
        const string text = "The first sentence is about parks and trees. The second sentence is about parks and budgets.";

        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(5));

        Assert.Equal(2, summary.Sentences.Count);
        Assert.Equal(0, summary.Sentences[0].Index);
        Assert.Equal(1, summary.Sentences[1].Index);
    }

    [Fact]
    public void Summarize_OnlyShortSentences_StillReturnsTheSentencesAskedFor()
    {
        const string text = "Hi there. Bye now. See you.";

        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(2));

        Assert.Equal(2, summary.Sentences.Count);
    }

    [Fact]
    public void Summarize_ShortSentences_ComeOnlyAfterLongerOnes()
    {
        const string text = "Parks matter. The city council approved a new budget for the public parks on Monday. "
            + "The parks budget doubles the money for park maintenance across the city. Parks win.";

        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(2));

        Assert.Equal([1, 2], [.. summary.Sentences.Select(s => s.Index)]);
    }

    [Fact]
    public void Summarize_Article_ReturnsSentencesInReadingOrderWithExactOffsets()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(Article, SummaryBudget.Sentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.Equal(6, summary.SentenceCount);
        for (int i = 0; i < summary.Sentences.Count; i++)
        {
            SummarySentence sentence = summary.Sentences[i];
            Assert.Equal(Article.Substring(sentence.Start, sentence.Length), sentence.Text);
            Assert.InRange(sentence.Rank, 1, summary.SentenceCount);
            if (i > 0)
            {
                Assert.True(summary.Sentences[i - 1].Index < sentence.Index);
            }
        }
    }

    [Fact]
    public void Summarize_Article_LeavesOutTheOffTopicSentence()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(Article, SummaryBudget.Sentences(3));

        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("bakery", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_SameInput_GivesIdenticalResults()
    {
        Summary first = ExtractiveSummarizer.Default.Summarize(Article);
        Summary second = ExtractiveSummarizer.Create().Summarize(Article);

        Assert.Equal(first.Sentences, second.Sentences);
    }

    [Fact]
    public void Summarize_Cancelled_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ExtractiveSummarizer.Default.Summarize(Article, source.Token));
    }

    [Fact]
    public void Summarize_ScoresAndRanksAgree()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(Article, SummaryBudget.Sentences(6));

        foreach (SummarySentence a in summary.Sentences)
        {
            foreach (SummarySentence b in summary.Sentences)
            {
                if (a.Score > b.Score)
                {
                    Assert.True(a.Rank < b.Rank);
                }
            }
        }
    }

    [Fact]
    public void Budgets_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryBudget.Sentences(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryBudget.Ratio(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryBudget.Ratio(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryBudget.Words(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryBudget.Characters(-1));
    }

    [Fact]
    public void Constructors_GiveTheSummariesOfCreateAndDefault()
    {
        var options = new SummarizerOptions { Budget = SummaryBudget.Sentences(2), KeywordCount = 2 };
        Assert.Equal(ExtractiveSummarizer.Default.Summarize(Article).Sentences, new ExtractiveSummarizer().Summarize(Article).Sentences);
        Assert.Equal(ExtractiveSummarizer.Create(options).Summarize(Article).Sentences, new ExtractiveSummarizer(options).Summarize(Article).Sentences);
        Assert.Same(options, new ExtractiveSummarizer(options).Options);
        Assert.Same(SummarizerOptions.Default, new ExtractiveSummarizer().Options);
    }

    [Theory]
    [InlineData(-1, 5, 10, 5, 0)]
    [InlineData(0, 5, 79, 1, 1)]
    [InlineData(0, 5, 10, -2, 1)]
    [InlineData(0, 5, int.MaxValue, 5, 1)]
    [InlineData(0, 5, 10, int.MaxValue, 1)]
    [InlineData(0, 10, 5, 10, 1)]
    [InlineData(20, 5, 0, 5, 1)]
    [InlineData(0, 10, 0, 10, 1)]
    public void Summarize_SplitterWithFaultySpan_ThrowsNamingItAndTheSpan(int start0, int length0, int start1, int length1, int faulty)
    {
        const string text = "Parks got money. The council met. The budget grew. Trees were planted in parks.";
        Assert.Equal(79, text.Length);
        SentenceSpan[] spans = [new(start0, length0, 0, SentenceKind.Sentence), new(start1, length1, 0, SentenceKind.Sentence)];
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { Splitter = new FixedSplitter(spans) });

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => summarizer.Summarize(text));

        Assert.Contains(typeof(FixedSplitter).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains($"span {faulty} (Start {spans[faulty].Start}, Length {spans[faulty].Length})", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => summarizer.SummarizeMany([text]).ToList());
    }

    [Fact]
    public void Summarize_SplitterWithAdjacentAndEmptySpans_IsAccepted()
    {
        const string text = "Parks got money.The council met.";
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions
        {
            Splitter = new FixedSplitter([new(0, 16, 0, SentenceKind.Sentence), new(16, 0, 0, SentenceKind.Sentence), new(16, 16, 1, SentenceKind.Sentence)]),
            MinSentenceWords = 0,
        });

        Summary summary = summarizer.Summarize(text);

        Assert.Equal(3, summary.SentenceCount);
        Assert.Contains(summary.Sentences, s => s.Text == "The council met.");
    }

    [Fact]
    public void Constructor_NullSplitter_IsAcceptedAndSplitsWithTheLanguage()
    {
        var summarizer = new ExtractiveSummarizer(SummarizerOptions.Default with { Splitter = null });

        Assert.Same(Language.English.Splitter, summarizer.SplitterFor(Article));
        Assert.Equal(ExtractiveSummarizer.Default.Summarize(Article).Sentences, summarizer.Summarize(Article).Sentences);
    }

    [Fact]
    public void Summarize_SentencesCarryTheirSpan()
    {
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { IncludeRanking = true, IncludeHeadingsAndListItems = true });
        string text = "Harbor town turns its ferry into a library\n\n" + Article;
        Summary summary = summarizer.Summarize(text);
        var spans = SentenceSplitter.Default.Split(text);
        Assert.Equal(spans.Count, summary.Ranking!.Count);
        foreach (SummarySentence sentence in summary.Ranking)
        {
            SentenceSpan span = spans[sentence.Index];
            Assert.Equal((span.Start, span.End, span.Paragraph, span.Kind), (sentence.Start, sentence.End, sentence.Paragraph, sentence.Kind));
            Assert.Equal(text[sentence.Start..sentence.End], sentence.Text);
        }

        Assert.Equal(SentenceKind.Heading, summary.Ranking[0].Kind);
        Assert.Contains(summary.Ranking, s => s.Kind == SentenceKind.Sentence);
    }

    private sealed class FixedSplitter(SentenceSpan[] spans) : SentenceSplitter
    {
        public override void Split(ReadOnlySpan<char> text, ICollection<SentenceSpan> destination)
        {
            ArgumentNullException.ThrowIfNull(destination);
            foreach (SentenceSpan span in spans)
            {
                destination.Add(span);
            }
        }
    }
}
