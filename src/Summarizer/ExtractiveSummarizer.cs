using System;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer;

/// <summary>
/// Summarizes text by extraction: it returns the sentences that carry the text, with their offsets and scores, in
/// reading order, within a budget. Immutable and thread-safe: one instance serves any number of threads.
/// </summary>
/// <remarks>
/// Pipeline: split into sentences, extract content terms, link sentences that share terms (TextRank overlap
/// similarity), rank them by weighted PageRank, and take the best within the budget.
/// </remarks>
public sealed class ExtractiveSummarizer
{
    private readonly SummarizerOptions _options;

    private ExtractiveSummarizer(SummarizerOptions options)
    {
        _options = options;
    }

    /// <summary>A summarizer with the default options, shared.</summary>
    public static ExtractiveSummarizer Default { get; } = new(SummarizerOptions.Default);

    /// <summary>The options this summarizer uses.</summary>
    public SummarizerOptions Options => _options;

    /// <summary>Creates a summarizer.</summary>
    /// <param name="options">The options; <see cref="SummarizerOptions.Default"/> when null.</param>
    /// <returns>The summarizer.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static ExtractiveSummarizer Create(SummarizerOptions? options = null)
    {
        options ??= SummarizerOptions.Default;
        options.Validate();
        return new ExtractiveSummarizer(options);
    }

    /// <summary>Summarizes <paramref name="text"/> within the budget of the options.</summary>
    /// <param name="text">The text to summarize.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summary; empty when the text has no sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Summary Summarize(string text, CancellationToken cancellationToken = default) =>
        Summarize(text, _options.Budget, cancellationToken);

    /// <summary>Summarizes <paramref name="text"/> within <paramref name="budget"/>.</summary>
    /// <param name="text">The text to summarize.</param>
    /// <param name="budget">How long the summary may be.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summary; empty when the text has no sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="budget"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Summary Summarize(string text, SummaryBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(budget);
        cancellationToken.ThrowIfCancellationRequested();

        IReadOnlyList<SentenceSpan> sentences = _options.Splitter.Split(text);
        if (sentences.Count == 0)
        {
            return Summary.Empty(budget, _options.Language);
        }

        cancellationToken.ThrowIfCancellationRequested();
        DocumentTerms terms = DocumentTerms.Build(text, sentences, new TermOptions(_options.Language), cancellationToken);
        SentenceGraph graph = OverlapGraphBuilder.Build(terms, cancellationToken);
        RankingResult ranking = PageRank.Rank(graph, _options.Damping, _options.Tolerance, _options.MaxIterations, cancellationToken);
        int[] order = SentenceSelector.RankOrder(ranking.Scores);
        var ranks = new int[order.Length];
        for (int r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r + 1;
        }

        List<int> chosen = SentenceSelector.Select(text, sentences, terms, order, _options, budget, out double used);
        var result = new SummarySentence[chosen.Count];
        for (int k = 0; k < chosen.Count; k++)
        {
            int i = chosen[k];
            SentenceSpan span = sentences[i];
            result[k] = new SummarySentence(i, span.Start, span.Length, span.Paragraph, ranking.Scores[i], ranks[i], text.Substring(span.Start, span.Length));
        }

        return new Summary(result, sentences.Count, used, budget, ranking.Iterations, ranking.Converged, graph.EntryCount / 2)
        {
            Language = terms.Language,
        };
    }
}
