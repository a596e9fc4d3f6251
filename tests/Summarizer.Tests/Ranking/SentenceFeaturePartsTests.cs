using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Summarizer.Tests.Ranking;

public sealed class SentenceFeaturePartsTests
{
    // The features of each part that may be left out; the rest are computed whatever the parts.
    private static readonly string[] s_cosineGraph = ["cosineDegree", "forwardCentrality", "backwardCentrality", "maxSimilarityBefore", "maxSimilarity"];

    public static TheoryData<int> PartSets => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(PartSets))]
    public void Compute_SomeParts_TheOtherFeaturesAreTheSameToTheBit(int bits)
    {
        var parts = (SentenceFeatures.Parts)bits;
        if ((parts & SentenceFeatures.Parts.CosineCentrality) != 0)
        {
            parts |= SentenceFeatures.Parts.CosineGraph;
        }

        // A heading and a short segment besides the sentences, so that rows outside the content are covered too.
        foreach (string text in new[] { TestText.News, "Markets Today\n\n" + TestText.News + "\n\nShare this." })
        {
            RankingContext context = ContextOf(text);
            float[] all = SentenceFeatures.Compute(context);
            var some = new float[all.Length];
            some.AsSpan().Fill(float.NaN);
            SentenceFeatures.Compute(context, some, parts);

            int width = SentenceFeatures.Count;
            for (int f = 0; f < width; f++)
            {
                if (!Computed(SentenceFeatures.Names[f], parts))
                {
                    continue;
                }

                for (int s = 0; s < context.SentenceCount; s++)
                {
                    Assert.True(
                        BitConverter.SingleToInt32Bits(all[(s * width) + f]) == BitConverter.SingleToInt32Bits(some[(s * width) + f]),
                        $"{SentenceFeatures.Names[f]} of sentence {s} with {parts}: {all[(s * width) + f]} against {some[(s * width) + f]}");
                }
            }

            Assert.DoesNotContain(some, float.IsNaN);
        }
    }

    [Fact]
    public void PartsReadBy_SplitsOnEachPartsFeature_AsksForThatPart()
    {
        Assert.Equal(SentenceFeatures.Parts.None, SentenceFeatures.PartsReadBy(ModelSplittingOn("position")));
        Assert.Equal(SentenceFeatures.Parts.Bm25PlusCentrality, SentenceFeatures.PartsReadBy(ModelSplittingOn("bm25PlusRank")));
        Assert.Equal(SentenceFeatures.Parts.CosineGraph | SentenceFeatures.Parts.CosineCentrality, SentenceFeatures.PartsReadBy(ModelSplittingOn("cosineRank")));
        foreach (string feature in s_cosineGraph)
        {
            Assert.Equal(SentenceFeatures.Parts.CosineGraph, SentenceFeatures.PartsReadBy(ModelSplittingOn(feature)));
        }
    }

    [Fact]
    public void Rank_ModelReadingFewerParts_ScoresAsWithEveryFeature()
    {
        // A model that splits on the cosine graph's degree alone computes less, and must score as if all were computed.
        RankingModel model = ModelSplittingOn("cosineDegree");
        var ranker = LearnedRanker.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ModelText("cosineDegree"))));
        RankingContext context = ContextOf(TestText.News);
        float[] all = SentenceFeatures.Compute(context);
        var expected = new double[context.SentenceCount];
        model.ScoreAll(all, context.SentenceCount, SentenceFeatures.Count, expected);

        double[] scores = ranker.Rank(context).Scores.ToArray();
        Assert.Equal(expected, scores);
        Assert.True(scores.Distinct().Count() > 1, "the split parts the sentences");
    }

    [Fact]
    public void PartsReadBy_ShippedModel_NeedsNeitherTheBm25PlusGraphNorAPageRankOfTheCosineGraph()
    {
        // The shipped model was trained without those features (`tools/Training -- train` drops them): the learned
        // ranker builds two graphs and runs one PageRank.
        Assert.Equal(SentenceFeatures.Parts.CosineGraph, LearnedRanker.Default.FeatureParts);
    }

    private static bool Computed(string feature, SentenceFeatures.Parts parts) => feature switch
    {
        "bm25PlusRank" => (parts & SentenceFeatures.Parts.Bm25PlusCentrality) != 0,
        "cosineRank" => (parts & SentenceFeatures.Parts.CosineCentrality) != 0,
        _ when s_cosineGraph.Contains(feature) => (parts & SentenceFeatures.Parts.CosineGraph) != 0,
        _ => true,
    };

    private static RankingContext ContextOf(string text)
    {
        RankingContext? seen = null;
        var probe = new ContextProbe(c => seen = c);
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = probe }).Summarize(text);
        return seen!;
    }

    private static RankingModel ModelSplittingOn(string feature) => RankingModel.Read(new StringReader(ModelText(feature)));

    /// <summary>One tree of one split on <paramref name="feature"/> at its median-ish value 0.5, and no centrality term.</summary>
    private static string ModelText(string feature)
    {
        int index = Array.IndexOf(SentenceFeatures.Names, feature);
        Assert.True(index >= 0, feature);
        string threshold = BitConverter.SingleToUInt32Bits(0.5f).ToString("x8", CultureInfo.InvariantCulture);
        string one = BitConverter.DoubleToUInt64Bits(1).ToString("x16", CultureInfo.InvariantCulture);
        string zero = BitConverter.DoubleToUInt64Bits(0).ToString("x16", CultureInfo.InvariantCulture);
        return $"{RankingModel.Header}\nfeatures {SentenceFeatures.Count} {string.Join(' ', SentenceFeatures.Names)}\nbias {zero}\ntrees 1\ntree 1 2\n{index} {threshold} -1 -2\n{zero} {one}\n";
    }

    /// <summary>Keeps the context it is given and ranks by position.</summary>
    private sealed class ContextProbe(Action<RankingContext> seen) : SentenceRanker
    {
        public override string Name => "context-probe";

        public override SentenceRanking Rank(RankingContext context)
        {
            seen(context);
            return new SentenceRanking([.. Enumerable.Range(0, context.SentenceCount).Select(i => -(double)i)]);
        }
    }
}
