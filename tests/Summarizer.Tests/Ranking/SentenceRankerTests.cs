using System;
using System.Collections.Generic;
using System.Linq;

namespace Summarizer.Tests.Ranking;

public sealed class SentenceRankerTests
{
    // Ten sentences: 0-2 share "harbour ferry", 3 and 4 share "library books", 5-9 are about unrelated things and
    // share nothing with any other sentence.
    private static readonly string[] s_sentences =
    [
        "The harbour ferry sailed early on Monday morning.",
        "Passengers waited for the harbour ferry at the pier.",
        "The old harbour ferry will be retired next year.",
        "The town library lent more books than ever before.",
        "Children borrowed library books during the summer holiday.",
        "Volcanic ash drifted slowly over distant mountains tonight.",
        "Quantum physicists measured entangled photons carefully yesterday.",
        "Orchestras rehearsed symphonies beneath glittering chandeliers.",
        "Marathon runners trained through freezing winter storms.",
        "Beekeepers harvested golden honey from wooden hives.",
    ];

    private static readonly string s_text = string.Join(" ", s_sentences);

    [Fact]
    public void Summarize_UserRanker_ItsScoresChooseTheSentences()
    {
        var ranker = new IndexRanker();
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = ranker, IncludeRanking = true, RedundancyThreshold = 1 })
            .Summarize(s_text, SummaryBudget.Sentences(3));

        // Higher index, higher score: the last three sentences, with exactly the ranker's scores.
        Assert.Equal([7, 8, 9], summary.Sentences.Select(s => s.Index));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (double)i), summary.Ranking!.Select(s => s.Score));
        Assert.Equal("by-index", summary.Diagnostics.Ranker);
        Assert.Equal(1, ranker.Calls);
    }

    [Fact]
    public void Summarize_UserRanker_SeesTheSentencesWordCountsAndBudgetShare()
    {
        var ranker = new RecordingRanker();
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = ranker }).Summarize(s_text, SummaryBudget.Sentences(3));
        RankingContext context = ranker.Seen!;

        Assert.Equal(s_text, context.Text);
        Assert.Equal(SentenceSplitter.Default.Split(s_text), context.Sentences);
        Assert.Equal(10, context.SentenceCount);
        Assert.Equal(Language.English, context.Language);
        Assert.Equal(0.3, context.BudgetShare, 1e-12);
        Assert.Equal(BudgetUnit.Sentences, context.Budget.Unit);
        Assert.Null(context.Query);
        Assert.Same(SummarizerOptions.Default.Similarity, context.Similarity);
        for (int i = 0; i < s_sentences.Length; i++)
        {
            Assert.Equal(s_sentences[i].Split(' ').Length, ranker.WordCounts[i]);
        }

        // Without a query every relevance is zero.
        Assert.All(ranker.Relevance, r => Assert.Equal(0, r));
        Assert.Throws<ArgumentOutOfRangeException>(() => context.WordCountOf(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => context.NeighboursOf(-1));
    }

    [Fact]
    public void Summarize_UserRanker_SeesTheGraphAndTheTerms()
    {
        var ranker = new RecordingRanker();
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = ranker }).Summarize(s_text, SummaryBudget.Sentences(3));

        Assert.Equal([1, 2], ranker.Neighbours[0]);
        Assert.Equal([0, 2], ranker.Neighbours[1]);
        Assert.Equal([0, 1], ranker.Neighbours[2]);
        Assert.Equal([4], ranker.Neighbours[3]);
        Assert.Equal([3], ranker.Neighbours[4]);
        for (int i = 5; i < 10; i++)
        {
            Assert.Empty(ranker.Neighbours[i]);
        }

        Assert.Equal(4, ranker.Seen!.EdgeCount);
        Assert.All(ranker.Weights.SelectMany(w => w), w => Assert.True(w > 0));

        // "harbour" and "ferry" are the same term ids in sentences 0, 1 and 2; sentence 5 shares no term with them.
        int[] shared = ranker.Terms[0].Intersect(ranker.Terms[1]).Intersect(ranker.Terms[2]).ToArray();
        Assert.Equal(2, shared.Length);
        Assert.Empty(ranker.Terms[5].Intersect(ranker.Terms[0]));
        Assert.All(ranker.Terms.SelectMany(t => t), id => Assert.InRange(id, 0, ranker.Seen.TermCount - 1));
    }

    [Fact]
    public void Summarize_UserRanker_SeesTheQueryRelevance()
    {
        var ranker = new RecordingRanker();
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = ranker }).Summarize(s_text, "library books", SummaryBudget.Sentences(2));

        Assert.Equal("library books", ranker.Seen!.Query);
        Assert.True(ranker.Relevance[3] > 0 && ranker.Relevance[4] > 0);
        Assert.All(ranker.Relevance.Where((_, i) => i != 3 && i != 4), r => Assert.Equal(0, r));
        Assert.All(ranker.Relevance, r => Assert.InRange(r, 0, 1));
        Assert.Equal(2.0 / 10, ranker.Seen.BudgetShare, 1e-12);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(0)]
    public void Summarize_RankerWithWrongScoreCount_ThrowsNamingIt(int count)
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new FaultyRanker(context => new double[count]) });
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => summarizer.Summarize(s_text));
        Assert.Contains("'faulty'", error.Message, StringComparison.Ordinal);
        Assert.Contains(count.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Summarize_RankerWithScoreNotFinite_ThrowsNamingIt(double bad)
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions
        {
            Ranker = new FaultyRanker(context =>
            {
                var scores = new double[context.SentenceCount];
                scores[4] = bad;
                return scores;
            }),
        });
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => summarizer.Summarize(s_text));
        Assert.Contains("'faulty'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_EmptyText_DoesNotAskTheRanker()
    {
        var ranker = new IndexRanker();
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = ranker }).Summarize("  ");
        Assert.Empty(summary.Sentences);
        Assert.Equal(0, ranker.Calls);
    }

    [Fact]
    public void BuiltIns_AreNamedAndShared()
    {
        Assert.Equal("pagerank", SentenceRanker.PageRank.Name);
        Assert.Equal("pacsum", SentenceRanker.PacSum.Name);
        Assert.Same(PageRankRanker.Default, SentenceRanker.PageRank);
        Assert.Same(PacSumRanker.Default, SentenceRanker.PacSum);
        Assert.Same(SentenceRanker.Default, SummarizerOptions.Default.Ranker);
        Assert.Equal("pacsum", SentenceRanker.PacSum.ToString());
    }

    [Theory]
    [InlineData(nameof(PageRankRanker.Damping), 0.0)]
    [InlineData(nameof(PageRankRanker.Damping), 1.0)]
    [InlineData(nameof(PageRankRanker.Damping), double.NaN)]
    [InlineData(nameof(PageRankRanker.Tolerance), 0.0)]
    [InlineData(nameof(PageRankRanker.Tolerance), -1e-6)]
    [InlineData(nameof(PageRankRanker.Tolerance), double.PositiveInfinity)]
    [InlineData(nameof(PageRankRanker.MaxIterations), 0)]
    [InlineData(nameof(PageRankRanker.PositionBias), -0.5)]
    [InlineData(nameof(PageRankRanker.PositionBias), double.NaN)]
    [InlineData(nameof(PageRankRanker.QueryWeight), -0.1)]
    [InlineData(nameof(PageRankRanker.QueryWeight), 1.5)]
    public void PageRankRanker_ParameterOutOfRange_ThrowsNamingIt(string parameter, double value)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => parameter switch
        {
            nameof(PageRankRanker.Damping) => new PageRankRanker { Damping = value },
            nameof(PageRankRanker.Tolerance) => new PageRankRanker { Tolerance = value },
            nameof(PageRankRanker.MaxIterations) => new PageRankRanker { MaxIterations = (int)value },
            nameof(PageRankRanker.PositionBias) => new PageRankRanker { PositionBias = value },
            _ => new PageRankRanker { QueryWeight = value },
        });
        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData(nameof(PacSumRanker.ForwardWeight), double.NaN)]
    [InlineData(nameof(PacSumRanker.ForwardWeight), double.PositiveInfinity)]
    [InlineData(nameof(PacSumRanker.BackwardWeight), double.NegativeInfinity)]
    [InlineData(nameof(PacSumRanker.ForwardWeight), 1e300)]
    [InlineData(nameof(PacSumRanker.BackwardWeight), -1.000001e6)]
    [InlineData(nameof(PacSumRanker.Threshold), 1.0)]
    [InlineData(nameof(PacSumRanker.Threshold), -0.1)]
    [InlineData(nameof(PacSumRanker.QueryWeight), 2.0)]
    public void PacSumRanker_ParameterOutOfRange_ThrowsNamingIt(string parameter, double value)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => parameter switch
        {
            nameof(PacSumRanker.ForwardWeight) => new PacSumRanker { ForwardWeight = value },
            nameof(PacSumRanker.BackwardWeight) => new PacSumRanker { BackwardWeight = value },
            nameof(PacSumRanker.Threshold) => new PacSumRanker { Threshold = value },
            _ => new PacSumRanker { QueryWeight = value },
        });
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void PacSumRanker_ExtremeWeightsWithAQuery_ScoreFinitely()
    {
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions
        {
            Ranker = new PacSumRanker { ForwardWeight = PacSumRanker.MaxWeight, BackwardWeight = -PacSumRanker.MaxWeight, Threshold = 0 },
        });
        string text = string.Concat(Enumerable.Range(0, 300).Select(i => $"The ferry number {i % 7} crossed the harbor with cars and people on board. "));

        Summary summary = summarizer.Summarize(text, "ferry harbor");

        Assert.All(summary.Sentences, s => Assert.True(double.IsFinite(s.Score)));
    }

    [Fact]
    public void Rankers_BoundaryValues_AreAccepted()
    {
        var pageRank = new PageRankRanker { Damping = 0.999, Tolerance = double.Epsilon, MaxIterations = 1, PositionBias = 0, QueryWeight = 1 };
        var pacSum = new PacSumRanker { ForwardWeight = -3, BackwardWeight = 0, Threshold = 0, QueryWeight = 0 };
        Assert.Equal(1, pageRank.MaxIterations);
        Assert.Equal(0, pacSum.Threshold);
        foreach (SentenceRanker ranker in new SentenceRanker[] { pageRank, pacSum })
        {
            Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = ranker }).Summarize(s_text, "library", SummaryBudget.Sentences(2));
            Assert.Equal(2, summary.Sentences.Count);
        }
    }

    [Fact]
    public void PageRankRanker_Parameters_ChangeTheScores()
    {
        static double[] Scores(SentenceRanker ranker) => ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = ranker, IncludeRanking = true })
            .Summarize(TestText.News).Ranking!.Select(s => s.Score).ToArray();

        double[] plain = Scores(PageRankRanker.Default);
        double[] biased = Scores(new PageRankRanker { PositionBias = 1 });
        Assert.NotEqual(plain, biased);
        Assert.True(biased[0] > plain[0]);
        Summary capped = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new PageRankRanker { MaxIterations = 1, Tolerance = 1e-15 } }).Summarize(TestText.News);
        Assert.Equal(1, capped.Diagnostics.Iterations);
        Assert.False(capped.Diagnostics.Converged);
    }

    [Fact]
    public void CustomRanker_WithoutAName_IsNamedByItsType()
    {
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new IndexRanker(name: null!) }).Summarize(TestText.News);

        Assert.Equal(nameof(IndexRanker), summary.Diagnostics.Ranker);
    }

    /// <summary>Scores each sentence by its index, so the last sentences win.</summary>
    private sealed class IndexRanker(string name = "by-index") : SentenceRanker
    {
        public int Calls { get; private set; }

        public override string Name => name;

        public override SentenceRanking Rank(RankingContext context)
        {
            Calls++;
            var scores = new double[context.SentenceCount];
            for (int i = 0; i < scores.Length; i++)
            {
                scores[i] = i;
            }

            return new SentenceRanking(scores);
        }
    }

    /// <summary>Copies out what the context offers (spans cannot outlive the call), and scores every sentence 1.</summary>
    private sealed class RecordingRanker : SentenceRanker
    {
        public RankingContext? Seen { get; private set; }

        public List<int> WordCounts { get; } = [];

        public List<int[]> Neighbours { get; } = [];

        public List<float[]> Weights { get; } = [];

        public List<int[]> Terms { get; } = [];

        public double[] Relevance { get; private set; } = [];

        public override string Name => "recording";

        public override SentenceRanking Rank(RankingContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            Seen = context;
            for (int i = 0; i < context.SentenceCount; i++)
            {
                WordCounts.Add(context.WordCountOf(i));
                Neighbours.Add(context.NeighboursOf(i).ToArray());
                Weights.Add(context.EdgeWeightsOf(i).ToArray());
                Terms.Add(context.TermsOf(i).ToArray());
            }

            Relevance = context.QueryRelevance.ToArray();
            return new SentenceRanking(Enumerable.Repeat(1.0, context.SentenceCount).ToArray());
        }
    }

    /// <summary>A user's ranker that scores every sentence the same.</summary>
    [Fact]
    public void PacSum_AHeadlineOverTheLead_DoesNotPushTheLeadDown()
    {
        // The bundled article's headline repeats the lead's words; counted as an earlier sentence, it took from the lead
        // what they share under the backward weight (the lead ranked 24th of 26). Only content sentences take part.
        string article = System.IO.File.ReadAllText(Summarizer.Testing.RepositoryFiles.PathOf("src/Summarizer.Cli/Resources/sample-article.txt"));
        Summary summary = new ExtractiveSummarizer(new SummarizerOptions { Ranker = SentenceRanker.PacSum, IncludeRanking = true }).Summarize(article);

        Assert.Equal(SentenceKind.Heading, summary.Ranking![0].Kind);
        Assert.Contains(summary.Sentences, s => s.Index == 1);
        Assert.Equal(summary.Ranking.Min(s => s.Score), summary.Ranking[0].Score);
        Assert.True(summary.Ranking[0].Score < summary.Ranking[1].Score, "the headline scores below the lead");
    }

    /// <summary>A user's ranker that breaks the contract of <see cref="SentenceRanker.Name"/>.</summary>
    private sealed class UnnamedRanker : SentenceRanker
    {
        public override string Name => null!;

        public override SentenceRanking Rank(RankingContext context) => new(new double[context.SentenceCount]);
    }

    [Fact]
    public void Summarize_RankerWithoutAName_ReportsItsTypesName_ForEveryText()
    {
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions { Ranker = new UnnamedRanker() });
        Assert.Equal(nameof(UnnamedRanker), summarizer.Summarize(TestText.Document(3, 6)).Diagnostics.Ranker);
        Assert.Equal(nameof(UnnamedRanker), summarizer.Summarize(string.Empty).Diagnostics.Ranker);
        Assert.Equal(nameof(UnnamedRanker), new UnnamedRanker().ToString());
    }

    internal sealed class ConstantRanker : SentenceRanker
    {
        public override string Name => "constant";

        public override SentenceRanking Rank(RankingContext context) => new(new double[context.SentenceCount]);
    }

    /// <summary>A user's ranker that scores a sentence the higher the later it comes.</summary>
    internal sealed class ReverseRanker : SentenceRanker
    {
        public override string Name => "reverse";

        public override SentenceRanking Rank(RankingContext context) =>
            new(Enumerable.Range(0, context.SentenceCount).Select(i => (double)i).ToArray());
    }

    private sealed class FaultyRanker(Func<RankingContext, double[]> scores) : SentenceRanker
    {
        public override string Name => "faulty";

        public override SentenceRanking Rank(RankingContext context) => new(scores(context));
    }
}
