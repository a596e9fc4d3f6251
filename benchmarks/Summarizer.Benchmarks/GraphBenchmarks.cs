using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>
/// Sentence-graph construction: each similarity through the inverted index into CSR, against a naive all-pairs dense
/// build (every pair merged term by term into an n x n matrix), on the news article and the Austen texts.
/// </summary>
[MemoryDiagnoser]
public class GraphBenchmarks
{
    private TermMatrix _matrix = null!;
    private SimilarityWeights _textRank;
    private SimilarityWeights _bm25;
    private SimilarityWeights _bm25Plus;
    private SimilarityWeights _cosine;

    /// <summary>The news article and the Austen texts up to 5,000 sentences (the naive baseline is quadratic).</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkData.News;

    public static IEnumerable<string> Inputs() => BenchmarkData.Available(maxSentences: 5000);

    [GlobalSetup]
    public void Setup()
    {
        string text = BenchmarkData.Load(Input);
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        DocumentTerms terms = DocumentTerms.Build(text, spans, CancellationToken.None);
        _matrix = TermMatrix.Build(terms, CancellationToken.None);
        TermStatistics statistics = TermStatistics.Create(_matrix, terms, null);
        _textRank = SentenceSimilarity.TextRank.Weigh(_matrix, statistics);
        _bm25 = SentenceSimilarity.Bm25.Weigh(_matrix, statistics);
        _bm25Plus = SentenceSimilarity.Bm25Plus.Weigh(_matrix, statistics);
        _cosine = SentenceSimilarity.Cosine.Weigh(_matrix, statistics);
    }

    [Benchmark(Baseline = true)]
    public float[] NaiveAllPairsTextRank() => NaiveDense(_matrix, SentenceSimilarity.TextRank, _textRank);

    [Benchmark]
    public int TextRank() => Build(SentenceSimilarity.TextRank, _textRank);

    [Benchmark]
    public int Bm25() => Build(SentenceSimilarity.Bm25, _bm25);

    [Benchmark]
    public int Bm25Plus() => Build(SentenceSimilarity.Bm25Plus, _bm25Plus);

    [Benchmark]
    public int Cosine() => Build(SentenceSimilarity.Cosine, _cosine);

    private int Build(SentenceSimilarity similarity, SimilarityWeights weights) =>
        SentenceGraphBuilder.Build(_matrix, similarity, weights, SummarizerOptions.Default.MaxEdgesPerSentence, SummarizerOptions.Default.MaxTermSentences, CancellationToken.None).EntryCount;

    /// <summary>The textbook build: every pair of sentences, its shared terms found by merging the two term lists.</summary>
    internal static float[] NaiveDense(TermMatrix matrix, SentenceSimilarity similarity, SimilarityWeights weights)
    {
        int n = matrix.SentenceCount;
        var dense = new float[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                float forward = 0;
                float backward = 0;
                int a = matrix.RowStarts[i];
                int b = matrix.RowStarts[j];
                while (a < matrix.RowStarts[i + 1] && b < matrix.RowStarts[j + 1])
                {
                    if (matrix.Terms[a] == matrix.Terms[b])
                    {
                        forward += weights.Query[a] * weights.Document[b];
                        backward += weights.Query[b] * weights.Document[a];
                        a++;
                        b++;
                    }
                    else if (matrix.Terms[a] < matrix.Terms[b])
                    {
                        a++;
                    }
                    else
                    {
                        b++;
                    }
                }

                float w = similarity.Combine(forward, backward, weights.Norms[i], weights.Norms[j]);
                dense[(i * n) + j] = w;
                dense[(j * n) + i] = w;
            }
        }

        return dense;
    }
}

/// <summary>Seeded random news-like text over a small vocabulary (so that sentences share terms often).</summary>
internal static class BenchmarkText
{
    private static readonly string[] s_words =
    [
        "market", "growth", "profit", "bank", "rates", "energy", "prices", "oil", "company", "shares", "investors",
        "government", "policy", "election", "minister", "film", "award", "music", "album", "record", "sales", "quarter",
        "economy", "trade", "exports", "jobs", "workers", "union", "strike", "court", "judge", "ruling", "appeal",
        "season", "league", "match", "striker", "goal", "coach", "transfer", "budget", "tax", "spending", "deficit",
    ];

    private static readonly string[] s_stop = ["the", "of", "and", "to", "in", "was", "for", "with", "on", "at"];

    public static string Document(int seed, int sentences)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        for (int s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                builder.Append(random.Next(6) == 0 ? "\n\n" : " ");
            }

            int words = random.Next(6, 25);
            for (int w = 0; w < words; w++)
            {
                string word = random.Next(3) == 0 ? s_stop[random.Next(s_stop.Length)] : s_words[random.Next(s_words.Length)] + (random.Next(8) == 0 ? "s" + random.Next(500) : string.Empty);
                if (w == 0)
                {
                    word = char.ToUpperInvariant(word[0]) + word[1..];
                }
                else
                {
                    builder.Append(' ');
                }

                builder.Append(word);
            }

            builder.Append('.');
        }

        return builder.ToString();
    }
}
