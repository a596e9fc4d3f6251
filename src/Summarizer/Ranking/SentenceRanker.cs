using System;

namespace Summarizer;

/// <summary>
/// Scores the sentences of a document: the ranking stage of an <see cref="ExtractiveSummarizer"/>. Choose a built-in
/// ranker (<see cref="Default"/>, <see cref="PageRank"/>, <see cref="PacSum"/>) configure one
/// (<see cref="PageRankRanker"/>, <see cref="PacSumRanker"/>), or derive your own. Rankers are immutable and
/// thread-safe: one instance serves any number of documents at once.
/// </summary>
/// <remarks>
/// A ranker reads what the pipeline knows of the document from a <see cref="RankingContext"/> (sentences with their
/// kinds and paragraphs, word counts, content terms, the sentence graph, the budget and its share of the text, the
/// query) and returns one score per sentence; higher is better. Selection then takes sentences by score under the
/// budget.
/// </remarks>
public abstract class SentenceRanker
{
    /// <summary>Initializes a ranker.</summary>
    protected SentenceRanker()
    {
    }

    /// <summary>
    /// The default ranker: <see cref="Learned"/>. On held-out documents of the dev sets' kinds it stays with
    /// <see cref="PageRank"/> on reviews and on long news abridgements and is far ahead on short news digests; it is
    /// behind PageRank on BBC at 3 sentences and, out of domain, in general. The README's quality section has the
    /// figures.
    /// </summary>
    public static SentenceRanker Default => LearnedRanker.Default;

    /// <summary>TextRank: weighted PageRank over the sentence graph with the default parameters of <see cref="PageRankRanker"/>.</summary>
    public static SentenceRanker PageRank => PageRankRanker.Default;

    /// <summary>The learned ranker with the model that ships in the library (<see cref="LearnedRanker.Default"/>).</summary>
    public static SentenceRanker Learned => LearnedRanker.Default;

    /// <summary>Position-aware directed centrality (PacSum) with the default parameters of <see cref="PacSumRanker"/>.</summary>
    public static SentenceRanker PacSum => PacSumRanker.Default;

    /// <summary>A short name for diagnostics, such as <c>pagerank</c> or <c>learned</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The <see cref="Name"/> that diagnostics report: the type's name for a ranker whose name is null or blank.</summary>
    internal string DiagnosticName => string.IsNullOrWhiteSpace(Name) ? GetType().Name : Name;

    /// <summary>Scores every sentence of the document in <paramref name="context"/>.</summary>
    /// <param name="context">What the pipeline knows of the document.</param>
    /// <returns>One finite score per sentence of <see cref="RankingContext.Sentences"/>, higher for better ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><see cref="RankingContext.CancellationToken"/> was cancelled.</exception>
    public abstract SentenceRanking Rank(RankingContext context);

    /// <inheritdoc/>
    public override string ToString() => DiagnosticName;
}
