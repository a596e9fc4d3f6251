using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>RTF documents (written here by hand, as WordPad, TextEdit and Word write them), read by the command as the text they hold.</summary>
public sealed class RtfTextTests() : TempFolder("summarize-rtf-")
{
    /// <summary>The document's text, its blocks and its headings' texts; the RTF is written as bytes one a character (Latin-1).</summary>
    private static InputDocument Read(string rtf, int maxInputLength = 0) => RtfText.Extract(Encoding.Latin1.GetBytes(rtf), "notes.rtf", maxInputLength);

    private static string[] Blocks(string rtf)
    {
        string text = Read(rtf).Text;
        return text.Length == 0 ? [] : text.Split("\n\n");
    }

    private static List<string> Headings(InputDocument document) =>
        [.. document.Headings.Select(h => document.Text.Substring(h.Start, h.Length))];

    /// <summary>
    /// A report as WordPad writes one (its font and colour tables, generator, view kind, a trailing NUL byte after the
    /// document's group), and as Word writes its heading (a style sheet and an outline level).
    /// </summary>
    private const string Report = "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset2 Symbol;}}\r\n"
        + "{\\colortbl ;\\red0\\green0\\blue255;}\r\n"
        + "{\\stylesheet{\\s0\\snext0 Normal;}{\\s1\\sbasedon0\\snext0\\outlinelevel0 heading 1;}}\r\n"
        + "{\\info{\\title Pumps for the harbour}{\\author A. Clerk}{\\doccomm Draft for the board}}\r\n"
        + "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
        + "\\pard\\s1\\outlinelevel0\\sa200\\sl276\\slmult1\\f0\\fs32\\lang9 New Pumps for the Harbour\\par\r\n"
        + "\\pard\\sa200\\sl276\\slmult1\\fs22 The harbour board approved three new pumping stations on Monday, replacing equipment that has drained the lower docks since the floods of 1987.\\par\r\n"
        + "Engineers said the old pumps failed twice last winter and that spare parts are no longer made.\\line Every repair now takes weeks.\\par\r\n"
        + "{\\pntext\\f1\\'b7\\tab}{\\*\\pn\\pnlvlblt\\pnf1\\pnindent0{\\pntxtb\\'b7}}\\fi-360\\li720 Clear the lower docks in under an hour during a heavy storm\\par\r\n"
        + "\\pard\\sa200 The stations will cost 4.2 million pounds, which the board will borrow over twenty years, and the first of them should be running by next autumn.\\par\r\n"
        + "Fishermen who moor at the lower docks welcomed the decision, saying that flooding had damaged boats and nets every winter for a decade.\\par\r\n"
        + "}\r\n\0";

    [Fact]
    public void Paragraphs_EndAtParSectPageAndABackslashBeforeALineBreak_LineAndTabStayInTheParagraph()
    {
        string[] blocks = Blocks("{\\rtf1\\ansi First para\r\ngraph.\\par Second.\\sect Third.\\page Fourth.\\\nFifth,\\line on a line\\tab of its own.}");

        Assert.Equal(["First paragraph.", "Second.", "Third.", "Fourth.", "Fifth,\non a line of its own."], blocks);
    }

    [Fact]
    public void ControlWords_TakeTheirParameterAndOneSpace_ControlSymbolsAreWhatTheyStandFor()
    {
        string[] blocks = Blocks("{\\rtf1\\ansi {\\b\\fs-24 Bold} and\\i  two spaces\\i0 : \\{braces\\} and a back\\\\slash, "
            + "non\\~breaking, op\\-tional, non\\_breaking hyphen\\par "
            + "\\lquote single\\rquote  \\ldblquote double\\rdblquote  dash\\emdash dash\\endash bullet\\bullet\\par}");

        Assert.Equal(
            [
                "Bold and two spaces: {braces} and a back\\slash, non breaking, optional, non-breaking hyphen",
                "\u2018single\u2019 \u201Cdouble\u201D dash\u2014dash\u2013bullet\u2022",
            ],
            blocks);
    }

    [Theory]
    // \uc1 (the default): one fallback character after each \u, a \'hh counting as one.
    [InlineData("{\\rtf1 caf\\u233e na\\u239?ve \\u8364\\'805}", "café naïve €5")]
    // \uc0: nothing to skip; \uc2: two bytes of a double-byte fallback.
    [InlineData("{\\rtf1\\uc0 \\u8364 5 and \\uc2\\u26085\\'93\\'fa\\u26412\\'96\\'7b.}", "€5 and 日本.")]
    // A negative N is N + 65536; two \u of a surrogate pair are one character; a lone surrogate is U+FFFD.
    [InlineData("{\\rtf1 won \\u-26?, smile \\u-10179?\\u-8694?, lone \\u-10179?.}", "won \uFFE6, smile \U0001F60A, lone \uFFFD.")]
    // \uc is the group's: restored when it closes; a group's brace ends the skipping.
    [InlineData("{\\rtf1 {\\uc0 \\u233}\\u233?{\\uc3 \\u233}x}", "éééx")]
    public void Unicode_IsAUtf16Unit_FollowedByItsFallbackCharactersSkipped(string rtf, string expected)
    {
        Assert.Equal(expected, Read(rtf).Text);
    }

    [Theory]
    [InlineData("{\\rtf1\\ansi\\ansicpg1252 caf\\'e9, \\'93quoted\\'94 \\'80 5}", "café, “quoted” € 5")]
    [InlineData("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2, \\'ec\\'e8\\'f0.}", "Привет, мир.")]
    // WordPad on a Western system: the Cyrillic text in a font of the Russian character set, the document windows-1252.
    [InlineData("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset204 Calibri;}}\\f0 caf\\'e9 \\f1\\'cf\\'f0\\'e8\\'e2\\'e5\\'f2 {\\f0\\'e9}\\'e9}", "café Привет éй")]
    // Shift-JIS: a character's second byte may be a letter, written as it is.
    [InlineData("{\\rtf1\\ansi\\ansicpg932 \\'82\\'a0\\'83e\\'83X\\'83g}", "あテスト")]
    // Unescaped bytes are the code page's too; a code page the framework does not have is windows-1252.
    [InlineData("{\\rtf1\\ansi\\ansicpg99999 caf\\'e9 na\u00EFve}", "café naïve")]
    public void HexBytesAndUnescapedBytes_AreDecodedInTheFontsOrTheDocumentsCodePage(string rtf, string expected)
    {
        Assert.Equal(expected, Read(rtf).Text);
    }

    [Fact]
    public void Headings_ByOutlineLevel_ByAStyleNamedAsAHeadingOrTitle_OrBasedOnOne()
    {
        const string rtf = "{\\rtf1{\\stylesheet{\\snext0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s2 Title;}{\\s3\\sbasedon1 Chapter;}{\\s4 Quote;}"
            + "{\\*\\cs10 heading 9;}}"
            + "\\pard\\s2 The Harbour\\par"
            + "\\pard\\outlinelevel1 Pumps\\par"
            + "\\pard\\outlinelevel9 Body text at level 9.\\par"
            + "\\pard\\s3 Costs\\par"
            + "\\pard\\s4 A quoted sentence.\\par"
            + "\\pard\\cs10\\s10 Not a paragraph style.\\par"
            + "\\pard Plain.\\par}";

        InputDocument document = Read(rtf);

        Assert.Equal("The Harbour\n\nPumps\n\nBody text at level 9.\n\nCosts\n\nA quoted sentence.\n\nNot a paragraph style.\n\nPlain.", document.Text);
        Assert.Equal(["The Harbour", "Pumps", "Costs"], Headings(document));
    }

    [Fact]
    public void ListItems_ByListOverrideOrListText_GetTheBullet_TheirNumbersLeftOut_AHeadingStaysAHeading()
    {
        const string rtf = "{\\rtf1{\\*\\listtable{\\list\\listid1{\\listlevel{\\leveltext\\'02\\'00.;}}}}{\\*\\listoverridetable{\\listoverride\\listid1\\ls1}}"
            + "\\pard The stations will:\\par"
            + "\\pard\\ls1\\ilvl0 {\\listtext 1.\\tab}Clear the lower docks\\par"
            + "{\\listtext 2.\\tab}Run on power from the quay\\par"
            + "\\pard {\\pntext\\'b7\\tab}Open next autumn\\par"
            + "\\pard\\ls1\\ilvl0\\outlinelevel0 Numbered heading\\par"
            + "\\pard After the list.\\par}";

        InputDocument document = Read(rtf);

        Assert.Equal(
            ["The stations will:", "\u2022 Clear the lower docks", "\u2022 Run on power from the quay", "\u2022 Open next autumn", "Numbered heading", "After the list."],
            document.Text.Split("\n\n"));
        Assert.Equal(["Numbered heading"], Headings(document));
    }

    [Fact]
    public void Destinations_HiddenTextAndDeletions_AreLeftOut_AFieldsResultIsKept()
    {
        const string rtf = "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\info{\\author A. Clerk}{\\comment draft}}"
            + "{\\*\\generator Writer 1.0;}{\\*\\themedata 504b0304}{\\*\\latentstyles\\lsdstimax376{\\lsdlockedexcept Normal;}}"
            + "{\\header Running header\\par}{\\headerl Left header\\par}{\\footerf First footer\\par}{\\*\\rsidtbl \\rsid1}"
            + "\\pard The board met{\\*\\bkmkstart vote}{\\*\\bkmkend vote} on Monday"
            + "{\\super\\chftn}{\\footnote\\pard {\\super\\chftn} A footnote.}"
            + "{\\*\\atnid JD}{\\*\\atnauthor J. Doe}{\\annotation\\pard An annotation.}"
            + "{\\v  hidden words}{\\deleted  deleted words} and{\\v  more hidden\\v0  voted}\\v  hidden\\plain  again.\\par"
            + "{\\pict\\pngblip\\picw10\\pich10 89504e470d0a1a0a0000000d49484452}{\\object\\objemb{\\*\\objdata 0105}{\\result embedded}}"
            + "See {\\field{\\*\\fldinst {HYPERLINK \"https://example.com/harbour\"}}{\\fldrslt {\\ul\\cf1 the harbour page}}} "
            + "or {\\field{\\fldinst PAGE}{\\fldrslt 3}}.\\par"
            + "{\\*\\unknowndestination Some text.}{\\nonshppict{\\pict 0102}}{\\xe {\\v index entry}}{\\tc A table of contents entry}\\par}";

        string[] blocks = Blocks(rtf);

        Assert.Equal(["The board met on Monday and voted again.", "See the harbour page or 3."], blocks);
    }

    [Fact]
    public void TextBoxes_AreReadOnceAfterTheParagraphThatAnchorsThem_TheirPropertiesAndResultLeftOut()
    {
        // A shape's text box (\shptxt) within its properties (\shpinst), and the result Word writes for readers without
        // shapes, which repeats the box's text; a shape in a header is left out with the header.
        const string rtf = "{\\rtf1\\ansi{\\header {\\shp{\\*\\shpinst{\\shptxt Header box.\\par}}}\\par}"
            + "\\pard The board met{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn shapeType}{\\sv 202}}"
            + "{\\shptxt \\pard Entry is free for all.\\par \\pard Tours start at ten\\par}}"
            + "{\\shprslt{\\*\\do\\dobxcolumn{\\dptxbx{\\pard Entry is free for all.\\par}}}}} on Monday.\\par"
            + "\\pard It voted for new pumps.\\par}";

        string[] blocks = Blocks(rtf);

        Assert.Equal(["The board met on Monday.", "Entry is free for all.", "Tours start at ten", "It voted for new pumps."], blocks);
    }

    [Fact]
    public void Tables_CellsAreParagraphs()
    {
        const string rtf = "{\\rtf1\\trowd\\cellx2000\\cellx4000\\pard\\intbl The stations will cost 4.2 million pounds.\\cell Over twenty years.\\cell\\row"
            + "\\trowd\\cellx2000\\cellx4000\\pard\\intbl\\cell Second row.\\cell\\row\\pard After the table.\\par}";

        Assert.Equal(["The stations will cost 4.2 million pounds.", "Over twenty years.", "Second row.", "After the table."], Blocks(rtf));
    }

    [Theory]
    [InlineData("{\\rtf1}", "")]
    [InlineData("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par}", "")]
    // Groups left open at the end are closed; a group closed twice ends the document.
    [InlineData("{\\rtf1 {\\b Bold {\\i and open", "Bold and open")]
    [InlineData("{\\rtf1 {\\*\\generator x}Read.}} Not read.", "Read.")]
    [InlineData("{\\rtf1 The end of the file{\\*\\cut", "The end of the file")]
    // A \' or \u cut by the end of the file, a \' without digits, a \bin longer than the file.
    [InlineData("{\\rtf1 x\\'", "x")]
    [InlineData("{\\rtf1 x\\'4", "x")]
    [InlineData("{\\rtf1 x\\'zz", "xzz")]
    [InlineData("{\\rtf1 x\\u", "x")]
    [InlineData("{\\rtf1 x\\u-", "x-")]
    [InlineData("{\\rtf1 x\\", "x")]
    [InlineData("{\\rtf1 x{\\bin99999999 }}} y}", "x")]
    public void DamagedOrEmptyDocuments_AreReadAsFarAsTheyGo(string rtf, string expected)
    {
        Assert.Equal(expected, Read(rtf).Text);
    }

    [Fact]
    public void GroupsNestedPastTheCap_AreReadWithTheDeepestKeptState()
    {
        int depth = RtfText.MaxDepth + 50;
        string rtf = "{\\rtf1 Before." + new string('{', depth) + "\\v hidden" + new string('}', depth) + " After.\\par "
            + new string('{', depth) + " Deep." + new string('}', depth) + "}";

        Assert.Equal("Before. After.\n\nDeep.", Read(rtf).Text);
    }

    [Fact]
    public void Title_IsTheInformationsTitle_DecodedAndCollapsed()
    {
        InputDocument document = Read("{\\rtf1\\ansicpg1251{\\info{\\title  \\'cf\\'eb\\'e0\\'ed\\tab for the \\u8220?harbour\\u8221? }{\\author x}} Text.}");

        Assert.Equal("План for the “harbour”", document.Title);
        Assert.Equal("Text.", document.Text);
        Assert.Null(Read("{\\rtf1{\\info{\\title   }} Text.}").Title);
    }

    [Fact]
    public void Text_LongerThanTheLimit_IsRefusedAsItGrows_NotAtTheEndOfAHugeParagraph()
    {
        string paragraph = string.Concat(Enumerable.Repeat("The harbour board approved three new pumping stations. ", 200_000));

        var many = Assert.Throws<InputException>(() => Read("{\\rtf1 " + string.Concat(Enumerable.Repeat("A short paragraph.\\par ", 100)) + "}", 1000));
        var one = Assert.Throws<InputException>(() => Read("{\\rtf1 " + paragraph + "}", 1000));

        Assert.Equal("notes.rtf: 1020 characters, more than --max-input-length (1000) allows; raise it, or 0 for no limit.", many.Message);
        int read = int.Parse(one.Message.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(read, 1001, 2 * 65536);
    }

    [Theory]
    [InlineData("{\\rtf1 x}", true)]
    [InlineData("\uFEFF \r\n\t{\\rtf1 x}", true)]
    [InlineData("{\\rtf", true)]
    [InlineData("{\\rt", false)]
    [InlineData("x{\\rtf1 x}", false)]
    [InlineData("{ \\rtf1 x}", false)]
    public void IsRtf_ByItsStart(string start, bool expected)
    {
        Assert.Equal(expected, RtfText.IsRtf(Encoding.UTF8.GetBytes(start)));
    }

    [Fact]
    public void WordPadFile_WithItsTrailingNul_IsSplitIntoHeadingsSentencesAndListItems()
    {
        string path = WriteBytes("report.rtf", Encoding.Latin1.GetBytes(Report));

        CliResult result = CliRunner.Run(null, "split", path, "--format", "json");
        List<(string Kind, string Text)> segments = DocumentInputTests.SplitJson(result);
        using JsonDocument json = JsonDocument.Parse(result.Out);

        Assert.Equal("Pumps for the harbour", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(
            [
                ("heading", "New Pumps for the Harbour"),
                ("sentence", "The harbour board approved three new pumping stations on Monday, replacing equipment that has drained the lower docks since the floods of 1987."),
                ("sentence", "Engineers said the old pumps failed twice last winter and that spare parts are no longer made."),
                ("sentence", "Every repair now takes weeks."),
                ("list-item", "\u2022 Clear the lower docks in under an hour during a heavy storm"),
                ("sentence", "The stations will cost 4.2 million pounds, which the board will borrow over twenty years, and the first of them should be running by next autumn."),
                ("sentence", "Fishermen who moor at the lower docks welcomed the decision, saying that flooding had damaged boats and nets every winter for a decade."),
            ],
            segments);
    }

    [Fact]
    public void Summarize_RtfFile_PrintsItsSentences_NotItsMarkup()
    {
        string path = WriteBytes("report.rtf", Encoding.Latin1.GetBytes(Report));

        CliResult result = CliRunner.Run(null, path, "-n", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        string[] lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.DoesNotContain("\\", line, StringComparison.Ordinal));
        Assert.Contains("The harbour board approved three new pumping stations on Monday, replacing equipment that has drained the lower docks since the floods of 1987.", lines);
    }

    [Fact]
    public void Rtf_IsToldByItsContent_UnderATextName_OnStandardInput_AndWhateverHtmlSays()
    {
        byte[] rtf = [.. "\uFEFF\r\n"u8, .. Encoding.Latin1.GetBytes(Report)];
        string expected = CliRunner.Run(null, "split", WriteBytes("report.rtf", rtf)).Out;

        CliResult text = CliRunner.Run(null, "split", WriteBytes("notes.txt", rtf));
        CliResult piped = CliRunner.RunBytes(rtf, "split");
        CliResult html = CliRunner.Run(null, "split", "--html", WriteBytes("page.html", rtf));

        Assert.StartsWith("New Pumps for the Harbour\nThe harbour board approved", expected, StringComparison.Ordinal);
        Assert.All(new[] { text, piped, html }, result => Assert.Equal((0, expected, ""), (result.ExitCode, result.Out, result.Error)));
    }

    [Fact]
    public void Rtf_OfMoreMarkupThanTheLimitsTextCanTake_IsReadAsADocument_ItsTextHeldToTheLimit()
    {
        // 40 KB of font table before 120 characters of text: more bytes than a text of 200 characters can take, as a
        // document's pictures and tables are.
        string fonts = string.Concat(Enumerable.Range(0, 1000).Select(i => $"{{\\f{i}\\fswiss\\fcharset0 Font number {i};}}"));
        byte[] rtf = Encoding.Latin1.GetBytes("{\\rtf1{\\fonttbl" + fonts + "}\\pard The harbour board approved three new pumping stations on Monday.\\par Every repair now takes weeks.\\par}");
        string path = WriteBytes("fonts.rtf", rtf);

        CliResult read = CliRunner.Run(null, "split", path, "--max-input-length", "200");
        CliResult piped = CliRunner.RunBytes(rtf, "split", "--max-input-length", "200");
        CliResult refused = CliRunner.Run(null, "split", path, "--max-input-length", "50");

        Assert.Equal((0, "The harbour board approved three new pumping stations on Monday.\nEvery repair now takes weeks.\n"), (read.ExitCode, read.Out));
        Assert.Equal(read.Out, piped.Out);
        Assert.Equal(ExitCodes.InputError, refused.ExitCode);
        Assert.Equal($"summarize: {path}: 66 characters, more than --max-input-length (50) allows; raise it, or 0 for no limit.\n", refused.Error);
    }

    [Fact]
    public void EmptyRtf_HasNoSentence_AndExitsZero()
    {
        string path = WriteBytes("empty.rtf", Encoding.Latin1.GetBytes("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par}"));

        CliResult result = CliRunner.Run(null, "split", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"summarize: {path}: has no sentence.\n", result.Error);
    }

    [Fact]
    public void Folder_RtfFiles_AreTakenByTheDefaultGlob()
    {
        WriteBytes(Path.Combine("docs", "report.rtf"), Encoding.Latin1.GetBytes(Report));
        WriteBytes(Path.Combine("docs", "report.rtfd"), Encoding.Latin1.GetBytes(Report));

        CliResult result = CliRunner.Run(null, Path.Combine(Folder, "docs"), "--format", "jsonl", "-n", "1");

        Assert.Equal(0, result.ExitCode);
        string line = Assert.Single(result.Out.TrimEnd('\n').Split('\n'));
        Assert.Contains("report.rtf\"", line, StringComparison.Ordinal);
        Assert.Contains("The harbour board approved", line, StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileShapes => [.. HostileRtf.Shapes];

    [Theory]
    [MemberData(nameof(HostileShapes))]
    public void HostileDocument_IsReadInOnePass_WithMemoryBoundedByItsSize(string shape)
    {
        // 4 MB of each shape; the nested braces a million deep, the control word 10 MB long, the \u a million (below).
        byte[] rtf = HostileRtf.Create(shape, 4_000_000);

        // A quadratic pass or a recursion on the depth would not end or would overflow the stack; no time is asserted
        // (the machine's speed is no test's business), but what is allocated is: a few times the file at most (the
        // blocks of text are copied as they are collapsed, the most for a file of short escapes or paragraphs).
        long before = GC.GetAllocatedBytesForCurrentThread();
        InputDocument document = RtfText.Extract(rtf, "hostile.rtf", SummarizerOptions.DefaultMaxInputLength);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.EndsWith(HostileRtf.Sentence, document.Text, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 16L * rtf.Length);
    }

    [Theory]
    [InlineData("nested-braces", 2_000_100)]
    [InlineData("long-control-word", 10_000_000)]
    [InlineData("unicode-escapes", 8_000_000)]
    public void HostileDocument_AtTheSizesOfTheIssue_IsRead(string shape, int size)
    {
        byte[] rtf = HostileRtf.Create(shape, size);

        InputDocument document = RtfText.Extract(rtf, "hostile.rtf", SummarizerOptions.DefaultMaxInputLength);

        Assert.EndsWith(HostileRtf.Sentence, document.Text, StringComparison.Ordinal);
        if (shape == "nested-braces")
        {
            Assert.Equal(HostileRtf.Sentence + "\n\n" + HostileRtf.Sentence, document.Text);
            Assert.True(rtf.AsSpan().Count((byte)'{') > 1_000_000);
        }
        else if (shape == "unicode-escapes")
        {
            Assert.True(document.Text.Count(c => c == '\u043F') > 1_000_000 / 4);
        }
    }
}
