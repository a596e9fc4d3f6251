using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>
/// The stages before the ranker, each alone, on the bundled news article: the language guess, splitting into a list,
/// the document's terms over the split sentences, the term matrix, and the four in a row as the summarizer runs them.
/// They are the part of <see cref="EndToEndBenchmarks"/> that every ranker pays. Results: benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
public class FrontBenchmarks
{
    private string _text = string.Empty;
    private Language _language = Language.English;
    private IReadOnlyList<SentenceSpan> _sentences = [];
    private DocumentTerms? _terms;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkData.Load(BenchmarkData.News);
        _language = Language.Detect(_text);
        _sentences = _language.Splitter.Split(_text);
        _terms = DocumentTerms.Build(_text, _sentences, _language.TermOptions, CancellationToken.None);
    }

    /// <summary>The language guess over the raw text.</summary>
    [Benchmark]
    public Language Detect() => Language.Detect(_text);

    /// <summary>The language's splitter, into a list.</summary>
    [Benchmark]
    public int Split() => _language.Splitter.Split(_text).Count;

    /// <summary>Tokens, stop words, stems and term ids of every sentence.</summary>
    [Benchmark(Baseline = true)]
    public int Terms() => DocumentTerms.Build(_text, _sentences, _language.TermOptions, CancellationToken.None).TermIds.Length;

    /// <summary>The sentence-by-term matrix the graphs and features read.</summary>
    [Benchmark]
    public int Matrix() => TermMatrix.Build(_terms!, CancellationToken.None).TermCount;

    /// <summary>The four stages in a row, as <see cref="ExtractiveSummarizer"/> runs them before ranking.</summary>
    [Benchmark]
    public int Front()
    {
        Language language = Language.Detect(_text);
        IReadOnlyList<SentenceSpan> sentences = language.Splitter.Split(_text);
        DocumentTerms terms = DocumentTerms.Build(_text, sentences, language.TermOptions, CancellationToken.None);
        return TermMatrix.Build(terms, CancellationToken.None).TermCount;
    }
}
