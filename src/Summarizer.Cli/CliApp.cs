using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;

namespace Summarizer.Cli;

/// <summary>The <c>summarize</c> command: parses the command line, runs it, and maps failures to exit codes.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        (RootCommand root, Argument<string[]> inputs) = BuildCommands(args, console);
        ParseResult parsed = root.Parse(args);
        var errors = new List<string>();
        foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
        {
            errors.Add(error.Message);
        }

        // `summarize FILE eval ...` parses FILE as an input of the root command, which the subcommand never reads;
        // said first, as it is the likely cause of the subcommand's own complaints (a missing --dataset).
        if (parsed.CommandResult.Command != root && parsed.GetResult(inputs) is { Tokens.Count: > 0 } stray)
        {
            string command = parsed.CommandResult.Command.Name;
            errors.Insert(0, command == "split"
                ? $"'{stray.Tokens[0].Value}' comes before 'split'; name the inputs after it: summarize split {stray.Tokens[0].Value}."
                : $"'{stray.Tokens[0].Value}' comes before '{command}', which reads no input files.");
        }

        if (errors.Count > 0)
        {
            foreach (string error in errors)
            {
                console.Error.WriteLine($"summarize: {error}");
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
            // The reader went away (e.g. `summarize split big.txt | head -1`).
            console.Error.WriteLine("summarize: standard output was closed before everything was written.");
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("summarize: interrupted.");
            return 130;
        }
    }

    private static (RootCommand Root, Argument<string[]> Inputs) BuildCommands(string[] args, CliConsole console)
    {
        var root = new RootCommand(
            "Extractive summaries: prints the sentences that carry a text.\n\n"
            + "Examples:\n"
            + "  summarize article.txt                        three sentences, one a line\n"
            + "  summarize article.txt -n 5 --format json     five sentences with offsets, scores, keywords\n"
            + "  cat page.html | summarize --format markdown  the main article of a web page, as Markdown\n"
            + "  summarize articles/ --glob '*.txt' --format jsonl > summaries.jsonl\n"
            + "  summarize report.txt --tokens 200 --tokenizer gpt-4o --query 'budget'\n"
            + "  summarize article.txt --highlight            the whole text, the summary marked\n"
            + "  summarize split article.txt --format json   sentences with offsets, kinds and paragraphs\n"
            + "  summarize eval --dataset bbc/dev.jsonl --match-reference-length --algorithm pacsum\n\n"
            + "Budgets (--sentences, --ratio, --words, --chars, --tokens) exclude each other.\n"
            + "Exit codes: 0 success, 1 an input failed, 2 usage error, 3 eval below a --min-rouge threshold.");
        var summarize = new SummarizeCommand(console);
        summarize.AddTo(root);
        foreach (Option option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help })
            {
                help.MaxWidth = console.HelpWidth;
            }
        }

        // A subcommand's option table is built only when the command line names it, so that a summary (and --version)
        // does not pay for it; otherwise a stand-in with the same name and description keeps the help complete.
        root.Subcommands.Add(Names(args, "split") ? SplitCommand.Build(console) : new Command("split", SplitCommand.Description));
        root.Subcommands.Add(Names(args, "eval") ? EvalCommand.Build(console) : new Command("eval", EvalCommand.Description));

        // A subcommand's help would otherwise show the summary's inputs in its usage line and argument list.
        summarize.Inputs.Hidden = Names(args, "split") || Names(args, "eval");
        return (root, summarize.Inputs);
    }

    private static bool Names(string[] args, string command) => Array.IndexOf(args, command) >= 0;

    private static bool IsBrokenPipe(IOException e) =>
        e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase) || e.HResult == 32;
}
