using System;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Summarizer.Tests.Reliability;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

/// <summary>PDF, Word, EPUB, OpenDocument and RTF documents of random text and layout for the document target, and mutations of their bytes.</summary>
internal static class RandomDocuments
{
    /// <summary>One document of each kind.</summary>
    public static byte[][] All(Random random) => [Pdf(random), Word(random), Epub(random), OpenDocument(random), Rtf(random)];

    /// <summary>A PDF of a few pages: random lines at random places and sizes, a running header and page numbers.</summary>
    public static byte[] Pdf(Random random)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        int pages = random.Next(1, 6);
        for (int p = 0; p < pages; p++)
        {
            PdfPageBuilder page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText("Running header of the report", 9, new PdfPoint(72, 800), font);
            page.AddText((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(297, 40), font);
            for (double y = 760; y > 80; y -= random.Next(10, 30))
            {
                string line = Printable(RandomText.Next(random, random.Next(10, 90)));
                if (line.Length > 0)
                {
                    page.AddText(line, random.Next(4) == 0 ? 16 : 11, new PdfPoint(random.Next(2) == 0 ? 72 : 310, y), font);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>A Word document of random paragraphs, some of them headings, list items or table cells.</summary>
    public static byte[] Word(Random random)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            StyleDefinitionsPart styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                new Style(new StyleName { Val = "List" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })), new BasedOn { Val = "List" })
                {
                    Type = StyleValues.Paragraph,
                    StyleId = "List",
                });
            var body = new Body();
            for (int i = random.Next(1, 30); i > 0; i--)
            {
                var run = new Run(new Text(XmlSafe(RandomText.Next(random, random.Next(1, 300)))) { Space = SpaceProcessingModeValues.Preserve });
                Paragraph paragraph = random.Next(4) switch
                {
                    0 => new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = random.Next(2) == 0 ? "Heading1" : "List" }), run),
                    1 => new Paragraph(run, new Run(new Break(), new TabChar(), new Text("x"))),
                    _ => new Paragraph(run),
                };
                body.Append(random.Next(6) == 0 ? new Table(new TableRow(new TableCell(paragraph))) : paragraph);
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>An EPUB book of a few chapters of random paragraphs and headings (random text, escaped), one outside the reading order.</summary>
    public static byte[] Epub(Random random)
    {
        using var stream = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content);
            }

            int chapters = random.Next(1, 5);
            var manifest = new System.Text.StringBuilder();
            var spine = new System.Text.StringBuilder();
            for (int c = 0; c < chapters; c++)
            {
                manifest.Append(System.Globalization.CultureInfo.InvariantCulture, $"<item id=\"c{c}\" href=\"c%20{c}.xhtml\" media-type=\"application/xhtml+xml\"/>");
                spine.Append(System.Globalization.CultureInfo.InvariantCulture, $"<itemref idref=\"c{c}\"{(random.Next(5) == 0 ? " linear=\"no\"" : "")}/>");
                var body = new System.Text.StringBuilder();
                for (int p = random.Next(1, 12); p > 0; p--)
                {
                    string tag = random.Next(4) == 0 ? "h2" : "p";
                    body.Append('<').Append(tag).Append('>').Append(System.Security.SecurityElement.Escape(XmlSafe(RandomText.Next(random, random.Next(1, 400))))).Append("</").Append(tag).Append('>');
                }

                Add($"OEBPS/c {c}.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>");
            }

            Add("mimetype", "application/epub+zip");
            Add("META-INF/container.xml", "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"OEBPS/book.opf\"/></rootfiles></container>");
            Add("OEBPS/book.opf", "<package xmlns=\"http://www.idpf.org/2007/opf\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Book</dc:title></metadata><manifest>"
                + manifest + "</manifest><spine>" + spine + "</spine></package>");
        }

        return stream.ToArray();
    }

    /// <summary>An OpenDocument text of random paragraphs, headings, list items, notes, spaces and line breaks.</summary>
    public static byte[] OpenDocument(Random random)
    {
        string[] shapes = ["<text:h>{0}</text:h>", "<text:p>{0}</text:p>", "<text:p>{0}<text:s text:c=\"5\"/>{0}<text:line-break/>{0}</text:p>",
            "<text:list><text:list-item><text:p>{0}</text:p></text:list-item></text:list>", "<text:p>{0}<text:note><text:note-body><text:p>{0}</text:p></text:note-body></text:note></text:p>", "<text:p/>"];
        var body = new System.Text.StringBuilder();
        for (int p = random.Next(1, 20); p > 0; p--)
        {
            string words = System.Security.SecurityElement.Escape(XmlSafe(RandomText.Next(random, random.Next(1, 300))));
            body.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[random.Next(shapes.Length)], words));
        }

        using var stream = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("mimetype").Open()))
            {
                writer.Write("application/vnd.oasis.opendocument.text");
            }

            using var content = new StreamWriter(archive.CreateEntry("content.xml").Open());
            content.Write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + body + "</office:text></office:body></office:document-content>");
        }

        return stream.ToArray();
    }

    /// <summary>
    /// An RTF document as Word and WordPad write one (font, colour and style tables, information, a trailing NUL byte
    /// now and then) of random paragraphs: headings by style or outline level, list items, hidden text, fields, table
    /// cells, footnotes, pictures, binary data, text in windows-1251 and Shift-JIS fonts, and random text written as
    /// its characters, <c>\'hh</c> and <c>\uN</c> escapes with fallbacks of one or two characters.
    /// </summary>
    public static byte[] Rtf(Random random)
    {
        string[] shapes = ["\\pard\\s1 {0}\\par ", "\\pard\\outlinelevel0 {0}\\par ", "\\pard {0}\\par ", "\\pard\\ls1\\ilvl0 {{\\listtext\\'b7\\tab}}{0}\\par ",
            "{0}{{\\v {0}}}\\line {0}\\par ", "{{\\field{{\\*\\fldinst HYPERLINK \"x\"}}{{\\fldrslt {0}}}}} {0}\\par ", "\\trowd\\cellx1000\\pard\\intbl {0}\\cell {0}\\cell\\row ",
            "{0}{{\\footnote\\pard {0}}}\\sect ", "{{\\pict\\pngblip 89504e47{0}}}{0}\\page ", "{{\\f1\\'cf\\'f0\\'e8 {0}}}{{\\f2\\'82\\'a0\\'83e}}\\par ", "{{\\uc2 {0}}}{{\\bin3 }}}}}}}}{0}\\par "];
        var body = new System.Text.StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\fnil\\fcharset204 Arial;}{\\f2\\fnil\\fcharset128 MS Mincho;}}"
            + "{\\colortbl;\\red0\\green0\\blue255;}{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0\\outlinelevel0 heading 1;}}{\\info{\\title Random report}}\\uc1\r\n");
        for (int p = random.Next(1, 20); p > 0; p--)
        {
            body.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, shapes[random.Next(shapes.Length)], RtfEscaped(random, RandomText.Next(random, random.Next(1, 300))));
        }

        body.Append(random.Next(3) == 0 ? "}\r\n\0" : "}");
        return System.Text.Encoding.Latin1.GetBytes(body.ToString());
    }

    /// <summary>Text as RTF writes it: printable ASCII as it is (backslashes and braces escaped), other characters as <c>\'hh</c> or <c>\uN</c> (signed) with a fallback.</summary>
    private static string RtfEscaped(Random random, string text)
    {
        var builder = new System.Text.StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            if (c is '\\' or '{' or '}')
            {
                builder.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else if (c == '\n')
            {
                builder.Append(random.Next(2) == 0 ? "\\line " : "\\par ");
            }
            else if (c is >= '\u00A0' and <= '\u00FF' && random.Next(2) == 0)
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\'{(int)c:x2}");
            }
            else
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(short)c}?");
            }
        }

        return builder.ToString();
    }

    /// <summary>The bytes with a few changes: bytes flipped, a slice cut out or repeated, PDF or RTF tokens put in, the end cut off.</summary>
    public static byte[] Mutate(Random random, byte[] document)
    {
        byte[] bytes = (byte[])document.Clone();
        string[] tokens = ["obj", "endobj", "stream", "endstream", "/Length 99999999", "<<", ">>", "[", "]", "(", ")", "xref", "trailer", "%%EOF", "0 R", "/Type /Page", "/Kids [", "-1", "1e308", "/Filter /FlateDecode",
            "{", "}", "\\", "\\'", "\\'8", "\\u", "\\u-10179", "\\uc9", "\\bin99999", "{\\*", "\\par", "\\pard", "\\s1", "\\ls1", "\\v", "{\\listtext x}", "\\ansicpg932", "\\f2", "\\line", "\\cell"];
        for (int changes = random.Next(1, 8); changes > 0; changes--)
        {
            int at = random.Next(bytes.Length);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    int cut = random.Next(1, Math.Min(200, bytes.Length - at) + 1);
                    bytes = [.. bytes.AsSpan(0, at), .. bytes.AsSpan(Math.Min(bytes.Length, at + cut))];
                    break;
                case 2:
                    int length = random.Next(1, Math.Min(500, bytes.Length - at) + 1);
                    bytes = [.. bytes.AsSpan(0, at + length), .. bytes.AsSpan(at, length), .. bytes.AsSpan(at + length)];
                    break;
                case 3:
                    bytes = [.. bytes.AsSpan(0, at), .. System.Text.Encoding.ASCII.GetBytes(" " + tokens[random.Next(tokens.Length)] + " "), .. bytes.AsSpan(at)];
                    break;
                default:
                    if (random.Next(10) == 0)
                    {
                        bytes = bytes[..Math.Max(5, at)];
                    }

                    break;
            }

            if (bytes.Length < 5)
            {
                return document;
            }
        }

        return bytes;
    }

    /// <summary>The text without the characters XML cannot hold (controls, lone surrogates).</summary>
    private static string XmlSafe(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && System.Xml.XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i++, 2);
            }
            else if (System.Xml.XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The characters of a line that the standard Helvetica font can show (Latin-1 letters, digits, punctuation).</summary>
    private static string Printable(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c : ' ');
        }

        return builder.ToString().Trim();
    }
}
