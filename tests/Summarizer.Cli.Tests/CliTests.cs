using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private const string Article = Summarizer.Testing.TestArticles.Parks;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "summarize-tests-" + Guid.NewGuid().ToString("N"));

    public CliTests()
    {
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, byte[] content)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void File_PrintsThreeSentencesOneALine()
    {
        string path = WriteFile("article.txt", System.Text.Encoding.UTF8.GetBytes(Article));

        CliResult result = CliRunner.Run(null, path);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.Contains(line, Article, StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void StandardInput_Dash_IsRead()
    {
        CliResult result = CliRunner.Run(Article, "-", "--sentences", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Out.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Json_OffsetsMapBackToTheInputExactly()
    {
        string text = "Überschrift\n\n" + Article.Replace("parks", "parks 🌳", StringComparison.Ordinal);

        CliResult result = CliRunner.Run(text, "-", "--format", "json", "--sentences", "3");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement sentences = json.RootElement.GetProperty("sentences");
        Assert.Equal(3, sentences.GetArrayLength());
        int previous = -1;
        foreach (JsonElement sentence in sentences.EnumerateArray())
        {
            int start = sentence.GetProperty("start").GetInt32();
            int length = sentence.GetProperty("length").GetInt32();
            Assert.Equal(text.Substring(start, length), sentence.GetProperty("text").GetString());
            int index = sentence.GetProperty("index").GetInt32();
            Assert.True(index > previous);
            previous = index;
            Assert.True(double.IsFinite(sentence.GetProperty("score").GetDouble()));
            Assert.True(sentence.GetProperty("rank").GetInt32() >= 1);
        }
    }

    [Fact]
    public void MissingFile_ExitsOneWithMessageAndNoOutput()
    {
        CliResult result = CliRunner.Run(null, Path.Combine(_directory, "absent.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_ExitsOne()
    {
        CliResult result = CliRunner.Run(null, _directory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_NoEncodingGuessed_ExitsOne()
    {
        string path = WriteFile("latin1.txt", TestTexts.NotText());

        CliResult result = CliRunner.Run(null, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8OnStandardInput_NoEncodingGuessed_ExitsOne()
    {
        CliResult result = CliRunner.RunBytes(TestTexts.NotText(), "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFile_ExitsOne()
    {
        string path = WriteFile("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]);

        CliResult result = CliRunner.Run(null, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ByteOrderMark_IsDropped()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        byte[] body = System.Text.Encoding.UTF8.GetBytes(Article);
        string path = WriteFile("bom.txt", [.. bom, .. body]);

        CliResult result = CliRunner.Run(null, path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            int start = sentence.GetProperty("start").GetInt32();
            int length = sentence.GetProperty("length").GetInt32();
            Assert.Equal(Article.Substring(start, length), sentence.GetProperty("text").GetString());
        }
    }

    [Theory]
    [InlineData("--sentences", "0")]
    [InlineData("--sentences", "many")]
    [InlineData("--format", "xml")]
    [InlineData("--no-such-option")]
    public void BadUsage_ExitsTwoWithMessageAndNoOutput(params string[] args)
    {
        CliResult result = CliRunner.Run(Article, ["-", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("summarize:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoInput_TerminalOnStandardInput_SummarizesTheSampleAndSaysSo()
    {
        CliResult result = CliRunner.Run(null, stdinIsTerminal: true);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Out.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("sample", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_Option_SummarizesTheSample()
    {
        CliResult result = CliRunner.Run(null, "--sample", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("sentenceCount").GetInt32() >= 15);
    }

    [Fact]
    public void Split_Text_PrintsOneSentenceALine()
    {
        CliResult result = CliRunner.Run("First one here. Second one is\nhard-wrapped here. Third!", "split", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("First one here.\nSecond one is hard-wrapped here.\nThird!\n", result.Out);
    }

    [Fact]
    public void Split_Json_PrintsSentenceObjects()
    {
        CliResult result = CliRunner.Run("Dr. Smith arrived. He sat down.", "split", "-", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        var texts = new List<string?>();
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            texts.Add(sentence.GetProperty("text").GetString());
        }

        Assert.Equal(["Dr. Smith arrived.", "He sat down."], texts);
    }

    [Fact]
    public void Help_ExitsZeroAndDescribesOptions()
    {
        CliResult result = CliRunner.Run(null, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--sentences", result.Out, StringComparison.Ordinal);
        Assert.Contains("--format", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheSubcommandsThatAreBuiltOnlyWhenNamed()
    {
        CliResult root = CliRunner.Run(null, "--help");
        CliResult eval = CliRunner.Run(null, "eval", "--help");
        CliResult split = CliRunner.Run(null, "split", "--help");

        Assert.Contains("Scores summaries of a dataset with ROUGE", root.Out, StringComparison.Ordinal);
        Assert.Contains("Prints the sentences of texts", root.Out, StringComparison.Ordinal);
        Assert.Equal(0, eval.ExitCode);
        Assert.Contains("--dataset", eval.Out, StringComparison.Ordinal);
        Assert.Contains("--min-rouge1", eval.Out, StringComparison.Ordinal);
        Assert.Equal(0, split.ExitCode);
        Assert.Contains("--format", split.Out, StringComparison.Ordinal);
    }
}
