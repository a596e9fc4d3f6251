using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;

namespace Summarizer.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "summarize-eval-" + Guid.NewGuid().ToString("N"));

    public EvalCommandTests()
    {
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Dataset()
    {
        string path = Path.Combine(_directory, "tiny.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": "a", "title": null, "text": "The river flooded the town on Monday. Shops closed early. The flood damaged two hundred homes near the river.", "references": [["The river flood damaged two hundred homes."]]}""",
            """{"id": "b", "title": "Match", "text": "The home team won the cup final. Fans celebrated in the streets. The final ended three goals to one.", "references": [["The home team won the cup final three goals to one."]]}""",
            """{"id": "c", "title": null, "text": "A new library opened downtown. It holds forty thousand books. Children can borrow ten books at a time.", "references": [["A new library with forty thousand books opened."]]}""",
        ]);
        return path;
    }

    private static double RougeOneF(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("rouge1").GetProperty("f").GetDouble();
    }

    [Fact]
    public void Eval_Lead_ScoresEveryDocument()
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Dataset(), "--system", "lead", "--sentences", "1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(3, json.RootElement.GetProperty("documents").GetInt32());
        double f = json.RootElement.GetProperty("rouge1").GetProperty("f").GetDouble();
        Assert.InRange(f, 1, 100);
    }

    [Fact]
    public void Eval_Oracle_IsAtLeastAsGoodAsLead()
    {
        string dataset = Dataset();
        CliResult lead = CliRunner.Run(null, "eval", "--dataset", dataset, "--system", "lead", "--sentences", "1", "--format", "json");
        CliResult oracle = CliRunner.Run(null, "eval", "--dataset", dataset, "--system", "oracle", "--sentences", "1", "--format", "json");

        Assert.True(RougeOneF(oracle.Out) >= RougeOneF(lead.Out));
    }

    [Fact]
    public void Eval_Out_WritesChosenSentencesInDatasetOrder()
    {
        string output = Path.Combine(_directory, "chosen.jsonl");

        CliResult result = CliRunner.Run(null, "eval", "--dataset", Dataset(), "--system", "lead", "--sentences", "2", "--out", output);

        Assert.Equal(0, result.ExitCode);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(3, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        Assert.Equal(
            ["The river flooded the town on Monday.", "Shops closed early."],
            JsonSerializer.Deserialize<string[]>(first.RootElement.GetProperty("sentences").GetRawText())!);
        Assert.Contains("ROUGE-1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Lead_TakesTheFirstSentences_NotTheHeadlineOrHeadings_WhichFillOnlyAShortText()
    {
        string path = Path.Combine(_directory, "headed.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": "a", "title": null, "text": "Flood Hits Town\n\nThe river flooded the town on Monday. Shops closed early.\n\nDamage\n\nThe flood damaged two hundred homes.", "references": [["The river flood damaged two hundred homes."]]}""",
            """{"id": "b", "title": null, "text": "Cup Final\n\nThe home team won the cup final.", "references": [["The home team won the cup final."]]}""",
        ]);
        string output = Path.Combine(_directory, "lead.jsonl");

        CliResult result = CliRunner.Run(null, "eval", "--dataset", path, "--system", "lead", "--sentences", "3", "--out", output);

        Assert.Equal(0, result.ExitCode);
        string[][] chosen = [.. File.ReadAllLines(output).Select(line => JsonSerializer.Deserialize<string[]>(JsonDocument.Parse(line).RootElement.GetProperty("sentences").GetRawText())!)];
        Assert.Equal(["The river flooded the town on Monday.", "Shops closed early.", "The flood damaged two hundred homes."], chosen[0]);
        Assert.Equal(["Cup Final", "The home team won the cup final."], chosen[1]);
    }

    [Fact]
    public void TemporaryFiles_DeleteAll_RemovesWhatWasNotRenamed()
    {
        string pending = Path.Combine(_directory, "chosen.jsonl.tmp-1");
        string renamed = Path.Combine(_directory, "other.jsonl.tmp-1");
        File.WriteAllText(pending, "half");
        File.WriteAllText(renamed, "whole");
        TemporaryFiles.Add(pending);
        TemporaryFiles.Add(renamed);
        TemporaryFiles.Remove(renamed);

        TemporaryFiles.DeleteAll();

        Assert.False(File.Exists(pending));
        Assert.True(File.Exists(renamed));
    }

    [Theory]
    [InlineData("/dev/stdout", true)]
    [InlineData("/dev/fd/1", true)]
    [InlineData("/dev/stderr", false)]
    public void Eval_OutToStandardOutputOrError_WritesThroughTheCommandsOwnWriter(string path, bool toOut)
    {
        // Never opened again: under "> file" that would truncate the file, and through /proc it would replace it.
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Dataset(), "--system", "lead", "--sentences", "2", "--out", path);

        Assert.Equal(0, result.ExitCode);
        string written = toOut ? result.Out : result.Error;
        Assert.StartsWith("{\"id\":\"a\",", written, StringComparison.Ordinal);
        Assert.Equal(3, written.Split('\n').Count(line => line.StartsWith("{\"id\"", StringComparison.Ordinal)));
        Assert.Contains("ROUGE-1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_MatchReferenceLength_TakesAsManySentencesAsTheReference()
    {
        string output = Path.Combine(_directory, "chosen.jsonl");

        CliResult result = CliRunner.Run(null, "eval", "--dataset", Dataset(), "--system", "lead", "--match-reference-length", "--out", output);

        Assert.Equal(0, result.ExitCode);
        foreach (string line in File.ReadAllLines(output))
        {
            using JsonDocument json = JsonDocument.Parse(line);
            Assert.Equal(1, json.RootElement.GetProperty("sentences").GetArrayLength());
        }
    }

    [Fact]
    public void Eval_BelowThreshold_ExitsThree()
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Dataset(), "--min-rouge1", "99.5");

        Assert.Equal(3, result.ExitCode);
        Assert.Matches(@"ROUGE-1 F1 \d+\.\d{4} is below the threshold 99\.5\.", result.Error);
    }

    [Theory]
    [InlineData("--min-rouge1", "0.45", false)]
    [InlineData("--min-rouge2", "100.5", true)]
    [InlineData("--min-rougel", "-5", true)]
    public void Eval_ThresholdOutsideAPercentage_IsAUsageError(string option, string value, bool outside)
    {
        // "0.45" is in range (a percentage of under 1) and passes; above 100 or below 0 no score can be.
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Dataset(), option, value);

        Assert.Equal(outside ? 2 : 0, result.ExitCode);
        if (outside)
        {
            Assert.Contains(option, result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--keywords", "3")]
    [InlineData("--ranking")]
    public void Eval_FlagsItPrintsNothingFor_AreAUsageError(params string[] flag)
    {
        CliResult result = CliRunner.Run(null, ["eval", "--dataset", Dataset(), .. flag]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{flag[0]}: eval scores the chosen sentences; it prints no keywords and no ranking.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_MalformedLine_ExitsOneNamingTheLine()
    {
        string path = Path.Combine(_directory, "bad.jsonl");
        File.WriteAllLines(path, ["""{"id": "a", "title": null, "text": "One. Two.", "references": [["One."]]}""", "{not json"]);

        CliResult result = CliRunner.Run(null, "eval", "--dataset", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains(":2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_MissingDataset_ExitsOne()
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Path.Combine(_directory, "absent.jsonl"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("summarizer")]
    [InlineData("lead")]
    public void Run_DocumentTheSummarizerFailsOn_IsAnInputErrorNamingIt(string systemName)
    {
        EvalCommand.EvalSystem system = systemName == "lead" ? EvalCommand.EvalSystem.Lead : EvalCommand.EvalSystem.Summarizer;
        string path = Path.Combine(_directory, "one.jsonl");
        File.WriteAllText(path, """{"id": "b", "text": "The home team won the cup final. Fans celebrated in the streets. The final ended three goals to one.", "references": [["The home team won."]]}""" + "\n");
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new FailingRanker(), Splitter = new FailingSplitter(system == EvalCommand.EvalSystem.Lead) });
        var settings = new EvalCommand.EvalSettings(path, 1, system, EvalCommand.RougeFlavor.Rouge155, null);

        InputException e = Assert.Throws<InputException>(() => EvalCommand.Run(settings, summarizer, CancellationToken.None));

        Assert.Equal($"{path}: document \"b\": failed (InvalidOperationException: broken on purpose).", e.Message);
        Assert.Equal((e.Message, ExitCodes.InputError), CliApp.Failure(e));
    }

    private sealed class FailingRanker : SentenceRanker
    {
        public override string Name => "failing";

        public override SentenceRanking Rank(RankingContext context) => throw new InvalidOperationException("broken on purpose");
    }

    /// <summary>Splits as the default splitter does, or fails when told to (the baselines split but do not rank).</summary>
    private sealed class FailingSplitter(bool fail) : SentenceSplitter
    {
        public override void Split(ReadOnlySpan<char> text, ICollection<SentenceSpan> destination)
        {
            if (fail)
            {
                throw new InvalidOperationException("broken on purpose");
            }

            Default.Split(text, destination);
        }
    }

    [Theory]
    [InlineData("lead", "--words", "50")]
    [InlineData("oracle", "--ratio", "0.5")]
    [InlineData("lead", "--query", "flood")]
    [InlineData("oracle", "--algorithm", "pacsum")]
    [InlineData("lead", "--similarity", "bm25")]
    [InlineData("oracle", "--redundancy", "1")]
    [InlineData("lead", "--damping", "0.5")]
    [InlineData("lead", "--min-words", "0")]
    public void Eval_Baseline_RefusesAnOptionOnlyTheSummarizerHonours(string system, string option, string value)
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Dataset(), "--system", system, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains($"summarize: {option} applies to --system summarizer, not {system}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lead", "--max-words 2", "--max-words")]
    [InlineData("oracle", "--min-words 30 --max-words 10", "--min-words --max-words")]
    [InlineData("lead", "--sentences 2 --words 5", "--words")]
    [InlineData("oracle", "--ratio 0.5 --chars 100", "--ratio --chars")]
    [InlineData("lead", "--match-reference-length --ratio 0.5", "--ratio")]
    [InlineData("lead", "--tokenizer gpt-4", "--tokenizer")]
    [InlineData("oracle", "--query flood --max-input-length 3", "--query")]
    [InlineData("lead", "--damping 0.5", "--damping")]
    [InlineData("oracle", "--algorithm pacsum --damping 0.5", "--algorithm --damping")]
    public void Eval_Baseline_ReportsOnlyTheRefusal_NotAlsoACheckAgainstAnotherOption(string system, string options, string refused)
    {
        CliResult result = CliRunner.Run(null, ["eval", "--dataset", Dataset(), "--system", system, .. options.Split(' ')]);

        // Each refused option is reported once, as refused; no check with another option (a bound below a default,
        // a second budget, --tokenizer without --tokens, a ranker parameter) adds an error about a value never used.
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        string[] errors = [.. result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith("summarize: ", StringComparison.Ordinal))];
        string[] expected = refused.Split(' ');
        Assert.Equal(expected.Length, errors.Length);
        foreach (string option in expected)
        {
            Assert.Single(errors, error => error.StartsWith($"summarize: {option} applies to --system summarizer, not {system}", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("--max-words 2", "--max-words (2) is below --min-words (6, the default); lower --min-words.")]
    [InlineData("--sentences 2 --words 5", "--sentences and --words are different budgets; give one.")]
    [InlineData("--match-reference-length --ratio 0.5", "--match-reference-length sets each summary's length; it takes no --ratio.")]
    public void Eval_Summarizer_StillChecksItsOptionsAgainstEachOther(string options, string message)
    {
        CliResult result = CliRunner.Run(null, ["eval", "--dataset", Dataset(), "--system", "summarizer", .. options.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"summarize: {message}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lead", "--sentences", "2")]
    [InlineData("oracle", "--language", "en")]
    [InlineData("lead", "--splitter", "lines")]
    [InlineData("oracle", "--max-input-length", "100000")]
    [InlineData("summarizer", "--words", "20")]
    public void Eval_Baseline_TakesTheOptionsItHonours(string system, string option, string value)
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Dataset(), "--system", system, option, value);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval", "--dataset", "x.jsonl", "--system", "best")]
    [InlineData("eval", "--dataset", "x.jsonl", "--rouge", "rouge3")]
    public void Eval_BadUsage_ExitsTwo(params string[] args)
    {
        CliResult result = CliRunner.Run(null, args);

        Assert.Equal(2, result.ExitCode);
    }
}
