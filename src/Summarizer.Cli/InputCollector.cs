using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Threading;

namespace Summarizer.Cli;

/// <summary>One input of a run: standard input, a file, or something that failed before it could be read.</summary>
/// <param name="Name">How messages and outputs name it: the path as given (or found under a directory), or "-".</param>
/// <param name="Error">Why it cannot be read (found while listing a directory); null when it is to be read.</param>
/// <param name="Text">The text when it was read up front (standard input, the sample); null for a file to read.</param>
internal sealed record InputItem(string Name, string? Error = null, string? Text = null)
{
    /// <summary>The document when a PDF, Word, EPUB, OpenDocument or RTF file was read up front (on standard input); null otherwise.</summary>
    public InputDocument? Document { get; init; }

    /// <summary>The document's own title when a dataset line gave it (its "title"); null otherwise.</summary>
    public string? Title { get; init; }

    /// <summary>How the text is to be read when its source says (a dataset line's text is plain text); null to tell by the name or the content.</summary>
    public InputFormat? Format { get; init; }

    /// <summary>What standard error says about how <see cref="Text"/> was read up front (an encoding guessed); null for nothing.</summary>
    public string? ReadNote { get; init; }

    public bool IsStandardInput => Name == "-";

    /// <summary>How messages about the input's content name it: the path, or "standard input".</summary>
    public string DisplayName => IsStandardInput ? "standard input" : Name;
}

/// <summary>Turns the inputs named on the command line into the list of documents, in a stable order.</summary>
internal static class InputCollector
{
    /// <summary>
    /// The patterns a directory is searched with unless <c>--glob</c> says otherwise: the documents the command reads, text
    /// and markup sources (<see cref="HtmlText.DocumentTextExtensions"/>), web pages, subtitles, PDF, office documents,
    /// books and e-mail; not tables of records (<c>.csv</c>) or logs, which a folder of documents holds as data, nor
    /// data sets, which are named one by one.
    /// </summary>
    public static readonly string DefaultGlob = string.Join(',', ((string[])
        [.. HtmlText.DocumentTextExtensions, ".html", ".htm", ".srt", ".vtt", ".pdf", ".docx", ".epub", ".odt", ".rtf", ".eml"])
        .Select(extension => "*" + extension));

    /// <summary>
    /// The <c>--glob</c> option: comma-separated file-name patterns (<c>*</c> and <c>?</c>) that directories are searched
    /// with, recursively; a pattern with a directory part (<c>sub/*.md</c>, <c>../*</c>, <c>**/*.txt</c>) is refused, as it
    /// would reach outside the directory named or into the same file twice.
    /// </summary>
    public static Option<string> CreateGlobOption()
    {
        var option = new Option<string>("--glob", "-g")
        {
            Description = "File-name patterns (comma-separated, * and ?) to take from directories, which are searched recursively.",
            DefaultValueFactory = _ => DefaultGlob,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count != 1)
            {
                return;
            }

            string glob = result.Tokens[0].Value;
            string[] patterns = glob.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (patterns.Length == 0)
            {
                result.AddError("--glob needs at least one file-name pattern, such as *.txt.");
            }

            foreach (string pattern in patterns)
            {
                if (pattern.Contains('/') || pattern.Contains('\\') || pattern.Contains("..", StringComparison.Ordinal))
                {
                    result.AddError($"--glob takes file-name patterns, not paths: '{pattern}'. Directories are searched recursively; name the directory as an input.");
                    break;
                }
            }
        });
        return option;
    }

    /// <summary>
    /// Refuses an input that starts with '-' and names no file or directory: an unknown option would otherwise be taken
    /// for a file name. The last <paramref name="literal"/> inputs came after <c>--</c> and are file names whatever
    /// they look like (<c>summarize -- -x</c> reads the file <c>-x</c>). Refuses standard input (<c>-</c>) named twice too.
    /// </summary>
    public static void RejectUnknownOptions(CommandResult result, Argument<string[]> inputs, int literal)
    {
        string[] given = result.GetValue(inputs) ?? [];
        int standardInputs = 0;
        for (int i = 0; i < given.Length; i++)
        {
            string input = given[i];
            if (input == "-" && ++standardInputs == 2)
            {
                // Standard input can be read once: a second "-" would only repeat the first document ("-" after "--" is
                // standard input too, as it is for other tools).
                result.AddError("standard input (-) is named more than once; it can be read only once.");
            }

            if (i < given.Length - literal && input.Length > 1 && input[0] == '-' && !File.Exists(input) && !Directory.Exists(input))
            {
                string? closest = ClosestOption(input, result.Command.Options);
                result.AddError(closest is null
                    ? $"Unrecognized option '{input}' (and no file of that name)."
                    : $"Unrecognized option '{input}' (and no file of that name). Did you mean '{closest}'?");
            }
        }
    }

    /// <summary>
    /// The name or alias of <paramref name="options"/> that <paramref name="input"/> most likely misspells, its value after
    /// '=' aside: the nearest by edit distance (a letter added, left out, changed or two swapped, each counting one), at
    /// most two edits and fewer than a third of the name's letters ("--sentence", "--ratoi", "-sentences"); or the one
    /// name it begins, from three letters on ("--sent"). Null when no name is that near or two are equally near.
    /// </summary>
    public static string? ClosestOption(string input, IEnumerable<Option> options)
    {
        int equals = input.IndexOf('=');
        string typed = equals > 0 ? input[..equals] : input;
        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        string? prefixed = null;
        int prefixes = 0;
        foreach (Option option in options)
        {
            foreach (string name in (IEnumerable<string>)[option.Name, .. option.Aliases])
            {
                if (typed.TrimStart('-').Length >= 3 && name.StartsWith(typed, StringComparison.Ordinal) && prefixed != option.Name)
                {
                    prefixed = option.Name;
                    prefixes++;
                }

                int distance = EditDistance(typed, name);
                if (distance > 2 || distance * 3 >= name.TrimStart('-').Length)
                {
                    continue;
                }

                if (distance < bestDistance)
                {
                    (best, bestDistance, tie) = (name, distance, false);
                }
                else if (distance == bestDistance && name != best)
                {
                    tie = true;
                }
            }
        }

        return best is not null ? (tie ? null : best) : prefixes == 1 ? prefixed : null;
    }

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours count one each.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>How many arguments follow the first <c>--</c> of the command line: the parser takes them all as inputs.</summary>
    public static int CountAfterDoubleDash(string[] args)
    {
        int index = Array.IndexOf(args, "--");
        return index < 0 ? 0 : args.Length - index - 1;
    }

    private static readonly EnumerationOptions s_enumeration = new() { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = 0 };

    /// <summary>
    /// Files stay as given; a directory contributes every file under it (recursively) whose name matches
    /// one of the comma-separated patterns of <paramref name="glob"/>, in ordinal order of the path; a directory that cannot be listed becomes a failed item.
    /// A FIFO, socket or device found in a directory is skipped, as reading it could block for ever or never end, and
    /// <paramref name="notes"/> says so; one named on the command line is read.
    /// </summary>
    public static List<InputItem> Collect(IReadOnlyList<string> inputs, string glob, TextWriter? notes = null)
    {
        var items = new List<InputItem>();
        foreach (string input in inputs)
        {
            if (input != "-" && Directory.Exists(input))
            {
                int before = items.Count;
                Walk(input, glob, items, notes);
                if (items.Count == before)
                {
                    items.Add(new InputItem(input, $"{input}: is a directory with no files matching {glob}."));
                }
            }
            else
            {
                items.Add(new InputItem(input));
            }
        }

        return items;
    }

    /// <summary>
    /// Reads standard input once for every item that names it; a failure to read becomes the items' error.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while standard input was read.</exception>
    public static void ReadStandardInput(List<InputItem> items, CliConsole console, InputEncoding encoding = InputEncoding.Utf8, int maxInputLength = SummarizerOptions.DefaultMaxInputLength, CancellationToken cancellationToken = default)
    {
        InputContent? stdin = null;
        string? stdinError = null;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].IsStandardInput && items[i].Error is null)
            {
                if (stdin is null && stdinError is null)
                {
                    try
                    {
                        stdin = InputReader.Read("-", console, encoding, maxInputLength, cancellationToken);
                    }
                    catch (InputException e)
                    {
                        stdinError = e.Message;
                    }
                }

                items[i] = items[i] with { Text = stdin?.Text, Document = stdin?.Document, ReadNote = stdin?.Note, Error = stdinError };
            }
        }
    }

    private static void Walk(string directory, string glob, List<InputItem> items, TextWriter? notes)
    {
        string[] files;
        string[] directories;
        try
        {
            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (string pattern in glob.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                matched.UnionWith(Directory.GetFiles(directory, pattern, s_enumeration));
            }

            files = [.. matched];
            directories = Directory.GetDirectories(directory);
        }
        catch (UnauthorizedAccessException)
        {
            items.Add(new InputItem(directory, $"{directory}: permission denied (directory not listed)."));
            return;
        }
        catch (IOException e)
        {
            items.Add(new InputItem(directory, $"{directory}: cannot be listed ({e.Message})."));
            return;
        }

        // Files and subdirectories merged in one ordinal order, so that the order is the same on every file system.
        var entries = new List<(string Path, bool IsDirectory)>(files.Length + directories.Length);
        foreach (string file in files)
        {
            entries.Add((file, false));
        }

        foreach (string sub in directories)
        {
            // Symbolic links to directories are not followed: they can make cycles. Said, so that no file goes missing
            // unnoticed; a link named on the command line is followed.
            if ((File.GetAttributes(sub) & FileAttributes.ReparsePoint) == 0)
            {
                entries.Add((sub, true));
            }
            else
            {
                notes?.WriteLine($"summarize: {sub}: a symbolic link to a directory, not followed in a walk (it could make a cycle); skipped: name it on the command line to summarize its files.");
            }
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach ((string path, bool isDirectory) in entries)
        {
            if (isDirectory)
            {
                Walk(path, glob, items, notes);
            }
            else if (FileKinds.Of(path) == FileKind.Other)
            {
                notes?.WriteLine($"summarize: {path}: not a regular file (a FIFO, socket or device); skipped.");
            }
            else
            {
                items.Add(new InputItem(path));
            }
        }
    }
}
