using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;

namespace Summarizer.Cli.Tests;

public sealed class SplitCommandTests : TempFolder
{
    public SplitCommandTests()
        : base("summarize-split-")
    {
    }

    [Theory]
    // The language whose rules split the text: the one guessed, or the one named.
    [InlineData("Die Regierung hat am Montag den Haushalt vorgelegt. Die Opposition kritisiert die geplanten Kürzungen bei der Bildung.", null, "de")]
    [InlineData("今日は晴れ!散歩に行きました。楽しかった?うん、とても。", null, "ja")]
    [InlineData("The council voted on Tuesday. The plan passed.", "fr", "fr")]
    public void Json_NamesTheLanguageOfTheRules(string text, string? named, string expected)
    {
        string[] args = named is null ? ["split", "-", "--format", "json"] : ["split", "-", "--format", "json", "--language", named];

        CliResult result = CliRunner.Run(text, args);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(expected, json.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void SplitterLines_PrintsEachNonBlankLine_AsTheSummaryReadsThem()
    {
        const string Text = "One line here\nsecond line. With two sentences on it.\n\nA third.\n";

        CliResult lines = CliRunner.Run(Text, "split", "-", "--splitter", "lines");
        CliResult rules = CliRunner.Run(Text, "split", "-");

        Assert.Equal(0, lines.ExitCode);
        Assert.Equal("One line here\nsecond line. With two sentences on it.\nA third.\n", lines.Out);
        Assert.NotEqual(lines.Out, rules.Out);
    }

    [Fact]
    public void Json_GivesTextOffsetsKindsAndParagraphs()
    {
        const string text = "Weather Today\n\nIt rained at 9 a.m. Officials closed the park.\n\nSteps: 1. Stay in 2. Keep warm";

        CliResult result = CliRunner.Run(text, "split", "-", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement sentences = json.RootElement.GetProperty("sentences");
        Assert.Equal(sentences.GetArrayLength(), json.RootElement.GetProperty("sentenceCount").GetInt32());
        var printed = new List<string>();
        foreach (JsonElement sentence in sentences.EnumerateArray())
        {
            int start = sentence.GetProperty("start").GetInt32();
            int length = sentence.GetProperty("length").GetInt32();
            Assert.Equal(text.Substring(start, length), sentence.GetProperty("text").GetString());
            printed.Add($"{sentence.GetProperty("kind").GetString()}@{sentence.GetProperty("paragraph").GetInt32()}: {sentence.GetProperty("text").GetString()}");
        }

        Assert.Equal(
            [
                "heading@0: Weather Today",
                "sentence@1: It rained at 9 a.m.",
                "sentence@1: Officials closed the park.",
                "sentence@2: Steps:",
                "list-item@2: 1. Stay in",
                "list-item@2: 2. Keep warm",
            ],
            printed);
        Assert.False(json.RootElement.TryGetProperty("path", out _));
    }

    [Fact]
    public void TextOutput_PrintsAWordTheTypesetterHyphenatedWhole_AndJsonKeepsTheText()
    {
        // Hard-wrapped and hyphenated as a PDF's text is: "manage-ment" is spelled whole in the last sentence,
        // "well-known" nowhere.
        const string text = "The board said that the manage-\nment of the harbour would change in the spring.\n"
            + "A well-\nknown pilot will lead it.\n\nShe praised the management of the works.";

        CliResult split = CliRunner.Run(text, "split", "-");
        CliResult summary = CliRunner.Run(text, "-n", "3", "--format", "markdown");
        CliResult json = CliRunner.Run(text, "split", "-", "--format", "json");

        Assert.Equal(0, split.ExitCode);
        Assert.Equal(
            [
                "The board said that the management of the harbour would change in the spring.",
                "A well-known pilot will lead it.",
                "She praised the management of the works.",
            ],
            split.Out.TrimEnd('\n').Split('\n'));
        Assert.Contains("- The board said that the management of the harbour", summary.Out, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal("The board said that the manage-\nment of the harbour would change in the spring.", document.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void TextOutput_PrintsAManPagesJustifiedAndHyphenatedLinesAsOneLineOfSingleSpaces()
    {
        // A man page justifies its lines with runs of spaces and hyphenates with U+2010; a soft hyphen (U+00AD) only
        // allows a break, so the word prints whole wherever it breaks.
        const string text = "When  more  than  one  ar\u2010\nchive\tis given, the members of the first archive are kept.\n"
            + "Each archive is read in turn, and the loca\u00AD\ntion of each member is printed.";

        CliResult split = CliRunner.Run(text, "split", "-");
        CliResult json = CliRunner.Run(text, "split", "-", "--format", "json");

        Assert.Equal(0, split.ExitCode);
        Assert.Equal(
            [
                "When more than one archive is given, the members of the first archive are kept.",
                "Each archive is read in turn, and the location of each member is printed.",
            ],
            split.Out.TrimEnd('\n').Split('\n'));
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal("When  more  than  one  ar\u2010\nchive\tis given, the members of the first archive are kept.", document.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Json_MatchesTheLibrarysSpans()
    {
        string text = TestTexts.Article;

        CliResult result = CliRunner.Run(text, "split", "-", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
        JsonElement sentences = json.RootElement.GetProperty("sentences");
        Assert.Equal(spans.Count, sentences.GetArrayLength());
        for (int i = 0; i < spans.Count; i++)
        {
            JsonElement sentence = sentences[i];
            Assert.Equal(i, sentence.GetProperty("index").GetInt32());
            Assert.Equal(spans[i].Start, sentence.GetProperty("start").GetInt32());
            Assert.Equal(spans[i].Length, sentence.GetProperty("length").GetInt32());
            Assert.Equal(spans[i].Paragraph, sentence.GetProperty("paragraph").GetInt32());
            Assert.Equal(JsonOutput.KindName(spans[i].Kind), sentence.GetProperty("kind").GetString());
        }
    }

    [Fact]
    public void HtmlFile_SplitsTheMainArticle_OffsetsIntoItsText()
    {
        string path = Write("page.html", TestTexts.Page);

        CliResult result = CliRunner.Run(null, "split", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(path, json.RootElement.GetProperty("path").GetString());
        Assert.Contains("Parks budget doubles", json.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        string article = json.RootElement.GetProperty("text").GetString()!;
        Assert.DoesNotContain("<", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous Article", article, StringComparison.Ordinal);
        int count = 0;
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            string text = sentence.GetProperty("text").GetString()!;
            Assert.Equal(article.Substring(sentence.GetProperty("start").GetInt32(), sentence.GetProperty("length").GetInt32()), text);
            Assert.DoesNotContain("Share on", text, StringComparison.Ordinal);
            count++;
        }

        Assert.True(count >= 5, $"{count} sentences");
    }

    [Fact]
    public void HtmlOnStandardInput_IsDetected_AndHtmlOptionForcesATxtFile()
    {
        CliResult piped = CliRunner.Run(TestTexts.Page, "split");
        string path = Write("page.txt", TestTexts.Page);
        CliResult forced = CliRunner.Run(null, "split", path, "--html");
        CliResult raw = CliRunner.Run(null, "split", path);

        Assert.Equal(0, piped.ExitCode);
        Assert.Contains("The city council approved a new budget for public parks on Monday", piped.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", piped.Out, StringComparison.Ordinal);
        Assert.Equal(piped.Out, forced.Out);
        Assert.Contains("<p>", raw.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SubtitleFiles_SplitTheTranscript_OffsetsIntoIt()
    {
        string srt = Write("talk.SRT", TestTexts.Srt);
        string vtt = Write("talk.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nThe budget\n\n00:02.000 --> 00:03.000\ndoubles. It is large.\n");

        CliResult lines = CliRunner.Run(null, "split", srt);
        CliResult json = CliRunner.Run(null, "split", vtt, "--format", "json");

        Assert.Equal(0, lines.ExitCode);
        Assert.Equal(string.Join('\n', TestTexts.SrtSentences) + "\n", lines.Out);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal("The budget doubles. It is large.", document.RootElement.GetProperty("text").GetString());
        JsonElement first = document.RootElement.GetProperty("sentences")[0];
        Assert.Equal("The budget doubles.", first.GetProperty("text").GetString());
        Assert.Equal((0, 19), (first.GetProperty("start").GetInt32(), first.GetProperty("length").GetInt32()));
    }

    [Fact]
    public void SubtitlesOnStandardInputOrInATxtFile_AreDetected_AndSubtitlesOptionForcesOneUnderAHeading()
    {
        CliResult piped = CliRunner.Run(TestTexts.Srt, "split");
        string saved = Write("talk.txt", TestTexts.Srt);
        string headed = Write("notes.txt", "Transcript of the parks meeting\n\n" + TestTexts.Srt);
        CliResult detected = CliRunner.Run(null, "split", saved);
        CliResult forced = CliRunner.Run(null, "split", headed, "--subtitles");
        CliResult raw = CliRunner.Run(null, "split", headed);
        CliResult both = CliRunner.Run(null, "split", saved, "--subtitles", "--html");

        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(string.Join('\n', TestTexts.SrtSentences) + "\n", piped.Out);
        Assert.Equal(piped.Out, detected.Out);
        Assert.Equal(piped.Out, forced.Out);
        Assert.Contains("00:00:01,000 --> 00:00:03,500", raw.Out, StringComparison.Ordinal);
        Assert.Equal(2, both.ExitCode);
    }

    [Fact]
    public void Directory_SplitsEveryFile_InPathOrder()
    {
        Write("b.txt", "Second file. It has two sentences.");
        Write("a.txt", "First file here.");
        Write("sub/c.md", "# Notes\n\nThird file.");
        Write("skip.csv", "not, taken");

        CliResult text = CliRunner.Run(null, "split", Folder);
        CliResult json = CliRunner.Run(null, "split", Folder, "--format", "json");
        CliResult jsonl = CliRunner.Run(null, "split", Folder, "--format", "jsonl");

        Assert.Equal(0, text.ExitCode);
        string a = Path.Combine(Folder, "a.txt");
        string b = Path.Combine(Folder, "b.txt");
        string c = Path.Combine(Folder, "sub", "c.md");
        Assert.Equal($"==> {a} <==\nFirst file here.\n\n==> {b} <==\nSecond file.\nIt has two sentences.\n\n==> {c} <==\n# Notes\nThird file.\n", text.Out);

        Assert.Equal(0, json.ExitCode);
        using JsonDocument array = JsonDocument.Parse(json.Out);
        Assert.Equal(3, array.RootElement.GetArrayLength());
        Assert.Equal(b, array.RootElement[1].GetProperty("path").GetString());
        Assert.Equal(2, array.RootElement[1].GetProperty("sentences").GetArrayLength());
        Assert.Equal("heading", array.RootElement[2].GetProperty("sentences")[0].GetProperty("kind").GetString());

        string[] lines = jsonl.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        using JsonDocument third = JsonDocument.Parse(lines[2]);
        Assert.Equal(c, third.RootElement.GetProperty("path").GetString());
    }

    [Fact]
    public void DirectoryOfOneFile_IsABatch()
    {
        string path = Write(Path.Combine("docs", "only.txt"), "Still here. Yes.");
        string folder = Path.GetDirectoryName(path)!;

        CliResult json = CliRunner.Run(null, "split", folder, "--format", "json");
        CliResult text = CliRunner.Run(null, "split", folder);

        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(path, document.RootElement[0].GetProperty("path").GetString());
        Assert.Equal($"==> {path} <==\nStill here.\nYes.\n", text.Out);
    }

    [Fact]
    public void MissingFile_IsReported_OthersStillSplit()
    {
        string good = Write("good.txt", "Still here. Yes.");
        string missing = Path.Combine(Folder, "missing.txt");

        CliResult result = CliRunner.Run(null, "split", missing, good);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.txt: no such file", result.Error, StringComparison.Ordinal);
        Assert.Contains("Still here.\nYes.\n", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Wir treffen uns am 3. Oktober in Berlin.\n")]
    [InlineData("en", "Wir treffen uns am 3.\nOktober in Berlin.\n")]
    public void Language_ChoosesTheRules(string language, string expected)
    {
        CliResult result = CliRunner.Run("Wir treffen uns am 3. Oktober in Berlin.", "split", "--language", language);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("auto")]
    public void Language_GermanOrGuessed_SplitsWithTheGermanRules(string language)
    {
        CliResult result = CliRunner.Run(Summarizer.Testing.TestArticles.GermanUtilities, "split", "--language", language);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal(Summarizer.Testing.TestArticles.GermanMillions, lines[0]);
    }

    [Fact]
    public void MaxInputLength_BelowTheText_RefusesItNamingTheOption()
    {
        string path = Write("long.txt", "The council met on Monday. The budget was doubled.");

        CliResult result = CliRunner.Run(null, "split", path, "--max-input-length", "20");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal($"summarize: {path}: 50 characters, more than --max-input-length (20) allows; raise it, or 0 for no limit.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50")]
    public void MaxInputLength_NoneOrEnough_SplitsTheText(string limit)
    {
        CliResult result = CliRunner.Run("The council met on Monday. The budget was doubled.", "split", "-", "--max-input-length", limit);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The council met on Monday.\nThe budget was doubled.\n", result.Out);
    }

    [Fact]
    public void MaxInputLength_StandardInputOverIt_IsRefused()
    {
        CliResult result = CliRunner.Run("The council met on Monday. The budget was doubled.", "split", "--max-input-length", "20");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("standard input: 50 characters, more than --max-input-length (20) allows", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-input-length", "-1")]
    [InlineData("--max-input-length", "abc")]
    [InlineData("--language", "xx")]
    [InlineData("--format", "markdown")]
    [InlineData("--bogus", null)]
    public void BadOption_IsAUsageError(string option, string? value)
    {
        CliResult result = value is null ? CliRunner.Run("A text.", "split", option) : CliRunner.Run("A text.", "split", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.NotEqual(string.Empty, result.Error);
    }

    [Fact]
    public void Run_CancelledToken_StopsBeforeTheNextDocument_AndClosesTheJsonArray()
    {
        List<InputItem> items = [new(Write("a.txt", "First text. Two sentences.")), new(Write("b.txt", "Second text. Also two."))];
        var output = new StringWriter();
        var console = new CliConsole(new StringReader(string.Empty), output, new StringWriter(), stdinIsTerminal: false);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SplitCommand.Run(items, batch: true, ExtractiveSummarizer.Create(), OutputFormat.Json, null, InputEncoding.Utf8, console, cancelled.Token));

        Assert.Equal("[]\n", output.ToString());
    }
}
