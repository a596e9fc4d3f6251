using System;
using System.IO;
using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>
/// Throughput of the rule-based sentence splitter on English prose (Austen, 20,000 sentences, 2.4 MB) and on a
/// scraped news article with page furniture. Reads <c>../shared/data</c>; set SUMMARIZER_SHARED_DATA to override.
/// </summary>
/// <remarks>
/// Measured on the 2-core dev machine (.NET 10, Release), <c>dotnet run -c Release -- --filter *SplittingBenchmarks*</c>:
/// see the table in the commit that added this file and in the report of the splitter issue.
/// </remarks>
[MemoryDiagnoser]
public class SplittingBenchmarks
{
    private string _text = string.Empty;

    [Params("scale/austen_20000.txt", "news/article_raw.txt")]
    public string File { get; set; } = "scale/austen_20000.txt";

    [GlobalSetup]
    public void Setup()
    {
        _text = System.IO.File.ReadAllText(Path.Combine(DataRoot(), File));
    }

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

    private static string DataRoot()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("SUMMARIZER_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "data");
            }
        }

        throw new DirectoryNotFoundException("The shared dev data (../shared/data) was not found.");
    }
}
