using System;
using System.IO;
using System.Linq;
using Summarizer.Testing;

namespace Summarizer.Tests.Graph;

/// <summary>
/// What the long-input cap (<see cref="SummarizerOptions.MaxEdgesPerSentence"/>, <see cref="SummarizerOptions.MaxTermSentences"/>)
/// changes in a summary: nothing on news-length text, and on a novel a summary drawn from the top of the full graph's ranking.
/// </summary>
public sealed class LongInputCapTests
{
    // PageRank, whose scores come from the graph alone, so that what differs is what the cap did.
    private static readonly SummarizerOptions s_capped = new() { Ranker = SentenceRanker.PageRank, IncludeRanking = true };
    private static readonly SummarizerOptions s_uncapped = new() { Ranker = SentenceRanker.PageRank, IncludeRanking = true, MaxEdgesPerSentence = 0, MaxTermSentences = 0 };

    [Fact]
    public void NewsLengthText_CapNeverApplies_SameScoresToTheBit()
    {
        string article = File.ReadAllText(RepositoryFiles.PathOf("src/Summarizer.Cli/Resources/sample-article.txt"));
        Summary capped = ExtractiveSummarizer.Create(s_capped).Summarize(article);
        Summary uncapped = ExtractiveSummarizer.Create(s_uncapped).Summarize(article);

        Assert.False(capped.Diagnostics.CapApplied);
        Assert.Equal(uncapped.Ranking!.Select(s => s.Score), capped.Ranking!.Select(s => s.Score));
        Assert.Equal(uncapped.Text, capped.Text);
    }

    [Fact]
    public void BothCapsLifted_GraphBeyondTheBound_IsRefusedBeforeItIsBuilt()
    {
        // 6,000 sentences that all share "harbour": 35,994,000 linked pairs, over 2^25 and over what the default cap
        // keeps (2 x 64 a sentence). Without either cap the graph would be built whole; with one, it is not refused.
        string text = string.Join(' ', Enumerable.Range(0, 6000).Select(i => $"The harbour opened gate {i} at dawn."));
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => ExtractiveSummarizer.Create(s_uncapped).Summarize(text));
        Assert.Contains("MaxEdgesPerSentence", error.Message, StringComparison.Ordinal);

        // Summarized, not refused: one sentence, as the others differ from it in their numbers alone (redundant).
        Assert.Single(ExtractiveSummarizer.Create(s_uncapped with { MaxTermSentences = 256 }).Summarize(text).Sentences);
    }

    // Measured (2026-12-02, PageRank without a lead weight): the capped summary's sentences rank 1, 2 and 3 of 958
    // (austen_1000) and 1, 2 and 25 of 4,822 (austen_5000) in the full graph's ranking; 6 and 4 of the full graph's
    // top 10 are in the capped top 10 (14 and 10 of the top 20).
    [SharedDataTheory("scale/austen_5000.txt")]
    [InlineData("scale/austen_1000.txt", 5, 5)]
    [InlineData("scale/austen_5000.txt", 40, 3)]
    public void Novel_CappedSummary_ComesFromTheTopOfTheFullRanking(string file, int maxFullRank, int minTopTenShared)
    {
        string text = File.ReadAllText(SharedData.PathOf(file));
        Summary capped = ExtractiveSummarizer.Create(s_capped).Summarize(text);
        Summary uncapped = ExtractiveSummarizer.Create(s_uncapped).Summarize(text);

        Assert.True(capped.Diagnostics.CapApplied);
        Assert.False(uncapped.Diagnostics.CapApplied);
        Assert.True(capped.Diagnostics.EdgeCount < uncapped.Diagnostics.EdgeCount);
        Assert.All(capped.Sentences, s => Assert.InRange(uncapped.Ranking![s.Index].Rank, 1, maxFullRank));

        var cappedTop = capped.Ranking!.Where(s => s.Rank <= 10).Select(s => s.Index).ToHashSet();
        int shared = uncapped.Ranking!.Count(s => s.Rank <= 10 && cappedTop.Contains(s.Index));
        Assert.True(shared >= minTopTenShared, $"{shared} of the full graph's top 10 are in the capped top 10.");
    }
}
