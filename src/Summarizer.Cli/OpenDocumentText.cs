using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using System.Xml;

namespace Summarizer.Cli;

/// <summary>
/// The text of an OpenDocument text (.odt, .ott; LibreOffice, Google Docs' export): the paragraphs and headings of its
/// <c>content.xml</c> in order, those of its tables included, read as a stream. A <c>text:h</c> is a heading, the
/// first paragraph of a list item a list item (written with a bullet), and a text box's paragraphs follow the
/// paragraph that anchors its frame; notes, comments, tracked changes, a table of contents, pictures, soft hyphens and
/// the document's headers and footers (in its styles) are left out.
/// </summary>
internal static class OpenDocumentText
{
    private const string TextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string OfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string DrawNamespace = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

    /// <summary>Whether the bytes are a ZIP archive that holds an OpenDocument text: its content and the text type in its <c>mimetype</c>.</summary>
    public static bool IsOpenDocumentText(byte[] bytes) => ZipDocuments.Is(bytes, archive =>
    {
        // A damaged mimetype entry throws as it is opened: then the archive is no text document, and is refused as one.
        if (archive.GetEntry("content.xml") is null || archive.GetEntry("mimetype") is not { } entry)
        {
            return false;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        char[] start = new char[64];
        return new string(start, 0, reader.ReadBlock(start, 0, start.Length)).StartsWith("application/vnd.oasis.opendocument.text", StringComparison.Ordinal);
    });

    /// <summary>The document's text, a paragraph a block, with the ranges of its headings.</summary>
    /// <param name="bytes">The .odt file.</param>
    /// <param name="name">How messages name the input.</param>
    /// <param name="maxInputLength">The longest text accepted (0: none); the reading stops at the paragraph that passes it, and <c>content.xml</c> may hold no more than 32 characters of XML for each (16 Mi at least).</param>
    /// <param name="cancellationToken">Stops the reading between two paragraphs.</param>
    /// <exception cref="InputException">The document cannot be read (damaged, its content too large), or its text is longer than <paramref name="maxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputDocument Extract(byte[] bytes, string name, int maxInputLength, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        var headings = new List<TextRange>();
        try
        {
            using ZipArchive archive = ZipDocuments.Open(bytes);
            using XmlReader reader = ZipDocuments.ReadXml(archive, "content.xml", ZipDocuments.MaxPartCharacters(maxInputLength))!;
            ReadParagraphs(reader, new DocumentParagraphWriter(text, headings, name, maxInputLength, cancellationToken));
        }
        catch (Exception e) when (ZipDocuments.IsDamage(e))
        {
            throw ZipDocuments.Unreadable(name, "an OpenDocument text", e);
        }

        return new InputDocument(text.ToString().TrimEnd('\n'), null, InputFormat.Document, headings);
    }

    /// <summary>
    /// Reads the paragraphs of the content (or of a text box) into <paramref name="writer"/>; a frame's text boxes
    /// are read after the paragraph that anchors the frame (<see cref="ReadFrame"/>).
    /// </summary>
    private static void ReadParagraphs(XmlReader reader, DocumentParagraphWriter writer)
    {
        var paragraph = new StringBuilder();
        DocumentParagraphWriter? boxes = null;
        int skipDepth = -1;
        int open = -1;
        bool heading = false;
        bool listItem = false;
        bool listItemStarts = false;
        while (reader.Read())
        {
            if (skipDepth >= 0)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == skipDepth)
                {
                    skipDepth = -1;
                }

                continue;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == DrawNamespace && reader.LocalName == "frame" && !reader.IsEmptyElement
                    && writer.BoxDepth < DocumentParagraphWriter.MaxBoxDepth:
                    boxes ??= writer.ForBox();
                    using (XmlReader frame = reader.ReadSubtree())
                    {
                        ReadFrame(frame, boxes);
                    }

                    if (open < 0)
                    {
                        writer.EndBox(boxes, paragraph);
                    }

                    break;
                case XmlNodeType.Element when IsLeftOut(reader):
                    skipDepth = reader.IsEmptyElement ? -1 : reader.Depth;
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNamespace:
                    switch (reader.LocalName)
                    {
                        case "h" or "p" when open < 0:
                            heading = reader.LocalName == "h";
                            (listItem, listItemStarts) = (listItemStarts, false);
                            open = reader.IsEmptyElement ? -1 : reader.Depth;
                            if (open < 0)
                            {
                                writer.End(paragraph, heading, listItem);
                            }

                            break;
                        case "list-item":
                            listItemStarts = true;
                            break;
                        case "s" when open >= 0:
                            int count = int.TryParse(reader.GetAttribute("c", TextNamespace), out int c) ? Math.Clamp(c, 1, 100) : 1;
                            paragraph.Append(' ', count);
                            break;
                        case "tab" when open >= 0:
                            paragraph.Append(' ');
                            break;
                        case "line-break" when open >= 0:
                            paragraph.Append(HtmlText.LineBreak);
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when open >= 0:
                    paragraph.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement when reader.Depth == open:
                    open = -1;
                    writer.End(paragraph, heading, listItem);
                    if (boxes is not null)
                    {
                        writer.EndBox(boxes, paragraph);
                    }

                    break;
            }
        }
    }

    /// <summary>Reads the paragraphs of a frame's text boxes into <paramref name="boxes"/>; the rest of it (a picture, its title and description) is left out.</summary>
    private static void ReadFrame(XmlReader frame, DocumentParagraphWriter boxes)
    {
        frame.Read();
        while (frame.Read())
        {
            if (frame.NodeType == XmlNodeType.Element && frame.NamespaceURI == DrawNamespace && frame.LocalName == "text-box" && !frame.IsEmptyElement)
            {
                using XmlReader box = frame.ReadSubtree();
                box.Read();
                ReadParagraphs(box, boxes);
            }
        }
    }

    /// <summary>What is not read: notes, comments, tracked changes, a table of contents, frames deeper than <see cref="DocumentParagraphWriter.MaxBoxDepth"/> text boxes, and field declarations.</summary>
    private static bool IsLeftOut(XmlReader reader) =>
        (reader.NamespaceURI == TextNamespace && reader.LocalName is "note" or "tracked-changes" or "table-of-content" or "variable-decls" or "sequence-decls" or "user-field-decls")
        || (reader.NamespaceURI == OfficeNamespace && reader.LocalName is "annotation" or "forms")
        || (reader.NamespaceURI == DrawNamespace && reader.LocalName == "frame");
}
