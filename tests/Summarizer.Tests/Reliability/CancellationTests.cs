using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Summarizer.Tests.Reliability;

/// <summary>
/// Cancellation on a 100,000-sentence input: every stage observes the token, and a cancellation part-way through
/// makes the call return well before an uncancelled run would have.
/// </summary>
public sealed class CancellationTests
{
    private static readonly Lazy<string> s_text = new(() => Adversarial.Create("many-sentences", 100_000));

    [Fact]
    public void Stages_CancelledToken_EachStageThrows()
    {
        string text = s_text.Value;
        using var source = new CancellationTokenSource();
        source.Cancel();
        CancellationToken cancelled = source.Token;
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.Default.Split(text);
        Assert.Equal(100_000, sentences.Count);
        DocumentTerms terms = DocumentTerms.Build(text, sentences, CancellationToken.None);
        TermMatrix matrix = TermMatrix.Build(terms, CancellationToken.None);
        SentenceSimilarity similarity = SentenceSimilarity.TextRank;
        SimilarityWeights weights = similarity.Weigh(matrix, TermStatistics.Create(matrix, terms, null));
        SentenceGraph graph = SentenceGraphBuilder.Build(matrix, similarity, weights, 64, 256, CancellationToken.None);

        Assert.Throws<OperationCanceledException>(() => ExtractiveSummarizer.Default.Summarize(text, cancelled));
        Assert.Throws<OperationCanceledException>(() => DocumentTerms.Build(text, sentences, cancelled));
        Assert.Throws<OperationCanceledException>(() => TermMatrix.Build(terms, cancelled));
        Assert.Throws<OperationCanceledException>(() => SentenceGraphBuilder.Build(matrix, similarity, weights, 64, 256, cancelled));
        Assert.Throws<OperationCanceledException>(() => PageRank.Rank(graph, 0.85, 1e-6, 100, cancelled));
        int[] order = SentenceSelector.RankOrder(PageRank.Rank(graph, 0.85, 1e-6, 100, CancellationToken.None).Scores);
        Assert.Throws<OperationCanceledException>(() => SentenceSelector.Select(text, sentences, terms, matrix, order, SummarizerOptions.Default, SummaryBudget.Default, SplittingRules.For("en"), cancelled, out _, out _));
        Assert.Throws<OperationCanceledException>(() => KeywordExtractor.Extract(text, terms, terms.TermStarts, terms.TermLengths, 10, cancelled));
    }

    [Fact]
    public void Summarize_CancelledPartWay_ReturnsWellBeforeAnUncancelledRun()
    {
        string text = s_text.Value;
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 10 });
        summarizer.Summarize(text);
        var clock = Stopwatch.StartNew();
        summarizer.Summarize(text);
        TimeSpan full = clock.Elapsed;

        // Cancel at points through the (warm) uncancelled duration. Generous on a shared machine: the call throws and
        // returns within half the uncancelled duration (at least 500 ms) of the cancellation, or it had finished
        // by then; and at least one of the points is reached while it still works.
        TimeSpan slack = TimeSpan.FromMilliseconds(Math.Max(500, full.TotalMilliseconds / 2));
        int thrown = 0;
        foreach (double fraction in (double[])[0.1, 0.33, 0.6])
        {
            TimeSpan at = full * fraction;
            using var source = new CancellationTokenSource();

            // A dedicated thread cancels, not a timer: a timer's callback waits for a thread-pool thread, and the
            // graph build keeps the pool busy, so a timer can fire only after the work is done.
            var canceller = new Thread(() =>
            {
                Thread.Sleep(at);
                source.Cancel();
            });
            clock.Restart();
            canceller.Start();
            try
            {
                summarizer.Summarize(text, source.Token);
            }
            catch (OperationCanceledException)
            {
                thrown++;
            }

            canceller.Join();

            Assert.True(clock.Elapsed < at + slack, $"cancelled at {at.TotalMilliseconds:0} ms of {full.TotalMilliseconds:0} ms, returned after {clock.Elapsed.TotalMilliseconds:0} ms");
        }

        Assert.True(thrown > 0, "no cancellation was observed");
    }
}
