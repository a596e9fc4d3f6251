using System;
using System.Linq;
using System.Reflection;

namespace Summarizer.ML.Tests;

public sealed class SummarizerOptionsCodecTests
{
    private static readonly SummarizerOptions s_everythingChanged = new()
    {
        Budget = SummaryBudget.Words(77),
        Algorithm = RankingAlgorithm.PacSum,
        Similarity = SentenceSimilarity.Cosine,
        Damping = 0.7,
        Tolerance = 1e-9,
        MaxIterations = 33,
        PositionBias = 0.1 + 0.2,
        LeadWeight = 1.5,
        LeadDecay = 3.25,
        PacSumForwardWeight = 0.5,
        PacSumBackwardWeight = -1.25,
        PacSumThreshold = 0.3,
        MaxEdgesPerSentence = 12,
        MaxTermSentences = 99,
        RedundancyThreshold = 0.45,
        IncludeHeadingsAndListItems = true,
        MinSentenceWords = 2,
        MaxSentenceWords = 60,
        Order = SummaryOrder.Score,
        KeywordCount = 8,
        Language = Language.German,
    };

    // Not written: the splitter and background frequencies must be the defaults (checked), these two do not change
    // a summary without a query or a ranking output, and the input length limit only refuses inputs (a guard of the
    // host, not a choice of the model).
    private static readonly string[] s_notEncoded =
    [
        nameof(SummarizerOptions.Splitter), nameof(SummarizerOptions.BackgroundFrequencies),
        nameof(SummarizerOptions.QueryWeight), nameof(SummarizerOptions.IncludeRanking),
        nameof(SummarizerOptions.MaxInputLength),
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
            else
            {
                Assert.True(Equals(expected, actual), $"{property.Name}: {expected} != {actual}");
            }

            Assert.False(
                Equals(property.GetValue(SummarizerOptions.Default), expected) && property.PropertyType != typeof(SummaryBudget),
                $"{property.Name} should differ from the default in this test");
        }
    }

    [Fact]
    public void SummarizerOptions_HasNoPropertyTheCodecDoesNotKnow()
    {
        // When the core gains an option, this fails until the codec writes it (or it is listed as not encoded).
        string encoded = SummarizerOptionsCodec.Encode(SummarizerOptions.Default, 0);
        int encodedCount = encoded.Count(c => c == '=');
        Assert.Equal(Properties.Length - s_notEncoded.Length, encodedCount);
    }

    [Fact]
    public void Encode_HoldsNoCharacterThatBreaksAnExpressionLiteral()
    {
        string encoded = SummarizerOptionsCodec.Encode(s_everythingChanged, 3);

        Assert.StartsWith("v1;", encoded, StringComparison.Ordinal);
        Assert.DoesNotContain('"', encoded);
        Assert.DoesNotContain('\\', encoded);
    }

    [Theory]
    [InlineData("v2;budget=sentences:3")]
    [InlineData("v1;budget=sentences:0")]
    [InlineData("v1;budget=tokens:3")]
    [InlineData("v1;similarity=jaccard")]
    [InlineData("v1;algorithm=Magic")]
    [InlineData("v1;damping=high")]
    [InlineData("v1;newOption=1")]
    [InlineData("v1;damping")]
    [InlineData("v1;damping=0.5;damping=0.6")]
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
        SummarizerOptions decoded = SummarizerOptionsCodec.Decode("v1");

        Assert.Equal(SummarizerOptions.Default.Budget.Limit, decoded.Budget.Limit);
        Assert.Same(SummarizerOptions.Default.Similarity, decoded.Similarity);
        Assert.Equal(SummarizerOptions.Default.Damping, decoded.Damping);
    }

    [Fact]
    public void Decode_ModelFromBeforeTheLeadWeight_KeepsItsSummaries()
    {
        // Options of a model saved before LeadWeight existed carry no leadWeight key: it decodes as 0, so the model
        // ranks as it did when it was saved (with the position prior it recorded).
        SummarizerOptions decoded = SummarizerOptionsCodec.Decode("v1;positionBias=0.5");

        Assert.Equal(0, decoded.LeadWeight);
        Assert.Equal(0.5, decoded.PositionBias);
        Assert.Equal(SummarizerOptions.Default.LeadDecay, decoded.LeadDecay);
    }
}
