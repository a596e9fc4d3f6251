using System;
using System.Runtime.CompilerServices;

namespace Summarizer;

/// <summary>A function of how many units hold a term (an IDF), picked as a generic operator struct.</summary>
internal interface IFrequencyFunction
{
    /// <summary>The value for a term held by <paramref name="frequency"/> units.</summary>
    static abstract double Of(double unitCount, double frequency);
}

/// <summary>
/// Evaluates an <see cref="IFrequencyFunction"/> for every term of a document. Frequencies are whole counts, most of
/// them small, and a document has far more terms than distinct counts: each small count's value is computed once
/// (the same call on the same arguments, so the same bits), which saves two logarithms a term.
/// </summary>
internal static class FrequencyFunction
{
    /// <summary>Counts below this are remembered (a stack table of doubles).</summary>
    private const int RememberedCounts = 128;

    /// <summary>Writes the function of each of <paramref name="frequencies"/> to <paramref name="values"/>.</summary>
    public static void Apply<TFunction>(double unitCount, ReadOnlySpan<float> frequencies, Span<double> values)
        where TFunction : IFrequencyFunction
    {
        Span<double> known = stackalloc double[RememberedCounts];
        known.Fill(double.NaN);
        for (int t = 0; t < frequencies.Length; t++)
        {
            values[t] = Of<TFunction>(unitCount, frequencies[t], known);
        }
    }

    /// <summary>As above, for the frequencies of a matrix's terms among its own sentences.</summary>
    public static void Apply<TFunction>(TermMatrix matrix, Span<double> values)
        where TFunction : IFrequencyFunction
    {
        Span<double> known = stackalloc double[RememberedCounts];
        known.Fill(double.NaN);
        for (int t = 0; t < matrix.TermCount; t++)
        {
            values[t] = Of<TFunction>(matrix.SentenceCount, matrix.SentenceFrequency(t), known);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Of<TFunction>(double unitCount, double frequency, Span<double> known)
        where TFunction : IFrequencyFunction
    {
        int count = (int)frequency;
        if (count != frequency || (uint)count >= (uint)known.Length)
        {
            return TFunction.Of(unitCount, frequency);
        }

        if (double.IsNaN(known[count]))
        {
            known[count] = TFunction.Of(unitCount, frequency);
        }

        return known[count];
    }
}
