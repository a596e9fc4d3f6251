using System;
using System.Collections.Generic;

namespace Summarizer.Evaluation;

/// <summary>Aggregates per-document <see cref="RougeScores"/> over a corpus.</summary>
/// <remarks>
/// Like rouge_score's <c>BootstrapAggregator</c>: each of <c>samples</c> resamples draws as many documents as
/// there are, with replacement, and takes their mean; the interval is the (1 - confidence)/2, 0.5 and
/// 1 - (1 - confidence)/2 percentiles of those means (linear interpolation, as <c>numpy.percentile</c>). The draws
/// come from <see cref="Random"/> seeded with <c>seed</c>, so a seed always gives the same interval.
/// </remarks>
public static class RougeAggregator
{
    /// <summary>The default number of bootstrap resamples (as rouge_score and ROUGE-1.5.5).</summary>
    public const int DefaultSamples = 1000;

    /// <summary>The most bootstrap resamples: the resampled means take 8 bytes per measure and resample.</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 42;

    /// <summary>Means and bootstrap intervals of every measure.</summary>
    /// <param name="scores">One entry per document, all from scorers with the same n-gram orders.</param>
    /// <param name="samples">Bootstrap resamples, from 1 to <see cref="MaxSamples"/>.</param>
    /// <param name="confidence">Confidence of the interval, in (0, 1).</param>
    /// <param name="seed">Seed of the resampling.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> or one of its entries is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is empty or mixes n-gram orders.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samples"/> or <paramref name="confidence"/> is out of range.</exception>
    public static RougeAggregate Aggregate(IReadOnlyList<RougeScores> scores, int samples = DefaultSamples, double confidence = 0.95, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(samples, MaxSamples);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence must be strictly between 0 and 1.");
        }

        if (scores.Count == 0)
        {
            throw new ArgumentException("There are no scores to aggregate.", nameof(scores));
        }

        int[] orders = (scores[0] ?? throw new ArgumentNullException(nameof(scores), "A score is null.")).Orders;
        int measures = orders.Length + 2;
        int columns = measures * 3;
        int documents = scores.Count;
        double[] matrix = new double[documents * columns];
        for (int d = 0; d < documents; d++)
        {
            RougeScores s = scores[d] ?? throw new ArgumentNullException(nameof(scores), "A score is null.");
            if (!s.Orders.AsSpan().SequenceEqual(orders))
            {
                throw new ArgumentException("All scores must have the same n-gram orders.", nameof(scores));
            }

            for (int m = 0; m < measures; m++)
            {
                RougeScore score = m < orders.Length ? s.NGramAt(m) : m == orders.Length ? s.RougeL : s.RougeLsum;
                int at = (d * columns) + (m * 3);
                matrix[at] = score.Precision;
                matrix[at + 1] = score.Recall;
                matrix[at + 2] = score.F1;
            }
        }

        double[] mean = new double[columns];
        for (int d = 0; d < documents; d++)
        {
            for (int c = 0; c < columns; c++)
            {
                mean[c] += matrix[(d * columns) + c];
            }
        }

        for (int c = 0; c < columns; c++)
        {
            mean[c] /= documents;
        }

        // samples x columns bootstrap means, stored column-major for sorting.
        double[] resampled = new double[columns * samples];
        double[] sums = new double[columns];
        Random random = new(seed);
        for (int s = 0; s < samples; s++)
        {
            Array.Clear(sums);
            for (int i = 0; i < documents; i++)
            {
                int row = random.Next(documents) * columns;
                for (int c = 0; c < columns; c++)
                {
                    sums[c] += matrix[row + c];
                }
            }

            for (int c = 0; c < columns; c++)
            {
                resampled[(c * samples) + s] = sums[c] / documents;
            }
        }

        double tail = (1 - confidence) / 2;
        double[] low = new double[columns];
        double[] mid = new double[columns];
        double[] high = new double[columns];
        for (int c = 0; c < columns; c++)
        {
            Span<double> column = resampled.AsSpan(c * samples, samples);
            column.Sort();
            low[c] = Percentile(column, tail);
            mid[c] = Percentile(column, 0.5);
            high[c] = Percentile(column, 1 - tail);
        }

        RougeInterval[] intervals = new RougeInterval[measures];
        for (int m = 0; m < measures; m++)
        {
            int at = m * 3;
            intervals[m] = new RougeInterval(
                new RougeScore(mean[at], mean[at + 1], mean[at + 2]),
                new RougeScore(low[at], low[at + 1], low[at + 2]),
                new RougeScore(mid[at], mid[at + 1], mid[at + 2]),
                new RougeScore(high[at], high[at + 1], high[at + 2]));
        }

        return new RougeAggregate(documents, orders, intervals[..orders.Length], intervals[orders.Length], intervals[orders.Length + 1]);
    }

    /// <summary>numpy's default ("linear") percentile of sorted values, <paramref name="q"/> in [0, 1].</summary>
    internal static double Percentile(ReadOnlySpan<double> sorted, double q)
    {
        double position = q * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        double fraction = position - below;
        return sorted[below] + ((sorted[above] - sorted[below]) * fraction);
    }
}
