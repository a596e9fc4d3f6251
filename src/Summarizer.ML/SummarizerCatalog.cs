using System;
using Microsoft.ML;
using Microsoft.ML.Runtime;
using Microsoft.ML.Transforms;

namespace Summarizer.ML;

/// <summary>Extension methods that put the extractive summarizer into ML.NET pipelines.</summary>
public static class SummarizerCatalog
{
    /// <summary>
    /// Adds a text column <paramref name="outputColumnName"/> holding the extractive summary of the text column
    /// <paramref name="inputColumnName"/>, and optionally keywords and sentence-offsets columns.
    /// </summary>
    /// <param name="catalog">The transforms catalog, <c>mlContext.Transforms</c>.</param>
    /// <param name="outputColumnName">The name of the summary column.</param>
    /// <param name="inputColumnName">The name of the text column to summarize; <paramref name="outputColumnName"/> when null.</param>
    /// <param name="options">The options; <see cref="ExtractiveSummaryOptions.Default"/> when null.</param>
    /// <returns>The estimator.</returns>
    /// <remarks>
    /// Before <c>mlContext.Model.Load</c> of a model that contains this transform, call
    /// <see cref="RegisterSummarizer(ComponentCatalog)"/> on the loading context.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="outputColumnName"/> is null,
    /// or an option of <see cref="ExtractiveSummaryOptions.Summarizer"/> that must be set is null (the exception names
    /// it: <c>Budget</c>, <c>Ranker</c>, <c>Similarity</c>).</exception>
    /// <exception cref="ArgumentException">A column name is blank, repeated (an extra column may not take the summary's
    /// or the input's name; the summary may replace the input) or reserved (it starts with
    /// <c>__Summarizer.</c>, the prefix of the transform's working columns), or an option is out of range or cannot be
    /// saved with a model (see <see cref="ExtractiveSummaryOptions"/>). An option out of range throws
    /// <see cref="ArgumentOutOfRangeException"/> naming the option (<c>MinSentenceWords</c>, <c>RedundancyThreshold</c>),
    /// as <see cref="ExtractiveSummarizer.Create(SummarizerOptions?)"/> does.</exception>
    public static ExtractiveSummaryEstimator ExtractiveSummary(
        this TransformsCatalog catalog,
        string outputColumnName,
        string? inputColumnName = null,
        ExtractiveSummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputColumnName);
        inputColumnName ??= outputColumnName;
        ArgumentException.ThrowIfNullOrWhiteSpace(inputColumnName);
        foreach (string column in (ReadOnlySpan<string>)[outputColumnName, inputColumnName])
        {
            if (IsReserved(column))
            {
                throw new ArgumentException($"'{column}' is reserved for the transform's working columns (names starting {ReservedPrefix}).", column == outputColumnName ? nameof(outputColumnName) : nameof(inputColumnName));
            }
        }

        options ??= ExtractiveSummaryOptions.Default;
        if (options.Summarizer is null)
        {
            throw new ArgumentException("The summarizer options must be set.", nameof(options));
        }

        CheckColumnName(options.KeywordsColumnName, outputColumnName, inputColumnName, nameof(options));
        CheckColumnName(options.SentenceOffsetsColumnName, outputColumnName, inputColumnName, nameof(options));
        if (options.KeywordsColumnName is not null && options.KeywordsColumnName == options.SentenceOffsetsColumnName)
        {
            throw new ArgumentException("The keywords and sentence-offsets columns must have different names.", nameof(options));
        }

        return new ExtractiveSummaryEstimator(catalog, outputColumnName, inputColumnName, options);
    }

    /// <summary>
    /// Registers the summarizer's transform with an ML.NET component catalog, so that
    /// <c>mlContext.Model.Load</c> can rebuild it. Call it once per <see cref="MLContext"/>, before loading.
    /// </summary>
    /// <param name="catalog">The component catalog, <c>mlContext.ComponentCatalog</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static void RegisterSummarizer(this ComponentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        catalog.RegisterAssembly(typeof(SummaryMappingFactory).Assembly);

        // The options column is an Expression transform; make sure its assembly is known even in a fresh process.
        catalog.RegisterAssembly(typeof(ExpressionEstimator).Assembly);
    }

    /// <summary>The prefix of the transform's working columns, which no column of the user's may have.</summary>
    internal const string ReservedPrefix = "__Summarizer.";

    internal static bool IsReserved(string column) => column.StartsWith(ReservedPrefix, StringComparison.Ordinal);

    // The summary may replace its input column (the default when no input column is named); an extra column may not
    // replace either.
    private static void CheckColumnName(string? name, string outputColumnName, string inputColumnName, string parameterName)
    {
        if (name is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(name) || name == outputColumnName || name == inputColumnName || IsReserved(name))
        {
            throw new ArgumentException($"'{name}' cannot name an extra column: it is blank, the summary or input column, or reserved.", parameterName);
        }
    }
}
