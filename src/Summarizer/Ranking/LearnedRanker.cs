using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace Summarizer;

/// <summary>
/// Ranks sentences with gradient-boosted regression trees over features the pipeline has already computed: position,
/// length, the budget's share of the text, centrality in the TextRank and TF-IDF cosine graphs, directed centrality,
/// and similarity to the opening and to the whole document. The trees were trained offline (LambdaMART on greedy-oracle labels of
/// news and review data, with the project's tools/Training) and ship inside the library as data that it evaluates
/// itself.
/// </summary>
/// <remarks>
/// The model learns when a short summary should be the opening of a text (news at a small budget) and when it should
/// be its central content (a long abridgement, reviews). The shipped model adds a share of each sentence's TextRank
/// centrality to the trees' score (both standardized over the content sentences), which keeps it closer to the unsupervised
/// ranking on text unlike what it learned from. <see cref="Load(Stream)"/> reads a model trained with the
/// project's training tool on other data. With a query, the query relevance is added to the scores in proportion to
/// their range. Texts of more than <see cref="MaxModelSentences"/> segments (books, long reports) are far beyond the
/// documents the model learned from and are ranked by <see cref="PageRankRanker"/> instead, which also keeps them
/// near-linear in time.
/// </remarks>
public sealed class LearnedRanker : SentenceRanker
{
    private const string ResourceName = "Summarizer.Ranking.learned-ranker.model";

    private static readonly Lazy<RankingModel> s_shippedModel = new(ReadShippedModel, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<LearnedRanker> s_default = new(() => new LearnedRanker(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Null for the shipped model, which is read on first use: making options or the default ranker reads nothing.
    private readonly RankingModel? _model;
    private readonly double _queryWeight = 0.8;

    /// <summary>Creates a ranker with the model that ships in the library (set <see cref="QueryWeight"/> in an initializer).</summary>
    public LearnedRanker()
    {
    }

    private LearnedRanker(RankingModel model)
    {
        _model = model;
    }

    /// <summary>
    /// The longest text, in segments, that the model ranks; longer ones are ranked by <see cref="PageRankRanker"/>.
    /// The training documents have at most a few hundred sentences.
    /// </summary>
    public const int MaxModelSentences = 1000;

    /// <summary>The ranker with the model that ships in the library, shared; read on first use.</summary>
    public static new LearnedRanker Default => s_default.Value;

    /// <summary>The names of the features a model is evaluated on, in the order a model lists them.</summary>
    public static IReadOnlyList<string> FeatureNames => SentenceFeatures.Names;

    /// <inheritdoc/>
    public override string Name => "learned";

    /// <summary>The number of trees of the model.</summary>
    public int TreeCount => Model.TreeCount;

    /// <summary>The comment lines of the model file: the command, the data and the settings it was trained with.</summary>
    public IReadOnlyList<string> Provenance => Model.Comments;

    /// <summary>How strongly a query steers the ranking, in [0, 1]; 0.8 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1].</exception>
    public double QueryWeight
    {
        get => _queryWeight;
        init => _queryWeight = value >= 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(QueryWeight), value, "QueryWeight must be in [0, 1].");
    }

    /// <summary>Reads a model written by the project's training tool.</summary>
    /// <param name="stream">The model file, UTF-8 text.</param>
    /// <returns>A ranker that evaluates the model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a model, or its features are not <see cref="FeatureNames"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="ArgumentException">The stream does not support reading (a closed stream does not).</exception>
    public static LearnedRanker Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        RankingModel model = RankingModel.Read(reader);
        string[] expected = SentenceFeatures.Names;
        bool same = model.Features.Count == expected.Length;
        for (int i = 0; same && i < expected.Length; i++)
        {
            same = model.Features[i] == expected[i];
        }

        if (!same)
        {
            throw new InvalidDataException(
                $"The model's features ({string.Join(' ', model.Features)}) are not the ones this version computes ({string.Join(' ', expected)}).");
        }

        return new LearnedRanker(model);
    }

    /// <inheritdoc/>
    public override SentenceRanking Rank(RankingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int n = context.SentenceCount;
        if (n > MaxModelSentences)
        {
            return new PageRankRanker { QueryWeight = _queryWeight }.Rank(context);
        }

        var scores = new double[n];
        float[] rows = ArrayPool<float>.Shared.Rent(n * SentenceFeatures.Count);
        try
        {
            Span<float> features = rows.AsSpan(0, n * SentenceFeatures.Count);
            RankingModel model = Model;
            SentenceFeatures.Compute(context, features, SentenceFeatures.PartsReadBy(model));
            ScoreAll(features, n, scores);
            if (model.CentralityWeight > 0)
            {
                AddCentrality(context, scores, features, model.CentralityFeature, model.CentralityWeight);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rows);
        }

        if (context.QueryRelevanceOrNull is { } relevance)
        {
            QueryRelevance.AddTo(scores, relevance, _queryWeight);
        }

        return new SentenceRanking(scores);
    }

    /// <summary>
    /// Standardizes the tree scores over the content sentences and adds their standardized centrality feature, weighed:
    /// the trees decide, and centrality, which ranks text of every kind, steadies them where the text is unlike the
    /// training data. Only content sentences set the scales, so that furniture around a text changes none of its
    /// sentences' scores; other segments count as the least central.
    /// </summary>
    private static void AddCentrality(RankingContext context, Span<double> scores, ReadOnlySpan<float> rows, int feature, double weight)
    {
        int n = scores.Length;
        int width = SentenceFeatures.Count;
        bool[] contentArray = ArrayPool<bool>.Shared.Rent(n);
        double[] centralityArray = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Span<bool> content = contentArray.AsSpan(0, n);
            Span<double> centrality = centralityArray.AsSpan(0, n);
            SentenceFeatures.ContentSentences(context, content);
            double least = double.PositiveInfinity;
            for (int i = 0; i < n; i++)
            {
                centrality[i] = rows[(i * width) + feature];
                least = content[i] ? Math.Min(least, centrality[i]) : least;
            }

            (double scoreMean, double scoreDeviation) = MeanAndDeviation(scores, content);
            (double centralityMean, double centralityDeviation) = MeanAndDeviation(centrality, content);
            for (int i = 0; i < n; i++)
            {
                double tree = scoreDeviation > 0 ? (scores[i] - scoreMean) / scoreDeviation : 0;
                double central = centralityDeviation > 0 ? ((content[i] ? centrality[i] : least) - centralityMean) / centralityDeviation : 0;
                scores[i] = tree + (weight * central);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(centralityArray);
            ArrayPool<bool>.Shared.Return(contentArray);
        }
    }

    /// <summary>The mean and the standard deviation of the values where <paramref name="included"/> is set.</summary>
    private static (double Mean, double Deviation) MeanAndDeviation(ReadOnlySpan<double> values, ReadOnlySpan<bool> included)
    {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (included[i])
            {
                sum += values[i];
                count++;
            }
        }

        double mean = sum / count;
        double variance = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (included[i])
            {
                variance += (values[i] - mean) * (values[i] - mean);
            }
        }

        return (mean, Math.Sqrt(variance / count));
    }

    /// <summary>Whether the ranker evaluates the model that ships in the library rather than one read by <see cref="Load(Stream)"/>.</summary>
    public bool IsShippedModel => _model is null;

    private RankingModel Model => _model ?? s_shippedModel.Value;

    /// <summary>The parts of the features that the model reads, which are all that <see cref="Rank"/> computes.</summary>
    internal SentenceFeatures.Parts FeatureParts => SentenceFeatures.PartsReadBy(Model);

    /// <summary>The weight of the model's centrality term (0: none).</summary>
    internal double CentralityWeight => Model.CentralityWeight;

    /// <summary>The feature of the model's centrality term, -1 for none.</summary>
    internal int CentralityFeature => Model.CentralityFeature;

    /// <summary>Scores feature rows directly (the training tool checks the exported trees against its own predictions).</summary>
    internal double Score(ReadOnlySpan<float> row) => Model.Score(row);

    /// <summary>Scores <paramref name="count"/> feature rows, one after another in <paramref name="rows"/>, into <paramref name="scores"/>.</summary>
    internal void ScoreAll(ReadOnlySpan<float> rows, int count, Span<double> scores) => Model.ScoreAll(rows, count, SentenceFeatures.Count, scores);

    private static RankingModel ReadShippedModel()
    {
        using Stream stream = typeof(LearnedRanker).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library's ranking model ({ResourceName}) is missing from the assembly.");
        return Load(stream).Model;
    }
}
