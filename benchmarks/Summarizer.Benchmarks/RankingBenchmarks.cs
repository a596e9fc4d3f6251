using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>PageRank power iteration, PacSum centrality, the learned ranker (features, trees), selection, and the whole pipeline end to end.</summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private string _text = null!;
    private IReadOnlyList<SentenceSpan> _spans = null!;
    private DocumentTerms _terms = null!;
    private TermMatrix _matrix = null!;
    private SentenceGraph _graph = null!;
    private double[]? _prior;
    private double[] _scores = null!;
    private int[] _order = null!;
    private float[] _features = null!;
    private double[] _treeScores = null!;
    private static readonly ExtractiveSummarizer s_pageRank = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.PageRank });

    [Params(26, 1000, 20000)]
    public int Sentences { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkText.Document(7, Sentences);
        _spans = SentenceSplitter.Default.Split(_text);
        _terms = DocumentTerms.Build(_text, _spans, CancellationToken.None);
        _matrix = TermMatrix.Build(_terms, CancellationToken.None);
        SummarizerOptions options = SummarizerOptions.Default;
        SimilarityWeights weights = options.Similarity.Weigh(_matrix, TermStatistics.Create(_matrix, _terms, null));
        _graph = SentenceGraphBuilder.Build(_matrix, options.Similarity, weights, options.MaxEdgesPerSentence, options.MaxTermSentences, CancellationToken.None);
        PageRankRanker pageRank = PageRankRanker.Default;
        _prior = PageRankRanker.Personalization(_spans.Count, pageRank.PositionBias, null, pageRank.QueryWeight);
        _scores = PageRank.Rank(_graph, _prior, pageRank.Damping, pageRank.Tolerance, pageRank.MaxIterations, CancellationToken.None).Scores;
        _order = SentenceSelector.RankOrder(_scores);
        _features = SentenceFeatures.Compute(Context());
        _treeScores = new double[_spans.Count];
    }

    /// <summary>The features the shipped model reads (two graphs, one PageRank, and the similarity and position features), as the learned ranker computes them.</summary>
    [Benchmark]
    public float[] LearnedFeatures()
    {
        RankingContext context = Context();
        var rows = new float[context.SentenceCount * SentenceFeatures.Count];
        SentenceFeatures.Compute(context, rows, LearnedRanker.Default.FeatureParts);
        return rows;
    }

    /// <summary>The learned ranker's trees over every sentence's features.</summary>
    [Benchmark]
    public double LearnedTrees()
    {
        LearnedRanker.Default.ScoreAll(_features, _spans.Count, _treeScores);
        return _treeScores[0];
    }

    [Benchmark]
    public int PageRankIterations() =>
        PageRank.Rank(_graph, _prior, 0.85, 1e-6, 100, CancellationToken.None).Iterations;

    [Benchmark]
    public double[] PacSum() => PacSumCentrality.Rank(_graph, 1, -2, 0.6).Scores;

    [Benchmark]
    public int Selection()
    {
        int[] order = SentenceSelector.RankOrder(_scores);
        List<int> chosen = SentenceSelector.Select(_text, _spans, _terms, _matrix, order, SummarizerOptions.Default, SummaryBudget.Sentences(5), SplittingRules.For("en"), CancellationToken.None, out _, out _);
        return chosen.Count + _order.Length;
    }

    [Benchmark]
    public Summary EndToEnd() => ExtractiveSummarizer.Default.Summarize(_text);

    [Benchmark]
    public Summary EndToEndPageRank() => s_pageRank.Summarize(_text);

    private RankingContext Context() =>
        new(_text, _spans, _terms, _matrix, SummarizerOptions.Default, SummaryBudget.Sentences(3), null, SplittingRules.For("en"), CancellationToken.None);
}
