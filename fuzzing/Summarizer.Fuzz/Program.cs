using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SharpFuzz;
using Summarizer;
using Summarizer.Cli;
using Summarizer.Cli.Tests;
using Summarizer.Cli.Tests.Html;
using Summarizer.Tests.Reliability;

// Fuzzing harness for the splitter, the tokenizer and the summarizer. Every input is checked against the invariants
// of tests/Summarizer.Tests/Reliability/Invariants.cs; an exception other than the documented ones, or a broken
// invariant, escapes and is a crash for AFL++. See docs/RELIABILITY.md for the commands.
//
//   Summarizer.Fuzz <target>                          AFL++ persistent mode (run under afl-fuzz)
//   Summarizer.Fuzz <target> --seconds N [--seed S]   seeded random inputs for N seconds, no AFL needed
//   Summarizer.Fuzz <target> --repro FILE...          run the target once on each file
//
// <target> is splitter, tokenizer, summarizer, html (the HTML path of summarize: extraction, then a summary) or
// document (a PDF, Word, EPUB, OpenDocument or RTF file: extraction, then a summary; random mode mutates documents it
// makes, and reads hostile RTF documents) or markup (a wikitext, BBCode, LaTeX, CSV or TSV source, the first byte naming
// which: its reader, then a summary; random mode strings their marks together).
internal static class Program
{
    private static readonly ExtractiveSummarizer[] s_summarizers = CreateSummarizers();

    private static int Main(string[] args)
    {
        if (args.Length == 0 || Target(args[0]) is not { } target)
        {
            Console.Error.WriteLine("usage: Summarizer.Fuzz splitter|tokenizer|summarizer|html|document|markup [--seconds N [--seed S] | --repro FILE...]");
            return 2;
        }

        if (args.Length >= 3 && args[1] == "--seconds")
        {
            int seconds = int.Parse(args[2], CultureInfo.InvariantCulture);
            int seed = args.Length >= 5 && args[3] == "--seed" ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
            return RandomRun(args[0], target, seconds, seed);
        }

        if (args.Length >= 2 && args[1] == "--repro")
        {
            for (int i = 2; i < args.Length; i++)
            {
                Console.WriteLine(args[i]);
                target(File.ReadAllBytes(args[i]));
            }

            return 0;
        }

        Fuzzer.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            target(memory.ToArray());
        });
        return 0;
    }

    private static Action<byte[]>? Target(string name) => name switch
    {
        "splitter" => FuzzSplitter,
        "tokenizer" => FuzzTokenizer,
        "summarizer" => FuzzSummarizer,
        "html" => FuzzHtml,
        "document" => FuzzDocument,
        "markup" => FuzzMarkup,
        _ => null,
    };

    /// <summary>
    /// The first byte chooses how the rest is read (UTF-8 with replacement characters, or raw UTF-16 code units so
    /// that lone surrogates can occur) and, for the summarizer, the options.
    /// </summary>
    private static string Decode(byte[] data)
    {
        if (data.Length == 0)
        {
            return string.Empty;
        }

        if ((data[0] & 1) == 0)
        {
            return Encoding.UTF8.GetString(data, 1, data.Length - 1);
        }

        var chars = new char[(data.Length - 1) / 2];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(data[1 + (2 * i)] | (data[2 + (2 * i)] << 8));
        }

        return new string(chars);
    }

    private static void FuzzSplitter(byte[] data)
    {
        string text = Decode(data);
        Invariants.CheckSentences(text, SentenceSplitter.Default.Split(text));
        Invariants.CheckSentences(text, SentenceSplitter.ForLanguage("de").Split(text));
        Invariants.CheckSentences(text, SentenceSplitter.Presplit.Split(text));
    }

    private static void FuzzTokenizer(byte[] data)
    {
        string text = Decode(data);
        Invariants.CheckTokens(text);
    }

    private static void FuzzSummarizer(byte[] data)
    {
        string text = Decode(data);
        int selector = data.Length == 0 ? 0 : data[0] >> 1;
        ExtractiveSummarizer summarizer = s_summarizers[selector % s_summarizers.Length];
        SummaryBudget budget = (selector / s_summarizers.Length % 5) switch
        {
            0 => summarizer.Options.Budget,
            1 => SummaryBudget.Words(1 + (selector % 40)),
            2 => SummaryBudget.Characters(1 + (selector * 7 % 400)),
            3 => SummaryBudget.Ratio(0.3),
            _ => SummaryBudget.Sentences(1 + (selector % 5)),
        };
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        string? query = (selector & 8) != 0 && newline > 0 ? text[..newline] : null;
        Summary first = summarizer.Summarize(text, query, budget);
        Invariants.CheckSummary(text, first, summarizer.Options, budget);
        Summary second = summarizer.Summarize(text, query, budget);
        Invariants.CheckSame(first, second);
    }

    /// <summary>
    /// The HTML path: a clear <see cref="InputException"/>, no text, or text made of trimmed, collapsed blocks, the same on a
    /// second run, within the limits when it went through Readability; then a summary that keeps the invariants.
    /// </summary>
    private static void FuzzHtml(byte[] data)
    {
        string html = Decode(data);
        (string? Title, string Text, HtmlPath Path) first;
        try
        {
            first = HtmlText.ExtractWithPath(html, "fuzz.html");
        }
        catch (InputException)
        {
            return;
        }

        var second = HtmlText.ExtractWithPath(html, "fuzz.html");
        if (first != second)
        {
            throw new InvariantException("two extractions of one page differ");
        }

        string text = first.Text;
        if (text.Length == 0)
        {
            return; // no article text: the commands treat it as a text without a sentence
        }

        if (text.Trim().Length != text.Length || text.Contains("\n\n\n", StringComparison.Ordinal)
            || (first.Title is { } title && (title.Length == 0 || title.Trim().Length != title.Length)))
        {
            throw new InvariantException("the text is not trimmed blocks separated by one blank line");
        }

        // A block's lines are those that a <br> (or a pre block's line break) keeps: none empty, its white space collapsed.
        foreach (string block in text.Split("\n\n"))
        {
            foreach (string line in block.Split('\n'))
            {
                if (line.Length == 0 || line.Trim().Length != line.Length || line.Contains("  ", StringComparison.Ordinal))
                {
                    throw new InvariantException("a block or a line of it is empty or its white space is not collapsed");
                }
            }
        }

        if (first.Path == HtmlPath.Readability && !HtmlLimits.Allow(HtmlOutline.Measure(html), html.Length))
        {
            throw new InvariantException("a page past the limits went through Readability");
        }

        Summary summary = ExtractiveSummarizer.Default.Summarize(text);
        Invariants.CheckSummary(text, summary, ExtractiveSummarizer.Default.Options, ExtractiveSummarizer.Default.Options.Budget);
    }

    /// <summary>
    /// The document path: the bytes read as the command reads an input, a clear <see cref="InputException"/> or a
    /// document whose text is trimmed blocks within the limit and whose headings lie inside it; then a summary that
    /// keeps the invariants.
    /// </summary>
    private static void FuzzDocument(byte[] data) => CheckInput(data, "fuzz");

    /// <summary>The file names that choose the readers of markup sources and tables, one for each value of a first byte.</summary>
    private static readonly string[] s_markupNames = ["fuzz.wiki", "fuzz.bbcode", "fuzz.tex", "fuzz.csv", "fuzz.tsv", "fuzz.txt"];

    /// <summary>
    /// The markup path: the first byte names the file (<see cref="s_markupNames"/>) whose reader reads the rest, as
    /// <see cref="FuzzDocument"/> checks a document.
    /// </summary>
    private static void FuzzMarkup(byte[] data)
    {
        if (data.Length > 0)
        {
            CheckInput(data[1..], s_markupNames[data[0] % s_markupNames.Length]);
        }
    }

    /// <summary>
    /// Reads <paramref name="data"/> as the command reads an input named <paramref name="name"/>: a clear
    /// <see cref="InputException"/> or a text within the limit whose headings lie inside it (trimmed blocks for a
    /// document); then a summary that keeps the invariants.
    /// </summary>
    private static void CheckInput(byte[] data, string name)
    {
        const int limit = 1 << 20;
        InputContent content;
        try
        {
            content = InputReader.Content(data, name, InputEncoding.Utf8, limit);
        }
        catch (InputException)
        {
            return;
        }

        string text = content.Text ?? content.Document!.Text;
        if (text.Length > limit || (content.Document is { } document
            && (text.Trim().Length != text.Length || document.Headings.Any(h => h.Start < 0 || h.Length <= 0 || h.Start + h.Length > text.Length))))
        {
            throw new InvariantException("a document's text is untrimmed, over the limit, or a heading lies outside it");
        }

        Summary summary = ExtractiveSummarizer.Default.Summarize(text);
        Invariants.CheckSummary(text, summary, ExtractiveSummarizer.Default.Options, ExtractiveSummarizer.Default.Options.Budget);
    }

    private static ExtractiveSummarizer[] CreateSummarizers() =>
    [
        ExtractiveSummarizer.Default,
        ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 10, IncludeRanking = true }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.PacSum, KeywordCount = 5 }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Similarity = SentenceSimilarity.Bm25, Order = SummaryOrder.Score, IncludeHeadingsAndListItems = true }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Language = Language.German, MinSentenceWords = 0, MaxEdgesPerSentence = 2, MaxTermSentences = 2, KeywordCount = 3 }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Splitter = SentenceSplitter.Presplit, Similarity = SentenceSimilarity.Cosine, RedundancyThreshold = 0.1, IncludeRanking = true }),
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new PageRankRanker { PositionBias = 0.5 }, MaxSentenceWords = 12, Language = Language.Turkish, KeywordCount = 4 }),
    ];

    /// <summary>The fallback without AFL++: seeded random and mutated inputs for a while; prints the executions.</summary>
    private static int RandomRun(string name, Action<byte[]> target, int seconds, int seed)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        long executions = 0;
        string previous = "The first sentence of the seed text. A second one follows it!\n\nA new paragraph here?";
        string[] shapes = [.. HostileHtml.Shapes];
        double slowest = 0;
        byte[][] documents = name == "document" ? RandomDocuments.All(random) : [];
        byte[] previousMarkup = [];
        string[] rtfShapes = [.. HostileRtf.Shapes];
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            byte[] data;
            string size;
            if (name == "document")
            {
                if (executions % 25 == 24)
                {
                    documents = RandomDocuments.All(random);
                }

                byte[] document = random.Next(50) == 0
                    ? HostileRtf.Create(rtfShapes[random.Next(rtfShapes.Length)], random.Next(50, 200_000))
                    : documents[random.Next(documents.Length)];
                data = random.Next(10) == 0 ? document : RandomDocuments.Mutate(random, document);
                size = FormattableString.Invariant($"{data.Length:N0} bytes");
            }
            else if (name == "markup")
            {
                previousMarkup = random.Next(3) == 0 && previousMarkup.Length > 1
                    ? [previousMarkup[0], .. Encoding.UTF8.GetBytes(RandomText.Mutate(random, Encoding.UTF8.GetString(previousMarkup, 1, previousMarkup.Length - 1), random.Next(1, 20)))]
                    : [(byte)random.Next(256), .. Encoding.UTF8.GetBytes(RandomMarkup(random))];
                data = previousMarkup;
                size = FormattableString.Invariant($"{data.Length:N0} bytes");
            }
            else
            {
                string text = name == "html"
                    ? RandomHtml(random, shapes, previous)
                    : random.Next(3) == 0 ? RandomText.Mutate(random, previous, random.Next(1, 20)) : RandomText.Next(random, random.Next(2) == 0 ? 200 : 4000);
                previous = text.Length > 20000 ? text[..20000] : text;
                data = Encode(text, (byte)random.Next(256));
                size = FormattableString.Invariant($"{text.Length:N0} chars");
            }

            double started = clock.Elapsed.TotalSeconds;
            try
            {
                target(data);
            }
            catch (Exception e)
            {
                string path = Path.Combine(Path.GetTempPath(), $"summarizer-fuzz-{name}-{seed}-{executions}.bin");
                File.WriteAllBytes(path, data);
                Console.Error.WriteLine($"finding after {executions} executions, input saved to {path}:\n{e}");
                return 1;
            }

            executions++;
            double elapsed = clock.Elapsed.TotalSeconds - started;
            if (elapsed > slowest)
            {
                slowest = elapsed;
                Console.WriteLine(FormattableString.Invariant($"{name}: slowest input so far {elapsed:0.000} s ({size}) after {executions} executions"));
            }

            if (elapsed > WatchdogSeconds)
            {
                string path = Path.Combine(Path.GetTempPath(), $"summarizer-fuzz-{name}-{seed}-{executions}-slow.bin");
                File.WriteAllBytes(path, data);
                Console.Error.WriteLine(FormattableString.Invariant($"an input took {elapsed:0.00} s (over {WatchdogSeconds} s), saved to {path}"));
                return 1;
            }
        }

        Console.WriteLine(FormattableString.Invariant($"{name}: {executions} executions in {clock.Elapsed.TotalSeconds:0} s, seed {seed}, no findings, slowest input {slowest:0.000} s"));
        return 0;
    }

    /// <summary>Inputs slower than this count as a finding (a hang) in the random mode.</summary>
    private const double WatchdogSeconds = 2;

    /// <summary>The marks of wikitext, BBCode, LaTeX and tables strung together with sentences, up to a few thousand pieces.</summary>
    private static string RandomMarkup(Random random)
    {
        string[] pieces = ["{{", "}}", "{{convert|4|km}}", "[[", "]]", "|", "'''", "''", "<ref>", "</ref>", "<ref name=\"a\" />", "{|", "|}",
            "\n== ", " ==\n", "\n* ", "\n# ", "<!--", "-->", "[http://x ", "[b]", "[/b]", "[quote=ann]", "[/quote]", "[list]", "[*]",
            "[/list]", "[url=x]", "[/url]", "[img]", "[/img]", "[code]", "[/code]", "\\section{", "\\title{", "}", "{", "\\begin{document}",
            "\\begin{itemize}", "\\item ", "\\end{itemize}", "\\begin{abstract}", "\\end{abstract}", "$", "$$", "\\[", "\\]", "%", "\\%",
            "\\cite{a}", "\\footnote{", "~", "--", "``", "\"", "\"\"", ",", ";", "\t", "\r\n", "\n", "\n\n",
            HostileHtml.Sentence, " ", "\uFFFD", "\u4E2D"];
        var builder = new StringBuilder();
        int count = random.Next(1, random.Next(2) == 0 ? 50 : 3_000);
        for (int i = 0; i < count; i++)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>A hostile page of a random shape and size, a mutation of the last input, or a mix of page pieces.</summary>
    private static string RandomHtml(Random random, string[] shapes, string previous)
    {
        switch (random.Next(4))
        {
            case 0:
                return HostileHtml.Create(shapes[random.Next(shapes.Length)], random.Next(50, random.Next(2) == 0 ? 2_000 : 200_000));
            case 1:
                return RandomText.Mutate(random, previous, random.Next(1, 20));
            default:
                string[] pieces = ["<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "<table>", "<td>", "<tr>", "</table>",
                    "<li>", "<ul>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<svg>", "</svg>",
                    "<template>", "</template>", "<iframe srcdoc=\"<p>x\">", "</iframe>", "<title>", "</title>", "&amp;", "&#x",
                    "&notit;", "<a href=x>", "</a>", "<br>", "</br>", "<plaintext>", "<textarea>", "<select>", "<option>",
                    "<h1>", "<nav>", "<button>", "<form>", "<font color=red>", "<x-y>", "=\"", "'", "<", ">", "/",
                    HostileHtml.Sentence, " ", "\n", "\uFFFD", "\uD800", "\u0000", "\u4E2D"];
                var builder = new StringBuilder();
                int count = random.Next(1, random.Next(2) == 0 ? 50 : 3_000);
                for (int i = 0; i < count; i++)
                {
                    builder.Append(pieces[random.Next(pieces.Length)]);
                }

                return builder.ToString();
        }
    }

    /// <summary>The inverse of <see cref="Decode"/>: raw UTF-16 (an odd selector), so that lone surrogates survive.</summary>
    private static byte[] Encode(string text, byte selector)
    {
        var data = new byte[1 + (2 * text.Length)];
        data[0] = (byte)(selector | 1);
        for (int i = 0; i < text.Length; i++)
        {
            data[1 + (2 * i)] = (byte)text[i];
            data[2 + (2 * i)] = (byte)(text[i] >> 8);
        }

        return data;
    }
}
