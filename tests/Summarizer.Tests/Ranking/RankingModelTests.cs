using System;
using System.IO;

namespace Summarizer.Tests.Ranking;

public sealed class RankingModelTests
{
    private const string Features = "features 2 a b";

    private static RankingModel Read(string text) => RankingModel.Read(new StringReader(text));

    [Fact]
    public void Read_OneSplit_RowsAtTheThresholdGoLeft()
    {
        RankingModel model = Read($"{RankingModel.Header}\n# a comment\n{Features}\nbias 0.5\ntrees 2\ntree 1 2\n1 2.5 -1 -2\n10 20\ntree 0 1\n\n3\n".Replace("\n\n", "\n", StringComparison.Ordinal));
        Assert.Equal(2, model.TreeCount);
        Assert.Equal(["# a comment"], model.Comments);
        Assert.Equal(0.5 + 10 + 3, model.Score([0f, 2.5f]));
        Assert.Equal(0.5 + 20 + 3, model.Score([0f, 2.6f]));
    }

    [Fact]
    public void Read_DeeperTree_FollowsEachBranch()
    {
        // Root splits on a; its right child splits on b.
        RankingModel model = Read($"{RankingModel.Header}\n{Features}\nbias 0\ntrees 1\ntree 2 3\n0 0 -1 1\n1 5 -2 -3\n1 2 3\n");
        Assert.Equal(1, model.Score([-1f, 100f]));
        Assert.Equal(2, model.Score([1f, 5f]));
        Assert.Equal(3, model.Score([1f, 6f]));
    }

    [Theory]
    [InlineData("not a model\n")]
    [InlineData("{H}\n")]
    [InlineData("{H}\nfeatures 3 a b\nbias 0\ntrees 0\n")]
    [InlineData("{H}\n{F}\nbias x\ntrees 0\n")]
    [InlineData("{H}\n{F}\nbias NaN\ntrees 0\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 1\ntree 1 3\n0 1 -1 -2\n1 2 3\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 1\ntree 1 2\n2 1 -1 -2\n1 2\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 1\ntree 1 2\n0 1 -1 -3\n1 2\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 1\ntree 1 2\n0 1 0 -2\n1 2\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 1\ntree 2 3\n0 1 1 -1\n0 1 1 -2\n1 2 3\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 1\ntree 2 3\n0 1 -1 -2\n0 1 -2 -3\n1 2 3\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 1\ntree 1 2\n0 1 -1 -2\n1\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 2\ntree 0 1\n1\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 0\nsomething else\n")]
    [InlineData("{H}\n{F}\nbias 0\ntrees 99999999\n")]
    public void Read_Malformed_ThrowsInvalidData(string text)
    {
        text = text.Replace("{H}", RankingModel.Header, StringComparison.Ordinal).Replace("{F}", Features, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => Read(text));
    }
}
