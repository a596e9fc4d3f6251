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

    [Benchmark]
    public Summary Summarize() => ExtractiveSummarizer.Default.Summarize(_text);
}
