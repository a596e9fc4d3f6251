using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace Summarizer.Cli;

/// <summary>What <see cref="HtmlTokenizer.Next"/> found.</summary>
internal enum HtmlTokenKind
{
    EndOfFile,

    /// <summary>Text with character references (<see cref="HtmlTokenizer.Value"/>).</summary>
    Text,

    /// <summary>The raw content of a raw-text element (script, style...), no character references.</summary>
    RawText,

    StartTag,
    EndTag,

    /// <summary>A comment, doctype, processing instruction or bogus comment: a node of the tree, but no text.</summary>
    Comment,
}

/// <summary>
/// A forward-only HTML tokenizer in the manner of the HTML5 tokenizer, reduced to what text extraction needs: text,
/// raw text, start and end tags with their names and attribute counts, and comments (doctypes, processing
/// instructions and bogus comments included) without their content.
/// </summary>
/// <remarks>
/// Every character is looked at a bounded number of times (searches only move forward), so a pass is linear in
/// the input whatever its shape; no regular expressions.
/// </remarks>
internal ref struct HtmlTokenizer
{
    private static readonly SearchValues<char> s_tagNameEnd = SearchValues.Create(" \t\n\f\r/>");
    private static readonly SearchValues<char> s_attributeNameEnd = SearchValues.Create(" \t\n\f\r/>=");
    private static readonly SearchValues<char> s_unquotedValueEnd = SearchValues.Create(" \t\n\f\r>");

    private readonly ReadOnlySpan<char> _html;
    private int _position;
    private HtmlElementKind _rawUntilEndOf;
    private int _rawNameStart;
    private int _rawNameLength;

    public HtmlTokenizer(ReadOnlySpan<char> html)
    {
        _html = html;
    }

    /// <summary>The kind of the current token.</summary>
    public HtmlTokenKind Kind { get; private set; }

    /// <summary>The text of a text token, or the name of a tag, as a range of the input.</summary>
    public readonly ReadOnlySpan<char> Value => _html.Slice(ValueStart, ValueLength);

    public int ValueStart { get; private set; }

    public int ValueLength { get; private set; }

    /// <summary>The kind of a tag's element.</summary>
    public HtmlElementKind Element { get; private set; }

    /// <summary>The tag ends with "/>".</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>The number of attributes of a start tag.</summary>
    public int AttributeCount { get; private set; }

    /// <summary>A start tag whose class, id or role names page furniture (see <see cref="HtmlFurniture.IsNamed"/>), or whose <c>epub:type</c> or role names a book's (<see cref="HtmlFurniture.IsBookFurniture"/>).</summary>
    public bool Furniture { get; private set; }

    /// <summary>A start tag whose class or id names the page's top ("site-header", "banner"), furniture only outside an article or main element (see <see cref="HtmlFurniture.IsNamed"/>).</summary>
    public bool PageLevelFurniture { get; private set; }

    /// <summary>A start tag whose <c>epub:type</c> or role names a part of a book that is furniture (<see cref="HtmlFurniture.IsBookFurniture"/>): a copyright page's body.</summary>
    public bool BookFurniture { get; private set; }

    /// <summary>A start tag whose href points to a place in a document of the site or book (<see cref="HtmlText.IsFragmentHref"/>).</summary>
    public bool FragmentLink { get; private set; }

    /// <summary>A start tag marked as a reference to a note: <c>epub:type="noteref"</c> or <c>role="doc-noteref"</c>.</summary>
    public bool NoteReference { get; private set; }

    /// <summary>When set, the text after a raw-text or RCDATA start tag is not read as raw (foreign content).</summary>
    public bool InForeignContent { get; set; }

    /// <summary>Reads the next token; false at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Next()
    {
        if (_rawUntilEndOf != HtmlElementKind.None)
        {
            return ReadRawText();
        }

        while (_position < _html.Length)
        {
            int start = _position;
            int lt = _html[start..].IndexOf('<');
            if (lt != 0)
            {
                int end = lt < 0 ? _html.Length : start + lt;
                _position = end;
                return Token(HtmlTokenKind.Text, start, end - start);
            }

            if (ReadMarkup())
            {
                return true;
            }
        }

        Kind = HtmlTokenKind.EndOfFile;
        return false;
    }

    private bool Token(HtmlTokenKind kind, int start, int length)
    {
        Kind = kind;
        ValueStart = start;
        ValueLength = length;
        return true;
    }

    /// <summary>At a '&lt;': a tag (true, the token is set), markup passed over, or a literal '&lt;' (a text token).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadMarkup()
    {
        int start = _position;
        int next = start + 1;
        if (next >= _html.Length)
        {
            _position = _html.Length;
            return Token(HtmlTokenKind.Text, start, 1);
        }

        char c = _html[next];
        if (char.IsAsciiLetter(c))
        {
            return ReadTag(next, HtmlTokenKind.StartTag);
        }

        if (c == '/')
        {
            if (next + 1 < _html.Length && char.IsAsciiLetter(_html[next + 1]))
            {
                return ReadTag(next + 1, HtmlTokenKind.EndTag);
            }

            // "</>" is dropped; anything else after "</" is a bogus comment up to '>'.
            bool dropped = next + 1 < _html.Length && _html[next + 1] == '>';
            SkipPast(next + 1, '>');
            return !dropped && Token(HtmlTokenKind.Comment, start, _position - start);
        }

        if (c == '!')
        {
            ReadOnlySpan<char> rest = _html[(next + 1)..];
            if (rest.StartsWith("--", StringComparison.Ordinal))
            {
                SkipComment(next + 3);
            }
            else if (InForeignContent && rest.StartsWith("[CDATA[", StringComparison.Ordinal))
            {
                int end = rest.IndexOf("]]>", StringComparison.Ordinal);
                _position = end < 0 ? _html.Length : next + 1 + end + 3;
                return Token(HtmlTokenKind.Text, next + 8, _position - (next + 8) - (end < 0 ? 0 : 3));
            }
            else
            {
                SkipPast(next + 1, '>');
            }

            return Token(HtmlTokenKind.Comment, start, _position - start);
        }

        if (c == '?')
        {
            SkipPast(next + 1, '>');
            return Token(HtmlTokenKind.Comment, start, _position - start);
        }

        _position = next;
        return Token(HtmlTokenKind.Text, start, 1);
    }

    private void SkipPast(int from, char c)
    {
        int end = _html[from..].IndexOf(c);
        _position = end < 0 ? _html.Length : from + end + 1;
    }

    /// <summary>A comment ends at "-->" (or "--!>"); "&lt;!-->" and "&lt;!--->" are empty comments.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipComment(int from)
    {
        if (from < _html.Length && _html[from] == '>')
        {
            _position = from + 1;
            return;
        }

        if (from + 1 < _html.Length && _html[from] == '-' && _html[from + 1] == '>')
        {
            _position = from + 2;
            return;
        }

        int i = from;
        while (true)
        {
            int dash = _html[i..].IndexOf("--", StringComparison.Ordinal);
            if (dash < 0)
            {
                _position = _html.Length;
                return;
            }

            int after = i + dash + 2;
            if (after < _html.Length && _html[after] == '>')
            {
                _position = after + 1;
                return;
            }

            if (after + 1 < _html.Length && _html[after] == '!' && _html[after + 1] == '>')
            {
                _position = after + 2;
                return;
            }

            i = i + dash + 1;
        }
    }

    /// <summary>Reads a tag from its name on; a tag cut off by the end of the input is dropped, as HTML5 does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadTag(int nameStart, HtmlTokenKind kind)
    {
        int nameEnd = _html[nameStart..].IndexOfAny(s_tagNameEnd);
        if (nameEnd < 0)
        {
            _position = _html.Length;
            return false;
        }

        nameEnd += nameStart;
        int attributes = 0;
        bool selfClosing = false;
        bool unlikely = false;
        bool pageLevel = false;
        bool maybe = false;
        bool role = false;
        bool noteReference = false;
        bool bookFurniture = false;
        bool fragmentLink = false;
        // The attributes that name furniture seen so far (1 class, 2 id, 4 role): as in the tree, the first of two
        // attributes of one name counts.
        int seen = 0;
        int i = nameEnd;
        while (true)
        {
            i = SkipSpace(i);
            if (i >= _html.Length)
            {
                _position = _html.Length;
                return false;
            }

            char c = _html[i];
            if (c == '>')
            {
                i++;
                break;
            }

            if (c == '/')
            {
                selfClosing = i + 1 < _html.Length && _html[i + 1] == '>';
                i++;
                continue;
            }

            // An attribute: its name (a leading '=' belongs to it), then an optional value.
            selfClosing = false;
            attributes++;
            int attributeStart = i;
            int nameLength = _html[(i + 1)..].IndexOfAny(s_attributeNameEnd);
            i = nameLength < 0 ? _html.Length : i + 1 + nameLength;
            ReadOnlySpan<char> attribute = _html[attributeStart..i];
            int which = attribute.Equals("class", StringComparison.OrdinalIgnoreCase) ? 1
                : attribute.Equals("id", StringComparison.OrdinalIgnoreCase) ? 2
                : attribute.Equals("role", StringComparison.OrdinalIgnoreCase) ? 4
                : attribute.Equals("epub:type", StringComparison.OrdinalIgnoreCase) ? 8
                : attribute.Equals("href", StringComparison.OrdinalIgnoreCase) ? 16 : 0;
            int afterName = SkipSpace(i);
            if (afterName < _html.Length && _html[afterName] == '=')
            {
                int valueStart = SkipSpace(afterName + 1);
                i = ReadAttributeValue(valueStart);
                if (i < 0)
                {
                    _position = _html.Length;
                    return false;
                }

                if ((which & ~seen) is 1 or 2)
                {
                    (bool u, bool m, bool p) = HtmlFurniture.Words(_html[valueStart..i]);
                    unlikely |= u;
                    pageLevel |= p;
                    maybe |= m;
                }
                else if ((which & ~seen) == 4)
                {
                    role = HtmlFurniture.IsFurnitureRole(_html[valueStart..i].Trim("\"'"));
                }

                if ((which & ~seen) == 16)
                {
                    fragmentLink = HtmlText.IsFragmentHref(_html[valueStart..i].Trim("\"'"));
                }

                if ((which & ~seen) is 4 or 8)
                {
                    noteReference |= _html[valueStart..i].Contains("noteref", StringComparison.OrdinalIgnoreCase);
                    bookFurniture |= HtmlFurniture.IsBookFurniture(_html[valueStart..i]);
                }
            }

            seen |= which;
        }

        _position = i;
        Element = HtmlElements.KindOf(_html[nameStart..nameEnd]);
        SelfClosing = selfClosing;
        AttributeCount = attributes;
        Furniture = kind == HtmlTokenKind.StartTag && ((unlikely && !maybe) || role || bookFurniture);
        PageLevelFurniture = kind == HtmlTokenKind.StartTag && pageLevel && !maybe;
        NoteReference = kind == HtmlTokenKind.StartTag && noteReference;
        BookFurniture = kind == HtmlTokenKind.StartTag && bookFurniture;
        FragmentLink = kind == HtmlTokenKind.StartTag && fragmentLink;
        if (kind == HtmlTokenKind.StartTag && !InForeignContent
            && (Element & (HtmlElementKind.RawText | HtmlElementKind.RcData | HtmlElementKind.PlainText)) != 0)
        {
            _rawUntilEndOf = Element;
            _rawNameStart = nameStart;
            _rawNameLength = nameEnd - nameStart;
        }

        return Token(kind, nameStart, nameEnd - nameStart);
    }

    /// <summary>The position after an attribute value that starts at <paramref name="i"/>; -1 if the input ends in it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly int ReadAttributeValue(int i)
    {
        if (i >= _html.Length)
        {
            return -1;
        }

        char quote = _html[i];
        if (quote is '"' or '\'')
        {
            int end = _html[(i + 1)..].IndexOf(quote);
            return end < 0 ? -1 : i + 1 + end + 1;
        }

        int unquoted = _html[i..].IndexOfAny(s_unquotedValueEnd);
        return unquoted < 0 ? -1 : i + unquoted;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly int SkipSpace(int i)
    {
        while (i < _html.Length && _html[i] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            i++;
        }

        return i;
    }

    /// <summary>The content of a raw-text, RCDATA or plaintext element: up to "&lt;/name" followed by a space, '/' or '>'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadRawText()
    {
        HtmlElementKind element = _rawUntilEndOf;
        _rawUntilEndOf = HtmlElementKind.None;
        int start = _position;
        HtmlTokenKind kind = (element & HtmlElementKind.RcData) != 0 ? HtmlTokenKind.Text : HtmlTokenKind.RawText;
        if ((element & HtmlElementKind.PlainText) != 0)
        {
            _position = _html.Length;
            return Token(kind, start, _html.Length - start);
        }

        ReadOnlySpan<char> name = _html.Slice(_rawNameStart, _rawNameLength);
        int i = start;
        while (true)
        {
            int close = _html[i..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                _position = _html.Length;
                return Token(kind, start, _html.Length - start);
            }

            int at = i + close;
            int after = at + 2 + name.Length;
            if (after <= _html.Length && _html.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == _html.Length || _html[after] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>'))
            {
                // The end tag is read as the next token.
                _position = at;
                return at > start ? Token(kind, start, at - start) : Next();
            }

            i = at + 2;
        }
    }
}
