using System;

namespace Summarizer;

/// <summary>Options of an <see cref="ExtractiveSummarizer"/>. Immutable once built; use <c>with</c>-style init.</summary>
public sealed class SummarizerOptions
{
    /// <summary>The default options, shared.</summary>
    public static SummarizerOptions Default { get; } = new();

    /// <summary>How long a summary may be; three sentences by default.</summary>
    public SummaryBudget Budget { get; init; } = SummaryBudget.Default;

    /// <summary>The splitter that finds the sentences; <see cref="SentenceSplitter.Default"/> by default.</summary>
    public SentenceSplitter Splitter { get; init; } = SentenceSplitter.Default;

    /// <summary>The PageRank damping factor, in (0, 1); 0.85 by default.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>PageRank stops when the L1 change of the scores falls below this; 1e-6 by default.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>PageRank stops after this many iterations even if it has not converged; 100 by default.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Whether headings and list items may be chosen; false by default.</summary>
    public bool IncludeHeadingsAndListItems { get; init; }

    /// <summary>Sentences with fewer words than this are never chosen; 4 by default.</summary>
    public int MinSentenceWords { get; init; } = 4;

    /// <summary>The language of the texts (stop words, stemmer); null, the default, guesses it per text.</summary>
    public Language? Language { get; init; }

    /// <summary>Throws when the options are inconsistent.</summary>
    /// <exception cref="ArgumentException">An option is out of range or missing.</exception>
    internal void Validate()
    {
        if (Budget is null || Splitter is null)
        {
            throw new ArgumentException("The budget and the splitter must be set.");
        }

        if (!(Damping > 0 && Damping < 1))
        {
            throw new ArgumentException($"Damping must be in (0, 1), not {Damping}.");
        }

        if (!(Tolerance > 0) || MaxIterations < 1 || MinSentenceWords < 0)
        {
            throw new ArgumentException("Tolerance must be positive, MaxIterations at least 1 and MinSentenceWords not negative.");
        }
    }
}
