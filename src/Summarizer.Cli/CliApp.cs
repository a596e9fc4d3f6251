using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer.Cli;

/// <summary>The <c>summarize</c> command: parses the command line, runs it, and maps failures to exit codes.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        RootCommand root = BuildCommands(console);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                console.Error.WriteLine($"summarize: {error.Message}");
            }

            console.Error.WriteLine("Try 'summarize --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (InputException e)
        {
            console.Error.WriteLine($"summarize: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (ArgumentException e)
        {
            console.Error.WriteLine($"summarize: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            // The reader went away (e.g. `summarize big.txt | head -1`): nothing more to say.
            return ExitCodes.Success;
        }
    }

    private static RootCommand BuildCommands(CliConsole console)
    {
        var input = new Argument<string?>("input")
        {
            Description = "The text file to summarize, or - for standard input. Without one, standard input is read; "
                + "when standard input is a terminal, the bundled sample article is summarized.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var sentences = new Option<int>("--sentences", "-n")
        {
            Description = "How many sentences the summary has.",
            DefaultValueFactory = _ => 3,
        };
        RequireAtLeast(sentences, 1);
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: text (one sentence a line) or json.",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        var sample = new Option<bool>("--sample")
        {
            Description = "Summarize the bundled sample article.",
        };

        var root = new RootCommand(
            "Extractive summaries: prints the sentences that carry a text.\n\n"
            + "Examples:\n"
            + "  summarize article.txt\n"
            + "  summarize article.txt --sentences 5 --format json\n"
            + "  cat article.txt | summarize -\n"
            + "  summarize split article.txt --format json")
        {
            input,
            sentences,
            format,
            sample,
        };
        root.SetAction((ParseResult result, CancellationToken cancellationToken) => Task.FromResult(SummarizeCommand(result, cancellationToken)));

        int SummarizeCommand(ParseResult result, CancellationToken cancellationToken)
        {
            string text = ReadInput(result.GetValue(input), result.GetValue(sample), console);
            var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions
            {
                Budget = SummaryBudget.Sentences(result.GetValue(sentences)),
            });
            Summary summary = summarizer.Summarize(text, cancellationToken);
            string output = result.GetValue(format) == OutputFormat.Json
                ? JsonOutput.Summary(summary)
                : Lines(summary.Sentences, static s => s.Text);
            console.Out.Write(output);
            console.Out.Flush();
            return ExitCodes.Success;
        }

        var splitInput = new Argument<string?>("input")
        {
            Description = "The text file to split, or - for standard input (the default).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var splitFormat = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: text (one sentence a line) or json (an array of strings).",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        var split = new Command("split", "Prints the sentences of a text, one a line.")
        {
            splitInput,
            splitFormat,
        };
        split.SetAction(result =>
        {
            string text = ReadInput(result.GetValue(splitInput), useSample: false, console);
            IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
            var texts = new List<string>(spans.Count);
            foreach (SentenceSpan span in spans)
            {
                texts.Add(text.Substring(span.Start, span.Length));
            }

            string output = result.GetValue(splitFormat) == OutputFormat.Json
                ? JsonOutput.Strings(texts)
                : Lines(texts, static s => s);
            console.Out.Write(output);
            console.Out.Flush();
            return ExitCodes.Success;
        });
        root.Subcommands.Add(split);
        root.Subcommands.Add(EvalCommand.Build(console));
        return root;
    }

    /// <summary>Adds a parse-time check that an integer option is at least <paramref name="minimum"/>.</summary>
    internal static void RequireAtLeast(Option<int> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            // Only a value that parsed is checked; one that did not is already reported by the parser.
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                && value < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum}, not {value}.");
            }
        });
    }

    private static string ReadInput(string? path, bool useSample, CliConsole console)
    {
        if (useSample || (path is null && console.InputIsTerminal))
        {
            console.Error.WriteLine($"summarize: no input given; summarizing {InputReader.SampleName}.");
            return InputReader.ReadSample();
        }

        return InputReader.Read(path ?? "-", console);
    }

    /// <summary>One item a line; line breaks inside an item (hard-wrapped sentences) become spaces.</summary>
    private static string Lines<T>(IEnumerable<T> items, Func<T, string> text)
    {
        var builder = new StringBuilder();
        foreach (T item in items)
        {
            string line = text(item);
            foreach (char c in line)
            {
                builder.Append(c is '\r' or '\n' ? ' ' : c);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static bool IsBrokenPipe(IOException e) =>
        e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase) || e.HResult == 32;
}
