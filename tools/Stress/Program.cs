using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using Summarizer;
using Summarizer.Tests.Reliability;

// Runs each adversarial input of the reliability issue at full size, each in its own process so that the peak
// working set is its own, and prints the time, the bytes allocated and the peak working set.
//   dotnet run -c Release --project tools/Stress               every shape
//   dotnet run -c Release --project tools/Stress -- SHAPE SIZE one shape
internal static class Program
{
    private static readonly (string Shape, int Size, string What)[] s_cases =
    [
        ("no-punctuation", 10_000_000, "10 MB of words, no punctuation or newline"),
        ("one-long-sentence", 1_000_000, "one 1,000,000-character sentence"),
        ("one-word-sentences", 200_000, "200,000 one-word sentences"),
        ("identical-sentences", 10_000, "10,000 identical sentences"),
        ("stop-words", 1_000_000, "1 MB of stop words only"),
        ("numbers", 1_000_000, "1 MB of numbers only"),
        ("punctuation", 1_000_000, "1 MB of punctuation only"),
        ("nested-brackets", 1_000_000, "250,000-deep quotes and brackets"),
        ("repeated-char", 5_000_000, "a 5,000,000-character line of one character"),
        ("many-sentences", 100_000, "100,000 news-like sentences"),
        ("no-punctuation", SummarizerOptions.DefaultMaxInputLength, "16 Mi characters of words (the default MaxInputLength)"),
    ];

    private static int Main(string[] args)
    {
        if (args.Length == 2)
        {
            return RunOne(args[0], int.Parse(args[1], CultureInfo.InvariantCulture));
        }

        Console.WriteLine("| input | chars | sentences | time (s) | allocated (MB) | peak working set (MB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        string self = Environment.GetCommandLineArgs()[0];
        foreach ((string shape, int size, string what) in s_cases)
        {
            var info = new ProcessStartInfo(Environment.ProcessPath!, [self, shape, size.ToString(CultureInfo.InvariantCulture)])
            {
                RedirectStandardOutput = true,
            };
            using Process process = Process.Start(info)!;
            string line = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            Console.WriteLine($"| {what} | {line}");
        }

        return 0;
    }

    private static int RunOne(string shape, int size)
    {
        string text = Adversarial.Create(shape, size);
        var options = new SummarizerOptions { KeywordCount = 10 };
        ExtractiveSummarizer summarizer = ExtractiveSummarizer.Create(options);

        // A warm-up on a small input of the same shape, so that the figure is the work, not the JIT.
        summarizer.Summarize(Adversarial.Create(shape, Math.Min(size, 1000)));
        long allocated = GC.GetTotalAllocatedBytes(true);
        var clock = Stopwatch.StartNew();
        Summary summary = summarizer.Summarize(text);
        double seconds = clock.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(true) - allocated;
        Invariants.CheckSummary(text, summary, options, options.Budget);
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        string cancel = string.Empty;
        if (shape == "many-sentences")
        {
            cancel = CancellationLatencies(summarizer, text, seconds);
        }

        Console.WriteLine(FormattableString.Invariant(
            $"{text.Length:N0} | {summary.SentenceCount:N0} | {seconds:0.00} | {allocated / 1e6:0} | {peak / 1e6:0} |{cancel}"));
        return 0;
    }

    /// <summary>Cancels part-way at several points of the run and reports how long the call took to return after it.</summary>
    private static string CancellationLatencies(ExtractiveSummarizer summarizer, string text, double seconds)
    {
        var latencies = new System.Text.StringBuilder(" cancel latency (ms) at");
        foreach (double fraction in (double[])[0.02, 0.1, 0.3, 0.5, 0.7, 0.9])
        {
            using var source = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();
            TimeSpan at = TimeSpan.FromSeconds(seconds * fraction);
            source.CancelAfter(at);
            try
            {
                summarizer.Summarize(text, source.Token);
                latencies.Append(FormattableString.Invariant($" {fraction:0%}: finished;"));
            }
            catch (OperationCanceledException)
            {
                latencies.Append(FormattableString.Invariant($" {fraction:0%}: {(clock.Elapsed - at).TotalMilliseconds:0};"));
            }
        }

        return latencies.ToString();
    }
}
