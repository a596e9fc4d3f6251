using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Summarizer.Tests.Ranking;

public sealed class LearnedRankerTests
{
    [Fact]
    public void Default_ModelListsTheFeaturesTheCodeComputes()
    {
        LearnedRanker ranker = LearnedRanker.Default;
        Assert.True(ranker.TreeCount > 0);
        string features = Assert.Single(ranker.Provenance, line => line.StartsWith("# Features: ", StringComparison.Ordinal));
        Assert.Equal("# Features: " + string.Join(' ', LearnedRanker.FeatureNames), features);
        Assert.Equal(SentenceFeatures.Count, LearnedRanker.FeatureNames.Count);
    }

    [Fact]
    public void Default_ScoresTheRecordedRowsAsTheTrainerDid()
    {
        // The training tool records a few feature rows with ML.NET's score for each in the model file.
        int checkedRows = 0;
        foreach (string line in LearnedRanker.Default.Provenance)
        {
            if (!line.StartsWith("# check ", StringComparison.Ordinal))
            {
                continue;
            }

            string[] parts = line["# check ".Length..].Split(" = ");
            string[] values = parts[0].Trim().Split(' ');
            var row = new float[values.Length];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = float.Parse(values[i], CultureInfo.InvariantCulture);
            }

            double expected = double.Parse(parts[1], CultureInfo.InvariantCulture);
            Assert.Equal(LearnedRanker.FeatureNames.Count, row.Length);
            Assert.Equal(expected, LearnedRanker.Default.Score(row), 4);
            checkedRows++;
        }

        Assert.True(checkedRows >= 3, $"only {checkedRows} recorded rows");
    }

    [Fact]
    public void Load_OtherFeatures_ThrowsInvalidData()
    {
        string model = RankingModel.Header + "\nfeatures 2 a b\nbias 0000000000000000\ntrees 0\n";
        var e = Assert.Throws<InvalidDataException>(() => LearnedRanker.Load(new MemoryStream(Encoding.UTF8.GetBytes(model))));
        Assert.Contains("features", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Null_Throws() => Assert.Throws<ArgumentNullException>(() => LearnedRanker.Load(null!));

    [Fact]
    public void QueryWeight_OutOfRange_NamesTheProperty()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new LearnedRanker { QueryWeight = 1.5 });
        Assert.Equal("QueryWeight", e.ParamName);
    }
}
