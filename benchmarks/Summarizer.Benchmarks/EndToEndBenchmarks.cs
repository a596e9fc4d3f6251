using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>The whole pipeline, text in, top-3 summary out, on a news article and on book-length texts.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private string _text = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkData.News;

    public static IEnumerable<string> Inputs() => BenchmarkData.Available();

    [GlobalSetup]
    public void Setup() => _text = BenchmarkData.Load(Input);

    private static readonly ExtractiveSummarizer s_pageRank = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.PageRank });

    /// <summary>The default summarizer (the learned ranker).</summary>
    [Benchmark(Baseline = true)]
    public Summary Summarize() => ExtractiveSummarizer.Default.Summarize(_text);

    /// <summary>The unsupervised ranker, for the cost of the learned one beside it.</summary>
    [Benchmark]
    public Summary SummarizePageRank() => s_pageRank.Summarize(_text);
}
