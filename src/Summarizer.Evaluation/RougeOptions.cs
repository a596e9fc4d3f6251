using System.Collections.Generic;

namespace Summarizer.Evaluation;

/// <summary>Options of a <see cref="RougeScorer"/>.</summary>
/// <remarks>
/// <see cref="WordLimit"/>, <see cref="ByteLimit"/> and <see cref="StopWords"/> exist only in ROUGE-1.5.5 and are
/// accepted only with <see cref="RougeMode.Rouge155"/>; they are validated by <see cref="RougeScorer.Create"/>.
/// </remarks>
public sealed class RougeOptions
{
    private static readonly int[] s_defaultOrders = [1, 2];

    /// <summary>
    /// The default options: <see cref="RougeMode.RougeScore"/> semantics with stemming, ROUGE-1 and ROUGE-2
    /// (plus ROUGE-L and ROUGE-Lsum, which are always computed).
    /// </summary>
    public static RougeOptions Default { get; } = new();

    /// <summary>The semantics to reproduce. Default <see cref="RougeMode.RougeScore"/>.</summary>
    public RougeMode Mode { get; init; } = RougeMode.RougeScore;

    /// <summary>
    /// Whether tokens longer than 3 characters are stemmed: NLTK's Porter stemmer in
    /// <see cref="RougeMode.RougeScore"/>, the WordNet-2.0 exception list then ROUGE-1.5.5's Porter stemmer
    /// (<c>-m</c>) in <see cref="RougeMode.Rouge155"/>. Default true.
    /// </summary>
    public bool Stem { get; init; } = true;

    /// <summary>
    /// The n-gram orders of ROUGE-N to compute, each at least 1 (any order, e.g. 1, 2, 3). Default 1 and 2.
    /// </summary>
    public IReadOnlyList<int> NGramOrders { get; init; } = s_defaultOrders;

    /// <summary>
    /// ROUGE-1.5.5 <c>-l N</c>: only the first N words (whitespace-separated, before normalization) of the
    /// candidate and of each reference are scored. 0 (the default) means no limit.
    /// </summary>
    public int WordLimit { get; init; }

    /// <summary>
    /// ROUGE-1.5.5 <c>-b N</c>: only the first N bytes (UTF-8) of the candidate and of each reference are scored,
    /// with ROUGE-1.5.5's own handling of ROUGE-L (each sentence is checked against the limit on its own).
    /// 0 (the default) means no limit. Cannot be combined with <see cref="WordLimit"/>.
    /// </summary>
    public int ByteLimit { get; init; }

    /// <summary>
    /// ROUGE-1.5.5 <c>-s</c>: tokens in this set (lower-case, compared ordinally after normalization and before
    /// stemming) are removed before counting. Null (the default) keeps every token. ROUGE-1.5.5 uses its
    /// <c>smart_common_words.txt</c>, which is not shipped with this package because its licence is unclear.
    /// </summary>
    public IReadOnlySet<string>? StopWords { get; init; }
}
