using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Summarizer.Evaluation;

namespace Summarizer.Training;

/// <summary>One document under one budget (<see cref="K"/> sentences, <see cref="Budget"/> for that document): its feature rows and its greedy-oracle labels.</summary>
internal sealed record Example(string Domain, string Set, int Document, Budget Budget, int K, EvaluationDocument Source, float[] Rows, int[] Labels, float[] Gains, float[] Near, int[]? OpeningLabels)
{
    public int SentenceCount => Labels.Length;
}

/// <summary>A dataset of the shared data, the domain it stands for, and the budgets its documents are summarized at.</summary>
/// <param name="Domain">The kind of text (news with abstractive references, news with extractive ones, reviews).</param>
/// <param name="Set">The name of the set in reports.</param>
/// <param name="RelativePath">The file under the data folder.</param>
/// <param name="Budgets">The budgets each document is summarized at.</param>
/// <param name="ShortenTo">When set, each document is cut to its first 8 to 15 sentences (varying by document), and
/// only one in <see cref="ExampleBuilder.ShortStride"/> is taken: short news, which the full sets have few of.</param>
internal sealed record DataSet(string Domain, string Set, string RelativePath, Budget[] Budgets, bool ShortenTo = false);

/// <summary>A sentence budget: a fixed count, or the reference's own length (BBC's extractive references).</summary>
internal readonly record struct Budget(int Sentences)
{
    public static Budget ReferenceLength => new(0);

    public int For(EvaluationDocument document) =>
        Sentences > 0 ? Sentences : Math.Max(1, document.References.Count > 0 ? document.References[0].Count : 3);

    public override string ToString() => Sentences > 0 ? Sentences.ToString(System.Globalization.CultureInfo.InvariantCulture) : "ref";
}

/// <summary>Makes examples: the features the library computes and labels from the extractive oracle.</summary>
internal static class ExampleBuilder
{
    public static readonly DataSet CnnDmTrain = new("cnndm", "cnndm-train", "cnndm/train.jsonl", [new Budget(3)]);
    public static readonly DataSet CnnDmTrainShort = new("cnndm", "cnndm-train-short", "cnndm/train.jsonl", [new Budget(3)], ShortenTo: true);
    public static readonly DataSet CnnDmDev = new("cnndm", "cnndm-dev", "cnndm/dev.jsonl", [new Budget(3)]);
    public static readonly DataSet Bbc = new("bbc", "bbc", "bbc/dev.jsonl", [Budget.ReferenceLength, new Budget(3)]);
    public static readonly DataSet Amazon = new("reviews", "amazon", "reviews/amazon.jsonl", [new Budget(2), new Budget(4)]);
    public static readonly DataSet Yelp = new("reviews", "yelp", "reviews/yelp.jsonl", [new Budget(2), new Budget(4)]);

    /// <summary>Whether the near-oracle shares of <see cref="Example.Near"/> are computed (they take a few minutes on BBC).</summary>
    public static bool ComputeNear { get; set; }

    /// <summary>Every how many training stories a shortened copy is made (0: none).</summary>
    public static int ShortStride { get; set; } = 2;

    public static RougeScorer Scorer { get; } = RougeScorer.Create(new RougeOptions { Mode = RougeMode.Rouge155, Stem = true });

    public static List<Example> Build(string dataRoot, DataSet set)
    {
        var documents = new List<EvaluationDocument>(DatasetReader.ReadFile(Path.Combine(dataRoot, set.RelativePath)));
        if (set.ShortenTo)
        {
            var shortened = new List<EvaluationDocument>();
            for (int d = 0; ShortStride > 0 && d < documents.Count; d += ShortStride)
            {
                EvaluationDocument document = documents[d];
                IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(document.Text);
                int keep = 8 + (d / ShortStride % 8);
                if (spans.Count > keep)
                {
                    shortened.Add(new EvaluationDocument(document.Id, document.Title, document.Text[..spans[keep - 1].End], document.References));
                }
            }

            documents = shortened;
        }

        var examples = new Example[documents.Count, set.Budgets.Length];
        Parallel.For(0, documents.Count, d =>
        {
            for (int b = 0; b < set.Budgets.Length; b++)
            {
                examples[d, b] = BuildOne(set, d, documents[d], set.Budgets[b]);
            }
        });

        var list = new List<Example>(examples.Length);
        for (int d = 0; d < documents.Count; d++)
        {
            for (int b = 0; b < set.Budgets.Length; b++)
            {
                list.Add(examples[d, b]);
            }
        }

        return list;
    }

    private static Example BuildOne(DataSet set, int index, EvaluationDocument document, Budget budget)
    {
        int k = budget.For(document);
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = FeatureCapture.Instance, Budget = SummaryBudget.Sentences(k) });
        FeatureCapture.Reset();
        summarizer.Summarize(document.Text);
        float[] rows = FeatureCapture.Rows ?? [];
        IReadOnlyList<SentenceSpan> spans = FeatureCapture.Sentences ?? [];
        var sentences = new string[spans.Count];
        for (int i = 0; i < sentences.Length; i++)
        {
            sentences[i] = document.Text.Substring(spans[i].Start, spans[i].Length);
        }

        var labels = new int[sentences.Length];
        var gains = new float[sentences.Length];
        var near = new float[sentences.Length];
        if (sentences.Length > 0 && document.References.Count > 0)
        {
            for (int i = 0; i < sentences.Length; i++)
            {
                RougeScores alone = Scorer.Score([sentences[i]], document.References);
                gains[i] = (float)(alone.Rouge1.F1 + alone.Rouge2.F1);
            }

            IReadOnlyList<int> oracle = ExtractiveOracle.Select(Scorer, sentences, document.References, k);
            foreach (int i in oracle)
            {
                labels[i] = 1;
                near[i] = 1;
            }

            double best = Objective(oracle.Select(i => sentences[i]), document.References);
            for (int i = 0; ComputeNear && best > 0 && i < sentences.Length; i++)
            {
                if (labels[i] == 1)
                {
                    continue;
                }

                // The best summary of the oracle's size with this sentence in the place of one of the oracle's.
                double swapped = 0;
                for (int m = 0; m < oracle.Count; m++)
                {
                    swapped = Math.Max(swapped, Objective(oracle.Where((_, j) => j != m).Append(i).Order().Select(j => sentences[j]), document.References));
                }

                near[i] = (float)(swapped / best);
            }
        }

        // Short news: the best summary that holds the opening (greedy after it), the product's promise for such texts;
        // for the full CNN/DM training stories too, which `--full-opening` may train on.
        int[]? opening = null;
        if ((set.ShortenTo || set.Set == CnnDmTrain.Set) && sentences.Length > k && document.References.Count > 0)
        {
            opening = new int[sentences.Length];
            foreach (int i in ExtractiveOracle.Select(Scorer, sentences, document.References, k, fillToK: true, required: [0]))
            {
                opening[i] = 1;
            }
        }

        return new Example(set.Domain, set.Set, index, budget, k, document, rows, labels, gains, near, opening);
    }

    private static double Objective(IEnumerable<string> summary, IReadOnlyList<IReadOnlyList<string>> references)
    {
        RougeScores scores = Scorer.Score([.. summary], references);
        return scores.Rouge1.F1 + scores.Rouge2.F1;
    }

    /// <summary>A ranker that keeps the features the pipeline computes for the document it is given (per thread).</summary>
    private sealed class FeatureCapture : SentenceRanker
    {
        public static readonly FeatureCapture Instance = new();

        [ThreadStatic]
        private static float[]? s_threadRows;

        [ThreadStatic]
        private static IReadOnlyList<SentenceSpan>? s_threadSentences;

        public static float[]? Rows => s_threadRows;

        public static IReadOnlyList<SentenceSpan>? Sentences => s_threadSentences;

        public override string Name => "feature-capture";

        public static void Reset()
        {
            s_threadRows = null;
            s_threadSentences = null;
        }

        public override SentenceRanking Rank(RankingContext context)
        {
            s_threadRows = SentenceFeatures.Compute(context);
            s_threadSentences = context.Sentences;
            return new SentenceRanking(new double[context.SentenceCount]);
        }
    }
}
