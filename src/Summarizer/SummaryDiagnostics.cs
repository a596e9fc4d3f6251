namespace Summarizer;

/// <summary>What an <see cref="ExtractiveSummarizer"/> did to make a <see cref="Summary"/>.</summary>
public sealed class SummaryDiagnostics
{
    internal SummaryDiagnostics(
        string ranker,
        string similarity,
        int edgeCount,
        int iterations,
        bool converged,
        bool capApplied,
        BudgetUnit budgetUnit,
        double budgetLimit,
        double budgetUsed)
    {
        Ranker = ranker;
        Similarity = similarity;
        EdgeCount = edgeCount;
        Iterations = iterations;
        Converged = converged;
        CapApplied = capApplied;
        BudgetUnit = budgetUnit;
        BudgetLimit = budgetLimit;
        BudgetUsed = budgetUsed;
    }

    /// <summary>
    /// The name of the ranker asked for (<see cref="SentenceRanker.Name"/>, or its type's name when that is null or
    /// blank), such as <c>pagerank</c>; <c>learned</c> for a text of more than <see cref="LearnedRanker.MaxModelSentences"/>
    /// segments too, which the learned ranker hands to PageRank.
    /// </summary>
    public string Ranker { get; }

    /// <summary>The name of the sentence similarity, such as <c>bm25+(k1=1.2,b=0.75,delta=1)</c>.</summary>
    public string Similarity { get; }

    /// <summary>
    /// The number of undirected edges of the sentence graph of <see cref="Similarity"/> the ranking used: over every
    /// segment, or over the content sentences alone when the learned ranker set headings, list items and short
    /// segments aside (its features are computed on those).
    /// </summary>
    public int EdgeCount { get; }

    /// <summary>The number of iterations the ranker ran (1 for a ranker that does not iterate).</summary>
    public int Iterations { get; }

    /// <summary>Whether the ranking converged within the iteration cap.</summary>
    public bool Converged { get; }

    /// <summary>
    /// Whether the long-input cap changed the graph: a term held by too many sentences was skipped or a sentence kept
    /// only its strongest edges (see <see cref="SummarizerOptions.MaxEdgesPerSentence"/>).
    /// </summary>
    public bool CapApplied { get; }

    /// <summary>What the budget counts.</summary>
    public BudgetUnit BudgetUnit { get; }

    /// <summary>The budget's limit in its unit; for a ratio, the number of sentences it came to.</summary>
    public double BudgetLimit { get; }

    /// <summary>How much of the budget the summary uses, in the same unit as <see cref="BudgetLimit"/>.</summary>
    public double BudgetUsed { get; }
}
