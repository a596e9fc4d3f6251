using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.ML;

namespace Summarizer.ML.Tests;

/// <summary>Models saved by the previous options format (see TestData/README.md) load and summarize.</summary>
public sealed class LegacyModelTests
{
    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "TestData");

    private static (string[] Texts, string[] Saved, string[] Loaded) Run(string name)
    {
        using JsonDocument recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_folder, "model-v1-summaries.json")));
        string[] texts = [.. recorded.RootElement.GetProperty("texts").EnumerateArray().Select(t => t.GetString()!)];
        string[] saved = [.. recorded.RootElement.GetProperty("summaries").GetProperty(name).EnumerateArray().Select(t => t.GetString()!)];

        var ml = new MLContext(seed: 1);
        ml.ComponentCatalog.RegisterSummarizer();
        ITransformer model = ml.Model.Load(Path.Combine(s_folder, $"model-v1-{name}.zip"), out _);
        IDataView data = ml.Data.LoadFromEnumerable(texts.Select(t => new Row { Text = t }));
        string[] loaded = [.. ml.Data.CreateEnumerable<Row>(model.Transform(data), reuseRowObject: false).Select(r => r.Summary)];
        return (texts, saved, loaded);
    }

    [Fact]
    public void PacSumModel_LoadsAndSummarizesAsWhenSaved()
    {
        // PacSum never had the lead weight, so the model gives the summaries it gave when it was saved where PacSum has
        // not changed since (the second text; since 2026-12-06 it ranks the content sentences only, so the first text's
        // headline no longer counts against its lead), and always those of today's PacSumRanker with the parameters it
        // recorded.
        (string[] texts, string[] saved, string[] loaded) = Run("pacsum");
        Assert.Equal(saved[1], loaded[1]);

        ExtractiveSummarizer core = ExtractiveSummarizer.Create(new SummarizerOptions
        {
            Ranker = new PacSumRanker { Threshold = 0.5, BackwardWeight = -1.5 },
            Budget = SummaryBudget.Sentences(2),
            RedundancyThreshold = 0.5,
            KeywordCount = 3,
        });
        Assert.Equal(texts.Select(t => core.Summarize(t).Text), loaded);
    }

    [Fact]
    public void PageRankModel_LoadsWithItsParametersAndWithoutTheLeadWeight()
    {
        (string[] texts, _, string[] loaded) = Run("pagerank");

        ExtractiveSummarizer core = ExtractiveSummarizer.Create(new SummarizerOptions
        {
            Ranker = new PageRankRanker { Damping = 0.9, PositionBias = 0.3 },
            Budget = SummaryBudget.Words(40),
            Similarity = SentenceSimilarity.Bm25Plus,
        });
        Assert.Equal(texts.Select(t => core.Summarize(t).Text), loaded);
        Assert.All(loaded, summary => Assert.NotEmpty(summary));
    }

    private sealed class Row
    {
        public string Text { get; set; } = string.Empty;

        public string Summary { get; set; } = string.Empty;
    }
}
