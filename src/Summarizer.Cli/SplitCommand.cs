using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer.Cli;

/// <summary>
/// <c>summarize split</c>: the sentences the summary works on, from the same inputs (files, directories, standard input,
/// the main article of HTML pages, the transcript of subtitles) and with the same splitter (<c>--language</c>, <c>--splitter</c>), as lines or with their offsets,
/// kinds and paragraphs as JSON.
/// </summary>
internal static class SplitCommand
{
    /// <summary>What <c>split</c> does, for the help (also when the command itself is not built).</summary>
    public const string Description = "Prints the sentences of texts: one a line, or with offsets, kinds and paragraphs as JSON.";

    /// <param name="console">Where the command reads and writes.</param>
    /// <param name="literal">How many arguments follow <c>--</c> on the command line (file names whatever they look like).</param>
    public static Command Build(CliConsole console, int literal = 0)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories to split, or - for standard input (the default). When standard input is a terminal, "
                + "the bundled sample article is split. A .jsonl dataset (as eval reads) is one document a line, named by its id; "
                + "a .json file holds one such document.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<OutputFormat> format = CliOptions.Choice(
            "--format",
            ["-f"],
            "Output format: text (one sentence a line), json (per document an object whose sentences have text, start, "
                + "length, kind and paragraph; an array for several inputs or a directory) or jsonl (one such object a line, with its path).",
            OutputFormats.s_textJsonOrJsonl);
        Option<string> language = SummarizerOptionSet.CreateLanguageOption();
        Option<string> splitterOption = SummarizerOptionSet.CreateSplitterOption();
        Option<int> maxInputLength = SummarizerOptionSet.CreateMaxInputLengthOption();
        Option<InputEncoding> encoding = InputEncodings.CreateOption();
        var html = new Option<bool>("--html")
        {
            Description = "Read the inputs as web pages and split their main article, as the summary does (automatic for .html/.htm "
                + "files, and for markup or a news feed on standard input or in a file not named as text: .txt/.md/.rst, or the source of wikitext, LaTeX, BBCode, AsciiDoc, Org, Textile, CSV or a log); offsets are into the article text, which JSON output includes.",
        };
        Option<bool> subtitles = InputFormats.CreateSubtitlesOption("split", "; offsets are into the transcript, which JSON output includes");
        Option<string> glob = InputCollector.CreateGlobOption();
        var command = new Command("split", Description)
        {
            inputs,
            format,
            language,
            splitterOption,
            html,
            subtitles,
            encoding,
            glob,
            maxInputLength,
        };
        command.Validators.Add(result =>
        {
            InputCollector.RejectUnknownOptions(result, inputs, literal);
            InputFormats.RejectBoth(result, html, subtitles);
        });
        command.SetAction((result, cancellationToken) =>
        {
            // The summarizer's own choice of splitter, so that split shows the sentences summarize ranks.
            ExtractiveSummarizer splitter = ExtractiveSummarizer.Create(new SummarizerOptions
            {
                Language = SummarizerOptionSet.ParseLanguage(result.GetValue(language)!),
                Splitter = SummarizerOptionSet.SplitterOf(result, splitterOption),
                MaxInputLength = result.GetValue(maxInputLength),
            });
            InputEncoding chosen = result.GetValue(encoding);
            string[] named = result.GetValue(inputs) ?? [];
            List<InputItem> items = Collect(named, result.GetValue(glob)!, chosen, splitter.Options.MaxInputLength, console, cancellationToken);
            return Task.FromResult(Run(DatasetInputs.Expand(items, chosen, cancellationToken), BatchShape.Of(named), splitter, result.GetValue(format), InputFormats.Of(result, html, subtitles), chosen, console, cancellationToken));
        });
        return command;
    }

    private static List<InputItem> Collect(string[] inputs, string glob, InputEncoding encoding, int maxInputLength, CliConsole console, CancellationToken cancellationToken)
    {
        if (inputs.Length == 0 && console.InputIsTerminal)
        {
            console.Error.WriteLine($"summarize: no input given; splitting {InputReader.SampleName}.");
            return [new InputItem("sample-article.txt", Text: InputReader.ReadSample())];
        }

        List<InputItem> items = InputCollector.Collect(inputs.Length == 0 ? ["-"] : inputs, glob, console.Error);
        InputCollector.ReadStandardInput(items, console, encoding, maxInputLength, cancellationToken);
        return items;
    }

    /// <summary>
    /// Splits each input and writes its output whole; an input that fails is reported and the others go on.
    /// <paramref name="batch"/> (<see cref="BatchShape"/>) makes JSON an array and gives text a header per input. A
    /// cancellation stops it between documents (or while one is read), with a JSON batch closed as a valid array.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal static int Run(IEnumerable<InputItem> items, bool batch, ExtractiveSummarizer splitter, OutputFormat format, InputFormat? input, InputEncoding encoding, CliConsole console, CancellationToken cancellationToken)
    {
        int written = 0;
        int failed = 0;
        try
        {
            foreach (InputItem item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.Error is not null)
                {
                    failed++;
                    console.Error.WriteLine($"summarize: {item.Error}");
                    continue;
                }

                string output;
                IReadOnlyList<SentenceSpan> spans;
                string? note;
                try
                {
                    InputDocument document = InputReader.Read(item, input, encoding, splitter.Options.MaxInputLength, cancellationToken);
                    spans = HtmlHeadingSplitter.For(splitter, document).SplitterFor(document.Text).Split(document.Text);
                    output = Render(item, document, spans, splitter.Options.Language ?? Language.Detect(document.Text), format, batch);
                    note = document.Note;
                }
                catch (InputException e)
                {
                    failed++;
                    console.Error.WriteLine($"summarize: {e.Message}");
                    continue;
                }

                string prefix = !batch ? string.Empty : format switch
                {
                    OutputFormat.Json => written == 0 ? "[\n" : ",\n",
                    OutputFormat.Jsonl => string.Empty,
                    _ => written == 0 ? string.Empty : "\n",
                };
                console.Out.Write(prefix + output);
                console.Out.Flush();
                written++;
                if (note is not null)
                {
                    console.Error.WriteLine($"summarize: {note}");
                }

                if (spans.Count == 0)
                {
                    console.Error.WriteLine($"summarize: {item.DisplayName}: has no sentence.");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Interrupted: the documents written so far stay a valid JSON array.
            CloseArray(console, format, batch, written);
            throw;
        }

        CloseArray(console, format, batch, written);
        return failed > 0 ? ExitCodes.InputError : ExitCodes.Success;
    }

    /// <summary>Ends the JSON array of a batch (an empty one when nothing was written).</summary>
    private static void CloseArray(CliConsole console, OutputFormat format, bool batch, int written)
    {
        if (batch && format == OutputFormat.Json)
        {
            console.Out.Write(written == 0 ? "[]\n" : "]\n");
            console.Out.Flush();
        }
    }

    private static string Render(InputItem item, InputDocument document, IReadOnlyList<SentenceSpan> spans, Language language, OutputFormat format, bool batch)
    {
        string text = document.Text;
        // A lone standard input has no name to print; in a batch its element says "-", as JSON Lines' does.
        string? path = item.IsStandardInput && !batch ? null : item.Name;
        switch (format)
        {
            case OutputFormat.Json:
                return JsonOutput.Split(text, spans, language.Code, path, document.Title, document.CarriesText);
            case OutputFormat.Jsonl:
                return JsonOutput.Split(text, spans, language.Code, item.Name, document.Title, document.CarriesText, indented: false);
            default:
                var lines = new List<string>(spans.Count);
                foreach (SentenceSpan span in spans)
                {
                    lines.Add(text.Substring(span.Start, span.Length));
                }

                return (batch ? TextOutput.Header(item.Name) : string.Empty) + TextOutput.Lines(lines, BrokenWords.Of(text));
        }
    }
}
