using System;
using System.Collections.Generic;
using BenchmarkDotNet.Reports;
using BenchmarkSummary = BenchmarkDotNet.Reports.Summary;
using BenchmarkDotNet.Running;

namespace Summarizer.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher) and returns non-zero when any of
    /// them failed, which BenchmarkDotNet itself does not do.
    /// </summary>
    public static int Main(string[] args)
    {
        IEnumerable<BenchmarkSummary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
        int failed = 0;
        int ran = 0;
        foreach (BenchmarkSummary summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                failed++;
                Console.Error.WriteLine($"Benchmark validation failed in {summary.Title}.");
            }

            foreach (BenchmarkReport report in summary.Reports)
            {
                ran++;
                if (!report.Success)
                {
                    failed++;
                    Console.Error.WriteLine($"Benchmark failed: {report.BenchmarkCase.DisplayInfo}");
                }
            }
        }

        Console.WriteLine($"Benchmarks: {ran} ran, {failed} failed.");
        return failed == 0 ? 0 : 1;
    }
}
