using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

public sealed class ControlCharactersTests() : TempFolder("summarize-controls-")
{
    [Fact]
    public void Header_KeepsAFileNameOnOneLine() =>
        Assert.Equal("==> dir/b\uFFFDnew\uFFFD.txt <==\n", TextOutput.Header("dir/b\nnew\u001B.txt"));

    [Fact]
    public void StandardError_ReplacesControlCharactersInMessages()
    {
        var inner = new StringWriter();
        var error = new QuietWriter(inner);

        error.WriteLine("summarize: dir/d\u001B]0;t\u0007.txt: too short to summarize.");
        error.Write("a\u0007b");
        error.Write('\u001B');

        Assert.Equal("summarize: dir/d\uFFFD]0;t\uFFFD.txt: too short to summarize.\na\uFFFDb\uFFFD", inner.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ProgressBar_WritesItsEscapeSequences_AndMakesItsErrorLinesPrintable()
    {
        // The bar's colour and cursor codes reach the terminal as written (they were shown as "\uFFFD[2K"); a failed
        // file's name, which a document gives, is still made printable.
        var inner = new StringWriter();
        ProgressDisplay.Run(new QuietWriter(inner), 2, sink =>
        {
            sink.Advance();
            sink.Error("summarize: d\u001B]0;t\u0007.txt: too short to summarize.");
            sink.Advance();
        }, Spectre.Console.AnsiSupport.Yes);

        string written = inner.ToString();
        Assert.Contains("\u001B[", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD[", written, StringComparison.Ordinal);
        Assert.Contains("d\uFFFD]0;t\uFFFD.txt", written, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressBar_WritesAnErrorLineWhole_NotWrappedAtTheConsoleWidth()
    {
        // A log is read a "summarize: ..." line at a time: a long path wrapped at 80 columns broke it in two.
        string line = "summarize: " + string.Join('/', Enumerable.Repeat("a-rather-long-folder-name", 8)) + "/report.txt: too short to summarize.";
        var inner = new StringWriter();
        ProgressDisplay.Run(new QuietWriter(inner), 1, sink =>
        {
            sink.Error(line);
            sink.Advance();
        }, Spectre.Console.AnsiSupport.No);

        Assert.True(line.Length > 200);
        Assert.Contains(line, inner.ToString(), StringComparison.Ordinal);
    }

    private const string Page = """
        <html><body><article>
        <p>The council met on Monday to vote &#27;]0;pwned&#7; on the budget for the parks in the city.</p>
        <p>Residents asked for more parks &#155;31m and better maintenance &#127; for years at the meetings.</p>
        <p>The new parks will open next summer, the council said on Monday after the long debate.</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\tand\nline feed", "tab\tand\nline feed")]
    [InlineData("crlf\r\nline", "crlf\r\nline")]
    [InlineData("title \u001b]0;pwned\u0007 set", "title \uFFFD]0;pwned\uFFFD set")]
    [InlineData("del \u007f and csi \u009b31m", "del \uFFFD and csi \uFFFD31m")]
    [InlineData("page\fbreak, vertical\vtab, lone\rreturn, nel\u0085", "page break, vertical tab, lone\nreturn, nel ")]
    [InlineData("nul \0 and \u0080", "nul \uFFFD and \uFFFD")]
    public void Printable_ReplacesControlsButTabAndLineEnds(string text, string expected)
    {
        Assert.Equal(expected, ControlCharacters.Printable(text));
    }

    [Theory]
    [InlineData("--format", "text")]
    [InlineData("--format", "markdown")]
    [InlineData("--highlight", "--color=always")]
    [InlineData("--highlight", "--format=markdown")]
    [InlineData("--highlight", "--html")]
    public void PageWithControlCharacters_NeverPrintsThem(string option, string value)
    {
        string path = Write("page.html", Page);

        CliResult result = CliRunner.Run(null, path, option, value, "--ratio", "1", "--min-words", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\uFFFD]0;pwned\uFFFD", result.Out, StringComparison.Ordinal);
        string withoutOwnMarks = result.Out.Replace("\u001b[1;33m", string.Empty, StringComparison.Ordinal).Replace("\u001b[0m", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(withoutOwnMarks, c => c < ' ' && c is not ('\t' or '\n') || c is >= '\u007f' and <= '\u009f');
    }

    [Fact]
    public void RawEscapeBytesInAFile_SplitAndHeaders_NeverPrintThem()
    {
        string path = Write("log\u001b[2J.txt", "Build \u001b[31mfailed\u001b[0m on Monday. The tests ran for ten minutes.");
        Write("other.txt", "Another file. With two sentences.");

        CliResult result = CliRunner.Run(null, "split", Folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Build \uFFFD[31mfailed\uFFFD[0m on Monday.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("log\uFFFD[2J.txt <==", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Fact]
    public void Json_KeepsTheTextExact_Escaped()
    {
        CliResult result = CliRunner.Run("Build \u001b[31mfailed\u001b[0m on Monday. The tests ran for ten minutes.", "-", "--format", "json");

        Assert.Contains("\\u001B[31m", result.Out, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Contains('\u001b', json.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString()!);
    }
}
