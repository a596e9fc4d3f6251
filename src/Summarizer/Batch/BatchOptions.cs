using System;

namespace Summarizer;

/// <summary>
/// How <see cref="ExtractiveSummarizer.SummarizeMany(System.Collections.Generic.IEnumerable{string}, BatchOptions, System.Threading.CancellationToken)"/>
/// runs: the budget and query for every text, how many texts are summarized at once, and where progress goes.
/// </summary>
public sealed record BatchOptions
{
    /// <summary>The default: the summarizer's budget, no query, <see cref="Environment.ProcessorCount"/> texts at once, no progress.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>The budget of every summary; null, the default, uses the summarizer's (<see cref="SummarizerOptions.Budget"/>).</summary>
    public SummaryBudget? Budget { get; init; }

    /// <summary>A query that every summary favours (see <see cref="ExtractiveSummarizer.Summarize(string, string, SummaryBudget, System.Threading.CancellationToken)"/>); null for generic summaries.</summary>
    public string? Query { get; init; }

    /// <summary>
    /// The most texts summarized at the same time, at least 1; <see cref="Environment.ProcessorCount"/> by default.
    /// At most twice this many texts and summaries are held at a time.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Told the number of texts summarized so far each time one is done (from the thread that summarized it, in the
    /// order they finish); null, the default, reports nothing.
    /// </summary>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Throws when an option is out of range; the exception names it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxDegreeOfParallelism"/> is below 1.</exception>
    internal void Validate() => ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1);
}
