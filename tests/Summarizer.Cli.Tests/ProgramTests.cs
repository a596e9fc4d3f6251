using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer.Cli.Tests;

/// <summary>
/// The process as a shell starts it, for what only the host sees: standard input closed, standard error that cannot
/// be written.
/// </summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task StandardInputClosed_SaysSoAndExitsOne()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Told by /proc.
        }

        (int code, string output, string error) = await Shell("-n 1 <&-");

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Equal("summarize: standard input: is closed.\n", error);
        Assert.Equal(string.Empty, output);
    }

    [Theory]
    [InlineData("/dev/stdin <&-", "/dev/stdin")]
    [InlineData("/proc/self/fd/0 <&-", "/proc/self/fd/0")]
    [InlineData("eval --dataset /dev/stdin <&-", "/dev/stdin")]
    [InlineData("--background-frequencies /dev/stdin /dev/null <&-", "/dev/stdin")]
    public async Task StandardInputClosed_NamedAsAFile_SaysSoInsteadOfWaiting(string arguments, string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Told by /proc.
        }

        (int code, string output, string error) = await Shell(arguments);

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Equal($"summarize: {path}: is standard input, which is closed.\n", error);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task StandardInputClosed_NamedAsEvalsOutput_SaysSoInsteadOfLosingTheReport()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Told by /proc.
        }

        string dataset = Path.Combine(Path.GetTempPath(), $"summarize-closed-stdin-{Environment.ProcessId}.jsonl");
        File.WriteAllText(dataset, """{"id": "a", "title": null, "text": "One sentence is long enough here. Two sentences are here as well.", "references": [["One sentence."]]}""" + "\n");
        try
        {
            (int code, string output, string error) = await Shell($"eval --dataset {dataset} --out /dev/stdin <&-");

            Assert.Equal(ExitCodes.InputError, code);
            Assert.Equal("summarize: /dev/stdin: is standard input, which is closed.\n", error);
            Assert.Equal(string.Empty, output);
        }
        finally
        {
            File.Delete(dataset);
        }
    }

    [Theory]
    [InlineData("missing.txt 2>/dev/full", ExitCodes.InputError)]
    [InlineData("missing.txt 2>&-", ExitCodes.InputError)]
    [InlineData("--bogus 2>/dev/full", ExitCodes.UsageError)]
    public async Task StandardErrorUnwritable_ExitsWithTheCodeSilently(string arguments, int expected)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /dev/full
        }

        (int code, string output, _) = await Shell(arguments);

        Assert.Equal(expected, code);
        Assert.Equal(string.Empty, output);
    }

    /// <summary>Runs the command through sh with <paramref name="arguments"/> and redirections as a shell reads them.</summary>
    private static async Task<(int Code, string Output, string Error)> Shell(string arguments)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])["-c", "exec dotnet \"$0\" " + arguments, Path.Combine(AppContext.BaseDirectory, "summarize.dll")])
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task<string> output = process.StandardOutput.ReadToEndAsync();

        // Bounded only so that a command that waits for ever fails instead of hanging the tests.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            Assert.Fail($"summarize {arguments} did not end");
        }

        return (process.ExitCode, await output, await error);
    }
}
