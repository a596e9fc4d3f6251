using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace Summarizer.Tests;

public sealed class SummaryBudgetTests
{
    [Fact]
    public void ToString_NamesTheUnit_InTheSingularForOne()
    {
        Assert.Equal("1 sentence", SummaryBudget.Sentences(1).ToString());
        Assert.Equal("3 sentences", SummaryBudget.Sentences(3).ToString());
        Assert.Equal("1 word", SummaryBudget.Words(1).ToString());
        Assert.Equal("60 words", SummaryBudget.Words(60).ToString());
        Assert.Equal("1 character", SummaryBudget.Characters(1).ToString());
        Assert.Equal("0.2 of the sentences", SummaryBudget.Ratio(0.2).ToString());
        Assert.Equal("1E-05 of the sentences", SummaryBudget.Ratio(0.00001).ToString());
        Assert.Equal("0.001 of the sentences", SummaryBudget.Ratio(0.001).ToString());
    }

    private static readonly Tokenizer s_o200k = TiktokenTokenizer.CreateForModel("gpt-4o");

    public static TheoryData<SummaryBudget, SummaryBudget> Different => new()
    {
        { SummaryBudget.Sentences(3), SummaryBudget.Sentences(4) },
        { SummaryBudget.Sentences(3), SummaryBudget.Words(3) },
        { SummaryBudget.Words(40), SummaryBudget.Characters(40) },
        { SummaryBudget.Ratio(0.2), SummaryBudget.Ratio(0.25) },
        { SummaryBudget.Sentences(1), SummaryBudget.Ratio(1) },
        { SummaryBudget.Tokens(40, s_o200k), SummaryBudget.Words(40) },
        { SummaryBudget.Tokens(40, s_o200k), SummaryBudget.Tokens(41, s_o200k) },
        { SummaryBudget.Tokens(40, s_o200k), SummaryBudget.Tokens(40, TiktokenTokenizer.CreateForModel("gpt-4o")) },
    };

    [Fact]
    public void Equals_SameUnitLimitAndTokenizer_AreEqualWithEqualHashCodes()
    {
        (SummaryBudget, SummaryBudget)[] pairs =
        [
            (SummaryBudget.Sentences(3), SummaryBudget.Default),
            (SummaryBudget.Ratio(0.2), SummaryBudget.Ratio(0.2)),
            (SummaryBudget.Words(40), SummaryBudget.Words(40)),
            (SummaryBudget.Characters(500), SummaryBudget.Characters(500)),
            (SummaryBudget.Tokens(40, s_o200k), SummaryBudget.Tokens(40, s_o200k)),
        ];
        foreach ((SummaryBudget a, SummaryBudget b) in pairs)
        {
            Assert.NotSame(a, b);
            Assert.True(a.Equals(b), $"{a} vs {b}");
            Assert.True(a.Equals((object)b));
            Assert.True(a == b);
            Assert.False(a != b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Theory]
    [MemberData(nameof(Different))]
    public void Equals_DifferentUnitLimitOrTokenizerInstance_AreNotEqual(SummaryBudget a, SummaryBudget b)
    {
        Assert.False(a.Equals(b));
        Assert.False(b.Equals((object)a));
        Assert.False(a == b);
        Assert.True(a != b);
    }

    [Fact]
    public void Equals_Null_OnlyNullIsEqualToNull()
    {
        SummaryBudget? none = null;
        Assert.False(SummaryBudget.Default.Equals(null));
        Assert.False(SummaryBudget.Default.Equals((object?)null));
        Assert.False(SummaryBudget.Default == none);
        Assert.False(none == SummaryBudget.Default);
        Assert.True(none == null);
    }

    [Fact]
    public void Equals_MakesOptionsWithAnEqualBudgetEqual()
    {
        Assert.Equal(SummarizerOptions.Default, SummarizerOptions.Default with { Budget = SummaryBudget.Sentences(3) });
        Assert.True((SummarizerOptions.Default with { Budget = SummaryBudget.Sentences(3) }) == SummarizerOptions.Default);
        Assert.Equal(
            (SummarizerOptions.Default with { Budget = SummaryBudget.Words(40) }).GetHashCode(),
            (SummarizerOptions.Default with { Budget = SummaryBudget.Words(40) }).GetHashCode());
        Assert.NotEqual(SummarizerOptions.Default, SummarizerOptions.Default with { Budget = SummaryBudget.Sentences(4) });
    }

    [Fact]
    public void ShareOf_IsTheBudgetOverTheWholeTextInItsOwnUnit()
    {
        // Ten sentences of five words each.
        string text = string.Join(' ', Enumerable.Range(0, 10).Select(i => $"Sentence {i} has five words."));
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.Default.Split(text);
        Assert.Equal(10, sentences.Count);
        int[] words = Enumerable.Repeat(5, 10).ToArray();
        int joined = sentences.Sum(s => s.Length) + 9;

        Assert.Equal(0.3, SummaryBudget.Sentences(3).ShareOf(text, sentences, words), 1e-12);
        Assert.Equal(1.0, SummaryBudget.Sentences(30).ShareOf(text, sentences, words));
        Assert.Equal(0.2, SummaryBudget.Ratio(0.2).ShareOf(text, sentences, words), 1e-12);
        Assert.Equal(0.2, SummaryBudget.Words(10).ShareOf(text, sentences, words), 1e-12);
        Assert.Equal(100.0 / joined, SummaryBudget.Characters(100).ShareOf(text, sentences, words), 1e-12);
        Assert.Equal(20.0 / s_o200k.CountTokens(text), SummaryBudget.Tokens(20, s_o200k).ShareOf(text, sentences, words), 1e-12);
    }

    [Fact]
    public void ShareOf_NoSentences_IsWhole()
    {
        Assert.Equal(1.0, SummaryBudget.Sentences(3).ShareOf(string.Empty, [], []));
    }

    [Fact]
    public void ShareOf_TokensInALongText_IsEstimatedCloseToTheExactCount()
    {
        var builder = new StringBuilder();
        for (int i = 0; builder.Length < 3 * SummaryBudget.TokenSampleLength; i++)
        {
            builder.Append(TestText.Document(i, 20)).Append("\n\n");
        }

        string text = builder.ToString();
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.Default.Split(text);
        var words = new int[sentences.Count];
        double share = SummaryBudget.Tokens(500, s_o200k).ShareOf(text, sentences, words);
        double exact = 500.0 / s_o200k.CountTokens(text);
        Assert.InRange(share, exact * 0.97, exact * 1.03);
    }
}
