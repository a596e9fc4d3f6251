using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Summarizer.ML;

/// <summary>The row the custom mapping reads: the text and the encoded options (a constant column saved with the model).</summary>
internal sealed class SummaryMappingInput
{
    [ColumnName(SummaryMapping.TextColumn)]
    public string? Text { get; set; }

    [ColumnName(SummaryMapping.OptionsColumn)]
    public string? Options { get; set; }
}

/// <summary>The row the custom mapping writes.</summary>
internal sealed class SummaryMappingOutput
{
    [ColumnName(SummaryMapping.SummaryColumn)]
    public string Summary { get; set; } = string.Empty;

    [ColumnName(SummaryMapping.KeywordsColumn)]
    public string[] Keywords { get; set; } = [];

    [ColumnName(SummaryMapping.OffsetsColumn)]
    public int[] Offsets { get; set; } = [];
}

/// <summary>The row function of the transform and the names of its working columns.</summary>
internal static class SummaryMapping
{
    /// <summary>The contract name saved in models; bump the version when the columns or the options format change
    /// incompatibly, and keep the old factory so old models still load.</summary>
    public const string ContractName = "Summarizer.ExtractiveSummary.v1";

    public const string TextColumn = "__Summarizer.v1.Text";
    public const string OptionsColumn = "__Summarizer.v1.Options";
    public const string SummaryColumn = "__Summarizer.v1.Summary";
    public const string KeywordsColumn = "__Summarizer.v1.Keywords";
    public const string OffsetsColumn = "__Summarizer.v1.Offsets";

    // A model carries one options string per ExtractiveSummary step, so a handful of entries; the bound only guards
    // against a caller who feeds options of their own per row.
    private const int MaxCachedSummarizers = 64;

    private static readonly ConcurrentDictionary<string, ExtractiveSummarizer> s_summarizers = new(StringComparer.Ordinal);

    /// <summary>Summarizes one row. Called by ML.NET as the cursor moves, from as many threads as it runs cursors on.</summary>
    public static void Map(SummaryMappingInput input, SummaryMappingOutput output)
    {
        ExtractiveSummarizer summarizer = SummarizerFor(input.Options ?? string.Empty);
        string text = input.Text ?? string.Empty;
        int maxLength = summarizer.Options.MaxInputLength;
        if (maxLength > 0 && text.Length > maxLength)
        {
            // Said here in the transform's terms: the core's message speaks of a query, which a row has none of.
            throw new ArgumentException(
                $"A row's text ({text.Length} characters) is longer than the summarizer's MaxInputLength ({maxLength}); raise the limit, or set it to 0 for none, in ExtractiveSummaryOptions.Summarizer to summarize it.");
        }

        Summary summary = summarizer.Summarize(text);
        output.Summary = summary.Text;

        IReadOnlyList<Keyword> keywords = summary.Keywords;
        var keywordTexts = new string[keywords.Count];
        for (int i = 0; i < keywordTexts.Length; i++)
        {
            keywordTexts[i] = keywords[i].Text;
        }

        output.Keywords = keywordTexts;

        IReadOnlyList<SummarySentence> sentences = summary.Sentences;
        var offsets = new int[sentences.Count * 2];
        for (int i = 0; i < sentences.Count; i++)
        {
            offsets[2 * i] = sentences[i].Start;
            offsets[(2 * i) + 1] = sentences[i].Length;
        }

        output.Offsets = offsets;
    }

    internal static ExtractiveSummarizer SummarizerFor(string options)
    {
        if (s_summarizers.TryGetValue(options, out ExtractiveSummarizer? summarizer))
        {
            return summarizer;
        }

        summarizer = ExtractiveSummarizer.Create(SummarizerOptionsCodec.Decode(options));
        if (s_summarizers.Count >= MaxCachedSummarizers)
        {
            s_summarizers.Clear();
        }

        return s_summarizers.GetOrAdd(options, summarizer);
    }
}

/// <summary>
/// Rebuilds the summary mapping when ML.NET loads a saved model: the model stores only this contract name; the
/// options come from the model's constant options column.
/// </summary>
[CustomMappingFactoryAttribute(SummaryMapping.ContractName)]
internal sealed class SummaryMappingFactory : CustomMappingFactory<SummaryMappingInput, SummaryMappingOutput>
{
    /// <inheritdoc/>
    public override Action<SummaryMappingInput, SummaryMappingOutput> GetMapping() => SummaryMapping.Map;
}
