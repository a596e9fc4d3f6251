using System;
using System.Numerics.Tensors;

namespace Summarizer;

/// <summary>
/// LexRank: the cosine of TF-IDF vectors (<see cref="TfIdf"/>); thresholded, a pair is
/// linked with weight 1 when its cosine reaches the threshold.
/// </summary>
internal sealed class CosineSimilarity : SentenceSimilarity
{
    private readonly float _threshold;

    public CosineSimilarity(double threshold)
    {
        _threshold = (float)threshold;
        Name = threshold > 0 ? "cosine(threshold=" + Format(threshold) + ")" : "cosine";
    }

    public override string Name { get; }

    internal override bool IsSymmetric => true;

    internal override SimilarityWeights Weigh(TermMatrix matrix, TermStatistics statistics)
    {
        float[] idf = TfIdf.Idf(statistics);
        var weights = new float[matrix.EntryCount];
        for (int e = 0; e < weights.Length; e++)
        {
            weights[e] = matrix.Counts[e] * idf[matrix.Terms[e]];
        }

        // Element-wise products vectorize without changing results; the reductions stay scalar so that the sums
        // (and so the ranking) are bit-for-bit the same on every machine whatever its vector width.
        var squares = new float[weights.Length];
        TensorPrimitives.Multiply(weights, weights, squares);
        var norms = new float[matrix.SentenceCount];
        for (int s = 0; s < norms.Length; s++)
        {
            double sum = 0;
            for (int e = matrix.RowStarts[s]; e < matrix.RowStarts[s + 1]; e++)
            {
                sum += squares[e];
            }

            norms[s] = (float)Math.Sqrt(sum);
        }

        return new SimilarityWeights(weights, weights, norms);
    }

    internal override float Combine(float forward, float backward, float normI, float normJ)
    {
        float denominator = normI * normJ;
        float cosine = denominator > 0 ? forward / denominator : 0;
        if (_threshold > 0)
        {
            return cosine >= _threshold ? 1f : 0f;
        }

        return cosine;
    }
}
