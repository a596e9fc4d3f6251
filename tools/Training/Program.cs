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
/// <c>evaluate [--data DIR]</c> prints the cross-validated, leave-one-domain-out and dev-set table (with <c>--gate</c> or
/// <c>--gate-balance</c>, also the table of a summary-level gate between the learned summary and Lead-k);
/// <c>quick</c> scores one all-domain model on the CNN/DM dev set; <c>sweep --configs "..."</c> compares settings
/// in one line each (three folds); <c>analyze</c> compares the shipped model's CNN/DM dev picks with Lead-3;
/// <c>boundaries [--out FILE]</c> learns where sentences end in text without punctuation (<see cref="RunOnTrainer"/>).
/// Without options, <c>train</c> and <c>boundaries</c> reproduce the shipped files.
/// </summary>
internal static class Program
{
    private const string DefaultModelPath = "src/Summarizer/Ranking/Data/learned-ranker.model";

    // The first is the CNN/DM training stories at the budgets of --cnndm-budgets (3 sentences unless given).
    private static readonly DataSet[] s_trainingSets = [ExampleBuilder.CnnDmTrain, ExampleBuilder.CnnDmTrainShort, ExampleBuilder.Bbc, ExampleBuilder.Amazon, ExampleBuilder.Yelp];

    private static int Main(string[] args)
    {
        string command = args.Length > 0 ? args[0] : "";
        string data = Argument(args, "--data") ?? Path.Combine("..", "shared", "data");
        if (command == "boundaries" && Directory.Exists(data))
        {
            return RunOnTrainer.Run(data, Argument(args, "--out") ?? RunOnTrainer.DefaultPath);
        }

        if (command is not ("train" or "evaluate" or "quick" or "sweep" or "analyze") || !Directory.Exists(data))
        {
            Console.Error.WriteLine("usage: Summarizer.Training train|evaluate|quick|sweep|analyze|boundaries [--data ../shared/data] [--out " + DefaultModelPath + "] [--trees 150] [--leaves 15] [--learning-rate 0.05] [--min-examples-per-leaf 100] [--repeats bbc:2,cnndm:1,reviews:4 (also a set at a budget: bbc@3:1)] [--short-stride 2] [--cnndm-budgets 3 (or 2,3,4)] [--labels oracle|graded|near:0.9[:DOMAIN]] [--centrality-weight 0.3] [--centrality-feature textRank] [--short-labels opening|oracle] [--full-opening 0|0.25|0.5|1] [--drop bm25PlusRank+cosineRank|none] [--seed 1] [--ensemble 1] [--truncation 0] [--objective lambdarank|binary|regression] [--gate|--gate-balance (evaluate)] [--configs \"trees=150,bbc=2;...\" (sweep)]");
            Console.Error.WriteLine(Directory.Exists(data) ? "" : $"The data folder '{data}' is absent.");
            return 2;
        }

        // The options are read before the data (which takes a while), so that a bad one is refused at once.
        TrainSettings settings;
        List<SweepRow> sweep;
        try
        {
            s_trainingSets[0] = ExampleBuilder.CnnDmTrain with { Budgets = CnnDmBudgets(Argument(args, "--cnndm-budgets")) };
            settings = SettingsFrom(args);
            sweep = command == "sweep" ? SweepRows(settings, Argument(args, "--configs") ?? "") : [];
            foreach (TrainSettings trained in command == "sweep" ? sweep.Select(row => row.Settings) : [settings])
            {
                RequireSomethingToTrain(trained);
            }

            ExampleBuilder.ShortStride = int.Parse(Argument(args, "--short-stride") ?? "2", CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            Console.Error.WriteLine("A training option is not valid: " + e.Message);
            return 2;
        }

        ExampleBuilder.ComputeNear = (Argument(args, "--labels") ?? Argument(args, "--configs") ?? "").Contains("near", StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();
        var examples = new Dictionary<string, List<Example>>();
        foreach (DataSet set in command == "train" ? s_trainingSets : command == "analyze" ? [ExampleBuilder.CnnDmDev] : [.. s_trainingSets, ExampleBuilder.CnnDmDev])
        {
            examples[set.Set] = ExampleBuilder.Build(data, set);
            Console.Error.WriteLine($"{set.Set}: {examples[set.Set].Count} examples ({clock.Elapsed.TotalSeconds:0}s)");
        }

        if (command == "analyze")
        {
            Analyze(examples["cnndm-dev"]);
            return 0;
        }

        if (command == "sweep")
        {
            Sweep(examples, sweep);
            return 0;
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

        Evaluate(examples, settings, args.Contains("--gate") || args.Contains("--gate-balance"), args.Contains("--gate-balance"));
        Console.Error.WriteLine($"done in {clock.Elapsed.TotalSeconds:0}s");
        return 0;
    }

    /// <summary>
    /// How the shipped model's picks on the CNN/DM dev set differ from Lead-3: how many summaries are the lead, what
    /// the others gain or lose, and where the picks and the oracle's sentences stand in the text.
    /// </summary>
    private static void Analyze(List<Example> dev)
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = LearnedRanker.Default });
        SystemScores learned = Evaluator.Ranker(dev, LearnedRanker.Default);
        SystemScores lead = Evaluator.Lead(dev);
        int leadOnly = 0, wins = 0, losses = 0;
        double difference = 0;
        var picked = new int[12];
        var oracle = new int[12];
        for (int d = 0; d < dev.Count; d++)
        {
            Summary summary = summarizer.Summarize(dev[d].Source.Text, SummaryBudget.Sentences(dev[d].K));
            bool isLead = true;
            for (int j = 0; j < summary.Sentences.Count; j++)
            {
                isLead &= summary.Sentences[j].Index == j;
                picked[Math.Min(picked.Length - 1, summary.Sentences[j].Index)]++;
            }

            for (int s = 0; s < dev[d].Labels.Length; s++)
            {
                oracle[Math.Min(oracle.Length - 1, s)] += dev[d].Labels[s];
            }

            if (isLead)
            {
                leadOnly++;
                continue;
            }

            double change = learned.Rouge1[d] - lead.Rouge1[d];
            difference += change;
            wins += change > 0.01 ? 1 : 0;
            losses += change < -0.01 ? 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the lead itself: {leadOnly} of {dev.Count}; the others: R-1 {difference / Math.Max(1, dev.Count - leadOnly):+0.00;-0.00} on average against Lead-3, {wins} better, {losses} worse"));
        Console.WriteLine("picks by position 0..10, 11+:  " + string.Join(' ', picked));

        (int openingChosen, int shortCount) = OpeningChosen(dev, LearnedRanker.Default);
        (int pageRankOpening, _) = OpeningChosen(dev, SentenceRanker.PageRank);
        Console.WriteLine($"short news (first 8 to 15 sentences, 3 asked): the opening chosen in {openingChosen} of {shortCount} (PageRank: {pageRankOpening})");
        Console.WriteLine("oracle by position 0..10, 11+: " + string.Join(' ', oracle));
    }

    /// <summary>
    /// Short news: each story cut to its first 8 to 15 sentences (varying by story) and summarized in 3; how often the
    /// summary holds the opening sentence, of how many stories were long enough to cut.
    /// </summary>
    private static (int Chosen, int Count) OpeningChosen(List<Example> stories, SentenceRanker ranker)
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = ranker });
        int count = 0, chosen = 0;
        for (int d = 0; d < stories.Count; d++)
        {
            string text = stories[d].Source.Text;
            IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
            int keep = 8 + (d % 8);
            if (spans.Count > keep)
            {
                Summary cut = summarizer.Summarize(text[..spans[keep - 1].End], SummaryBudget.Sentences(3));
                count++;
                chosen += cut.Sentences.Count > 0 && cut.Sentences[0].Index == 0 ? 1 : 0;
            }
        }

        return (chosen, count);
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
        yield return "Labels: membership of the greedy extractive oracle (ROUGE-1.5.5 -n 2 -m, R-1 + R-2 F1) at each budget"
            + (settings.Graded ? " (2), and 1 for as many others as the budget with the highest ROUGE of their own" : "")
            + (settings.ShortOpening ? "; the shortened stories: the opening and the greedy best after it" : "") + "; groups of one document and budget";
        yield return "Settings: " + settings;
        yield return "Features: " + string.Join(' ', SentenceFeatures.Names);
    }

    /// <summary>
    /// Three-fold cross-validation over BBC (by category) and the reviews (by document), CNN/DM training stories always
    /// in; the shipped
    /// all-domain model on the CNN/DM dev set (never trained on), and each domain left out in turn. With
    /// <paramref name="gate"/>, also the summary gate's table (see <see cref="EvaluateGate"/>; <paramref name="balance"/>:
    /// each domain's gate rows weigh the same in all).
    /// </summary>
    private static void Evaluate(Dictionary<string, List<Example>> examples, TrainSettings settings, bool gate, bool balance = false)
    {
        const int folds = Folds;
        string[] heldSets = ["bbc", "amazon", "yelp"];
        List<Example> heldExamples = [.. heldSets.SelectMany(s => examples[s])];
        var cv = new Dictionary<Example, (double R1, double R2, double RL)>(ReferenceEqualityComparer.Instance);
        // The nine models are trained two at a time (each trainer is single-threaded, so its trees do not depend on the machine).
        var foldModels = new LearnedRanker[folds];
        // A model whose domains are all repeated 0 times is not trained (its column reads "none").
        var domainModels = new LearnedRanker?[4];
        List<Example>[] domainTraining =
        [
            [.. s_trainingSets.SelectMany(s => examples[s.Set])],
            [.. examples["cnndm-train"], .. examples["cnndm-train-short"], .. examples["amazon"], .. examples["yelp"]],
            [.. examples["bbc"], .. examples["amazon"], .. examples["yelp"]],
            [.. examples["cnndm-train"], .. examples["cnndm-train-short"], .. examples["bbc"]],
        ];
        // For the gate: models trained on the even CNN/DM training stories (and the shortened copies, of even ones too),
        // per fold and on every held-out document, so that the odd stories' learned summaries are out of sample.
        var evenModels = new LearnedRanker[folds + 1];
        List<Example> even = [.. examples["cnndm-train"].Where(e => e.Document % 2 == 0), .. examples["cnndm-train-short"]];
        int jobs = folds + domainModels.Length + (gate ? evenModels.Length : 0);
        System.Threading.Tasks.Parallel.For(0, jobs, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 2 }, job =>
        {
            if (job >= folds + domainModels.Length)
            {
                int f = job - folds - domainModels.Length;
                evenModels[f] = TrainRanker([.. even, .. heldExamples.Where(e => FoldOf(e) != f)], settings);
            }
            else if (job < folds)
            {
                List<Example> train = [.. examples["cnndm-train"], .. examples["cnndm-train-short"], .. heldExamples.Where(e => FoldOf(e) != job)];
                foldModels[job] = TrainRanker(train, settings);
            }
            else if (domainTraining[job - folds].Any(e => settings.RepeatsOf(e.Set, e.Domain, e.Budget) > 0))
            {
                domainModels[job - folds] = TrainRanker(domainTraining[job - folds], settings);
            }

            Console.Error.WriteLine($"model {job} trained");
        });

        for (int fold = 0; fold < folds; fold++)
        {
            List<Example> test = [.. heldExamples.Where(e => FoldOf(e) == fold)];
            SystemScores scores = Evaluator.Ranker(test, foldModels[fold]);
            for (int i = 0; i < test.Count; i++)
            {
                cv[test[i]] = (scores.Rouge1[i], scores.Rouge2[i], scores.RougeL[i]);
            }
        }

        LearnedRanker shipped = domainModels[0]!;  // RequireSomethingToTrain leaves at least one set to train on
        LearnedRanker? withoutBbc = domainModels[1];
        LearnedRanker? withoutCnnDm = domainModels[2];
        LearnedRanker? withoutReviews = domainModels[3];

        var table = new StringBuilder();
        table.AppendLine("| set | budget | learned (all domains) | learned (domain left out) | pagerank | Lead-k | oracle | learned - Lead-k (95% paired) | learned - pagerank (95% paired) |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach ((string set, LearnedRanker? leftOut) in new[] { ("bbc", withoutBbc), ("cnndm-dev", withoutCnnDm), ("amazon", withoutReviews), ("yelp", withoutReviews) })
        {
            foreach (IGrouping<Budget, Example> group in examples[set].GroupBy(e => e.Budget).OrderBy(g => g.Key.Sentences))
            {
                List<Example> part = [.. group];
                SystemScores learned = set == "cnndm-dev" ? Evaluator.Ranker(part, shipped) : FromCv(part, cv);
                string lodo = leftOut is null ? "none" : Evaluator.Ranker(part, leftOut).Cell;
                SystemScores pageRank = Evaluator.Ranker(part, SentenceRanker.PageRank);
                SystemScores lead = Evaluator.Lead(part);
                SystemScores oracle = Evaluator.Oracle(part);
                (double leadLow, double leadHigh) = Evaluator.PairedInterval(learned, lead);
                (double prLow, double prHigh) = Evaluator.PairedInterval(learned, pageRank);
                table.AppendLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {set} | {group.Key} | {learned.Cell} | {lodo} | {pageRank.Cell} | {lead.Cell} | {oracle.Cell} | {learned.Mean1 - lead.Mean1:+0.00;-0.00} [{leadLow:+0.00;-0.00}, {leadHigh:+0.00;-0.00}] | {learned.Mean1 - pageRank.Mean1:+0.00;-0.00} [{prLow:+0.00;-0.00}, {prHigh:+0.00;-0.00}] |"));
            }
        }

        Console.WriteLine("ROUGE-1.5.5 -n 2 -m, F1 x100, R-1/R-2/R-Lsum. learned (all domains): out-of-fold 3-fold CV on bbc/amazon/yelp");
        Console.WriteLine("(bbc held out by category: business, entertainment, politics; the reviews by document),");
        Console.WriteLine("the shipped all-domain model on cnndm-dev (never trained on). Domain left out: bbc without bbc, cnndm-dev without cnndm, reviews without reviews.");
        Console.WriteLine("Settings: " + settings);
        Console.Write(table);
        if (gate)
        {
            EvaluateGate(examples, settings, balance, foldModels, evenModels, shipped, withoutBbc, withoutCnnDm, withoutReviews);
        }
    }

    /// <summary>
    /// The summary gate (<see cref="SummaryGate"/>) under the protocol of <see cref="Evaluate"/>: per document and
    /// budget it keeps the learned summary or Lead-k. Its training rows are out of sample for the ranker that made
    /// them: the held-out BBC and review documents of each fold summarized by that fold's model, and 2,000 odd CNN/DM
    /// training stories summarized by a model trained on the even ones. In domain, BBC and the reviews are scored by
    /// the gate fitted on the other folds' rows (and the odd stories, summarized by an even model that did not see
    /// the fold either), CNN/DM dev by the gate fitted on every row and the shipped model's summaries; left out, the
    /// gate is fitted without the left-out domain's rows and applied to the summaries of the ranker trained without it.
    /// No threshold is chosen: Lead-k is kept where the gate gives it a probability above one half. A row weighs its
    /// set's repeat count times the ROUGE difference of its candidates, or with <paramref name="balance"/> that
    /// difference over its domain's sum of differences in the gate's whole training data, so that each domain weighs
    /// the same. For choosing settings without the dev set, the odd stories are also scored in two halves, each by
    /// the gate fitted on the other half and every held-out row.
    /// </summary>
    private static void EvaluateGate(
        Dictionary<string, List<Example>> examples,
        TrainSettings settings,
        bool balance,
        LearnedRanker[] foldModels,
        LearnedRanker[] evenModels,
        LearnedRanker shipped,
        LearnedRanker? withoutBbc,
        LearnedRanker? withoutCnnDm,
        LearnedRanker? withoutReviews)
    {
        const int folds = Folds;
        var domainGain = new Dictionary<string, double>();
        double Repeats(Example e) => balance ? 1 / domainGain[e.Domain] : settings.RepeatsOf(e.Set, e.Domain, e.Budget);
        List<Example> odd = [.. examples["cnndm-train"].Where(e => e.Document % 2 == 1).Take(2000)];
        var held = new Dictionary<Example, GateRow>(ReferenceEqualityComparer.Instance);
        var oddRows = new GateRow[folds + 1][];
        for (int fold = 0; fold <= folds; fold++)
        {
            oddRows[fold] = SummaryGate.Rows(odd, evenModels[fold]);
            if (fold < folds)
            {
                List<Example> test = [.. new[] { "bbc", "amazon", "yelp" }.SelectMany(s => examples[s]).Where(e => FoldOf(e) == fold)];
                GateRow[] rows = SummaryGate.Rows(test, foldModels[fold]);
                for (int i = 0; i < test.Count; i++)
                {
                    held[test[i]] = rows[i];
                }
            }
        }

        Console.Error.WriteLine("gate rows made");
        foreach (GateRow row in oddRows[folds].Concat(held.Values))
        {
            domainGain[row.Example.Domain] = domainGain.GetValueOrDefault(row.Example.Domain) + Math.Abs(row.LeadGain);
        }

        var foldGates = new SummaryGate[folds];
        for (int fold = 0; fold < folds; fold++)
        {
            foldGates[fold] = SummaryGate.Fit([.. oddRows[fold], .. held.Values.Where(r => FoldOf(r.Example) != fold)], Repeats);
        }

        GateRow[] allOdd = oddRows[folds];
        SummaryGate everything = SummaryGate.Fit([.. allOdd, .. held.Values], Repeats);
        SummaryGate noBbc = SummaryGate.Fit([.. allOdd, .. held.Values.Where(r => r.Example.Domain != "bbc")], Repeats);
        SummaryGate noCnnDm = SummaryGate.Fit([.. held.Values], Repeats);
        SummaryGate noReviews = SummaryGate.Fit([.. allOdd, .. held.Values.Where(r => r.Example.Domain != "reviews")], Repeats);

        var table = new StringBuilder();
        table.AppendLine("| set | budget | protocol | learned | learned + gate | Lead-k | better of the two | Lead-k chosen | gate - Lead-k (95% paired) | gate - learned (95% paired) |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        {
            // The odd training stories, in two halves: the training side's view of CNN/DM, for choosing settings.
            List<GateRow> rows = [.. allOdd];
            SummaryGate[] halves = [.. Enumerable.Range(0, 2).Select(h => SummaryGate.Fit([.. allOdd.Where((_, i) => i % 2 != h), .. held.Values], Repeats))];
            var index = new Dictionary<GateRow, int>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < rows.Count; i++)
            {
                index[rows[i]] = i;
            }

            (SystemScores gated, int chosen) = Gated(rows, row => halves[index[row] % 2]);
            table.AppendLine(GateLine("cnndm-train-odd", new Budget(3), "in domain (2 halves)", rows, gated, chosen));
        }

        foreach ((string set, LearnedRanker? leftOut, SummaryGate leftOutGate) in new[] { ("bbc", withoutBbc, noBbc), ("cnndm-dev", withoutCnnDm, noCnnDm), ("amazon", withoutReviews, noReviews), ("yelp", withoutReviews, noReviews) })
        {
            GateRow[]? devRows = set == "cnndm-dev" ? SummaryGate.Rows(examples[set], shipped) : null;
            GateRow[]? leftOutRows = leftOut is null ? null : SummaryGate.Rows(examples[set], leftOut);
            foreach (IGrouping<Budget, int> group in Enumerable.Range(0, examples[set].Count).GroupBy(i => examples[set][i].Budget).OrderBy(g => g.Key.Sentences))
            {
                // In domain: each row's gate is its fold's (CNN/DM dev: the gate of every row).
                List<GateRow> inDomain = [.. group.Select(i => devRows is null ? held[examples[set][i]] : devRows[i])];
                (SystemScores gated, int chosen) = Gated(inDomain, row => devRows is null ? foldGates[FoldOf(row.Example)] : everything);
                table.AppendLine(GateLine(set, group.Key, "in domain", inDomain, gated, chosen));
                if (leftOutRows is not null)
                {
                    List<GateRow> outside = [.. group.Select(i => leftOutRows[i])];
                    (SystemScores gatedOutside, int chosenOutside) = Gated(outside, _ => leftOutGate);
                    table.AppendLine(GateLine(set, group.Key, "left out", outside, gatedOutside, chosenOutside));
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("Summary gate (logistic regression over standardized summary-level features; Lead-k where p > 0.5),");
        Console.WriteLine("R-1/R-2/R-Lsum; in domain: out-of-fold on bbc/amazon/yelp, cnndm-dev never trained on; left out: ranker and gate without that domain.");
        Console.Write(table);
        Console.WriteLine("The gate fitted on every row (the one applied to cnndm-dev):");
        Console.WriteLine(everything.Describe());
    }

    /// <summary>The gated scores of <paramref name="rows"/>, each decided by the gate <paramref name="gateOf"/> gives it, and how often Lead-k was kept.</summary>
    private static (SystemScores Scores, int LeadChosen) Gated(List<GateRow> rows, Func<GateRow, SummaryGate> gateOf)
    {
        var r1 = new double[rows.Count];
        var r2 = new double[rows.Count];
        var rl = new double[rows.Count];
        int chosen = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            bool lead = gateOf(rows[i]).ChoosesLead(rows[i]);
            chosen += lead ? 1 : 0;
            (r1[i], r2[i], rl[i]) = lead ? rows[i].Lead : rows[i].Learned;
        }

        return (new SystemScores(r1, r2, rl), chosen);
    }

    private static string GateLine(string set, Budget budget, string protocol, List<GateRow> rows, SystemScores gated, int chosen)
    {
        SystemScores learned = SummaryGate.LearnedScores(rows);
        SystemScores lead = SummaryGate.LeadScores(rows);
        double better = rows.Average(r => r.LeadGain > 0 ? r.Lead.R1 : r.Learned.R1);
        (double leadLow, double leadHigh) = Evaluator.PairedInterval(gated, lead);
        (double learnedLow, double learnedHigh) = Evaluator.PairedInterval(gated, learned);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {set} | {budget} | {protocol} | {learned.Cell} | {gated.Cell} | {lead.Cell} | {better:0.00} | {chosen}/{rows.Count} | {gated.Mean1 - lead.Mean1:+0.00;-0.00} [{leadLow:+0.00;-0.00}, {leadHigh:+0.00;-0.00}] | {gated.Mean1 - learned.Mean1:+0.00;-0.00} [{learnedLow:+0.00;-0.00}, {learnedHigh:+0.00;-0.00}] |");
    }

    private const int Folds = 3;

    private static readonly string[] s_bbcCategories = ["business", "entertainment", "politics"];

    /// <summary>
    /// The cross-validation fold of an example: BBC by category (text of a category the model never saw, as held-out
    /// BBC text is of other categories), the other sets by document.
    /// </summary>
    private static int FoldOf(Example e) => e.Set == "bbc"
        ? Array.FindIndex(s_bbcCategories, c => e.Source.Id.Contains("/" + c + "/", StringComparison.Ordinal))
        : e.Document % Folds;

    /// <summary>The training settings that <paramref name="args"/> give (the defaults for those they do not).</summary>
    /// <exception cref="FormatException">A number is not one, or a repeat is not <c>set:count</c>.</exception>
    /// <exception cref="ArgumentException">A setting is out of its range, or a dropped feature is not one.</exception>
    private static TrainSettings SettingsFrom(string[] args)
    {
        var settings = new TrainSettings
        {
            Trees = int.Parse(Argument(args, "--trees") ?? "150", CultureInfo.InvariantCulture),
            Leaves = int.Parse(Argument(args, "--leaves") ?? "15", CultureInfo.InvariantCulture),
            LearningRate = double.Parse(Argument(args, "--learning-rate") ?? "0.05", CultureInfo.InvariantCulture),
            MinExamplesPerLeaf = int.Parse(Argument(args, "--min-examples-per-leaf") ?? "100", CultureInfo.InvariantCulture),
            Graded = Argument(args, "--labels") == "graded",
            CentralityWeight = double.Parse(Argument(args, "--centrality-weight") ?? "0.3", CultureInfo.InvariantCulture),
            CentralityFeature = Argument(args, "--centrality-feature") ?? "textRank",
            ShortOpening = Argument(args, "--short-labels") != "oracle",
            FullOpening = double.Parse(Argument(args, "--full-opening") ?? "0", CultureInfo.InvariantCulture),
            Dropped = Argument(args, "--drop") is { } drop ? DroppedFrom(drop) : new TrainSettings().Dropped,
            Seed = int.Parse(Argument(args, "--seed") ?? "1", CultureInfo.InvariantCulture),
            Ensemble = int.Parse(Argument(args, "--ensemble") ?? "1", CultureInfo.InvariantCulture),
            Truncation = int.Parse(Argument(args, "--truncation") ?? "0", CultureInfo.InvariantCulture),
            Objective = Argument(args, "--objective") ?? "lambdarank",
        };
        if (Argument(args, "--labels") is { } labels && labels.StartsWith("near:", StringComparison.Ordinal))
        {
            string[] parts = labels.Split(':');
            settings = settings with { Near = double.Parse(parts[1], CultureInfo.InvariantCulture), NearDomain = parts.Length > 2 ? parts[2] : null };
        }

        if (Argument(args, "--repeats") is { } repeats)
        {
            var table = new Dictionary<string, int>();
            foreach (string pair in repeats.Split(','))
            {
                string[] parts = pair.Split(':');
                table[RepeatKey(parts[0])] = parts.Length == 2
                    ? int.Parse(parts[1], CultureInfo.InvariantCulture)
                    : throw new FormatException($"--repeats takes set:count pairs, not '{pair}'.");
            }

            settings = settings with { Repeats = table };
        }

        return settings.Checked();
    }

    /// <summary>
    /// Compares settings quickly: three folds, BBC held out by category (the held-out BBC text is of other
    /// categories) and the reviews by document; CNN/DM trained on the even training stories and scored on 1,000 odd ones
    /// by the first fold's model (the dev set is not used). One line per setting; <c>redundancy=</c> sets the
    /// summarizer's redundancy threshold when scoring, <c>centrality=</c> the model's centrality weight, <c>central=NAME</c> the feature it adds, <c>near=T</c>
    /// near-oracle labels (<c>nearcnn=1</c>: on CNN/DM only), <c>fullopening=</c> the share of full CNN/DM stories labelled with the best summary that holds their opening, <c>ff=</c> and <c>bag=</c> the share of features and of
    /// groups per tree, <c>seed=</c> the training seed, <c>ensemble=N</c> the average of N models (seeds from <c>seed=</c> on),
    /// <c>trunc=</c> LightGBM's LambdaRank truncation level, <c>objective=</c> the trainer's objective, <c>drop=a+b</c> features the trees may not split on (<c>drop=none</c>: every feature), any other key the repeats of a set, a domain or a set at one budget (<c>bbc@3</c>).
    /// <c>--configs "trees=400,leaves=31,lr=0.05,min=100,bbc=1,cnndm=1,reviews=4,cnndm-train-short=1,centrality=0.3;..."</c>.
    /// </summary>
    private static void Sweep(Dictionary<string, List<Example>> examples, List<SweepRow> rows)
    {
        const int folds = Folds;
        string[] heldSets = ["bbc", "amazon", "yelp"];
        List<Example> held = [.. heldSets.SelectMany(s => examples[s])];
        // CNN/DM: trained on the even training stories (the shortened copies are of even ones too), scored on 1,000 odd
        // ones, so that no setting is chosen on the dev set.
        List<Example> cnn = [.. examples["cnndm-train"].Where(e => e.Document % 2 == 0), .. examples["cnndm-train-short"]];
        List<Example> cnnHeld = [.. examples["cnndm-train"].Where(e => e.Document % 2 == 1).Take(1000)];
        foreach ((string config, TrainSettings settings, double? redundancy) in rows)
        {
            var models = new LearnedRanker[folds];
            System.Threading.Tasks.Parallel.For(0, folds, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 2 }, f =>
                models[f] = TrainRanker([.. cnn, .. held.Where(e => FoldOf(e) != f)], settings));
            var cells = new List<string>();
            foreach ((string set, int k) in new[] { ("bbc", 0), ("bbc", 3), ("amazon", 2), ("amazon", 4), ("yelp", 2), ("yelp", 4) })
            {
                // k is the budget's sentence count, 0 for the reference's length.
                var r1 = new List<double>();
                for (int f = 0; f < folds; f++)
                {
                    List<Example> part = [.. examples[set].Where(e => e.Budget.Sentences == k && FoldOf(e) == f)];
                    r1.AddRange(Evaluator.Ranker(part, models[f], redundancy).Rouge1);
                }

                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{set}{(k == 0 ? "ref" : k)} {r1.Average():0.00}"));
            }

            SystemScores dev = Evaluator.Ranker(cnnHeld, models[0], redundancy);
            SystemScores lead = Evaluator.Lead(cnnHeld);
            (double low, double high) = Evaluator.PairedInterval(dev, lead);
            cells.Add(string.Create(CultureInfo.InvariantCulture, $"cnndm-train-odd {dev.Mean1:0.00} ({dev.Mean1 - lead.Mean1:+0.00;-0.00} [{low:+0.00;-0.00}, {high:+0.00;-0.00}])"));
            (int opening, int stories) = OpeningChosen(cnnHeld, models[0]);
            cells.Add($"short news opening {opening}/{stories}");
            Console.WriteLine($"{config} | {string.Join(" | ", cells)}");
        }
    }

    /// <summary>One setting of a sweep: its text, the training settings it gives and the redundancy threshold to score with.</summary>
    private readonly record struct SweepRow(string Config, TrainSettings Settings, double? Redundancy);

    /// <summary>The sweep's settings, read from <c>--configs</c> before any data is (see <see cref="Sweep"/> for the keys).</summary>
    /// <exception cref="FormatException">A pair is not <c>key=value</c>, or a number is not one.</exception>
    /// <exception cref="ArgumentException">A key is none of the settings, sets or domains, or a value is out of its range.</exception>
    private static List<SweepRow> SweepRows(TrainSettings baseline, string configs)
    {
        var rows = new List<SweepRow>();
        foreach (string config in configs.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            TrainSettings settings = baseline;
            double? redundancy = null;
            var repeats = new Dictionary<string, int>(baseline.Repeats);
            foreach (string pair in config.Split(',', StringSplitOptions.TrimEntries))
            {
                string[] kv = pair.Split('=');
                if (kv.Length != 2)
                {
                    throw new FormatException($"A sweep setting is key=value, not '{pair}'.");
                }

                if (kv[0] == "central")
                {
                    settings = settings with { CentralityFeature = kv[1] };
                    continue;
                }

                if (kv[0] == "objective")
                {
                    settings = settings with { Objective = kv[1] };
                    continue;
                }

                if (kv[0] == "drop")
                {
                    settings = settings with { Dropped = DroppedFrom(kv[1]) };
                    continue;
                }

                double v = double.Parse(kv[1], CultureInfo.InvariantCulture);
                switch (kv[0])
                {
                    case "trees": settings = settings with { Trees = (int)v }; break;
                    case "leaves": settings = settings with { Leaves = (int)v }; break;
                    case "lr": settings = settings with { LearningRate = v }; break;
                    case "min": settings = settings with { MinExamplesPerLeaf = (int)v }; break;
                    case "graded": settings = settings with { Graded = v != 0 }; break;
                    case "near": settings = settings with { Near = v }; break;
                    case "nearcnn": settings = settings with { NearDomain = v != 0 ? "cnndm" : null }; break;
                    case "centrality": settings = settings with { CentralityWeight = v }; break;
                    case "opening": settings = settings with { ShortOpening = v != 0 }; break;
                    case "fullopening": settings = settings with { FullOpening = v }; break;
                    case "ff": settings = settings with { FeatureFraction = v }; break;
                    case "bag": settings = settings with { Subsample = v }; break;
                    case "ensemble": settings = settings with { Ensemble = (int)v }; break;
                    case "seed": settings = settings with { Seed = (int)v }; break;
                    case "trunc": settings = settings with { Truncation = (int)v }; break;
                    case "redundancy": redundancy = v; break;
                    default: repeats[RepeatKey(kv[0])] = (int)v; break;
                }
            }

            rows.Add(new SweepRow(config, (settings with { Repeats = repeats }).Checked(), redundancy));
        }

        return rows;
    }

    /// <summary>
    /// The sentence budgets the CNN/DM training stories are labelled at: "3" unless given, or a comma-separated list of
    /// distinct counts from 1 to 10 ("2,3,4"), each story once per budget.
    /// </summary>
    /// <exception cref="ArgumentException">A count is not a whole number from 1 to 10, or is given twice.</exception>
    private static Budget[] CnnDmBudgets(string? value)
    {
        if (value is null)
        {
            return ExampleBuilder.CnnDmTrain.Budgets;
        }

        var counts = new List<int>();
        foreach (string part in value.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count is < 1 or > 10 || counts.Contains(count))
            {
                throw new ArgumentException($"--cnndm-budgets takes distinct sentence counts from 1 to 10, such as 2,3,4; '{part}' is not one.");
            }

            counts.Add(count);
        }

        return [.. counts.Select(count => new Budget(count))];
    }

    /// <summary>Refuses repeat counts that leave no set to train on.</summary>
    /// <exception cref="ArgumentException">Every training set is repeated 0 times.</exception>
    private static void RequireSomethingToTrain(TrainSettings settings)
    {
        if (!s_trainingSets.Any(set => set.Budgets.Any(budget => settings.RepeatsOf(set.Set, set.Domain, budget) > 0)))
        {
            throw new ArgumentException("The repeat counts leave no set to train on.");
        }
    }

    /// <summary>The features a <c>--drop</c> or <c>drop=</c> value names: <c>a+b</c>, or <c>none</c>.</summary>
    private static string[] DroppedFrom(string value) => value == "none" ? [] : value.Split('+');

    /// <summary>
    /// <paramref name="key"/>, when it names a training set, a domain or a set at one of its budgets (<c>bbc@3</c>,
    /// <c>bbc@ref</c>) whose repeats can be set, so that a misspelt setting is refused rather than taken for a set.
    /// </summary>
    /// <exception cref="ArgumentException">It names none of them.</exception>
    private static string RepeatKey(string key)
    {
        string[] keys = [.. s_trainingSets.SelectMany(set => set.Budgets.Select(budget => TrainSettings.KeyOf(set.Set, budget)).Prepend(set.Domain).Prepend(set.Set)).Distinct()];
        return keys.Contains(key) ? key : throw new ArgumentException($"'{key}' is neither a setting nor a training set, a domain or a set at one of its budgets ({string.Join(", ", keys)}).");
    }

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
