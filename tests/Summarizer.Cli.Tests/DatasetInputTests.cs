using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>A dataset file (<c>.jsonl</c> one document a line, <c>.json</c> one document) read as its documents, as <c>eval</c> reads it.</summary>
public sealed class DatasetInputTests : TempFolder
{
    private const string Ferry = "{\"id\": \"port-7\", \"title\": \"Port opens a ferry route\", \"text\": \"The port opened a new ferry route on Monday. "
        + "The route links the old town with the island of Merro. Officials expect two thousand passengers a day. "
        + "Tickets cost four euros for adults. The first ferry left at seven in the morning.\", \"references\": [[\"A ferry route opened.\"]]}";

    private const string Garden = "{\"id\": \"fair-9\", \"title\": null, \"text\": \"The community garden held its spring fair on Saturday. "
        + "Volunteers sold seedlings and honey. The fair raised money for a new greenhouse. "
        + "Next year the organisers plan a larger event.\", \"references\": []}";

    private const string Short = "{\"id\": \"short-1\", \"text\": \"One sentence opens. Another sentence follows. A third sentence ends it.\", \"references\": []}";

    public DatasetInputTests()
        : base("dataset-input-")
    {
    }

    private static List<JsonElement> JsonLines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    [Fact]
    public void Jsonl_Text_EachLineADocumentWithItsIdAsHeader_BlankLinesSkipped()
    {
        string path = Write("set.jsonl", Ferry + "\n\n   \n" + Garden + "\n\n");

        CliResult result = CliRunner.Run(null, path, "-n", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("==> port-7 <==\nThe port opened a new ferry route on Monday.\n\n==> fair-9 <==\nThe community garden held its spring fair on Saturday.\n", result.Out);
        Assert.DoesNotContain("\"id\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("summarize: 2 documents", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_DocumentsWithoutTitleOrReferences_AreSummarized_ButNotScored()
    {
        string path = Write("texts.jsonl", "{\"id\": \"note-1\", \"text\": \"The library reopened on Monday after a year of repairs. "
            + "The roof was replaced and a lift was added. Readers queued before the doors opened.\"}\n");

        CliResult summarized = CliRunner.Run(null, path, "-n", "1");
        CliResult scored = CliRunner.Run(null, "eval", "--dataset", path, "-n", "1");

        Assert.Equal(0, summarized.ExitCode);
        Assert.Equal("==> note-1 <==\nThe library reopened on Monday after a year of repairs.\n", summarized.Out);
        Assert.Contains("document \"note-1\" has no reference summary to score against", scored.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_AnArticleExportedWithItsTextAndNoId_IsReadAsThatText()
    {
        string path = Write("article.json", "{\"url\": \"https://example.org/bridge\", \"headline\": \"Bridge reopens\", "
            + "\"text\": \"The old bridge reopened on Friday after two years of work. Cars may cross it again from Monday.\"}");

        CliResult result = CliRunner.Run(null, path, "-n", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The old bridge reopened on Friday after two years of work.\n", result.Out);
    }

    [Fact]
    public void Jsonl_Json_AnArrayNamingEachDocumentByIdWithItsTitle()
    {
        string path = Write("set.jsonl", Ferry + "\n" + Garden + "\n");

        CliResult result = CliRunner.Run(null, path, "-n", "1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        JsonElement[] documents = [.. JsonDocument.Parse(result.Out).RootElement.EnumerateArray()];
        Assert.Equal(2, documents.Length);
        Assert.Equal("port-7", documents[0].GetProperty("path").GetString());
        Assert.Equal("Port opens a ferry route", documents[0].GetProperty("title").GetString());
        Assert.Equal("fair-9", documents[1].GetProperty("path").GetString());
        Assert.False(documents[1].TryGetProperty("title", out _));
    }

    [Fact]
    public void Jsonl_Jsonl_OneObjectALinePerDocument()
    {
        string path = Write("set.jsonl", Ferry + "\r\n" + Garden);

        CliResult result = CliRunner.Run(null, path, "-n", "1", "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["port-7", "fair-9"], JsonLines(result.Out).Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public void Jsonl_MalformedLine_FailsNamingFileAndLine_WithNothingOfItPrinted()
    {
        string path = Write("bad.jsonl", Ferry + "\n\n[\"not\", \"an object\"]\n" + Garden + "\n");

        CliResult result = CliRunner.Run(null, path, "-n", "1", "--format", "jsonl");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains($"summarize: {path}:3: expected a JSON object", result.Error, StringComparison.Ordinal);
        Assert.Equal(["port-7"], JsonLines(result.Out).Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public void Jsonl_TextWithoutString_FailsNamingTheLine()
    {
        string path = Write("bad.jsonl", "{\"id\": \"x\", \"text\": 5, \"references\": []}\n");

        CliResult result = CliRunner.Run(null, path, "-n", "1");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains($"{path}:1: \"text\" must be a string", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Jsonl_InputLengthLimit_AppliesToEachText()
    {
        string path = Write("set.jsonl", Short + "\n" + Ferry + "\n");

        CliResult result = CliRunner.Run(null, path, "-n", "1", "--max-input-length", "100", "--format", "jsonl");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal(["short-1"], JsonLines(result.Out).Select(e => e.GetProperty("path").GetString()));
        Assert.Contains("port-7", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_OneDocument_SummarizedAsItsText()
    {
        string path = Write("one.json", Ferry.Replace(", \"", ",\n  \"", StringComparison.Ordinal));

        CliResult result = CliRunner.Run(null, path, "-n", "1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        JsonElement document = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(JsonValueKind.Object, document.ValueKind);
        Assert.Equal("port-7", document.GetProperty("path").GetString());
        Assert.Equal("Port opens a ferry route", document.GetProperty("title").GetString());
        Assert.Equal("The port opened a new ferry route on Monday.", document.GetProperty("sentences")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Split_Jsonl_OneObjectALinePerDocument()
    {
        string path = Write("set.jsonl", Short + "\n\n" + Garden + "\n");

        CliResult result = CliRunner.Run(null, "split", path, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        List<JsonElement> documents = JsonLines(result.Out);
        Assert.Equal(["short-1", "fair-9"], documents.Select(e => e.GetProperty("path").GetString()));
        Assert.Equal("One sentence opens.", documents[0].GetProperty("sentences")[0].GetProperty("text").GetString());
    }
}
