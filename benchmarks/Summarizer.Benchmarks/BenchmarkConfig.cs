using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Reports;

namespace Summarizer.Benchmarks;

/// <summary>
/// The one configuration every benchmark shares: memory diagnoser, GitHub-markdown tables, and the job chosen on
/// the command line (<c>--job short</c> for a quick local run, <c>--job dry</c> as the CI smoke test).
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .AddColumn(StatisticColumn.Median)
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40))
        .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
}
