using System;

namespace Summarizer;

/// <summary>
/// The lead weight of <see cref="SummarizerOptions.LeadWeight"/>: PageRank scores multiplied by
/// <c>1 + weight * exp(-i / decay) * strength</c>, the strength falling from 1 to 0 as the budget grows from
/// <see cref="FullShare"/> to <see cref="NoShare"/> of the text.
/// </summary>
internal static class LeadWeighting
{
    /// <summary>At or below this share of the text the budget gets the full lead weight.</summary>
    public const double FullShare = 0.12;

    /// <summary>At or above this share of the text the budget gets no lead weight.</summary>
    public const double NoShare = 0.25;

    /// <summary>The strength, in [0, 1], for a budget that is <paramref name="budgetShare"/> of the text.</summary>
    public static double Strength(double budgetShare) => Math.Clamp((NoShare - budgetShare) / (NoShare - FullShare), 0, 1);

    /// <summary>Multiplies the scores in place; sentences past the point where the boost no longer changes a double are left alone.</summary>
    public static void Apply(double[] scores, double weight, double decay, double strength)
    {
        double boost = weight * strength;
        if (!(boost > 0))
        {
            return;
        }

        for (int i = 0; i < scores.Length; i++)
        {
            double factor = boost * Math.Exp(-i / decay);
            if (factor < 1e-17)
            {
                // 1 + factor rounds to 1 from here on.
                break;
            }

            scores[i] *= 1 + factor;
        }
    }
}
