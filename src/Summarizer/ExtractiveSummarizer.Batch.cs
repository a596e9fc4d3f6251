using System;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer;

/// <summary>Many texts at once.</summary>
public sealed partial class ExtractiveSummarizer
{
    /// <summary>
    /// Summarizes each of <paramref name="texts"/> within the options' budget, in parallel on
    /// <see cref="Environment.ProcessorCount"/> threads, and yields the summaries in input order as they are ready.
    /// </summary>
    /// <param name="texts">The texts; read lazily, a few ahead of the summaries taken, so the sequence may be endless.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summaries, one per text in the same order; the work starts when enumeration does.</returns>
    /// <remarks>See <see cref="SummarizeMany(IEnumerable{string}, BatchOptions, CancellationToken)"/> for failures.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentException">While enumerating: a text is null or longer than <see cref="SummarizerOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">While enumerating: a custom splitter returned a span outside a text, or spans out of reading order or overlapping; or a custom ranker returned the wrong number of scores, or a score that is not finite; or, with both long-input caps lifted, a text's sentence graph could hold more than 33,554,432 edges (see <see cref="SummarizerOptions.MaxEdgesPerSentence"/>).</exception>
    public IEnumerable<Summary> SummarizeMany(IEnumerable<string> texts, CancellationToken cancellationToken = default) =>
        SummarizeMany(texts, BatchOptions.Default, cancellationToken);

    /// <summary>
    /// Summarizes each of <paramref name="texts"/> within <paramref name="budget"/>, in parallel on
    /// <see cref="Environment.ProcessorCount"/> threads, and yields the summaries in input order as they are ready.
    /// </summary>
    /// <param name="texts">The texts; read lazily, a few ahead of the summaries taken, so the sequence may be endless.</param>
    /// <param name="budget">How long each summary may be.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summaries, one per text in the same order; the work starts when enumeration does.</returns>
    /// <remarks>See <see cref="SummarizeMany(IEnumerable{string}, BatchOptions, CancellationToken)"/> for failures.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or <paramref name="budget"/> is null.</exception>
    /// <exception cref="ArgumentException">While enumerating: a text is null or longer than <see cref="SummarizerOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">While enumerating: a custom splitter returned a span outside a text, or spans out of reading order or overlapping; or a custom ranker returned the wrong number of scores, or a score that is not finite; or, with both long-input caps lifted, a text's sentence graph could hold more than 33,554,432 edges (see <see cref="SummarizerOptions.MaxEdgesPerSentence"/>).</exception>
    public IEnumerable<Summary> SummarizeMany(IEnumerable<string> texts, SummaryBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return SummarizeMany(texts, new BatchOptions { Budget = budget }, cancellationToken);
    }

    /// <summary>
    /// Summarizes each of <paramref name="texts"/> as <paramref name="options"/> say, in parallel, and yields the
    /// summaries in input order as they are ready.
    /// </summary>
    /// <param name="texts">The texts; read lazily, a few ahead of the summaries taken, so the sequence may be endless.</param>
    /// <param name="options">The budget, query, degree of parallelism and progress.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summaries, one per text in the same order; the work starts when enumeration does.</returns>
    /// <remarks>
    /// Failures are those of <see cref="Summarize(string, string, SummaryBudget, CancellationToken)"/> and stop the batch:
    /// the first text that fails (in input order) throws its exception, unwrapped, from the enumerator's
    /// <c>MoveNext</c> once every summary before it has been yielded, and the texts after it are not summarized. To go
    /// on past a bad text, summarize texts one by one, or check them first (null, <see cref="SummarizerOptions.MaxInputLength"/>).
    /// Ending the enumeration early (a <c>break</c>, cancellation) stops the work in progress before the enumerator's
    /// <c>Dispose</c> returns.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BatchOptions.MaxDegreeOfParallelism"/> is below 1.</exception>
    /// <exception cref="ArgumentException">While enumerating: a text is null, or a text or the query is longer than <see cref="SummarizerOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">While enumerating: a custom splitter returned a span outside a text, or spans out of reading order or overlapping; or a custom ranker returned the wrong number of scores, or a score that is not finite; or, with both long-input caps lifted, a text's sentence graph could hold more than 33,554,432 edges (see <see cref="SummarizerOptions.MaxEdgesPerSentence"/>).</exception>
    public IEnumerable<Summary> SummarizeMany(IEnumerable<string> texts, BatchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        string? query = options.Query;
        SummaryBudget? budget = options.Budget;
        return OrderedParallel.Select(
            texts,
            (text, index, token) => Summarize(
                text ?? throw new ArgumentException($"The text at index {index} is null.", nameof(texts)), query, budget, token),
            options.MaxDegreeOfParallelism,
            options.Progress,
            cancellationToken);
    }
}
