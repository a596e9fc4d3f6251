using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace Summarizer.Tests.Ranking;

public sealed class LeadWeightingTests
{
    private static readonly Tokenizer s_o200k = TiktokenTokenizer.CreateForModel("gpt-4o");

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.05, 1.0)]
    [InlineData(0.12, 1.0)]
    [InlineData(0.185, 0.5)]
    [InlineData(0.25, 0.0)]
    [InlineData(0.6, 0.0)]
    [InlineData(1.0, 0.0)]
    public void Strength_IsFullForSmallBudgets_NoneForLargeOnes_LinearBetween(double share, double expected)
    {
        Assert.Equal(expected, LeadWeighting.Strength(share), 1e-12);
    }

    [Fact]
    public void Apply_MultipliesEachScoreByTheFadingBoost()
    {
        double[] scores = Enumerable.Repeat(0.25, 3000).ToArray();
        LeadWeighting.Apply(scores, weight: 2, decay: 8, strength: 0.5);

        for (int i = 0; i < 50; i++)
        {
            Assert.Equal(0.25 * (1 + Math.Exp(-i / 8.0)), scores[i], 1e-15);
        }

        Assert.True(scores[0] > scores[1] && scores[1] > scores[10] && scores[10] > scores[40]);
        Assert.Equal(0.25, scores[2999]);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(2.0, 0.0)]
    public void Apply_NoWeightOrNoStrength_LeavesTheScores(double weight, double strength)
    {
        double[] scores = [0.5, 0.3, 0.2];
        LeadWeighting.Apply(scores, weight, decay: 8, strength);
        Assert.Equal([0.5, 0.3, 0.2], scores);
    }

    [Fact]
    public void BudgetShare_IsTheBudgetOverTheWholeTextInItsOwnUnit()
    {
        // Ten sentences of five words each.
        string text = string.Join(' ', Enumerable.Range(0, 10).Select(i => $"Sentence {i} has five words."));
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.Default.Split(text);
        Assert.Equal(10, sentences.Count);
        int[] words = Enumerable.Repeat(5, 10).ToArray();
        int joined = sentences.Sum(s => s.Length) + 9;

        Assert.Equal(0.3, SentenceSelector.BudgetShare(text, sentences, words, SummaryBudget.Sentences(3)), 1e-12);
        Assert.Equal(1.0, SentenceSelector.BudgetShare(text, sentences, words, SummaryBudget.Sentences(30)));
        Assert.Equal(0.2, SentenceSelector.BudgetShare(text, sentences, words, SummaryBudget.Ratio(0.2)), 1e-12);
        Assert.Equal(0.2, SentenceSelector.BudgetShare(text, sentences, words, SummaryBudget.Words(10)), 1e-12);
        Assert.Equal(100.0 / joined, SentenceSelector.BudgetShare(text, sentences, words, SummaryBudget.Characters(100)), 1e-12);
        Assert.Equal(20.0 / s_o200k.CountTokens(text), SentenceSelector.BudgetShare(text, sentences, words, SummaryBudget.Tokens(20, s_o200k)), 1e-12);
    }

    [Fact]
    public void BudgetShare_OfTokens_InALongText_IsEstimatedCloseToTheExactCount()
    {
        var builder = new StringBuilder();
        for (int i = 0; builder.Length < 3 * SentenceSelector.TokenSampleLength; i++)
        {
            builder.Append(TestText.Document(i, 20)).Append("\n\n");
        }

        string text = builder.ToString();
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.Default.Split(text);
        var words = new int[sentences.Count];
        double share = SentenceSelector.BudgetShare(text, sentences, words, SummaryBudget.Tokens(500, s_o200k));
        double exact = 500.0 / s_o200k.CountTokens(text);
        Assert.InRange(share, exact * 0.97, exact * 1.03);
    }

    [Fact]
    public void Summarize_SmallBudget_ScoresAreTheUnweightedOnesTimesTheBoost()
    {
        string text = TestText.Document(41, 60);
        Summary plain = ExtractiveSummarizer.Create(new SummarizerOptions { LeadWeight = 0, IncludeRanking = true }).Summarize(text, SummaryBudget.Sentences(3));
        Summary weighted = ExtractiveSummarizer.Create(new SummarizerOptions { IncludeRanking = true }).Summarize(text, SummaryBudget.Sentences(3));

        Assert.Equal(0, plain.Diagnostics.LeadStrength);
        Assert.Equal(1, weighted.Diagnostics.LeadStrength);
        for (int i = 0; i < plain.Ranking!.Count; i++)
        {
            double boost = 1 + (2 * Math.Exp(-i / 8.0));
            Assert.Equal(plain.Ranking[i].Score * boost, weighted.Ranking![i].Score, 1e-15);
        }

        // The opening climbs: the first sentence ranks at least as high as without the weight, and strictly higher
        // unless it was first already.
        int before = plain.Ranking[0].Rank;
        int after = weighted.Ranking![0].Rank;
        Assert.True(after < before || before == 1, $"rank of the first sentence {before} -> {after}");
    }

    [Fact]
    public void Summarize_LargeBudget_QueryOrPacSum_NoWeight()
    {
        string text = TestText.Document(42, 40);
        var plainOptions = new SummarizerOptions { LeadWeight = 0, IncludeRanking = true };
        var options = new SummarizerOptions { IncludeRanking = true };

        Summary plain = ExtractiveSummarizer.Create(plainOptions).Summarize(text, SummaryBudget.Ratio(0.4));
        Summary large = ExtractiveSummarizer.Create(options).Summarize(text, SummaryBudget.Ratio(0.4));
        Assert.Equal(0, large.Diagnostics.LeadStrength);
        Assert.Equal(plain.Ranking!.Select(s => s.Score), large.Ranking!.Select(s => s.Score));

        Summary query = ExtractiveSummarizer.Create(options).Summarize(text, "bank rates", SummaryBudget.Sentences(2));
        Summary queryPlain = ExtractiveSummarizer.Create(plainOptions).Summarize(text, "bank rates", SummaryBudget.Sentences(2));
        Assert.Equal(0, query.Diagnostics.LeadStrength);
        Assert.Equal(queryPlain.Ranking!.Select(s => s.Score), query.Ranking!.Select(s => s.Score));

        Summary pacSum = ExtractiveSummarizer.Create(new SummarizerOptions { Algorithm = RankingAlgorithm.PacSum }).Summarize(text, SummaryBudget.Sentences(2));
        Assert.Equal(0, pacSum.Diagnostics.LeadStrength);
    }

    [Fact]
    public void Summarize_BudgetBetween_GetsPartOfTheWeight()
    {
        string text = TestText.Document(43, 40);
        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Ratio(0.2));
        Assert.Equal(LeadWeighting.Strength(0.2), summary.Diagnostics.LeadStrength, 1e-12);
        Assert.InRange(summary.Diagnostics.LeadStrength, 0.1, 0.9);
    }

    [Theory]
    [InlineData(-1.0, 8.0)]
    [InlineData(double.NaN, 8.0)]
    [InlineData(double.PositiveInfinity, 8.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(2.0, -3.0)]
    [InlineData(2.0, double.NaN)]
    [InlineData(2.0, double.PositiveInfinity)]
    public void Create_InvalidLeadOptions_Throw(double weight, double decay)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ExtractiveSummarizer.Create(new SummarizerOptions { LeadWeight = weight, LeadDecay = decay }));
        Assert.Contains("Lead", error.Message, StringComparison.Ordinal);
    }
}
