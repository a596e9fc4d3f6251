using System;
using System.Buffers;

namespace Summarizer;

/// <summary>
/// The one TF-IDF weighting of the library: a term counted <c>tf</c> times in a sentence weighs
/// <c>tf * (ln((N + 1) / (df + 1)) + 1)</c>, where N is the number of units (the document's sentences, or the
/// documents of a background corpus) and df how many of them hold the term. The cosine similarity, the query relevance
/// and the redundancy check all weigh terms here.
/// </summary>
internal static class TfIdf
{
    /// <summary>The inverse document frequency of a term held by <paramref name="frequency"/> of <paramref name="unitCount"/> units.</summary>
    public static double Idf(double unitCount, double frequency) => Math.Log((unitCount + 1) / (frequency + 1.0)) + 1;

    /// <summary>The IDF of every term of <paramref name="statistics"/>.</summary>
    public static float[] Idf(TermStatistics statistics)
    {
        float[] df = statistics.Frequencies;
        var idf = new float[df.Length];
        double[] values = ArrayPool<double>.Shared.Rent(df.Length);
        FrequencyFunction.Apply<IdfFunction>(statistics.UnitCount, df, values);
        for (int t = 0; t < df.Length; t++)
        {
            idf[t] = (float)values[t];
        }

        ArrayPool<double>.Shared.Return(values);
        return idf;
    }

    /// <summary>The IDF of every term of <paramref name="matrix"/> over its own sentences, as <see cref="Idf(TermMatrix, int)"/>.</summary>
    public static void Idf(TermMatrix matrix, Span<double> idf) => FrequencyFunction.Apply<IdfFunction>(matrix, idf);

    /// <summary>The IDF of term <paramref name="term"/> over the sentences of <paramref name="matrix"/>.</summary>
    public static double Idf(TermMatrix matrix, int term) => Idf(matrix.SentenceCount, matrix.SentenceFrequency(term));

    /// <summary>The weight of matrix entry <paramref name="entry"/> with the document's own sentence frequencies.</summary>
    public static double Weight(TermMatrix matrix, int entry) => matrix.Counts[entry] * Idf(matrix, matrix.Terms[entry]);

    /// <summary>
    /// Writes the unit-length TF-IDF row of <paramref name="sentence"/> into its entries of <paramref name="weights"/>
    /// (indexed like the matrix entries), so that a cosine is a plain dot product; an empty row stays zero.
    /// </summary>
    public static void UnitRow(TermMatrix matrix, int sentence, Span<float> weights) => UnitRow(matrix, [], sentence, weights);

    /// <summary>As above, with the IDF of every term given (<see cref="Idf(TermMatrix, Span{double})"/>), or computed per entry when empty.</summary>
    public static void UnitRow(TermMatrix matrix, ReadOnlySpan<double> idf, int sentence, Span<float> weights)
    {
        double squares = 0;
        int start = matrix.RowStarts[sentence];
        int end = matrix.RowStarts[sentence + 1];
        for (int e = start; e < end; e++)
        {
            double w = idf.IsEmpty ? Weight(matrix, e) : matrix.Counts[e] * idf[matrix.Terms[e]];
            weights[e] = (float)w;
            squares += w * w;
        }

        float inverse = squares > 0 ? (float)(1 / Math.Sqrt(squares)) : 0;
        for (int e = start; e < end; e++)
        {
            weights[e] *= inverse;
        }
    }

    /// <summary><see cref="Idf(double, double)"/> as a frequency function.</summary>
    private readonly struct IdfFunction : IFrequencyFunction
    {
        public static double Of(double unitCount, double frequency) => Idf(unitCount, frequency);
    }
}
