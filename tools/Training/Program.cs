using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Summarizer.Training;

/// <summary>
/// Trains the learned ranker's model and measures how it holds out of domain.
/// <c>train [--data DIR] [--out FILE]</c> trains on every training document and writes the model file;
/// <c>evaluate [--data DIR]</c> prints the cross-validated, leave-one-domain-out and dev-set table.
/// </summary>
internal static class Program
{
    private const string DefaultModelPath = "src/Summarizer/Ranking/Data/learned-ranker.model";

    private static readonly DataSet[] s_trainingSets = [ExampleBuilder.CnnDmTrain, ExampleBuilder.CnnDmTrainShort, ExampleBuilder.Bbc, ExampleBuilder.Amazon, ExampleBuilder.Yelp];

    private static int Main(string[] args)
    {
        string command = args.Length > 0 ? args[0] : "";
        string data = Argument(args, "--data") ?? Path.Combine("..", "shared", "data");
        if (command is not ("train" or "evaluate" or "quick") || !Directory.Exists(data))
        {
            Console.Error.WriteLine("usage: Summarizer.Training train|evaluate [--data ../shared/data] [--out " + DefaultModelPath + "]");
            Console.Error.WriteLine(Directory.Exists(data) ? "" : $"The data folder '{data}' is absent.");
            return 2;
        }

        ExampleBuilder.ShortStride = int.Parse(Argument(args, "--short-stride") ?? "2", CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        var examples = new Dictionary<string, List<Example>>();
        foreach (DataSet set in command == "train" ? s_trainingSets : [.. s_trainingSets, ExampleBuilder.CnnDmDev])
        {
            examples[set.Set] = ExampleBuilder.Build(data, set);
            Console.Error.WriteLine($"{set.Set}: {examples[set.Set].Count} examples ({clock.Elapsed.TotalSeconds:0}s)");
        }

        var settings = new TrainSettings
        {
            Trees = int.Parse(Argument(args, "--trees") ?? "400", CultureInfo.InvariantCulture),
            Leaves = int.Parse(Argument(args, "--leaves") ?? "31", CultureInfo.InvariantCulture),
            LearningRate = double.Parse(Argument(args, "--learning-rate") ?? "0.05", CultureInfo.InvariantCulture),
            MinExamplesPerLeaf = int.Parse(Argument(args, "--min-examples-per-leaf") ?? "100", CultureInfo.InvariantCulture),
        };
        if (Argument(args, "--repeats") is { } repeats)
        {
            var table = new Dictionary<string, int>();
            foreach (string pair in repeats.Split(','))
            {
                string[] parts = pair.Split(':');
                table[parts[0]] = int.Parse(parts[1], CultureInfo.InvariantCulture);
            }

            settings = settings with { Repeats = table };
        }

        if (command == "quick")
        {
            // The all-domain model on the CNN/DM dev set alone: one training, for trying settings.
            LearnedRanker model = TrainRanker([.. s_trainingSets.SelectMany(s => examples[s.Set])], settings);
            SystemScores learned = Evaluator.Ranker(examples["cnndm-dev"], model);
            SystemScores lead = Evaluator.Lead(examples["cnndm-dev"]);
            (double low, double high) = Evaluator.PairedInterval(learned, lead);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{settings}: cnndm-dev learned {learned.Cell}, Lead-3 {lead.Cell}, difference {learned.Mean1 - lead.Mean1:+0.00;-0.00} [{low:+0.00;-0.00}, {high:+0.00;-0.00}]"));
            return 0;
        }

        if (command == "train")
        {
            string output = Argument(args, "--out") ?? DefaultModelPath;
            List<Example> all = [.. s_trainingSets.SelectMany(s => examples[s.Set])];
            string model = ModelTrainer.Train(all, settings, Provenance(settings, examples));
            string temporary = output + ".tmp";
            File.WriteAllText(temporary, model, new UTF8Encoding(false));
            File.Move(temporary, output, overwrite: true);
            Console.Error.WriteLine($"wrote {output} ({model.Length / 1024} KB) in {clock.Elapsed.TotalSeconds:0}s");
            return 0;
        }

        Evaluate(examples, settings);
        Console.Error.WriteLine($"done in {clock.Elapsed.TotalSeconds:0}s");
        return 0;
    }

    private static string? Argument(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static IEnumerable<string> Provenance(TrainSettings settings, Dictionary<string, List<Example>> examples)
    {
        yield return "Trained by: dotnet run -c Release --project tools/Training -- train (from the repository root, ../shared/data beside it)";
        yield return "Data: " + string.Join(", ", s_trainingSets.Select(s => $"{s.RelativePath} ({examples[s.Set].Count} document-budget groups, budgets {string.Join('/', s.Budgets)})"));
        yield return "Labels: membership of the greedy extractive oracle (ROUGE-1.5.5 -n 2 -m, R-1 + R-2 F1) at each budget; groups of one document and budget";
        yield return "Settings: " + settings;
        yield return "Features: " + string.Join(' ', SentenceFeatures.Names);
    }

    /// <summary>
    /// Cross-validation by document over BBC and the reviews (CNN/DM training stories always in), the shipped
    /// all-domain model on the CNN/DM dev set (never trained on), and each domain left out in turn.
    /// </summary>
    private static void Evaluate(Dictionary<string, List<Example>> examples, TrainSettings settings)
    {
        const int folds = 5;
        string[] heldSets = ["bbc", "amazon", "yelp"];
        List<Example> heldExamples = [.. heldSets.SelectMany(s => examples[s])];
        var cv = new Dictionary<Example, (double R1, double R2, double RL)>(ReferenceEqualityComparer.Instance);
        // The nine models are trained two at a time (each trainer is single-threaded, so its trees do not depend on the machine).
        var foldModels = new LearnedRanker[folds];
        var domainModels = new LearnedRanker[4];
        List<Example>[] domainTraining =
        [
            [.. s_trainingSets.SelectMany(s => examples[s.Set])],
            [.. examples["cnndm-train"], .. examples["cnndm-train-short"], .. examples["amazon"], .. examples["yelp"]],
            [.. examples["bbc"], .. examples["amazon"], .. examples["yelp"]],
            [.. examples["cnndm-train"], .. examples["cnndm-train-short"], .. examples["bbc"]],
        ];
        System.Threading.Tasks.Parallel.For(0, folds + domainModels.Length, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 2 }, job =>
        {
            if (job < folds)
            {
                List<Example> train = [.. examples["cnndm-train"], .. examples["cnndm-train-short"], .. heldExamples.Where(e => e.Document % folds != job)];
                foldModels[job] = TrainRanker(train, settings);
            }
            else
            {
                domainModels[job - folds] = TrainRanker(domainTraining[job - folds], settings);
            }

            Console.Error.WriteLine($"model {job} trained");
        });

        for (int fold = 0; fold < folds; fold++)
        {
            List<Example> test = [.. heldExamples.Where(e => e.Document % folds == fold)];
            SystemScores scores = Evaluator.Ranker(test, foldModels[fold]);
            for (int i = 0; i < test.Count; i++)
            {
                cv[test[i]] = (scores.Rouge1[i], scores.Rouge2[i], scores.RougeL[i]);
            }
        }

        LearnedRanker shipped = domainModels[0];
        LearnedRanker withoutBbc = domainModels[1];
        LearnedRanker withoutCnnDm = domainModels[2];
        LearnedRanker withoutReviews = domainModels[3];

        var table = new StringBuilder();
        table.AppendLine("| set | budget | learned (all domains) | learned (domain left out) | pagerank | Lead-k | oracle | learned - Lead-k (95% paired) | learned - pagerank (95% paired) |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach ((string set, LearnedRanker leftOut) in new[] { ("bbc", withoutBbc), ("cnndm-dev", withoutCnnDm), ("amazon", withoutReviews), ("yelp", withoutReviews) })
        {
            foreach (IGrouping<int, Example> group in examples[set].GroupBy(e => e.K > 0 && set == "bbc" && e.K != 3 ? 0 : e.K).OrderBy(g => g.Key))
            {
                List<Example> part = [.. examples[set].Where(e => BudgetKey(set, e) == BudgetKey(set, group.First()))];
                if (group.Key != BudgetKey(set, group.First()))
                {
                    continue;
                }

                SystemScores learned = set == "cnndm-dev" ? Evaluator.Ranker(part, shipped) : FromCv(part, cv);
                SystemScores lodo = Evaluator.Ranker(part, leftOut);
                SystemScores pageRank = Evaluator.Ranker(part, SentenceRanker.PageRank);
                SystemScores lead = Evaluator.Lead(part);
                SystemScores oracle = Evaluator.Oracle(part);
                (double leadLow, double leadHigh) = Evaluator.PairedInterval(learned, lead);
                (double prLow, double prHigh) = Evaluator.PairedInterval(learned, pageRank);
                table.AppendLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {set} | {(group.Key == 0 ? "ref" : group.Key)} | {learned.Cell} | {lodo.Cell} | {pageRank.Cell} | {lead.Cell} | {oracle.Cell} | {learned.Mean1 - lead.Mean1:+0.00;-0.00} [{leadLow:+0.00;-0.00}, {leadHigh:+0.00;-0.00}] | {learned.Mean1 - pageRank.Mean1:+0.00;-0.00} [{prLow:+0.00;-0.00}, {prHigh:+0.00;-0.00}] |"));
            }
        }

        Console.WriteLine("ROUGE-1.5.5 -n 2 -m, F1 x100, R-1/R-2/R-Lsum. learned (all domains): out-of-fold 5-fold CV by document on bbc/amazon/yelp,");
        Console.WriteLine("the shipped all-domain model on cnndm-dev (never trained on). Domain left out: bbc without bbc, cnndm-dev without cnndm, reviews without reviews.");
        Console.WriteLine("Settings: " + settings);
        Console.Write(table);
    }

    private static int BudgetKey(string set, Example example) => set == "bbc" && example.K != 3 ? 0 : example.K;

    private static SystemScores FromCv(List<Example> part, Dictionary<Example, (double R1, double R2, double RL)> cv)
    {
        var r1 = new double[part.Count];
        var r2 = new double[part.Count];
        var rl = new double[part.Count];
        for (int i = 0; i < part.Count; i++)
        {
            (r1[i], r2[i], rl[i]) = cv[part[i]];
        }

        return new SystemScores(r1, r2, rl);
    }

    private static LearnedRanker TrainRanker(List<Example> train, TrainSettings settings)
    {
        string text = ModelTrainer.Train(train, settings, []);
        return LearnedRanker.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)));
    }
}
