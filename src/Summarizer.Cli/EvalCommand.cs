using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Summarizer.Evaluation;

namespace Summarizer.Cli;

/// <summary>
/// <c>summarize eval</c>: summarizes every document of a dataset (or takes its Lead-k or greedy oracle sentences)
/// and scores them with ROUGE against the references.
/// </summary>
internal static class EvalCommand
{
    private static readonly JsonWriterOptions s_jsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal enum EvalSystem
    {
        Summarizer,
        Lead,
        Oracle,
    }

    internal enum RougeFlavor
    {
        Rouge155,
        RougeScore,
    }

    /// <summary>What <c>summarize eval</c> does, as its help says.</summary>
    public const string Description = "Scores summaries of a dataset with ROUGE against its references.\n\n"
        + "Examples:\n"
        + "  summarize eval --dataset bbc/dev.jsonl --match-reference-length\n"
        + "  summarize eval --dataset cnndm/dev.jsonl --sentences 3 --system lead --out lead3.jsonl\n"
        + "  summarize eval --dataset cnndm/dev.jsonl --algorithm pacsum --similarity bm25+\n"
        + "  summarize eval --dataset cnndm/dev.jsonl --algorithm pagerank --position-bias 0.5 --damping 0.9\n"
        + "  summarize eval --dataset bbc/dev.jsonl --words 100\n\n"
        + "Every summarizer option of `summarize` applies to --system summarizer; a --ratio, --words, --chars or --tokens budget replaces the sentence count for it.\n"
        + "--system lead and oracle take a sentence count, --splitter, --language and --max-input-length, and refuse the others.";

    public static Command Build(CliConsole console)
    {
        var dataset = new Option<string>("--dataset", "-d")
        {
            Description = "The dataset: JSON Lines, one {\"id\", \"title\", \"text\", \"references\": [[sentence, ...], ...]} a line; - reads standard input.",
            Required = true,
        };
        var options = new SummarizerOptionSet("How many sentences each summary has (and the Lead-k and oracle baselines).");
        Option<int> sentences = options.Sentences;
        var matchReference = new Option<bool>("--match-reference-length")
        {
            Description = "Take as many sentences as the document's first reference has (instead of --sentences).",
        };
        Option<EvalSystem> system = CliOptions.Choice(
            "--system", [], "What to score: the summarizer, the Lead-k baseline, or the greedy extractive oracle (the two baselines take only the sentence count, --splitter, --language and --max-input-length of the summarizer options).",
            ("summarizer", EvalSystem.Summarizer), ("lead", EvalSystem.Lead), ("oracle", EvalSystem.Oracle));
        var rouge = new Option<string>("--rouge")
        {
            Description = "ROUGE flavour: rouge155 (ROUGE-1.5.5 -n 2 -m, as papers report) or rouge-score (Google's rouge_score with stemming).",
            DefaultValueFactory = _ => "rouge155",
        };
        CliOptions.AcceptOnly(rouge, ["rouge155", "rouge-score"]);
        CliOptions.RequireFileName(dataset);
        var output = new Option<string?>("--out")
        {
            Description = "Also write each document's chosen sentences as JSON Lines {\"id\", \"sentences\": [...]} to this file (- for standard output, before the report).",
        };
        CliOptions.RequireFileName(output);
        Option<OutputFormat> format = CliOptions.Choice("--format", ["-f"], "Output format of the scores: text (a table) or json.", OutputFormats.s_textOrJson);
        // Scores are percentages: a threshold outside 0 to 100 (a fraction, "0.45", typed for 45) could never fail or never pass.
        OptionRange score = OptionRange.Closed(0, 100);
        Option<double?> minRouge1 = CliOptions.OptionalNumber("--min-rouge1", "Exit with code 3 when the mean ROUGE-1 F1 (x100) is below this.", score);
        Option<double?> minRouge2 = CliOptions.OptionalNumber("--min-rouge2", "Exit with code 3 when the mean ROUGE-2 F1 (x100) is below this.", score);
        Option<double?> minRougeL = CliOptions.OptionalNumber("--min-rougel", "Exit with code 3 when the mean ROUGE-L F1 (x100, summary-level: rouge_score's ROUGE-Lsum) is below this.", score);

        var command = new Command("eval", Description)
        {
            dataset, matchReference, system, rouge, output, format, minRouge1, minRouge2, minRougeL,
        };
        // The baseline the command line chooses (lead or oracle), null for the summarizer. Read from the token: a value
        // that failed to parse is reported by its own check.
        string? Baseline(CommandResult result) =>
            result.GetResult(system) is { Tokens: [{ } token] } && token.Value.ToLowerInvariant() is ("lead" or "oracle") and var name ? name : null;

        // An option a baseline refuses is reported as refused, and only that: it is not also checked against others.
        options.AddTo(command, result => Baseline(result) is not null);
        command.Validators.Add(result =>
        {
            if (result.GetValue(matchReference)
                && Array.Find(options.BudgetOptions, option => options.IsGivenAndTaken(result, option)) is { } budget)
            {
                result.AddError($"--match-reference-length sets each summary's length; it takes no {budget.Name}.");
            }

            // Eval scores the chosen sentences: keywords and the ranking of every sentence would be ignored silently.
            var ranking = (Option<bool>)options.OptionNamed(OptionCatalog.IncludeRanking.Name);
            Option? ignored = !options.IsRefused(result, options.Keywords) && CliOptions.Given(result, options.Keywords) ? options.Keywords
                : !options.IsRefused(result, ranking) && CliOptions.Given(result, ranking) ? ranking
                : null;
            if (ignored is not null)
            {
                result.AddError($"{ignored.Name}: eval scores the chosen sentences; it prints no keywords and no ranking.");
            }

            // The baselines take leading or best-scoring sentences by count: an option of the summarizer would be
            // ignored silently (and a budget would not be the one the header reports), so it is refused.
            if (Baseline(result) is { } baseline)
            {
                foreach (Option option in options.SummarizerOnly)
                {
                    if (result.GetResult(option) is { Implicit: false })
                    {
                        result.AddError(Array.IndexOf(options.BudgetOptions, option) >= 0
                            ? $"{option.Name} applies to --system summarizer, not {baseline}, which takes a sentence count (--sentences or --match-reference-length)."
                            : $"{option.Name} applies to --system summarizer, not {baseline}.");
                    }
                }
            }
        });
        command.SetAction((result, cancellationToken) =>
        {
            var settings = new EvalSettings(
                result.GetValue(dataset)!,
                result.GetValue(matchReference) ? null : result.GetValue(sentences),
                result.GetValue(system),
                result.GetValue(rouge) == "rouge-score" ? RougeFlavor.RougeScore : RougeFlavor.Rouge155,
                result.GetValue(output),
                options.HasNonSentenceBudget(result) ? options.Build(result).Budget : null,
                result.GetValue(options.Query));
            EvalReport report = Run(settings, ExtractiveSummarizer.Create(options.Build(result)), cancellationToken, console);
            console.Out.Write(result.GetValue(format) == OutputFormat.Json ? report.ToJson() : report.ToText());
            console.Out.Flush();
            int code = ExitCodes.Success;
            code = Check("ROUGE-1", report.Aggregate.Rouge1.Mean.F1, result.GetValue(minRouge1), console, code);
            code = Check("ROUGE-2", report.Aggregate.Rouge2.Mean.F1, result.GetValue(minRouge2), console, code);
            // Summary-level, as the help says: ROUGE-1.5.5's ROUGE-L, rouge_score's ROUGE-Lsum.
            code = Check(settings.Rouge == RougeFlavor.Rouge155 ? "ROUGE-L" : "ROUGE-Lsum", report.Aggregate.RougeLsum.Mean.F1, result.GetValue(minRougeL), console, code);
            return Task.FromResult(code);
        });
        return command;
    }

    // Four decimals: a score that prints as the threshold at two (30.795 against 30.80) must not read as equal to it.
    private static int Check(string metric, double value, double? minimum, CliConsole console, int code)
    {
        if (minimum is { } min && value * 100 < min)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"summarize: {metric} F1 {value * 100:0.0000} is below the threshold {min:0.####}."));
            return ExitCodes.QualityGateFailed;
        }

        return code;
    }

    /// <summary>What <c>summarize eval</c> runs.</summary>
    /// <param name="DatasetPath">The JSON Lines dataset.</param>
    /// <param name="Sentences">The sentence count; null for as many as the first reference.</param>
    /// <param name="System">What chooses the sentences.</param>
    /// <param name="Rouge">The ROUGE flavour.</param>
    /// <param name="OutputPath">Where the chosen sentences are also written; null for nowhere.</param>
    /// <param name="Budget">A budget other than a sentence count for the summarizer; null to use the sentence count.</param>
    /// <param name="Query">The query of a query-focused summary; null for a generic one.</param>
    internal sealed record EvalSettings(string DatasetPath, int? Sentences, EvalSystem System, RougeFlavor Rouge, string? OutputPath, SummaryBudget? Budget = null, string? Query = null);

    /// <summary>Evaluates a whole dataset; documents are processed in parallel and reported in file order.</summary>
    /// <exception cref="InputException">The dataset cannot be read or is malformed, or a document cannot be summarized (the first one in file order is named).</exception>
    internal static EvalReport Run(EvalSettings settings, ExtractiveSummarizer summarizer, CancellationToken cancellationToken, CliConsole? console = null)
    {
        string datasetPath = settings.DatasetPath;
        List<EvaluationDocument> documents;
        try
        {
            if (Directory.Exists(datasetPath))
            {
                throw new InputException($"{datasetPath}: is a directory, not a dataset file.");
            }

            FileKinds.RefuseClosedStandardInput(datasetPath);

            // A dataset on a FIFO or a terminal may block; the read waits where a signal can still stop the command.
            // "-" is standard input, as for the inputs of summarize and split.
            // Standard input is read as bytes where the console gives them, as a file is: its byte-order mark honoured,
            // bytes that are not UTF-8 refused.
            Func<Stream>? openStandardInput = datasetPath != "-" ? null : console is null ? Console.OpenStandardInput : console.OpenStandardInput;
            TextReader? standardInput = datasetPath == "-" && openStandardInput is null ? console?.In ?? Console.In : null;
            documents = InputReader.Interruptible(
                () =>
                {
                    if (openStandardInput is not null)
                    {
                        using Stream stream = openStandardInput();
                        return new List<EvaluationDocument>(DatasetReader.Read(stream, "standard input"));
                    }

                    return new List<EvaluationDocument>(standardInput is null ? DatasetReader.ReadFile(datasetPath) : DatasetReader.Read(standardInput, "standard input"));
                },
                cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DatasetFormatException or ArgumentException)
        {
            // An ArgumentException here comes from reading the data, not from the command line: an input error.
            throw new InputException(e switch
            {
                FileNotFoundException or DirectoryNotFoundException => InputReader.NoSuchFile(datasetPath),
                UnauthorizedAccessException => $"{datasetPath}: permission denied.",
                ArgumentException => $"{datasetPath}: cannot be read ({e.Message}).",
                _ => e.Message,
            });
        }

        if (documents.Count == 0)
        {
            throw new InputException($"{datasetPath}: has no documents.");
        }

        // A document without a reference, or with an empty one, or without text, would score 0 whatever is chosen and
        // pull the mean down; one longer than --max-input-length is refused before the run, so that the first in file
        // order is named; an id given twice would name two documents in --out and in messages.
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (EvaluationDocument document in documents)
        {
            InputReader.CheckLength($"{datasetPath}: document \"{document.Id}\"", document.Text.Length, summarizer.Options.MaxInputLength);
            if (!positions.TryAdd(document.Id, positions.Count + 1))
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"{datasetPath}: document \"{document.Id}\" is there twice (documents {positions[document.Id]} and {positions.Count + 1}, counting from 1); an id names one document in --out and in messages."));
            }

            if (string.IsNullOrWhiteSpace(document.Text))
            {
                throw new InputException($"{datasetPath}: document \"{document.Id}\" has no text, which would score 0 whatever is chosen.");
            }

            if (document.References.Count == 0)
            {
                throw new InputException($"{datasetPath}: document \"{document.Id}\" has no reference summary to score against.");
            }

            if (EmptyReference(document) is > 0 and int empty)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"{datasetPath}: document \"{document.Id}\" has an empty reference summary (reference {empty}), which would score every summary 0."));
            }
        }

        // The output file is created before the work, so that a path that cannot be written fails at once, not after
        // the run; a regular file is written under a temporary name and renamed at the end, so that a failure leaves no file.
        using ChosenWriter? output = settings.OutputPath is { } path ? ChosenWriter.Create(path, datasetPath, console?.Out ?? Console.Out, console?.Error ?? Console.Error, cancellationToken) : null;
        RougeScorer scorer = RougeScorer.Create(settings.Rouge == RougeFlavor.Rouge155
            ? new RougeOptions { Mode = RougeMode.Rouge155, Stem = true }
            : new RougeOptions { Mode = RougeMode.RougeScore, Stem = true });
        var chosen = new string[documents.Count][];
        var scores = new RougeScores[documents.Count];
        var failures = new string?[documents.Count];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, (i, loop) =>
        {
            EvaluationDocument document = documents[i];
            string name = $"{datasetPath}: document \"{document.Id}\"";
            try
            {
                int k = settings.Sentences ?? Math.Max(1, document.References[0].Count);
                chosen[i] = Choose(document, k, settings, summarizer, scorer, cancellationToken);
                scores[i] = scorer.Score(chosen[i], document.References);
            }
            catch (InputException e)
            {
                failures[i] = e.Message;
                loop.Stop();
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                // A document the summarizer fails on ends the run with its name, not a stack trace: a mean without
                // it would not be the dataset's.
                failures[i] = SummarizeCommand.Failure(name, e, summarizer.Options);
                loop.Stop();
            }
        });
        clock.Stop();

        // The run stops at a failure (what had started finishes); the first of those found, in file order, is said.
        if (Array.Find(failures, failure => failure is not null) is { } first)
        {
            throw new InputException(first);
        }

        output?.Commit(documents, chosen);
        return new EvalReport(settings, RougeAggregator.Aggregate(scores), clock.Elapsed);
    }

    /// <summary>The number (from 1) of the document's first reference with no letter or digit in any sentence; 0 when every one has one.</summary>
    private static bool HasLetterOrDigit(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int EmptyReference(EvaluationDocument document)
    {
        for (int i = 0; i < document.References.Count; i++)
        {
            bool hasText = false;
            foreach (string sentence in document.References[i])
            {
                // A word to match: a reference of punctuation alone ("...") scores every summary 0 as an empty one does.
                hasText |= HasLetterOrDigit(sentence);
            }

            if (!hasText)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static string[] Choose(EvaluationDocument document, int k, EvalSettings settings, ExtractiveSummarizer summarizer, RougeScorer scorer, CancellationToken cancellationToken)
    {
        EvalSystem system = settings.System;
        if (system == EvalSystem.Summarizer)
        {
            Summary summary = summarizer.Summarize(document.Text, settings.Query, settings.Budget ?? SummaryBudget.Sentences(k), cancellationToken);
            var texts = new string[summary.Sentences.Count];
            for (int j = 0; j < texts.Length; j++)
            {
                texts[j] = summary.Sentences[j].Text;
            }

            return texts;
        }

        IReadOnlyList<SentenceSpan> spans = summarizer.SplitterFor(document.Text).Split(document.Text);
        var sentences = new string[spans.Count];
        for (int j = 0; j < spans.Count; j++)
        {
            sentences[j] = document.Text.Substring(spans[j].Start, spans[j].Length);
        }

        IReadOnlyList<int> picked = system == EvalSystem.Lead
            ? Lead(spans, k)
            : ExtractiveOracle.Select(scorer, sentences, document.References, k);
        var result = new string[picked.Count];
        for (int j = 0; j < result.Length; j++)
        {
            result[j] = sentences[picked[j]];
        }

        return result;
    }

    /// <summary>
    /// Lead-k: the first <paramref name="k"/> segments of kind sentence (<see cref="LeadBaseline"/> over them), so that a
    /// text's headline or section headings do not take the baseline's places; when the text has fewer sentences, its
    /// other segments fill the count in their order.
    /// </summary>
    private static List<int> Lead(IReadOnlyList<SentenceSpan> spans, int k)
    {
        var sentences = new List<int>(spans.Count);
        var others = new List<int>();
        for (int i = 0; i < spans.Count; i++)
        {
            (spans[i].Kind == SentenceKind.Sentence ? sentences : others).Add(i);
        }

        var picked = new List<int>(k);
        foreach (int i in LeadBaseline.Select(sentences.Count, k))
        {
            picked.Add(sentences[i]);
        }

        picked.AddRange(others.GetRange(0, Math.Min(others.Count, k - picked.Count)));
        picked.Sort();
        return picked;
    }

    /// <summary>
    /// The file of chosen sentences (<c>--out</c>). A regular file (or one to be made) is created under a temporary name
    /// when the run starts, renamed to its name when every document is written, and deleted if the run fails, so that no
    /// half-written file is left; a symbolic link is written through, replacing the file it leads to, not the link. The
    /// command's own standard output or error (<c>/dev/stdout</c>, <c>/dev/fd/2</c>) gets the lines through the command's
    /// writer, never reopened; another FIFO or device (<c>/dev/null</c>) is written as it is, since renaming onto it
    /// would replace it.
    /// </summary>
    private sealed class ChosenWriter : IDisposable
    {
        private readonly string _path;
        private readonly string _destination;
        private readonly string? _temporary;
        private readonly TextWriter? _console;
        private Stream? _stream;

        private ChosenWriter(string path, string destination, string? temporary, Stream stream, TextWriter? console = null)
        {
            _path = path;
            _destination = destination;
            _temporary = temporary;
            _stream = stream;
            _console = console;
        }

        /// <exception cref="InputException">The path is the dataset (the same file, whatever the links), a directory, or cannot be written.</exception>
        /// <exception cref="OperationCanceledException">The run was interrupted while a FIFO waited for its reader.</exception>
        public static ChosenWriter Create(string path, string datasetPath, TextWriter standardOutput, TextWriter standardError, CancellationToken cancellationToken)
        {
            if (StandardDescriptor(path) is int descriptor and > 0)
            {
                // The command's own standard output or error, whatever it was redirected to: written through the
                // command's writer, after what it printed before, never opened again (that would truncate a file
                // under "> file", or replace it through the /proc link).
                return new ChosenWriter(path, path, null, new MemoryStream(), descriptor == 1 ? standardOutput : standardError);
            }

            if (FileKinds.AreSameFile(path, datasetPath)
                || string.Equals(Path.GetFullPath(LinkTarget(path)), Path.GetFullPath(LinkTarget(datasetPath)), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException($"{path}: is the dataset; --out names another file.");
            }

            FileKinds.RefuseClosedStandardInput(path);
            FileKind kind = FileKinds.Of(path);
            if (kind == FileKind.Directory)
            {
                throw new InputException($"{path}: is a directory; --out names a file.");
            }

            try
            {
                if (kind == FileKind.Other)
                {
                    // Opening a FIFO waits for its reader: where a signal can still stop the command.
                    FileStream direct = InputReader.Interruptible(() => new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite), cancellationToken);
                    return new ChosenWriter(path, path, null, direct);
                }

                string destination = LinkTarget(path);
                string temporary = destination + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
                TemporaryFiles.Add(temporary);
                return new ChosenWriter(path, destination, temporary, File.Create(temporary));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException(e is DirectoryNotFoundException
                    ? $"{path}: cannot be written (its directory does not exist)."
                    : $"{path}: cannot be written ({e.Message}).");
            }
        }

        /// <summary>
        /// 1 or 2 when <paramref name="path"/> names the command's standard output or error (<c>/dev/stdout</c>,
        /// <c>/dev/fd/1</c>, <c>/proc/self/fd/2</c>, or a link to one of them); 0 otherwise.
        /// </summary>
        private static int StandardDescriptor(string path)
        {
            if (path == "-")
            {
                // "-" is standard output, as it is standard input for the inputs and the dataset.
                return 1;
            }

            string current = Path.GetFullPath(path);
            string self = "/proc/" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "/fd/";
            for (int hop = 0; hop < 8; hop++)
            {
                foreach ((string name, int descriptor) in (ReadOnlySpan<(string, int)>)[("/dev/stdout", 1), ("/dev/stderr", 2), ("/dev/fd/1", 1), ("/dev/fd/2", 2), ("/proc/self/fd/1", 1), ("/proc/self/fd/2", 2), (self + "1", 1), (self + "2", 2)])
                {
                    if (current == name)
                    {
                        return descriptor;
                    }
                }

                try
                {
                    // One link at a time: the last hop of /dev/stdout is the file or pipe it stands for.
                    if (File.ResolveLinkTarget(current, returnFinalTarget: false) is not { } target)
                    {
                        return 0;
                    }

                    current = Path.GetFullPath(target.FullName);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return 0;
                }
            }

            return 0;
        }

        /// <summary>The file a chain of symbolic links ends at (which may not exist yet); the path itself when it is no link.</summary>
        private static string LinkTarget(string path)
        {
            try
            {
                // A full path: a relative link's target is otherwise taken from the root, not the link's folder.
                return File.ResolveLinkTarget(Path.GetFullPath(path), returnFinalTarget: true)?.FullName ?? path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return path; // Missing or not to be looked at: nothing to follow.
            }
        }

        /// <summary>Writes one line per document and gives the file its name.</summary>
        /// <exception cref="InputException">The file cannot be written.</exception>
        public void Commit(List<EvaluationDocument> documents, string[][] chosen)
        {
            try
            {
                using (Stream stream = _stream!)
                {
                    for (int i = 0; i < documents.Count; i++)
                    {
                        using (var writer = new Utf8JsonWriter(stream, s_jsonOptions))
                        {
                            writer.WriteStartObject();
                            writer.WriteString("id", documents[i].Id);
                            writer.WriteStartArray("sentences");
                            foreach (string sentence in chosen[i])
                            {
                                writer.WriteStringValue(sentence);
                            }

                            writer.WriteEndArray();
                            writer.WriteEndObject();
                        }

                        stream.WriteByte((byte)'\n');
                    }

                    if (_console is not null)
                    {
                        _console.Write(Encoding.UTF8.GetString(((MemoryStream)stream).ToArray()));
                        _console.Flush();
                    }
                }

                _stream = null;
                if (_temporary is not null)
                {
                    File.Move(_temporary, _destination, overwrite: true);
                    TemporaryFiles.Remove(_temporary);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"{_path}: cannot be written ({e.Message}).");
            }
        }

        /// <summary>Deletes the temporary file unless <see cref="Commit"/> renamed it.</summary>
        public void Dispose()
        {
            _stream?.Dispose();
            _stream = null;
            if (_temporary is null)
            {
                return;
            }

            try
            {
                File.Delete(_temporary);
                TemporaryFiles.Remove(_temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the message that matters is the failure's.
            }
        }
    }

    internal sealed record EvalReport(EvalSettings Settings, RougeAggregate Aggregate, TimeSpan Elapsed)
    {
        private string Describe()
        {
            string length = Settings.Budget is { } budget && Settings.System == EvalSystem.Summarizer
                ? budget.ToString()
                : Settings.Sentences is { } k
                    ? k.ToString(CultureInfo.InvariantCulture) + (k == 1 ? " sentence" : " sentences")
                    : "as many sentences as the reference";
            string rouge = Settings.Rouge == RougeFlavor.Rouge155 ? "ROUGE-1.5.5 -n 2 -m" : "rouge_score with stemming";
            return $"{Settings.System.ToString().ToLowerInvariant()}, {length}, {rouge}";
        }

        /// <summary>
        /// ROUGE-L as the chosen flavour defines it: ROUGE-1.5.5, given one sentence a line, reports the summary-level
        /// union LCS (what rouge_score calls ROUGE-Lsum); rouge_score's ROUGE-L is one LCS over the whole text.
        /// </summary>
        public RougeInterval RougeL => Settings.Rouge == RougeFlavor.Rouge155 ? Aggregate.RougeLsum : Aggregate.RougeL;

        public string ToText()
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{Settings.DatasetPath}: {Aggregate.DocumentCount} {(Aggregate.DocumentCount == 1 ? "document" : "documents")}; {Describe()}\n");
            text.Append("metric        P      R      F1   F1 95% interval\n");
            Row(text, "ROUGE-1", Aggregate.Rouge1);
            Row(text, "ROUGE-2", Aggregate.Rouge2);
            Row(text, "ROUGE-L", RougeL);
            Row(text, "ROUGE-Lsum", Aggregate.RougeLsum);
            text.Append(CultureInfo.InvariantCulture, $"time: {Elapsed.TotalSeconds:0.00} s\n");
            return text.ToString();
        }

        private static void Row(StringBuilder text, string name, RougeInterval value) =>
            text.Append(CultureInfo.InvariantCulture,
                $"{name,-10} {value.Mean.Precision * 100,6:0.00} {value.Mean.Recall * 100,6:0.00} {value.Mean.F1 * 100,6:0.00}   [{value.Low.F1 * 100:0.00}, {value.High.F1 * 100:0.00}]\n");

        public string ToJson()
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("dataset", Settings.DatasetPath);
                writer.WriteNumber("documents", Aggregate.DocumentCount);
                writer.WriteString("system", Settings.System.ToString().ToLowerInvariant());
                if (Settings.Budget is { } budget && Settings.System == EvalSystem.Summarizer)
                {
                    writer.WriteString("budget", budget.ToString());
                }
                else if (Settings.Sentences is { } k)
                {
                    writer.WriteNumber("sentences", k);
                }
                else
                {
                    writer.WriteString("sentences", "reference");
                }

                writer.WriteString("rouge", Settings.Rouge == RougeFlavor.Rouge155 ? "rouge155" : "rouge-score");
                Metric(writer, "rouge1", Aggregate.Rouge1);
                Metric(writer, "rouge2", Aggregate.Rouge2);
                Metric(writer, "rougeL", RougeL);
                Metric(writer, "rougeLsum", Aggregate.RougeLsum);
                writer.WriteNumber("seconds", Math.Round(Elapsed.TotalSeconds, 3));
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
        }

        private static void Metric(Utf8JsonWriter writer, string name, RougeInterval value)
        {
            writer.WriteStartObject(name);
            writer.WriteNumber("p", Math.Round(value.Mean.Precision * 100, 4));
            writer.WriteNumber("r", Math.Round(value.Mean.Recall * 100, 4));
            writer.WriteNumber("f", Math.Round(value.Mean.F1 * 100, 4));
            writer.WriteNumber("fLow", Math.Round(value.Low.F1 * 100, 4));
            writer.WriteNumber("fHigh", Math.Round(value.High.F1 * 100, 4));
            writer.WriteEndObject();
        }
    }
}
