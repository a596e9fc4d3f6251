using System;
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
    public static void Run(TextWriter error, int total, Action<IProgressSink> batch)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.Detect,
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

        // Written through the same console, the line goes above the live bar instead of through it.
        public void Error(string line) => console.WriteLine(line);
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
