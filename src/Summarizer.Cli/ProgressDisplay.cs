using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Summarizer.Cli;

/// <summary>
/// The progress bar of a batch, drawn on standard error with Spectre.Console: done/total, rate and time left. Kept in
/// its own type so that Spectre.Console is loaded only when a bar is drawn (a single document starts faster).
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Draws the bar on <paramref name="error"/> while <paramref name="batch"/> runs.</summary>
    /// <param name="error">Standard error; a <see cref="QuietWriter"/> is written through unfiltered, so that the bar's
    /// escape sequences are not made printable (they were shown as "\uFFFD[2K"), and the lines of
    /// <see cref="IProgressSink.Error"/> are made printable here.</param>
    /// <param name="total">The number of documents.</param>
    /// <param name="batch">The batch, reporting to the sink.</param>
    /// <param name="ansi">Whether escape sequences are written; detected from the terminal but in tests.</param>
    public static void Run(TextWriter error, int total, Action<IProgressSink> batch, AnsiSupport ansi = AnsiSupport.Detect)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error is QuietWriter quiet ? quiet.Unfiltered : error),
            Ansi = ansi,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        console.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new CountColumn(),
                new RateColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("summarizing", maxValue: total);
                batch(new SpectreSink(console, task));
            });
    }

    private sealed class SpectreSink(IAnsiConsole console, ProgressTask task) : IProgressSink
    {
        public void Advance() => task.Increment(1);

        // Written through the same console, the line goes above the live bar instead of through it; as one line, not
        // wrapped at the console's width, so that a log keeps each "summarize: ..." message on a line of its own.
        public void Error(string line) => console.Write(new UnwrappedLine(ControlCharacters.Printable(line)));
    }

    /// <summary>A line of text that is written whole, however wide the console: the terminal wraps it if it must.</summary>
    private sealed class UnwrappedLine(string text) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => new(Math.Min(text.Length, maxWidth), Math.Min(text.Length, maxWidth));

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [new Segment(text), Segment.LineBreak];
    }

    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0}"));
    }

    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:0}/s") : "-/s");
    }
}
