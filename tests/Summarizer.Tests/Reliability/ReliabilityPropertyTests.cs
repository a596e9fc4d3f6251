using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using CsCheck;
using Summarizer.Testing;

namespace Summarizer.Tests.Reliability;

/// <summary>
/// Property tests over hostile text (see <see cref="RandomText"/>): for every input there is no exception, the
/// ranges of sentences, tokens, keywords and summaries lie inside the text in order without overlap and reproduce
/// the returned text, the summary respects its budget, and the same input gives the same output.
/// </summary>
public sealed class ReliabilityPropertyTests
{
    private static readonly ExtractiveSummarizer[] s_summarizers =
    [
        ExtractiveSummarizer.Default,
        ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 8, IncludeRanking = true }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.PacSum, KeywordCount = 5, Budget = SummaryBudget.Words(30) }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Similarity = SentenceSimilarity.Bm25, Order = SummaryOrder.Score, IncludeHeadingsAndListItems = true, Budget = SummaryBudget.Characters(200) }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Language = Language.German, MinSentenceWords = 0, MaxEdgesPerSentence = 2, MaxTermSentences = 2, Budget = SummaryBudget.Ratio(0.3) }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Splitter = SentenceSplitter.Presplit, Similarity = SentenceSimilarity.Cosine, RedundancyThreshold = 0.1, IncludeRanking = true }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new PageRankRanker { PositionBias = 0.5 }, MaxSentenceWords = 12, Language = Language.Turkish, KeywordCount = 4 }),
    ];

    [Theory]
    [InlineData(3000, 300)]
    [InlineData(300, 5000)]
    public void Split_RandomUnicode_RangesInOrderInsideTextAndTrimmed(int cases, int maxLength)
    {
        SentenceSplitter[] splitters = [SentenceSplitter.Default, SentenceSplitter.ForLanguage("fr"), SentenceSplitter.ForLanguage("sv"), SentenceSplitter.Presplit];
        Gen.Select(Texts(maxLength), Gen.Int[0, splitters.Length - 1]).Sample((text, s) =>
        {
            SentenceSplitter splitter = splitters[s];
            IReadOnlyList<SentenceSpan> first = splitter.Split(text);
            Invariants.CheckSentences(text, first);
            Assert.Equal(first, splitter.Split(text));
        }, iter: cases);
    }

    [Theory]
    [InlineData(4000, 300)]
    [InlineData(300, 5000)]
    public void Tokenize_RandomUnicode_RangesInOrderInsideText(int cases, int maxLength)
    {
        Texts(maxLength).Sample(text =>
        {
            List<Token> tokens = Invariants.CheckTokens(text);

            // A token of a substring that starts at a token boundary of the whole text is never wider than the text.
            Assert.All(tokens, t => Assert.True(t.Slice(text).Length == t.Length));
        }, iter: cases);
    }

    [Theory]
    [InlineData(1400, 400)]
    [InlineData(140, 4000)]
    public void Summarize_RandomUnicode_InvariantsHoldAndSameOutputTwice(int cases, int maxLength)
    {
        Gen.Select(Texts(maxLength), s_cases).Sample((text, c) => CheckSummaries(text, c), iter: cases);
    }

    [SharedDataFact("news/article_raw.txt")]
    public void Summarize_MutatedNews_InvariantsHoldAndSameOutputTwice()
    {
        string news = File.ReadAllText(SharedData.PathOf("news/article_raw.txt"));
        // Fewer edits make a smaller counterexample: the size of a mutation is its number of edits.
        Gen<string> mutations = Gen.Int[1, 59].SelectMany(edits => Property.FromRandom(r => RandomText.Mutate(r, news, edits), _ => edits));
        Gen.Select(mutations, s_cases).Sample((text, c) =>
        {
            CheckSummaries(text, c);
            Invariants.CheckSentences(text, SentenceSplitter.Default.Split(text));
            Invariants.CheckTokens(text);
        }, iter: 350);
    }

    [Theory]
    [InlineData("no-punctuation", 10_000)]
    [InlineData("one-long-sentence", 10_000)]
    [InlineData("one-word-sentences", 2_000)]
    [InlineData("identical-sentences", 500)]
    [InlineData("stop-words", 10_000)]
    [InlineData("numbers", 10_000)]
    [InlineData("punctuation", 10_000)]
    [InlineData("nested-brackets", 10_000)]
    [InlineData("repeated-char", 10_000)]
    [InlineData("many-sentences", 1_000)]
    [InlineData("distinct-words", 10_000)]
    [InlineData("glued-marks", 10_000)]
    [InlineData("glued-names", 10_000)]
    [InlineData("emoji-words", 10_000)]
    [InlineData("emoji-run", 10_000)]
    [InlineData("emoticon-words", 10_000)]
    public void Summarize_AdversarialShapeSmall_InvariantsHold(string shape, int size)
    {
        string text = Adversarial.Create(shape, size);
        for (int c = 0; c < s_summarizers.Length; c++)
        {
            CheckSummaries(text, new SummaryCase(c, c % 5 == 4 ? RandomText.Next(new Random(size + c), 40) : null));
        }

        Invariants.CheckSentences(text, SentenceSplitter.Default.Split(text));
        Invariants.CheckTokens(text);
    }

    [Fact]
    public void Summarize_IdenticalSentences_ChoosesOneOfThem()
    {
        string text = Adversarial.Create("identical-sentences", 300);

        Summary summary = ExtractiveSummarizer.Default.Summarize(text);

        // Redundancy control passes over the copies; the sentence-count fill may not add them back either.
        Assert.Single(summary.Sentences);
        Assert.Equal(300, summary.SentenceCount);
    }

    [Fact]
    public void Summarize_OnlyStopWordsOrPunctuation_ReturnsSentencesWithoutKeywords()
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 5 });
        foreach (string shape in (string[])["stop-words", "punctuation"])
        {
            string text = Adversarial.Create(shape, 2000);

            Summary summary = summarizer.Summarize(text);

            Assert.Empty(summary.Keywords);
            Assert.True(summary.Sentences.Count <= 3);
        }
    }

    [Fact]
    public void Summarize_OneInstanceManyThreads_SameAsSequential()
    {
        var random = new Random(11);
        var documents = new string[240];
        for (int d = 0; d < documents.Length; d++)
        {
            documents[d] = d % 3 == 0 ? TestText.Document(d, random.Next(5, 80)) : RandomText.Next(random, 3000);
        }

        ExtractiveSummarizer summarizer = s_summarizers[1];
        var expected = new Summary[documents.Length];
        for (int d = 0; d < documents.Length; d++)
        {
            expected[d] = summarizer.Summarize(documents[d]);
        }

        // Every document is summarized three times at once, from as many threads as the pool gives.
        var actual = new Summary[documents.Length * 3];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, k => actual[k] = summarizer.Summarize(documents[k % documents.Length]));

        for (int k = 0; k < actual.Length; k++)
        {
            Invariants.CheckSame(expected[k % documents.Length], actual[k]);
        }
    }

    [Fact]
    public void Invariants_BrokenRanges_AreDetected()
    {
        // The checker itself must be able to fail.
        Assert.Throws<InvariantException>(() => Invariants.CheckSentences("ab cd", [new SentenceSpan(0, 2, 0, SentenceKind.Sentence), new SentenceSpan(1, 2, 0, SentenceKind.Sentence)]));
        Assert.Throws<InvariantException>(() => Invariants.CheckSentences("ab", [new SentenceSpan(1, 2, 0, SentenceKind.Sentence)]));
        Assert.Throws<InvariantException>(() => Invariants.CheckSentences("ab ", [new SentenceSpan(0, 3, 0, SentenceKind.Sentence)]));
    }

    /// <summary>Hostile text of at most <paramref name="maxLength"/> characters; shorter is smaller.</summary>
    private static Gen<string> Texts(int maxLength) => Property.FromRandom(r => RandomText.Next(r, maxLength), text => text.Length);

    /// <summary>Which summarizer, and in one case of five a hostile query.</summary>
    private static readonly Gen<SummaryCase> s_cases = Gen.Select(
        Gen.Int[0, s_summarizers.Length - 1],
        Gen.Int[0, 4].SelectMany(k => k == 4 ? Texts(40).Select(q => (string?)q) : Gen.Const((string?)null)),
        (summarizer, query) => new SummaryCase(summarizer, query));

    private readonly record struct SummaryCase(int Summarizer, string? Query);

    private static void CheckSummaries(string text, SummaryCase c)
    {
        ExtractiveSummarizer summarizer = s_summarizers[c.Summarizer];
        SummaryBudget budget = summarizer.Options.Budget;
        string? query = c.Query;
        Summary first = summarizer.Summarize(text, query, budget);
        Invariants.CheckSummary(text, first, summarizer.Options, budget);
        Invariants.CheckSame(first, summarizer.Summarize(text, query, budget));
    }
}
