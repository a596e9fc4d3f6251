using System;

namespace Summarizer;

/// <summary>
/// Position-aware directed centrality in the manner of PacSum (Zheng &amp; Lapata 2019): edges to later sentences and
/// to earlier ones count with different weights. Immutable; make a variant with an object initializer, which checks
/// each value as it is set.
/// </summary>
/// <remarks>
/// centrality(i) = forward * sum over j &gt; i of e'(i,j) + backward * sum over j &lt; i of e'(i,j), with
/// e' = max(e - (min + threshold (max - min)), 0); with a query, its relevance is added in proportion to the range of
/// the centralities.
/// </remarks>
public sealed class PacSumRanker : SentenceRanker
{
    private readonly double _forwardWeight = 1.0;
    private readonly double _backwardWeight = -2.0;
    private readonly double _threshold = 0.6;
    private readonly double _queryWeight = 0.8;

    /// <summary>PacSum with the default parameters, shared.</summary>
    public static new PacSumRanker Default { get; } = new();

    /// <inheritdoc/>
    public override string Name => "pacsum";

    /// <summary>
    /// The largest weight, in absolute value: only the ratio of the two weights and their signs change the ranking,
    /// and a bound keeps every centrality, and the range a query is scaled by, finite on any text.
    /// </summary>
    public const double MaxWeight = 1e6;

    /// <summary>The weight of edges to later sentences; in [-<see cref="MaxWeight"/>, <see cref="MaxWeight"/>], 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [-<see cref="MaxWeight"/>, <see cref="MaxWeight"/>] (NaN included).</exception>
    public double ForwardWeight
    {
        get => _forwardWeight;
        init => _forwardWeight = CheckWeight(value, nameof(ForwardWeight));
    }

    /// <summary>
    /// The weight of edges to earlier sentences (negative penalizes repeating what came before); in
    /// [-<see cref="MaxWeight"/>, <see cref="MaxWeight"/>], -2 by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [-<see cref="MaxWeight"/>, <see cref="MaxWeight"/>] (NaN included).</exception>
    public double BackwardWeight
    {
        get => _backwardWeight;
        init => _backwardWeight = CheckWeight(value, nameof(BackwardWeight));
    }

    /// <summary>Edge weights below <c>min + Threshold (max - min)</c> are dropped and the rest shifted down by it; in [0, 1), 0.6 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1).</exception>
    public double Threshold
    {
        get => _threshold;
        init => _threshold = value >= 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Threshold), value, "Threshold must be in [0, 1).");
    }

    /// <summary>How strongly a query steers the ranking, in [0, 1]; 0.8 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1].</exception>
    public double QueryWeight
    {
        get => _queryWeight;
        init => _queryWeight = value >= 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(QueryWeight), value, "QueryWeight must be in [0, 1].");
    }

    /// <summary>
    /// PacSum's centrality over the content sentences only (<see cref="SentenceFeatures.ContentSentences"/>): a headline,
    /// a heading or a list item would count as an earlier sentence, and the lead, which repeats the headline's words,
    /// would lose by the backward weight what it shares with it (on the bundled article the lead ranked 24th of 26 under
    /// its headline). Other segments score below every content sentence.
    /// </summary>
    private SentenceRanking RankContent(RankingContext context)
    {
        int n = context.SentenceCount;
        var content = new bool[n];
        int m = SentenceFeatures.ContentSentences(context, content);
        if (m == n || m == 0)
        {
            return PacSumCentrality.Rank(context.Graph, _forwardWeight, _backwardWeight, _threshold);
        }

        TermMatrix matrix = TermMatrix.RentSubset(context.Matrix, content);
        try
        {
            double[] own = PacSumCentrality.Rank(context.GraphOf(matrix, context.Similarity), _forwardWeight, _backwardWeight, _threshold).Scores;
            double least = double.PositiveInfinity;
            foreach (double score in own)
            {
                least = Math.Min(least, score);
            }

            var scores = new double[n];
            for (int s = 0, j = 0; s < n; s++)
            {
                scores[s] = content[s] ? own[j++] : least - 1;
            }

            return new SentenceRanking(scores);
        }
        finally
        {
            matrix.Return();
        }
    }

    private static double CheckWeight(double value, string name) =>
        value is >= -MaxWeight and <= MaxWeight ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [-{MaxWeight:0.#}, {MaxWeight:0.#}].");

    /// <inheritdoc/>
    public override SentenceRanking Rank(RankingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SentenceRanking ranking = RankContent(context);
        if (context.QueryRelevanceOrNull is { } relevance)
        {
            QueryRelevance.AddTo(ranking.Scores, relevance, _queryWeight);
        }

        return ranking;
    }
}
