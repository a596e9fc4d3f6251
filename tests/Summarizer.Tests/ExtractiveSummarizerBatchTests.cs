using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Summarizer.Tests;

/// <summary><see cref="ExtractiveSummarizer.SummarizeMany(IEnumerable{string}, BatchOptions, CancellationToken)"/> and its overloads.</summary>
public sealed class ExtractiveSummarizerBatchTests
{
    private static readonly string[] s_texts = Enumerable.Range(0, 40).Select(seed => TestText.Document(seed, 5 + (seed % 13))).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void SummarizeMany_AnyDegree_GivesTheSummariesOfSummarizeInInputOrder(int degree)
    {
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { KeywordCount = 3 });
        List<Summary> batch = summarizer.SummarizeMany(s_texts, new BatchOptions { MaxDegreeOfParallelism = degree, Budget = SummaryBudget.Words(30) }).ToList();

        Assert.Equal(s_texts.Length, batch.Count);
        for (int i = 0; i < s_texts.Length; i++)
        {
            Summary one = summarizer.Summarize(s_texts[i], SummaryBudget.Words(30));
            Assert.Equal(one.Sentences, batch[i].Sentences);
            Assert.Equal(one.Keywords.Select(k => k.Text), batch[i].Keywords.Select(k => k.Text));
            Assert.Equal(BudgetUnit.Words, batch[i].Budget.Unit);
        }
    }

    [Fact]
    public void SummarizeMany_Overloads_UseTheGivenBudgetOrTheOptions()
    {
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { Budget = SummaryBudget.Sentences(1) });
        Assert.All(summarizer.SummarizeMany(s_texts.Take(5)), s => Assert.Single(s.Sentences));
        Assert.All(summarizer.SummarizeMany(s_texts.Take(5), SummaryBudget.Sentences(2)), s => Assert.Equal(2, s.Sentences.Count));
        Summary queried = summarizer.SummarizeMany(s_texts.Take(1), new BatchOptions { Query = "oil prices" }).Single();
        Assert.Equal(summarizer.Summarize(s_texts[0], "oil prices").Sentences, queried.Sentences);
    }

    [Fact]
    public void SummarizeMany_Progress_CountsEveryText()
    {
        var reports = new List<int>();
        var progress = new SynchronousProgress(reports);
        _ = ExtractiveSummarizer.Default.SummarizeMany(s_texts, new BatchOptions { Progress = progress, MaxDegreeOfParallelism = 3 }).ToList();

        reports.Sort();
        Assert.Equal(Enumerable.Range(1, s_texts.Length), reports);
    }

    [Fact]
    public void SummarizeMany_RunsAtMostTheDegreeAtOnce()
    {
        var ranker = new ConcurrencyRanker();
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { Ranker = ranker });
        _ = summarizer.SummarizeMany(s_texts, new BatchOptions { MaxDegreeOfParallelism = 2 }).ToList();

        Assert.InRange(ranker.Highest, 1, 2);
        Assert.Equal(s_texts.Length, ranker.Calls);
    }

    [Fact]
    public void SummarizeMany_EndlessInput_StreamsAndReadsOnlyAWindowAhead()
    {
        int read = 0;
        IEnumerable<string> Endless()
        {
            for (int i = 0; ; i++)
            {
                read++;
                yield return s_texts[i % s_texts.Length];
            }
        }

        List<Summary> first = ExtractiveSummarizer.Default.SummarizeMany(Endless(), new BatchOptions { MaxDegreeOfParallelism = 3 }).Take(10).ToList();

        Assert.Equal(10, first.Count);
        Assert.InRange(read, 10, 10 + (2 * 3));
    }

    [Fact]
    public void SummarizeMany_LeftEarly_StopsWithinTheWindow()
    {
        var ranker = new ConcurrencyRanker();
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { Ranker = ranker });
        foreach (Summary summary in summarizer.SummarizeMany(s_texts, new BatchOptions { MaxDegreeOfParallelism = 2 }))
        {
            if (ranker.Calls >= 3)
            {
                break;
            }
        }

        // Leaving the loop waited for the texts in flight (at most twice the degree ahead) and started no others.
        int calls = ranker.Calls;
        Assert.InRange(calls, 3, 3 + (2 * 2));
        Assert.Equal(0, ranker.Running);
    }

    [Fact]
    public void SummarizeMany_NullText_ThrowsAtItsPlaceAfterTheSummariesBeforeIt()
    {
        string[] texts = [s_texts[0], s_texts[1], null!, s_texts[3]];
        var seen = new List<Summary>();
        ArgumentException error = Assert.Throws<ArgumentException>(() =>
        {
            foreach (Summary summary in ExtractiveSummarizer.Default.SummarizeMany(texts))
            {
                seen.Add(summary);
            }
        });

        Assert.Equal("texts", error.ParamName);
        Assert.Contains("index 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, seen.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void SummarizeMany_SourceFails_ThrowsAfterTheSummariesOfWhatItGave(int degree)
    {
        static IEnumerable<string> Source()
        {
            yield return s_texts[0];
            yield return s_texts[1];
            yield return s_texts[2];
            throw new System.IO.IOException("source failed");
        }

        var seen = new List<Summary>();
        System.IO.IOException error = Assert.Throws<System.IO.IOException>(() =>
        {
            foreach (Summary summary in ExtractiveSummarizer.Default.SummarizeMany(Source(), new BatchOptions { MaxDegreeOfParallelism = degree }))
            {
                seen.Add(summary);
            }
        });

        Assert.Equal("source failed", error.Message);
        Assert.Equal(3, seen.Count);
        Assert.Equal(ExtractiveSummarizer.Default.Summarize(s_texts[2]).Sentences, seen[2].Sentences);
    }

    [Fact]
    public void SummarizeMany_TextTooLong_ThrowsTheExceptionOfSummarize()
    {
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { MaxInputLength = 100 });
        string[] texts = ["Short text here.", new string('a', 101)];
        ArgumentException error = Assert.Throws<ArgumentException>(() => summarizer.SummarizeMany(texts).ToList());
        Assert.Equal("text", error.ParamName);
    }

    [Fact]
    public void SummarizeMany_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        IEnumerable<Summary> batch = ExtractiveSummarizer.Default.SummarizeMany(s_texts, cancellation.Token);
        using IEnumerator<Summary> enumerator = batch.GetEnumerator();
        Assert.True(enumerator.MoveNext());
        cancellation.Cancel();
        OperationCanceledException error = Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            while (enumerator.MoveNext())
            {
            }
        });
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Fact]
    public void SummarizeMany_CancelledWhileItemsRun_ThrowsWithTheCallersToken()
    {
        // The caller cancels while an item runs, which then throws on the batch's own linked token (the ranker sees
        // that token): the batch reports the caller's. The ranker cancels, so that no clock decides when.
        using var cancellation = new CancellationTokenSource();
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { Ranker = new CancellingRanker(cancellation) });
        string[] texts = Enumerable.Repeat(s_texts[0], 16).ToArray();
        OperationCanceledException error = Assert.ThrowsAny<OperationCanceledException>(
            () => summarizer.SummarizeMany(texts, cancellation.Token).ToList());
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Fact]
    public void SummarizeMany_BadArguments_ThrowAtTheCall()
    {
        Assert.Throws<ArgumentNullException>(() => ExtractiveSummarizer.Default.SummarizeMany(null!));
        Assert.Throws<ArgumentNullException>(() => ExtractiveSummarizer.Default.SummarizeMany(s_texts, (BatchOptions)null!));
        Assert.Throws<ArgumentNullException>(() => ExtractiveSummarizer.Default.SummarizeMany(s_texts, (SummaryBudget)null!));
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => ExtractiveSummarizer.Default.SummarizeMany(s_texts, new BatchOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Equal(nameof(BatchOptions.MaxDegreeOfParallelism), error.ParamName);
    }

    [Fact]
    public void BatchOptions_Default_RunsOnEveryProcessor() =>
        Assert.Equal(Environment.ProcessorCount, BatchOptions.Default.MaxDegreeOfParallelism);

    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }

    /// <summary>Cancels the caller's token when it ranks, then throws on the token the item runs with.</summary>
    private sealed class CancellingRanker(CancellationTokenSource caller) : SentenceRanker
    {
        public override string Name => "cancelling";

        public override SentenceRanking Rank(RankingContext context)
        {
            caller.Cancel();
            Assert.NotEqual(caller.Token, context.CancellationToken);
            context.CancellationToken.ThrowIfCancellationRequested();
            return SentenceRanker.PageRank.Rank(context);
        }
    }

    /// <summary>Records how many rankings run at the same time (each takes a few milliseconds so that they overlap).</summary>
    private sealed class ConcurrencyRanker : SentenceRanker
    {
        private int _running;
        private int _highest;
        private int _calls;

        public int Highest => _highest;

        public int Calls => _calls;

        public int Running => _running;

        public override string Name => "concurrency";

        public override SentenceRanking Rank(RankingContext context)
        {
            int now = Interlocked.Increment(ref _running);
            Interlocked.Increment(ref _calls);
            int seen;
            while ((seen = _highest) < now && Interlocked.CompareExchange(ref _highest, now, seen) != seen)
            {
            }

            Thread.Sleep(3);
            Interlocked.Decrement(ref _running);
            return SentenceRanker.PageRank.Rank(context);
        }
    }
}
