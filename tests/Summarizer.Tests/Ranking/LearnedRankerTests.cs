using System;
using System.Globalization;
using System.IO;
using System.Linq;
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

    [Fact]
    public void Rank_CentralityLineAlone_RanksByTheStandardizedTextRankFeature()
    {
        // No trees: every tree score is the bias, so the ranking is the centrality term alone, 0.5 times the TextRank
        // feature standardized over the document.
        string weight = BitConverter.DoubleToUInt64Bits(0.5).ToString("x16", CultureInfo.InvariantCulture);
        string text = $"{RankingModel.Header}\nfeatures {SentenceFeatures.Count} {string.Join(' ', SentenceFeatures.Names)}\ncentrality textRank {weight}\nbias 0000000000000000\ntrees 0\n";
        var probe = new Probe(LearnedRanker.Load(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = probe }).Summarize(TestText.News);

        float[] rows = SentenceFeatures.Compute(probe.Context!);
        int column = Array.IndexOf(SentenceFeatures.Names, "textRank");
        double[] centrality = [.. Enumerable.Range(0, probe.Scores!.Length).Select(i => (double)rows[(i * SentenceFeatures.Count) + column])];
        double mean = centrality.Average();
        double deviation = Math.Sqrt(centrality.Select(c => (c - mean) * (c - mean)).Average());
        Assert.True(deviation > 0, "the sentences differ in centrality");
        for (int i = 0; i < centrality.Length; i++)
        {
            Assert.Equal(0.5 * (centrality[i] - mean) / deviation, probe.Scores[i], 12);
        }
    }

    [Fact]
    public void ShippedModel_PullsTowardsTextRankCentrality()
    {
        Assert.Equal(0.3, LearnedRanker.Default.CentralityWeight);
        Assert.Equal("textRank", LearnedRanker.FeatureNames[LearnedRanker.Default.CentralityFeature]);
    }

    /// <summary>Ranks with another ranker and keeps what it was given and what it returned.</summary>
    private sealed class Probe(SentenceRanker inner) : SentenceRanker
    {
        public RankingContext? Context { get; private set; }

        public double[]? Scores { get; private set; }

        public override string Name => "probe";

        public override SentenceRanking Rank(RankingContext context)
        {
            Context = context;
            SentenceRanking ranking = inner.Rank(context);
            Scores = (double[])ranking.Scores.Clone();
            return ranking;
        }
    }
}
