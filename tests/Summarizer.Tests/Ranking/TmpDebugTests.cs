using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Tests.Ranking;

public sealed class TmpDebugTests
{
    private sealed class Capture : SentenceRanker
    {
        public float[]? Rows;
        public System.Collections.Generic.IReadOnlyList<SentenceSpan>? Spans;
        public override string Name => "c";
        public override SentenceRanking Rank(RankingContext context) { Rows = SentenceFeatures.Compute(context); Spans = context.Sentences; return LearnedRanker.Default.Rank(context); }
    }

    [Fact]
    public void Dump()
    {
        string line = File.ReadLines(SharedData.PathOf("bbc/dev.jsonl")).GetEnumerator() is var e && e.MoveNext() ? e.Current : "";
        string text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
        string framed = "Previous Article\nShare this\nNo time to read? Get a summary\n\n" + text + "\n\nShare this\nNext Article\nSubscribe";
        var sb = new StringBuilder();
        foreach (string t in new[] { text, framed })
        {
            var c = new Capture();
            Summary s = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = c, IncludeRanking = true }).Summarize(t);
            sb.AppendLine("picks: " + string.Join(",", System.Linq.Enumerable.Select(s.Sentences, x => x.Index)));
            int f = SentenceFeatures.Count;
            for (int i = 0; i < c.Spans!.Count; i++)
            {
                sb.Append(i).Append(' ').Append(c.Spans[i].Kind).Append(' ').Append(s.Ranking![i].Score.ToString("0.000")).Append(" | ");
                for (int k = 0; k < f; k++) { sb.Append(SentenceFeatures.Names[k][..Math.Min(6, SentenceFeatures.Names[k].Length)]).Append('=').Append(c.Rows![i * f + k].ToString("0.###")).Append(' '); }
                sb.AppendLine();
            }
        }
        File.WriteAllText("/tmp/dump.txt", sb.ToString());
    }
}
