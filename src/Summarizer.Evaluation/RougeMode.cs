namespace Summarizer.Evaluation;

/// <summary>Which reference implementation's semantics a <see cref="RougeScorer"/> reproduces.</summary>
public enum RougeMode
{
    /// <summary>
    /// Google's <c>rouge_score</c> package: lower-case, <c>[^a-z0-9]+</c> separates tokens, optional NLTK Porter
    /// stemming of tokens longer than 3 characters, F1 = 2PR/(P+R), several references scored by the best F1.
    /// </summary>
    RougeScore = 0,

    /// <summary>
    /// The original <c>ROUGE-1.5.5.pl</c> with sentence-per-line input and <c>-f A</c>: ASCII lower-casing,
    /// every non-alphanumeric a separator, optional WordNet-2.0 exception list then its Porter stemmer
    /// (<c>-m</c>), optional word (<c>-l</c>) or byte (<c>-b</c>) limits and stop-word removal (<c>-s</c>),
    /// counts pooled over references, and per-document scores rounded to 5 places.
    /// </summary>
    Rouge155 = 1,
}
