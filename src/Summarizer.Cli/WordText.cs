using System;
using System.Collections.Generic;
using System.IO.Compression;
using System.Text;
using System.Threading;
using System.Xml;

namespace Summarizer.Cli;

/// <summary>
/// The text of a Word document (.docx, .docm, .dotx; transitional or strict Office Open XML): its body's paragraphs in
/// order, those of its tables included, read as a stream with an <see cref="XmlReader"/> (the document is never loaded
/// whole). A paragraph in a heading, title or subtitle style (or with an outline level) is a heading; one in a numbered
/// or bulleted list is a list item, written with a bullet; a text box's paragraphs follow the paragraph that anchors it;
/// hidden text, tracked deletions and moves (the text moved away), field codes, soft hyphens, headers, footers,
/// footnotes and comments are left out.
/// </summary>
/// <remarks>
/// Read with the framework's XML reader rather than the Open XML SDK: the SDK's typed elements more than doubled the
/// native command's size (16.5 to 37.8 MB) and its start-up memory (13.5 to 29.7 MB for <c>--version</c>), and the
/// text of paragraphs and runs is a small part of the format.
/// </remarks>
internal static class WordText
{
    /// <summary>The WordprocessingML namespaces: transitional (what Word writes) and strict (ISO/IEC 29500 strict).</summary>
    private const string Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>The Markup Compatibility namespace, whose <c>Fallback</c> repeats what its <c>Choice</c> holds.</summary>
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>Whether the bytes are a ZIP archive whose main part is a Word document's (by the package's relationships and content types).</summary>
    public static bool IsWordDocument(byte[] bytes) => ZipDocuments.Is(bytes, archive =>
        MainPart(archive) is { } main && archive.GetEntry(main) is not null && ContentType(archive, main) is { } type
        // Word's main parts: wordprocessingml document and template, and the macro-enabled ms-word ones.
        && (type.Contains("wordprocessingml", StringComparison.Ordinal) || type.Contains("ms-word", StringComparison.Ordinal)));

    /// <summary>The document's text, a paragraph a block, with the ranges of its headings and its title (the document's properties').</summary>
    /// <param name="bytes">The .docx file.</param>
    /// <param name="name">How messages name the input.</param>
    /// <param name="maxInputLength">The longest text accepted (0: none); the reading stops at the paragraph that passes it, and no part may hold more than 32 characters of XML for each (and 16 Mi at least).</param>
    /// <param name="cancellationToken">Stops the reading between two paragraphs.</param>
    /// <exception cref="InputException">The document cannot be read (damaged, or a part too large), or its text is longer than <paramref name="maxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputDocument Extract(byte[] bytes, string name, int maxInputLength, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        var headings = new List<TextRange>();
        string? title;
        try
        {
            using ZipArchive archive = ZipDocuments.Open(bytes);
            long maxCharacters = ZipDocuments.MaxPartCharacters(maxInputLength);
            string main = MainPart(archive) ?? throw new InputException($"{name}: cannot be read as a Word document (it has no main document part).");
            title = Title(archive, maxCharacters);
            ParagraphStyles styles = ReadStyles(archive, main, maxCharacters);
            using XmlReader reader = ZipDocuments.ReadXml(archive, main, maxCharacters)
                ?? throw new InputException($"{name}: cannot be read as a Word document (it holds no {main}).");
            ReadBody(reader, styles, new DocumentParagraphWriter(text, headings, name, maxInputLength, cancellationToken));
        }
        catch (Exception e) when (ZipDocuments.IsDamage(e))
        {
            throw ZipDocuments.Unreadable(name, "a Word document", e);
        }

        return new InputDocument(text.ToString().TrimEnd('\n'), title, InputFormat.Document, headings);
    }

    /// <summary>
    /// Reads the main part's paragraphs (or a text box's) into <paramref name="writer"/>, a block each; a text box's
    /// paragraphs (its <c>mc:Choice</c> copy: the <c>mc:Fallback</c> repeats it) follow the paragraph that anchors it.
    /// </summary>
    private static void ReadBody(XmlReader reader, ParagraphStyles styles, DocumentParagraphWriter writer)
    {
        var paragraph = new StringBuilder();
        DocumentParagraphWriter? boxes = null;
        int skip = -1;
        int open = -1;
        int properties = -1;
        bool inText = false;
        int run = -1;
        bool hidden = false;
        string? style = null;
        bool outlined = false;
        bool? numbered = null;
        while (reader.Read())
        {
            if (skip >= 0)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == skip)
                {
                    skip = -1;
                }

                continue;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                bool word = IsWord(reader.NamespaceURI);
                string local = reader.LocalName;
                if (word && local == "txbxContent" && !reader.IsEmptyElement && writer.BoxDepth < DocumentParagraphWriter.MaxBoxDepth && !hidden)
                {
                    boxes ??= writer.ForBox();
                    using (XmlReader box = reader.ReadSubtree())
                    {
                        box.Read();
                        ReadBody(box, styles, boxes);
                    }

                    if (open < 0)
                    {
                        writer.EndBox(boxes, paragraph);
                    }

                    continue;
                }

                if ((word && local is "del" or "moveFrom" or "instrText" or "delInstrText" or "txbxContent" or "pPrChange" or "rPrChange")
                    || (reader.NamespaceURI == MarkupCompatibility && local == "Fallback"))
                {
                    skip = reader.IsEmptyElement ? -1 : reader.Depth;
                    continue;
                }

                if (!word)
                {
                    continue;
                }

                if (open < 0)
                {
                    if (local == "p")
                    {
                        (style, outlined, numbered) = (null, false, null);
                        open = reader.IsEmptyElement ? -1 : reader.Depth;
                    }

                    continue;
                }

                if (properties >= 0)
                {
                    // The paragraph's own properties: its style, outline level and numbering (w:tabs holds tab stops, no text).
                    switch (local)
                    {
                        case "pStyle":
                            style = Value(reader);
                            break;
                        case "outlineLvl":
                            outlined = int.TryParse(Value(reader), out int level) && level < 9;
                            break;
                        case "numId":
                            numbered = int.TryParse(Value(reader), out int id) && id > 0;
                            break;
                    }

                    continue;
                }

                if (local == "r")
                {
                    // A run; hidden text (w:vanish in its properties) is not read.
                    (run, hidden) = (reader.IsEmptyElement ? -1 : reader.Depth, false);
                    continue;
                }

                if (local == "vanish" || hidden)
                {
                    hidden |= local == "vanish" && run >= 0 && Value(reader) is not ("false" or "0" or "off");
                    continue;
                }

                switch (local)
                {
                    case "pPr":
                        properties = reader.IsEmptyElement ? -1 : reader.Depth;
                        break;
                    case "t":
                        inText = !reader.IsEmptyElement;
                        break;
                    case "tab" or "ptab":
                        paragraph.Append(' ');
                        break;
                    case "br" or "cr":
                        paragraph.Append(HtmlText.LineBreak);
                        break;
                    case "noBreakHyphen":
                        paragraph.Append('-');
                        break;
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (inText)
                {
                    paragraph.Append(reader.Value);
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.Depth == properties)
                {
                    properties = -1;
                }
                else if (inText && reader.LocalName == "t")
                {
                    inText = false;
                }
                else if (reader.Depth == run)
                {
                    (run, hidden) = (-1, false);
                }
                else if (reader.Depth == open)
                {
                    open = -1;
                    (bool heading, bool listItem) = styles.Of(style, outlined, numbered);
                    writer.End(paragraph, heading, listItem);
                    if (boxes is not null)
                    {
                        writer.EndBox(boxes, paragraph);
                    }
                }
            }
        }
    }

    private static bool IsWord(string namespaceUri) => namespaceUri is Transitional or Strict;

    /// <summary>An element's <c>w:val</c> attribute, in either namespace.</summary>
    private static string? Value(XmlReader reader) => reader.GetAttribute("val", Transitional) ?? reader.GetAttribute("val", Strict);

    /// <summary>The main part's path: the package relationship of the office-document type, from the archive's root.</summary>
    private static string? MainPart(ZipArchive archive)
    {
        foreach ((string type, string target) in Relationships(archive, "_rels/.rels"))
        {
            if (type.EndsWith("/officeDocument", StringComparison.Ordinal))
            {
                return target.TrimStart('/');
            }
        }

        return null;
    }

    /// <summary>The content type the package gives a part (its override, else its extension's default), or null.</summary>
    private static string? ContentType(ZipArchive archive, string part)
    {
        using XmlReader? reader = ZipDocuments.ReadXml(archive, "[Content_Types].xml", ZipDocuments.MinPartCharacters);
        string? byExtension = null;
        while (reader?.Read() == true)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "Override" && string.Equals(reader.GetAttribute("PartName")?.TrimStart('/'), part, StringComparison.OrdinalIgnoreCase))
            {
                return reader.GetAttribute("ContentType");
            }

            if (reader.LocalName == "Default" && part.EndsWith("." + reader.GetAttribute("Extension"), StringComparison.OrdinalIgnoreCase))
            {
                byExtension = reader.GetAttribute("ContentType");
            }
        }

        return byExtension;
    }

    /// <summary>The relationships of a part (<c>Type</c>, <c>Target</c> resolved from the archive's root); none when it has no relationships part.</summary>
    private static List<(string Type, string Target)> Relationships(ZipArchive archive, string path)
    {
        var found = new List<(string, string)>();
        string folder = path.Contains("_rels/", StringComparison.Ordinal) ? path[..path.IndexOf("_rels/", StringComparison.Ordinal)] : "";
        using XmlReader? reader = ZipDocuments.ReadXml(archive, path, ZipDocuments.MinPartCharacters);
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } target
                && reader.GetAttribute("TargetMode") != "External")
            {
                found.Add((type, target.StartsWith('/') ? target[1..] : folder + target));
            }
        }

        return found;
    }

    /// <summary>The relationships part of a part: <c>word/document.xml</c>'s is <c>word/_rels/document.xml.rels</c>.</summary>
    private static string RelationshipsOf(string part)
    {
        int slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    /// <summary>The document's title: <c>dc:title</c> of its core properties, or null.</summary>
    private static string? Title(ZipArchive archive, long maxCharacters)
    {
        foreach ((string type, string target) in Relationships(archive, "_rels/.rels"))
        {
            if (type.EndsWith("/core-properties", StringComparison.Ordinal))
            {
                using XmlReader? reader = ZipDocuments.ReadXml(archive, target, maxCharacters);
                while (reader?.Read() == true)
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "title" && reader.NamespaceURI == "http://purl.org/dc/elements/1.1/" && !reader.IsEmptyElement)
                    {
                        string title = reader.ReadElementContentAsString().Trim();
                        return title.Length > 0 ? title : null;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The paragraph styles of the main part's style definitions (none when it has none).</summary>
    private static ParagraphStyles ReadStyles(ZipArchive archive, string main, long maxCharacters)
    {
        var styles = new ParagraphStyles();
        foreach ((string type, string target) in Relationships(archive, RelationshipsOf(main)))
        {
            if (!type.EndsWith("/styles", StringComparison.Ordinal))
            {
                continue;
            }

            using XmlReader? reader = ZipDocuments.ReadXml(archive, target, maxCharacters);
            string? id = null;
            (string? Name, string? BasedOn, bool Outlined, bool? Numbered) style = default;
            while (reader?.Read() == true)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "style" && id is not null)
                {
                    styles.Add(id, style.Name, style.BasedOn, style.Outlined, style.Numbered);
                    id = null;
                }

                if (reader.NodeType != XmlNodeType.Element || !IsWord(reader.NamespaceURI))
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "style":
                        id = reader.IsEmptyElement ? null : reader.GetAttribute("styleId", reader.NamespaceURI);
                        style = default;
                        break;
                    case "name" when id is not null:
                        style.Name = Value(reader);
                        break;
                    case "basedOn" when id is not null:
                        style.BasedOn = Value(reader);
                        break;
                    case "outlineLvl" when id is not null:
                        style.Outlined = int.TryParse(Value(reader), out int level) && level < 9;
                        break;
                    case "numId" when id is not null:
                        style.Numbered = int.TryParse(Value(reader), out int number) && number > 0;
                        break;
                }
            }
        }

        return styles;
    }
}
