using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using SharpFuzz;
using Summarizer;
using Summarizer.Tests.Reliability;

// Fuzzing harness for the splitter, the tokenizer and the summarizer. Every input is checked against the invariants
// of tests/Summarizer.Tests/Reliability/Invariants.cs; an exception other than the documented ones, or a broken
// invariant, escapes and is a crash for AFL++. See docs/RELIABILITY.md for the commands.
//
//   Summarizer.Fuzz <target>                          AFL++ persistent mode (run under afl-fuzz)
//   Summarizer.Fuzz <target> --seconds N [--seed S]   seeded random inputs for N seconds, no AFL needed
//   Summarizer.Fuzz <target> --repro FILE...          run the target once on each file
//
// <target> is splitter, tokenizer or summarizer.
internal static class Program
{
    private static readonly ExtractiveSummarizer[] s_summarizers = CreateSummarizers();

    private static int Main(string[] args)
    {
        if (args.Length == 0 || Target(args[0]) is not { } target)
        {
            Console.Error.WriteLine("usage: Summarizer.Fuzz splitter|tokenizer|summarizer [--seconds N [--seed S] | --repro FILE...]");
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
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            string text = random.Next(3) == 0 ? RandomText.Mutate(random, previous, random.Next(1, 20)) : RandomText.Next(random, random.Next(2) == 0 ? 200 : 4000);
            previous = text.Length > 20000 ? text[..20000] : text;
            byte[] data = Encode(text, (byte)random.Next(256));
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
        }

        Console.WriteLine(FormattableString.Invariant($"{name}: {executions} executions in {clock.Elapsed.TotalSeconds:0} s, seed {seed}, no findings"));
        return 0;
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
