using System;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer.Tests;

public sealed class ExtractiveSummarizerRankingTests
{
    [Fact]
    public void Query_FavoursSentencesNearIt()
    {
        ExtractiveSummarizer summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { IncludeRanking = true });
        Summary generic = summarizer.Summarize(TestText.News, SummaryBudget.Sentences(2));
        Summary focused = summarizer.Summarize(TestText.News, query: "football match striker", budget: SummaryBudget.Sentences(2));
        Assert.DoesNotContain(generic.Sentences, s => s.Text.Contains("football", StringComparison.Ordinal));
        Assert.Contains(focused.Sentences, s => s.Text.Contains("football", StringComparison.Ordinal));
        Assert.True(focused.Ranking![9].Score > generic.Ranking![9].Score);
        Assert.True(focused.Ranking[10].Score > generic.Ranking![10].Score);
    }

    [Fact]
    public void Query_Blank_IsGeneric()
    {
        Summary a = ExtractiveSummarizer.Default.Summarize(TestText.News);
        Summary b = ExtractiveSummarizer.Default.Summarize(TestText.News, query: "  ");
        Assert.Equal(a.Text, b.Text);
    }

    [Theory]
    [InlineData("pagerank", "textrank")]
    [InlineData("pagerank", "bm25")]
    [InlineData("pagerank", "cosine:0.2")]
    [InlineData("pacsum", "bm25+")]
    [InlineData("pacsum", "cosine")]
    public void Summarize_SameInput_IdenticalToTheLastBit(string ranker, string similarity)
    {
        var options = new SummarizerOptions { Ranker = ranker == "pacsum" ? SentenceRanker.PacSum : SentenceRanker.PageRank, Similarity = Graph.SentenceSimilarityTests.ByName(similarity), IncludeRanking = true, KeywordCount = 5 };
        string text = TestText.Document(77, 120);
        Summary first = ExtractiveSummarizer.Create(options).Summarize(text, query: "bank rates");
        Summary second = ExtractiveSummarizer.Create(options).Summarize(text, query: "bank rates");
        Assert.Equal(first.Text, second.Text);
        for (int i = 0; i < first.Ranking!.Count; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(first.Ranking[i].Score), BitConverter.DoubleToInt64Bits(second.Ranking![i].Score));
            Assert.Equal(first.Ranking[i].Rank, second.Ranking[i].Rank);
        }

        Assert.Equal(first.Keywords.Count, second.Keywords.Count);
        Assert.Equal(ranker, first.Diagnostics.Ranker);
    }

    [Fact]
    public void Ranking_TiesBrokenBySentenceIndex()
    {
        const string text = "Alpha beta gamma delta. Alpha beta gamma delta. Alpha beta gamma delta.";
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.PageRank, IncludeRanking = true, RedundancyThreshold = 1 })
            .Summarize(text, SummaryBudget.Sentences(1));
        Assert.Equal(0, summary.Sentences[0].Index);
        Assert.Equal([1, 2, 3], new[] { summary.Ranking![0].Rank, summary.Ranking[1].Rank, summary.Ranking[2].Rank });
    }

    [Fact]
    public void Summarize_ManyThreads_OneInstance_SameResults()
    {
        ExtractiveSummarizer summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 5, IncludeRanking = true });
        var texts = new string[8];
        var expected = new string[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = TestText.Document(200 + i, 40);
            expected[i] = summarizer.Summarize(texts[i]).Text;
        }

        var failures = 0;
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            int i = k % texts.Length;
            if (summarizer.Summarize(texts[i]).Text != expected[i])
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Summarize_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ExtractiveSummarizer.Default.Summarize(TestText.News, cts.Token));
    }

    [Fact]
    public void Diagnostics_DescribeTheRun()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(TestText.News, SummaryBudget.Sentences(3));
        SummaryDiagnostics d = summary.Diagnostics;
        Assert.Equal(SentenceRanker.Default.Name, d.Ranker);
        Assert.Equal(SummarizerOptions.Default.Similarity.Name, d.Similarity);
        Assert.True(d.EdgeCount > 0);
        Assert.True(d.Iterations > 0);
        Assert.True(d.Converged);
        Assert.False(d.CapApplied);
        Assert.Equal(3, d.BudgetLimit);
        Assert.Equal(3, d.BudgetUsed);
        Assert.Null(summary.Ranking);
    }

    [Fact]
    public void Diagnostics_LongInput_ReportsCap()
    {
        string text = TestText.Document(5, 600);
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { MaxEdgesPerSentence = 8, MaxTermSentences = 100 }).Summarize(text);
        Assert.True(summary.Diagnostics.CapApplied);
        Assert.True(summary.Diagnostics.EdgeCount <= 8 * summary.SentenceCount);
    }

    [Fact]
    public void Ranking_ListsEverySentence()
    {
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.PageRank, IncludeRanking = true }).Summarize(TestText.News);
        Assert.Equal(summary.SentenceCount, summary.Ranking!.Count);

        // PageRank scores are a distribution over the sentences: they sum to 1.
        double total = 0;
        var ranks = new bool[summary.SentenceCount + 1];
        for (int i = 0; i < summary.Ranking.Count; i++)
        {
            Assert.Equal(i, summary.Ranking[i].Index);
            total += summary.Ranking[i].Score;
            ranks[summary.Ranking[i].Rank] = true;
        }

        Assert.Equal(1.0, total, 1e-9);
        Assert.DoesNotContain(false, ranks[1..]);
        foreach (SummarySentence s in summary.Sentences)
        {
            Assert.Equal(summary.Ranking[s.Index], s);
        }
    }

    [Fact]
    public void Empty_Text_GivesEmptySummary()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize("   ");
        Assert.Empty(summary.Sentences);
        Assert.Equal(string.Empty, summary.Text);
        Assert.Empty(summary.Keywords);
    }
}
