using System;
using System.Collections.Generic;

namespace Summarizer.Evaluation.Tests;

public sealed class RougeScorerTests
{
    private static readonly RougeScorer s_plain = RougeScorer.Create(new RougeOptions { Stem = false });

    [Fact]
    public void Options_AreTheScorersOwnCopy()
    {
        int[] orders = [1, 2];
        RougeScorer scorer = RougeScorer.Create(new RougeOptions { NGramOrders = orders });
        orders[0] = 3;

        Assert.Equal([1, 2], scorer.Options.NGramOrders);
        Assert.Equal([1, 2], scorer.Score("a b", "a b").NGramOrders);
    }

    [Fact]
    public void Score_EmptyCandidate_AllZero()
    {
        RougeScores scores = s_plain.Score("", "the cat sat");
        Assert.Equal(RougeScore.Zero, scores.Rouge1);
        Assert.Equal(RougeScore.Zero, scores.Rouge2);
        Assert.Equal(RougeScore.Zero, scores.RougeL);
        Assert.Equal(RougeScore.Zero, scores.RougeLsum);
    }

    [Theory]
    [InlineData(RougeMode.RougeScore)]
    [InlineData(RougeMode.Rouge155)]
    public void Score_EmptyReference_AllZero(RougeMode mode)
    {
        RougeScores scores = RougeScorer.Create(new RougeOptions { Mode = mode }).Score("the cat sat", "");
        Assert.Equal(0, scores.Rouge1.F1);
        Assert.Equal(0, scores.RougeLsum.F1);
        Assert.Equal(0, scores.RougeL.Recall);
    }

    [Fact]
    public void Score_Identical_AllOne()
    {
        RougeScores scores = s_plain.Score("The cat sat.\nIt purred.", "the cat sat\nit purred");
        Assert.Equal(new RougeScore(1, 1, 1), scores.Rouge1);
        Assert.Equal(new RougeScore(1, 1, 1), scores.Rouge2);
        Assert.Equal(new RougeScore(1, 1, 1), scores.RougeL);
        Assert.Equal(new RougeScore(1, 1, 1), scores.RougeLsum);
    }

    [Fact]
    public void Score_Trigrams_CountsClippedOverlap()
    {
        RougeScorer scorer = RougeScorer.Create(new RougeOptions { Stem = false, NGramOrders = [3] });
        // candidate trigrams: (a b c) (b c d) (c d a) (d a b) (a b c); reference: (a b c) (b c x) (c x a) (x a b) (a b c)
        RougeScores scores = scorer.Score("a b c d a b c", "a b c x a b c");
        Assert.Equal(2.0 / 5, scores.NGram(3).Precision, 12);
        Assert.Equal(2.0 / 5, scores.NGram(3).Recall, 12);
        Assert.Throws<InvalidOperationException>(() => scores.Rouge1);
    }

    [Fact]
    public void Score_LsumPaperExample_MatchesDocstring()
    {
        // rouge_score's docstring: reference w1..w5, candidate sentences "w1 w2 w6 w7 w8" and "w1 w3 w8 w9 w5".
        RougeScores scores = s_plain.Score(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], [["w1 w2 w3 w4 w5"]]);
        Assert.Equal(0.4, scores.RougeLsum.Precision, 12);
        Assert.Equal(0.8, scores.RougeLsum.Recall, 12);
        Assert.Equal(0.8 / 1.5, scores.RougeLsum.F1, 12);
        Assert.Equal(0.4, scores.RougeL.Precision, 12); // one LCS over the joined text: w1 w2 w3 w5 of 10 tokens
    }

    [Fact]
    public void Score_MultipleReferences_RougeScoreTakesBestF1PerMeasure()
    {
        RougeScores both = s_plain.Score("the cat sat on the mat", ["a dog ran", "the cat sat on a mat"]);
        RougeScores best = s_plain.Score("the cat sat on the mat", "the cat sat on a mat");
        Assert.Equal(best.Rouge1, both.Rouge1);
        Assert.Equal(best.Rouge2, both.Rouge2);
        Assert.Equal(best.RougeLsum, both.RougeLsum);
    }

    [Fact]
    public void Score_MultipleReferences_Rouge155PoolsCounts()
    {
        RougeScorer scorer = RougeScorer.Create(new RougeOptions { Mode = RougeMode.Rouge155, Stem = false });
        RougeScores scores = scorer.Score("a b c d", ["a b x y", "a x x x x x"]);
        // ROUGE-1 hits 2 + 1 over reference counts 4 + 6 and candidate counts 4 + 4.
        Assert.Equal(0.3, scores.Rouge1.Recall, 12);
        Assert.Equal(0.375, scores.Rouge1.Precision, 12);
        Assert.Equal(RougeMath.RoundHalfEven5(0.375 * 0.3 / ((0.5 * 0.375) + (0.5 * 0.3))), scores.Rouge1.F1, 12);
    }

    [Fact]
    public void Score_Stemming_ConflatesInflections()
    {
        RougeScorer stem = RougeScorer.Create();
        Assert.Equal(1, stem.Score("running cats", "runs cat").Rouge1.F1, 12);
        Assert.Equal(0, s_plain.Score("running cats", "runs cat").Rouge1.F1, 12);
        RougeScorer rouge155 = RougeScorer.Create(new RougeOptions { Mode = RougeMode.Rouge155 });
        Assert.Equal(1, rouge155.Score("children went", "child goes").Rouge1.F1, 12); // WordNet: children -> child, went -> go
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("dies", "die")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("generalizations", "gener")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("enjoy", "enjoy")]
    public void NltkPorterStemmer_KnownWords_StemAsNltk(string word, string stem) =>
        Assert.Equal(stem, NltkPorterStemmer.Stem(word));

    [Fact]
    public void RoundHalfEven5_ExactTie_RoundsToEven()
    {
        Assert.Equal(0.01562, RougeMath.RoundHalfEven5(1.0 / 64));
        Assert.Equal(0.04688, RougeMath.RoundHalfEven5(3.0 / 64));
        Assert.Equal(0.33333, RougeMath.RoundHalfEven5(1.0 / 3));
        Assert.Equal(0, RougeMath.RoundHalfEven5(0));
    }

    [Fact]
    public void Create_InvalidOptions_Throw()
    {
        Assert.Throws<ArgumentException>(() => RougeScorer.Create(new RougeOptions { NGramOrders = [] }));
        Assert.Throws<ArgumentException>(() => RougeScorer.Create(new RougeOptions { NGramOrders = [0] }));
        Assert.Throws<ArgumentException>(() => RougeScorer.Create(new RougeOptions { WordLimit = 10 }));
        Assert.Throws<ArgumentException>(() => RougeScorer.Create(new RougeOptions { Mode = RougeMode.Rouge155, WordLimit = 10, ByteLimit = 10 }));
        Assert.Throws<ArgumentException>(() => s_plain.Score("a", Array.Empty<string>()));
        Assert.Throws<ArgumentNullException>(() => s_plain.Score(null!, "a"));
    }

    [Fact]
    public void Score_ConcurrentCalls_SameResults()
    {
        RougeScorer scorer = RougeScorer.Create();
        RougeScores expected = RougeScorer.Create().Score("the quick brown foxes jumped", "a quick brown fox jumps");
        List<RougeScores> results = [];
        System.Threading.Tasks.Parallel.For(0, 64, _ =>
        {
            RougeScores s = scorer.Score("the quick brown foxes jumped", "a quick brown fox jumps");
            lock (results)
            {
                results.Add(s);
            }
        });
        Assert.All(results, s => Assert.Equal(expected.RougeLsum, s.RougeLsum));
    }
}
