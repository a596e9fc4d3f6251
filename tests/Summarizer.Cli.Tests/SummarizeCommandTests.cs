using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

public sealed class SummarizeCommandTests : TempFolder
{
    private const string Article = TestTexts.Article;

    public SummarizeCommandTests()
        : base("summarize-cmd-")
    {
    }

    private static string Numbered(int i) =>
        $"Report {i} opens with the river town council and its plan number {i}. "
        + $"The plan number {i} gives the river town new parks and a library. "
        + "A bakery celebrated an anniversary on the same day. "
        + $"Council members said plan {i} was the largest river town plan in a decade.";

    private static List<JsonElement> JsonLines(string output)
    {
        var list = new List<JsonElement>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            list.Add(JsonDocument.Parse(line).RootElement.Clone());
        }

        return list;
    }

    // Inputs

    [Fact]
    public void SeveralFiles_Text_HeadersInInputOrder()
    {
        string b = Write("b.txt", Numbered(2));
        string a = Write("a.txt", Numbered(1));

        CliResult result = CliRunner.Run(null, b, a, "-n", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Out.IndexOf($"==> {b} <==", StringComparison.Ordinal) < result.Out.IndexOf($"==> {a} <==", StringComparison.Ordinal));
        Assert.StartsWith($"==> {b} <==\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("summarize: 2 documents", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_Recursive_GlobFiltersAndOrdersByPath()
    {
        Write("z.txt", Numbered(3));
        Write("sub/b.txt", Numbered(2));
        Write("a.txt", Numbered(1));
        Write("notes.md", Numbered(4));
        Write("image.png", "not text");

        CliResult result = CliRunner.Run(null, Folder, "--glob", "*.txt", "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        string[] paths = [.. JsonLines(result.Out).Select(e => Path.GetRelativePath(Folder, e.GetProperty("path").GetString()!))];
        Assert.Equal(["a.txt", Path.Combine("sub", "b.txt"), "z.txt"], paths);
    }

    [Fact]
    public void Directory_DefaultGlob_TakesTextMarkupAndSubtitlesOnly()
    {
        Write("a.txt", Numbered(1));
        Write("b.md", Numbered(2));
        Write("c.html", TestTexts.Page);
        Write("d.bin", "\0\0\0");
        Write("e.srt", TestTexts.Srt);
        Write("f.csv", "a,b\n1,2\n");
        Write("g.rst", Numbered(3));
        Write("h.markdown", Numbered(4));
        Write("i.tex", "\\section{Notes}\n" + Numbered(5));
        Write("j.wiki", "== Notes ==\n" + Numbered(6));
        Write("k.adoc", "= Notes\n\n" + Numbered(7));
        Write("l.log", "12:00:01 started\n12:00:02 stopped\n");

        CliResult result = CliRunner.Run(null, Folder, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["a.txt", "b.md", "c.html", "e.srt", "g.rst", "h.markdown", "i.tex", "j.wiki", "k.adoc"], JsonLines(result.Out).Select(e => Path.GetFileName(e.GetProperty("path").GetString()!)));
    }

    [Fact]
    public void Directory_NothingMatches_ExitsOne()
    {
        Write("a.bin", "x");

        CliResult result = CliRunner.Run(null, Folder, "--glob", "*.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("no files matching", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArguments_RedirectedStandardInput_IsRead()
    {
        CliResult result = CliRunner.Run(Article, "-n", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Out.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void StandardInputAndFile_Mixed_BothSummarizedInOrder()
    {
        string a = Write("a.txt", Numbered(1));

        CliResult result = CliRunner.Run(Numbered(7), "-", a, "--format", "jsonl", "-n", "1");

        Assert.Equal(0, result.ExitCode);
        List<JsonElement> lines = JsonLines(result.Out);
        Assert.Equal("-", lines[0].GetProperty("path").GetString());
        Assert.Contains("7", lines[0].GetProperty("sentences")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(a, lines[1].GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void StandardInputInABatch_EveryFormatNamesIt(string format)
    {
        string a = Write("a.txt", Numbered(1));

        foreach (string[] command in new[] { new[] { "-n", "1" }, new[] { "split" } })
        {
            CliResult result = CliRunner.Run(Numbered(7), [.. command, "-", a, "--format", format]);

            Assert.Equal(0, result.ExitCode);
            List<JsonElement> documents = format == "json"
                ? [.. JsonDocument.Parse(result.Out).RootElement.EnumerateArray()]
                : JsonLines(result.Out);
            Assert.Equal(["-", a], documents.Select(d => d.GetProperty("path").GetString()));
        }
    }

    [Fact]
    public void BothGraphCapsLifted_OnATextTooLong_SaysSoInTheCommandsOwnTerms()
    {
        // 6,000 sentences that share "harbour": with both caps lifted the graph would hold every pair.
        string text = string.Join(' ', Enumerable.Range(0, 6000).Select(i => $"The harbour opened gate {i} at dawn."));

        CliResult result = CliRunner.Run(text, "-", "--algorithm", "pagerank", "--max-edges-per-sentence", "0", "--max-term-sentences", "0");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.StartsWith("summarize: -: The sentence graph of this text's 6,000 sentences could hold more than ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Keep --max-edges-per-sentence (64 by default)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInputAlone_Json_HasNoPath()
    {
        foreach (string[] command in new[] { new[] { "-n", "1" }, new[] { "split" } })
        {
            CliResult result = CliRunner.Run(Numbered(7), [.. command, "-", "--format", "json"]);

            Assert.Equal(0, result.ExitCode);
            Assert.False(JsonDocument.Parse(result.Out).RootElement.TryGetProperty("path", out _));
        }
    }

    [Fact]
    public void Utf8WithBom_InBatch_OffsetsAreIntoTheTextWithoutBom()
    {
        string path = Path.Combine(Folder, "bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]);

        CliResult result = CliRunner.Run(null, path, path, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        foreach (JsonElement line in JsonLines(result.Out))
        {
            JsonElement first = line.GetProperty("sentences")[0];
            Assert.Equal(Article.Substring(first.GetProperty("start").GetInt32(), first.GetProperty("length").GetInt32()), first.GetProperty("text").GetString());
        }
    }

    // HTML

    [Fact]
    public void HtmlFile_Json_CarriesTheArticleTheOffsetsIndex()
    {
        string path = Write("page.html", TestTexts.Page);

        CliResult result = CliRunner.Run(null, path, "--format", "json", "--keywords", "3");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        string article = json.RootElement.GetProperty("text").GetString()!;
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            Assert.Equal(sentence.GetProperty("text").GetString(), article.Substring(sentence.GetProperty("start").GetInt32(), sentence.GetProperty("length").GetInt32()));
        }

        Assert.DoesNotContain("Previous Article", article, StringComparison.Ordinal);
        CliResult plain = CliRunner.Run(null, Write("a.txt", TestTexts.Article), "--format", "json");
        using JsonDocument plainJson = JsonDocument.Parse(plain.Out);
        Assert.False(plainJson.RootElement.TryGetProperty("text", out _));
    }

    [Fact]
    public void HtmlFile_IsDetected_FurnitureIsGone()
    {
        string path = Write("page.html", TestTexts.Page);

        CliResult result = CliRunner.Run(null, path, "--highlight", "--sentences", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<mark>", result.Out, StringComparison.Ordinal);
        Assert.Contains("council approved", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous Article", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", result.Out, StringComparison.Ordinal);
        Assert.Contains("&amp;", result.Out, StringComparison.Ordinal);
    }

    // A documentation page: its code block and the "See also" list and references after the article.
    private const string DocumentationPage = """
        <html><head><title>Logtally</title></head><body><article>
        <h1>Counting log lines</h1>
        <p>Logtally counts the lines of a folder of log files by their level and prints the busiest hours.</p>
        <pre><code>logtally ./logs --top 5 --since yesterday --level error
        logtally ./logs --format json --output counts.json</code></pre>
        <p>The counts are read in one pass, so a folder of large logs is counted in seconds.</p>
        <p>Errors and warnings are listed first, with the hours in which most of them were written.</p>
        <h2>See also</h2>
        <ul><li>Log rotation</li><li>Log levels</li></ul>
        <h2>References</h2>
        <ol><li>Hart, L. (2019). "Counting lines in large log folders quickly". Ops Press.</li></ol>
        <p>Categories: Tools | Logging</p>
        </article></body></html>
        """;

    [Fact]
    public void HtmlFile_CodeBlockAndBackMatter_NeverChosen()
    {
        string path = Write("logtally.html", DocumentationPage);

        CliResult summary = CliRunner.Run(null, path, "--sentences", "3");

        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(
            "Logtally counts the lines of a folder of log files by their level and prints the busiest hours.\n"
            + "The counts are read in one pass, so a folder of large logs is counted in seconds.\n"
            + "Errors and warnings are listed first, with the hours in which most of them were written.\n",
            summary.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void HtmlFile_Highlight_CodeBlockIsPreformattedNotAHeading()
    {
        string path = Write("logtally.html", DocumentationPage);

        CliResult result = CliRunner.Run(null, path, "--sentences", "1", "--highlight");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<pre><code>logtally ./logs --top 5 --since yesterday --level error\nlogtally ./logs", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("<h2>See also</h2>", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>logtally", result.Out, StringComparison.Ordinal);
    }

    // A page whose section headings are questions: the markup says they are headings, though they end as sentences do.
    private const string QuestionHeadings = """
        <html><head><title>Town floods</title></head><body><article>
        <h1>River floods the old town</h1>
        <p>The river burst its banks on Sunday and flooded the old town, forcing three thousand residents from their homes.</p>
        <h2>What happens next?</h2>
        <p>Engineers worked through the night to reinforce the flood walls along the river with sandbags.</p>
        <p>The water level reached ten metres by the morning, the highest since records began in the town.</p>
        <h2>Why did the river flood the old town so fast?</h2>
        <p>Forecasters expect more rain this week, so the river could rise again and flood the old town.</p>
        <p>Many residents of the old town could reach their flooded homes only by boat.</p>
        <p>A concert in the town hall was moved to the autumn.</p>
        </article></body></html>
        """;

    [Fact]
    public void HtmlFile_HeadingsWrittenAsQuestions_AreHeadingsAndNeverChosen()
    {
        string path = Write("floods.html", QuestionHeadings);

        CliResult split = CliRunner.Run(null, "split", path, "--format", "json");
        CliResult summary = CliRunner.Run(null, path, "--sentences", "6");
        CliResult plain = CliRunner.Run(null, Write("floods.txt", string.Join("\n\n", "What happens next?", "The river burst its banks and flooded the old town.", "Why did the river flood the old town so fast?")), "split", "--format", "json");

        Assert.Equal(0, split.ExitCode);
        using JsonDocument json = JsonDocument.Parse(split.Out);
        var kinds = new Dictionary<string, string>();
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            kinds[sentence.GetProperty("text").GetString()!] = sentence.GetProperty("kind").GetString()!;
        }

        Assert.Equal("heading", kinds["What happens next?"]);
        Assert.Equal("heading", kinds["Why did the river flood the old town so fast?"]);
        Assert.Equal("sentence", kinds["A concert in the town hall was moved to the autumn."]);
        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(6, summary.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("?", summary.Out, StringComparison.Ordinal);
        // Plain text has no markup to tell: a question on a line of its own stays a sentence there.
        Assert.DoesNotContain("\"heading\"", plain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlFile_Highlight_WritesThePagesHeadingsAsHeadings()
    {
        string path = Write("floods-highlight.html", QuestionHeadings);

        CliResult result = CliRunner.Run(null, path, "--highlight", "--sentences", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<h2>What happens next?</h2>", result.Out, StringComparison.Ordinal);
        Assert.Contains("<h2>Why did the river flood the old town so fast?</h2>", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>What happens next?", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<p></p>", result.Out, StringComparison.Ordinal);
        Assert.Equal(2, result.Out.Split("<mark>").Length - 1);
    }

    [Fact]
    public void MarkdownHighlight_SentencesWithoutSpacesBetween_AreMarkedWithTheHtmlTag()
    {
        string path = Write("zh.txt", "第一句话在这里。第二句话很重要，非常重要。第三句话结束了。第四句话。");

        CliResult result = CliRunner.Run(null, path, "-f", "markdown", "--highlight", "-n", "2", "-l", "zh");

        // "**" cannot close after "。" before a letter (CommonMark's flanking rules).
        Assert.Contains("<strong>", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("。**", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownFile_MarkdownOutput_KeepsItsOwnMarkup()
    {
        string path = Write("guide.md", "Install with `dotnet tool install` and read the [manual](https://example.com/manual_v2). The **fast** path is the default. It is quick and it is safe.");
        string plain = Write("guide.txt", "Install with `dotnet tool install` and read the [manual](https://example.com/manual_v2). The **fast** path is the default. It is quick and it is safe.");

        CliResult markdown = CliRunner.Run(null, path, "-f", "markdown", "-n", "3");
        CliResult text = CliRunner.Run(null, plain, "-f", "markdown", "-n", "3");

        Assert.Contains("- Install with `dotnet tool install` and read the [manual](https://example.com/manual_v2).", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("- The **fast** path is the default.", markdown.Out, StringComparison.Ordinal);
        // A text file's characters are text: escaped.
        Assert.Contains(@"\`dotnet tool install\`", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownFile_TextOutput_PrintsItsSentencesAsRendered()
    {
        const string Guide = "Install with `dotnet tool install` and read the [manual](https://example.com/manual_v2). The **fast** path is the default. It is quick and it is safe.";
        string path = Write("guide.md", Guide);
        string plain = Write("guide.txt", Guide);

        CliResult markdown = CliRunner.Run(null, path, "-n", "3");
        CliResult text = CliRunner.Run(null, plain, "-n", "3");
        CliResult json = CliRunner.Run(null, path, "-n", "3", "-f", "json");

        Assert.Equal("Install with dotnet tool install and read the manual.\nThe fast path is the default.\nIt is quick and it is safe.\n", markdown.Out);
        // A text file's characters are text, and JSON gives each sentence as the source has it, with its offsets.
        Assert.Contains("The **fast** path is the default.", text.Out, StringComparison.Ordinal);
        Assert.Contains("The **fast** path is the default.", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlOnStandardInput_IsDetected()
    {
        CliResult result = CliRunner.Run(TestTexts.Page, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Contains("Parks budget doubles", json.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            Assert.DoesNotContain("<", sentence.GetProperty("text").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HtmlOption_ForcesExtractionOfATxtFile()
    {
        string path = Write("page.txt", TestTexts.Page);

        CliResult plain = CliRunner.Run(null, path, "--format", "markdown");
        CliResult html = CliRunner.Run(null, path, "--html", "--format", "markdown");

        Assert.Equal(0, html.ExitCode);
        Assert.StartsWith("# Parks budget doubles", html.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", html.Out, StringComparison.Ordinal);
        Assert.NotEqual(plain.Out, html.Out);
    }

    // Subtitles

    [Fact]
    public void SrtFile_Summary_IsWholeSentencesOfTheTranscript()
    {
        string path = Write("talk.srt", TestTexts.Srt);

        CliResult text = CliRunner.Run(null, path, "-n", "2");
        CliResult json = CliRunner.Run(null, path, "-n", "2", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        string[] lines = text.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Contains(line, TestTexts.SrtSentences));
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal(5, document.RootElement.GetProperty("sentenceCount").GetInt32());
        string transcript = document.RootElement.GetProperty("text").GetString()!;
        Assert.Equal(TestTexts.SrtTranscript, transcript);
        foreach (JsonElement sentence in document.RootElement.GetProperty("sentences").EnumerateArray())
        {
            Assert.Equal(sentence.GetProperty("text").GetString(), transcript.Substring(sentence.GetProperty("start").GetInt32(), sentence.GetProperty("length").GetInt32()));
        }

        Assert.False(document.RootElement.TryGetProperty("title", out _));
    }

    [Fact]
    public void SrtFile_HighlightAndMarkdown_UseTheTranscript()
    {
        string path = Write("talk.srt", TestTexts.Srt);

        CliResult highlight = CliRunner.Run(null, path, "-n", "1", "--highlight");
        CliResult markdown = CliRunner.Run(null, path, "-n", "1", "--format", "markdown");

        Assert.Equal(0, highlight.ExitCode);
        Assert.Contains("[[", highlight.Out, StringComparison.Ordinal);
        Assert.Contains("for public parks on Monday, after a long debate that ran late", highlight.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("-->", highlight.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", highlight.Out, StringComparison.Ordinal);
        Assert.StartsWith("# talk\n", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SubtitlesOnStandardInput_AreDetected_TextWithAnArrowIsNot()
    {
        const string Vtt = "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Dana>The parks budget doubles\n\n00:03.000 --> 00:05.000\n<v Dana>this year, the council said.\n";
        const string Arrows = "Plan A --> plan B.\n1\n00:00:01,000 --> 00:00:02,000\nThe council met.\n";

        CliResult vtt = CliRunner.Run(Vtt, "--format", "json");
        CliResult srt = CliRunner.Run(TestTexts.Srt, "-n", "1", "--format", "json");
        CliResult text = CliRunner.Run(Arrows, "--format", "json");

        Assert.Equal(0, vtt.ExitCode);
        using JsonDocument vttJson = JsonDocument.Parse(vtt.Out);
        Assert.Equal("The parks budget doubles this year, the council said.", vttJson.RootElement.GetProperty("text").GetString());
        using JsonDocument srtJson = JsonDocument.Parse(srt.Out);
        Assert.Equal(TestTexts.SrtTranscript, srtJson.RootElement.GetProperty("text").GetString());
        using JsonDocument textJson = JsonDocument.Parse(text.Out);
        Assert.False(textJson.RootElement.TryGetProperty("text", out _));
        Assert.Contains("-->", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TxtFileStartingAsSubtitles_IsReadAsThem_TheOptionForcesOneThatDoesNot_AndExcludesHtml()
    {
        // A transcript saved as text is told by how it starts; one under a line of its own needs --subtitles, which
        // leaves out what comes before the first cue.
        string saved = Write("talk.txt", TestTexts.Srt);
        string headed = Write("notes.txt", "Transcript of the parks meeting\n\n" + TestTexts.Srt);

        CliResult detected = CliRunner.Run(null, saved, "--sentences", "20");
        CliResult plain = CliRunner.Run(null, headed, "--sentences", "20");
        CliResult forced = CliRunner.Run(null, headed, "--subtitles", "--sentences", "20");
        CliResult both = CliRunner.Run(null, saved, "--subtitles", "--html");

        string transcript = string.Join('\n', TestTexts.SrtSentences) + "\n";
        Assert.Equal(0, detected.ExitCode);
        Assert.Equal(transcript, detected.Out);
        // Read as plain text, the cues' markup stays (their timings are time stamps, headings left out of the summary).
        Assert.Contains("<i>changing priorities</i>", plain.Out, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(transcript, forced.Out);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--html and --subtitles", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SrtFileWithoutCues_IsReadAsPlainText_AndSaysSo()
    {
        string path = Write("notes.srt", "The council met on Monday. It approved the budget for the parks.");

        CliResult result = CliRunner.Run(null, path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.TryGetProperty("text", out _));
        Assert.Equal(2, json.RootElement.GetProperty("sentenceCount").GetInt32());
        Assert.Contains($"summarize: {path}: no subtitle cue", result.Error, StringComparison.Ordinal);
    }

    // Formats

    [Fact]
    public void Markdown_TitleListAndKeywords()
    {
        CliResult result = CliRunner.Run(null, "--sample", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Split('\n');
        Assert.Equal("# Harbor town turns its old ferry into a floating library", lines[0]);
        Assert.Equal(3, lines.Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("**Keywords:** ", StringComparison.Ordinal));
    }

    private const string PageWithMarkup = """
        <html><head><title>Letters &amp; comments</title></head><body><article>
        <h1>Letters &amp; comments</h1>
        <p>The council met on Monday to discuss a comment that said &lt;img src=x onerror=alert(1)&gt; in the middle of the page.</p>
        <p># of residents who attended the meeting on Monday evening was two hundred and ten people.</p>
        <p>A resident wrote **very** loudly and used snake_case_names and a [link](http://example.com) in the letter.</p>
        </article></body></html>
        """;

    [Fact]
    public void Markdown_TextFromAPage_IsEscapedNotInterpreted()
    {
        string path = Write("letters.html", PageWithMarkup);

        CliResult result = CliRunner.Run(null, path, "--format", "markdown", "--ratio", "1", "--redundancy", "1", "--keywords", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            # Letters & comments

            - The council met on Monday to discuss a comment that said \<img src=x onerror=alert(1)> in the middle of the page.
            - \# of residents who attended the meeting on Monday evening was two hundred and ten people.
            - A resident wrote \*\*very\*\* loudly and used snake_case_names and a \[link](http://example.com) in the letter.

            """,
            result.Out.ReplaceLineEndings("\n"));
    }

    private const string ReleaseNotes =
        "The new release of the tool changes how configuration files are read and written on every platform.\n\n"
        + "- The configuration parser now accepts comments in every configuration file it reads.\n"
        + "- The configuration writer keeps the comments of the files it rewrites on every platform.\n"
        + "3. Numbered: the configuration of the cache moved to its own section of the files.\n";

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("notes.md")]
    public void Markdown_ListItems_TakeTheSummarysBulletAndEscapeTheirNumber(string name)
    {
        string path = Write(name, ReleaseNotes);

        CliResult result = CliRunner.Run(null, path, "--format", "markdown", "-n", "4", "--keywords", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            # notes

            - The new release of the tool changes how configuration files are read and written on every platform.
            - The configuration parser now accepts comments in every configuration file it reads.
            - The configuration writer keeps the comments of the files it rewrites on every platform.
            - 3\. Numbered: the configuration of the cache moved to its own section of the files.

            """,
            result.Out.ReplaceLineEndings("\n"));

        // Text output prints each sentence as written, its marker too.
        CliResult text = CliRunner.Run(null, path, "-n", "4");
        Assert.Contains("\n- The configuration parser now accepts", text.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ItemsOfAPagesList_TakeTheSummarysBullet()
    {
        string path = Write("notes.html", "<html><body><article><h1>Notes</h1><p>The release changes how the configuration files are read and written everywhere.</p>"
            + "<ul><li>The configuration parser now accepts comments in every file it reads.</li><li>The configuration writer keeps the comments of the files it rewrites.</li></ul></article></body></html>");

        CliResult result = CliRunner.Run(null, path, "--format", "markdown", "-n", "3", "--keywords", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\n- The configuration parser now accepts comments in every file it reads.\n", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("\u2022", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Highlight_EscapesTheTextAndKeepsTheMarks()
    {
        string path = Write("letters.html", PageWithMarkup);

        CliResult result = CliRunner.Run(null, path, "--format", "markdown", "--highlight", "--ratio", "1", "--redundancy", "1", "--keywords", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            # Letters & comments

            **The council met on Monday to discuss a comment that said \<img src=x onerror=alert(1)> in the middle of the page.**

            **# of residents who attended the meeting on Monday evening was two hundred and ten people.**

            **A resident wrote \*\*very\*\* loudly and used snake_case_names and a \[link](http://example.com) in the letter.**

            """,
            result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Markdown_Highlight_UnchosenHeadingLineOfPlainText_IsNotAHeading()
    {
        CliResult result = CliRunner.Run(
            "The council met on Monday to approve the new budget for the parks.\n\n# of residents who came, most stayed late.\n\nThe budget doubles the money for park maintenance next year.",
            "-", "--format", "markdown", "--highlight", "-n", "1", "--keywords", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Summary\n\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# ", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Directory_Json_IsAnArrayWhateverItHolds(int files)
    {
        string folder = Path.Combine(Folder, "docs");
        for (int i = 1; i <= files; i++)
        {
            Write(Path.Combine("docs", $"{i}.txt"), Numbered(i));
        }

        CliResult json = CliRunner.Run(null, folder, "--format", "json", "--progress", "never");
        CliResult text = CliRunner.Run(null, folder, "--progress", "never");

        Assert.Equal(0, json.ExitCode);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(files, document.RootElement.GetArrayLength());
        Assert.StartsWith($"==> {Path.Combine(folder, "1.txt")} <==\n", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OneFile_Json_IsAnObject()
    {
        CliResult result = CliRunner.Run(null, Write("one.txt", Numbered(1)), "--format", "json");

        using JsonDocument document = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Theory]
    [InlineData("# Annual Report 2025", "Annual Report 2025")]
    [InlineData("Annual Report 2025                                   3", "Annual Report 2025")]
    [InlineData("12          Annual Report 2025", "Annual Report 2025")]
    [InlineData("  Annual   Report\t2025  ", "Annual Report 2025")]
    [InlineData("Top 10", "Top 10")]
    [InlineData("Windows   11", "Windows 11")]
    [InlineData("Annual Report\t\t2025", "Annual Report 2025")]
    [InlineData("Chapter 2025", "Chapter 2025")]
    [InlineData("2025", "2025")]
    public void Markdown_HeadingAsTitle_WithoutARunningHeadersPageNumber(string line, string expected) =>
        Assert.Equal(expected, SummarizeCommand.HeadingTitle(line));

    [Fact]
    public void Markdown_TextFromAPdf_TitleIsItsRunningHeaderWithoutThePageNumber()
    {
        string path = Write("report.txt", "Annual Report 2025                                  3\n\n" + Article);

        CliResult result = CliRunner.Run(null, path, "--format", "markdown", "--keywords", "0");

        Assert.StartsWith("# Annual Report 2025\n\n- ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_FileWithoutHeading_TitleIsTheFileName()
    {
        string path = Write("parks-budget.txt", Article);

        CliResult result = CliRunner.Run(null, path, "--format", "markdown", "--keywords", "0");

        Assert.StartsWith("# parks-budget\n\n- ", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Keywords", result.Out, StringComparison.Ordinal);
    }

    private const string Post = """
        ---
        title: "How we cut our build times in half"
        date: 2024-06-03
        tags: [builds, ci]
        ---

        Our nightly builds used to take two hours. After three months of work on caching and parallelism, they take under one hour.

        The biggest gain came from caching the dependency downloads between runs. Every job used to fetch the same packages.
        """;

    [Fact]
    public void MarkdownPost_FrontMattersTitle_IsTheTitle()
    {
        string path = Write("post.md", Post);

        CliResult markdown = CliRunner.Run(null, path, "--format", "markdown", "-n", "2", "--keywords", "0");
        CliResult json = CliRunner.Run(null, path, "--format", "json", "-n", "2");
        CliResult highlight = CliRunner.Run(null, path, "--format", "markdown", "--highlight", "-n", "1", "--keywords", "0");

        Assert.StartsWith("# How we cut our build times in half\n\n- ", markdown.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("How we cut our build times in half", JsonDocument.Parse(json.Out).RootElement.GetProperty("title").GetString());
        // The highlighted text starts after the front matter, which would read as a rule and a heading in Markdown.
        string highlighted = highlight.Out.ReplaceLineEndings("\n");
        Assert.StartsWith("# How we cut our build times in half\n\n", highlighted, StringComparison.Ordinal);
        Assert.Contains("Our nightly builds", highlighted, StringComparison.Ordinal);
        Assert.DoesNotContain("date: 2024-06-03", highlighted, StringComparison.Ordinal);
        Assert.DoesNotContain("---", highlighted, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownPost_TomlFrontMattersTitle_IsTheTitle_AndATextWithoutOneKeepsItsFileName()
    {
        string toml = Write("notes.md", "+++\ntitle = 'Release notes for 2.0'\ndate = 2024-06-03\n+++\n\nThe release changes how the configuration files are read. It also keeps their comments.\n");
        string untitled = Write("plain.md", "---\ndate: 2024-06-03\nimage:\n  title: A photo of the office\n---\n\nThe release changes how the configuration files are read. It also keeps their comments.\n");

        CliResult withTitle = CliRunner.Run(null, toml, "--format", "markdown", "-n", "1", "--keywords", "0");
        CliResult without = CliRunner.Run(null, untitled, "--format", "markdown", "-n", "1", "--keywords", "0");

        Assert.StartsWith("# Release notes for 2.0\n", withTitle.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.StartsWith("# plain\n", without.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasKeywordsDiagnosticsAndRanking()
    {
        CliResult result = CliRunner.Run(Article, "--format", "json", "--keywords", "4", "--ranking");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement root = json.RootElement;
        Assert.Equal(4, root.GetProperty("keywords").GetArrayLength());
        JsonElement keyword = root.GetProperty("keywords")[0];
        JsonElement occurrence = keyword.GetProperty("occurrences")[0];
        Assert.Equal(keyword.GetProperty("text").GetString(),
            Article.Substring(occurrence.GetProperty("start").GetInt32(), occurrence.GetProperty("length").GetInt32()).ToLowerInvariant());
        Assert.Equal(root.GetProperty("sentenceCount").GetInt32(), root.GetProperty("ranking").GetArrayLength());
        JsonElement diagnostics = root.GetProperty("diagnostics");
        Assert.Equal("learned", diagnostics.GetProperty("algorithm").GetString());
        Assert.Equal("textrank", diagnostics.GetProperty("similarity").GetString());
        Assert.Equal("sentences", diagnostics.GetProperty("budgetUnit").GetString());
        Assert.True(diagnostics.GetProperty("converged").GetBoolean());
        Assert.False(diagnostics.TryGetProperty("leadStrength", out _));
    }

    [Theory]
    [InlineData("pagerank")]
    [InlineData("pacsum")]
    public void Json_Algorithm_IsTheRankersName(string name)
    {
        JsonElement diagnostics = JsonDocument.Parse(CliRunner.Run(Article, "--format", "json", "--algorithm", name).Out).RootElement.GetProperty("diagnostics");
        Assert.Equal(name, diagnostics.GetProperty("algorithm").GetString());
    }

    [Fact]
    public void RankerFlags_BuildTheNamedRankerWithTheirValues()
    {
        var set = new SummarizerOptionSet();
        var command = new System.CommandLine.RootCommand();
        set.AddTo(command);

        SummarizerOptions pageRank = set.Build(command.Parse(["-a", "pagerank", "--damping", "0.7", "--tolerance", "0.001", "--max-iterations", "7", "--position-bias", "0.5", "-q", "ferry", "--query-weight", "0.25"]));
        AssertSameRanker(new PageRankRanker { Damping = 0.7, Tolerance = 0.001, MaxIterations = 7, PositionBias = 0.5, QueryWeight = 0.25 }, pageRank.Ranker);

        SummarizerOptions pacSum = set.Build(command.Parse(["-a", "pacsum", "--pacsum-forward-weight", "0.5", "--pacsum-backward-weight", "-1", "--pacsum-threshold", "0.2", "-q", "ferry", "--query-weight", "0.4"]));
        AssertSameRanker(new PacSumRanker { ForwardWeight = 0.5, BackwardWeight = -1, Threshold = 0.2, QueryWeight = 0.4 }, pacSum.Ranker);

        // Flags not given keep the ranker's own defaults.
        AssertSameRanker(PacSumRanker.Default, set.Build(command.Parse(["--algorithm", "pacsum"])).Ranker);
    }

    private static void AssertSameRanker(SentenceRanker expected, SentenceRanker actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        foreach (System.Reflection.PropertyInfo property in expected.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            Assert.True(Equals(property.GetValue(expected), property.GetValue(actual)), $"{property.Name}: {property.GetValue(expected)} != {property.GetValue(actual)}");
        }
    }

    [Fact]
    public void Json_SeveralInputs_IsOneArray()
    {
        string a = Write("a.txt", Numbered(1));
        string b = Write("b.txt", Numbered(2));

        CliResult result = CliRunner.Run(null, a, b, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal([a, b], json.RootElement.EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public void Jsonl_OneCompactObjectALineWithPath()
    {
        string a = Write("a.txt", Numbered(1));

        CliResult result = CliRunner.Run(null, a, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Out.TrimEnd('\n').Split('\n'));
        Assert.Equal(a, JsonLines(result.Out)[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Highlight_Text_NotATerminal_BracketsAroundChosenSentences()
    {
        CliResult result = CliRunner.Run(Article, "--highlight", "-n", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Out.Split("[[").Length - 1);
        Assert.Equal(Article + "\n", result.Out.Replace("[[", string.Empty, StringComparison.Ordinal).Replace("]]", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Highlight_ColorAlways_UsesAnsi()
    {
        CliResult result = CliRunner.Run(Article, "--highlight", "--color", "always");

        Assert.Contains("\u001b[1;33m", result.Out, StringComparison.Ordinal);
        Assert.Contains("\u001b[0m", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_Terminal_UsesAnsiAndNeverWhenAsked()
    {
        var output = new StringWriter();
        (int code, _) = CliRunnerWith.Run(output, stdoutIsTerminal: true, stderrIsTerminal: false, "--sample", "--highlight");
        var plain = new StringWriter();
        CliRunnerWith.Run(plain, stdoutIsTerminal: true, stderrIsTerminal: false, "--sample", "--highlight", "--color", "never");

        Assert.Equal(0, code);
        Assert.Contains("\u001b[1;33m", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", plain.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_Markdown_Bold()
    {
        CliResult result = CliRunner.Run(Article, "--highlight", "--format", "markdown", "-n", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Summary\n\n", result.Out, StringComparison.Ordinal);
        Assert.Equal(2, result.Out.Split("**").Length - 1 - 2); // two marks around the sentence, two around "Keywords:"
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void Highlight_WithJson_IsAUsageError(string format)
    {
        CliResult result = CliRunner.Run(Article, "--highlight", "--format", format);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("summarize: --highlight", result.Error, StringComparison.Ordinal);
    }

    // Library options

    [Fact]
    public void Defaults_AreTheLibraryDefaults()
    {
        var set = new SummarizerOptionSet();
        var command = new System.CommandLine.RootCommand();
        set.AddTo(command);

        SummarizerOptions built = set.Build(command.Parse([]));

        SummarizerOptions expected = SummarizerOptions.Default;
        foreach (System.Reflection.PropertyInfo property in typeof(SummarizerOptions).GetProperties())
        {
            if (property.GetMethod!.IsStatic || property.Name is nameof(SummarizerOptions.Budget) or nameof(SummarizerOptions.Ranker))
            {
                continue;
            }

            Assert.True(Equals(property.GetValue(expected), property.GetValue(built)), $"{property.Name}: {property.GetValue(expected)} != {property.GetValue(built)}");
        }

        AssertSameRanker(expected.Ranker, built.Ranker);
        Assert.Equal(expected.Budget.Unit, built.Budget.Unit);
        Assert.Equal(expected.Budget.Limit, built.Budget.Limit);
    }

    [Fact]
    public void EveryScalarOption_IsOnTheCommandLine()
    {
        CliResult help = CliRunner.Run(null, "--help");

        string[] expected =
        [
            "--sentences", "--ratio", "--words", "--chars", "--tokens", "--tokenizer", "--query", "--keywords", "--algorithm", "--similarity",
            "--order", "--splitter", "--damping", "--tolerance", "--max-iterations", "--position-bias", "--query-weight", "--pacsum-forward-weight",
            "--pacsum-backward-weight", "--pacsum-threshold", "--max-edges-per-sentence", "--max-term-sentences", "--redundancy",
            "--min-words", "--max-words", "--include-headings", "--ranking", "--background-frequencies", "--format", "--highlight", "--html", "--subtitles",
            "--glob", "--progress", "--language", "Examples:",
        ];
        Assert.All(expected, name => Assert.Contains(name, help.Out, StringComparison.Ordinal));
        Assert.Contains("[default: 0.85]", help.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pagerank", "--algorithm", "pagerank")]
    [InlineData("pacsum", "--algorithm", "pacsum")]
    [InlineData("bm25(", "--similarity", "bm25")]
    [InlineData("bm25+", "--similarity", "bm25+")]
    [InlineData("cosine", "--similarity", "cosine")]
    [InlineData("cosine", "--similarity", "cosine:0.1")]
    [InlineData("ratio", "--ratio", "0.5")]
    [InlineData("words", "--words", "30")]
    [InlineData("characters", "--chars", "200")]
    [InlineData("tokens", "--tokens", "40")]
    [InlineData("tokens", "--tokens", "40", "--tokenizer", "gpt-4")]
    [InlineData("tokens", "--tokens", "40", "--tokenizer", "gpt-3.5-turbo")]
    [InlineData("sentences", "--sentences", "2")]
    public void Options_ReachTheSummarizer(string expected, params string[] args)
    {
        CliResult result = CliRunner.Run(Article, ["--format", "json", .. args]);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement diagnostics = json.RootElement.GetProperty("diagnostics");
        string seen = diagnostics.GetProperty("algorithm").GetString() + " " + diagnostics.GetProperty("similarity").GetString() + " "
            + diagnostics.GetProperty("budgetUnit").GetString();
        Assert.Contains(expected, seen, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_Gpt4oAndGpt4_CountDifferently()
    {
        Tokenizer4o();

        static void Tokenizer4o()
        {
            Microsoft.ML.Tokenizers.Tokenizer o200k = SummarizerOptionSet.CreateTokenizer("gpt-4o");
            Microsoft.ML.Tokenizers.Tokenizer cl100k = SummarizerOptionSet.CreateTokenizer("gpt-4");
            const string text = "Überschrift: 東京 is the capital, 🌳 parks.";
            Assert.NotEqual(0, o200k.CountTokens(text));
            Assert.NotEqual(o200k.EncodeToIds(text), cl100k.EncodeToIds(text));
        }
    }

    [Theory]
    [InlineData("auto", "en")]
    [InlineData("en", "en")]
    [InlineData("de", "de")]
    public void Language_IsUsedAndReported(string option, string expected)
    {
        CliResult result = CliRunner.Run(Article, "--format", "json", "--language", option);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(expected, json.RootElement.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("de")]
    [InlineData("DE-at")]
    [InlineData("auto")]
    public void Language_German_SplitsWithTheGermanRules(string language)
    {
        CliResult result = CliRunner.Run(TestArticles.GermanUtilities, "--format", "json", "--ranking", "--language", language);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("de", json.RootElement.GetProperty("language").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("sentenceCount").GetInt32());
        Assert.Equal(TestArticles.GermanMillions.Length, json.RootElement.GetProperty("ranking")[0].GetProperty("length").GetInt32());
    }

    [Fact]
    public void Language_GermanWithLinesSplitter_TheSplitterWins()
    {
        string lines = TestArticles.GermanUtilities.Replace(". ", ".\n", StringComparison.Ordinal);

        CliResult result = CliRunner.Run(lines, "--format", "json", "--splitter", "lines", "--language", "de");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(5, json.RootElement.GetProperty("sentenceCount").GetInt32());
    }

    [Fact]
    public void Language_Auto_GuessesGerman()
    {
        const string german = "Der Stadtrat hat am Montag einen neuen Haushalt für die öffentlichen Parks beschlossen. "
            + "Der Haushalt verdoppelt das Geld für die Pflege der Parks und schafft zwei neue Parks im Norden der Stadt. "
            + "Die Mitglieder des Rates sagten, es sei der größte Haushalt für Parks seit zehn Jahren. "
            + "Die Bürger hatten sich seit Jahren mehr Parks und eine bessere Pflege gewünscht.";

        CliResult result = CliRunner.Run(german, "--format", "jsonl");

        Assert.Equal("de", JsonLines(result.Out)[0].GetProperty("language").GetString());
    }

    [Fact]
    public void Words_BudgetIsRespected()
    {
        CliResult result = CliRunner.Run(Article, "--format", "json", "--words", "20");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("diagnostics").GetProperty("budgetUsed").GetDouble() <= 20);
    }

    [Fact]
    public void Order_Score_SortsByRank()
    {
        CliResult result = CliRunner.Run(Article, "--format", "json", "--order", "score", "-n", "3");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        int[] ranks = [.. json.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("rank").GetInt32())];
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public void Query_ChangesTheChoice()
    {
        CliResult plain = CliRunner.Run(Article, "-n", "1", "-a", "pagerank", "--position-bias", "0");
        CliResult query = CliRunner.Run(Article, "-n", "1", "-a", "pagerank", "--position-bias", "0", "--query", "bakery anniversary");

        Assert.Equal(0, query.ExitCode);
        Assert.Contains("bakery", query.Out, StringComparison.Ordinal);
        Assert.NotEqual(plain.Out, query.Out);
    }

    [Fact]
    public void IncludeHeadings_LetsAHeadingBeChosen()
    {
        const string text = "Parks budget council parks\n\n" + Article;

        CliResult without = CliRunner.Run(text, "--splitter", "rules", "--ratio", "1");
        CliResult with = CliRunner.Run(text, "--include-headings", "--ratio", "1", "--min-words", "0");

        Assert.DoesNotContain("Parks budget council parks", without.Out, StringComparison.Ordinal);
        Assert.Contains("Parks budget council parks", with.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxWords_ExcludesLongSentences()
    {
        CliResult result = CliRunner.Run(Article, "--max-words", "12", "--ratio", "1", "--redundancy", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Out.TrimEnd('\n').Split('\n'), line => Assert.True(line.Split(' ').Length <= 13, line));
    }

    [Fact]
    public void Splitter_Lines_TakesEachLineAsASentence()
    {
        CliResult result = CliRunner.Run("first line without a stop\nsecond line here. And more\nthird line", "--splitter", "lines", "--ratio", "1", "--min-words", "0", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(3, json.RootElement.GetProperty("sentenceCount").GetInt32());
    }

    [Theory]
    [InlineData("--max-edges-per-sentence", "2")]
    [InlineData("--max-term-sentences", "0")]
    [InlineData("--redundancy", "0.3")]
    [InlineData("--redundancy-threshold", "0.3")]
    [InlineData("--min-words", "3")]
    [InlineData("--min-sentence-words", "3")]
    [InlineData("--max-sentence-words", "40")]
    [InlineData("--keywords", "2")]
    [InlineData("--parallel", "1")]
    [InlineData("--progress", "never")]
    [InlineData("--ratio", "1")]
    public void ScalarOptions_AreAccepted(string name, string value)
    {
        // Keywords are printed in JSON (text output refuses the flag: ScalarFlags_WhoseOutputTheFormatDoesNotPrint_AreRefused).
        string[] format = name == "--keywords" ? ["--format", "json"] : [];
        CliResult result = CliRunner.Run(Article, ["-", name, value, .. format]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.NotEqual(string.Empty, result.Out);
    }

    [Fact]
    public void Json_EverySentenceSaysItsKind_SoThatARankedHeadlineIsKnownAsOne()
    {
        CliResult result = CliRunner.Run(null, "--sample", "--format", "json", "--ranking");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("heading", json.RootElement.GetProperty("ranking")[0].GetProperty("kind").GetString());
        Assert.All(json.RootElement.GetProperty("sentences").EnumerateArray(), s => Assert.Equal("sentence", s.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("--keywords are printed in json, jsonl and markdown output, not in text", "-k", "5")]
    [InlineData("--ranking lists every sentence's score and rank in json and jsonl output", "--ranking")]
    [InlineData("--ranking lists every sentence's score and rank in json and jsonl output", "--ranking", "--format", "markdown")]
    [InlineData("--color colours the marks of --highlight; give --highlight too.", "--color", "always")]
    [InlineData("--query-weight sets how strongly --query steers the ranking; give --query too.", "--query-weight", "0.5")]
    public void ScalarFlags_WhoseOutputTheFormatDoesNotPrint_AreRefused(string message, params string[] args)
    {
        CliResult result = CliRunner.Run(Article, ["-", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("summarize: " + message, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-k", "0")]
    [InlineData("-k", "5", "--format", "markdown")]
    [InlineData("--ranking", "--format", "jsonl")]
    [InlineData("--color", "never", "--highlight")]
    [InlineData("--query-weight", "0.5", "-q", "ferry")]
    public void ScalarFlags_WithWhatTheyNeed_AreAccepted(params string[] args) =>
        Assert.Equal(0, CliRunner.Run(Article, ["-", .. args]).ExitCode);

    public static TheoryData<string, string> DescribedOptions
    {
        get
        {
            // Every option the library describes, with the ranker it belongs to (empty for the summarizer's own).
            var data = new TheoryData<string, string>();
            foreach (ScalarOption option in OptionCatalog.Scalars)
            {
                data.Add(option.Name, string.Empty);
            }

            foreach (RankerDescription ranker in OptionCatalog.Rankers)
            {
                foreach (ScalarOption parameter in ranker.Parameters)
                {
                    data.Add(parameter.Name, ranker.Name);
                }
            }

            return data;
        }
    }

    private static ScalarOption Described(string name, string ranker) => ranker.Length == 0
        ? OptionCatalog.Scalars.Single(o => o.Name == name)
        : OptionCatalog.Rankers.Single(r => r.Name == ranker).Parameters.Single(p => p.Name == name);

    private static string Invariant(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(DescribedOptions))]
    public void DescribedOption_InsideItsRange_IsAcceptedAndUsed(string name, string ranker)
    {
        ScalarOption option = Described(name, ranker);
        string[] algorithm = ranker.Length == 0 ? [] : ["--algorithm", ranker];
        string[] value = option.Type == OptionType.Flag ? [] : [option.Type == OptionType.Integer ? ((int)option.Default).ToString(System.Globalization.CultureInfo.InvariantCulture) : Invariant(option.Default)];
        // What the flag needs to do anything (the command refuses it without): a query to weigh, an output that prints it.
        string[] needs = name switch
        {
            "query-weight" => ["--query", "ferry"],
            "keywords" or "ranking" => ["--format", "json"],
            _ => [],
        };
        CliResult result = CliRunner.Run(Article, ["-", .. algorithm, "--" + name, .. value, .. needs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);

        var set = new SummarizerOptionSet();
        var command = new System.CommandLine.RootCommand();
        set.AddTo(command);
        double[] candidates = option.Type switch
        {
            OptionType.Flag => [1 - option.Default],
            OptionType.Integer => [option.Default + 1, option.Default - 1],
            _ => [option.Default + 0.01, option.Default - 0.01],
        };
        double changed = candidates.First(option.Range.Contains);
        string[] args = option.Type == OptionType.Flag ? ["--" + name] : ["--" + name, Invariant(changed)];

        // A maximum of one word is below the default minimum, which the command refuses; lower that too.
        string[] bounds = ReferenceEquals(option, OptionCatalog.MaxSentenceWords) ? ["--min-words", "0"] : [];
        System.CommandLine.ParseResult parsed = command.Parse([.. algorithm, .. args, .. bounds, .. (name == "query-weight" ? needs : [])]);
        Assert.Empty(parsed.Errors);
        SummarizerOptions built = set.Build(parsed);
        Assert.Equal(changed, option.ValueOf(ranker.Length == 0 ? built : built.Ranker));
    }

    [Theory]
    [MemberData(nameof(DescribedOptions))]
    public void DescribedOption_OutsideItsRange_ExitsTwoNamingItAndItsRange(string name, string ranker)
    {
        ScalarOption option = Described(name, ranker);
        if (option.Type == OptionType.Flag)
        {
            return;
        }

        string[] algorithm = ranker.Length == 0 ? [] : ["--algorithm", ranker];
        string outside = double.IsFinite(option.Range.Min)
            ? Invariant(option.Range.MinOpen ? option.Range.Min : option.Range.Min - 1)
            : "NaN";
        foreach (string bad in new[] { outside, "abc" })
        {
            CliResult result = CliRunner.Run(Article, ["-", .. algorithm, "--" + name, bad]);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.StartsWith($"summarize: --{name} must be ", result.Error, StringComparison.Ordinal);
            Assert.Contains(option.Range.ToString(), result.Error, StringComparison.Ordinal);
            Assert.Contains($"not '{bad}'", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--format must be one of text, json, jsonl, markdown, not 'yaml'.", "-", "--format", "yaml")]
    [InlineData("--sentences must be a whole number at least 1, not 'abc'.", "-", "-n", "abc")]
    [InlineData("--sentences must be a whole number at least 1, not '0'.", "-", "--sentences", "0")]
    [InlineData("--words must be a whole number at least 1, not '2.5'.", "-", "--words", "2.5")]
    [InlineData("--chars must be a whole number at least 1, not 'x'.", "-", "--chars", "x")]
    [InlineData("--tokens must be a whole number at least 1, not '-3'.", "-", "--tokens", "-3")]
    [InlineData("--ratio must be a number in (0, 1], not 'half'.", "-", "--ratio", "half")]
    [InlineData("--parallel must be a whole number at least 0, not 'many'.", "-", "--parallel", "many")]
    [InlineData("--order must be one of reading, score, not 'random'.", "-", "--order", "random")]
    [InlineData("--algorithm must be one of learned, pagerank, pacsum, not 'lexrank'.", "-", "--algorithm", "lexrank")]
    [InlineData("--splitter must be one of rules, lines, not 'icu'.", "-", "--splitter", "icu")]
    [InlineData("--color must be one of auto, always, never, not 'sometimes'.", "-", "--color", "sometimes")]
    [InlineData("--progress must be one of auto, always, never, not 'maybe'.", "-", "--progress", "maybe")]
    [InlineData("--encoding must be one of utf-8, latin1, iso-8859-1, windows-1252, cp1252, utf-16, utf-16le, utf-16be, windows-1250, cp1250, windows-1251, cp1251, windows-1253, windows-1254, windows-1256, iso-8859-2, koi8-r, iso-8859-15, latin9, windows-1257, iso-8859-13, iso-8859-5, iso-8859-7, iso-8859-9, windows-1255, windows-874, windows-1258, koi8-u, shift_jis, cp932, euc-jp, gbk, gb2312, cp936, gb18030, big5, euc-kr, cp949, not 'ebcdic'.", "-", "--encoding", "ebcdic")]
    [InlineData("--encoding must be one of utf-8, latin1, iso-8859-1, windows-1252, cp1252, utf-16, utf-16le, utf-16be, windows-1250, cp1250, windows-1251, cp1251, windows-1253, windows-1254, windows-1256, iso-8859-2, koi8-r, iso-8859-15, latin9, windows-1257, iso-8859-13, iso-8859-5, iso-8859-7, iso-8859-9, windows-1255, windows-874, windows-1258, koi8-u, shift_jis, cp932, euc-jp, gbk, gb2312, cp936, gb18030, big5, euc-kr, cp949, not 'ascii'.", "split", "-", "--encoding", "ascii")]
    [InlineData("--tokenizer must be one of gpt-4o, gpt-4o-mini, gpt-4.1, gpt-5, o1, o3, o4-mini, gpt-4, gpt-3.5-turbo, text-embedding-3-small, text-embedding-3-large, not 'llama'.", "-", "--tokens", "10", "--tokenizer", "llama")]
    [InlineData("--tokenizer needs --tokens N.", "-", "--tokenizer", "gpt-4")]
    [InlineData("--similarity must be one of textrank, bm25, bm25+, cosine or cosine:THRESHOLD (0-1), not 'jaccard'.", "-", "--similarity", "jaccard")]
    [InlineData("--similarity must be one of textrank, bm25, bm25+, cosine or cosine:THRESHOLD (0-1), not 'cosine:2'.", "-", "--similarity", "cosine:2")]
    [InlineData("--keywords must be a whole number at least 0, not '-1'.", "-", "--keywords", "-1")]
    [InlineData("--max-input-length must be a whole number at least 0, not 'x'.", "-", "--max-input-length", "x")]
    [InlineData("--damping must be a number in (0, 1), not 'abc'.", "-", "--algorithm", "pagerank", "--damping", "abc")]
    [InlineData("--damping applies to --algorithm pagerank, not learned.", "-", "--damping", "0.5")]
    [InlineData("Required argument missing for option: '--glob'.", "-", "--glob")]
    [InlineData("--rouge must be one of rouge155, rouge-score, not 'rouge3'.", "eval", "--dataset", "x.jsonl", "--rouge", "rouge3")]
    [InlineData("--format must be one of text, json, not 'jsonl'.", "eval", "--dataset", "x.jsonl", "--format", "jsonl")]
    [InlineData("--system must be one of summarizer, lead, oracle, not 'best'.", "eval", "--dataset", "x.jsonl", "--system", "best")]
    [InlineData("--min-rouge1 must be a number in [0, 100], not 'high'.", "eval", "--dataset", "x.jsonl", "--min-rouge1", "high")]
    [InlineData("--format must be one of text, json, jsonl, not 'markdown'.", "split", "-", "--format", "markdown")]
    public void WrongValue_ListsTheValidValuesAsTyped_NeverATypeName(string message, params string[] args)
    {
        CliResult result = CliRunner.Run(Article, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        // The help of the command run: a subcommand's options are listed by its own.
        string help = args[0] is "eval" or "split" ? $"summarize {args[0]} --help" : "summarize --help";
        Assert.Equal($"summarize: {message}\nTry '{help}' for usage.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("split", "-")]
    public void WrongLanguage_ListsTheCodesAndTheValue(params string[] args)
    {
        CliResult result = CliRunner.Run(Article, [.. args, "--language", "xx"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("summarize: --language must be auto or one of en, de, ", result.Error, StringComparison.Ordinal);
        Assert.Contains(", not 'xx'.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JSON")]
    [InlineData("Json")]
    public void Format_CaseIsIgnored(string format)
    {
        CliResult result = CliRunner.Run(Article, "-", "--format", format, "-n", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval", "--format <text|json>")]
    [InlineData("split", "--format <text|json|jsonl>")]
    public void Help_OfTextOrJsonCommands_OffersOnlyThose(string command, string offered)
    {
        CliResult help = CliRunner.Run(null, command, "--help");

        string format = help.Out.Split('\n').Single(line => line.Contains("--format <", StringComparison.Ordinal));
        Assert.Contains(offered + " ", format, StringComparison.Ordinal);
        Assert.DoesNotContain("markdown", format, StringComparison.Ordinal);
    }

    [Fact]
    public void RankerFlag_OfAnotherRanker_SaysWhichRankerHasIt()
    {
        CliResult result = CliRunner.Run(Article, "-", "--algorithm", "pacsum", "--damping", "0.5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--damping applies to --algorithm pagerank, not pacsum.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsEveryDescribedOptionWithItsRange()
    {
        // Unwrapped, so that each description is on one line.
        string help = CliRunner.Help(int.MaxValue, "--help");

        foreach (ScalarOption option in OptionCatalog.Scalars.Concat(OptionCatalog.Rankers.SelectMany(r => r.Parameters)))
        {
            Assert.Contains("--" + option.Name, help, StringComparison.Ordinal);
            Assert.Contains(option.Help, help, StringComparison.Ordinal);
        }

        foreach (RankerDescription ranker in OptionCatalog.Rankers)
        {
            Assert.Contains($"{ranker.Name} ({ranker.Help})", help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("bm25+")]
    [InlineData("bm25plus")]
    public void Similarity_Bm25Plus_BothSpellings(string name)
    {
        var set = new SummarizerOptionSet();
        var command = new System.CommandLine.RootCommand();
        set.AddTo(command);
        Assert.Same(SentenceSimilarity.Bm25Plus, set.Build(command.Parse(["--similarity", name])).Similarity);
    }

    [Theory]
    [InlineData("--sentences", "3", "--words", "10")]
    [InlineData("--ratio", "0.5", "--chars", "100")]
    [InlineData("--tokens", "10", "--words", "10")]
    [InlineData("--tokenizer", "gpt-4")]
    [InlineData("--tokens", "10", "--tokenizer", "llama")]
    [InlineData("--ratio", "0")]
    [InlineData("--ratio", "1.5")]
    [InlineData("--words", "0")]
    [InlineData("--chars", "-1")]
    [InlineData("--algorithm", "pagerank", "--pacsum-threshold", "0.5")]
    [InlineData("--algorithm", "pacsum", "--damping", "0.5")]
    [InlineData("--lead-weight", "1")]
    [InlineData("--pacsum-forward-weight", "NaN")]
    [InlineData("--pacsum-backward-weight", "Infinity")]
    [InlineData("--query-weight", "2")]
    [InlineData("--pacsum-threshold", "1")]
    [InlineData("--redundancy", "1.1")]
    [InlineData("--min-words", "-1")]
    [InlineData("--keywords", "-1")]
    [InlineData("--algorithm", "lexrank")]
    [InlineData("--similarity", "jaccard")]
    [InlineData("--similarity", "cosine:2")]
    [InlineData("--order", "random")]
    [InlineData("--splitter", "icu")]
    [InlineData("--language", "xx")]
    [InlineData("--format", "yaml")]
    [InlineData("--color", "sometimes")]
    [InlineData("--damping", "abc")]
    [InlineData("-x")]
    public void BadOptions_ExitTwoWithOneMessageAndNoOutput(params string[] args)
    {
        CliResult result = CliRunner.Run(Article, ["-", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("summarize: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BackgroundFrequencies_MissingFile_ExitsOne()
    {
        CliResult result = CliRunner.Run(Article, "--background-frequencies", Path.Combine(Folder, "absent.df"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("summarize: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-words (3) is below --min-words (6, the default); lower --min-words.", "--max-words", "3")]
    [InlineData("--max-words (3) is below --min-words (4): no sentence could be chosen; raise --max-words or lower --min-words.", "--max-words", "3", "--min-words", "4")]
    [InlineData("--max-words (5) is below --min-words (6, the default); lower --min-words.", "eval", "--dataset", "d.jsonl", "--max-words", "5")]
    public void SentenceLengthBounds_Contradicting_AreAUsageErrorInTheOptionsWords(string message, params string[] args)
    {
        CliResult result = CliRunner.Run(Article, args[0] == "eval" ? args : ["-", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        // The help of the command run: a subcommand's options are listed by its own.
        string help = args[0] is "eval" or "split" ? $"summarize {args[0]} --help" : "summarize --help";
        Assert.Equal($"summarize: {message}\nTry '{help}' for usage.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("--max-words", "6")]
    [InlineData("--max-words", "3", "--min-words", "3")]
    [InlineData("--max-words", "0", "--min-words", "40")]
    public void SentenceLengthBounds_Consistent_AreAccepted(params string[] args)
    {
        CliResult result = CliRunner.Run(Article, ["-", .. args]);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void BackgroundFrequencies_OfNoDocuments_NamesTheFileNotTheProperty()
    {
        string path = Write("empty.df", "summarizer-df 1 0\n");

        CliResult result = CliRunner.Run(Article, "-", "--background-frequencies", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal($"summarize: {path}: counts no documents; --background-frequencies needs frequencies of at least one document.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void BackgroundFrequencies_SavedFile_IsUsed()
    {
        string path = Path.Combine(Folder, "bg.df");
        DocumentFrequencies.Build([Article, Numbered(1), Numbered(2)]).Save(path);

        CliResult result = CliRunner.Run(Article, "--background-frequencies", path, "-n", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Out.TrimEnd('\n').Split('\n').Length);
    }

    // Failures in a batch

    [Fact]
    public void Batch_FailedDocuments_AreReportedAndTheRestContinue()
    {
        string good1 = Write("1.txt", Numbered(1));
        string missing = Path.Combine(Folder, "gone.txt");
        string latin1 = Path.Combine(Folder, "latin1.txt");
        File.WriteAllBytes(latin1, TestTexts.NotText());
        string binary = Path.Combine(Folder, "binary.txt");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]);
        string good2 = Write("2.txt", Numbered(2));

        CliResult result = CliRunner.Run(null, good1, missing, latin1, binary, good2, "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([good1, good2], JsonLines(result.Out).Select(e => e.GetProperty("path").GetString()));
        string[] errors = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal($"summarize: {missing}: no such file.", errors[0]);
        Assert.Contains("UTF-8", errors[1], StringComparison.Ordinal);
        Assert.Contains("binary", errors[2], StringComparison.Ordinal);
        Assert.Contains("2 documents", errors[3], StringComparison.Ordinal);
        Assert.Contains("3 failed", errors[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_DirectoryWithoutPermission_IsReportedAndTheRestContinue()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string locked = Path.Combine(Folder, "locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "x.txt"), Numbered(9));
        string good = Write("good.txt", Numbered(1));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            bool enforced;
            try
            {
                Directory.GetFiles(locked);
                enforced = false;
            }
            catch (UnauthorizedAccessException)
            {
                enforced = true;
            }

            CliResult result = CliRunner.Run(null, good, locked, "--format", "jsonl");

            Assert.Equal(good, JsonLines(result.Out)[0].GetProperty("path").GetString());
            if (enforced)
            {
                // Root reads every directory; elsewhere the lock holds and is reported.
                Assert.Equal(1, result.ExitCode);
                Assert.Contains("permission denied", result.Error, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(0, result.ExitCode);
            }
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Batch_OutputClosedEarly_StopsWithMessageAndNoPartialDocument()
    {
        var paths = new List<string>();
        for (int i = 0; i < 20; i++)
        {
            paths.Add(Write($"{i:D2}.txt", Numbered(i)));
        }

        var output = new ClosingWriter(allowedWrites: 3);
        (int code, string error) = CliRunnerWith.Run(output, false, false, [.. paths, "--format", "jsonl"]);

        Assert.Equal(1, code);
        Assert.Contains("standard output was closed", error, StringComparison.Ordinal);
        Assert.Equal(3, output.Written.Count);
        Assert.All(output.Written, w => Assert.EndsWith("}\n", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_ProgressAlways_DrawsOnStandardErrorAndKeepsOutputClean()
    {
        string a = Write("a.txt", Numbered(1));
        string b = Write("b.txt", Numbered(2));
        var output = new StringWriter();

        (int code, string error) = CliRunnerWith.Run(output, false, true, a, b, "--format", "jsonl");

        Assert.Equal(0, code);
        Assert.Equal(2, JsonLines(output.ToString()).Count);
        Assert.Contains("summarize: 2 documents", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_1300Files_InOrder()
    {
        const int count = 1300;
        string folder = Path.Combine(Folder, "batch");
        Directory.CreateDirectory(folder);
        for (int i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i:D5}.txt"), Numbered(i));
        }

        CliResult result = CliRunner.Run(null, folder, "--format", "jsonl", "-n", "1", "-a", "pagerank", "--position-bias", "5");

        Assert.Equal(0, result.ExitCode);
        List<JsonElement> lines = JsonLines(result.Out);
        Assert.Equal(count, lines.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal($"{i:D5}.txt", Path.GetFileName(lines[i].GetProperty("path").GetString()));
            Assert.Contains($" {i} ", lines[i].GetProperty("sentences")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains($"summarize: {count} documents", result.Error, StringComparison.Ordinal);
    }

    [SharedDataFact("bbc/dev.jsonl")]
    public void Batch_BbcDevAsFiles_MatchesOneByOneInOrder()
    {
        string folder = Path.Combine(Folder, "bbc");
        Directory.CreateDirectory(folder);
        var texts = new List<string>();
        foreach (string line in File.ReadLines(SharedData.PathOf("bbc/dev.jsonl")))
        {
            using JsonDocument document = JsonDocument.Parse(line);
            string text = document.RootElement.GetProperty("text").GetString()!;
            File.WriteAllText(Path.Combine(folder, $"{texts.Count:D5}.txt"), text);
            texts.Add(text);
        }

        CliResult result = CliRunner.Run(null, folder, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        List<JsonElement> lines = JsonLines(result.Out);
        Assert.Equal(texts.Count, lines.Count);
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.Equal($"{i:D5}.txt", Path.GetFileName(lines[i].GetProperty("path").GetString()));
            // A .txt file is read with its character references decoded ("communiqu&#233;").
            Summary expected = ExtractiveSummarizer.Default.Summarize(CharacterReferences.Decode(texts[i]));
            Assert.Equal(expected.Sentences.Select(s => s.Start), lines[i].GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("start").GetInt32()));
        }
    }

    /// <summary>A standard output whose reader goes away after a few writes, as `| head` does.</summary>
    private sealed class ClosingWriter(int allowedWrites) : StringWriter
    {
        public List<string> Written { get; } = [];

        public override void Write(string? value)
        {
            if (Written.Count >= allowedWrites)
            {
                throw new IOException("Broken pipe");
            }

            Written.Add(value ?? string.Empty);
        }
    }
}
