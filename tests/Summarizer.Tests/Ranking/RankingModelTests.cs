using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Summarizer.Tests.Ranking;

public sealed class RankingModelTests
{
    private const string Features = "features 2 a b";

    private static readonly string s_zero = D(0);

    private static RankingModel Read(string text) => RankingModel.Read(new StringReader(text));

    /// <summary>A double as the model file writes it.</summary>
    private static string D(double value) => BitConverter.DoubleToUInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>A float threshold as the model file writes it.</summary>
    private static string F(float value) => BitConverter.SingleToUInt32Bits(value).ToString("x8", CultureInfo.InvariantCulture);

    [Fact]
    public void Read_OneSplit_RowsAtTheThresholdGoLeft()
    {
        RankingModel model = Read($"{RankingModel.Header}\n# a comment\n{Features}\nbias {D(0.5)}\ntrees 2\ntree 1 2\n1 {F(2.5f)} -1 -2\n{D(10)} {D(20)}\ntree 0 1\n{D(3)}\n");
        Assert.Equal(2, model.TreeCount);
        Assert.Equal(["# a comment"], model.Comments);
        Assert.Equal(0.5 + 10 + 3, model.Score([0f, 2.5f]));
        Assert.Equal(0.5 + 20 + 3, model.Score([0f, 2.6f]));
    }

    [Fact]
    public void Read_DeeperTree_FollowsEachBranch()
    {
        // Root splits on a; its right child splits on b.
        RankingModel model = Read($"{RankingModel.Header}\n{Features}\nbias {s_zero}\ntrees 1\ntree 2 3\n0 {F(0)} -1 1\n1 {F(5)} -2 -3\n{D(1)} {D(2)} {D(3)}\n");
        Assert.Equal(1, model.Score([-1f, 100f]));
        Assert.Equal(2, model.Score([1f, 5f]));
        Assert.Equal(3, model.Score([1f, 6f]));
        var scores = new double[3];
        model.ScoreAll([-1f, 100f, 1f, 5f, 1f, 6f], 3, 2, scores);
        Assert.Equal([1.0, 2.0, 3.0], scores);
    }

    [Fact]
    public void ScoreAll_TreeWithoutSplits_AddsItsOnlyLeaf()
    {
        RankingModel model = Read($"{RankingModel.Header}\n{Features}\nbias {D(0.5)}\ntrees 2\ntree 1 2\n1 {F(2.5f)} -1 -2\n{D(10)} {D(20)}\ntree 0 1\n{D(3)}\n");
        var scores = new double[2];
        model.ScoreAll([0f, 2.5f, 0f, float.NaN], 2, 2, scores);
        Assert.Equal([0.5 + 10 + 3, 0.5 + 20 + 3], scores);
    }

    [Fact]
    public void Read_CentralityLine_NamesTheFeatureAndWeight()
    {
        RankingModel model = Read($"{RankingModel.Header}\n{Features}\ncentrality b {D(0.3)}\nbias {s_zero}\ntrees 0\n");
        Assert.Equal(1, model.CentralityFeature);
        Assert.Equal(0.3, model.CentralityWeight);
    }

    [Fact]
    public void Read_Version2WithoutCentrality_HasNone()
    {
        RankingModel model = Read($"summarizer-ranking-model 2\n{Features}\nbias {D(0.5)}\ntrees 0\n");
        Assert.Equal(-1, model.CentralityFeature);
        Assert.Equal(0, model.CentralityWeight);
        Assert.Equal(0.5, model.Score([0f, 0f]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(26)]
    [InlineData(33)]
    [InlineData(130)]
    public void ScoreAll_ShippedModel_SameBitsAsScoringEachRow(int count)
    {
        // The shipped trees have at most 32 leaves, so ScoreAll takes the bit-mask form; Score walks each tree.
        string text = ShippedModelText();
        RankingModel model = Read(text);
        AssertScoreAllMatchesScore(model, Thresholds(text, model.Features.Count), count, seed: count);
    }

    [Fact]
    public void ScoreAll_TreesOfMoreThan32Leaves_SameBitsAsScoringEachRow()
    {
        // A chain of 40 splits on alternating features (41 leaves): too many leaves for the bit masks of a uint.
        var model = new StringBuilder($"{RankingModel.Header}\n{Features}\nbias {D(0.25)}\ntrees 2\n");
        var thresholds = new List<float>[] { [], [] };
        for (int t = 0; t < 2; t++)
        {
            const int Splits = 40;
            model.Append(CultureInfo.InvariantCulture, $"tree {Splits} {Splits + 1}\n");
            for (int i = 0; i < Splits; i++)
            {
                float threshold = (i * 0.37f) - 5 + t;
                thresholds[i % 2].Add(threshold);
                string right = i + 1 < Splits ? (i + 1).ToString(CultureInfo.InvariantCulture) : (~Splits).ToString(CultureInfo.InvariantCulture);
                model.Append(CultureInfo.InvariantCulture, $"{i % 2} {F(threshold)} {~i} {right}\n");
            }

            for (int l = 0; l <= Splits; l++)
            {
                model.Append(l == 0 ? string.Empty : " ").Append(D((l * 0.1) - (t * 1.7)));
            }

            model.Append('\n');
        }

        AssertScoreAllMatchesScore(Read(model.ToString()), [thresholds[0].ToArray(), thresholds[1].ToArray()], 40, seed: 5);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(26)]
    [InlineData(70)]
    public void ScoreAll_FeaturesAlikeInEveryRow_SameBitsAsScoringEachRow(int count)
    {
        // Document-level features (the budget, the text's length) hold one value in every row, and no value here is
        // infinite: whole blocks of rows go right at many splits, which the bit-mask form applies to a tree at once.
        string text = ShippedModelText();
        RankingModel model = Read(text);
        float[][] thresholds = Thresholds(text, model.Features.Count);
        var random = new Random(count);
        int width = model.Features.Count;
        var rows = new float[count * width];
        for (int f = 0; f < width; f++)
        {
            bool alike = f % 3 != 1;
            float shared = Near(random, thresholds[f]);
            for (int s = 0; s < count; s++)
            {
                rows[(s * width) + f] = alike ? shared : Near(random, thresholds[f]);
            }
        }

        AssertScoreAllMatchesScore(model, rows, count);
    }

    /// <summary>
    /// Seeded rows whose values are the model's thresholds, their float neighbours, values between them, NaN and the
    /// infinities, scored together and one at a time: the sums must agree to the bit.
    /// </summary>
    private static void AssertScoreAllMatchesScore(RankingModel model, float[][] thresholds, int count, int seed)
    {
        var random = new Random(seed);
        int width = model.Features.Count;
        var rows = new float[count * width];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = random.Next(10) switch
            {
                0 => float.NaN,
                1 => random.Next(2) == 0 ? float.PositiveInfinity : float.NegativeInfinity,
                _ => Near(random, thresholds[i % width]),
            };
        }

        AssertScoreAllMatchesScore(model, rows, count);
    }

    /// <summary>A threshold, one of its float neighbours, or a value near it (0 and near it when there are none).</summary>
    private static float Near(Random random, float[] candidates)
    {
        float near = candidates.Length > 0 ? candidates[random.Next(candidates.Length)] : 0;
        return random.Next(8) switch
        {
            0 or 1 => near,
            2 => MathF.BitIncrement(near),
            3 => MathF.BitDecrement(near),
            _ => near + ((float)random.NextDouble() - 0.5f),
        };
    }

    /// <summary>Scores <paramref name="rows"/> together and one at a time: the sums must agree to the bit.</summary>
    private static void AssertScoreAllMatchesScore(RankingModel model, float[] rows, int count)
    {
        int width = model.Features.Count;
        var scores = new double[count];
        model.ScoreAll(rows, count, width, scores);
        for (int s = 0; s < count; s++)
        {
            double expected = model.Score(rows.AsSpan(s * width, width));
            Assert.True(
                BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(scores[s]),
                $"row {s}: ScoreAll {scores[s]:R}, Score {expected:R}");
        }
    }

    private static string ShippedModelText()
    {
        using Stream stream = typeof(LearnedRanker).Assembly.GetManifestResourceStream("Summarizer.Ranking.learned-ranker.model")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The split thresholds of a model file, by feature (split lines: feature, threshold bits, left, right).</summary>
    private static float[][] Thresholds(string text, int featureCount)
    {
        var byFeature = new List<float>[featureCount];
        for (int f = 0; f < featureCount; f++)
        {
            byFeature[f] = [];
        }

        foreach (string line in text.Split('\n'))
        {
            string[] parts = line.Split(' ');
            if (parts.Length == 4 && parts[1].Length == 8 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out int feature))
            {
                byFeature[feature].Add(BitConverter.UInt32BitsToSingle(uint.Parse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
            }
        }

        var result = new float[featureCount][];
        for (int f = 0; f < featureCount; f++)
        {
            result[f] = byFeature[f].ToArray();
        }

        return result;
    }

    [Fact]
    public void Read_ScoresUpToTheBound_Loads()
    {
        // Two trees' leaves of 4e99 and a bias of 0 reach 8e99, under RankingModel.MaxScore.
        string text = $"{RankingModel.Header}\n{Features}\nbias {s_zero}\ntrees 2\ntree 0 1\n549d42aea2879f2e\ntree 0 1\n549d42aea2879f2e\n";
        Assert.Equal(2, Read(text).TreeCount);
    }

    [Theory]
    [InlineData("not a model\n")]
    [InlineData("{H}\n")]
    [InlineData("{H}\nfeatures 3 a b\nbias {Z}\ntrees 0\n")]
    [InlineData("{H}\n{F}\nbias x\ntrees 0\n")]
    [InlineData("{H}\n{F}\nbias 0.5\ntrees 0\n")]
    [InlineData("{H}\n{F}\nbias 7ff8000000000000\ntrees 0\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 1 3\n0 00000000 -1 -2\n{Z} {Z} {Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 1 2\n2 00000000 -1 -2\n{Z} {Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 1 2\n0 00000000 -1 -3\n{Z} {Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 1 2\n0 00000000 0 -2\n{Z} {Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 1 2\n0 00000000 -1\n{Z} {Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 1 2\n0 00000000 -1 -2 5\n{Z} {Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 1 2\n0 2.5 -1 -2\n{Z} {Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 2 3\n0 00000000 1 -1\n0 00000000 1 -2\n{Z} {Z} {Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 2 3\n0 00000000 -1 -2\n0 00000000 -2 -3\n{Z} {Z} {Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 1\ntree 1 2\n0 00000000 -1 -2\n{Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 2\ntree 0 1\n{Z}\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 0\nsomething else\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 99999999\n")]
    [InlineData("{H}\n{F}\ncentrality c {Z}\nbias {Z}\ntrees 0\n")]
    [InlineData("{H}\n{F}\ncentrality a bff0000000000000\nbias {Z}\ntrees 0\n")]
    [InlineData("{H}\n{F}\ncentrality a 7ff8000000000000\nbias {Z}\ntrees 0\n")]
    [InlineData("{H}\n{F}\ncentrality a {Z} extra\nbias {Z}\ntrees 0\n")]
    [InlineData("{H}\n{F}\ncentrality a\nbias {Z}\ntrees 0\n")]
    [InlineData("summarizer-ranking-model 2\n{F}\ncentrality a {Z}\nbias {Z}\ntrees 0\n")]
    // Finite numbers whose scores could add up beyond RankingModel.MaxScore (1e100): a bias of double.MaxValue, two
    // trees' leaves of 6e99, a centrality weight of 1e101.
    [InlineData("{H}\n{F}\nbias 7fefffffffffffff\ntrees 0\n")]
    [InlineData("{H}\n{F}\nbias {Z}\ntrees 2\ntree 0 1\n54a5f202f9e5b763\ntree 0 1\n54a5f202f9e5b763\n")]
    [InlineData("{H}\n{F}\ncentrality a 54e6dc186ef9f45c\nbias {Z}\ntrees 0\n")]
    public void Read_Malformed_ThrowsInvalidData(string text)
    {
        text = text.Replace("{H}", RankingModel.Header, StringComparison.Ordinal)
            .Replace("{F}", Features, StringComparison.Ordinal)
            .Replace("{Z}", s_zero, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => Read(text));
    }
}
