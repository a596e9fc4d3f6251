using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Summarizer.Cli.Tests;

/// <summary>
/// How the command fails: output that cannot be written, datasets and inputs it refuses, options it reads, and an
/// interruption; each a one-line message and an exit code, never a stack trace or a half-written file.
/// </summary>
public sealed class CommandFailureTests() : TempFolder("summarize-failures-")
{
    private const string Dataset = """{"id": "a", "title": null, "text": "The river flooded the town on Monday. Shops closed early. The flood damaged two hundred homes near the river.", "references": [["The river flood damaged two hundred homes."]]}""";

    [Theory]
    [InlineData("split", "FILE")]
    [InlineData("--help")]
    [InlineData("FILE")]
    public void FullDevice_IsAnErrorLineAndExitOne(params string[] args)
    {
        string path = Write("a.txt", TestTexts.Article);
        var output = new ThrowingWriter("No space left on device");

        (int code, string error) = CliRunnerWith.Run(output, stdoutIsTerminal: false, stderrIsTerminal: false, [.. args.Select(a => a == "FILE" ? path : a)]);

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Contains("summarize: standard output cannot be written (No space left on device)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_FullDevice_IsAnErrorLineAndExitOne()
    {
        string dataset = Write("d.jsonl", Dataset);

        (int code, string error) = CliRunnerWith.Run(new ThrowingWriter("No space left on device"), false, false, "eval", "--dataset", dataset);

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Contains("standard output cannot be written", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_ClosedPipe_SaysSoAndExitsOne()
    {
        (int code, string error) = CliRunnerWith.Run(new ThrowingWriter("Broken pipe"), false, false, "split", Write("a.txt", TestTexts.Article));

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Contains("summarize: standard output was closed before everything was written.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_DocumentWithoutReferences_NamesIt()
    {
        string dataset = Write("d.jsonl", Dataset + "\n" + """{"id": "b", "title": null, "text": "Some text. More text.", "references": []}""" + "\n");

        CliResult result = CliRunner.Run(null, "eval", "--dataset", dataset);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("d.jsonl: document \"b\" has no reference summary to score against.", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("[[]]", 1)]
    [InlineData("[[\"\"]]", 1)]
    [InlineData("[[\"A reference.\"], [\" \", \"\"]]", 2)]
    [InlineData("[[\"...\"]]", 1)]
    public void Eval_DocumentWithAnEmptyReference_NamesIt(string references, int number)
    {
        string dataset = Write("d.jsonl", Dataset + "\n" + $$"""{"id": "b", "title": null, "text": "Some text. More text.", "references": {{references}}}""" + "\n");

        CliResult result = CliRunner.Run(null, "eval", "--dataset", dataset);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal(
            $"summarize: {dataset}: document \"b\" has an empty reference summary (reference {number}), which would score every summary 0.\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Eval_EmptyDataset_SaysItHasNoDocuments()
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("e.jsonl", string.Empty));

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("e.jsonl: has no documents.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_DatasetIsADirectory_SaysSo()
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Folder);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("is a directory, not a dataset file.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_InvalidJson_GivesTheColumnWithoutParserInternals()
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("j.jsonl", "{bad\n"));

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("j.jsonl:1: not valid JSON at column 2:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_DatasetDash_ReadsStandardInput_AndSaysOneDocumentInTheSingular()
    {
        CliResult result = CliRunner.Run(Dataset, "eval", "--dataset", "-", "--system", "lead", "-n", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("-: 1 document; lead, 1 sentence, ", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"text\":\"One. Two.\",\"references\":[[\"One.\"]]}\n{\"id\":\"b\",\"text\":\"Three.\",\"references\":[[\"Three.\"]]}\n{\"id\":\"a\",\"text\":\"Four.\",\"references\":[[\"Four.\"]]}\n",
        "document \"a\" is there twice (documents 1 and 3, counting from 1)")]
    [InlineData("{\"id\":\"a\",\"text\":\"One. Two.\",\"references\":[[\"One.\"]]}\n{\"id\":\"b\",\"text\":\" \",\"references\":[[\"Three.\"]]}\n",
        "document \"b\" has no text, which would score 0 whatever is chosen.")]
    public void Eval_DuplicateIdOrEmptyText_IsAnInputError_BeforeTheRun(string dataset, string message)
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("d.jsonl", dataset), "--system", "lead", "-n", "1");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Eval_OutDash_WritesTheChosenSentencesToStandardOutput_BeforeTheReport()
    {
        string dataset = Write("d.jsonl", Dataset + "\n");

        CliResult result = CliRunner.Run(null, "eval", "--dataset", dataset, "--system", "lead", "-n", "1", "--out", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{\"id\":\"a\",\"sentences\":[\"The river flooded the town on Monday.\"]}", result.Out, StringComparison.Ordinal);
        Assert.Contains("d.jsonl: 1 document; lead, 1 sentence, ", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Folder, "-")) || File.Exists("-"));
    }

    [Fact]
    public void Eval_DatasetDash_ReadsStandardInputAsBytes_AsAFileIsRead()
    {
        // A byte-order mark is honoured, as a dataset file's is; bytes that are not UTF-8 are refused, not replaced.
        byte[] dataset = Encoding.UTF8.GetBytes(Dataset);
        CliResult withMark = CliRunner.RunBytes([0xEF, 0xBB, 0xBF, .. dataset], "eval", "--dataset", "-", "--system", "lead", "-n", "1");
        CliResult latin1 = CliRunner.RunBytes([.. dataset, (byte)'\n', .. Encoding.Latin1.GetBytes("{\"id\":\"b\",\"text\":\"Caf\u00e9.\",\"references\":[[\"s\"]]}\n")], "eval", "--dataset", "-", "--system", "lead", "-n", "1");

        Assert.Equal(0, withMark.ExitCode);
        Assert.StartsWith("-: 1 document; lead, 1 sentence, ", withMark.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputError, latin1.ExitCode);
        Assert.Contains("standard input:1: not valid UTF-8 text", latin1.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-", "-")]
    [InlineData("-", "--", "-")]
    [InlineData("split", "-", "-")]
    public void StandardInputNamedTwice_IsAUsageError(params string[] args)
    {
        CliResult result = CliRunner.Run(TestTexts.Article, args);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("standard input (-) is named more than once", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WholeNumberPastItsType_SaysWhereTheOptionEnds()
    {
        CliResult result = CliRunner.Run(TestTexts.Article, "-", "-n", "99999999999");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--sentences must be a whole number at least 1 and at most 2147483647, not '99999999999'.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BackgroundFrequencies_ADirectory_IsSaidToBeOne()
    {
        string directory = Path.Combine(Folder, "frequencies");
        Directory.CreateDirectory(directory);

        CliResult result = CliRunner.Run(TestTexts.Article, "-", "--background-frequencies", directory);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains($"{directory}: is a directory, not a file of document frequencies.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ClosedStandardOutput_IsSaidToBeClosed() =>
        Assert.Equal("standard output is closed, or may not be written to", CliApp.OutputFailure(new UnauthorizedAccessException("Access to the path is denied.")));

    [Fact]
    public void Eval_DocumentOverMaxInputLength_NamesItAndTheOption()
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("d.jsonl", Dataset), "--max-input-length", "20");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("document \"a\": 109 characters, more than --max-input-length (20) allows", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_ManyDocumentsOverMaxInputLength_TheFirstInFileOrderIsNamed()
    {
        // Documents run in parallel; which one is named must not depend on which ran first.
        string lines = string.Join('\n', Enumerable.Range(1, 40).Select(i =>
            $$"""{"id": "d{{i}}", "title": null, "text": "The river flooded the town on Monday. Shops closed early.", "references": [["The river flooded."]]}"""));
        string dataset = Write("many.jsonl", lines);
        for (int run = 0; run < 3; run++)
        {
            CliResult result = CliRunner.Run(null, "eval", "--dataset", dataset, "--max-input-length", "20");

            Assert.Equal(ExitCodes.InputError, result.ExitCode);
            Assert.Contains("document \"d1\": ", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Eval_OutInAMissingDirectory_FailsBeforeTheRunAndLeavesNothing()
    {
        string output = Path.Combine(Folder, "missing", "out.jsonl");

        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("d.jsonl", Dataset), "--out", output);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("out.jsonl: cannot be written (its directory does not exist).", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(Directory.Exists(Path.Combine(Folder, "missing")));
    }

    [Fact]
    public void Eval_OutIsTheDataset_IsRefusedAndTheDatasetKept()
    {
        string dataset = Write("d.jsonl", Dataset);

        CliResult result = CliRunner.Run(null, "eval", "--dataset", dataset, "--out", Path.Combine(Folder, ".", "d.jsonl"));

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("is the dataset; --out names another file.", result.Error, StringComparison.Ordinal);
        Assert.Equal(Dataset, File.ReadAllText(dataset));
        Assert.Equal(["d.jsonl"], Directory.GetFiles(Folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("-s")]
    [InlineData(null)]
    public void Eval_OutIsALinkToTheDataset_IsRefusedAndTheDatasetKept(string? symbolic)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // ln(1)
        }

        string dataset = Write("d.jsonl", Dataset);
        string link = Path.Combine(Folder, "link.jsonl");
        Tool("ln", symbolic is null ? [dataset, link] : [symbolic, dataset, link]);

        CliResult result = CliRunner.Run(null, "eval", "--dataset", dataset, "--out", link);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("link.jsonl: is the dataset; --out names another file.", result.Error, StringComparison.Ordinal);
        Assert.Equal(Dataset, File.ReadAllText(dataset));
    }

    [Fact]
    public void Eval_OutIsASymbolicLink_WritesTheFileItLeadsTo_AndKeepsTheLink()
    {
        string target = Write("chosen.jsonl", "old\n");
        string link = Path.Combine(Folder, "sub", "link.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, Path.Combine("..", "chosen.jsonl"));

        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("d.jsonl", Dataset), "--system", "lead", "-n", "1", "--out", link);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Path.Combine("..", "chosen.jsonl"), new FileInfo(link).LinkTarget);
        Assert.Equal("{\"id\":\"a\",\"sentences\":[\"The river flooded the town on Monday.\"]}\n", File.ReadAllText(target));
        Assert.Equal(["chosen.jsonl", "d.jsonl"], Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Eval_OutIsAFifo_IsWrittenAndStaysAFifo()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // mkfifo(1)
        }

        string fifo = Path.Combine(Folder, "chosen");
        Tool("mkfifo", [fifo]);
        Task<string> reader = Task.Factory.StartNew(() => File.ReadAllText(fifo), TaskCreationOptions.LongRunning);

        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("d.jsonl", Dataset), "--system", "lead", "-n", "1", "--out", fifo);

        Assert.Equal(0, result.ExitCode);
        // Bounded only so that a FIFO replaced by a file (its reader left waiting) fails instead of hanging.
        Assert.Equal("{\"id\":\"a\",\"sentences\":[\"The river flooded the town on Monday.\"]}\n", await reader.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(FileKind.Other, FileKinds.Of(fifo));
    }

    [Fact]
    public void Eval_OutWritten_LeavesNoTemporaryFile()
    {
        string output = Path.Combine(Folder, "chosen.jsonl");

        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("d.jsonl", Dataset), "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(File.ReadAllLines(output));
        Assert.Equal(["chosen.jsonl", "d.jsonl"], Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Eval_JsonReport_StatesAWordBudget()
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("d.jsonl", Dataset), "--words", "12", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument report = JsonDocument.Parse(result.Out);
        Assert.Equal("12 words", report.RootElement.GetProperty("budget").GetString());
        Assert.False(report.RootElement.TryGetProperty("sentences", out _));
    }

    [Fact]
    public void Eval_MatchReferenceLengthWithAnotherBudget_IsAUsageError()
    {
        CliResult result = CliRunner.Run(null, "eval", "--dataset", Write("d.jsonl", Dataset), "--match-reference-length", "-n", "2");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--match-reference-length sets each summary's length; it takes no --sentences.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_MinRougeLWithRougeScore_ChecksTheSummaryLevelRougeLsum()
    {
        // Two reference sentences in another order than the text's: ROUGE-L (one LCS) and ROUGE-Lsum differ.
        string dataset = Write("d.jsonl", """{"id": "a", "title": null, "text": "The river flooded the town on Monday. Shops closed early. The flood damaged two hundred homes near the river.", "references": [["Two hundred homes were damaged by the flood.", "The town shops closed early on Monday."]]}""");
        CliResult scores = CliRunner.Run(null, "eval", "--dataset", dataset, "--rouge", "rouge-score", "--format", "json", "-n", "2");
        using JsonDocument report = JsonDocument.Parse(scores.Out);
        double rougeL = report.RootElement.GetProperty("rougeL").GetProperty("f").GetDouble();
        double rougeLsum = report.RootElement.GetProperty("rougeLsum").GetProperty("f").GetDouble();
        Assert.NotEqual(rougeL, rougeLsum);
        double between = (rougeL + rougeLsum) / 2;

        CliResult gate = CliRunner.Run(null, "eval", "--dataset", dataset, "--rouge", "rouge-score", "-n", "2",
            "--min-rougel", between.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The help says summary-level: rouge_score's ROUGE-Lsum, named so in the message.
        Assert.Equal(rougeLsum < between ? ExitCodes.QualityGateFailed : ExitCodes.Success, gate.ExitCode);
        Assert.Equal(rougeLsum < between, gate.Error.Contains("ROUGE-Lsum F1", StringComparison.Ordinal));
    }

    [Fact]
    public void StandardInput_BeyondWhatTheLengthLimitCanHold_IsNotReadWhole()
    {
        byte[] input = Encoding.UTF8.GetBytes(new string('a', 1000) + ".");

        CliResult result = CliRunner.RunBytes(input, "--max-input-length", "10");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("standard input: longer than --max-input-length (10 characters) allows (over 34 bytes, read no further)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void File_OverTheLengthLimit_NamesTheOption()
    {
        CliResult result = CliRunner.Run(null, Write("a.txt", "One short sentence here. And another one."), "--max-input-length", "30");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("a.txt: 41 characters, more than --max-input-length (30) allows; raise it, or 0 for no limit.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_OverTheLengthLimit_IsAUsageErrorNamingTheOption()
    {
        string path = Write("a.txt", TestTexts.Article);
        string query = new('q', 40);

        CliResult result = CliRunner.Run(null, path, "--query", query, "--max-input-length", "30");
        CliResult eval = CliRunner.Run(null, "eval", "--dataset", Write("d.jsonl", "{\"id\":\"a\",\"text\":\"One. Two.\",\"summary\":\"One.\"}\n"), "--query", query, "--max-input-length", "30");
        CliResult unlimited = CliRunner.Run(null, path, "--query", query, "--max-input-length", "0");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--query is 40 characters, more than --max-input-length (30) allows; raise it, or 0 for no limit.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ArgumentException", result.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, eval.ExitCode);
        Assert.Equal(ExitCodes.Success, unlimited.ExitCode);
    }

    [Theory]
    [InlineData(ExitCodes.InputError, "summarize: empty file name.", "")]
    [InlineData(ExitCodes.InputError, "summarize: empty file name.", "split", "")]
    [InlineData(ExitCodes.InputError, "summarize: empty file name.", "--", "")]
    [InlineData(ExitCodes.UsageError, "summarize: --dataset needs a file name, not an empty string.", "eval", "--dataset", "")]
    [InlineData(ExitCodes.UsageError, "summarize: --out needs a file name, not an empty string.", "eval", "--dataset", "DATASET", "--out", "")]
    [InlineData(ExitCodes.UsageError, "summarize: --background-frequencies needs a file name, not an empty string.", "--background-frequencies", "", "-")]
    public void EmptyFileName_IsSaidInTheCommandsWords(int code, string message, params string[] args)
    {
        string dataset = Write("d.jsonl", Dataset);

        CliResult result = CliRunner.Run("A text. Another one.", [.. args.Select(a => a == "DATASET" ? dataset : a)]);

        Assert.Equal(code, result.ExitCode);
        Assert.StartsWith(message + "\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("--", "-x")]
    [InlineData("split", "--", "-x")]
    [InlineData("-n", "1", "--", "-x")]
    public void AfterDoubleDash_AnArgumentIsAFileName(params string[] args)
    {
        CliResult result = CliRunner.Run(null, args);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("summarize: -x: no such file.\n", result.Error);
    }

    [Fact]
    public void DanglingSymbolicLink_IsSaidToBeOne()
    {
        string link = Path.Combine(Folder, "gone.txt");
        File.CreateSymbolicLink(link, Path.Combine(Folder, "moved-away.txt"));

        CliResult result = CliRunner.Run(null, [link]);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal($"summarize: {link}: a symbolic link to a file that does not exist.\n", result.Error);
    }

    [Fact]
    public void FileNameThatIsNotUtf8_IsSaidToBeWhyTheFileCannotBeOpened()
    {
        // .NET reads such a name with U+FFFD for its bad bytes and cannot open the file by it again.
        Assert.Equal(
            "names/\uFFFDbad.txt: cannot be opened: its name is not valid UTF-8 (shown with \uFFFD); rename it, or pipe it in: summarize - < FILE.",
            InputReader.NoSuchFile("names/\uFFFDbad.txt"));
        Assert.Equal("missing.txt: no such file.", InputReader.NoSuchFile("missing.txt"));
    }

    [Theory]
    [InlineData("https://example.com/news/story")]
    [InlineData("HTTP://example.com")]
    public void WebAddress_IsNoFile_AndTheMessageSaysHowToReadIt(string address)
    {
        CliResult result = CliRunner.Run(null, [address]);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal($"summarize: {address}: no such file (summarize reads files, not web addresses: curl -sL URL | summarize).\n", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void BeforeDoubleDash_AnUnknownOptionIsStillRefused()
    {
        CliResult result = CliRunner.Run(null, "-x", "--", "-x");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Single(result.Error.Split('\n'), line => line.Contains("Unrecognized option '-x'", StringComparison.Ordinal));
    }

    [Theory]
    // A misspelt option gets the nearest name; one too far from every name, or as near to two, gets none.
    [InlineData("--sentence", "Did you mean '--sentences'?")]
    [InlineData("--ratoi", "Did you mean '--ratio'?")]
    [InlineData("-sentences", "Did you mean '--sentences'?")]
    [InlineData("--wrods=40", "Did you mean '--words'?")]
    [InlineData("--sent", "Did you mean '--sentences'?")]
    [InlineData("-x", "(and no file of that name).")]
    [InlineData("--zzzzzz", "(and no file of that name).")]
    public void MisspeltOption_IsRefused_WithTheNearestName(string option, string ending)
    {
        CliResult result = CliRunner.Run("A sentence.", option, "3");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith($"summarize: Unrecognized option '{option}'", StringComparison.Ordinal)
            && line.EndsWith(ending, StringComparison.Ordinal));
        Assert.Empty(result.Out);
    }

    [Fact]
    public void MisspeltOption_OfTheEvalCommand_GetsItsNearestName()
    {
        CliResult result = CliRunner.Run(null, "eval", "--datset", "x.jsonl");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'--datset'. Did you mean '--dataset'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltOption_OfTheSplitCommand_GetsItsNearestName()
    {
        CliResult result = CliRunner.Run("A sentence.", "split", "--formta", "jsonl");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Unrecognized option '--formta' (and no file of that name). Did you mean '--format'?", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../*")]
    [InlineData("sub/*.md")]
    [InlineData("**/*.txt")]
    [InlineData(" , ")]
    public void Glob_WithAPathOrNoPattern_IsAUsageError(string glob)
    {
        Write("sub/a.md", TestTexts.Article);

        CliResult result = CliRunner.Run(null, Folder, "--glob", glob);
        CliResult split = CliRunner.Run(null, "split", Folder, "--glob", glob);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--glob", result.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, split.ExitCode);
    }

    [Fact]
    public void Algorithm_GivenTwiceWithARankerFlag_SaysItIsGivenTwice()
    {
        CliResult result = CliRunner.Run(null, Write("a.txt", TestTexts.Article), "-a", "pagerank", "-a", "pacsum", "--damping", "0.5");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("expects a single argument", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not learned", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_WithInputs_IsAUsageError()
    {
        CliResult result = CliRunner.Run(null, "--sample", Write("a.txt", TestTexts.Article));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--sample summarizes the bundled sample article; it takes no inputs.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--algorithm", "PageRank", "pagerank")]
    [InlineData("--similarity", "BM25", "bm25")]
    [InlineData("--similarity", "Cosine:0.1", "cosine:0.1")]
    [InlineData("--language", "AUTO", "auto")]
    [InlineData("--order", "Score", "score")]
    public void Choices_IgnoreCase(string option, string written, string canonical)
    {
        string path = Write("a.txt", TestTexts.Article);

        CliResult upper = CliRunner.Run(null, path, option, written, "--format", "json");
        CliResult lower = CliRunner.Run(null, path, option, canonical, "--format", "json");

        Assert.Equal(0, upper.ExitCode);
        Assert.Equal(lower.Out, upper.Out);
    }

    [Fact]
    public void Markdown_TitleFromAMarkdownHeading_HasOneMark()
    {
        string path = Write("report.md", "# Annual Report\n\n" + TestTexts.Article);

        CliResult result = CliRunner.Run(null, path, "--format", "markdown", "-n", "1");

        Assert.StartsWith("# Annual Report\n\n- ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownHighlight_PrintsTheTitleOnce_AndKeepsListMarkersOutsideTheMarks()
    {
        string path = Write("steps.md", "# Kitchen Notes\n\nThe pan must be hot before the oil goes in.\n\n- Heat the pan until the oil shimmers and smokes.\n- Add the onions.\n");

        CliResult result = CliRunner.Run(null, path, "--format", "markdown", "--highlight", "--include-headings", "-n", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Out.Split('\n'), line => line.Contains("Kitchen Notes", StringComparison.Ordinal));
        Assert.StartsWith("# Kitchen Notes\n\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("**-", result.Out, StringComparison.Ordinal);
        Assert.Contains("- **", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interrupt_StopsABatchBetweenDocuments_WithAValidArrayAndExit130()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Sending SIGINT to a child process takes kill(1).
        }

        // Enough work that the batch is still running when the first document is written, whatever the machine and
        // however busy it is: long documents, so that the test, slowed down by other work, cannot miss the batch.
        string folder = Path.Combine(Folder, "batch");
        Directory.CreateDirectory(folder);
        string text = string.Concat(Enumerable.Repeat(TestTexts.Article + "\n\n", 240));
        for (int i = 0; i < 100; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i:D3}.txt"), text);
        }

        string command = Path.Combine(AppContext.BaseDirectory, "summarize.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])[command, folder, "--format", "json", "-n", "1", "-j", "1"])
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        var output = new StringBuilder();
        var firstDocument = new System.Threading.ManualResetEventSlim();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (output)
                {
                    output.Append(line).Append('\n');
                }

                if (line == "}")
                {
                    firstDocument.Set();
                }
            }
        };
        process.BeginOutputReadLine();
        Task<string> error = process.StandardError.ReadToEndAsync();
        Assert.True(firstDocument.Wait(TimeSpan.FromSeconds(60)), "no document was written");
        using (Process kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the command did not stop");
        process.WaitForExit();

        Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
        Assert.Contains("summarize: interrupted.", await error, StringComparison.Ordinal);
        using JsonDocument written = JsonDocument.Parse(output.ToString());
        int count = written.RootElement.GetArrayLength();
        Assert.InRange(count, 1, 99);
    }

    [Fact]
    public async Task Terminate_WhileAWriteIsBlockedOnAPipeNobodyReads_EndsAfterTheGracePeriodWith143()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Sending SIGTERM to a child process takes kill(1).
        }

        // Far more output than a pipe holds; the test never reads it, so the command blocks in a write.
        (Process process, Task<string> error) = SplitThenTerminate(40_000, "text");
        using (process)
        {
            // Without the grace period's end the command waits for a reader for ever.
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the command did not stop");
            process.WaitForExit();
            Assert.Equal(ExitCodes.Terminated, process.ExitCode);
            await error;
        }
    }

    [Fact]
    public async Task Terminate_WhileASlowReaderIsStillReading_LeavesTheDocumentWhole()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Sending SIGTERM to a child process takes kill(1).
        }

        // A reader that keeps reading, only slowly (about 1.5 MB at 200 KB/s, longer than the grace period): the write
        // is not blocked, it goes on. The grace period is for a pipe nobody reads; here the document being written
        // stays whole (valid JSON), as the README says.
        (Process process, Task<string> error) = SplitThenTerminate(15_000, "json");
        using (process)
        {
            var output = new MemoryStream();
            var buffer = new byte[4096];
            Stream stdout = process.StandardOutput.BaseStream;
            int read;
            while ((read = await stdout.ReadAsync(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                await Task.Delay(20);
            }

            process.WaitForExit();
            await error;
            using JsonDocument json = JsonDocument.Parse(output.ToArray());
            Assert.Equal(15_000, json.RootElement.GetProperty("sentences").GetArrayLength());
        }
    }

    /// <summary>
    /// Starts <c>summarize split</c> on a text of <paramref name="sentences"/> sentences, its output unread, and sends
    /// it SIGTERM once it has filled the pipe and waits on it.
    /// </summary>
    private (Process Process, Task<string> Error) SplitThenTerminate(int sentences, string format)
    {
        string path = Path.Combine(Folder, "long.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Range(0, sentences).Select(i => $"Sentence number {i} is here. ")));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])[Path.Combine(AppContext.BaseDirectory, "summarize.dll"), "split", path, "--format", format])
        {
            start.ArgumentList.Add(arg);
        }

        Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        // The command is blocked once it has filled the pipe; give it time to get there.
        Assert.False(process.WaitForExit(TimeSpan.FromSeconds(3)), "the command ended without its output being read");
        using (Process kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        return (process, error);
    }

    private static void Tool(string name, string[] args)
    {
        using Process process = Process.Start(name, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>A standard output whose every write fails as a full disk or a closed pipe makes it fail.</summary>
    private sealed class ThrowingWriter(string message) : StringWriter
    {
        public override void Write(char value) => throw new IOException(message);

        public override void Write(string? value) => throw new IOException(message);

        public override void Write(char[] buffer, int index, int count) => throw new IOException(message);

        public override void Flush() => throw new IOException(message);
    }
}
