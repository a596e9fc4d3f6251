using System;

namespace Summarizer;

/// <summary>TextRank overlap: |Si ∩ Sj| / (log|Si| + log|Sj|), with |S| the number of term occurrences.</summary>
internal sealed class TextRankSimilarity : SentenceSimilarity
{
    public override string Name => "textrank";

    internal override bool IsSymmetric => true;

    internal override SimilarityWeights Weigh(TermMatrix matrix, TermStatistics statistics)
    {
        var ones = new float[matrix.EntryCount];
        Array.Fill(ones, 1f);
        var norms = new float[matrix.SentenceCount];
        for (int s = 0; s < norms.Length; s++)
        {
            norms[s] = matrix.Lengths[s] > 0 ? MathF.Log(matrix.Lengths[s]) : 0;
        }

        return new SimilarityWeights(ones, ones, norms);
    }

    internal override float Combine(float forward, float backward, float normI, float normJ) => Weight(forward, normI, normJ);

    /// <summary>The weight of a pair that shares <paramref name="shared"/> terms (the graph builder counts them).</summary>
    internal static float Weight(float shared, float normI, float normJ)
    {
        float denominator = normI + normJ;
        return denominator > 0 ? shared / denominator : 0;
    }
}
