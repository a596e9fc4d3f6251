using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Summarizer;
using Summarizer.Evaluation;

// Scores the summarizer on the dev sets with ROUGE-1.5.5 (-n 2 -m, F1 x100; RL is ROUGE-1.5.5's summary-level ROUGE-L), as `summarize eval` does: BBC with as
// many sentences as the reference, BBC 3 sentences, CNN/DM 3 sentences (every text split by the default splitter);
// Lead-k and a greedy oracle beside it with "baselines" / "oracle".
// Usage: dotnet tools/Tune/bin/Release/net10.0/Tune.dll [baselines|oracle] [set=bbc|cnndm] [limit=N] [config...]
//   a config is one argument of space-separated key=value pairs (several configs are scored one after another, the
//   documents read once): algorithm=pagerank|pacsum similarity=bm25+|bm25|textrank|cosine|cosine:0.1|bm25+:k1,b
//   damping=0.85 position=1 redundancy=0.6 minwords=6 forward=1 backward=-2 beta=0.6
//   Plain key=value arguments outside quotes form one config.
// perf: rough wall-clock timings on the Austen scale files.
string data = Environment.GetEnvironmentVariable("SUMMARIZER_SHARED_DATA") ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data"));
if (!Directory.Exists(data))
{
    data = Path.GetFullPath("../shared/data");
}

bool baselines = false;
bool oracle = false;
bool perf = false;
bool show = false;
string only = string.Empty;
int limit = int.MaxValue;
var configs = new List<Dictionary<string, string>>();
var loose = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (string arg in args)
{
    if (arg.Contains(' ', StringComparison.Ordinal))
    {
        configs.Add(Parse(arg));
        continue;
    }

    int eq = arg.IndexOf('=', StringComparison.Ordinal);
    if (eq > 0 && arg[..eq] == "set")
    {
        only = arg[(eq + 1)..];
    }
    else if (eq > 0 && arg[..eq] == "limit")
    {
        limit = int.Parse(arg[(eq + 1)..], CultureInfo.InvariantCulture);
    }
    else if (eq > 0)
    {
        loose[arg[..eq]] = arg[(eq + 1)..];
    }
    else if (arg == "baselines")
    {
        baselines = true;
    }
    else if (arg == "oracle")
    {
        baselines = true;
        oracle = true;
    }
    else if (arg == "perf")
    {
        perf = true;
    }
    else if (arg == "show")
    {
        show = true;
    }
}

if (loose.Count > 0 || configs.Count == 0)
{
    configs.Insert(0, loose);
}

static Dictionary<string, string> Parse(string config)
{
    var settings = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (string pair in config.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
        int eq = pair.IndexOf('=', StringComparison.Ordinal);
        settings[pair[..eq]] = pair[(eq + 1)..];
    }

    return settings;
}

static SummarizerOptions Build(Dictionary<string, string> settings)
{
    double Get(string key, double fallback) => settings.TryGetValue(key, out string? v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
    SummarizerOptions d = SummarizerOptions.Default;
    SentenceSimilarity similarity = (settings.TryGetValue("similarity", out string? sim) ? sim : null) switch
    {
        null => d.Similarity,
        "bm25" => SentenceSimilarity.Bm25,
        "bm25+" => SentenceSimilarity.Bm25Plus,
        "textrank" => SentenceSimilarity.TextRank,
        "cosine" => SentenceSimilarity.Cosine,
        string s when s.StartsWith("cosine:", StringComparison.Ordinal) => SentenceSimilarity.CreateCosine(double.Parse(s[7..], CultureInfo.InvariantCulture)),
        string s when s.StartsWith("bm25+:", StringComparison.Ordinal) => SentenceSimilarity.CreateBm25Plus(double.Parse(s[6..].Split(',')[0], CultureInfo.InvariantCulture), double.Parse(s[6..].Split(',')[1], CultureInfo.InvariantCulture)),
        string s when s.StartsWith("bm25:", StringComparison.Ordinal) => SentenceSimilarity.CreateBm25(double.Parse(s[5..].Split(',')[0], CultureInfo.InvariantCulture), double.Parse(s[5..].Split(',')[1], CultureInfo.InvariantCulture)),
        string s => throw new ArgumentException("unknown similarity " + s),
    };
    var options = new SummarizerOptions
    {
        Algorithm = settings.TryGetValue("algorithm", out string? alg) ? (alg == "pacsum" ? RankingAlgorithm.PacSum : RankingAlgorithm.PageRank) : d.Algorithm,
        Similarity = similarity,
        Damping = Get("damping", d.Damping),
        PositionBias = Get("position", d.PositionBias),
        RedundancyThreshold = Get("redundancy", d.RedundancyThreshold),
        MinSentenceWords = (int)Get("minwords", d.MinSentenceWords),
        PacSumForwardWeight = Get("forward", d.PacSumForwardWeight),
        PacSumBackwardWeight = Get("backward", d.PacSumBackwardWeight),
        PacSumThreshold = Get("beta", d.PacSumThreshold),
    };
    foreach (KeyValuePair<string, string> pair in settings)
    {
        if (pair.Key is not ("algorithm" or "similarity" or "damping" or "position" or "redundancy" or "minwords" or "forward" or "backward" or "beta" or "file"))
        {
            throw new ArgumentException("unknown setting " + pair.Key);
        }
    }

    return options;
}

var scorer = RougeScorer.Create(new RougeOptions { Mode = RougeMode.Rouge155, Stem = true });

if (perf)
{
    // Rough wall-clock timings (the BenchmarkDotNet suite is the reference): end to end on the Austen scale files.
    var summarizer = ExtractiveSummarizer.Create(Build(configs[0]));
    foreach (string name in new[] { "austen_100.txt", "austen_1000.txt", "austen_5000.txt", "austen_20000.txt" })
    {
        string text = File.ReadAllText(Path.Combine(data, "scale", name));
        summarizer.Summarize(text);
        long before = GC.GetTotalAllocatedBytes(true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Summary summary = summarizer.Summarize(text);
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(true) - before;
        Console.WriteLine($"{name,-18} sentences {summary.SentenceCount,6}  edges {summary.EdgeCount,8}  cap {summary.Diagnostics.CapApplied,-5}  iterations {summary.Iterations,3}  {watch.Elapsed.TotalMilliseconds,8:F1} ms  {allocated / 1048576.0,8:F1} MB");
    }

    string five = File.ReadAllText(Path.Combine(data, "scale", "austen_20000.txt"));
    string hundred = string.Concat(five, "\n\n", five, "\n\n", five, "\n\n", five, "\n\n", five);
    summarizer.Summarize(hundred);
    long b2 = GC.GetTotalAllocatedBytes(true);
    var w2 = System.Diagnostics.Stopwatch.StartNew();
    Summary big = summarizer.Summarize(hundred);
    w2.Stop();
    Console.WriteLine($"austen_20000 x5     sentences {big.SentenceCount,6}  edges {big.EdgeCount,8}  cap {big.Diagnostics.CapApplied,-5}  iterations {big.Iterations,3}  {w2.Elapsed.TotalMilliseconds,8:F1} ms  {(GC.GetTotalAllocatedBytes(true) - b2) / 1048576.0,8:F1} MB");
    return;
}

if (show)
{
    // The chosen sentences of a text file (the third-domain check): show [file=scale/austen_1000.txt] [config...]
    string path = Path.Combine(data, configs[0].TryGetValue("file", out string? f) ? f : "scale/austen_1000.txt");
    foreach (Dictionary<string, string> config in configs)
    {
        var summarizer = ExtractiveSummarizer.Create(Build(config));
        Summary summary = summarizer.Summarize(File.ReadAllText(path));
        Console.WriteLine($"{string.Join(' ', config.Values)}: {summary.SentenceCount} sentences");
        foreach (SummarySentence s in summary.Sentences)
        {
            Console.WriteLine($"  [{s.Index}] {s.Text.ReplaceLineEndings(" ")}");
        }
    }

    return;
}

var sets = new List<(string File, int K, string Label)>();
if (only is "" or "bbc")
{
    sets.Add(("bbc/dev.jsonl", 0, "BBC ref-k"));
    sets.Add(("bbc/dev.jsonl", 3, "BBC 3"));
}

if (only is "" or "cnndm")
{
    sets.Add(("cnndm/dev.jsonl", 3, "CNN/DM 3"));
}

var loaded = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
foreach ((string file, _, _) in sets)
{
    if (loaded.ContainsKey(file))
    {
        continue;
    }

    var docs = new List<Document>();
    foreach (string line in File.ReadLines(Path.Combine(data, file)))
    {
        if (docs.Count >= limit)
        {
            break;
        }

        using JsonDocument json = JsonDocument.Parse(line);
        var reference = new List<string>();
        foreach (JsonElement s in json.RootElement.GetProperty("references")[0].EnumerateArray())
        {
            reference.Add(s.GetString()!);
        }

        string text = json.RootElement.GetProperty("text").GetString()!;
        var all = new List<string>();
        foreach (SentenceSpan span in SentenceSplitter.Default.Split(text))
        {
            all.Add(text.Substring(span.Start, span.Length));
        }

        docs.Add(new Document(text, reference, all));
    }

    loaded[file] = docs;
}

// ROUGE is deterministic: a set of chosen sentences scored once serves every config that chooses it.
var cache = new ConcurrentDictionary<string, RougeScores>(StringComparer.Ordinal);
if (baselines)
{
    foreach ((string file, int k, string label) in sets)
    {
        List<Document> docs = loaded[file];
        var sums = new double[2, 3];
        var stats = new double[4];
        object gate = new();
        Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            Document doc = docs[i];
            int count = k > 0 ? k : doc.Reference.Count;
            IReadOnlyList<IReadOnlyList<string>> refs = [doc.Reference];
            RougeScores lead = scorer.Score(doc.Sentences.GetRange(0, Math.Min(count, doc.Sentences.Count)), refs);
            RougeScores best = oracle ? Oracle(doc.Sentences, refs, count) : lead;
            double leadWords = 0;
            for (int s = 0; s < Math.Min(count, doc.Sentences.Count); s++)
            {
                leadWords += doc.Sentences[s].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }

            double refWords = 0;
            foreach (string r in doc.Reference)
            {
                refWords += r.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }
            lock (gate)
            {
                Add(sums, 0, lead);
                Add(sums, 1, best);
                stats[0] += leadWords;
                stats[1] += Math.Min(count, doc.Sentences.Count);
                stats[2] += refWords;
                stats[3] += doc.Sentences.Count;
            }
        });
        Print(label, "lead", sums, 0, docs.Count);
        Console.WriteLine($"{label,-10} lead {stats[0] / stats[1]:F1} words a sentence; reference {stats[2] / docs.Count:F1} words; {stats[3] / docs.Count:F1} sentences a text");
        if (oracle)
        {
            Print(label, "oracle", sums, 1, docs.Count);
        }
    }
}

foreach (Dictionary<string, string> config in configs)
{
    SummarizerOptions options = Build(config);
    var summarizer = ExtractiveSummarizer.Create(options);
    Console.WriteLine($"options: {options.Algorithm} {options.Similarity.Name} damping={options.Damping} position={options.PositionBias} redundancy={options.RedundancyThreshold} minwords={options.MinSentenceWords} pacsum=({options.PacSumForwardWeight},{options.PacSumBackwardWeight},{options.PacSumThreshold})");
    foreach ((string file, int k, string label) in sets)
    {
        List<Document> docs = loaded[file];
        var sums = new double[1, 3];
        double words = 0;
        double positions = 0;
        double picks = 0;
        object gate = new();
        Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            Document doc = docs[i];
            int count = k > 0 ? k : doc.Reference.Count;
            Summary summary = summarizer.Summarize(doc.Text, SummaryBudget.Sentences(count));
            var chosen = new List<string>();
            var key = new StringBuilder().Append(file).Append('#').Append(i);
            foreach (SummarySentence s in summary.Sentences)
            {
                chosen.Add(s.Text);
                key.Append(',').Append(s.Index);
            }

            RougeScores scores = cache.GetOrAdd(key.ToString(), _ => scorer.Score(chosen, [doc.Reference]));
            lock (gate)
            {
                Add(sums, 0, scores);
                foreach (SummarySentence s in summary.Sentences)
                {
                    words += s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                    positions += s.Index;
                    picks++;
                }
            }
        });
        Print(label, "system", sums, 0, docs.Count);
        Console.WriteLine($"{label,-10} picks: {words / picks:F1} words, index {positions / picks:F1}");
    }
}

static void Add(double[,] sums, int row, RougeScores scores)
{
    sums[row, 0] += scores.Rouge1.F1;
    sums[row, 1] += scores.Rouge2.F1;
    sums[row, 2] += scores.RougeLsum.F1;
}

static void Print(string label, string name, double[,] sums, int row, int count) =>
    Console.WriteLine($"{label,-10} {name,-7} R1 {100 * sums[row, 0] / count:F2}  R2 {100 * sums[row, 1] / count:F2}  RL {100 * sums[row, 2] / count:F2}  (n={count})");

// Greedy oracle: add the sentence that most raises R1+R2 F1, k times (kept in reading order).
RougeScores Oracle(List<string> all, IReadOnlyList<IReadOnlyList<string>> refs, int k)
{
    var chosen = new List<int>();
    RougeScores best = scorer.Score(new List<string>(), refs);
    for (int step = 0; step < k && step < all.Count; step++)
    {
        int bestIndex = -1;
        double bestValue = double.MinValue;
        RougeScores? bestScores = null;
        for (int i = 0; i < all.Count; i++)
        {
            if (chosen.Contains(i))
            {
                continue;
            }

            var trial = new List<int>(chosen) { i };
            trial.Sort();
            var texts = new List<string>();
            foreach (int t in trial)
            {
                texts.Add(all[t]);
            }

            RougeScores scores = scorer.Score(texts, refs);
            double value = scores.Rouge1.F1 + scores.Rouge2.F1;
            if (value > bestValue)
            {
                bestValue = value;
                bestIndex = i;
                bestScores = scores;
            }
        }

        chosen.Add(bestIndex);
        best = bestScores!;
    }

    return best;
}

internal sealed record Document(string Text, List<string> Reference, List<string> Sentences);
