using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer.Cli;

/// <summary>
/// The root command: summarizes files, directories and standard input. Documents are processed in parallel in a
/// bounded window and written in input order, each document's output built whole and written at once.
/// </summary>
internal sealed class SummarizeCommand
{
    /// <summary>How many keyphrases Markdown output lists when <c>--keywords</c> is not given.</summary>
    public const int MarkdownKeywords = 5;

    private readonly CliConsole _console;
    private readonly int _literal;
    private readonly SummarizerOptionSet _options = new();
    private readonly Argument<string[]> _inputs = new("inputs")
    {
        Description = "Files or directories to summarize, or - for standard input. Without any, standard input is read; "
            + "when standard input is a terminal, the bundled sample article is summarized. A .jsonl dataset (as eval reads) "
            + "is one document a line, named by its id; a .json file holds one such document.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<OutputFormat> _format = CliOptions.Choice(
        "--format",
        ["-f"],
        "Output format: text (one sentence a line), json (one object; an array for several inputs or a directory), "
            + "jsonl (one object a line per document, with its path) or markdown (title, list, keywords).",
        OutputFormats.s_all);

    private readonly Option<bool> _highlight = new("--highlight")
    {
        Description = "Print the whole text with the chosen sentences marked: colour on a terminal ([[ ]] otherwise), "
            + "**bold** in markdown, <mark> in HTML for HTML input.",
    };

    private readonly Option<bool> _html = new("--html")
    {
        Description = "Read the inputs as web pages and summarize their main article (automatic for .html/.htm files, and for markup or a news feed on standard input or in a file not named as text: .txt/.md/.rst, or the source of wikitext, LaTeX, BBCode, AsciiDoc, Org, Textile, CSV or a log).",
    };

    private readonly Option<bool> _subtitles = InputFormats.CreateSubtitlesOption("summarize");

    private readonly Option<string> _glob = InputCollector.CreateGlobOption();

    private readonly Option<bool> _sample = new("--sample") { Description = "Summarize the bundled sample article." };

    private readonly Option<string> _color = new("--color")
    {
        Description = "Colour for --highlight: auto (when standard output is a terminal and NO_COLOR is unset), always or never.",
        DefaultValueFactory = _ => "auto",
    };

    private readonly Option<string> _progress = new("--progress")
    {
        Description = "Progress bar on standard error for several inputs: auto (when it is a terminal), always or never.",
        DefaultValueFactory = _ => "auto",
    };

    private readonly Option<InputEncoding> _encoding = InputEncodings.CreateOption();

    private readonly Option<int> _parallel = CliOptions.WholeNumber(
        "--parallel", "How many documents are summarized at once (0: one per processor).", OptionRange.AtLeast(0), 0, "-j");

    /// <param name="console">Where the command reads and writes.</param>
    /// <param name="literal">How many arguments follow <c>--</c> on the command line (file names whatever they look like).</param>
    public SummarizeCommand(CliConsole console, int literal = 0)
    {
        _console = console;
        _literal = literal;
        CliOptions.AcceptOnly(_color, ["auto", "always", "never"]);
        CliOptions.AcceptOnly(_progress, ["auto", "always", "never"]);
    }

    public void AddTo(RootCommand root)
    {
        root.Arguments.Add(_inputs);
        root.Options.Add(_format);
        _options.AddTo(root);
        root.Options.Add(_highlight);
        root.Options.Add(_html);
        root.Options.Add(_subtitles);
        root.Options.Add(_encoding);
        root.Options.Add(_glob);
        root.Options.Add(_sample);
        root.Options.Add(_color);
        root.Options.Add(_progress);
        root.Options.Add(_parallel);
        root.Validators.Add(result =>
        {
            InputCollector.RejectUnknownOptions(result, _inputs, _literal);
            if (result.GetValue(_sample) && result.GetValue(_inputs) is { Length: > 0 })
            {
                result.AddError("--sample summarizes the bundled sample article; it takes no inputs.");
            }

            if (result.GetValue(_highlight) && result.GetValue(_format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                result.AddError("--highlight prints text or markdown; JSON already has every sentence's offsets.");
            }

            // Flags whose output the chosen format does not print would be ignored silently: refuse them. (An option
            // whose value did not parse is reported by its own check, and only so.)
            var ranking = (Option<bool>)_options.OptionNamed(OptionCatalog.IncludeRanking.Name);
            if (CliOptions.Parsed(result, _format))
            {
                OutputFormat format = result.GetValue(_format);
                if (CliOptions.Given(result, _options.Keywords) && result.GetValue(_options.Keywords) > 0 && format == OutputFormat.Text)
                {
                    result.AddError("--keywords are printed in json, jsonl and markdown output, not in text; add --format json or markdown.");
                }

                if (CliOptions.Given(result, ranking) && result.GetValue(ranking) && format is OutputFormat.Text or OutputFormat.Markdown)
                {
                    result.AddError("--ranking lists every sentence's score and rank in json and jsonl output; add --format json.");
                }
            }

            if (CliOptions.Given(result, _color) && result.GetValue(_color) is "auto" or "always" or "never" && !result.GetValue(_highlight))
            {
                result.AddError("--color colours the marks of --highlight; give --highlight too.");
            }

            InputFormats.RejectBoth(result, _html, _subtitles);
        });
        root.SetAction((result, cancellationToken) => Task.FromResult(Run(result, cancellationToken)));
    }

    /// <summary>The arguments of the root command (the inputs), so that a subcommand can refuse them.</summary>
    public Argument<string[]> Inputs => _inputs;

    private sealed record Settings(OutputFormat Format, bool Highlight, bool Colour, InputFormat? Input, string? Query, bool Batch, InputEncoding Encoding);

    /// <param name="Output">The document's output; null when it failed.</param>
    /// <param name="Error">Why it failed; null when it did not.</param>
    /// <param name="Sentences">How many sentences the summary has.</param>
    /// <param name="Note">What standard error says beside the output (no sentence, too short); null for nothing.</param>
    /// <param name="ReadNote">What standard error says about how the input was read (<see cref="InputDocument.Note"/>); null for nothing.</param>
    private readonly record struct DocumentResult(string? Output, string? Error, int Sentences, string? Note = null, string? ReadNote = null);

    private int Run(ParseResult result, CancellationToken cancellationToken)
    {
        OutputFormat format = result.GetValue(_format);
        int? keywords = format == OutputFormat.Markdown && !SummarizerOptionSet.IsGiven(result, _options.Keywords) ? MarkdownKeywords : null;
        var summarizer = ExtractiveSummarizer.Create(_options.Build(result, keywords));
        List<InputItem> items = Collect(result, result.GetValue(_encoding), summarizer.Options.MaxInputLength, cancellationToken);
        string color = result.GetValue(_color)!;
        var settings = new Settings(
            format,
            result.GetValue(_highlight),
            color == "always" || (color == "auto" && _console.OutputIsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))),
            InputFormats.Of(result, _html, _subtitles),
            result.GetValue(_options.Query),
            !result.GetValue(_sample) && BatchShape.Of(result.GetValue(_inputs) ?? []),
            result.GetValue(_encoding));
        string progress = result.GetValue(_progress)!;
        // A dataset file's documents are read as they are summarized: how many there are is not known up front.
        bool datasets = items.Exists(DatasetInputs.IsDataset);
        bool drawProgress = !datasets && items.Count > 1 && (progress == "always" || (progress == "auto" && _console.ErrorIsTerminal));
        int parallel = result.GetValue(_parallel) is > 0 and var p ? p : Environment.ProcessorCount;

        int code = ExitCodes.Success;
        if (drawProgress)
        {
            ProgressDisplay.Run(_console.Error, items.Count, sink => code = RunBatch(items, items.Count, summarizer, settings, parallel, sink, cancellationToken));
        }
        else
        {
            IEnumerable<InputItem> documents = datasets ? DatasetInputs.Expand(items, settings.Encoding, cancellationToken) : items;
            code = RunBatch(documents, datasets ? null : items.Count, summarizer, settings, parallel, new PlainSink(_console.Error), cancellationToken);
        }

        return code;
    }

    private List<InputItem> Collect(ParseResult result, InputEncoding encoding, int maxInputLength, CancellationToken cancellationToken)
    {
        string[] inputs = result.GetValue(_inputs) ?? [];
        if (result.GetValue(_sample) || (inputs.Length == 0 && _console.InputIsTerminal))
        {
            if (!result.GetValue(_sample))
            {
                _console.Error.WriteLine($"summarize: no input given; summarizing {InputReader.SampleName}.");
            }

            return [new InputItem("sample-article.txt", Text: InputReader.ReadSample())];
        }

        List<InputItem> items = InputCollector.Collect(inputs.Length == 0 ? ["-"] : inputs, result.GetValue(_glob)!, _console.Error);
        InputCollector.ReadStandardInput(items, _console, encoding, maxInputLength, cancellationToken);
        return items;
    }

    // total: how many documents the items hold; null when a dataset file makes it unknown up front.
    private int RunBatch(IEnumerable<InputItem> items, int? total, ExtractiveSummarizer summarizer, Settings settings, int parallel, IProgressSink sink, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        int written = 0;
        int failed = 0;
        long sentences = 0;
        string? outputFailure = null;
        try
        {
            // The library's ordered parallel map (as ExtractiveSummarizer.SummarizeMany uses): reading and rendering
            // run in parallel too, results come in input order, and leaving the loop stops the work in progress.
            IEnumerable<DocumentResult> documents = OrderedParallel.Select(
                items, (item, _, token) => Process(item, summarizer, settings, token), parallel, null, cancellationToken);
            foreach (DocumentResult document in documents)
            {
                if (document.Error is not null)
                {
                    failed++;
                    sink.Error($"summarize: {document.Error}");
                }
                else
                {
                    try
                    {
                        string prefix = Separator(settings, written);
                        _console.Out.Write(prefix + document.Output);
                        _console.Out.Flush();
                    }
                    catch (IOException e)
                    {
                        outputFailure = CliApp.OutputFailure(e);
                        break;
                    }

                    written++;
                    sentences += document.Sentences;
                    if (document.ReadNote is not null)
                    {
                        sink.Error($"summarize: {document.ReadNote}");
                    }

                    if (document.Note is not null)
                    {
                        sink.Error($"summarize: {document.Note}");
                    }
                }

                sink.Advance();
            }

            if (outputFailure is null)
            {
                CloseArray(settings, written);
            }
        }
        catch (IOException e)
        {
            outputFailure = CliApp.OutputFailure(e);
        }
        catch (OperationCanceledException)
        {
            // Interrupted: the documents written so far stay a valid JSON array.
            CloseArray(settings, written);
            throw;
        }

        clock.Stop();
        if (outputFailure is not null)
        {
            sink.Error($"summarize: {outputFailure}; stopped after {written}{(total is { } count ? $" of {count}" : string.Empty)} documents.");
            return ExitCodes.InputError;
        }

        if (settings.Batch)
        {
            double seconds = clock.Elapsed.TotalSeconds;
            sink.Error(string.Create(CultureInfo.InvariantCulture,
                $"summarize: {(written == 1 ? "1 document" : $"{written} documents")}, {(sentences == 1 ? "1 sentence" : $"{sentences} sentences")} in {seconds:0.00} s ({written / Math.Max(seconds, 1e-3):0} documents/s){(failed > 0 ? $"; {failed} failed" : string.Empty)}."));
        }

        return failed > 0 ? ExitCodes.InputError : ExitCodes.Success;
    }

    /// <summary>Ends the JSON array of a batch (an empty one when nothing was written).</summary>
    private void CloseArray(Settings settings, int written)
    {
        if (settings.Format == OutputFormat.Json && settings.Batch)
        {
            _console.Out.Write(written == 0 ? "[]\n" : "]\n");
            _console.Out.Flush();
        }
    }

    /// <summary>What goes before a document's output: a header between text documents, commas in a JSON array.</summary>
    private static string Separator(Settings settings, int written)
    {
        if (!settings.Batch)
        {
            return string.Empty;
        }

        return settings.Format switch
        {
            OutputFormat.Json => written == 0 ? "[\n" : ",\n",
            OutputFormat.Jsonl => string.Empty,
            _ => written == 0 ? string.Empty : "\n",
        };
    }

    private static DocumentResult Process(InputItem item, ExtractiveSummarizer summarizer, Settings settings, CancellationToken cancellationToken)
    {
        if (item.Error is not null)
        {
            return new DocumentResult(null, item.Error, 0);
        }

        try
        {
            InputDocument document = InputReader.Read(item, settings.Input, settings.Encoding, summarizer.Options.MaxInputLength, cancellationToken);
            ExtractiveSummarizer forDocument = HtmlHeadingSplitter.For(summarizer, document);
            Summary summary = forDocument.Summarize(document.Text, settings.Query, null, cancellationToken);
            string output = Render(item, document, summary, forDocument, settings);
            return new DocumentResult(output, null, summary.SentenceCount, Note(item, summary), document.Note);
        }
        catch (InputException e)
        {
            return new DocumentResult(null, e.Message, 0);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One bad document (a parser failure on odd HTML, say) must not stop a batch.
            return new DocumentResult(null, Failure(item.Name, e, summarizer.Options), 0);
        }
    }

    /// <summary>
    /// What to say of a document the summarizer failed on: a graph too large for the caps lifted (the library's
    /// documented refusal) in the options' command-line names; anything else with its exception's type, for a report.
    /// </summary>
    internal static string Failure(string name, Exception e, SummarizerOptions options) =>
        e is InvalidOperationException && (options.MaxEdgesPerSentence == 0 || options.MaxTermSentences == 0)
            ? $"{name}: {e.Message.Replace("MaxEdgesPerSentence", "--max-edges-per-sentence", StringComparison.Ordinal).Replace("MaxTermSentences", "--max-term-sentences", StringComparison.Ordinal)}"
            : $"{name}: failed ({e.GetType().Name}: {e.Message}).";

    /// <summary>
    /// What to say when the summary does not shorten the text: it has no sentence, no sentence could be chosen, or the
    /// text is no longer than the budget (a sentence count it does not exceed, or a budget that took every sentence).
    /// A ratio of 1 asks for every sentence, so taking them all is no news.
    /// </summary>
    internal static string? Note(InputItem item, Summary summary)
    {
        string name = item.DisplayName;
        int count = summary.SentenceCount;
        if (count == 0)
        {
            return $"{name}: has no sentence to summarize.";
        }

        if (summary.Sentences.Count == 0)
        {
            return $"{name}: no sentence fits the budget and the sentence-length limits; the summary is empty.";
        }

        SummaryBudget budget = summary.Budget;
        string sentences = count == 1 ? "1 sentence" : $"{count} sentences";
        if (budget.Unit == BudgetUnit.Sentences && count <= budget.Limit)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{name}: too short to summarize: {sentences}, and the summary takes up to {budget.Limit}.");
        }

        if (summary.Sentences.Count == count && !(budget.Unit == BudgetUnit.Ratio && budget.Limit >= 1))
        {
            return $"{name}: too short to summarize: all of its {sentences} fit the budget.";
        }

        return null;
    }

    /// <summary>Whether the input is Markdown already (a <c>.md</c> or <c>.markdown</c> file read as it is), so that Markdown output keeps its markup.</summary>
    private static bool IsMarkdownSource(InputItem item, InputDocument document) =>
        !document.Extracted && !item.IsStandardInput && (item.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || item.Name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase));

    private static string Render(InputItem item, InputDocument document, Summary summary, ExtractiveSummarizer summarizer, Settings settings)
    {
        (string text, string? title) = (document.Text, document.Title);
        // A lone standard input has no name to print; in a batch its element says "-", as JSON Lines' does.
        string? path = item.IsStandardInput && !settings.Batch ? null : item.Name;
        switch (settings.Format)
        {
            case OutputFormat.Json:
                return JsonOutput.Summary(summary, path, title, articleText: document.CarriesText ? text : null);
            case OutputFormat.Jsonl:
                return JsonOutput.Summary(summary, item.Name, title, indented: false, articleText: document.CarriesText ? text : null);
            case OutputFormat.Markdown:
                // A Markdown post's front matter gave its title: the highlighted text starts after it.
                (string heading, int body) = title is null ? Title(item, document, summarizer)
                    : (title, document.Extracted ? 0 : SplitMarkup.FrontMatterLength(text));
                return settings.Highlight
                    ? TextOutput.Highlight(text, summary, HighlightStyle.Markdown, heading, body, literal: IsMarkdownSource(item, document))
                    : TextOutput.Markdown(summary, heading, IsMarkdownSource(item, document), BrokenWords.Of(text));
            default:
                string header = settings.Batch ? TextOutput.Header(item.Name) : string.Empty;
                if (!settings.Highlight)
                {
                    // A Markdown source's sentences print as it renders them, without their inline markup.
                    bool markdown = IsMarkdownSource(item, document);
                    var lines = new List<string>(summary.Sentences.Count);
                    foreach (SummarySentence sentence in summary.Sentences)
                    {
                        lines.Add(markdown ? MarkdownPlain.Of(sentence.Text) : sentence.Text);
                    }

                    return header + TextOutput.Lines(lines, BrokenWords.Of(text));
                }

                HighlightStyle style = document.Html ? HighlightStyle.Html : settings.Colour ? HighlightStyle.Ansi : HighlightStyle.Brackets;
                return header + TextOutput.Highlight(text, summary, style, title, headings: document.Headings);
        }
    }

    /// <summary>
    /// The document's own heading when it starts with one (without Markdown's <c>#</c> marks, its runs of white space
    /// one space, and without a page number set apart by a gap of six spaces or more, as a running header of text
    /// taken from a PDF has it: "Annual Report 2025            3"), with the offset where the text after it begins;
    /// else the file name, and 0. A transcript starts with what is said, never with a heading: its title is the file name.
    /// </summary>
    private static (string Title, int Body) Title(InputItem item, InputDocument document, ExtractiveSummarizer summarizer)
    {
        string text = document.Text;
        IReadOnlyList<SentenceSpan> spans = document.Format == InputFormat.Subtitles ? [] : summarizer.SplitterFor(text).Split(text);
        if (spans.Count > 0 && spans[0].Kind == SentenceKind.Heading
            && HeadingTitle(text.Substring(spans[0].Start, spans[0].Length)) is { Length: > 0 } heading)
        {
            return (heading, spans[0].Start + spans[0].Length);
        }

        return (item.IsStandardInput ? "Summary" : Path.GetFileNameWithoutExtension(item.Name), 0);
    }

    /// <summary>A heading line as a title: see <see cref="Title"/>.</summary>
    internal static string HeadingTitle(string line)
    {
        ReadOnlySpan<char> heading = WithoutPageNumber(WithoutPageNumber(line.AsSpan().TrimStart('#').Trim(), atEnd: true), atEnd: false);
        return HtmlText.Collapse(heading.ToString());
    }

    /// <summary>The least white space that sets a running header's page number apart ("Windows   11" is a name).</summary>
    private const int MinPageNumberGap = 6;

    /// <summary>
    /// <paramref name="heading"/> without the page number at its end (or start): at most four digits set apart from
    /// the rest by at least <see cref="MinPageNumberGap"/> characters of white space.
    /// </summary>
    private static ReadOnlySpan<char> WithoutPageNumber(ReadOnlySpan<char> heading, bool atEnd)
    {
        int digits = 0;
        while (digits < heading.Length && char.IsAsciiDigit(heading[atEnd ? heading.Length - 1 - digits : digits]))
        {
            digits++;
        }

        ReadOnlySpan<char> rest = atEnd ? heading[..^digits] : heading[digits..];
        ReadOnlySpan<char> trimmed = atEnd ? rest.TrimEnd() : rest.TrimStart();
        return digits is >= 1 and <= 4 && !trimmed.IsEmpty && rest.Length - trimmed.Length >= MinPageNumberGap ? trimmed : heading;
    }
}

/// <summary>Where a batch reports progress and per-document errors.</summary>
internal interface IProgressSink
{
    void Advance();

    void Error(string line);
}

/// <summary>No progress bar: errors go to standard error as they come, one line each.</summary>
internal sealed class PlainSink(TextWriter error) : IProgressSink
{
    public void Advance()
    {
    }

    public void Error(string line)
    {
        error.WriteLine(line);
        error.Flush();
    }
}
