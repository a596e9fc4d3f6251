using System;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Summarizer.ML.Tests;

public sealed class SummarizerOptionsCodecTests
{
    private static readonly SummarizerOptions s_everythingChanged = new()
    {
        Budget = SummaryBudget.Words(77),
        Ranker = new PacSumRanker { ForwardWeight = 0.5, BackwardWeight = -1.25, Threshold = 0.3, QueryWeight = 0.1 + 0.2 },
        Similarity = SentenceSimilarity.Cosine,
        MaxEdgesPerSentence = 12,
        MaxTermSentences = 99,
        RedundancyThreshold = 0.45,
        IncludeHeadingsAndListItems = true,
        MinSentenceWords = 2,
        MaxSentenceWords = 60,
        Order = SummaryOrder.Score,
        KeywordCount = 8,
        MaxInputLength = 5000,
        Language = Language.German,
        Splitter = SentenceSplitter.ForLanguage("fr"),
    };

    // Not written: background frequencies must be the default (checked) and the ranking output does not change a
    // summary. The input length limit is written when it is not the default (as here).
    private static readonly string[] s_notEncoded =
    [
        nameof(SummarizerOptions.BackgroundFrequencies), nameof(SummarizerOptions.IncludeRanking),
    ];

    public static TheoryData<SentenceRanker> Rankers =>
    [
        new PageRankRanker { Damping = 0.7, Tolerance = 1e-9, MaxIterations = 33, PositionBias = 0.1 + 0.2, QueryWeight = 0.25 },
        new PacSumRanker { ForwardWeight = 0.5, BackwardWeight = -1.25, Threshold = 0.3, QueryWeight = 0.1 + 0.2 },
        SentenceRanker.PageRank,
        SentenceRanker.PacSum,
        SentenceRanker.Default,
    ];

    private static PropertyInfo[] Properties => typeof(SummarizerOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    [Fact]
    public void Decode_OfEncode_KeepsEveryEncodedOption()
    {
        string encoded = SummarizerOptionsCodec.Encode(s_everythingChanged, s_everythingChanged.KeywordCount);
        SummarizerOptions decoded = SummarizerOptionsCodec.Decode(encoded);

        foreach (PropertyInfo property in Properties.Where(p => !s_notEncoded.Contains(p.Name)))
        {
            object? expected = property.GetValue(s_everythingChanged);
            object? actual = property.GetValue(decoded);
            if (expected is SummaryBudget budget)
            {
                Assert.Equal(budget.Unit, ((SummaryBudget)actual!).Unit);
                Assert.Equal(budget.Limit, ((SummaryBudget)actual!).Limit);
            }
            else if (expected is SentenceRanker ranker)
            {
                AssertSameRanker(ranker, (SentenceRanker)actual!);
            }
            else
            {
                Assert.True(Equals(expected, actual), $"{property.Name}: {expected} != {actual}");
            }

            Assert.False(
                Equals(property.GetValue(SummarizerOptions.Default), expected) && property.PropertyType != typeof(SummaryBudget),
                $"{property.Name} should differ from the default in this test");
        }
    }

    [Theory]
    [MemberData(nameof(Rankers))]
    public void Decode_OfEncode_KeepsTheRankerAndEveryParameter(SentenceRanker ranker)
    {
        SummarizerOptions decoded = SummarizerOptionsCodec.Decode(SummarizerOptionsCodec.Encode(new SummarizerOptions { Ranker = ranker }, 0));
        AssertSameRanker(ranker, decoded.Ranker);
    }

    [Fact]
    public void SummarizerOptions_HasNoPropertyTheCodecDoesNotKnow()
    {
        // When the core gains an option, this fails until the codec writes it (or it is listed as not encoded); the
        // ranker writes its name and then its parameters.
        // The splitter is written only when set (without one the language's splitter is used), the input length limit
        // only when it is not the default.
        string encoded = SummarizerOptionsCodec.Encode(new SummarizerOptions { Ranker = SentenceRanker.PageRank, Splitter = SentenceSplitter.Presplit, MaxInputLength = 0 }, 0);
        int encodedCount = encoded.Count(c => c == '=');
        Assert.Equal(Properties.Length - s_notEncoded.Length + RankerParameters(typeof(PageRankRanker)).Length, encodedCount);
    }

    [Fact]
    public void Encode_DefaultInputLimit_IsLeftOut_SoThatModelsSavedBeforeReadTheSame()
    {
        string encoded = SummarizerOptionsCodec.Encode(SummarizerOptions.Default, 0);

        Assert.DoesNotContain("max-input-length", encoded, StringComparison.Ordinal);
        Assert.Equal(SummarizerOptions.DefaultMaxInputLength, SummarizerOptionsCodec.Decode(encoded).MaxInputLength);
    }

    [Theory]
    [MemberData(nameof(Rankers))]
    public void Encode_KeysAreTheOptionNamesUsersWrite(SentenceRanker ranker)
    {
        // The keys are the names of the option descriptions, which the command line takes as --NAME: they cannot drift.
        string encoded = SummarizerOptionsCodec.Encode(new SummarizerOptions { Ranker = ranker, Similarity = SentenceSimilarity.Bm25Plus }, 2);
        string[] described =
        [
            "budget", "ranker", "similarity", "order", "language", "splitter",
            .. OptionCatalog.Scalars.Select(o => o.Name), .. OptionCatalog.Rankers.SelectMany(r => r.Parameters).Select(p => p.Name),
        ];
        Dictionary<string, string> pairs = encoded.Split(';').Skip(1).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        Assert.All(pairs.Keys, key => Assert.Contains(key, described));
        Assert.Equal(ranker.Name, pairs["ranker"]);
        Assert.Equal("bm25+", pairs["similarity"]);
        Assert.Equal("reading", pairs["order"]);
    }

    public static TheoryData<SentenceSplitter?, string?> Splitters => new()
    {
        { null, null },
        { SentenceSplitter.ForLanguage("de"), "rules:de" },
        { SentenceSplitter.Default, "rules:en" },
        { SentenceSplitter.ForLanguage("sv"), "rules:sv" },
        { SentenceSplitter.Presplit, "lines" },
    };

    [Theory]
    [MemberData(nameof(Splitters))]
    public void Decode_OfEncode_KeepsTheSplitter_WrittenOnlyWhenSet(SentenceSplitter? splitter, string? written)
    {
        string encoded = SummarizerOptionsCodec.Encode(new SummarizerOptions { Splitter = splitter, Language = Language.German }, 0);

        Dictionary<string, string> pairs = encoded.Split(';').Skip(1).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(written, pairs.GetValueOrDefault("splitter"));
        Assert.Equal("de", pairs["language"]);
        SummarizerOptions decoded = SummarizerOptionsCodec.Decode(encoded);
        Assert.Same(splitter, decoded.Splitter);
        Assert.Same(Language.German, decoded.Language);
    }

    [Fact]
    public void Decode_CurrentFormatWithoutSplitter_SplitsWithTheSavedLanguage()
    {
        // What models saved before the language chose the splitter wrote: no splitter key.
        SummarizerOptions options = SummarizerOptionsCodec.Decode("v2;budget=sentences:10;redundancy=1;min-words=0;language=de");

        Assert.Null(options.Splitter);
        Assert.Same(Language.German, options.Language);
        Summary summary = ExtractiveSummarizer.Create(options).Summarize(Summarizer.Testing.TestArticles.GermanUtilities);
        Assert.Equal(4, summary.SentenceCount);
    }

    [Fact]
    public void Encode_SimilarityMadeWithTheBuiltInParameters_IsSaved()
    {
        string encoded = SummarizerOptionsCodec.Encode(new SummarizerOptions { Similarity = SentenceSimilarity.CreateBm25() }, 0);

        Assert.Same(SentenceSimilarity.Bm25, SummarizerOptionsCodec.Decode(encoded).Similarity);
    }

    [Fact]
    public void Encode_CustomSplitter_ThrowsArgumentException()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => SummarizerOptionsCodec.Encode(new SummarizerOptions { Splitter = new LineSplitter() }, 0));
        Assert.Contains(nameof(LineSplitter), error.Message, StringComparison.Ordinal);
        Assert.Equal("options", error.ParamName);
    }

    /// <summary>A caller's own splitter: one sentence per text.</summary>
    private sealed class LineSplitter : SentenceSplitter
    {
        public override void Split(ReadOnlySpan<char> text, ICollection<SentenceSpan> destination) =>
            destination.Add(new SentenceSpan(0, text.Length, 0, SentenceKind.Sentence));
    }

    [Theory]
    [InlineData("v2;similarity=bm25+")]
    [InlineData("v2;similarity=bm25plus")]
    [InlineData("v1;similarity=bm25plus")]
    public void Decode_Bm25Plus_BothSpellings(string text)
    {
        Assert.Same(SentenceSimilarity.Bm25Plus, SummarizerOptionsCodec.Decode(text).Similarity);
    }

    [Fact]
    public void Encode_CustomRanker_ThrowsArgumentExceptionNamingIt()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => SummarizerOptionsCodec.Encode(new SummarizerOptions { Ranker = new ReversedRanker() }, 0));
        Assert.Contains("reversed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_LearnedRanker_SavesTheShippedModelByName_NotOneOfItsOwn()
    {
        var shipped = new SummarizerOptions { Ranker = new LearnedRanker { QueryWeight = 0.3 } };
        SummarizerOptions decoded = SummarizerOptionsCodec.Decode(SummarizerOptionsCodec.Encode(shipped, 0));
        LearnedRanker learned = Assert.IsType<LearnedRanker>(decoded.Ranker);
        Assert.True(learned.IsShippedModel);
        Assert.Equal(0.3, learned.QueryWeight);

        string path = Summarizer.Testing.RepositoryFiles.PathOf("src/Summarizer/Ranking/Data/learned-ranker.model");
        using FileStream stream = File.OpenRead(path);
        var own = new SummarizerOptions { Ranker = LearnedRanker.Load(stream) };
        Assert.Throws<ArgumentException>(() => SummarizerOptionsCodec.Encode(own, 0));
    }

    [Fact]
    public void Decode_ModelOfThePreviousVersion_MapsItsAlgorithmAndParameters()
    {
        // What the previous version wrote for its defaults with PageRank and with PacSum (every key, both algorithms'
        // parameters and the lead weight, which is read and ignored).
        const string Common = ";similarity=textrank;damping=0.7;tolerance=1E-09;maxIterations=33;positionBias=0.25;leadWeight=2;leadDecay=8"
            + ";pacSumForward=0.5;pacSumBackward=-1.25;pacSumThreshold=0.3;maxEdges=64;maxTermSentences=256;redundancy=0.6;headings=0"
            + ";minWords=6;maxWords=0;order=Reading;keywords=0;language=auto";

        SummarizerOptions pageRank = SummarizerOptionsCodec.Decode("v1;budget=sentences:3;algorithm=PageRank" + Common);
        var expectedPageRank = new PageRankRanker { Damping = 0.7, Tolerance = 1e-9, MaxIterations = 33, PositionBias = 0.25 };
        AssertSameRanker(expectedPageRank, pageRank.Ranker);
        Assert.Equal(6, pageRank.MinSentenceWords);

        SummarizerOptions pacSum = SummarizerOptionsCodec.Decode("v1;budget=words:50;algorithm=PacSum" + Common);
        AssertSameRanker(new PacSumRanker { ForwardWeight = 0.5, BackwardWeight = -1.25, Threshold = 0.3 }, pacSum.Ranker);
        Assert.Equal(50, pacSum.Budget.Limit);

        // An old model without an algorithm key was a PageRank model.
        AssertSameRanker(PageRankRanker.Default, SummarizerOptionsCodec.Decode("v1").Ranker);
    }

    [Fact]
    public void Decode_ModelOfThePreviousVersion_Summarizes()
    {
        SummarizerOptions options = SummarizerOptionsCodec.Decode("v1;budget=sentences:2;algorithm=PacSum;leadWeight=2;leadDecay=8;pacSumThreshold=0.5");
        Summary summary = ExtractiveSummarizer.Create(options).Summarize(TestDocuments.Create(1, seed: 3)[0].Text);
        Assert.Equal(2, summary.Sentences.Count);
        Assert.Equal("pacsum", summary.Diagnostics.Ranker);
    }

    [Fact]
    public void Encode_HoldsNoCharacterThatBreaksAnExpressionLiteral()
    {
        string encoded = SummarizerOptionsCodec.Encode(s_everythingChanged, 3);

        Assert.StartsWith(SummarizerOptionsCodec.Version + ";", encoded, StringComparison.Ordinal);
        Assert.DoesNotContain('"', encoded);
        Assert.DoesNotContain('\\', encoded);
    }

    [Theory]
    [InlineData("v9;budget=sentences:3")]
    [InlineData("v2;budget=sentences:0")]
    [InlineData("v2;budget=words:2.5")]
    [InlineData("v2;budget=sentences:1.5")]
    [InlineData("v2;min-words=6;max-words=2")]
    [InlineData("v2;budget=tokens:3")]
    [InlineData("v2;similarity=jaccard")]
    [InlineData("v2;splitter=rules:xx")]
    [InlineData("v2;splitter=icu")]
    [InlineData("v2;language=xx")]
    [InlineData("v2;ranker=magic")]
    [InlineData("v2;ranker=pagerank;damping=high")]
    [InlineData("v2;ranker=pagerank;damping=1.5")]
    [InlineData("v2;ranker=pacsum;damping=0.5")]
    [InlineData("v2;damping=0.5")]
    [InlineData("v2;newOption=1")]
    [InlineData("v2;ranker")]
    [InlineData("v2;ranker=pagerank;damping=0.5;damping=0.6")]
    [InlineData("v2;algorithm=PageRank")]
    [InlineData("v1;algorithm=Magic")]
    [InlineData("v1;damping=high")]
    [InlineData("v1;damping=1.5")]
    [InlineData("v1;ranker=pagerank")]
    [InlineData("v1;max-iterations=5")]
    [InlineData("v2;redundancy=1.5")]
    [InlineData("v2;min-words=-1")]
    [InlineData("v2;include-headings=2")]
    [InlineData("v2;keywords=1.5")]
    [InlineData("v2;order=random")]
    [InlineData("v2;ranker=pacsum;pacsum-threshold=1")]
    [InlineData("v2;ranker=pacsum;pacsum-forward-weight=NaN")]
    public void Decode_BadText_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => SummarizerOptionsCodec.Decode(text));
    }

    [Fact]
    public void Encode_CustomSplitterOrBackground_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => SummarizerOptionsCodec.Encode(new SummarizerOptions { Similarity = SentenceSimilarity.CreateBm25Plus(delta: 0.5) }, 0));
    }

    [Fact]
    public void Decode_MissingKeys_TakeCoreDefaults()
    {
        SummarizerOptions decoded = SummarizerOptionsCodec.Decode(SummarizerOptionsCodec.Version);

        Assert.Equal(SummarizerOptions.Default.Budget.Limit, decoded.Budget.Limit);
        Assert.Same(SummarizerOptions.Default.Similarity, decoded.Similarity);
        Assert.Same(SummarizerOptions.Default.Ranker, decoded.Ranker);

        SummarizerOptions partial = SummarizerOptionsCodec.Decode(SummarizerOptionsCodec.Version + ";ranker=pagerank;damping=0.5;redundancy=0.25");
        Assert.Equal(0.25, partial.RedundancyThreshold);
        Assert.Equal(SummarizerOptions.Default.MinSentenceWords, partial.MinSentenceWords);
        AssertSameRanker(new PageRankRanker { Damping = 0.5 }, partial.Ranker);
    }

    /// <summary>The public settable parameters of a built-in ranker.</summary>
    private static PropertyInfo[] RankerParameters(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();

    private static void AssertSameRanker(SentenceRanker expected, SentenceRanker actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Name, actual.Name);
        PropertyInfo[] parameters = RankerParameters(expected.GetType());
        Assert.NotEmpty(parameters);
        foreach (PropertyInfo parameter in parameters)
        {
            Assert.True(Equals(parameter.GetValue(expected), parameter.GetValue(actual)), $"{parameter.Name}: {parameter.GetValue(expected)} != {parameter.GetValue(actual)}");
        }
    }

    /// <summary>A user's ranker: the codec cannot save it.</summary>
    internal sealed class ReversedRanker : SentenceRanker
    {
        public override string Name => "reversed";

        public override SentenceRanking Rank(RankingContext context)
        {
            var scores = new double[context.SentenceCount];
            for (int i = 0; i < scores.Length; i++)
            {
                scores[i] = i;
            }

            return new SentenceRanking(scores);
        }
    }
}
