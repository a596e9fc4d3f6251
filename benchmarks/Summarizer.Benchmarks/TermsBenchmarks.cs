using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>
/// The term stage on a whole novel (<c>../shared/data/scale/austen_20000.txt</c>): the tokenizer alone, the term
/// pipeline per token (lower-case, stop words, stem, intern; stemming once per distinct form), the whole
/// <c>DocumentTerms.Build</c> over pre-split sentences, and the language guess.
/// </summary>
/// <remarks>
/// Targets: tokenizer at least 20 M tokens/s; term pipeline at least 5 M tokens/s with allocations that follow the
/// number of distinct forms, not tokens. tokens/s = 20000-sentence token count / mean.
/// Measured with a throwaway Program (<c>BenchmarkSwitcher...Run(args)</c>) and
/// <c>dotnet run -c Release -p:EnforceCodeStyleInBuild=false --project benchmarks/Summarizer.Benchmarks -- --filter *TermsBenchmarks* --job short --inProcess</c> (in-process because the generated project would not build with the code-style gate),
/// .NET 10, Release, 2 cores shared with other builds (load average about 4 to 6, so means are pessimistic and noisy: StdDev up to 20%);
/// austen_20000 has 2,403,240 characters, 18,902 sentences, 432,508 tokens and 11,358 distinct lower-cased forms:
/// <code>
/// | Method             | Mean        | Allocated | tokens/s |
/// |------------------- |------------:|----------:|---------:|
/// | Tokenize           | 15,751.5 us |         - |   27.5 M |
/// | TermPipeline       | 52,408.8 us |   2.23 MB |    8.3 M |  (about 197 B per distinct form, none per token)
/// | BuildDocumentTerms | 54,490.2 us |   4.43 MB |    7.9 M |  (adds the three occurrence arrays it returns)
/// | DetectLanguage     |     40.5 us |         - |        - |  (decided after its first 512 stop words)
/// </code>
/// </remarks>
[MemoryDiagnoser]
public class TermsBenchmarks
{
    private string _text = "";
    private IReadOnlyList<SentenceSpan> _sentences = [];

    /// <summary>Loads the novel and splits it once; the splitter is not measured here.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(FindData("scale/austen_20000.txt"));
        _sentences = SentenceSplitter.Default.Split(_text);
        Console.WriteLine($"// austen_20000: {_text.Length} chars, {Tokenize()} tokens, {_sentences.Count} sentences");
    }

    /// <summary>The tokenizer alone: offsets and kinds, nothing allocated.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int count = 0;
        foreach (Token token in WordTokenizer.Enumerate(_text))
        {
            count += token.Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>Tokenize, lower-case, drop stop words, stem once per distinct form, intern.</summary>
    [Benchmark]
    public int TermPipeline()
    {
        var analyzer = new TermAnalyzer(Language.English, new Vocabulary());
        ReadOnlySpan<char> text = _text;
        int sum = 0;
        foreach (Token token in WordTokenizer.Enumerate(text))
        {
            sum += analyzer.TermOf(token.Slice(text), token.Kind);
        }

        return sum;
    }

    /// <summary>The whole term stage per sentence, with the term occurrence arrays it returns.</summary>
    [Benchmark]
    public int BuildDocumentTerms() =>
        DocumentTerms.Build(_text, _sentences, new TermOptions(Language.English), CancellationToken.None).TermIds.Length;

    /// <summary>The language guess over the whole text.</summary>
    [Benchmark]
    public string DetectLanguage() => Language.Detect(_text).Code;

    private static string FindData(string relative)
    {
        string? fromEnv = Environment.GetEnvironmentVariable("SUMMARIZER_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, relative)))
        {
            return Path.Combine(fromEnv, relative);
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "..", "shared", "data", relative);
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")) && File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new FileNotFoundException("The shared dev data (../shared/data beside the repository, or $SUMMARIZER_SHARED_DATA) is absent.", relative);
    }
}
