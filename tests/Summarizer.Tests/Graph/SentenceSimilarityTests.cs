using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Linq;
using CsCheck;

namespace Summarizer.Tests.Graph;

public sealed class SentenceSimilarityTests
{
    internal static SentenceSimilarity ByName(string name) => name switch
    {
        "textrank" => SentenceSimilarity.TextRank,
        "bm25" => SentenceSimilarity.Bm25,
        "bm25+" => SentenceSimilarity.Bm25Plus,
        "cosine" => SentenceSimilarity.Cosine,
        _ => SentenceSimilarity.CreateCosine(0.2),
    };

    [Theory]
    [InlineData("textrank")]
    [InlineData("bm25")]
    [InlineData("bm25+")]
    [InlineData("cosine")]
    [InlineData("cosine:0.2")]
    public void GraphWeights_RandomDocuments_MatchNaiveReference(string name) =>
        TestText.Documents(12, 31).Sample(text => CheckGraphWeights(name, text), iter: 5);

    private static void CheckGraphWeights(string name, string text)
    {
        DocumentTerms terms = TestText.Terms(text, out _);
        SentenceSimilarity similarity = ByName(name);
        SentenceGraph graph = BuildGraph(terms, similarity, null, 0, 0);
        double[,] expected = SimilarityReference.Dense(terms, name, null, 0);

        int n = terms.SentenceCount;
        var actual = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<int> columns = graph.NeighboursOf(i);
            ReadOnlySpan<float> weights = graph.WeightsOf(i);
            for (int k = 0; k < columns.Length; k++)
            {
                Assert.True(k == 0 || columns[k] > columns[k - 1], "columns ascending");
                actual[i, columns[k]] = weights[k];
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                Assert.Equal(actual[i, j], actual[j, i]);
                Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= 1e-4 * Math.Max(1, Math.Abs(expected[i, j])), $"{name} ({i},{j}): expected {expected[i, j]}, got {actual[i, j]}");
            }
        }
    }

    [Fact]
    public void Background_FrequenciesReplaceTheDocumentsOwn()
    {
        string text = TestText.Document(5, 20);
        DocumentTerms terms = TestText.Terms(text, out _);
        DocumentFrequencies background = DocumentFrequencies.Build([TestText.Document(6, 10), TestText.Document(7, 3), "Market market oil.", "Film award."]);
        SentenceGraph graph = BuildGraph(terms, SentenceSimilarity.Bm25Plus, background, 0, 0);
        double[,] expected = SimilarityReference.Dense(terms, "bm25+", background, 0);
        for (int i = 0; i < terms.SentenceCount; i++)
        {
            ReadOnlySpan<int> columns = graph.NeighboursOf(i);
            ReadOnlySpan<float> weights = graph.WeightsOf(i);
            for (int k = 0; k < columns.Length; k++)
            {
                Assert.Equal(expected[i, columns[k]], weights[k], 1e-3);
            }
        }
    }

    [Fact]
    public void DocumentFrequencies_SaveAndLoad_RoundTrips()
    {
        DocumentFrequencies frequencies = DocumentFrequencies.Build(["Oil prices rose.", "Oil and gas shares fell.", "The film won an award."]);
        Assert.Equal(3, frequencies.DocumentCount);
        Assert.Equal(2, frequencies.FrequencyOf("oil"));
        Assert.Equal(0, frequencies.FrequencyOf("the"));
        Assert.Equal(0, frequencies.FrequencyOf("unseen"));

        using var stream = new MemoryStream();
        frequencies.Save(stream);
        stream.Position = 0;
        DocumentFrequencies loaded = DocumentFrequencies.Load(stream);
        Assert.Equal(frequencies.DocumentCount, loaded.DocumentCount);
        Assert.Equal(frequencies.TermCount, loaded.TermCount);
        Assert.Equal(2, loaded.FrequencyOf("oil"));
        Assert.Equal(1, loaded.FrequencyOf("award"));
    }

    [Fact]
    public void DocumentFrequencies_TermTooLongForALine_IsNotKept_SoThatWhatSaveWritesLoads()
    {
        // A base64 blob or a run of a hash's characters in a corpus: its term would make a line Load refuses.
        DocumentFrequencies frequencies = DocumentFrequencies.Build(["The hash " + new string('a', 5000) + " was logged.", "The log was kept."]);
        Assert.Equal(2, frequencies.FrequencyOf("log"));
        Assert.Equal(0, frequencies.FrequencyOf(new string('a', 5000)));

        using var stream = new MemoryStream();
        frequencies.Save(stream);
        stream.Position = 0;
        DocumentFrequencies loaded = DocumentFrequencies.Load(stream);
        Assert.Equal(frequencies.TermCount, loaded.TermCount);
        Assert.Equal(2, loaded.FrequencyOf("log"));
    }

    [Fact]
    public void DocumentFrequencies_ClosedStream_ThrowsArgumentException()
    {
        var closed = new MemoryStream();
        closed.Dispose();
        DocumentFrequencies frequencies = DocumentFrequencies.Build(["Oil prices rose."]);
        Assert.Throws<ArgumentException>(() => DocumentFrequencies.Load(closed));
        Assert.Throws<ArgumentException>(() => frequencies.Save(closed));
        Assert.Throws<ArgumentException>(() => LearnedRanker.Load(closed));
    }

    [Fact]
    public void DocumentFrequencies_MinimumCount_DropsRareTerms()
    {
        DocumentFrequencies frequencies = DocumentFrequencies.Build(["Oil prices rose.", "Oil and gas shares fell."], minimumCount: 2);
        Assert.Equal(1, frequencies.TermCount);
        Assert.Equal(2, frequencies.FrequencyOf("oil"));
    }

    [Fact]
    public void DocumentFrequencies_Load_RejectsMalformed()
    {
        using var stream = new MemoryStream("not a header\n"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => DocumentFrequencies.Load(stream));
    }

    [Fact]
    public void DocumentFrequencies_Load_RefusesALineTooLongBeforeReadingItWhole()
    {
        // A file with no line break (a device, a wrong file): refused at the bound, not read into memory.
        using var header = new MemoryStream(Encoding.UTF8.GetBytes("summarizer-df 1 2\n" + new string('a', DocumentFrequencies.MaxLineLength + 1)));
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => DocumentFrequencies.Load(header));
        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);

        using var noHeader = new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 10 * DocumentFrequencies.MaxLineLength)));
        Assert.Throws<InvalidDataException>(() => DocumentFrequencies.Load(noHeader));
    }

    [Fact]
    public void DocumentFrequencies_Build_WithALanguage_MakesTheSummarizersTerms()
    {
        string[] corpus = ["Die Kinder spielen im Garten.", "Die Kinder lesen."];

        DocumentFrequencies german = DocumentFrequencies.Build(corpus, Language.German);
        DocumentFrequencies guessed = DocumentFrequencies.Build(corpus);

        // German: the stop word "die" is no term, and "Kinder" has the German stem.
        Assert.Equal(0, german.FrequencyOf("die"));
        Assert.Equal(2, german.FrequencyOf("kind"));
        // Too short to tell, each document is read as English: "die" counts, "kinder" keeps its ending.
        Assert.Equal(2, guessed.FrequencyOf("die"));
        Assert.Equal(2, guessed.FrequencyOf("kinder"));
    }

    [Theory]
    [InlineData(-1, 0.75)]
    [InlineData(1.2, 1.5)]
    [InlineData(double.NaN, 0.5)]
    public void CreateBm25_OutOfRange_Throws(double k1, double b) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SentenceSimilarity.CreateBm25(k1, b));

    [Fact]
    public void Factories_GivenTheBuiltInParameters_ReturnTheBuiltIns()
    {
        Assert.Same(SentenceSimilarity.Bm25, SentenceSimilarity.CreateBm25());
        Assert.Same(SentenceSimilarity.Bm25Plus, SentenceSimilarity.CreateBm25Plus(k1: 1.2, b: 0.75, delta: 1));
        Assert.Same(SentenceSimilarity.Cosine, SentenceSimilarity.CreateCosine());
        Assert.NotSame(SentenceSimilarity.Bm25, SentenceSimilarity.CreateBm25(k1: 1.5));
    }

    [Fact]
    public void Names_DescribeParameters()
    {
        Assert.Equal("textrank", SentenceSimilarity.TextRank.Name);
        Assert.Equal("bm25(k1=1.2,b=0.75)", SentenceSimilarity.Bm25.Name);
        Assert.Equal("bm25+(k1=1.2,b=0.75,delta=1)", SentenceSimilarity.Bm25Plus.Name);
        Assert.Equal("cosine(threshold=0.1)", SentenceSimilarity.CreateCosine(0.1).Name);
    }

    [Fact]
    public void Cap_LongInput_KeepsAtMostKStrongestPerSentenceAndSaysSo()
    {
        string text = TestText.Document(11, 300);
        DocumentTerms terms = TestText.Terms(text, out _);
        SentenceGraph full = BuildGraph(terms, SentenceSimilarity.Bm25Plus, null, 0, 0);
        SentenceGraph capped = BuildGraph(terms, SentenceSimilarity.Bm25Plus, null, 5, 0);
        Assert.False(full.CapApplied);
        Assert.True(capped.CapApplied);
        Assert.True(capped.EntryCount <= 2 * 5 * terms.SentenceCount);
        Assert.True(capped.EntryCount < full.EntryCount);

        // Every kept edge has the full graph's weight, and each sentence keeps at least its strongest neighbour.
        for (int i = 0; i < terms.SentenceCount; i++)
        {
            ReadOnlySpan<int> columns = capped.NeighboursOf(i);
            for (int k = 0; k < columns.Length; k++)
            {
                int index = full.NeighboursOf(i).IndexOf(columns[k]);
                Assert.True(index >= 0);
                Assert.Equal(full.WeightsOf(i)[index], capped.WeightsOf(i)[k]);
                Assert.True(capped.NeighboursOf(columns[k]).Contains(i), "symmetric");
            }

            if (full.WeightsOf(i).Length > 0)
            {
                float strongest = 0;
                foreach (float w in full.WeightsOf(i))
                {
                    strongest = Math.Max(strongest, w);
                }

                Assert.Contains(strongest, capped.WeightsOf(i).ToArray());
            }
        }
    }

    [Fact]
    public void Cap_FrequentTerms_AreSkipped()
    {
        string text = TestText.Document(12, 200);
        DocumentTerms terms = TestText.Terms(text, out _);
        SentenceGraph graph = BuildGraph(terms, SentenceSimilarity.TextRank, null, 0, 10);
        Assert.True(graph.CapApplied);
        double[,] expected = SimilarityReference.Dense(terms, "textrank", null, 10);
        for (int i = 0; i < terms.SentenceCount; i++)
        {
            ReadOnlySpan<int> columns = graph.NeighboursOf(i);
            for (int k = 0; k < columns.Length; k++)
            {
                Assert.Equal(expected[i, columns[k]], graph.WeightsOf(i)[k], 1e-4);
            }
        }
    }

    [Theory]
    [InlineData("textrank", 400, 5, 0)]
    [InlineData("textrank", 600, 8, 40)]
    [InlineData("textrank", 100, 4, 0)]
    [InlineData("bm25", 400, 3, 0)]
    [InlineData("bm25+", 500, 16, 60)]
    [InlineData("cosine", 300, 1, 0)]
    public void Cap_TopK_MatchesSortAllReference(string name, int sentences, int maxEdges, int maxTermSentences) =>
        TestText.Documents(sentences, sentences).Sample(text => CheckCap(name, text, maxEdges, maxTermSentences), iter: 1);

    private static void CheckCap(string name, string text, int maxEdges, int maxTermSentences)
    {
        SentenceSimilarity similarity = name switch
        {
            "textrank" => SentenceSimilarity.TextRank,
            "bm25" => SentenceSimilarity.Bm25,
            "bm25+" => SentenceSimilarity.Bm25Plus,
            _ => SentenceSimilarity.Cosine,
        };
        DocumentTerms terms = TestText.Terms(text, out _);
        SentenceGraph full = BuildGraph(terms, similarity, null, 0, maxTermSentences);
        SentenceGraph capped = BuildGraph(terms, similarity, null, maxEdges, maxTermSentences);
        int n = terms.SentenceCount;

        // Reference: sort every row of the uncapped graph by weight (descending, ties to the lower column), keep the
        // first k, and take the union of the kept directed edges.
        var expected = new SortedDictionary<int, float>[n];
        for (int i = 0; i < n; i++)
        {
            expected[i] = [];
        }

        for (int i = 0; i < n; i++)
        {
            int[] columns = full.NeighboursOf(i).ToArray();
            float[] weights = full.WeightsOf(i).ToArray();
            int[] byStrength = [.. Enumerable.Range(0, columns.Length)
                .OrderByDescending(k => weights[k]).ThenBy(k => columns[k]).Take(maxEdges)];
            foreach (int k in byStrength)
            {
                expected[i][columns[k]] = weights[k];
                expected[columns[k]][i] = weights[k];
            }
        }

        Assert.True(capped.CapApplied);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(expected[i].Keys.ToArray(), capped.NeighboursOf(i).ToArray());
            Assert.Equal(expected[i].Values.ToArray(), capped.WeightsOf(i).ToArray());
        }
    }

    [Theory]
    [InlineData("textrank", 64, 256)]
    [InlineData("bm25", 8, 0)]
    [InlineData("cosine", 0, 300)]
    public void Build_ManyChunks_SameGraphAsOneChunk(string name, int maxEdges, int maxTermSentences)
    {
        SentenceSimilarity similarity = name switch
        {
            "textrank" => SentenceSimilarity.TextRank,
            "bm25" => SentenceSimilarity.Bm25,
            _ => SentenceSimilarity.Cosine,
        };

        // Many chunks built on the thread pool and joined must give the one-chunk graph bit for bit.
        DocumentTerms terms = TestText.Terms(TestText.Document(21, 1500), out _);
        TermMatrix matrix = TermMatrix.Build(terms, default);
        SimilarityWeights weights = similarity.Weigh(matrix, TermStatistics.Create(matrix, terms, null));
        SentenceGraph single = SentenceGraphBuilder.Build(matrix, similarity, weights, maxEdges, maxTermSentences, int.MaxValue, default);
        SentenceGraph chunked = SentenceGraphBuilder.Build(matrix, similarity, weights, maxEdges, maxTermSentences, 97, default);
        Assert.Equal(single.CapApplied, chunked.CapApplied);
        Assert.Equal(single.RowStarts, chunked.RowStarts);
        Assert.Equal(single.Columns, chunked.Columns);
        Assert.Equal(single.Weights, chunked.Weights);

        // The builds write in pooled arrays: each graph owns arrays of its exact size, which a later build leaves alone.
        foreach (SentenceGraph graph in new[] { single, chunked })
        {
            Assert.Equal(graph.EntryCount, graph.Columns.Length);
            Assert.Equal(graph.EntryCount, graph.Weights.Length);
        }

        int[] columns = [.. chunked.Columns];
        float[] edgeWeights = [.. chunked.Weights];
        DocumentTerms other = TestText.Terms(TestText.Document(23, 1500), out _);
        TermMatrix otherMatrix = TermMatrix.Build(other, default);
        SimilarityWeights otherWeights = similarity.Weigh(otherMatrix, TermStatistics.Create(otherMatrix, other, null));
        SentenceGraphBuilder.Build(otherMatrix, similarity, otherWeights, maxEdges, maxTermSentences, 97, default);
        SentenceGraphBuilder.Build(otherMatrix, similarity, otherWeights, maxEdges, maxTermSentences, int.MaxValue, default);
        Assert.Equal(columns, chunked.Columns);
        Assert.Equal(edgeWeights, chunked.Weights);
    }

    [Fact]
    public void Build_Cancelled_Throws()
    {
        DocumentTerms terms = TestText.Terms(TestText.Document(22, 500), out _);
        TermMatrix matrix = TermMatrix.Build(terms, default);
        SimilarityWeights weights = SentenceSimilarity.TextRank.Weigh(matrix, TermStatistics.Create(matrix, terms, null));
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SentenceGraphBuilder.Build(matrix, SentenceSimilarity.TextRank, weights, 64, 256, 50, cancelled.Token));
    }

    internal static SentenceGraph BuildGraph(DocumentTerms terms, SentenceSimilarity similarity, DocumentFrequencies? background, int maxEdges, int maxTermSentences)
    {
        TermMatrix matrix = TermMatrix.Build(terms, default);
        SimilarityWeights weights = similarity.Weigh(matrix, TermStatistics.Create(matrix, terms, background));
        return SentenceGraphBuilder.Build(matrix, similarity, weights, maxEdges, maxTermSentences, default);
    }
}

/// <summary>The similarities straight from their formulas, over all pairs, with dictionaries.</summary>
internal static class SimilarityReference
{
    public static double[,] Dense(DocumentTerms terms, string name, DocumentFrequencies? background, int maxTermSentences)
    {
        int n = terms.SentenceCount;
        var bags = new List<Dictionary<int, int>>();
        var df = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            var bag = new Dictionary<int, int>();
            foreach (int t in terms.TermsOf(i))
            {
                bag[t] = bag.GetValueOrDefault(t) + 1;
            }

            foreach (int t in bag.Keys)
            {
                df[t] = df.GetValueOrDefault(t) + 1;
            }

            bags.Add(bag);
        }

        double units = background?.DocumentCount ?? n;
        double Df(int t) => background is null ? df[t] : background.FrequencyOf(terms.Vocabulary[t]);
        bool Skipped(int t) => maxTermSentences > 0 && df[t] > maxTermSentences;

        // BM25 IDF with the Barrios floor, over the document's vocabulary.
        var bm25Idf = new Dictionary<int, double>();
        double idfSum = 0;
        for (int t = 0; t < terms.Vocabulary.Count; t++)
        {
            double idf = Math.Log(Math.Max(units - Df(t), 0) + 0.5) - Math.Log(Df(t) + 0.5);
            bm25Idf[t] = idf;
            idfSum += idf;
        }

        double floor = 0.25 * idfSum / terms.Vocabulary.Count;
        double average = 0;
        for (int i = 0; i < n; i++)
        {
            average += terms.TermsOf(i).Length;
        }

        average /= n;

        double Bm25(int q, int d, double delta)
        {
            double score = 0;
            foreach (int t in terms.TermsOf(q))
            {
                if (Skipped(t) || !bags[d].TryGetValue(t, out int tf))
                {
                    continue;
                }

                double idf = bm25Idf[t] < 0 ? floor : bm25Idf[t];
                score += idf * ((tf * 2.2 / (tf + (1.2 * (0.25 + (0.75 * terms.TermsOf(d).Length / average))))) + delta);
            }

            return score;
        }

        double Cosine(int a, int b)
        {
            double dot = 0, na = 0, nb = 0;
            foreach ((int t, int tf) in bags[a])
            {
                double idf = Math.Log((units + 1) / (Df(t) + 1)) + 1;
                na += tf * idf * tf * idf;
                if (!Skipped(t) && bags[b].TryGetValue(t, out int tf2))
                {
                    dot += tf * idf * tf2 * idf;
                }
            }

            foreach ((int t, int tf) in bags[b])
            {
                double idf = Math.Log((units + 1) / (Df(t) + 1)) + 1;
                nb += tf * idf * tf * idf;
            }

            return na > 0 && nb > 0 ? dot / Math.Sqrt(na * nb) : 0;
        }

        var result = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                double w;
                switch (name)
                {
                    case "textrank":
                        int shared = 0;
                        foreach (int t in bags[i].Keys)
                        {
                            if (!Skipped(t) && bags[j].ContainsKey(t))
                            {
                                shared++;
                            }
                        }

                        double denominator = Math.Log(terms.TermsOf(i).Length) + Math.Log(terms.TermsOf(j).Length);
                        w = denominator > 0 ? shared / denominator : 0;
                        break;
                    case "bm25":
                        w = (Bm25(i, j, 0) + Bm25(j, i, 0)) / 2;
                        break;
                    case "bm25+":
                        w = (Bm25(i, j, 1) + Bm25(j, i, 1)) / 2;
                        break;
                    case "cosine":
                        w = Cosine(i, j);
                        break;
                    default:
                        w = Cosine(i, j) >= 0.2 ? 1 : 0;
                        break;
                }

                result[i, j] = w;
            }
        }

        return result;
    }
}
