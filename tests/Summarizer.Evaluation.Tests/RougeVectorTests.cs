using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Evaluation.Tests;

/// <summary>The 73 pairs of ../shared/data/rouge/rouge_vectors.jsonl in both modes.</summary>
public sealed class RougeVectorTests
{
    private const string VectorsPath = "rouge/rouge_vectors.jsonl";
    private const double Tolerance = 1e-5;

    private static IEnumerable<JsonElement> Vectors()
    {
        foreach (string line in File.ReadLines(SharedData.PathOf(VectorsPath)))
        {
            if (line.Length > 0)
            {
                yield return JsonDocument.Parse(line).RootElement;
            }
        }
    }

    private static List<string> Lines(JsonElement pair, string name) =>
        pair.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();

    [SharedDataTheory(VectorsPath)]
    [InlineData("nostem", false)]
    [InlineData("stem", true)]
    public void RougeScoreMode_AllPairs_MatchVectors(string cfg, bool stem)
    {
        RougeScorer scorer = RougeScorer.Create(new RougeOptions { Mode = RougeMode.RougeScore, Stem = stem });
        List<string> failures = [];
        int pairs = 0;
        foreach (JsonElement pair in Vectors())
        {
            pairs++;
            string candidate = string.Join("\n", Lines(pair, "candidate_lines"));
            string reference = string.Join("\n", Lines(pair, "reference_lines"));
            RougeScores scores = scorer.Score(candidate, reference);
            JsonElement expected = pair.GetProperty("rouge_score").GetProperty(cfg);
            Check(failures, pair, "rouge1", scores.Rouge1, expected);
            Check(failures, pair, "rouge2", scores.Rouge2, expected);
            Check(failures, pair, "rougeL", scores.RougeL, expected);
            Check(failures, pair, "rougeLsum", scores.RougeLsum, expected);
        }

        Assert.Equal(73, pairs);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SharedDataTheory(VectorsPath)]
    [InlineData("nostem")]
    [InlineData("stem")]
    [InlineData("stem_l100")]
    [InlineData("stem_l30")]
    [InlineData("stem_b75")]
    [InlineData("stem_stop")]
    public void Rouge155Mode_AllPairs_MatchVectors(string cfg)
    {
        RougeOptions options = cfg switch
        {
            "nostem" => new RougeOptions { Mode = RougeMode.Rouge155, Stem = false },
            "stem" => new RougeOptions { Mode = RougeMode.Rouge155 },
            "stem_l100" => new RougeOptions { Mode = RougeMode.Rouge155, WordLimit = 100 },
            "stem_l30" => new RougeOptions { Mode = RougeMode.Rouge155, WordLimit = 30 },
            "stem_b75" => new RougeOptions { Mode = RougeMode.Rouge155, ByteLimit = 75 },
            "stem_stop" => new RougeOptions { Mode = RougeMode.Rouge155, StopWords = SmartStopWords() },
            _ => throw new ArgumentOutOfRangeException(nameof(cfg)),
        };
        RougeScorer scorer = RougeScorer.Create(options);
        List<string> failures = [];
        int pairs = 0;
        foreach (JsonElement pair in Vectors())
        {
            pairs++;
            RougeScores scores = scorer.Score(Lines(pair, "candidate_lines"), [Lines(pair, "reference_lines")]);
            JsonElement expected = pair.GetProperty("rouge155").GetProperty(cfg);
            Check(failures, pair, "ROUGE-1", scores.Rouge1, expected);
            Check(failures, pair, "ROUGE-2", scores.Rouge2, expected);
            Check(failures, pair, "ROUGE-L", scores.RougeLsum, expected);
        }

        Assert.Equal(73, pairs);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    internal static HashSet<string> SmartStopWords() =>
        new(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "smart_common_words.txt")), StringComparer.Ordinal);

    private static void Check(List<string> failures, JsonElement pair, string metric, RougeScore actual, JsonElement expected)
    {
        JsonElement e = expected.GetProperty(metric);
        double p = e.GetProperty("p").GetDouble();
        double r = e.GetProperty("r").GetDouble();
        double f = e.GetProperty("f").GetDouble();
        if (Math.Abs(actual.Precision - p) > Tolerance || Math.Abs(actual.Recall - r) > Tolerance || Math.Abs(actual.F1 - f) > Tolerance)
        {
            failures.Add($"{pair.GetProperty("id").GetString()} {metric}: expected P={p} R={r} F={f}, got {actual}");
        }
    }
}
