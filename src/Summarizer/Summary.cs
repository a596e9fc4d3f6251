using System.Collections.Generic;

namespace Summarizer;

/// <summary>The result of <see cref="ExtractiveSummarizer.Summarize(string, System.Threading.CancellationToken)"/>.</summary>
public sealed class Summary
{
    internal Summary(
        IReadOnlyList<SummarySentence> sentences,
        int sentenceCount,
        SummaryBudget budget,
        SummaryDiagnostics diagnostics,
        IReadOnlyList<SummarySentence>? ranking,
        IReadOnlyList<Keyword> keywords)
    {
        Sentences = sentences;
        SentenceCount = sentenceCount;
        Budget = budget;
        Diagnostics = diagnostics;
        Ranking = ranking;
        Keywords = keywords;
    }

    /// <summary>An empty summary, for empty input.</summary>
    internal static Summary Empty(SummaryBudget budget, SummarizerOptions options) => new(
        [],
        0,
        budget,
        new SummaryDiagnostics(options.Ranker.DiagnosticName, options.Similarity.Name, 0, 0, true, false, budget.Unit, budget.Unit == BudgetUnit.Ratio ? 0 : budget.Limit, 0),
        options.IncludeRanking ? [] : null,
        [])
    {
        Language = options.Language ?? Language.English,
    };

    /// <summary>The chosen sentences, in reading order (or score order when the options ask for it).</summary>
    public IReadOnlyList<SummarySentence> Sentences { get; }

    /// <summary>The number of segments (sentences, headings, list items) found in the input.</summary>
    public int SentenceCount { get; }

    /// <summary>The budget the summary was chosen under.</summary>
    public SummaryBudget Budget { get; }

    /// <summary>The language the text was read in: the one in the options, or the guessed one (English for an empty text).</summary>
    public Language Language { get; internal init; } = Language.English;

    /// <summary>What was done: algorithm, similarity, graph size, iterations, cap, budget used.</summary>
    public SummaryDiagnostics Diagnostics { get; }

    /// <summary>
    /// Every segment of the input in reading order with its score and rank, when
    /// <see cref="SummarizerOptions.IncludeRanking"/> is set; otherwise null.
    /// </summary>
    public IReadOnlyList<SummarySentence>? Ranking { get; }

    /// <summary>
    /// The document's keyphrases, best first, when <see cref="SummarizerOptions.KeywordCount"/> is positive;
    /// otherwise empty.
    /// </summary>
    public IReadOnlyList<Keyword> Keywords { get; }

    /// <summary>The chosen sentences joined by single spaces, in the order of <see cref="Sentences"/>.</summary>
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
