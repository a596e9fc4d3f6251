using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace Summarizer;

/// <summary>
/// Summarizes text by extraction: it returns the sentences that carry the text, with their offsets and scores, in
/// reading order, within a budget. Immutable and thread-safe: one instance serves any number of threads.
/// </summary>
/// <remarks>
/// Pipeline: split into sentences, extract content terms, link sentences that share terms (the chosen
/// <see cref="SentenceSimilarity"/>, candidate pairs from an inverted index), rank them (the options'
/// <see cref="SentenceRanker"/>), and take the best within the budget, passing over redundant ones.
/// </remarks>
public sealed partial class ExtractiveSummarizer
{
    private readonly SummarizerOptions _options;

    /// <summary>Creates a summarizer with the default options (<see cref="SummarizerOptions.Default"/>).</summary>
    public ExtractiveSummarizer()
        : this(SummarizerOptions.Default)
    {
    }

    /// <summary>Creates a summarizer with <paramref name="options"/>, checked here so that a wrong option fails at once.</summary>
    /// <param name="options">The options; vary the defaults with <c>SummarizerOptions.Default with { ... }</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null, or its budget, similarity or ranker is (a null splitter is the default: the language's splitter).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range or contradicts another; <see cref="ArgumentException.ParamName"/> names it.</exception>
    /// <exception cref="ArgumentException">The <see cref="SummarizerOptions.BackgroundFrequencies"/> count no documents.</exception>
    public ExtractiveSummarizer(SummarizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>A summarizer with the default options, shared.</summary>
    public static ExtractiveSummarizer Default { get; } = new();

    /// <summary>The options this summarizer uses.</summary>
    public SummarizerOptions Options => _options;

    /// <summary>Creates a summarizer; the same as the constructors.</summary>
    /// <param name="options">The options; <see cref="SummarizerOptions.Default"/> when null.</param>
    /// <returns>The summarizer.</returns>
    /// <exception cref="ArgumentNullException">The budget, similarity or ranker of <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range or contradicts another; <see cref="ArgumentException.ParamName"/> names it.</exception>
    /// <exception cref="ArgumentException">The <see cref="SummarizerOptions.BackgroundFrequencies"/> count no documents.</exception>
    public static ExtractiveSummarizer Create(SummarizerOptions? options = null) => new(options ?? SummarizerOptions.Default);

    /// <summary>Summarizes <paramref name="text"/> within the budget of the options.</summary>
    /// <param name="text">The text to summarize.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summary; empty when the text has no sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="SummarizerOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A custom splitter (<see cref="SummarizerOptions.Splitter"/>) returned a span outside the text, or spans out of reading order or overlapping; or a custom ranker returned the wrong number of scores, or a score that is not finite. The message names the splitter or ranker. Or, with both long-input caps lifted, the text's sentence graph could hold more than 33,554,432 edges (see <see cref="SummarizerOptions.MaxEdgesPerSentence"/>).</exception>
    public Summary Summarize(string text, CancellationToken cancellationToken = default) =>
        Summarize(text, null, _options.Budget, cancellationToken);

    /// <summary>Summarizes <paramref name="text"/> within <paramref name="budget"/>.</summary>
    /// <param name="text">The text to summarize.</param>
    /// <param name="budget">How long the summary may be.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summary; empty when the text has no sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="budget"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="SummarizerOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A custom splitter (<see cref="SummarizerOptions.Splitter"/>) returned a span outside the text, or spans out of reading order or overlapping; or a custom ranker returned the wrong number of scores, or a score that is not finite. The message names the splitter or ranker. Or, with both long-input caps lifted, the text's sentence graph could hold more than 33,554,432 edges (see <see cref="SummarizerOptions.MaxEdgesPerSentence"/>).</exception>
    public Summary Summarize(string text, SummaryBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return Summarize(text, null, budget, cancellationToken);
    }

    /// <summary>
    /// Summarizes <paramref name="text"/> with a bias towards sentences near <paramref name="query"/> (query-focused
    /// summarization), within <paramref name="budget"/> or the options' budget.
    /// </summary>
    /// <param name="text">The text to summarize.</param>
    /// <param name="query">What the reader is looking for; null or blank for a generic summary.</param>
    /// <param name="budget">How long the summary may be; the options' budget when null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summary; empty when the text has no sentences.</returns>
    /// <remarks>
    /// The ranker reads the query from <see cref="RankingContext.Query"/>: PageRank makes it the personalization of
    /// the walk, PacSum adds its relevance to the centrality, the learned ranker blends it in.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> or <paramref name="query"/> is longer than <see cref="SummarizerOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A custom splitter (<see cref="SummarizerOptions.Splitter"/>) returned a span outside the text, or spans out of reading order or overlapping; or a custom ranker returned the wrong number of scores, or a score that is not finite. The message names the splitter or ranker. Or, with both long-input caps lifted, the text's sentence graph could hold more than 33,554,432 edges (see <see cref="SummarizerOptions.MaxEdgesPerSentence"/>).</exception>
    public Summary Summarize(string text, string? query, SummaryBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        budget ??= _options.Budget;
        SummarizerOptions options = _options;
        if (options.MaxInputLength > 0 && (text.Length > options.MaxInputLength || query?.Length > options.MaxInputLength))
        {
            throw new ArgumentException(
                $"The text ({text.Length} characters) or the query ({query?.Length ?? 0}) is longer than MaxInputLength ({options.MaxInputLength}); raise or remove the limit in the options to summarize it.",
                text.Length > options.MaxInputLength ? nameof(text) : nameof(query));
        }

        cancellationToken.ThrowIfCancellationRequested();

        // The language is chosen (or guessed from the raw text) before splitting: it selects the splitter too.
        Language language = options.Language ?? Language.Detect(text);
        IReadOnlyList<SentenceSpan> sentences = Split(options.Splitter ?? language.Splitter, text, cancellationToken);
        if (sentences.Count == 0)
        {
            return Summary.Empty(budget, options);
        }

        cancellationToken.ThrowIfCancellationRequested();
        DocumentTerms terms = DocumentTerms.Build(text, sentences, language.TermOptions, cancellationToken);
        SplittingRules rules = SplittingRules.For(language.Code);
        bool[]? copies = QuotedCopies.Find(text, sentences, rules, SentenceSelector.RepeatedSegments(text, sentences, terms.WordCounts));
        TermMatrix matrix = TermMatrix.Build(terms, copies, cancellationToken);
        var context = new RankingContext(text, sentences, terms, matrix, options, budget, query, rules, cancellationToken);
        SentenceRanking ranking = Rank(options.Ranker, context);

        cancellationToken.ThrowIfCancellationRequested();
        double[] scores = ranking.Scores;
        int[] order = SentenceSelector.RankOrder(scores);
        int[] ranks = SentenceSelector.Ranks(order);
        List<int> chosen = SentenceSelector.Select(
            text, sentences, terms, matrix, order, options, budget, rules, cancellationToken, out double used, out double limit);
        var result = new SummarySentence[chosen.Count];
        for (int k = 0; k < chosen.Count; k++)
        {
            int i = chosen[k];
            result[k] = SummarySentence.Of(text, i, sentences[i], scores[i], ranks[i]);
        }

        SummarySentence[]? all = null;
        if (options.IncludeRanking)
        {
            all = new SummarySentence[sentences.Count];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = SummarySentence.Of(text, i, sentences[i], scores[i], ranks[i]);
            }
        }

        IReadOnlyList<Keyword> keywords = [];
        if (options.KeywordCount > 0)
        {
            keywords = KeywordExtractor.Extract(text, terms, terms.TermStarts, terms.TermLengths, options.KeywordCount, cancellationToken);
        }

        var diagnostics = new SummaryDiagnostics(
            options.Ranker.DiagnosticName,
            options.Similarity.Name,
            context.ReportedEdgeCount,
            ranking.Iterations,
            ranking.Converged,
            context.CapApplied,
            budget.Unit,
            limit,
            used);
        return new Summary(result, sentences.Count, budget, diagnostics, all, keywords)
        {
            Language = terms.Language,
        };
    }

    /// <summary>
    /// The splitter this summarizer reads <paramref name="text"/> with: the options' <see cref="SummarizerOptions.Splitter"/>
    /// when set, else the splitter of the options' <see cref="SummarizerOptions.Language"/> or, when that is null, of the
    /// language guessed from <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The text to be split.</param>
    /// <returns>The splitter; <see cref="SentenceSplitter.Split(string)"/> gives the sentences <see cref="Summarize(string, CancellationToken)"/> ranks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public SentenceSplitter SplitterFor(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _options.Splitter ?? (_options.Language ?? Language.Detect(text)).Splitter;
    }

    /// <summary>
    /// Splits the text; the built-in splitter is enumerated here so that cancellation is honoured while splitting a
    /// long text too (a caller's own splitter has no token to observe, and its spans are checked).
    /// </summary>
    private static IReadOnlyList<SentenceSpan> Split(SentenceSplitter splitter, string text, CancellationToken cancellationToken)
    {
        if (splitter is not RuleBasedSentenceSplitter rules)
        {
            return CheckSpans(splitter, text, splitter.Split(text));
        }

        var sentences = new List<SentenceSpan>();
        foreach (SentenceSpan sentence in rules.EnumerateSentences(text))
        {
            if ((sentences.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            sentences.Add(sentence);
        }

        return sentences;
    }

    /// <summary>
    /// Checks in one pass that the spans lie inside the text, in reading order and without overlap, so that a faulty
    /// custom splitter is named, not a later stage (which would index out of range, or count a word twice).
    /// </summary>
    private static IReadOnlyList<SentenceSpan> CheckSpans(SentenceSplitter splitter, string text, IReadOnlyList<SentenceSpan> sentences)
    {
        int previousEnd = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            SentenceSpan span = sentences[i];
            if (span.Start < 0 || span.Length < 0 || span.Start > text.Length - span.Length)
            {
                throw SpanFault(splitter, i, span, $"lies outside the text ({text.Length} characters)");
            }

            if (span.Start < previousEnd)
            {
                throw SpanFault(splitter, i, span, $"starts before the span before it ends (at {previousEnd}): spans must be in reading order and must not overlap");
            }

            previousEnd = span.End;
        }

        return sentences;
    }

    private static InvalidOperationException SpanFault(SentenceSplitter splitter, int index, SentenceSpan span, FormattableString fault) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"The splitter {splitter.GetType().FullName} returned span {index} (Start {span.Start}, Length {span.Length}), which {FormattableString.Invariant(fault)}."));

    /// <summary>Runs the ranker and checks what it returns, so that a faulty custom ranker is named, not a later stage.</summary>
    private static SentenceRanking Rank(SentenceRanker ranker, RankingContext context)
    {
        SentenceRanking ranking = ranker.Rank(context);
        context.CancellationToken.ThrowIfCancellationRequested();
        double[]? scores = ranking.Scores;
        if (scores is null || scores.Length != context.SentenceCount)
        {
            throw new InvalidOperationException(
                $"The ranker '{ranker.Name}' returned {scores?.Length ?? 0} scores for {context.SentenceCount} sentences.");
        }

        foreach (double score in scores)
        {
            if (!double.IsFinite(score))
            {
                throw new InvalidOperationException($"The ranker '{ranker.Name}' returned a score that is not a finite number ({score}).");
            }
        }

        return ranking;
    }
}
