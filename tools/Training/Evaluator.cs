using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Summarizer.Evaluation;

namespace Summarizer.Training;

/// <summary>Per-document ROUGE-1.5.5 F1 (x100) of a system on a list of examples.</summary>
internal sealed record SystemScores(double[] Rouge1, double[] Rouge2, double[] RougeL)
{
    public double Mean1 => Mean(Rouge1);

    public double Mean2 => Mean(Rouge2);

    public double MeanL => Mean(RougeL);

    public string Cell => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mean1:0.00}/{Mean2:0.00}/{MeanL:0.00}");

    private static double Mean(double[] values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return values.Length > 0 ? sum / values.Length : 0;
    }
}

/// <summary>Scores systems (a ranker, Lead-k, the oracle) on examples, the way <c>summarize eval</c> does.</summary>
internal static class Evaluator
{
    public static SystemScores Ranker(IReadOnlyList<Example> examples, SentenceRanker ranker, double? redundancy = null)
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = ranker, RedundancyThreshold = redundancy ?? SummarizerOptions.Default.RedundancyThreshold });
        return Score(examples, example =>
        {
            Summary summary = summarizer.Summarize(example.Source.Text, SummaryBudget.Sentences(example.K));
            var texts = new string[summary.Sentences.Count];
            for (int j = 0; j < texts.Length; j++)
            {
                texts[j] = summary.Sentences[j].Text;
            }

            return texts;
        });
    }

    public static SystemScores Lead(IReadOnlyList<Example> examples) => Score(examples, example =>
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(example.Source.Text);
        var texts = new string[Math.Min(example.K, spans.Count)];
        for (int j = 0; j < texts.Length; j++)
        {
            texts[j] = example.Source.Text.Substring(spans[j].Start, spans[j].Length);
        }

        return texts;
    });

    public static SystemScores Oracle(IReadOnlyList<Example> examples) => Score(examples, example =>
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(example.Source.Text);
        var texts = new List<string>();
        for (int j = 0; j < spans.Count; j++)
        {
            if (j < example.Labels.Length && example.Labels[j] == 1)
            {
                texts.Add(example.Source.Text.Substring(spans[j].Start, spans[j].Length));
            }
        }

        return texts.ToArray();
    });

    /// <summary>
    /// The paired bootstrap interval (95%, 1,000 resamples, fixed seed) of the mean ROUGE-1 difference a - b over the
    /// same documents.
    /// </summary>
    public static (double Low, double High) PairedInterval(SystemScores a, SystemScores b)
    {
        int n = a.Rouge1.Length;
        var differences = new double[n];
        for (int i = 0; i < n; i++)
        {
            differences[i] = a.Rouge1[i] - b.Rouge1[i];
        }

        var random = new Random(42);
        var means = new double[1000];
        for (int r = 0; r < means.Length; r++)
        {
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                sum += differences[random.Next(n)];
            }

            means[r] = n > 0 ? sum / n : 0;
        }

        Array.Sort(means);
        return (means[24], means[974]);
    }

    private static SystemScores Score(IReadOnlyList<Example> examples, Func<Example, string[]> choose)
    {
        int n = examples.Count;
        var r1 = new double[n];
        var r2 = new double[n];
        var rl = new double[n];
        Parallel.For(0, n, i =>
        {
            RougeScores scores = ExampleBuilder.Scorer.Score(choose(examples[i]), examples[i].Source.References);
            r1[i] = 100 * scores.Rouge1.F1;
            r2[i] = 100 * scores.Rouge2.F1;
            rl[i] = 100 * scores.RougeLsum.F1;
        });
        return new SystemScores(r1, r2, rl);
    }
}
