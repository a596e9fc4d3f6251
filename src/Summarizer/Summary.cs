using System.Collections.Generic;

namespace Summarizer;

/// <summary>The result of <see cref="ExtractiveSummarizer.Summarize(string, System.Threading.CancellationToken)"/>.</summary>
public sealed class Summary
{
    internal Summary(IReadOnlyList<SummarySentence> sentences, int sentenceCount, double budgetUsed, SummaryBudget budget, int iterations, bool converged, int edges)
    {
        Sentences = sentences;
        SentenceCount = sentenceCount;
        BudgetUsed = budgetUsed;
        Budget = budget;
        Iterations = iterations;
        Converged = converged;
        EdgeCount = edges;
    }

    /// <summary>An empty summary, for empty input.</summary>
    internal static Summary Empty(SummaryBudget budget, Language? language = null) =>
        new([], 0, 0, budget, 0, true, 0) { Language = language ?? Language.English };

    /// <summary>The chosen sentences in reading order.</summary>
    public IReadOnlyList<SummarySentence> Sentences { get; }

    /// <summary>The number of segments (sentences, headings, list items) found in the input.</summary>
    public int SentenceCount { get; }

    /// <summary>The budget the summary was chosen under.</summary>
    public SummaryBudget Budget { get; }

    /// <summary>How much of the budget the chosen sentences use, in the budget's unit (sentences for a ratio).</summary>
    public double BudgetUsed { get; }

    /// <summary>The number of PageRank iterations run.</summary>
    public int Iterations { get; }

    /// <summary>Whether PageRank converged within the iteration cap.</summary>
    public bool Converged { get; }

    /// <summary>The number of undirected edges of the sentence graph.</summary>
    public int EdgeCount { get; }

    /// <summary>The language the text was read in: the one in the options, or the guessed one (English for an empty text).</summary>
    public Language Language { get; internal init; } = Language.English;

    /// <summary>The chosen sentences joined by single spaces.</summary>
    public string Text => string.Join(' ', ToTexts());

    private string[] ToTexts()
    {
        var texts = new string[Sentences.Count];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = Sentences[i].Text;
        }

        return texts;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
