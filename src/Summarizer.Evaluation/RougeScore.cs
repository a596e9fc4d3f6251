using System.Globalization;

namespace Summarizer.Evaluation;

/// <summary>Precision, recall and F1 of one ROUGE measure.</summary>
/// <param name="Precision">Matched units over the candidate's units.</param>
/// <param name="Recall">Matched units over the reference's units.</param>
/// <param name="F1">The harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/> (0 when both are 0).</param>
public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    /// <summary>All three values zero.</summary>
    public static RougeScore Zero => default;

    /// <summary>Formats the score as <c>P=… R=… F1=…</c> with 5 decimals, invariant culture.</summary>
    /// <returns>The formatted score.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P={Precision:F5} R={Recall:F5} F1={F1:F5}");
}
