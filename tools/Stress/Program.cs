using System;
using System.IO;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using Summarizer;
using Summarizer.Cli;
using Summarizer.Cli.Tests;
using Summarizer.Cli.Tests.Html;
using Summarizer.Tests.Reliability;

// Runs each adversarial input of the reliability issue at full size, each in its own process so that the peak
// working set is its own, and prints the time, the bytes allocated and the peak working set.
//   dotnet run -c Release --project tools/Stress               every shape
//   dotnet run -c Release --project tools/Stress -- SHAPE SIZE one shape
//   dotnet run -c Release --project tools/Stress -- html [SIZE...]      every hostile HTML page at 1 MB and 16 MB
//   dotnet run -c Release --project tools/Stress -- html SHAPE SIZE     one page
//   dotnet run -c Release --project tools/Stress -- html-before [SECONDS] [SIZE...]  the same pages through
//                                   SmartReader directly (the HTML path before its limits), killed after SECONDS
//   dotnet run -c Release --project tools/Stress -- html-stages SHAPE SIZE   where the time of the unguarded path
//                                   goes: the linear pass, AngleSharp's tree, the tree's shape, SmartReader, the walk
//   dotnet run -c Release --project tools/Stress -- rtf [SIZE...]       every hostile RTF document (reading only) at
//                                   4 MB and 64 MB, and those of the issue at their sizes
//   dotnet run -c Release --project tools/Stress -- rtf SHAPE SIZE      one document
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
        ("distinct-words", 1_000_000, "1 MB of distinct words (identifiers), 12 a sentence"),
        ("glued-marks", 1_000_000, "1 MB of words glued by . + _ % - (each could start an e-mail address)"),
        ("glued-names", 1_000_000, "1 MB of words glued by periods before capitals (each could end a glued sentence)"),
        ("emoji-words", 1_000_000, "1 MB of words each followed by an emoji (each could end a sentence without a mark)"),
        ("emoji-run", 1_000_000, "one run of 500,000 emoji after a word (each could end a sentence without a mark)"),
        ("emoticon-words", 1_000_000, "1 MB of words each followed by a frown \":(\" (each could end a sentence or open a parenthesis)"),
        ("no-punctuation", SummarizerOptions.DefaultMaxInputLength, "16 Mi characters of words (the default MaxInputLength)"),
        ("distinct-words", SummarizerOptions.DefaultMaxInputLength, "16 Mi characters of distinct words (the default MaxInputLength)"),
    ];

    private static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "html-stages")
        {
            return HtmlStress.Stages(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        }

        if (args.Length > 0 && args[0] is "html" or "html-before")
        {
            return HtmlStress.Run(args);
        }

        if (args.Length > 0 && args[0] is "rtf" or "rtf-read")
        {
            return RtfStress.Run(args);
        }

        if (args.Length == 2)
        {
            return RunOne(args[0], int.Parse(args[1], CultureInfo.InvariantCulture));
        }

        Console.WriteLine("| input | chars | sentences | time (s) | allocated (MB) | peak working set (MB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        string self = Environment.GetCommandLineArgs()[0];
        foreach ((string shape, int size, string what) in s_cases)
        {
            ProcessStartInfo info = Child(self, shape, size.ToString(CultureInfo.InvariantCulture));
            using Process process = Process.Start(info)!;
            string line = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            Console.WriteLine($"| {what} | {line}");
        }

        return 0;
    }

    /// <summary>
    /// This tool again in a process of its own with <paramref name="args"/>: through the dotnet host when it runs as
    /// <c>dotnet Stress.dll</c>, directly when it runs as its own executable (as under <c>dotnet run</c>), where passing
    /// the assembly path as well would make the child run the whole suite again.
    /// </summary>
    internal static ProcessStartInfo Child(string self, params string[] args)
    {
        string host = Environment.ProcessPath!;
        bool viaDotnet = string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.Ordinal);
        return new ProcessStartInfo(host, viaDotnet ? [self, .. args] : args) { RedirectStandardOutput = true };
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

/// <summary>The hostile pages of <see cref="HostileHtml"/> through the HTML path of <c>summarize</c>, each in its own process.</summary>
internal static class HtmlStress
{
    public static int Run(string[] args)
    {
        bool before = args[0] == "html-before";
        if (args.Length == 3 && !char.IsAsciiDigit(args[1][0]))
        {
            return RunOne(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), before);
        }

        int first = 1;
        double timeout = 120;
        if (before && args.Length > 1)
        {
            timeout = double.Parse(args[1], CultureInfo.InvariantCulture);
            first = 2;
        }

        int[] sizes = args.Length > first
            ? Array.ConvertAll(args[first..], s => int.Parse(s, CultureInfo.InvariantCulture))
            : [1 << 20, SummarizerOptions.DefaultMaxInputLength];
        Console.WriteLine("| page | chars | path | extract (s) | summarize (s) | total (s) | allocated (MB) | peak working set (MB) | sentences |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|");
        string self = Environment.GetCommandLineArgs()[0];
        foreach (int size in sizes)
        {
            foreach (string shape in HostileHtml.Shapes)
            {
                ProcessStartInfo info = Program.Child(self, args[0], shape, size.ToString(CultureInfo.InvariantCulture));
                using Process process = Process.Start(info)!;
                System.Threading.Tasks.Task<string> output = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit(TimeSpan.FromSeconds(timeout)))
                {
                    process.Kill();
                    process.WaitForExit();
                    Console.WriteLine(FormattableString.Invariant($"| {shape} | {size:N0} | | | | > {timeout:0} (killed) | | | |"));
                    continue;
                }

                string line = output.Result.Trim();
                Console.WriteLine(line.Length > 0 ? line : FormattableString.Invariant($"| {shape} | {size:N0} | crashed (exit {process.ExitCode}) | | | | | | |"));
            }
        }

        return 0;
    }

    private static int RunOne(string shape, int size, bool before)
    {
        string html = HostileHtml.Create(shape, size);
        ExtractiveSummarizer summarizer = ExtractiveSummarizer.Default;

        long allocated = 0;
        var clock = new Stopwatch();
        string path;
        string text;
        try
        {
            // A warm-up on a small page of the same shape, so that the figure is the work, not the JIT.
            summarizer.Summarize(Extract(HostileHtml.Create(shape, 2000), before).Text);
            allocated = GC.GetTotalAllocatedBytes(true);
            clock.Start();
            (text, path) = Extract(html, before);
        }
        catch (InputException e)
        {
            Console.WriteLine(FormattableString.Invariant($"| {shape} | {html.Length:N0} | error: {e.Message} | {clock.Elapsed.TotalSeconds:0.00} | | | | | |"));
            return 1;
        }

        double extract = clock.Elapsed.TotalSeconds;
        Summary summary = summarizer.Summarize(text);
        double total = clock.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(true) - allocated;
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(FormattableString.Invariant(
            $"| {shape} | {html.Length:N0} | {path} | {extract:0.00} | {total - extract:0.00} | {total:0.00} | {allocated / 1e6:0} | {peak / 1e6:0} | {summary.Sentences.Count} |"));
        return 0;
    }

    /// <summary>Times each stage of the HTML path without its limits, printing each as it ends (a stage may not end).</summary>
    public static int Stages(string shape, int size)
    {
        string html = HostileHtml.Create(shape, size);
        Console.Write(FormattableString.Invariant($"| {shape} | {html.Length:N0} |"));
        var clock = Stopwatch.StartNew();
        HtmlOutline outline = HtmlOutline.Measure(html);
        Console.Write(FormattableString.Invariant($" {clock.Elapsed.TotalSeconds:0.00} |"));
        clock.Restart();
        AngleSharp.Html.Dom.IHtmlDocument document = HtmlText.ParseAsReader(html);
        Console.Write(FormattableString.Invariant($" {clock.Elapsed.TotalSeconds:0.00} |"));
        clock.Restart();
        DocumentShape shape2 = DocumentShape.Of(document);
        Console.Write(FormattableString.Invariant($" {clock.Elapsed.TotalSeconds:0.00} ({shape2.Elements:N0} elements, depth {shape2.Depth:N0}, {shape2.SiblingSteps:N0} sibling steps) |"));
        clock.Restart();
        SmartReader.Article article = new SmartReader.Reader("https://localhost/page.html", document).GetArticle();
        Console.Write(FormattableString.Invariant($" {clock.Elapsed.TotalSeconds:0.00} |"));
        clock.Restart();
        string text = HtmlText.ToText(article.IsReadable ? article.Content : html);
        Console.WriteLine(FormattableString.Invariant($" {clock.Elapsed.TotalSeconds:0.00} | {(HtmlLimits.Allow(outline, html.Length) ? "inside" : "past")} |"));
        return text.Length > 0 ? 0 : 1;
    }

    private static (string Text, string Path) Extract(string html, bool before)
    {
        if (before)
        {
            // The HTML path as it was: SmartReader on every page, then the walk of its content.
            SmartReader.Article article = new SmartReader.Reader("https://localhost/page.html", html).GetArticle();
            return (HtmlText.ToText(article.IsReadable ? article.Content : html), "before");
        }

        (_, string text, HtmlPath path) = HtmlText.ExtractWithPath(html, "page.html");
        return (text, path.ToString());
    }
}

/// <summary>
/// The hostile documents of <see cref="HostileRtf"/> through <see cref="RtfText"/>, each written to a file here and read
/// in a process of its own, so that the peak working set is the file's bytes and their reading, not their making.
/// </summary>
internal static class RtfStress
{
    /// <summary>The shapes and sizes of the issue: a million nested braces, a 10 MB control word, a million <c>\u</c> escapes.</summary>
    private static readonly (string Shape, int Size)[] s_issue = [("nested-braces", 2_000_100), ("long-control-word", 10_000_000), ("unicode-escapes", 8_000_000)];

    public static int Run(string[] args)
    {
        if (args.Length == 3 && args[0] == "rtf-read")
        {
            return ReadOne(args[1], args[2]);
        }

        var cases = new System.Collections.Generic.List<(string Shape, int Size)>();
        if (args.Length == 3 && !char.IsAsciiDigit(args[1][0]))
        {
            cases.Add((args[1], int.Parse(args[2], CultureInfo.InvariantCulture)));
        }
        else
        {
            int[] sizes = args.Length > 1 ? Array.ConvertAll(args[1..], s => int.Parse(s, CultureInfo.InvariantCulture)) : [4_000_000, 64_000_000];
            foreach (int size in sizes)
            {
                foreach (string shape in HostileRtf.Shapes)
                {
                    cases.Add((shape, size));
                }
            }

            cases.AddRange(args.Length > 1 ? [] : s_issue);
        }

        Console.WriteLine("| document | bytes | read (s) | allocated (MB) | peak working set (MB) | text chars | headings |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        string self = Environment.GetCommandLineArgs()[0];
        string path = Path.Combine(Path.GetTempPath(), $"stress-{Environment.ProcessId}.rtf");
        try
        {
            foreach ((string shape, int size) in cases)
            {
                File.WriteAllBytes(path, HostileRtf.Create(shape, size));
                using Process process = Process.Start(Program.Child(self, "rtf-read", shape, path))!;
                string line = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                Console.WriteLine(line.Length > 0 ? line : FormattableString.Invariant($"| {shape} | {size:N0} | crashed (exit {process.ExitCode}) | | | | |"));
            }
        }
        finally
        {
            File.Delete(path);
        }

        return 0;
    }

    private static int ReadOne(string shape, string path)
    {
        // A warm-up on a small document of the same shape, so that the figure is the work, not the JIT.
        RtfText.Extract(HostileRtf.Create(shape, 2000), "warm-up.rtf", 0);
        byte[] rtf = File.ReadAllBytes(path);
        long allocated = GC.GetTotalAllocatedBytes(true);
        var clock = Stopwatch.StartNew();
        string outcome;
        try
        {
            InputDocument document = RtfText.Extract(rtf, "hostile.rtf", SummarizerOptions.DefaultMaxInputLength);
            outcome = FormattableString.Invariant($"{document.Text.Length:N0} | {document.Headings.Count:N0}");
        }
        catch (InputException e)
        {
            outcome = "refused: " + e.Message + " |";
        }

        double seconds = clock.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(true) - allocated;
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(FormattableString.Invariant($"| {shape} | {rtf.Length:N0} | {seconds:0.000} | {allocated / 1e6:0.0} | {peak / 1e6:0} | {outcome} |"));
        return 0;
    }
}
