using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace Summarizer.Cli;

/// <summary>
/// The paragraphs of a Word, OpenDocument or RTF document as they become its text: a list item written with a bullet,
/// a heading's range kept, the text held to the limit after each.
/// </summary>
internal static class DocumentParagraphs
{
    /// <summary>
    /// Ends a paragraph: its soft hyphens dropped, a list item's text (not a heading's) gets <see cref="ZipDocuments.Bullet"/> before it, the
    /// paragraph becomes a block of <paramref name="text"/> (<see cref="HtmlText.Flush"/>, its white space collapsed;
    /// a heading's range added to <paramref name="headings"/>), and the text is held to the limit. A paragraph of white
    /// space alone adds nothing, a list item's neither.
    /// </summary>
    /// <exception cref="InputException">The text is longer than <paramref name="maxInputLength"/> (0: no limit).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void End(StringBuilder paragraph, StringBuilder text, List<TextRange> headings, bool heading, bool listItem, string name, int maxInputLength, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // A soft hyphen marks where a word may break, and is no part of it ("Arbeits\u00ADpreis"): RTF's \- is dropped too.
        paragraph.Replace("\u00AD", string.Empty);
        if (listItem && !heading && HasText(paragraph))
        {
            paragraph.Insert(0, ZipDocuments.Bullet);
        }

        HtmlText.Flush(paragraph, text, heading ? headings : null);
        InputReader.CheckLength(name, text.Length, maxInputLength);
    }

    /// <summary>Whether <paramref name="paragraph"/> holds anything but white space and line breaks.</summary>
    private static bool HasText(StringBuilder paragraph)
    {
        foreach (ReadOnlyMemory<char> chunk in paragraph.GetChunks())
        {
            foreach (char c in chunk.Span)
            {
                if (c != HtmlText.LineBreak && !char.IsWhiteSpace(c))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>
/// Where a document's reader ends its paragraphs: the document's text (<see cref="DocumentParagraphs.End"/>), or, for
/// the paragraphs of a text box, a list that keeps them until the paragraph that anchors the box has ended, so that a
/// box's text is read once, as paragraphs of its own after its anchor's (a flyer's or a converted PDF's whole body is
/// in boxes).
/// </summary>
internal sealed class DocumentParagraphWriter
{
    /// <summary>How deep text boxes are read inside text boxes; deeper ones are left out.</summary>
    public const int MaxBoxDepth = 4;

    private readonly StringBuilder? _text;
    private readonly List<TextRange>? _headings;
    private readonly string _name;
    private readonly int _maxInputLength;
    private readonly CancellationToken _cancellationToken;
    private readonly List<(string Text, bool Heading, bool ListItem)> _kept = new();
    private int _keptLength;

    /// <summary>A writer of the document's text.</summary>
    public DocumentParagraphWriter(StringBuilder text, List<TextRange> headings, string name, int maxInputLength, CancellationToken cancellationToken)
    {
        (_text, _headings, _name, _maxInputLength, _cancellationToken) = (text, headings, name, maxInputLength, cancellationToken);
    }

    private DocumentParagraphWriter(DocumentParagraphWriter parent, int depth)
    {
        (_name, _maxInputLength, _cancellationToken, BoxDepth) = (parent._name, parent._maxInputLength, parent._cancellationToken, depth);
    }

    /// <summary>How many text boxes hold the paragraphs written here (0: the document's body).</summary>
    public int BoxDepth { get; }

    /// <summary>A writer that keeps the paragraphs of a text box read inside this writer's paragraph.</summary>
    public DocumentParagraphWriter ForBox() => new(this, BoxDepth + 1);

    /// <summary>Ends a paragraph (<see cref="DocumentParagraphs.End"/>), or keeps it when this writer is a text box's; the builder is emptied.</summary>
    public void End(StringBuilder paragraph, bool heading, bool listItem)
    {
        if (_text is null)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _kept.Add((paragraph.ToString(), heading, listItem));
            _keptLength += paragraph.Length;
            paragraph.Clear();
            InputReader.CheckLength(_name, _keptLength, _maxInputLength);
            return;
        }

        DocumentParagraphs.End(paragraph, _text, _headings!, heading, listItem, _name, _maxInputLength, _cancellationToken);
    }

    /// <summary>Ends the paragraphs that a text box's writer kept, after the paragraph that anchors the box, and forgets them.</summary>
    public void EndBox(DocumentParagraphWriter box, StringBuilder paragraph)
    {
        foreach ((string text, bool heading, bool listItem) in box._kept)
        {
            paragraph.Clear().Append(text);
            End(paragraph, heading, listItem);
        }

        box._kept.Clear();
        box._keptLength = 0;
    }
}

/// <summary>
/// What a document's paragraph styles make a paragraph: a heading (a style named as a heading, title or subtitle, or
/// with an outline level), a list item (numbering), through the styles each is based on. Word's styles are keyed by
/// their ids, RTF's by their numbers.
/// </summary>
internal sealed class ParagraphStyles
{
    /// <summary>How many styles of the chain of <c>basedOn</c> are walked at most (a cycle ends there).</summary>
    private const int MaxBasedOnDepth = 16;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

    private sealed record Style(string? Name, string? BasedOn, bool Outlined, bool? Numbered);

    /// <summary>How many styles are defined.</summary>
    public int Count => _styles.Count;

    /// <summary>Defines (or defines again) a paragraph style.</summary>
    /// <param name="id">The id that paragraphs name the style by.</param>
    /// <param name="name">Its name ("heading 1", "Title"), or null.</param>
    /// <param name="basedOn">The id of the style it is based on, or null.</param>
    /// <param name="outlined">Whether it gives an outline level (0 to 8: a heading's).</param>
    /// <param name="numbered">Whether it numbers its paragraphs (a list), removes the numbering (false), or says nothing (null).</param>
    public void Add(string id, string? name, string? basedOn, bool outlined, bool? numbered) =>
        _styles[id] = new Style(name, basedOn, outlined, numbered);

    /// <summary>
    /// Whether a paragraph is a heading and whether it is a list item, from its own outline level and numbering and
    /// those of its style and the styles it is based on (a bounded walk: a cycle of basedOn ends it). A numbering id
    /// of 0 removes the numbering a style gives.
    /// </summary>
    public (bool Heading, bool ListItem) Of(string? styleId, bool outlined, bool? numbered)
    {
        bool heading = outlined;
        bool? listItem = numbered;
        string? id = styleId;
        for (int depth = 0; id is not null && depth < MaxBasedOnDepth && _styles.TryGetValue(id, out Style? style); depth++)
        {
            string styleName = style.Name ?? "";
            heading |= styleName.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
                || styleName.Equals("title", StringComparison.OrdinalIgnoreCase)
                || styleName.Equals("subtitle", StringComparison.OrdinalIgnoreCase)
                || style.Outlined;
            listItem ??= style.Numbered;
            id = style.BasedOn;
        }

        return (heading, listItem == true);
    }
}
