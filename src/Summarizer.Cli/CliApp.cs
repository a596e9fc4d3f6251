using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

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
            // A subcommand's misspelt option is an unmatched token: say the nearest name, as the inputs' check does.
            string? closest = null;
            foreach (string token in parsed.UnmatchedTokens)
            {
                if (token.Length > 1 && token[0] == '-' && error.Message.Contains($"'{token}'", StringComparison.Ordinal))
                {
                    closest = InputCollector.ClosestOption(token, parsed.CommandResult.Command.Options);
                    break;
                }
            }

            errors.Add(closest is null ? error.Message : $"{error.Message} Did you mean '{closest}'?");
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

            // The help of the command that was run: a subcommand's options are listed by its own.
            string help = parsed.CommandResult.Command == root ? "summarize --help" : $"summarize {parsed.CommandResult.Command.Name} --help";
            console.Error.WriteLine($"Try '{help}' for usage.");
            return ExitCodes.UsageError;
        }

        using var interruption = new Interruption();
        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null, // the signals are the Interruption's
            };
            int code = parsed.InvokeAsync(configuration, interruption.Token).GetAwaiter().GetResult();
            console.Out.Flush();
            return code;
        }
        catch (OperationCanceledException) when (interruption.Signal is { } signal)
        {
            // Stopped between documents: what was written stays whole; nothing more is.
            FlushQuietly(console);
            console.Error.WriteLine("summarize: interrupted.");
            return signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            FlushQuietly(console);
            console.Error.WriteLine($"summarize: {failure.Message}");
            return failure.Code;
        }
    }

    /// <summary>
    /// The message and exit code of a failure the command reports in one line; null for a defect, which keeps its
    /// stack trace. A failure inside parallel work arrives wrapped: the first inner exception says what happened.
    /// </summary>
    internal static (string Message, int Code)? Failure(Exception e) => e switch
    {
        AggregateException { InnerExceptions: [var first, ..] } => Failure(first),
        InputException => (e.Message, ExitCodes.InputError),
        ArgumentException => (e.Message, ExitCodes.UsageError),
        IOException or UnauthorizedAccessException => (OutputFailure(e) + ".", ExitCodes.InputError),
        _ => null,
    };

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
            + "Exit codes: 0 success, 1 an input or standard output failed, 2 usage error,\n"
            + "3 eval below a --min-rouge threshold, 130 interrupted by Ctrl-C (143 by SIGTERM).");
        int literal = InputCollector.CountAfterDoubleDash(args);
        var summarize = new SummarizeCommand(console, literal);
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
        root.Subcommands.Add(Names(args, "split") ? SplitCommand.Build(console, literal) : new Command("split", SplitCommand.Description));
        root.Subcommands.Add(Names(args, "eval") ? EvalCommand.Build(console) : new Command("eval", EvalCommand.Description));

        // A subcommand's help would otherwise show the summary's inputs in its usage line and argument list.
        summarize.Inputs.Hidden = Names(args, "split") || Names(args, "eval");
        return (root, summarize.Inputs);
    }

    private static bool Names(string[] args, string command) => Array.IndexOf(args, command) >= 0;

    /// <summary>Writes out what was buffered before a failure; a failure to do so is what the message says.</summary>
    private static void FlushQuietly(CliConsole console)
    {
        try
        {
            console.Out.Flush();
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// What a failed write to standard output says: the reader of the pipe went away (EPIPE:
    /// <c>summarize split big.txt | head -1</c>), the descriptor is closed (<c>&gt;&amp;-</c>), or the device refused it (a full disk).
    /// </summary>
    internal static string OutputFailure(Exception e) =>
        e is IOException && (e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase) || e.HResult == 32)
            ? "standard output was closed before everything was written"
            // The runtime says "Access to the path is denied" of a descriptor that is closed (summarize a.txt >&-).
            : e is UnauthorizedAccessException
            ? "standard output is closed, or may not be written to"
            : $"standard output cannot be written ({e.Message})";
}

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM as a cancellation: the first stops the run between documents, so that what was written
/// stays whole and the command says it was interrupted; a second signal ends the process at once, as usual, and so
/// does the first when, the command still running, no write to standard output has completed for
/// <see cref="GracePeriod"/> (a write blocked on a pipe that nobody reads, which no cancellation reaches; a slow
/// reader still gets the rest of the document).
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long the command may go without a completed write to standard output after the first signal.</summary>
    internal static TimeSpan GracePeriod { get; } = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signal;
    private Timer? _deadline;

    public Interruption()
    {
        foreach (PosixSignal signal in (ReadOnlySpan<PosixSignal>)[PosixSignal.SIGINT, PosixSignal.SIGTERM])
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, Handle));
            }
            catch (PlatformNotSupportedException)
            {
                // Not on this platform: the signal keeps its default, ending the process.
            }
        }
    }

    public CancellationToken Token => _source.Token;

    /// <summary>The signal that stopped the run; null while none has come.</summary>
    public PosixSignal? Signal => Volatile.Read(ref _signal) is var signal and not 0 ? (PosixSignal)signal : null;

    public void Dispose()
    {
        _deadline?.Dispose();
        foreach (PosixSignalRegistration registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) == 0)
        {
            context.Cancel = true;
            int code = context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
            long written = ProgressStream.Completed;
            _deadline = new Timer(
                _ =>
                {
                    long now = ProgressStream.Completed;
                    if (now == written)
                    {
                        EndNow(code);
                    }

                    written = now;
                },
                null,
                GracePeriod,
                GracePeriod);
            _source.Cancel();
        }
        else
        {
            // A second signal ends the process (the default action runs): no time to clean up as the command would.
            TemporaryFiles.DeleteAll();
        }
    }

    /// <summary>Ends the process as a second signal would, with the signal's exit code.</summary>
    private static void EndNow(int code)
    {
        TemporaryFiles.DeleteAll();
        Environment.Exit(code);
    }
}
