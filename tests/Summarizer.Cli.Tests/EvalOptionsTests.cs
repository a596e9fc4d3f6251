using System;
using System.IO;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

public sealed class EvalOptionsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "summarize-evalopt-" + Guid.NewGuid().ToString("N"));

    public EvalOptionsTests()
    {
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Dataset()
    {
        string path = Path.Combine(_directory, "tiny.jsonl");
        string text = TestTexts.Article.Replace("\"", "\\\"", StringComparison.Ordinal);
        File.WriteAllLines(path,
        [
            $$"""{"id": "a", "title": null, "text": "{{text}}", "references": [["A local bakery celebrated its fiftieth anniversary.", "Residents asked for parks."]]}""",
            """{"id": "b", "title": "Match", "text": "The home team won the cup final on Saturday night. Fans celebrated in the streets of the old town until late. The final ended three goals to one after extra time was played.", "references": [["The home team won the cup final three goals to one."]]}""",
        ]);
        return path;
    }

    private static JsonElement Run(params string[] args)
    {
        CliResult result = CliRunner.Run(null, ["eval", .. args, "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    [Fact]
    public void Eval_SummarizerOptions_ChangeTheScores()
    {
        string dataset = Dataset();

        double baseline = Run("--dataset", dataset, "-n", "1").GetProperty("rouge1").GetProperty("f").GetDouble();
        double query = Run("--dataset", dataset, "-n", "1", "--query", "bakery anniversary", "--algorithm", "pagerank", "--position-bias", "0").GetProperty("rouge1").GetProperty("f").GetDouble();

        Assert.NotEqual(baseline, query);
    }

    [Theory]
    [InlineData("--algorithm", "pacsum")]
    [InlineData("--similarity", "bm25+")]
    [InlineData("--words", "15")]
    [InlineData("--ratio", "0.5")]
    [InlineData("--tokens", "20", "--tokenizer", "gpt-4")]
    [InlineData("--redundancy", "1")]
    public void Eval_AcceptsSummarizerOptions(params string[] args)
    {
        JsonElement report = Run(["--dataset", Dataset(), .. args]);

        Assert.Equal(2, report.GetProperty("documents").GetInt32());
    }

    [Theory]
    [InlineData("--words", "10", "--chars", "10")]
    [InlineData("--damping", "2")]
    [InlineData("--format", "jsonl")]
    public void Eval_BadOptions_ExitTwo(params string[] args)
    {
        CliResult result = CliRunner.Run(null, ["eval", "--dataset", Dataset(), .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
    }
}
