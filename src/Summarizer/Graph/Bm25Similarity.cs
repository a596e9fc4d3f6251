using System;

namespace Summarizer;

/// <summary>
/// BM25 / BM25+: the score of sentence j for the query sentence i is
/// <c>sum_t qtf_i(t) * idf(t) * (tf_j(t) (k1 + 1) / (tf_j(t) + k1 (1 - b + b |Sj| / avg|S|)) + delta)</c>, with
/// <c>idf = log((N - df + 0.5) / (df + 0.5))</c> and negative values replaced by epsilon times the mean IDF
/// (Barrios et al. 2016); the edge weight is the mean of both directions.
/// </summary>
internal sealed class Bm25Similarity : SentenceSimilarity
{
    private readonly double _k1;
    private readonly double _b;
    private readonly double _delta;
    private readonly double _epsilon;

    public Bm25Similarity(double k1, double b, double delta, double epsilon)
    {
        _k1 = k1;
        _b = b;
        _delta = delta;
        _epsilon = epsilon;
        Name = (delta > 0 ? "bm25+(k1=" : "bm25(k1=") + Format(k1) + ",b=" + Format(b)
            + (delta > 0 ? ",delta=" + Format(delta) : string.Empty) + ")";
    }

    public override string Name { get; }

    internal override bool IsSymmetric => false;

    internal static float[] Idf(TermStatistics statistics, double epsilon)
    {
        float[] df = statistics.Frequencies;
        var idf = new double[df.Length];
        FrequencyFunction.Apply<IdfFunction>(statistics.UnitCount, df, idf);
        double sum = 0;
        for (int t = 0; t < df.Length; t++)
        {
            sum += idf[t];
        }

        double floor = df.Length > 0 ? epsilon * sum / df.Length : 0;
        var result = new float[df.Length];
        for (int t = 0; t < df.Length; t++)
        {
            result[t] = (float)(idf[t] < 0 ? floor : idf[t]);
        }

        return result;
    }

    internal override SimilarityWeights Weigh(TermMatrix matrix, TermStatistics statistics)
    {
        float[] idf = Idf(statistics, _epsilon);
        double average = 0;
        for (int s = 0; s < matrix.SentenceCount; s++)
        {
            average += matrix.Lengths[s];
        }

        average = matrix.SentenceCount > 0 ? average / matrix.SentenceCount : 0;
        var document = new float[matrix.EntryCount];
        for (int s = 0; s < matrix.SentenceCount; s++)
        {
            double lengthFactor = _k1 * (1 - _b + (average > 0 ? _b * matrix.Lengths[s] / average : 0));
            for (int e = matrix.RowStarts[s]; e < matrix.RowStarts[s + 1]; e++)
            {
                double tf = matrix.Counts[e];
                document[e] = (float)(idf[matrix.Terms[e]] * ((tf * (_k1 + 1) / (tf + lengthFactor)) + _delta));
            }
        }

        return new SimilarityWeights(matrix.Counts, document, new float[matrix.SentenceCount]);
    }

    internal override float Combine(float forward, float backward, float normI, float normJ) => (forward + backward) * 0.5f;

    /// <summary>The IDF of BM25, <c>log((N - df + 0.5) / (df + 0.5))</c> (before the floor), as a frequency function.</summary>
    private readonly struct IdfFunction : IFrequencyFunction
    {
        public static double Of(double unitCount, double frequency) => Math.Log(Math.Max(unitCount - frequency, 0) + 0.5) - Math.Log(frequency + 0.5);
    }
}
