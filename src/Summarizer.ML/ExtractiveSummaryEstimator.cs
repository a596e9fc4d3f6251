using System;
using System.Collections.Generic;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Summarizer.ML;

/// <summary>
/// Adds a summary column (and optionally keywords and sentence offsets) to an <see cref="IDataView"/>. Made by
/// <see cref="SummarizerCatalog.ExtractiveSummary(TransformsCatalog, string, string?, ExtractiveSummaryOptions?)"/>.
/// </summary>
/// <remarks>
/// The transform is a chain of ML.NET's own saveable transforms around one <c>CustomMapping</c>: hand the input,
/// unchanged, to a working column (through a text normalizer that changes nothing, so that a loaded model, too, refuses
/// an input that is not text naming its column), add a constant column that holds the encoded options (an
/// <c>Expression</c> transform, so the options are saved in the model), summarize each row, copy the results to the
/// named columns and drop the working columns. Fitting reads no data; rows are summarized lazily, one at a time, as a
/// cursor reaches them, on every thread ML.NET runs a cursor on. Multi-pass trainers summarize again on each pass
/// unless the pipeline caches.
/// </remarks>
public sealed class ExtractiveSummaryEstimator : IEstimator<ITransformer>
{
    private readonly EstimatorChain<ColumnSelectingTransformer> _chain;

    internal ExtractiveSummaryEstimator(TransformsCatalog catalog, string outputColumnName, string inputColumnName, ExtractiveSummaryOptions options)
    {
        OutputColumnName = outputColumnName;
        InputColumnName = inputColumnName;
        Options = options;
        // Check the options as the core does (an out-of-range value is named), so a bad value fails here rather than
        // on the first row; then check that they survive the trip through the model.
        ExtractiveSummarizer.Create(options.Summarizer);
        EncodedOptions = SummarizerOptionsCodec.Encode(options.Summarizer, options.EffectiveKeywordCount);
        ExtractiveSummarizer.Create(SummarizerOptionsCodec.Decode(EncodedOptions));

        var drop = new List<string> { SummaryMapping.TextColumn, SummaryMapping.OptionsColumn, SummaryMapping.SummaryColumn, SummaryMapping.KeywordsColumn, SummaryMapping.OffsetsColumn };
        // The input reaches the working column through a text normalizer that changes nothing (it hands on the very
        // text), not a plain copy: a model saved and loaded back is this chain without ExtractiveSummaryTransformer,
        // and the normalizer is what then refuses an input that is not text, naming the user's column when the schema
        // is bound, where a copy would let the mapping refuse it naming the working column.
        IEstimator<ITransformer> chain = catalog.Text.NormalizeText(
                SummaryMapping.TextColumn, inputColumnName, TextNormalizingEstimator.CaseMode.None, keepDiacritics: true, keepPunctuations: true, keepNumbers: true)
            .Append(catalog.Expression(SummaryMapping.OptionsColumn, "x => \"" + EncodedOptions + "\"", SummaryMapping.TextColumn))
            .Append(catalog.CustomMapping<SummaryMappingInput, SummaryMappingOutput>(SummaryMapping.Map, SummaryMapping.ContractName))
            .Append(catalog.CopyColumns(outputColumnName, SummaryMapping.SummaryColumn));
        if (options.KeywordsColumnName is { } keywords)
        {
            chain = chain.Append(catalog.CopyColumns(keywords, SummaryMapping.KeywordsColumn));
        }

        if (options.SentenceOffsetsColumnName is { } offsets)
        {
            chain = chain.Append(catalog.CopyColumns(offsets, SummaryMapping.OffsetsColumn));
        }

        _chain = chain.Append(catalog.DropColumns([.. drop]));
    }

    /// <summary>The name of the summary column.</summary>
    public string OutputColumnName { get; }

    /// <summary>The name of the text column that is summarized.</summary>
    public string InputColumnName { get; }

    /// <summary>The options.</summary>
    public ExtractiveSummaryOptions Options { get; }

    /// <summary>The options as they are saved in the model.</summary>
    internal string EncodedOptions { get; }

    /// <summary>Makes the transformer. Reads no data: the transform needs no training.</summary>
    /// <param name="input">The data, whose schema must have the input column as text.</param>
    /// <returns>The transformer, which can be saved with <c>mlContext.Model.Save</c>; it refuses data whose input
    /// column is missing or not text, or that has a column of the transform's reserved names, with
    /// <see cref="ArgumentOutOfRangeException"/> naming the column (when the schema is bound: <c>Transform</c>,
    /// <c>GetOutputSchema</c>, <c>GetRowToRowMapper</c>). Loaded back with <c>mlContext.Model.Load</c> it refuses data
    /// whose input column is missing or not text with the same exception, in ML.NET's words; a loaded model does not
    /// check the reserved names, and drops a column of the data that has one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The input column is missing or not a text column, or the data has a
    /// column whose name starts with <c>__Summarizer.</c>, the prefix of the transform's working columns (which it would
    /// overwrite and drop).</exception>
    public ITransformer Fit(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckInput(InputColumnName, input.Schema, nameof(input));
        return new ExtractiveSummaryTransformer(_chain.Fit(input), InputColumnName);
    }

    /// <summary>The schema of the output: the input's columns plus the summary column and the optional ones.</summary>
    /// <param name="inputSchema">The schema of the input.</param>
    /// <returns>The output schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputSchema"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The input column is missing or not a text column, or the schema has a
    /// column whose name starts with <c>__Summarizer.</c>, the prefix of the transform's working columns.</exception>
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ArgumentNullException.ThrowIfNull(inputSchema);
        SchemaShape.Column? found = null;
        foreach (SchemaShape.Column column in inputSchema)
        {
            CheckNotReserved(column.Name, nameof(inputSchema));
            if (column.Name == InputColumnName)
            {
                found = column;
            }
        }

        CheckInput(
            InputColumnName,
            nameof(inputSchema),
            found is not null,
            found is { Kind: SchemaShape.Column.VectorKind.Scalar, ItemType: TextDataViewType },
            found is { } f ? $"{f.ItemType} ({f.Kind})" : null);
        return _chain.GetOutputSchema(inputSchema);
    }

    /// <summary>
    /// Refuses a schema whose input column is missing or not scalar text, or that has a column of the reserved names
    /// (the transform would overwrite it with a working column and drop it), naming the column.
    /// </summary>
    internal static void CheckInput(string inputColumnName, DataViewSchema schema, string parameterName)
    {
        foreach (DataViewSchema.Column each in schema)
        {
            CheckNotReserved(each.Name, parameterName);
        }

        DataViewSchema.Column? column = schema.GetColumnOrNull(inputColumnName);
        CheckInput(inputColumnName, parameterName, column is not null, column is { Type: TextDataViewType }, column?.Type.ToString());
    }

    /// <summary>Refuses a column of the data whose name is one of the transform's reserved names.</summary>
    private static void CheckNotReserved(string column, string parameterName)
    {
        if (SummarizerCatalog.IsReserved(column))
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                $"The data has a column '{column}', a name reserved for the transform's working columns (names starting {SummarizerCatalog.ReservedPrefix}): the transform would overwrite and drop it. Rename it first.");
        }
    }

    /// <summary>Refuses data whose input column is missing or not scalar text, naming the column.</summary>
    internal static void CheckInput(string inputColumnName, string parameterName, bool present, bool isText, string? actualType)
    {
        if (!present)
        {
            throw new ArgumentOutOfRangeException(parameterName, $"The input column '{inputColumnName}' is not in the data.");
        }

        if (!isText)
        {
            throw new ArgumentOutOfRangeException(parameterName, $"The input column '{inputColumnName}' must be a scalar text column, not {actualType}.");
        }
    }
}
