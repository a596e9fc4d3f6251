using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using WordRunText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Summarizer.Cli.Tests;

/// <summary>PDF and Word documents, read by the command as the text they hold (documents made here with PdfPig and the Open XML SDK).</summary>
public sealed class DocumentInputTests : TempFolder
{
    private const string RunningHeader = "Harbour Board Quarterly Review";

    public DocumentInputTests()
        : base("summarize-documents-")
    {
    }

    /// <summary>A block of a page: its type size and its lines, top to bottom.</summary>
    private sealed record Block(double Size, params string[] Lines);

    /// <summary>
    /// A PDF of A4 pages set in Helvetica, each block's lines 1.3 times its size apart and a blank line of the body's
    /// size between blocks; with <paramref name="furniture"/>, every page gets the running header at its top and its
    /// number at its foot.
    /// </summary>
    private static byte[] Pdf(bool furniture, params Block[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int p = 0; p < pages.Length; p++)
        {
            PdfPageBuilder page = builder.AddPage(PageSize.A4);
            if (furniture)
            {
                page.AddText(RunningHeader, 9, new PdfPoint(72, 800), font);
                page.AddText((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(297, 40), font);
            }

            double y = 760;
            foreach (Block block in pages[p])
            {
                foreach (string line in block.Lines)
                {
                    y -= block.Size * 1.3;
                    page.AddText(line, block.Size, new PdfPoint(72, y), font);
                }

                y -= 14;
            }
        }

        return builder.Build();
    }

    private static readonly Block[][] s_report =
    [
        [
            new Block(20, "New Pumps for the Harbour"),
            new Block(11,
                "The harbour board approved three new pumping stations on Monday, replacing",
                "equipment that has drained the lower docks since the floods of 1987."),
            new Block(11,
                "Engineers told the board that the old pumps failed twice last winter and that",
                "spare parts are no longer made, so every repair now takes weeks."),
            new Block(11,
                "The new stations will be built on the eastern quay, where the water collects",
                "first during a storm, and they will be able to clear the lower docks in"),
        ],
        [
            new Block(11,
                "under an hour instead of the six hours that the current pumps need in a",
                "heavy storm, the chief engineer said."),
            new Block(15, "Costs and schedule"),
            new Block(11,
                "The stations will cost 4.2 million pounds, which the board will borrow over",
                "twenty years, and the first of them should be running by next autumn."),
        ],
        [
            new Block(11,
                "Fishermen who moor at the lower docks welcomed the decision, saying that",
                "flooding had damaged boats and nets every winter for a decade."),
            new Block(11,
                "The board will hold a public meeting about the building work in March,",
                "when residents of the quay can ask about noise and road closures."),
        ],
    ];

    /// <summary>The segments of <c>split --format json</c>: each one's kind and text (its line breaks as spaces), checked against the offsets it gives into the text.</summary>
    internal static List<(string Kind, string Text)> SplitJson(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        string text = json.RootElement.GetProperty("text").GetString()!;
        var segments = new List<(string, string)>();
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            string segment = sentence.GetProperty("text").GetString()!;
            Assert.Equal(text.Substring(sentence.GetProperty("start").GetInt32(), sentence.GetProperty("length").GetInt32()), segment);
            segments.Add((sentence.GetProperty("kind").GetString()!, segment.Replace('\n', ' ')));
        }

        return segments;
    }

    /// <summary>
    /// Runs the command on <paramref name="path"/> and checks that it refuses it with exit code 1, no output and one
    /// error line that starts with <paramref name="message"/> after the path (is it, with <paramref name="whole"/>).
    /// </summary>
    private static void AssertRefused(string path, string message, bool whole = false)
    {
        CliResult result = CliRunner.Run(null, path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Empty(result.Out);
        if (whole)
        {
            Assert.Equal($"summarize: {path}: {message}\n", result.Error);
        }
        else
        {
            Assert.StartsWith($"summarize: {path}: {message}", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_IsReadAsItsParagraphs_HeadingsByTheirType_FurnitureLeftOut_ACutParagraphJoined()
    {
        string path = WriteBytes("report.pdf", Pdf(furniture: true, s_report));

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.Equal(("heading", "New Pumps for the Harbour"), segments[0]);
        Assert.Contains(("heading", "Costs and schedule"), segments);
        Assert.DoesNotContain(segments, s => s.Text.Contains(RunningHeader, StringComparison.Ordinal) || s.Text.Trim() is "1" or "2" or "3");
        Assert.Contains(("sentence", "The new stations will be built on the eastern quay, where the water collects first during a storm, and they will be "
            + "able to clear the lower docks in under an hour instead of the six hours that the current pumps need in a heavy storm, the chief engineer said."), segments);
        Assert.Equal(8, segments.Count);
    }

    [Fact]
    public void Pdf_AChaptersTitleAtTheTopOfItsPages_IsFurniture_AHeadingOnTwoFarPagesIsNot()
    {
        // Twelve pages (a block must stand on three to recur on a quarter of them); each chapter's title heads its two
        // pages, as a manual's running header does; the same heading opens the first page and the last.
        string[] chapters = ["Chapter 1: The Pumps", "Chapter 2: The Costs", "Chapter 3: The Works", "Chapter 4: The Quay", "Chapter 5: The Boats", "Chapter 6: The Meeting"];
        string[] subjects = ["pumps", "engineers", "costs", "loans", "works", "roads", "quay", "walls", "boats", "nets", "meeting", "residents"];
        const string Heading = "Summary of the works";
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int p = 0; p < 12; p++)
        {
            PdfPageBuilder page = builder.AddPage(PageSize.A4);
            page.AddText(chapters[p / 2], 9, new PdfPoint(72, 800), font);
            double y = 760;
            if (p is 0 or 11)
            {
                page.AddText(Heading, 15, new PdfPoint(72, y), font);
                y -= 40;
            }

            foreach (string line in (string[])[$"The board discussed the {subjects[p]} at length on the {p + 1}th day of the review, and", "it asked the engineers for a report.", string.Empty,
                "Members agreed that the report should be short and that it", $"should reach them before the {p + 2}th day."])
            {
                y -= line.Length == 0 ? 14 : 14.3;
                page.AddText(line, 11, new PdfPoint(72, y), font);
            }

            page.AddText((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(297, 40), font);
        }

        string path = WriteBytes("manual.pdf", builder.Build());

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.DoesNotContain(segments, s => s.Text.Contains("Chapter", StringComparison.Ordinal));
        Assert.Equal(2, segments.Count(s => s == ("heading", Heading)));
        Assert.Equal(12, segments.Count(s => s.Text.StartsWith("The board discussed the ", StringComparison.Ordinal)));
        Assert.Equal(12, segments.Count(s => s.Text.StartsWith("Members agreed that ", StringComparison.Ordinal)));
        Assert.Equal(26, segments.Count);
    }

    [Fact]
    public void Pdf_PagesOfOneLineEach_AndSlideTitlesThatDifferByANumber_AreTextNotFurniture()
    {
        // Each page's only block differs from the others' by its number alone, as a running header does; a slide's
        // title in a heading's type heads each slide above its body and differs by its number too. (Each slide's body
        // says something else: a sentence that recurs with its numbers changed is a template's.)
        string[] things = ["pumps", "gates", "cranes", "lights", "boats", "ramps", "docks", "walls"];
        var lines = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = lines.AddStandard14Font(Standard14Font.Helvetica);
        var slides = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont slideFont = slides.AddStandard14Font(Standard14Font.Helvetica);
        for (int p = 0; p < 8; p++)
        {
            lines.AddPage(PageSize.A4).AddText($"The harbour board met on the {p + 1}th day of the review to discuss the wall.", 11, new PdfPoint(72, 700), font);
            PdfPageBuilder slide = slides.AddPage(PageSize.A4);
            slide.AddText($"Quarterly results, part {p + 1}", 20, new PdfPoint(72, 760), slideFont);
            slide.AddText($"The board approved new {things[p]} for the eastern quay on Monday.", 11, new PdfPoint(72, 560), slideFont);
        }

        List<(string Kind, string Text)> pages = SplitJson(CliRunner.Run(null, "split", WriteBytes("pages.pdf", lines.Build()), "--format", "json"));
        List<(string Kind, string Text)> deck = SplitJson(CliRunner.Run(null, "split", WriteBytes("deck.pdf", slides.Build()), "--format", "json"));

        Assert.Equal(8, pages.Count(s => s.Kind == "sentence" && s.Text.StartsWith("The harbour board met on the ", StringComparison.Ordinal)));
        Assert.Equal(8, deck.Count(s => s.Kind == "heading" && s.Text.StartsWith("Quarterly results, part ", StringComparison.Ordinal)));
        Assert.Equal(8, deck.Count(s => s.Kind == "sentence" && s.Text.StartsWith("The board approved new ", StringComparison.Ordinal)));
    }

    /// <summary>A one-page PDF whose content stream is Flate data: the line, then <paramref name="padding"/> spaces.</summary>
    private static byte[] FlatePdf(int padding)
    {
        byte[] content = System.Text.Encoding.ASCII.GetBytes("BT /F1 11 Tf 72 700 Td (The harbour board approved three new pumping stations on Monday.) Tj ET" + new string(' ', padding));
        using var packed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(content);
        }

        return HandWrittenPdf(string.Empty, packed.ToArray());
    }

    [Fact]
    public void Pdf_AFlateStreamThatExpandsPastItsBound_IsRefusedBeforeItIsDecoded_ANormalOneIsRead()
    {
        string bomb = WriteBytes("bomb.pdf", FlatePdf((int)PdfStreamLimits.StreamLimit));
        string normal = WriteBytes("packed.pdf", FlatePdf(10_000));

        Assert.True(new FileInfo(bomb).Length < 200_000);
        AssertRefused(bomb, "is a PDF whose compressed streams expand to more than 64 MiB each or 1 GiB in all (a decompression bomb?); it is not read.", whole: true);
        CliResult result = CliRunner.Run(null, "split", normal);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The harbour board approved three new pumping stations on Monday.\n", result.Out);
    }

    /// <summary>A PDF of one A4 page that <paramref name="draw"/> writes on in Helvetica.</summary>
    private static byte[] OnePage(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont> draw)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        draw(builder.AddPage(PageSize.A4), font);
        return builder.Build();
    }

    [Fact]
    public void Pdf_TwoColumns_AreReadOneAfterTheOther_AParagraphCutByTheColumnJoined()
    {
        string[][] columns =
        [
            ["Pumping stations drain low docks during", "storms. We measured four stations over", "two winters and report their failures.", "",
                "The oldest station failed most often,", "and its repairs took the longest because"],
            ["spare parts had to be made by hand in", "the harbour's own workshop.", "", "Newer stations failed less than once a", "winter and were repaired within a day."],
        ];
        string path = WriteBytes("study.pdf", OnePage((page, font) =>
        {
            page.AddText("A Study of Harbour Pumps", 18, new PdfPoint(150, 780), font);
            for (int c = 0; c < columns.Length; c++)
            {
                double y = 740;
                foreach (string line in columns[c])
                {
                    if (line.Length > 0)
                    {
                        page.AddText(line, 10, new PdfPoint(c == 0 ? 60 : 310, y), font);
                    }

                    y -= line.Length == 0 ? 18 : 12;
                }
            }
        }));

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.Equal(
            [
                ("heading", "A Study of Harbour Pumps"),
                ("sentence", "Pumping stations drain low docks during storms."),
                ("sentence", "We measured four stations over two winters and report their failures."),
                ("sentence", "The oldest station failed most often, and its repairs took the longest because spare parts had to be made by hand in the harbour's own workshop."),
                ("sentence", "Newer stations failed less than once a winter and were repaired within a day."),
            ],
            segments);
    }

    [Fact]
    public void Pdf_TextPlacedFarOffThePage_IsLeftOut_LigaturesAreWrittenAsLetters()
    {
        string path = WriteBytes("hidden.pdf", OnePage((page, font) =>
        {
            page.AddText("The harbour board approved three new pumping stations on Monday.", 11, new PdfPoint(72, 700), font);
            page.AddText("The \uFB01nance team will pay for the \uFB02oor.", 11, new PdfPoint(72, 650), font);
            page.AddText("Hidden words nobody sees.", 11, new PdfPoint(72, 376_870_757), font);
            page.AddText("Hidden words left of the page.", 11, new PdfPoint(-5_000, 600), font);
        }));

        CliResult result = CliRunner.Run(null, "split", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The harbour board approved three new pumping stations on Monday.\nThe finance team will pay for the floor.\n", result.Out);
    }

    [Fact]
    public void Pdf_OnStandardInput_IsReadAsAFileIs_AndSummarized()
    {
        byte[] pdf = Pdf(furniture: true, s_report);
        string path = WriteBytes("report.pdf", pdf);

        CliResult file = CliRunner.Run(null, path, "-n", "2");
        CliResult piped = CliRunner.RunBytes(pdf, "-n", "2");

        Assert.Equal(0, file.ExitCode);
        Assert.Equal("", file.Error);
        Assert.Equal(file.Out, piped.Out);
        string[] lines = file.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("The harbour board approved three new pumping stations on Monday", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_WithoutText_IsRefusedSayingItMayBeAScan()
    {
        string path = WriteBytes("scan.pdf", OnePage((page, _) => page.DrawRectangle(new PdfPoint(100, 100), 200, 100)));

        AssertRefused(path, "is a PDF without text (a scan?); give it a text layer first (for example: ocrmypdf FILE out.pdf).", whole: true);
    }

    /// <summary>
    /// A one-page PDF written by hand, as other writers than PdfPig write one (a Helvetica line; the cross-reference
    /// table's offsets counted), with <paramref name="trailer"/> added to its trailer's dictionary.
    /// </summary>
    private static byte[] HandWrittenPdf(string trailer, byte[]? flateContent = null)
    {
        byte[] content = flateContent ?? System.Text.Encoding.ASCII.GetBytes("BT /F1 11 Tf 72 700 Td (The harbour board approved three new pumping stations on Monday.) Tj ET");
        string filter = flateContent is null ? string.Empty : " /Filter /FlateDecode";
        var pdf = new MemoryStream();
        void Append(string text) => pdf.Write(System.Text.Encoding.ASCII.GetBytes(text));
        Append("%PDF-1.4\n");
        var offsets = new List<long>();
        foreach (string obj in (string[])[
            "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >> endobj",
            "4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj"])
        {
            offsets.Add(pdf.Length);
            Append(obj + "\n");
        }

        offsets.Add(pdf.Length);
        Append(System.FormattableString.Invariant($"5 0 obj << /Length {content.Length}{filter} >> stream\n"));
        pdf.Write(content);
        Append("\nendstream endobj\n");
        long xref = pdf.Length;
        Append("xref\n0 6\n0000000000 65535 f \n");
        foreach (long offset in offsets)
        {
            Append(System.FormattableString.Invariant($"{offset:D10} 00000 n \n"));
        }

        Append(System.FormattableString.Invariant($"trailer << /Size 6 /Root 1 0 R {trailer}>>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    [Fact]
    public void Pdf_WrittenByHand_IsRead()
    {
        string path = WriteBytes("board.pdf", HandWrittenPdf(""));

        CliResult result = CliRunner.Run(null, "split", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The harbour board approved three new pumping stations on Monday.\n", result.Out);
    }

    [Fact]
    public void Pdf_Encrypted_IsRefusedWithHowToDecryptIt()
    {
        // Encrypted with a user password (the standard security handler, revision 2): the empty password does not open it.
        const string encrypt = "/Encrypt << /Filter /Standard /V 1 /R 2 /O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> "
            + "/U <fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210> /P -4 >> "
            + "/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ";
        string path = WriteBytes("locked.pdf", HandWrittenPdf(encrypt));

        AssertRefused(path, "is an encrypted PDF; save a copy without a password first (for example: qpdf --decrypt --password=PASSWORD FILE out.pdf).", whole: true);
    }

    [Fact]
    public void Pdf_Damaged_IsRefusedAsOneThatCannotBeRead()
    {
        byte[] pdf = Pdf(furniture: false, s_report);
        string path = WriteBytes("cut.pdf", pdf[..(pdf.Length / 3)]);

        AssertRefused(path, "cannot be read as a PDF (");
    }

    [Fact]
    public void Pdf_LongerThanTheLimit_IsRefusedInTheLimitsWords()
    {
        string path = WriteBytes("report.pdf", Pdf(furniture: true, s_report));

        CliResult result = CliRunner.Run(null, path, "--max-input-length", "200");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("more than --max-input-length (200) allows", result.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A Word document: a title and a heading (the heading's style named as Word names its built-in styles whatever
    /// the language: a German document's style id "berschrift1"), paragraphs with a tracked deletion, a field code and a
    /// line break, text moved away by a tracked change, hidden text, a bulleted list and a table.
    /// </summary>
    private static byte[] Docx(string? title = "Pumps for the harbour")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }

            MainDocumentPart main = document.AddMainDocumentPart();
            StyleDefinitionsPart styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "berschrift1" },
                new Style(new StyleName { Val = "List Bullet" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 3 })))
                {
                    Type = StyleValues.Paragraph,
                    StyleId = "ListBullet",
                });
            main.Document = new Document(new Body(
                Styled("Title", new Run(new WordRunText("New Pumps for the Harbour"))),
                new Paragraph(
                    new Run(new WordRunText("The harbour board approved three new pumping stations on Monday, ")),
                    new DeletedRun(new Run(new DeletedText("after a long and bitter debate, "))),
                    new MoveFromRun(new Run(new WordRunText("at last, "))),
                    new Run(new RunProperties(new Vanish()), new WordRunText("Editor: check the date. ")),
                    new Run(new WordRunText("replacing equipment that has drained the lower docks since the floods of 1987."))),
                new Paragraph(
                    new Run(new WordRunText("Engineers said the old pumps failed twice last winter")),
                    new Run(new FieldCode(" PAGEREF _Toc1 \\h ")),
                    new Run(new WordRunText(" and that spare parts are no longer made."), new Break(), new WordRunText("Every repair now takes weeks."))),
                Styled("berschrift1", new Run(new WordRunText("What the new stations will do"))),
                Styled("ListBullet", new Run(new WordRunText("Clear the lower docks in under an hour during a heavy storm"))),
                Styled("ListBullet", new Run(new WordRunText("Run on power from the new substation on the eastern quay"))),
                new Table(new TableRow(
                    new TableCell(new Paragraph(new Run(new WordRunText("The stations will cost 4.2 million pounds over twenty years.")))),
                    new TableCell(new Paragraph(new Run(new WordRunText("The first of them should be running by next autumn."))))))));
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string styleId, Run run) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), run);

    [Fact]
    public void Docx_IsReadAsItsParagraphs_HeadingsAndListItemsByTheirStyle_DeletionsAndFieldCodesLeftOut()
    {
        string path = WriteBytes("report.docx", Docx());

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.Equal(
            [
                ("heading", "New Pumps for the Harbour"),
                ("sentence", "The harbour board approved three new pumping stations on Monday, replacing equipment that has drained the lower docks since the floods of 1987."),
                ("sentence", "Engineers said the old pumps failed twice last winter and that spare parts are no longer made."),
                ("sentence", "Every repair now takes weeks."),
                ("heading", "What the new stations will do"),
                ("list-item", "\u2022 Clear the lower docks in under an hour during a heavy storm"),
                ("list-item", "\u2022 Run on power from the new substation on the eastern quay"),
                ("sentence", "The stations will cost 4.2 million pounds over twenty years."),
                ("sentence", "The first of them should be running by next autumn."),
            ],
            segments);
    }

    [Fact]
    public void Docx_OnStandardInput_IsSummarized_WithItsTitle()
    {
        byte[] docx = Docx();
        string path = WriteBytes("report.docx", docx);

        CliResult file = CliRunner.Run(null, path, "-n", "1", "--format", "json");
        CliResult piped = CliRunner.RunBytes(docx, "-n", "1", "--format", "json");

        Assert.Equal(0, file.ExitCode);
        using JsonDocument json = JsonDocument.Parse(file.Out);
        Assert.Equal("Pumps for the harbour", json.RootElement.GetProperty("title").GetString());
        Assert.StartsWith("The harbour board approved", json.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, piped.ExitCode);
        using JsonDocument pipedJson = JsonDocument.Parse(piped.Out);
        Assert.Equal(json.RootElement.GetProperty("sentences").GetRawText(), pipedJson.RootElement.GetProperty("sentences").GetRawText());
    }

    [Fact]
    public void Folder_PdfAndWordDocuments_AreTakenByTheDefaultGlob()
    {
        WriteBytes("docs/report.pdf", Pdf(furniture: true, s_report));
        WriteBytes("docs/minutes.docx", Docx());
        WriteBytes("docs/photo.png", [0x89, 0x50, 0x4E, 0x47]);

        CliResult result = CliRunner.Run(null, System.IO.Path.Combine(Folder, "docs"), "--format", "jsonl", "-n", "1");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Contains("The harbour board approved", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Docx_InStrictOfficeOpenXml_WrittenByHand_IsRead_ATrackedStyleChangeNotTaken()
    {
        // ISO/IEC 29500 strict names its namespaces otherwise; the paragraph's former style, kept by a tracked change
        // of its formatting, is not its style.
        const string w = "http://purl.oclc.org/ooxml/wordprocessingml/main";
        byte[] docx = WithEntry([], "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        docx = WithEntry(docx, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        docx = WithEntry(docx, "word/document.xml", $"<w:document xmlns:w=\"{w}\"><w:body>"
            + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>New Pumps for the Harbour</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pPrChange><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t xml:space=\"preserve\">The harbour board approved three new </w:t></w:r><w:r><w:t>pumping stations on Monday.</w:t></w:r></w:p>"
            + "</w:body></w:document>");
        string path = WriteBytes("strict.docx", docx);

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.Equal([("heading", "New Pumps for the Harbour"), ("sentence", "The harbour board approved three new pumping stations on Monday.")], segments);
    }

    [Fact]
    public void Docx_TextBoxes_AreReadOnceAfterTheirAnchor_SoftHyphensLeftOut()
    {
        // A flyer's body in text boxes, as Word writes them: the drawing's box (mc:Choice) and its VML copy (mc:Fallback).
        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        static string Box(string paragraphs) => "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>" + paragraphs
            + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>" + paragraphs
            + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        byte[] docx = WithEntry([], "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        docx = WithEntry(docx, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        docx = WithEntry(docx, "word/document.xml", $"<w:document xmlns:w=\"{w}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>"
            + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Harbour open day</w:t></w:r></w:p>"
            + "<w:p>" + Box("<w:p><w:r><w:t>The harbour board opens the new pumping station to visitors on Saturday.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Engineers will show how the pumps clear the docks in under an hour.</w:t></w:r></w:p>") + "</w:p>"
            + "<w:p><w:r><w:t>Guided tours of the Arbeits</w:t><w:softHyphen/><w:t>halle start at ten.</w:t></w:r>"
            + Box("<w:p><w:r><w:t>Entry is free for all.</w:t></w:r></w:p>") + "</w:p>"
            + "</w:body></w:document>");
        string path = WriteBytes("flyer.docx", docx);

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.Equal(
            [
                ("heading", "Harbour open day"),
                ("sentence", "The harbour board opens the new pumping station to visitors on Saturday."),
                ("sentence", "Engineers will show how the pumps clear the docks in under an hour."),
                ("sentence", "Guided tours of the Arbeitshalle start at ten."),
                ("sentence", "Entry is free for all."),
            ],
            segments);
    }

    [Fact]
    public void Docx_LongerThanTheLimit_IsRefusedInTheLimitsWords()
    {
        string path = WriteBytes("report.docx", Docx());

        CliResult result = CliRunner.Run(null, path, "--max-input-length", "100");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("more than --max-input-length (100) allows", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    /// <summary>
    /// A ZIP archive: <paramref name="start"/>'s bytes (empty for a new one) with an entry of that name written
    /// (replaced when there), or with <paramref name="content"/> null taken out.
    /// </summary>
    private static byte[] WithEntry(byte[] start, string entry, string? content)
    {
        using var stream = new MemoryStream();
        stream.Write(start);
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(entry)?.Delete();
            if (content is not null)
            {
                using StreamWriter writer = new(archive.CreateEntry(entry).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// An EPUB book: a cover outside the reading order, a navigation document, and two chapters (the first's name
    /// URL-encoded, in a folder of its own, with its heading), its package in a folder of its own.
    /// </summary>
    private static byte[] Epub()
    {
        static string Page(string body) => "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body>" + body + "</body></html>";
        byte[] book = WithEntry([], "mimetype", "application/epub+zip");
        book = WithEntry(book, "META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
        book = WithEntry(book, "OEBPS/content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>The <![CDATA[Harbour]]> Pumps</dc:title><dc:title>A second title</dc:title><dc:creator>A. Writer</dc:creator></metadata>"
            + "<manifest><item id=\"cover\" href=\"cover.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
            + "<item id=\"c1\" href=\"Text/chapter%201.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"c2\" href=\"chapter2.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"css\" href=\"style.css\" media-type=\"text/css\"/></manifest>"
            + "<spine><itemref idref=\"cover\" linear=\"no\"/><itemref idref=\"nav\"/><itemref idref=\"c1\"/><itemref idref=\"css\"/><itemref idref=\"c2\"/></spine></package>");
        book = WithEntry(book, "OEBPS/cover.xhtml", Page("<p>Cover picture of the harbour at dawn, drawn by hand.</p>"));
        book = WithEntry(book, "OEBPS/nav.xhtml", Page("<nav><ol><li><a href=\"Text/chapter%201.xhtml\">The vote</a></li><li><a href=\"chapter2.xhtml\">The work</a></li></ol></nav>"));
        book = WithEntry(book, "OEBPS/Text/chapter 1.xhtml", Page("<h1>The vote</h1><p>The harbour board approved three new pumping stations on Monday, replacing equipment that has drained the lower docks since the floods of 1987.</p>"));
        return WithEntry(book, "OEBPS/chapter2.xhtml", Page("<h1>The work</h1><p>The stations will cost 4.2 million pounds, and the first of them should be running by next autumn.</p>"));
    }

    [Fact]
    public void Epub_IsReadAsItsSpine_InReadingOrder_WithItsHeadingsAndTitle()
    {
        byte[] epub = Epub();
        string path = WriteBytes("harbour.epub", epub);

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));
        CliResult summary = CliRunner.Run(null, path, "-n", "1", "--format", "json");
        CliResult piped = CliRunner.RunBytes(epub, "-n", "1");

        Assert.Equal(
            [
                ("heading", "The vote"),
                ("sentence", "The harbour board approved three new pumping stations on Monday, replacing equipment that has drained the lower docks since the floods of 1987."),
                ("heading", "The work"),
                ("sentence", "The stations will cost 4.2 million pounds, and the first of them should be running by next autumn."),
            ],
            segments);
        Assert.Equal(0, summary.ExitCode);
        using JsonDocument json = JsonDocument.Parse(summary.Out);
        Assert.Equal("The Harbour Pumps", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(0, piped.ExitCode);
        Assert.StartsWith("The harbour board approved", piped.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Epub_ANotesReferenceAfterASentence_IsLeftOut()
    {
        // An EPUB marks the link to a note with epub:type="noteref", around the superscript number.
        string chapter = "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>x</title></head><body>"
            + "<h1>The work</h1><p>The stations will cost 4.2 million pounds.<a epub:type=\"noteref\" href=\"#n1\"><sup>1</sup></a> The first should run by next autumn.</p>"
            + "<aside epub:type=\"footnote\" id=\"n1\"><p>Board minutes, 2024.</p></aside></body></html>";
        string path = WriteBytes("noted.epub", WithEntry(Epub(), "OEBPS/chapter2.xhtml", chapter));

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.Contains(("sentence", "The stations will cost 4.2 million pounds."), segments);
        Assert.Contains(("sentence", "The first should run by next autumn."), segments);
    }

    [Fact]
    public void Epub_FurniturePages_NamedByTheirTypeOrTheGuideOrMadeOfCopyrightLines_AreLeftOut_AForewordKept()
    {
        static string Page(string body, string bodyType = "") => "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>x</title></head>"
            + $"<body{bodyType}>{body}</body></html>";
        byte[] book = WithEntry(Epub(), "OEBPS/content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>The Harbour Pumps</dc:title></metadata>"
            + "<manifest><item id=\"t\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"r\" href=\"rights.xhtml\" media-type=\"application/xhtml+xml\"/>"
            + "<item id=\"d\" href=\"Text/for.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"p\" href=\"plain.xhtml\" media-type=\"application/xhtml+xml\"/>"
            + "<item id=\"f\" href=\"foreword.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"c2\" href=\"chapter2.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
            + "<spine><itemref idref=\"t\"/><itemref idref=\"r\"/><itemref idref=\"d\"/><itemref idref=\"p\"/><itemref idref=\"f\"/><itemref idref=\"c2\"/></spine>"
            + "<guide><reference type=\"dedication\" title=\"For\" href=\"Text/for.xhtml#top\"/><reference type=\"text\" href=\"foreword.xhtml\"/></guide></package>");
        book = WithEntry(book, "OEBPS/title.xhtml", Page("<section epub:type=\"frontmatter titlepage\"><h1>The Harbour Pumps</h1><p>Published by the Quay Press in the town of Lowhaven.</p></section>"));
        book = WithEntry(book, "OEBPS/rights.xhtml", Page("<p>Copyright 2026 by the harbour board. No part of this book may be copied without leave.</p>", " epub:type=\"copyright-page\""));
        book = WithEntry(book, "OEBPS/Text/for.xhtml", Page("<p>For the dock workers of Lowhaven, who kept the water out for forty years.</p>"));
        book = WithEntry(book, "OEBPS/plain.xhtml", Page("<p>\u00A9 2026 The Quay Press. First printed in Lowhaven.</p><p>ISBN 978-0-00-000001-1</p>"));
        book = WithEntry(book, "OEBPS/foreword.xhtml", Page("<section epub:type=\"frontmatter foreword\"><h1>Foreword</h1><p>The floods of 1987 drained the town's savings along with its docks.</p></section>"));
        string path = WriteBytes("furnished.epub", book);

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.Equal(
            [
                ("heading", "Foreword"),
                ("sentence", "The floods of 1987 drained the town's savings along with its docks."),
                ("heading", "The work"),
                ("sentence", "The stations will cost 4.2 million pounds, and the first of them should be running by next autumn."),
            ],
            segments);
    }

    [Fact]
    public void Epub_GuideTitlePageInsideALongChapter_KeepsTheChapter()
    {
        // A converted book's guide may point at its title page inside the first chapter's file: that file is a chapter.
        string story = string.Concat(Enumerable.Repeat("The pumps at the old quay ran day and night through the winter of the great flood. ", 40));
        string chapter = "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body>"
            + "<h1 id=\"title\">The Harbour Pumps</h1><p>" + story + "</p></body></html>";
        byte[] book = WithEntry(Epub(), "OEBPS/content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>The Harbour Pumps</dc:title></metadata>"
            + "<manifest><item id=\"c\" href=\"one.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"c\"/></spine>"
            + "<guide><reference type=\"title-page\" title=\"Title\" href=\"one.xhtml#title\"/></guide></package>");
        string path = WriteBytes("converted.epub", WithEntry(book, "OEBPS/one.xhtml", chapter));

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.Contains(("sentence", "The pumps at the old quay ran day and night through the winter of the great flood."), segments);
    }

    [Theory]
    [InlineData("<a href=\"notes.xhtml#n1\"><sup>1</sup></a>")]
    [InlineData("<sup><a href=\"../notes.xhtml#n1\">1</a></sup>")]
    [InlineData("<a href=\"#n1\"><sup>1</sup></a>")]
    [InlineData("<a href=\"notes.xhtml#n1\">[1]</a>")]
    [InlineData("<a href=\"notes.xhtml#n1\">*</a>")]
    public void Epub_ANoteMarkerLinkedToItsNote_IsLeftOut_WhereverTheNoteIs(string marker)
    {
        string chapter = "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body>"
            + $"<h1>The work</h1><p>The stations will cost 4.2 million pounds.{marker} The first should run by next autumn.</p><p id=\"n1\">Board minutes.</p></body></html>";
        string path = WriteBytes("noted.epub", WithEntry(Epub(), "OEBPS/chapter2.xhtml", chapter));

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));

        Assert.Contains(("sentence", "The stations will cost 4.2 million pounds."), segments);
        Assert.Contains(("sentence", "The first should run by next autumn."), segments);
    }

    [Fact]
    public void Epub_WhoseSpineNamesAMissingDocument_IsRefusedAsOneThatCannotBeRead()
    {
        string path = WriteBytes("broken.epub", WithEntry(Epub(), "OEBPS/chapter2.xhtml", null));

        AssertRefused(path, "cannot be read as an EPUB book (its spine names OEBPS/chapter2.xhtml, which it does not hold).", whole: true);
    }

    [Fact]
    public void Epub_WithEncryptedDocuments_IsRefusedAsUnderDrm_ButObfuscatedFontsAreNoMatter()
    {
        static string Encryption(string uri) => "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\">"
            + $"<enc:EncryptedData><enc:EncryptionMethod Algorithm=\"http://www.idpf.org/2008/embedding\"/><enc:CipherData><enc:CipherReference URI=\"{uri}\"/></enc:CipherData></enc:EncryptedData></encryption>";
        string locked = WriteBytes("locked.epub", WithEntry(Epub(), "META-INF/encryption.xml", Encryption("OEBPS/Text/chapter%201.xhtml")));
        string fonts = WriteBytes("fonts.epub", WithEntry(Epub(), "META-INF/encryption.xml", Encryption("OEBPS/fonts/serif.otf")));

        CliResult refused = CliRunner.Run(null, locked);
        CliResult read = CliRunner.Run(null, fonts, "-n", "1");

        Assert.Equal(ExitCodes.InputError, refused.ExitCode);
        Assert.Equal($"summarize: {locked}: is an EPUB book whose text is encrypted (DRM); it can be read only by the reading system it was sold for.\n", refused.Error);
        Assert.Equal(0, read.ExitCode);
        Assert.StartsWith("The harbour board approved", read.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenDocumentText_IsReadAsItsParagraphs_HeadingsAndListItems_ATextBoxAfterItsAnchor_NotesChangesAndSoftHyphensLeftOut()
    {
        const string content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"><office:body><office:text>"
            + "<text:tracked-changes><text:changed-region><text:deletion><text:p>Removed words of an old draft.</text:p></text:deletion></text:changed-region></text:tracked-changes>"
            + "<text:table-of-content><text:index-body><text:p>New Pumps for the Harbour 1</text:p></text:index-body></text:table-of-content>"
            + "<text:h text:outline-level=\"1\">New Pumps for the Harbour</text:h>"
            + "<text:p>The harbour board approved three new pumping stations on Monday,<text:s text:c=\"3\"/>replacing equipment"
            + "<text:note><text:note-body><text:p>A note at the foot of the page.</text:p></text:note-body></text:note> that has drained the lower docks since 1987.</text:p>"
            + "<text:p/>"
            + "<text:p>Engineers said the old pumps failed twice.<text:line-break/>Every re\u00ADpair now takes weeks.<draw:frame><svg:title xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\">Frame 1</svg:title>"
            + "<draw:text-box><text:p>A box beside the text.</text:p><text:h>Boxed heading</text:h></draw:text-box></draw:frame> More words after the box.</text:p>"
            + "<text:list><text:list-item><text:p>Clear the lower docks in under an hour during a heavy storm</text:p></text:list-item></text:list>"
            + "<table:table><table:table-row><table:table-cell><text:p>The stations will cost 4.2 million pounds over twenty years.</text:p></table:table-cell></table:table-row></table:table>"
            + "</office:text></office:body></office:document-content>";
        byte[] odt = WithEntry(WithEntry([], "mimetype", "application/vnd.oasis.opendocument.text"), "content.xml", content);
        string path = WriteBytes("report.odt", odt);

        List<(string Kind, string Text)> segments = SplitJson(CliRunner.Run(null, "split", path, "--format", "json"));
        CliResult piped = CliRunner.RunBytes(odt, "-n", "1");

        Assert.Equal(
            [
                ("heading", "New Pumps for the Harbour"),
                ("sentence", "The harbour board approved three new pumping stations on Monday, replacing equipment that has drained the lower docks since 1987."),
                ("sentence", "Engineers said the old pumps failed twice."),
                ("sentence", "Every repair now takes weeks."),
                ("sentence", "More words after the box."),
                ("sentence", "A box beside the text."),
                ("heading", "Boxed heading"),
                ("list-item", "\u2022 Clear the lower docks in under an hour during a heavy storm"),
                ("sentence", "The stations will cost 4.2 million pounds over twenty years."),
            ],
            segments);
        Assert.Equal(0, piped.ExitCode);
        Assert.StartsWith("The harbour board approved", piped.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenDocument_WhoseMimetypeEntryIsDamaged_IsRefusedAsAnArchive()
    {
        // The mimetype entry second, its local header's signature broken: the archive's directory still lists it, and
        // opening it throws (found by the document target, seed 7).
        byte[] odt = WithEntry(WithEntry([], "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
            "mimetype", "application/vnd.oasis.opendocument.text");
        int second = odt.AsSpan(4).IndexOf("PK\u0003\u0004"u8) + 4;
        odt[second + 3] = 5;
        string path = WriteBytes("damaged.odt", odt);

        AssertRefused(path, "is a ZIP archive");
    }

    [Fact]
    public void ZipThatIsNoDocumentReadHere_IsStillRefusedAsAnArchive()
    {
        byte[] sheet = WithEntry(WithEntry([], "mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        string path = WriteBytes("sheet.ods", sheet);

        AssertRefused(path, "is a ZIP archive but no Word, OpenDocument text or EPUB document (an archive of files, a spreadsheet, a presentation?), not text; extract its files");
    }

    [Theory]
    [InlineData("report.docx", "a Word document")]
    [InlineData("book.epub", "an EPUB book")]
    [InlineData("minutes.odt", "an OpenDocument text")]
    public void DocumentCutShort_IsRefusedAsTheDocumentItsNamePromises(string name, string what)
    {
        // A download cut short: the archive's directory, at its end, is missing.
        byte[] whole = name.EndsWith(".epub", StringComparison.Ordinal) ? Epub() : Docx();
        string path = WriteBytes(name, whole[..(whole.Length / 2)]);

        AssertRefused(path, $"cannot be read as {what}: the archive is damaged or cut short (");
    }

    [Fact]
    public void DamagedWordDocument_IsRefusedAsOneThatCannotBeRead()
    {
        byte[] damaged = WithEntry(Docx(), "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        string path = WriteBytes("broken.docx", damaged);

        AssertRefused(path, "cannot be read as a Word document (");
    }
}
