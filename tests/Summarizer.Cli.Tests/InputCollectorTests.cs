using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Summarizer.Cli.Tests;

/// <summary>Which files a run reads: a FIFO found in a directory is skipped and said so, as reading it would wait for ever.</summary>
public sealed class InputCollectorTests() : TempFolder("summarize-collect-")
{
    [Fact]
    public void Collect_FifoInADirectory_IsSkippedWithANote()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // mkfifo(1)
        }

        string text = Write(Path.Combine("d", "a.txt"), TestTexts.Article);
        string fifo = MakeFifo(Path.Combine("d", "pipe.txt"));
        var notes = new StringWriter();

        List<InputItem> items = InputCollector.Collect([Path.Combine(Folder, "d")], InputCollector.DefaultGlob, notes);

        Assert.Equal([new InputItem(text)], items);
        Assert.Equal($"summarize: {fifo}: not a regular file (a FIFO, socket or device); skipped.\n", notes.ToString());
    }

    [Fact]
    public void Walk_SymbolicLinkToADirectory_IsSkippedWithANote_AndFollowedWhenNamed()
    {
        string text = Write(Path.Combine("d", "a.txt"), TestTexts.Article);
        string linked = Write(Path.Combine("elsewhere", "b.txt"), TestTexts.Article);
        string link = Path.Combine(Folder, "d", "archive");
        Directory.CreateSymbolicLink(link, Path.Combine(Folder, "elsewhere"));
        var notes = new StringWriter();

        List<InputItem> walked = InputCollector.Collect([Path.Combine(Folder, "d")], InputCollector.DefaultGlob, notes);
        List<InputItem> named = InputCollector.Collect([link], InputCollector.DefaultGlob, new StringWriter());

        Assert.Equal([new InputItem(text)], walked);
        Assert.Equal($"summarize: {link}: a symbolic link to a directory, not followed in a walk (it could make a cycle); skipped: name it on the command line to summarize its files.\n", notes.ToString().ReplaceLineEndings("\n"));
        Assert.Equal([new InputItem(Path.Combine(link, "b.txt"))], named);
        Assert.True(File.Exists(linked));
    }

    [Theory]
    [InlineData("-n", "1")]
    [InlineData("split", "--format", "json")]
    public async Task Directory_WithAFifo_SummarizesTheFiles_AndEnds(params string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // mkfifo(1)
        }

        Write(Path.Combine("d", "a.txt"), TestTexts.Article);
        MakeFifo(Path.Combine("d", "pipe.txt"));
        string[] command = args[0] == "split" ? [.. args, Path.Combine(Folder, "d")] : [Path.Combine(Folder, "d"), .. args];

        // Bounded only so that a run that waits on the FIFO fails instead of hanging the tests.
        CliResult result = await Task.Run(() => CliRunner.Run(null, command)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, result.ExitCode);
        Assert.NotEqual(string.Empty, result.Out);
        Assert.Contains("pipe.txt: not a regular file (a FIFO, socket or device); skipped.", result.Error, StringComparison.Ordinal);
    }

    private string MakeFifo(string name)
    {
        string path = Path.Combine(Folder, name);
        using Process process = Process.Start("mkfifo", [path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }
}
