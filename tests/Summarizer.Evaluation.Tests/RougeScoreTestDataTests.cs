using System;
using System.IO;
using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Evaluation.Tests;

/// <summary>The values asserted by google-research rouge_score's own tests (../shared/data/rouge/rouge_score_testdata/expected.json).</summary>
public sealed class RougeScoreTestDataTests
{
    private const string Folder = "rouge/rouge_score_testdata";
    private const string Expected = Folder + "/expected.json";

    private static JsonElement Load() => JsonDocument.Parse(File.ReadAllText(SharedData.PathOf(Expected))).RootElement;

    private static RougeScore Pick(RougeScores scores, string type) => type switch
    {
        "rouge1" => scores.Rouge1,
        "rouge2" => scores.Rouge2,
        "rougeL" => scores.RougeL,
        "rougeLsum" => scores.RougeLsum,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    [SharedDataFact(Expected)]
    public void Simple_AllCases_MatchRougeScore()
    {
        RougeScorer scorer = RougeScorer.Create(new RougeOptions { Stem = false });
        int checkedValues = 0;
        foreach (JsonElement c in Load().GetProperty("simple").EnumerateArray())
        {
            RougeScores scores = scorer.Score(c.GetProperty("prediction").GetString()!, c.GetProperty("target").GetString()!);
            foreach (string type in c.GetProperty("type").GetString()!.Split('|'))
            {
                RougeScore s = Pick(scores, type);
                Assert.Equal(c.GetProperty("p").GetDouble(), s.Precision, 1e-9);
                Assert.Equal(c.GetProperty("r").GetDouble(), s.Recall, 1e-9);
                Assert.Equal(c.GetProperty("f").GetDouble(), s.F1, 1e-9);
                checkedValues++;
            }
        }

        Assert.Equal(13, checkedValues);
    }

    [SharedDataFact(Expected)]
    public void AgainstRouge155Files_AllCases_MatchToFivePlaces()
    {
        string folder = SharedData.PathOf(Folder);
        string[] targets = File.ReadAllText(Path.Combine(folder, "target.txt")).Split('\n');
        string[] predictions = File.ReadAllText(Path.Combine(folder, "prediction.txt")).Split('\n');
        int count = 0;
        foreach (JsonElement c in Load().GetProperty("against_rouge155_files").EnumerateArray())
        {
            RougeScorer scorer = RougeScorer.Create(new RougeOptions { Stem = c.GetProperty("stem").GetBoolean() });
            string target = c.GetProperty("target").GetString()!;
            RougeScores scores;
            if (target.Contains("whole file", StringComparison.Ordinal))
            {
                scores = scorer.Score(
                    File.ReadAllText(Path.Combine(folder, "prediction_multi.0.txt")),
                    File.ReadAllText(Path.Combine(folder, "target_multi.0.txt")));
            }
            else
            {
                int line = target.EndsWith("line 1", StringComparison.Ordinal) ? 0 : 1;
                scores = scorer.Score(predictions[line], targets[line]);
            }

            RougeScore s = Pick(scores, c.GetProperty("type").GetString()!);
            Assert.Equal(c.GetProperty("p").GetDouble(), s.Precision, 5e-6);
            Assert.Equal(c.GetProperty("r").GetDouble(), s.Recall, 5e-6);
            Assert.Equal(c.GetProperty("f").GetDouble(), s.F1, 5e-6);
            count++;
        }

        Assert.Equal(11, count);
    }

    [SharedDataFact(Expected)]
    public void LcsHelpers_MatchRougeScore()
    {
        JsonElement helpers = Load().GetProperty("lcs_helpers");
        Assert.Equal(helpers.GetProperty("_lcs_table([1,2,3,4,5],[2,5,3,4]) final cell").GetInt32(), RougeMath.LcsLength([1, 2, 3, 4, 5], [2, 5, 3, 4]));

        bool[] hit = new bool[5];
        RougeMath.MarkLcs([1, 2, 3, 4, 5], [2, 5, 3, 4], hit, new int[64]);
        Assert.Equal(helpers.GetProperty("backtrack indices into ref").EnumerateArray().ToArrayOfInts(), Indices(hit));

        Array.Clear(hit);
        RougeMath.MarkLcs([1, 2, 3, 4, 5], [1, 2, 6, 7, 8], hit, new int[64]);
        RougeMath.MarkLcs([1, 2, 3, 4, 5], [1, 3, 8, 9, 5], hit, new int[64]);
        int[] union = [.. Array.ConvertAll(Indices(hit), i => i + 1)];
        Assert.Equal(helpers.GetProperty("union_lcs(ref=[1,2,3,4,5], cands=[[1,2,6,7,8],[1,3,8,9,5]])").EnumerateArray().ToArrayOfInts(), union);

        TokenizedText reference = new([1, 2, 3, 4, 5], [0, 5]);
        TokenizedText candidate = new([1, 2, 6, 7, 8, 1, 3, 8, 9, 5], [0, 5, 10]);
        int hits = RougeMath.UnionLcsHits(reference, candidate, reference.Tokens, candidate.Tokens);
        JsonElement level = helpers.GetProperty("summary_level_lcs(refs=[[1,2,3,4,5]], cands=[[1,2,6,7,8],[1,3,8,9,5]])");
        Assert.Equal(level.GetProperty("r").GetDouble(), hits / 5.0, 1e-4);
        Assert.Equal(level.GetProperty("p").GetDouble(), hits / 10.0, 1e-4);
    }

    [Fact(Skip = "Needs rouge_score's target_large.txt, prediction_large.txt and the 250 pyrouge_files/*_multi.N.txt pairs, "
        + "which are not in ../shared/data (see rouge/README.md); their expected aggregates are listed in expected.json.")]
    public void BootstrapAggregates_LargeFiles_MatchRouge155()
    {
        Assert.Fail("Unreachable while skipped.");
    }

    private static int[] Indices(bool[] hit)
    {
        System.Collections.Generic.List<int> indices = [];
        for (int i = 0; i < hit.Length; i++)
        {
            if (hit[i])
            {
                indices.Add(i);
            }
        }

        return [.. indices];
    }
}

internal static class JsonTestExtensions
{
    public static int[] ToArrayOfInts(this JsonElement.ArrayEnumerator items)
    {
        System.Collections.Generic.List<int> values = [];
        foreach (JsonElement item in items)
        {
            values.Add(item.GetInt32());
        }

        return [.. values];
    }
}
