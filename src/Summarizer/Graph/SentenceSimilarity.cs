using System;
using System.Globalization;

namespace Summarizer;

/// <summary>
/// How alike two sentences are: the edge weight of the sentence graph. Choose one of the built-in similarities
/// (<see cref="TextRank"/>, <see cref="Bm25"/>, <see cref="Bm25Plus"/>, <see cref="Cosine"/>) or make one with custom
/// parameters through the static factories. Instances are immutable and thread-safe.
/// </summary>
/// <remarks>
/// Every similarity here is a sum over the terms two sentences share, <c>sum_t a_i(t) * b_j(t)</c>, finished by a
/// normalization; that shape lets the graph builder find candidate pairs through an inverted index over terms.
/// </remarks>
public abstract class SentenceSimilarity
{
    private static readonly SentenceSimilarity s_textRank = new TextRankSimilarity();
    private static readonly SentenceSimilarity s_bm25 = new Bm25Similarity(1.2, 0.75, 0, 0.25);
    private static readonly SentenceSimilarity s_bm25Plus = new Bm25Similarity(1.2, 0.75, 1, 0.25);
    private static readonly SentenceSimilarity s_cosine = new CosineSimilarity(0);

    private protected SentenceSimilarity()
    {
    }

    /// <summary>TextRank overlap: shared distinct terms over <c>log|Si| + log|Sj|</c> (Mihalcea &amp; Tarau 2004).</summary>
    public static SentenceSimilarity TextRank => s_textRank;

    /// <summary>
    /// Okapi BM25 (k1 = 1.2, b = 0.75) with the IDF floor of Barrios et al. 2016 (negative IDF replaced by 0.25 times
    /// the mean IDF), symmetrized as the mean of the two directions.
    /// </summary>
    public static SentenceSimilarity Bm25 => s_bm25;

    /// <summary>BM25+ (Lv &amp; Zhai 2011; delta = 1) with the same IDF floor, symmetrized.</summary>
    public static SentenceSimilarity Bm25Plus => s_bm25Plus;

    /// <summary>Continuous LexRank: cosine of the TF-IDF vectors (Erkan &amp; Radev 2004).</summary>
    public static SentenceSimilarity Cosine => s_cosine;

    /// <summary>A short name for diagnostics, such as <c>bm25(k1=1.2,b=0.75)</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Makes a BM25 similarity with the IDF floor of Barrios et al. 2016.</summary>
    /// <param name="k1">Term-frequency saturation, at least 0.</param>
    /// <param name="b">Length normalization, in [0, 1].</param>
    /// <param name="epsilon">The negative-IDF floor as a fraction of the mean IDF, at least 0.</param>
    /// <returns>The similarity; <see cref="Bm25"/> itself for its own parameters (the defaults).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static SentenceSimilarity CreateBm25(double k1 = 1.2, double b = 0.75, double epsilon = 0.25)
    {
        CheckBm25(k1, b, epsilon);
        return IsDefaultBm25(k1, b, epsilon) ? s_bm25 : new Bm25Similarity(k1, b, 0, epsilon);
    }

    /// <summary>Makes a BM25+ similarity with the IDF floor of Barrios et al. 2016.</summary>
    /// <param name="k1">Term-frequency saturation, at least 0.</param>
    /// <param name="b">Length normalization, in [0, 1].</param>
    /// <param name="delta">The lower bound added to each shared term's frequency factor, at least 0.</param>
    /// <param name="epsilon">The negative-IDF floor as a fraction of the mean IDF, at least 0.</param>
    /// <returns>The similarity; <see cref="Bm25Plus"/> itself for its own parameters (the defaults).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static SentenceSimilarity CreateBm25Plus(double k1 = 1.2, double b = 0.75, double delta = 1, double epsilon = 0.25)
    {
        CheckBm25(k1, b, epsilon);
        if (!(delta >= 0) || double.IsInfinity(delta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "Delta must be a finite number of at least 0.");
        }

        return IsDefaultBm25(k1, b, epsilon) && delta == 1 ? s_bm25Plus : new Bm25Similarity(k1, b, delta, epsilon);
    }

    /// <summary>Makes a TF-IDF cosine similarity (LexRank), continuous or thresholded.</summary>
    /// <param name="threshold">0 for continuous weights; otherwise pairs with a cosine of at least this get weight 1
    /// and the others none (Erkan &amp; Radev used 0.1).</param>
    /// <returns>The similarity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in [0, 1].</exception>
    public static SentenceSimilarity CreateCosine(double threshold = 0)
    {
        if (!(threshold >= 0 && threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be in [0, 1].");
        }

        return threshold == 0 ? s_cosine : new CosineSimilarity(threshold);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>True when <c>a_i(t) = b_i(t)</c>, so one direction of the sum suffices.</summary>
    internal abstract bool IsSymmetric { get; }

    /// <summary>Computes the per-entry factors and per-sentence norms for a document.</summary>
    internal abstract SimilarityWeights Weigh(TermMatrix matrix, TermStatistics statistics);

    /// <summary>Finishes the weight of the pair (i, j) from both directions of the sum and the two norms; 0 for no edge.</summary>
    internal abstract float Combine(float forward, float backward, float normI, float normJ);

    /// <summary>The parameters of <see cref="Bm25"/> and <see cref="Bm25Plus"/>: a factory given them returns the built-in instance, which a saved model can name.</summary>
    private static bool IsDefaultBm25(double k1, double b, double epsilon) => k1 == 1.2 && b == 0.75 && epsilon == 0.25;

    private static void CheckBm25(double k1, double b, double epsilon)
    {
        if (!(k1 >= 0) || double.IsInfinity(k1))
        {
            throw new ArgumentOutOfRangeException(nameof(k1), k1, "k1 must be a finite number of at least 0.");
        }

        if (!(b >= 0 && b <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, "b must be in [0, 1].");
        }

        if (!(epsilon >= 0) || double.IsInfinity(epsilon))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "Epsilon must be a finite number of at least 0.");
        }
    }

    private protected static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>
/// The factors of a similarity for one document: <c>Query[e]</c> and <c>Document[e]</c> for each entry e of the
/// <see cref="TermMatrix"/> rows (the same array when symmetric), and a norm per sentence.
/// </summary>
internal readonly record struct SimilarityWeights(float[] Query, float[] Document, float[] Norms);

/// <summary>How many units (sentences, or documents of a background corpus) there are and how many hold each term.</summary>
internal readonly record struct TermStatistics(double UnitCount, float[] Frequencies)
{
    public static TermStatistics Create(TermMatrix matrix, DocumentTerms terms, DocumentFrequencies? background)
    {
        var frequencies = new float[matrix.TermCount];
        if (background is null)
        {
            for (int t = 0; t < frequencies.Length; t++)
            {
                frequencies[t] = matrix.SentenceFrequency(t);
            }

            return new TermStatistics(matrix.SentenceCount, frequencies);
        }

        for (int t = 0; t < frequencies.Length; t++)
        {
            frequencies[t] = background.FrequencyOf(terms.Vocabulary[t]);
        }

        return new TermStatistics(background.DocumentCount, frequencies);
    }
}
