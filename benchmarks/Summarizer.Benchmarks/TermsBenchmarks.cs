using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>
/// The term stage on a whole novel (austen_20000, or the bundled news article when the shared data is absent): the
/// tokenizer alone, the term pipeline per token (lower-case, stop words, stem, intern; stemming once per distinct
/// form), the whole <c>DocumentTerms.Build</c> over pre-split sentences, and the language guess.
/// Targets: tokenizer at least 20 M tokens/s; term pipeline at least 5 M tokens/s with allocations that follow the
/// number of distinct forms, not tokens. Results: benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
public class TermsBenchmarks
{
    private string _text = "";
    private IReadOnlyList<SentenceSpan> _sentences = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkData.News;

    public static IEnumerable<string> Inputs()
    {
        string[] available = [.. BenchmarkData.Available()];
        return available.Contains("austen-20000") ? ["austen-20000"] : [BenchmarkData.News];
    }

    /// <summary>Loads the novel and splits it once; the splitter is not measured here.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkData.Load(Input);
        _sentences = SentenceSplitter.Default.Split(_text);
        Console.WriteLine($"// {Input}: {_text.Length} chars, {Tokenize()} tokens, {_sentences.Count} sentences");
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

}
