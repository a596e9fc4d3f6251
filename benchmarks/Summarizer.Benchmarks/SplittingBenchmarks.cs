using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>
/// Throughput of the rule-based sentence splitter on the bundled news article and on English prose (Austen,
/// 20,000 sentences, 2.4 MB, when the shared data is present). Results: benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
public class SplittingBenchmarks
{
    private string _text = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkData.News;

    public static IEnumerable<string> Inputs() => BenchmarkData.Available().Where(name => name is BenchmarkData.News or "austen-20000");

    [GlobalSetup]
    public void Setup() => _text = BenchmarkData.Load(Input);

    /// <summary>Counts the segments with the allocation-free enumerator.</summary>
    [Benchmark(Baseline = true)]
    public int Enumerate()
    {
        int count = 0;
        foreach (SentenceSpan sentence in RuleBasedSentenceSplitter.English.EnumerateSentences(_text))
        {
            count += sentence.Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>Splits into a list, as the summarizer does.</summary>
    [Benchmark]
    public int SplitToList() => SentenceSplitter.Default.Split(_text).Count;
}
