using System;
using System.Linq;

namespace Summarizer.Cli.Tests;

/// <summary>What the command says beside its output: inputs with nothing to summarize, help width, misplaced inputs.</summary>
public sealed class CliMessagesTests : TempFolder
{
    private const string Article = TestTexts.Article;
    private const string TwoSentences = "The council met on Monday to vote. The budget for parks was doubled.";

    public CliMessagesTests()
        : base("summarize-messages-")
    {
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("markdown")]
    public void NoSentence_EveryFormat_SaysSoOnStandardErrorAndExitsZero(string format)
    {
        CliResult result = CliRunner.Run("  \n\n  ", "-", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("summarize: standard input: has no sentence to summarize.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("", "text")]
    [InlineData("", "json")]
    [InlineData("<html><head><title>Nothing here</title></head><body><script>var x = 1;</script></body></html>", "text")]
    [InlineData("<html><head><title>Nothing here</title></head><body><script>var x = 1;</script></body></html>", "markdown")]
    [InlineData("<html><body><nav><button>Share</button></nav></body></html>", "jsonl")]
    public void HtmlWithoutArticleText_IsLikeAnEmptyText_SaysSoAndExitsZero(string html, string format)
    {
        string path = Write("empty.html", html);

        CliResult result = CliRunner.Run(null, path, "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"summarize: {path}: has no sentence to summarize.\n", result.Error.ReplaceLineEndings("\n"));
        if (format.StartsWith("json", StringComparison.Ordinal))
        {
            using var json = System.Text.Json.JsonDocument.Parse(result.Out);
            Assert.Equal(0, json.RootElement.GetProperty("sentenceCount").GetInt32());
            Assert.Equal(string.Empty, json.RootElement.GetProperty("text").GetString());
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Split_HtmlWithoutArticleText_IsLikeAnEmptyText(string format)
    {
        string path = Write("empty.html", "<html><head><title>Nothing here</title></head><body></body></html>");
        string emptyText = Write("empty.txt", string.Empty);

        CliResult html = CliRunner.Run(null, "split", path, "--format", format);
        CliResult text = CliRunner.Run(null, "split", emptyText, "--format", format);

        Assert.Equal(0, html.ExitCode);
        Assert.Equal($"summarize: {path}: has no sentence.\n", html.Error.ReplaceLineEndings("\n"));
        Assert.Equal(text.ExitCode, html.ExitCode);
        if (format == "text")
        {
            Assert.Equal(text.Out, html.Out);
        }
    }

    [Fact]
    public void Batch_HtmlWithoutArticleText_IsNotAFailure()
    {
        Write("a-empty.html", string.Empty);
        Write("b-full.txt", Article);

        CliResult result = CliRunner.Run(null, Folder, "--progress", "never", "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Out.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("a-empty.html: has no sentence to summarize.", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 documents", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("markdown")]
    public void TooShort_EveryFormat_SaysSoAndStillPrintsTheSentences(string format)
    {
        string path = Write("short.txt", TwoSentences);

        CliResult result = CliRunner.Run(null, path, "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("doubled", result.Out, StringComparison.Ordinal);
        Assert.Equal(
            $"summarize: {path}: too short to summarize: 2 sentences, and the summary takes up to 3.\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TooShort_OtherBudget_EverySentenceTaken_SaysSo()
    {
        CliResult result = CliRunner.Run(TwoSentences, "-", "--words", "100");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("summarize: standard input: too short to summarize: all of its 2 sentences fit the budget.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void NoSentenceWithinTheLimits_SaysTheSummaryIsEmpty()
    {
        CliResult result = CliRunner.Run(Article, "-", "--max-words", "2", "--min-words", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("standard input: no sentence fits the budget and the sentence-length limits", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("markdown")]
    public void Batch_EveryFormat_NamesEachFileWithNothingToSummarize(string format)
    {
        string empty = Write("a-empty.txt", "\n");
        string full = Write("b-full.txt", Article);
        string shortText = Write("c-short.txt", TwoSentences);

        CliResult result = CliRunner.Run(null, "--progress", "never", "--format", format, empty, full, shortText);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(
            [
                $"summarize: {empty}: has no sentence to summarize.",
                $"summarize: {shortText}: too short to summarize: 2 sentences, and the summary takes up to 3.",
            ],
            lines[..^1]);
        Assert.StartsWith("summarize: 3 documents", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_NoSentence_SaysSo()
    {
        CliResult result = CliRunner.Run("\n \n", "split", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal("summarize: standard input: has no sentence.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("eval", "--help")]
    [InlineData("split", "--help")]
    public void Help_NotATerminal_WrapsAtOneHundredColumns(params string[] args)
    {
        CliResult help = CliRunner.Run(null, args);

        int widest = help.Out.ReplaceLineEndings("\n").Split('\n').Max(line => line.TrimEnd().Length);
        Assert.Equal(0, help.ExitCode);
        Assert.InRange(widest, 81, CliConsole.RedirectedHelpWidth);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(132)]
    public void Help_Terminal_WrapsAtItsWidth(int width)
    {
        string help = CliRunner.Help(width, "--help");

        int widest = help.ReplaceLineEndings("\n").Split('\n').Max(line => line.TrimEnd().Length);
        Assert.InRange(widest, width - 20, width);
    }

    [Theory]
    [InlineData("eval", "eval [options]")]
    [InlineData("split", "split [<inputs>...] [options]")]
    public void Help_OfASubcommand_OffersNotTheSummaryInputs(string command, string usage)
    {
        CliResult help = CliRunner.Run(null, command, "--help");

        // The root command is named after the executable, which in tests is the test host.
        string[] lines = help.Out.ReplaceLineEndings("\n").Split('\n');
        string[] usageLine = lines[Array.IndexOf(lines, "Usage:") + 1].Trim().Split(' ', 2);
        Assert.Equal(usage, usageLine[1]);
        Assert.DoesNotContain("Files or directories to summarize", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_OfEval_OffersNoInputsAndOnlyItsFormats()
    {
        CliResult help = CliRunner.Run(null, "eval", "--help");

        string format = help.Out.Split('\n').Single(line => line.Contains("--format <", StringComparison.Ordinal));
        Assert.DoesNotContain("<inputs>", help.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Arguments:", help.Out, StringComparison.Ordinal);
        Assert.Contains("--format <text|json> ", format, StringComparison.Ordinal);
        Assert.DoesNotContain("--highlight", help.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--encoding", help.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval", "--dataset", "x.jsonl")]
    [InlineData("eval")]
    [InlineData("split")]
    public void FileBeforeASubcommand_IsAUsageError(params string[] rest)
    {
        string path = Write("a.txt", Article);

        CliResult result = CliRunner.Run(null, [path, .. rest]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith($"summarize: '{path}' comes before '{rest[0]}'", result.Error, StringComparison.Ordinal);
        Assert.EndsWith($"Try 'summarize {rest[0]} --help' for usage.\n", result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
