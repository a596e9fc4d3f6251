using System;
using System.Globalization;
using System.IO;

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
    public void Read_Malformed_ThrowsInvalidData(string text)
    {
        text = text.Replace("{H}", RankingModel.Header, StringComparison.Ordinal)
            .Replace("{F}", Features, StringComparison.Ordinal)
            .Replace("{Z}", s_zero, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => Read(text));
    }
}
