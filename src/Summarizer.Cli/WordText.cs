using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Summarizer.Cli;

/// <summary>
/// The text of a Word document (.docx, .docm, .dotx): its body's paragraphs in order, those of its tables included,
/// read one at a time (the document is never loaded whole). A paragraph in a heading, title or subtitle style (or
/// with an outline level) is a heading; one in a numbered or bulleted list is a list item, written with a bullet;
/// tracked deletions and moves (the text moved away), field codes, text boxes, headers, footers, footnotes and comments
/// are left out.
/// </summary>
internal static class WordText
{
    /// <summary>How many characters of XML a part may hold for each character of text the input may have.</summary>
    private const long PartCharactersPerTextCharacter = 32;

    /// <summary>The characters of XML a part may hold however low the limit is (16 Mi), so that a small limit is met by the text's length, not the markup's.</summary>
    private const long MinPartCharacters = 1L << 24;

    /// <summary>Whether the bytes are a ZIP archive that holds a Word document's main part.</summary>
    public static bool IsWordDocument(byte[] bytes) => ZipDocuments.Holds(bytes, "word/document.xml", "[Content_Types].xml");

    /// <summary>The document's text, a paragraph a block, with the ranges of its headings and its title (the document's properties').</summary>
    /// <param name="bytes">The .docx file.</param>
    /// <param name="name">How messages name the input.</param>
    /// <param name="maxInputLength">The longest text accepted (0: none); the reading stops at the paragraph that passes it, and no part may hold more than 32 characters of XML for each (and 16 Mi at least).</param>
    /// <param name="cancellationToken">Stops the reading between two paragraphs.</param>
    /// <exception cref="InputException">The document cannot be read (damaged, encrypted, or a part too large), or its text is longer than <paramref name="maxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputDocument Extract(byte[] bytes, string name, int maxInputLength, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        var paragraph = new StringBuilder();
        var headings = new List<TextRange>();
        string? title;
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = maxInputLength > 0 ? Math.Max(PartCharactersPerTextCharacter * maxInputLength, MinPartCharacters) : 0 };
            using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
            title = document.PackageProperties.Title is { } t && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;
            MainDocumentPart main = document.MainDocumentPart ?? throw new InputException($"{name}: cannot be read as a Word document (it has no main document part).");
            var styles = new ParagraphStyles(main.StyleDefinitionsPart?.Styles);
            using OpenXmlReader reader = OpenXmlReader.Create(main);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Paragraph) || !reader.IsStartElement)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var element = (Paragraph)reader.LoadCurrentElement()!;
                AppendText(element, paragraph);
                (bool heading, bool listItem) = styles.Of(element.ParagraphProperties);
                if (listItem && !heading && paragraph.Length > 0)
                {
                    paragraph.Insert(0, ZipDocuments.Bullet);
                }

                HtmlText.Flush(paragraph, text, heading ? headings : null);
                InputReader.CheckLength(name, text.Length, maxInputLength);
            }
        }
        catch (Exception e) when (e is not (InputException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InputException($"{name}: cannot be read as a Word document ({e.Message.TrimEnd('.')}).");
        }

        return new InputDocument(text.ToString().TrimEnd('\n'), title, InputFormat.Document, headings);
    }

    /// <summary>
    /// A paragraph's text as it reads: its runs' text, a tab a space, a line break a line break; what is not read
    /// (deleted text and text moved away by tracked changes, field codes, text boxes anchored in it) left out.
    /// </summary>
    private static void AppendText(OpenXmlElement element, StringBuilder paragraph)
    {
        foreach (OpenXmlElement child in element.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    paragraph.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    paragraph.Append(' ');
                    break;
                case Break or CarriageReturn:
                    paragraph.Append(HtmlText.LineBreak);
                    break;
                case NoBreakHyphen:
                    paragraph.Append('-');
                    break;
                case SoftHyphen:
                    paragraph.Append('\u00AD');
                    break;
                case TextBoxContent or DocumentFormat.OpenXml.AlternateContentFallback or DeletedText or FieldCode or MoveFromRun or ParagraphProperties or RunProperties:
                    break;
                default:
                    AppendText(child, paragraph);
                    break;
            }
        }
    }

    /// <summary>What a paragraph's style makes it: a heading (heading, title or subtitle styles, or an outline level), a list item (numbering).</summary>
    private sealed class ParagraphStyles
    {
        private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

        public ParagraphStyles(Styles? styles)
        {
            foreach (Style style in styles?.Elements<Style>() ?? [])
            {
                if (style.StyleId?.Value is { } id)
                {
                    _styles[id] = style;
                }
            }
        }

        public (bool Heading, bool ListItem) Of(ParagraphProperties? properties)
        {
            bool heading = properties?.OutlineLevel?.Val?.Value is < 9;
            bool listItem = IsNumbered(properties?.NumberingProperties);
            string? id = properties?.ParagraphStyleId?.Val?.Value;
            // The style and the styles it is based on, a bounded walk: a cycle of basedOn ends it.
            for (int depth = 0; id is not null && depth < 16 && _styles.TryGetValue(id, out Style? style); depth++)
            {
                string styleName = style.StyleName?.Val?.Value ?? "";
                heading |= styleName.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
                    || styleName.Equals("title", StringComparison.OrdinalIgnoreCase)
                    || styleName.Equals("subtitle", StringComparison.OrdinalIgnoreCase)
                    || style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9;
                listItem |= properties?.NumberingProperties is null && IsNumbered(style.StyleParagraphProperties?.NumberingProperties);
                id = style.BasedOn?.Val?.Value;
            }

            return (heading, listItem);
        }

        /// <summary>Numbering that numbers: a numbering id of 0 removes the numbering a style gives.</summary>
        private static bool IsNumbered(NumberingProperties? numbering) => numbering?.NumberingId?.Val?.Value is > 0;
    }
}
