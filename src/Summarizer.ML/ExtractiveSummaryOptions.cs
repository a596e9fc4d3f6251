namespace Summarizer.ML;

/// <summary>
/// Options of the <see cref="ExtractiveSummaryEstimator"/>: the core summarizer options and the optional extra output
/// columns. Immutable once built; set them with object initializers.
/// </summary>
/// <remarks>
/// Everything here is saved with the model. Only what can be written down survives that, so
/// <see cref="Summarizer"/> must use no splitter of its own (the language's, saved as the language) or a built-in one
/// (<see cref="Language.Splitter"/>, <see cref="SentenceSplitter.Presplit"/>), a built-in similarity (<see cref="SentenceSimilarity.TextRank"/>,
/// <see cref="SentenceSimilarity.Bm25"/>, <see cref="SentenceSimilarity.Bm25Plus"/>, <see cref="SentenceSimilarity.Cosine"/>),
/// no background frequencies, and a sentence, ratio, word or character budget (not a token budget, whose tokenizer
/// cannot be saved). The estimator checks this when it is made.
/// </remarks>
public sealed class ExtractiveSummaryOptions
{
    /// <summary>The number of keywords when <see cref="KeywordsColumnName"/> is set and <see cref="SummarizerOptions.KeywordCount"/> is 0.</summary>
    public const int DefaultKeywordCount = 5;

    /// <summary>The default options (three-sentence summaries, no extra columns), shared.</summary>
    public static ExtractiveSummaryOptions Default { get; } = new();

    /// <summary>The options of the core summarizer; <see cref="SummarizerOptions.Default"/> by default.</summary>
    public SummarizerOptions Summarizer { get; init; } = SummarizerOptions.Default;

    /// <summary>
    /// The name of a column that receives the document's keyphrases, best first, as a variable-length vector of text;
    /// null, the default, adds no column and extracts no keywords. The number of keywords is
    /// <see cref="SummarizerOptions.KeywordCount"/>, or <see cref="DefaultKeywordCount"/> when that is 0.
    /// </summary>
    public string? KeywordsColumnName { get; init; }

    /// <summary>
    /// The name of a column that receives where the chosen sentences are in the input text, as a variable-length
    /// vector of <see cref="int"/> pairs <c>[start0, length0, start1, length1, ...]</c> in UTF-16 code units, in the
    /// order of the summary; null, the default, adds no column.
    /// </summary>
    public string? SentenceOffsetsColumnName { get; init; }

    /// <summary>The keyword count the transform uses: keywords only when a keywords column is asked for.</summary>
    internal int EffectiveKeywordCount =>
        KeywordsColumnName is null ? 0 : Summarizer.KeywordCount > 0 ? Summarizer.KeywordCount : DefaultKeywordCount;
}
