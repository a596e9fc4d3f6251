using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace Summarizer.Cli;

/// <summary>
/// The text of a Rich Text Format document (.rtf: WordPad's, TextEdit's and Word's, e-mail bodies): its paragraphs in
/// order, its tables' cells included (a cell a paragraph), read in one pass over the bytes by a tokenizer of its own,
/// which keeps the state of the open groups on a stack of at most <see cref="MaxDepth"/> (never by recursion). A
/// paragraph with an outline level, or in a style named as a heading, title or subtitle (or based on one), is a
/// heading; one in a list (a list override, or the list text that Word and TextEdit write before an item) is a list
/// item, written with a bullet. What is no body text (the font, colour, style and list tables, the document's
/// information, pictures, objects, shapes but for their text boxes (<c>\shptxt</c>, read after the paragraph that
/// anchors them), headers, footers, footnotes, comments, field instructions, bookmarks and
/// every <c>\*</c> destination), hidden text and tracked deletions are left out; a field's result (a hyperlink's
/// visible text) is kept, and the title of the document's information is its title.
/// </summary>
/// <remarks>
/// Bytes written as <c>\'hh</c> (or left unescaped) are decoded in the code page of their font's character set, else
/// of the document (<c>\ansicpg</c>, windows-1252 by default, and windows-1252 for a code page the framework does not
/// have), a run of them at a time, so that double-byte code pages decode; <c>\uN</c> is a UTF-16 unit, and the
/// <c>\ucN</c> characters that follow it (the fallback for older readers) are skipped. No RTF library is used: none is
/// served here, and the text is a small part of the format.
/// </remarks>
internal static class RtfText
{
    /// <summary>
    /// The deepest groups whose state is kept (1,000; real documents nest a few dozen deep): a group deeper than that is
    /// read with the state of the deepest one kept, and what it changes lasts until that one ends.
    /// </summary>
    internal const int MaxDepth = 1000;

    /// <summary>The most characters kept of the title, and of a style's name.</summary>
    private const int MaxTitleLength = 1000;

    private const int MaxStyleNameLength = 256;

    /// <summary>The most fonts and styles whose character set or heading and list properties are kept (later ones are read as the default font's, or as no style).</summary>
    private const int MaxTableEntries = 4096;

    /// <summary>The longest control word (RTF allows 32 letters); a longer one is read to its end and means nothing.</summary>
    private const int MaxWordLength = 32;

    /// <summary>How many bytes are read between two checks of the cancellation and of the text's length (64 KiB).</summary>
    private const int CheckInterval = 1 << 16;

    /// <summary>How many bytes of a run in one code page are decoded at a time.</summary>
    private const int RunSize = 4096;

    /// <summary>
    /// Whether the bytes are an RTF document: <c>{\rtf</c> at their start, after a UTF-8 byte-order mark and white space
    /// if any, whatever the file's name.
    /// </summary>
    public static bool IsRtf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        int start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && bytes[start..].StartsWith("{\\rtf"u8);
    }

    /// <summary>The document's text, a paragraph a block, with the ranges of its headings and its title (its information's).</summary>
    /// <param name="bytes">The .rtf file (<see cref="IsRtf"/>).</param>
    /// <param name="name">How messages name the input.</param>
    /// <param name="maxInputLength">The longest text accepted (0: none), checked after each paragraph and every 64 KiB of the file as the text grows.</param>
    /// <param name="cancellationToken">Stops the reading, checked after each paragraph and every 64 KiB of the file.</param>
    /// <remarks>
    /// Damage is read as far as it goes: groups left open at the end are closed, a truncated <c>\'</c> or <c>\u</c> is
    /// dropped, and a document without text has an empty text. What follows the document's group (WordPad's NUL byte) is
    /// not read.
    /// </remarks>
    /// <exception cref="InputException">The text is longer than <paramref name="maxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputDocument Extract(byte[] bytes, string name, int maxInputLength, CancellationToken cancellationToken = default)
    {
        var reader = new Reader(bytes, name, maxInputLength, cancellationToken);
        reader.Read();
        return new InputDocument(reader.Text.ToString().TrimEnd('\n'), reader.Title, InputFormat.Document, reader.Headings);
    }

    /// <summary>Where a group's text goes.</summary>
    private enum Destination
    {
        /// <summary>The document's text.</summary>
        Body,

        /// <summary>Nowhere: a destination left out, with everything in it.</summary>
        Skip,

        /// <summary>The font table: fonts' numbers and character sets.</summary>
        FontTable,

        /// <summary>The style sheet, whose groups are styles.</summary>
        StyleSheet,

        /// <summary>A style of the style sheet: its number, properties and name.</summary>
        Style,

        /// <summary>The document's information, of which only the title is read.</summary>
        Info,

        /// <summary>The document's title.</summary>
        Title,

        /// <summary>A list item's number or bullet as written before its text: not read, but it makes the paragraph a list item.</summary>
        ListText,
    }

    /// <summary>What a group sets and its groups inherit, saved when a group opens and restored when it closes.</summary>
    private struct GroupState
    {
        public Destination Destination;

        /// <summary>How many characters follow a <c>\uN</c> for readers without Unicode (<c>\ucN</c>).</summary>
        public int FallbackLength;

        /// <summary>Hidden text (<c>\v</c>) and tracked deletions (<c>\deleted</c>), left out.</summary>
        public bool Hidden;

        public bool Deleted;

        /// <summary>Inside a shape of the body (<c>\shp</c>), whose text box (<c>\shptxt</c>) is read.</summary>
        public bool Shape;

        /// <summary>The font (<c>\fN</c>) whose character set decodes bytes; -1 for the default font.</summary>
        public int Font;

        public ParagraphProperties Paragraph;
    }

    /// <summary>
    /// What makes a paragraph a heading or a list item, set alike in the body and in a style of the style sheet: its
    /// style (<c>\sN</c>; a style's own number), outline level (<c>\outlinelevelN</c> of 0 to 8) and list
    /// (<c>\lsN</c>; null when none is named).
    /// </summary>
    private struct ParagraphProperties
    {
        public int Style;

        public bool Outlined;

        public bool? Numbered;

        /// <summary>Sets the property that a control word names; false when it names none of them.</summary>
        public bool Set(Keyword keyword, int parameter)
        {
            switch (keyword)
            {
                case Keyword.Style:
                    Style = parameter;
                    return true;
                case Keyword.OutlineLevel:
                    Outlined = parameter is >= 0 and < 9;
                    return true;
                case Keyword.ListOverride:
                    Numbered = parameter > 0;
                    return true;
                default:
                    return false;
            }
        }
    }

    /// <summary>What a control word does.</summary>
    private enum Keyword
    {
        /// <summary>Nothing read here (formatting, layout).</summary>
        None,

        /// <summary>Writes <see cref="Word.Character"/>.</summary>
        Character,

        /// <summary>Ends a paragraph (<c>\par</c>, <c>\sect</c>, <c>\page</c>) or a table's cell or row.</summary>
        Paragraph,

        /// <summary>A line break within the paragraph (<c>\line</c>, and <c>\column</c> as a Word document's column break is read).</summary>
        Line,

        Unicode,
        FallbackLength,
        Binary,
        Plain,
        ParagraphDefaults,
        Style,
        CharacterStyle,
        BasedOn,
        OutlineLevel,
        ListOverride,
        Hidden,
        Deleted,
        Font,
        FontCharset,
        FontCodePage,
        AnsiCodePage,
        Ansi,
        Mac,
        Pc,
        Pca,
        DefaultFont,
        FontTable,
        StyleSheet,
        Info,
        Title,
        ListText,
        SkipDestination,
        Shape,
        ShapeText,
    }

    /// <summary>A control word's meaning and, for <see cref="Keyword.Character"/>, its character.</summary>
    private readonly record struct Word(Keyword Keyword, char Character = '\0');

    private static readonly FrozenDictionary<string, Word> s_words = CreateWords();

    private static readonly FrozenDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> s_wordLookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, Word> CreateWords()
    {
        var words = new Dictionary<string, Word>(StringComparer.Ordinal)
        {
            ["par"] = new(Keyword.Paragraph),
            ["sect"] = new(Keyword.Paragraph),
            ["page"] = new(Keyword.Paragraph),
            ["cell"] = new(Keyword.Paragraph),
            ["row"] = new(Keyword.Paragraph),
            ["nestcell"] = new(Keyword.Paragraph),
            ["nestrow"] = new(Keyword.Paragraph),
            ["line"] = new(Keyword.Line),
            ["column"] = new(Keyword.Line),
            // A tab is a space, as the Word reader writes one.
            ["tab"] = new(Keyword.Character, ' '),
            ["emdash"] = new(Keyword.Character, '\u2014'),
            ["endash"] = new(Keyword.Character, '\u2013'),
            ["emspace"] = new(Keyword.Character, '\u2003'),
            ["enspace"] = new(Keyword.Character, '\u2002'),
            ["qmspace"] = new(Keyword.Character, '\u2005'),
            ["bullet"] = new(Keyword.Character, '\u2022'),
            ["lquote"] = new(Keyword.Character, '\u2018'),
            ["rquote"] = new(Keyword.Character, '\u2019'),
            ["ldblquote"] = new(Keyword.Character, '\u201C'),
            ["rdblquote"] = new(Keyword.Character, '\u201D'),
            ["zwj"] = new(Keyword.Character, '\u200D'),
            ["zwnj"] = new(Keyword.Character, '\u200C'),
            ["zwbo"] = new(Keyword.Character, '\u200B'),
            ["ltrmark"] = new(Keyword.Character, '\u200E'),
            ["rtlmark"] = new(Keyword.Character, '\u200F'),
            ["u"] = new(Keyword.Unicode),
            ["uc"] = new(Keyword.FallbackLength),
            ["bin"] = new(Keyword.Binary),
            ["plain"] = new(Keyword.Plain),
            ["pard"] = new(Keyword.ParagraphDefaults),
            ["s"] = new(Keyword.Style),
            ["cs"] = new(Keyword.CharacterStyle),
            ["ds"] = new(Keyword.CharacterStyle),
            ["ts"] = new(Keyword.CharacterStyle),
            ["sbasedon"] = new(Keyword.BasedOn),
            ["outlinelevel"] = new(Keyword.OutlineLevel),
            ["ls"] = new(Keyword.ListOverride),
            ["v"] = new(Keyword.Hidden),
            ["deleted"] = new(Keyword.Deleted),
            ["f"] = new(Keyword.Font),
            ["fcharset"] = new(Keyword.FontCharset),
            ["cpg"] = new(Keyword.FontCodePage),
            ["ansicpg"] = new(Keyword.AnsiCodePage),
            ["ansi"] = new(Keyword.Ansi),
            ["mac"] = new(Keyword.Mac),
            ["pc"] = new(Keyword.Pc),
            ["pca"] = new(Keyword.Pca),
            ["deff"] = new(Keyword.DefaultFont),
            ["fonttbl"] = new(Keyword.FontTable),
            ["stylesheet"] = new(Keyword.StyleSheet),
            ["info"] = new(Keyword.Info),
            ["title"] = new(Keyword.Title),
            ["listtext"] = new(Keyword.ListText),
            ["pntext"] = new(Keyword.ListText),
            ["shp"] = new(Keyword.Shape),
            ["shptxt"] = new(Keyword.ShapeText),
        };

        // Destinations that hold no body text, or the body's text again (a picture's or a nested table's fallback, a shape's
        // result, which repeats its text box's text for readers without shapes); a shape's properties (shpinst) are left
        // out but for its text box.
        foreach (string skipped in (string[])[
            "colortbl", "expandedcolortbl", "listtable", "listoverridetable", "listpicture", "rsidtbl", "revtbl", "filetbl",
            "latentstyles", "themedata", "colorschememapping", "datastore", "generator", "xmlnstbl", "mmathPr", "pgdsctbl",
            "protusertbl", "userprops", "docvar", "template", "pict", "object", "nonshppict", "shpinst", "shprslt", "do", "background",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "ftnsep", "ftnsepc",
            "aftnsep", "aftnsepc", "annotation", "atnid", "atnauthor", "atnref", "atndate", "atnparent", "fldinst", "bkmkstart",
            "bkmkend", "xe", "tc", "tcn", "nonesttables", "pn", "pntxta", "pntxtb"])
        {
            words[skipped] = new Word(Keyword.SkipDestination);
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The code page of a font's character set (<c>\fcharsetN</c>); 0 for the document's (ANSI, default, symbol and unknown sets).</summary>
    private static int CharsetCodePage(int charset) => charset switch
    {
        77 => 10000,
        128 => 932,
        129 => 949,
        130 => 1361,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        254 => 437,
        _ => 0,
    };

    /// <summary>The encoding of a code page: the framework's code pages (UTF-8 and Latin-1 too), windows-1252 for any other.</summary>
    private static Encoding EncodingOf(int codePage) => codePage switch
    {
        65001 => Encoding.UTF8,
        28591 => Encoding.Latin1,
        20127 => Encoding.ASCII,
        _ => CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
    };

    /// <summary>One reading of a document: the tokenizer and what it has read so far.</summary>
    private sealed class Reader(byte[] bytes, string name, int maxInputLength, CancellationToken cancellationToken)
    {
        private StringBuilder _paragraph = new();
        private readonly StringBuilder _title = new();

        /// <summary>While a text box is read: the paragraph that anchors it, waiting, and the group depth the box opened at (else -1).</summary>
        private StringBuilder? _anchor;
        private int _boxDepth = -1;
        private bool _anchorListText;

        /// <summary>Where paragraphs go, and where a text box's wait for the end of the paragraph that anchors it.</summary>
        private DocumentParagraphWriter? _writer;
        private DocumentParagraphWriter? _boxes;
        private readonly StringBuilder _styleName = new();
        private readonly ParagraphStyles _styles = new();
        private readonly Dictionary<int, int> _fontCodePages = [];
        private readonly Dictionary<int, Decoder> _decoders = [];
        private readonly GroupState[] _stack = new GroupState[MaxDepth];
        private readonly byte[] _run = new byte[RunSize];
        private readonly char[] _chars = new char[RunSize];

        /// <summary>The groups open, as states on <see cref="_stack"/>, and those opened past <see cref="MaxDepth"/>.</summary>
        private int _depth;

        private int _overflow;

        private GroupState _state = new() { Destination = Destination.Body, FallbackLength = 1, Font = -1 };

        /// <summary>How many fallback characters of a <c>\uN</c> are still to be skipped.</summary>
        private int _fallback;

        /// <summary>A high surrogate written by <c>\uN</c>, waiting for its low one.</summary>
        private char _highSurrogate;

        /// <summary>Whether the paragraph has had a list text (<c>\listtext</c>, <c>\pntext</c>).</summary>
        private bool _listText;

        private int _documentCodePage = 1252;

        /// <summary>The code page of the last run decoded and its decoder, and the last paragraph style's number and id: most runs and paragraphs repeat them.</summary>
        private (int CodePage, Decoder? Decoder) _lastDecoder = (-1, null);

        private (int Number, string? Id) _lastStyle = (-1, null);

        private int _defaultFont = -1;
        private int _tableFont = -1;
        private int _styleCount;

        /// <summary>The style of the style sheet being read: its number and what it gives, whether it is a paragraph's, its base.</summary>
        private (ParagraphProperties Properties, bool Paragraph, int BasedOn, bool NameEnded) _entry;

        /// <summary>The bytes of text not decoded yet (<see cref="_runLength"/> of <see cref="_run"/>) and the decoder of a run longer than the buffer.</summary>
        private int _runLength;

        private Decoder? _runDecoder;

        public StringBuilder Text { get; } = new();

        public List<TextRange> Headings { get; } = [];

        public string? Title
        {
            get
            {
                // A pair of surrogates cut by the length's cap leaves its high one, which is dropped.
                int length = _title.Length > 0 && char.IsHighSurrogate(_title[^1]) ? _title.Length - 1 : _title.Length;
                string title = HtmlText.Collapse(_title.ToString(0, length));
                return title.Length > 0 ? title : null;
            }
        }

        /// <summary>Reads the document's group, from its <c>{</c> to the <c>}</c> that closes it or the end of the bytes.</summary>
        public void Read()
        {
            int i = bytes.AsSpan().IndexOf((byte)'{');
            int nextCheck = i + CheckInterval;
            while (i >= 0 && i < bytes.Length)
            {
                if (i >= nextCheck)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    InputReader.CheckLength(name, Text.Length + _paragraph.Length, maxInputLength);
                    nextCheck = i + CheckInterval;
                }

                byte b = bytes[i];
                switch (b)
                {
                    case (byte)'{':
                        OpenGroup();
                        i++;
                        break;
                    case (byte)'}':
                        if (CloseGroup())
                        {
                            return;
                        }

                        i++;
                        break;
                    case (byte)'\\':
                        i = Control(i);
                        break;
                    case < 0x20 and not (byte)'\t':
                        // Line breaks of the file are no text, nor are other control bytes (WordPad's NUL).
                        i++;
                        break;
                    default:
                        TextByte(b);
                        i++;
                        break;
                }
            }

            // The end of the bytes with groups left open: the paragraph read so far ends, in the body's state.
            Flush();
            if (_boxDepth >= 0)
            {
                EndBox();
            }

            for (int d = _depth; _state.Destination != Destination.Body && d > 1; d--)
            {
                _state = _stack[d - 1];
            }

            if (_state.Destination == Destination.Body)
            {
                EndParagraph();
            }
        }

        /// <summary>A byte of text: skipped as a <c>\uN</c>'s fallback, else added to the run of bytes to decode when it is the body's or a name's.</summary>
        private void TextByte(byte b)
        {
            if (_fallback > 0)
            {
                _fallback--;
                return;
            }

            if (_state.Destination is Destination.Title or Destination.Style
                || (_state.Destination == Destination.Body && !_state.Hidden && !_state.Deleted))
            {
                if (_runLength == _run.Length)
                {
                    Decode(final: false);
                }

                _run[_runLength++] = b;
            }
        }

        /// <summary>Opens a group: the state is saved (up to <see cref="MaxDepth"/>), and a group of the style sheet is a style.</summary>
        private void OpenGroup()
        {
            Flush();
            _fallback = 0;
            if (_depth == MaxDepth)
            {
                _overflow++;
                return;
            }

            _stack[_depth++] = _state;
            if (_state.Destination == Destination.StyleSheet)
            {
                _state.Destination = Destination.Style;
                _entry = (default, true, -1, false);
                _styleName.Clear();
            }
        }

        /// <summary>Closes a group, restoring the state it was opened in; true when it was the document's.</summary>
        private bool CloseGroup()
        {
            Flush();
            _fallback = 0;
            if (_overflow > 0)
            {
                _overflow--;
                return false;
            }

            if (_depth <= 1)
            {
                // The document's group: its last paragraph ends (RTF need not end it with \par).
                if (_state.Destination == Destination.Body)
                {
                    EndParagraph();
                }

                return true;
            }

            GroupState outer = _stack[--_depth];
            if (_depth < _boxDepth)
            {
                EndBox();
            }

            if (_state.Destination == Destination.Style && outer.Destination == Destination.StyleSheet)
            {
                AddStyle();
            }

            _state = outer;
            return false;
        }

        /// <summary>Keeps the style just read, if it is a paragraph's and the table has room.</summary>
        private void AddStyle()
        {
            if (_entry.Paragraph && _styleCount < MaxTableEntries)
            {
                _styleCount++;
                _styles.Add(_entry.Properties.Style.ToString(CultureInfo.InvariantCulture), _styleName.ToString().Trim(),
                    _entry.BasedOn >= 0 ? _entry.BasedOn.ToString(CultureInfo.InvariantCulture) : null, _entry.Properties.Outlined, _entry.Properties.Numbered);
            }
        }

        /// <summary>Reads the control word or symbol at <paramref name="at"/> (its backslash) and does what it says; returns where the next token starts.</summary>
        private int Control(int at)
        {
            int i = at + 1;
            if (i >= bytes.Length)
            {
                return i;
            }

            byte c = bytes[i];
            if (char.IsAsciiLetter((char)c))
            {
                return ControlWord(i);
            }

            if (c == '\'')
            {
                return HexByte(i + 1);
            }

            if (c is (byte)'\\' or (byte)'{' or (byte)'}')
            {
                // A literal: a byte of text like any (in a double-byte code page, the second byte of a character).
                TextByte(c);
                return i + 1;
            }

            Flush();
            if (_fallback > 0)
            {
                _fallback--;
                return i + 1;
            }

            switch (c)
            {
                case (byte)'*':
                    _state.Destination = Destination.Skip;
                    break;
                case (byte)'~':
                    Write('\u00A0');
                    break;
                case (byte)'_':
                    // A non-breaking hyphen is a hyphen, as the Word reader writes one; an optional hyphen (\-) is dropped.
                    Write('-');
                    break;
                case (byte)'\r' or (byte)'\n' when _state.Destination == Destination.Body:
                    // A backslash before a line break of the file is \par (TextEdit ends paragraphs so).
                    EndParagraph();
                    break;
            }

            return i + 1;
        }

        /// <summary><c>\'hh</c> at <paramref name="at"/> (its first digit): a byte of text; one or no digit (the end of a damaged file) is dropped.</summary>
        private int HexByte(int at)
        {
            int high = at < bytes.Length ? HexValue(bytes[at]) : -1;
            int low = high >= 0 && at + 1 < bytes.Length ? HexValue(bytes[at + 1]) : -1;
            if (low < 0)
            {
                return high >= 0 ? at + 1 : at;
            }

            TextByte((byte)((high << 4) | low));
            return at + 2;
        }

        private static int HexValue(byte b) => b switch
        {
            >= (byte)'0' and <= (byte)'9' => b - '0',
            >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
            >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
            _ => -1,
        };

        /// <summary>
        /// Reads the control word whose letters start at <paramref name="at"/>, its optional signed parameter and the
        /// space that ends it, and does what it says; returns where the next token starts (after <c>\binN</c>'s data).
        /// </summary>
        private int ControlWord(int at)
        {
            int i = at;
            while (i < bytes.Length && char.IsAsciiLetter((char)bytes[i]))
            {
                i++;
            }

            int length = i - at;
            bool negative = i + 1 < bytes.Length && bytes[i] == '-' && char.IsAsciiDigit((char)bytes[i + 1]);
            if (negative)
            {
                i++;
            }

            bool hasParameter = i < bytes.Length && char.IsAsciiDigit((char)bytes[i]);
            long value = 0;
            while (i < bytes.Length && char.IsAsciiDigit((char)bytes[i]))
            {
                // Saturated: a parameter of a million digits is read to its end and means int.MaxValue.
                value = Math.Min((value * 10) + (bytes[i] - '0'), int.MaxValue);
                i++;
            }

            int parameter = (int)(negative ? -value : value);
            if (i < bytes.Length && bytes[i] == ' ')
            {
                i++;
            }

            Word word = length <= MaxWordLength ? Lookup(bytes.AsSpan(at, length)) : default;
            Flush();
            if (word.Keyword == Keyword.Binary)
            {
                // \binN: N bytes of binary data follow, which may hold any byte (braces too); they are no text.
                _fallback = Math.Max(0, _fallback - 1);
                return i + (int)Math.Min(Math.Max(parameter, 0), bytes.Length - i);
            }

            if (_fallback > 0)
            {
                // A control word counts as one character of a \uN's fallback.
                _fallback--;
                return i;
            }

            Do(word, hasParameter, parameter);
            return i;
        }

        /// <summary>The meaning of a control word's letters (none for a word not read here).</summary>
        private static Word Lookup(ReadOnlySpan<byte> letters)
        {
            Span<char> chars = stackalloc char[MaxWordLength];
            for (int i = 0; i < letters.Length; i++)
            {
                chars[i] = (char)letters[i];
            }

            return s_wordLookup.TryGetValue(chars[..letters.Length], out Word word) ? word : default;
        }

        /// <summary>Does what a control word says in the current destination.</summary>
        private void Do(Word word, bool hasParameter, int parameter)
        {
            Destination destination = _state.Destination;
            if (destination == Destination.Skip)
            {
                if (word.Keyword == Keyword.ShapeText && _state.Shape && _boxDepth < 0)
                {
                    StartBox();
                }

                return;
            }

            switch (word.Keyword)
            {
                case Keyword.SkipDestination:
                    _state.Destination = Destination.Skip;
                    return;
                case Keyword.Unicode when hasParameter:
                    WriteUnicode(parameter);
                    _fallback = _state.FallbackLength;
                    return;
                case Keyword.FallbackLength:
                    _state.FallbackLength = Math.Clamp(parameter, 0, 255);
                    return;
                case Keyword.Character:
                    Write(word.Character);
                    return;
                case Keyword.AnsiCodePage when hasParameter:
                    _documentCodePage = parameter;
                    return;
                case Keyword.Ansi:
                    _documentCodePage = 1252;
                    return;
                case Keyword.Mac:
                    _documentCodePage = 10000;
                    return;
                case Keyword.Pc:
                    _documentCodePage = 437;
                    return;
                case Keyword.Pca:
                    _documentCodePage = 850;
                    return;
                case Keyword.DefaultFont:
                    _defaultFont = parameter;
                    return;
                case Keyword.Font when destination != Destination.FontTable:
                    _state.Font = parameter;
                    return;
            }

            switch (destination)
            {
                case Destination.FontTable:
                    DoInFontTable(word.Keyword, parameter);
                    break;
                case Destination.Style:
                    DoInStyle(word.Keyword, hasParameter, parameter);
                    break;
                case Destination.Info:
                    if (word.Keyword == Keyword.Title)
                    {
                        _state.Destination = Destination.Title;
                    }

                    break;
                case Destination.Body when !_state.Paragraph.Set(word.Keyword, parameter):
                    DoInBody(word.Keyword, hasParameter, parameter);
                    break;
            }
        }

        /// <summary>A control word in the font table: a font's number, character set or code page.</summary>
        private void DoInFontTable(Keyword keyword, int parameter)
        {
            switch (keyword)
            {
                case Keyword.Font:
                    _tableFont = parameter;
                    break;
                case Keyword.FontCharset or Keyword.FontCodePage when _tableFont >= 0
                    && (_fontCodePages.Count < MaxTableEntries || _fontCodePages.ContainsKey(_tableFont)):
                    _fontCodePages[_tableFont] = keyword == Keyword.FontCharset ? CharsetCodePage(parameter) : parameter;
                    break;
            }
        }

        /// <summary>A control word in a style of the style sheet: its number, outline level or list, kind or base.</summary>
        private void DoInStyle(Keyword keyword, bool hasParameter, int parameter)
        {
            if (_entry.Properties.Set(keyword, parameter))
            {
                return;
            }

            if (keyword == Keyword.CharacterStyle)
            {
                _entry.Paragraph = false;
            }
            else if (keyword == Keyword.BasedOn)
            {
                _entry.BasedOn = hasParameter ? parameter : -1;
            }
        }

        /// <summary>A control word in the body (other than the paragraph's properties): paragraphs, breaks, character properties and the destinations that open there.</summary>
        private void DoInBody(Keyword keyword, bool hasParameter, int parameter)
        {
            switch (keyword)
            {
                case Keyword.Paragraph:
                    EndParagraph();
                    break;
                case Keyword.Line:
                    // The paragraph's line break (a lone low surrogate, which Write would take for half a pair).
                    ResolveSurrogate();
                    Route(HtmlText.LineBreak);
                    break;
                case Keyword.Plain:
                    (_state.Hidden, _state.Deleted, _state.Font) = (false, false, -1);
                    break;
                case Keyword.ParagraphDefaults:
                    _state.Paragraph = default;
                    break;
                case Keyword.Hidden:
                    _state.Hidden = !hasParameter || parameter != 0;
                    break;
                case Keyword.Deleted:
                    _state.Deleted = !hasParameter || parameter != 0;
                    break;
                case Keyword.FontTable:
                    _state.Destination = Destination.FontTable;
                    break;
                case Keyword.StyleSheet:
                    _state.Destination = Destination.StyleSheet;
                    break;
                case Keyword.Info:
                    _state.Destination = Destination.Info;
                    break;
                case Keyword.ListText:
                    _state.Destination = Destination.ListText;
                    _listText = true;
                    break;
                case Keyword.Shape:
                    _state.Shape = _state.Destination == Destination.Body && !_state.Hidden && !_state.Deleted;
                    break;
                case Keyword.ShapeText when _state.Shape && _boxDepth < 0:
                    StartBox();
                    break;
            }
        }

        /// <summary>
        /// Starts reading a shape's text box (<c>\shptxt</c>): its paragraphs are kept, and written after the paragraph
        /// that anchors the shape, which waits until the box's group closes (<see cref="EndBox"/>).
        /// </summary>
        private void StartBox()
        {
            Flush();
            (_anchor, _paragraph, _anchorListText, _listText) = (_paragraph, new StringBuilder(), _listText, false);
            _boxDepth = _depth;
            _boxes ??= Writer.ForBox();
            _state.Destination = Destination.Body;
        }

        /// <summary>Ends a text box as its group closes: its last paragraph ends, and the anchoring paragraph is read on.</summary>
        private void EndBox()
        {
            if (_paragraph.Length > 0)
            {
                EndParagraph();
            }

            (_paragraph, _listText) = (_anchor!, _anchorListText);
            (_anchor, _boxDepth) = (null, -1);
        }

        private DocumentParagraphWriter Writer => _writer ??= new DocumentParagraphWriter(Text, Headings, name, maxInputLength, cancellationToken);

        /// <summary>Writes the UTF-16 unit of <c>\uN</c> (a negative N is N + 65536; a code point past U+FFFF, which some writers give, as its pair).</summary>
        private void WriteUnicode(int parameter)
        {
            int value = parameter < 0 ? parameter + 65536 : parameter;
            if (value is < 0 or > 0x10FFFF)
            {
                return;
            }

            if (value > 0xFFFF)
            {
                string pair = char.ConvertFromUtf32(value is >= 0xD800 and <= 0xDFFF ? 0xFFFD : value);
                Write(pair[0]);
                Write(pair[1]);
                return;
            }

            if (value >= 0x20 || char.IsWhiteSpace((char)value))
            {
                Write((char)value);
            }
        }

        /// <summary>
        /// Writes a character where the destination's text goes; a surrogate only in a pair (a lone one is U+FFFD), so
        /// that a <c>\uN</c> pair of surrogates is one character and the text holds no lone surrogate.
        /// </summary>
        private void Write(char c)
        {
            if (char.IsHighSurrogate(c))
            {
                ResolveSurrogate();
                _highSurrogate = c;
            }
            else if (char.IsLowSurrogate(c))
            {
                if (_highSurrogate == '\0')
                {
                    Route('\uFFFD');
                    return;
                }

                Route(_highSurrogate);
                _highSurrogate = '\0';
                Route(c);
            }
            else
            {
                ResolveSurrogate();
                Route(c);
            }
        }

        /// <summary>A high surrogate left waiting is written as U+FFFD.</summary>
        private void ResolveSurrogate()
        {
            if (_highSurrogate != '\0')
            {
                _highSurrogate = '\0';
                Route('\uFFFD');
            }
        }

        /// <summary>
        /// Appends a character to the destination's text: the paragraph (unless hidden or deleted), the title, or a
        /// style's name up to its semicolon. The paragraph's white space is collapsed as it is written (no leading
        /// space, no run of spaces, at most two line breaks together), so that its length is that of its block.
        /// </summary>
        private void Route(char c)
        {
            switch (_state.Destination)
            {
                case Destination.Body when !_state.Hidden && !_state.Deleted:
                    AppendToParagraph(c);
                    break;
                case Destination.Title when _title.Length < MaxTitleLength:
                    _title.Append(c);
                    break;
                case Destination.Style when !_entry.NameEnded:
                    if (c == ';')
                    {
                        _entry.NameEnded = true;
                    }
                    else if (_styleName.Length < MaxStyleNameLength)
                    {
                        _styleName.Append(c);
                    }

                    break;
            }
        }

        private void AppendToParagraph(char c)
        {
            StringBuilder paragraph = _paragraph;
            int length = paragraph.Length;
            char last = length > 0 ? paragraph[length - 1] : '\0';
            bool afterBreak = length > 0 && HtmlText.IsLineBreak(last, length > 1 ? paragraph[length - 2] : '\0');
            if (HtmlText.IsLineBreak(c, last))
            {
                if (length == 0 || (afterBreak && length > 1 && paragraph[length - 2] == HtmlText.LineBreak))
                {
                    return;
                }

                if (char.IsWhiteSpace(last))
                {
                    paragraph[length - 1] = c;
                    return;
                }
            }
            else if (char.IsWhiteSpace(c) && (length == 0 || afterBreak || char.IsWhiteSpace(last)))
            {
                return;
            }

            paragraph.Append(c);
        }

        /// <summary>Ends the body's paragraph: a heading or a list item by its properties and style (<see cref="DocumentParagraphs.End"/>).</summary>
        private void EndParagraph()
        {
            Flush();
            ResolveSurrogate();
            ParagraphProperties properties = _state.Paragraph;
            (bool heading, bool listItem) = _styles.Count > 0
                ? _styles.Of(StyleId(properties.Style), properties.Outlined, properties.Numbered)
                : (properties.Outlined, properties.Numbered == true);
            if (_boxDepth >= 0)
            {
                _boxes!.End(_paragraph, heading, listItem || _listText);
            }
            else
            {
                Writer.End(_paragraph, heading, listItem || _listText);
                if (_boxes is not null)
                {
                    Writer.EndBox(_boxes, _paragraph);
                }
            }

            _listText = false;
        }

        /// <summary>The id of a paragraph style in <see cref="_styles"/>: its number.</summary>
        private string StyleId(int number)
        {
            if (_lastStyle.Number != number || _lastStyle.Id is null)
            {
                _lastStyle = (number, number.ToString(CultureInfo.InvariantCulture));
            }

            return _lastStyle.Id!;
        }

        /// <summary>Decodes the bytes of text waiting, before anything else is read.</summary>
        private void Flush()
        {
            if (_runLength > 0 || _runDecoder is not null)
            {
                Decode(final: true);
            }
        }

        /// <summary>
        /// Decodes the run of bytes in the code page of the current font (else the document's) and writes its
        /// characters; a run longer than the buffer is decoded in parts by one decoder, which keeps a character split
        /// between them.
        /// </summary>
        private void Decode(bool final)
        {
            Decoder decoder = _runDecoder ?? DecoderOf(CodePageOf(_state.Font));
            int used = 0;
            bool completed = false;
            while (used < _runLength || (final && !completed))
            {
                decoder.Convert(_run, used, _runLength - used, _chars, 0, _chars.Length, final, out int bytesUsed, out int charsUsed, out completed);
                used += bytesUsed;
                for (int k = 0; k < charsUsed; k++)
                {
                    Write(_chars[k]);
                }

                if (bytesUsed == 0 && charsUsed == 0)
                {
                    break;
                }
            }

            _runLength = 0;
            _runDecoder = final ? null : decoder;
        }

        /// <summary>The code page of a font (its character set's or its own), else of the default font, else the document's.</summary>
        private int CodePageOf(int font)
        {
            if ((font >= 0 && _fontCodePages.TryGetValue(font, out int codePage) && codePage > 0)
                || (_defaultFont >= 0 && font < 0 && _fontCodePages.TryGetValue(_defaultFont, out codePage) && codePage > 0))
            {
                return codePage;
            }

            return _documentCodePage;
        }

        /// <summary>A decoder of the code page's encoding, one for each encoding met (reset by the end of each run).</summary>
        private Decoder DecoderOf(int codePage)
        {
            if (_lastDecoder.CodePage == codePage && _lastDecoder.Decoder is { } last)
            {
                return last;
            }

            Encoding encoding = EncodingOf(codePage);
            if (!_decoders.TryGetValue(encoding.CodePage, out Decoder? decoder))
            {
                decoder = encoding.GetDecoder();
                _decoders[encoding.CodePage] = decoder;
            }

            _lastDecoder = (codePage, decoder);
            return decoder;
        }
    }
}
