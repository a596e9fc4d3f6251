using System;

namespace Summarizer;

/// <summary>
/// TextRank: weighted PageRank over the sentence graph, personalized by an optional position prior and by the query.
/// Immutable; make a variant with an object initializer (<c>new PageRankRanker { Damping = 0.9 }</c>), which checks
/// each value as it is set.
/// </summary>
/// <remarks>
/// score(i) = (1 - d) p(i) + d sum over neighbours j of w(j,i) / W(j) score(j), by power iteration until the L1 change
/// falls below <see cref="Tolerance"/> (Mihalcea &amp; Tarau 2004; the scores of a document sum to 1).
/// </remarks>
public sealed class PageRankRanker : SentenceRanker
{
    private readonly double _damping = 0.85;
    private readonly double _tolerance = 1e-6;
    private readonly int _maxIterations = 100;
    private readonly double _positionBias;
    private readonly double _queryWeight = 0.8;

    /// <summary>PageRank with the default parameters, shared.</summary>
    public static new PageRankRanker Default { get; } = new();

    /// <inheritdoc/>
    public override string Name => "pagerank";

    /// <summary>The damping factor, in (0, 1); 0.85 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1).</exception>
    public double Damping
    {
        get => _damping;
        init => _damping = value > 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Damping), value, "Damping must be in (0, 1).");
    }

    /// <summary>The iteration stops when the L1 change of the scores falls below this; positive, 1e-6 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a positive number.</exception>
    public double Tolerance
    {
        get => _tolerance;
        init => _tolerance = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Tolerance), value, "Tolerance must be a positive number.");
    }

    /// <summary>The iteration stops after this many iterations even if it has not converged; at least 1, 100 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxIterations
    {
        get => _maxIterations;
        init => _maxIterations = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIterations), value, "MaxIterations must be at least 1.");
    }

    /// <summary>
    /// The position prior of the personalization: sentence <c>i</c> (from 0) gets teleport weight proportional to
    /// <c>(i + 1)^-PositionBias</c>. 0, the default, gives every sentence the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public double PositionBias
    {
        get => _positionBias;
        init => _positionBias = value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(PositionBias), value, "PositionBias must be a finite number of at least 0.");
    }

    /// <summary>
    /// How strongly a query steers the ranking, in [0, 1]: the share of the personalization given to sentences by
    /// their TF-IDF cosine with the query (the rest follows the position prior); 0.8 by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1].</exception>
    public double QueryWeight
    {
        get => _queryWeight;
        init => _queryWeight = value >= 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(QueryWeight), value, "QueryWeight must be in [0, 1].");
    }

    /// <inheritdoc/>
    public override SentenceRanking Rank(RankingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double[]? personalization = Personalization(context.SentenceCount, _positionBias, context.QueryRelevanceOrNull, _queryWeight);
        return Summarizer.PageRank.Rank(context.Graph, personalization, _damping, _tolerance, _maxIterations, context.CancellationToken);
    }

    /// <summary>
    /// The teleport distribution: the position prior, mixed with the query relevance when there is one; null for
    /// uniform.
    /// </summary>
    internal static double[]? Personalization(int n, double positionBias, double[]? relevance, double queryWeight)
    {
        if (positionBias == 0 && relevance is null)
        {
            return null;
        }

        var prior = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            prior[i] = positionBias == 0 ? 1 : Math.Pow(i + 1, -positionBias);
            sum += prior[i];
        }

        for (int i = 0; i < n; i++)
        {
            prior[i] /= sum;
        }

        if (relevance is null)
        {
            return prior;
        }

        double relevanceSum = 0;
        for (int i = 0; i < n; i++)
        {
            relevanceSum += relevance[i];
        }

        if (!(relevanceSum > 0))
        {
            return prior;
        }

        for (int i = 0; i < n; i++)
        {
            prior[i] = ((1 - queryWeight) * prior[i]) + (queryWeight * relevance[i] / relevanceSum);
        }

        return prior;
    }
}
