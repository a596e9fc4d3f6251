using System;
using System.CommandLine;
using System.Text;

namespace Summarizer.Cli;

/// <summary>The encodings <c>--encoding</c> reads; a byte-order mark overrides the choice.</summary>
internal enum InputEncoding
{
    Utf8,
    Latin1,
    Windows1252,
    Utf16LittleEndian,
    Utf16BigEndian,

    // The legacy encodings that older files and web pages of other languages are still written in, read through the
    // code-page tables of System.Text.Encoding.CodePages (which the RTF reader links as well).
    Windows1250,
    Windows1251,
    Windows1253,
    Windows1254,
    Windows1256,
    Iso88592,
    Koi8R,

    // Cheap to add through the same tables: the euro's Latin-9, Baltic, Cyrillic, Greek, Turkish, Hebrew, Thai,
    // Vietnamese and Ukrainian code pages.
    Iso885915,
    Windows1257,
    Iso885913,
    Iso88595,
    Iso88597,
    Iso88599,
    Windows1255,
    Windows874,
    Windows1258,
    Koi8U,
    ShiftJis,
    EucJp,
    Gbk,
    Gb18030,
    Big5,
    EucKr,
}

/// <summary>The <c>--encoding</c> option and the decoders behind it.</summary>
internal static partial class InputEncodings
{
    /// <summary>The names users type, the first the default; several spellings of one encoding are accepted.</summary>
    private static readonly (string Name, InputEncoding Value)[] s_names =
    [
        ("utf-8", InputEncoding.Utf8),
        ("latin1", InputEncoding.Latin1),
        ("iso-8859-1", InputEncoding.Latin1),
        ("windows-1252", InputEncoding.Windows1252),
        ("cp1252", InputEncoding.Windows1252),
        ("utf-16", InputEncoding.Utf16LittleEndian),
        ("utf-16le", InputEncoding.Utf16LittleEndian),
        ("utf-16be", InputEncoding.Utf16BigEndian),
        ("windows-1250", InputEncoding.Windows1250),
        ("cp1250", InputEncoding.Windows1250),
        ("windows-1251", InputEncoding.Windows1251),
        ("cp1251", InputEncoding.Windows1251),
        ("windows-1253", InputEncoding.Windows1253),
        ("windows-1254", InputEncoding.Windows1254),
        ("windows-1256", InputEncoding.Windows1256),
        ("iso-8859-2", InputEncoding.Iso88592),
        ("koi8-r", InputEncoding.Koi8R),
        ("iso-8859-15", InputEncoding.Iso885915),
        ("latin9", InputEncoding.Iso885915),
        ("windows-1257", InputEncoding.Windows1257),
        ("iso-8859-13", InputEncoding.Iso885913),
        ("iso-8859-5", InputEncoding.Iso88595),
        ("iso-8859-7", InputEncoding.Iso88597),
        ("iso-8859-9", InputEncoding.Iso88599),
        ("windows-1255", InputEncoding.Windows1255),
        ("windows-874", InputEncoding.Windows874),
        ("windows-1258", InputEncoding.Windows1258),
        ("koi8-u", InputEncoding.Koi8U),
        ("shift_jis", InputEncoding.ShiftJis),
        ("cp932", InputEncoding.ShiftJis),
        ("euc-jp", InputEncoding.EucJp),
        ("gbk", InputEncoding.Gbk),
        ("gb2312", InputEncoding.Gbk),
        ("cp936", InputEncoding.Gbk),
        ("gb18030", InputEncoding.Gb18030),
        ("big5", InputEncoding.Big5),
        ("euc-kr", InputEncoding.EucKr),
        ("cp949", InputEncoding.EucKr),
    ];

    /// <summary>
    /// Other labels of the same encodings that a web page's charset may carry, as the WHATWG encoding standard maps
    /// them (ISO-8859-1 and ASCII read as windows-1252, GB2312 as GBK, EUC-KR as windows-949).
    /// </summary>
    private static readonly (string Label, InputEncoding Value)[] s_labels =
    [
        ("x-cp1252", InputEncoding.Windows1252),
        ("iso8859-1", InputEncoding.Windows1252),
        ("iso_8859-1", InputEncoding.Windows1252),
        ("latin1", InputEncoding.Windows1252),
        ("iso-8859-1", InputEncoding.Windows1252),
        ("l1", InputEncoding.Windows1252),
        ("us-ascii", InputEncoding.Windows1252),
        ("ascii", InputEncoding.Windows1252),
        ("ansi_x3.4-1968", InputEncoding.Windows1252),
        ("cp819", InputEncoding.Windows1252),
        ("ibm819", InputEncoding.Windows1252),
        ("x-cp1250", InputEncoding.Windows1250),
        ("x-cp1251", InputEncoding.Windows1251),
        ("iso-8859-9", InputEncoding.Windows1254),
        ("latin2", InputEncoding.Iso88592),
        ("koi8", InputEncoding.Koi8R),
        ("koi8-ru", InputEncoding.Koi8U),
        ("l9", InputEncoding.Iso885915),
        ("iso8859-15", InputEncoding.Iso885915),
        ("iso_8859-15", InputEncoding.Iso885915),
        ("x-cp1253", InputEncoding.Windows1253),
        ("x-cp1254", InputEncoding.Windows1254),
        ("latin5", InputEncoding.Windows1254),
        ("x-cp1255", InputEncoding.Windows1255),
        ("x-cp1256", InputEncoding.Windows1256),
        ("x-cp1257", InputEncoding.Windows1257),
        ("x-cp1258", InputEncoding.Windows1258),
        ("iso8859-13", InputEncoding.Iso885913),
        ("cyrillic", InputEncoding.Iso88595),
        ("iso8859-5", InputEncoding.Iso88595),
        ("greek", InputEncoding.Iso88597),
        ("iso8859-7", InputEncoding.Iso88597),
        ("dos-874", InputEncoding.Windows874),
        ("tis-620", InputEncoding.Windows874),
        ("iso-8859-11", InputEncoding.Windows874),
        ("sjis", InputEncoding.ShiftJis),
        ("x-sjis", InputEncoding.ShiftJis),
        ("windows-31j", InputEncoding.ShiftJis),
        ("ms_kanji", InputEncoding.ShiftJis),
        ("x-euc-jp", InputEncoding.EucJp),
        ("x-gbk", InputEncoding.Gbk),
        ("chinese", InputEncoding.Gbk),
        ("big5-hkscs", InputEncoding.Big5),
        ("x-x-big5", InputEncoding.Big5),
        // How the encoding detector spells one (see InputEncodings.Guess).
        ("shift-jis", InputEncoding.ShiftJis),
        ("ks_c_5601-1987", InputEncoding.EucKr),
        ("windows-949", InputEncoding.EucKr),
    ];

    private static readonly System.Buffers.SearchValues<char> s_labelChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_:.");

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding s_utf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding s_utf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// What Windows-1252 puts at 0x80-0x9F, where it differs from Latin-1 (as the WHATWG encoding standard maps it: the
    /// five unassigned bytes stay the C1 controls of Latin-1). A table of 32 characters keeps the native build free of
    /// the code-page tables of System.Text.Encoding.CodePages.
    /// </summary>
    private const string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>Every encoding of <c>--encoding</c> by its first name, for messages.</summary>
    public static readonly string Choices = ListChoices();

    /// <summary>The <c>--encoding</c> option of the commands that read texts.</summary>
    public static Option<InputEncoding> CreateOption() => CliOptions.Choice(
        "--encoding",
        [],
        "The encoding of inputs without a byte-order mark: utf-8, latin1 (iso-8859-1), windows-1252 (cp1252), "
            + "utf-16 (utf-16le), utf-16be, or a legacy encoding: windows-1250, -1251, -1253, -1254, -1255, -1256, -1257, -1258, "
            + "-874, iso-8859-2, -5, -7, -9, -13, -15 (latin9), koi8-r, koi8-u, shift_jis, euc-jp, gbk (gb2312), gb18030, big5, "
            + "euc-kr. A byte-order mark (UTF-8 or UTF-16) decides over it; a web page that is not UTF-8 is read in the charset "
            + "it declares, and other text that is not UTF-8 in the encoding its bytes suggest (said on standard error).",
        s_names);

    /// <summary>
    /// What a file of a common document or archive format that is not read (PDF, Word, EPUB, OpenDocument and RTF documents are,
    /// before they come here) is, told by its first bytes, and how to read its text; null for anything else.
    /// </summary>
    internal static string? NotTextFormat(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8)
            ? "is a ZIP archive but no Word, OpenDocument text or EPUB document (an archive of files, a spreadsheet, a presentation?), not text; "
                + "extract its files and summarize them (for example: unzip FILE -d DIR && summarize DIR), or convert it to text first."
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])
            ? "is a Microsoft Office binary document, not text; save it as text first."
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])
            ? "is gzip-compressed; decompress it first (for example: gunzip -c FILE | summarize)."
        : null;

    /// <summary>
    /// Decodes <paramref name="bytes"/>: a leading byte-order mark chooses UTF-8 or UTF-16 and is dropped; otherwise
    /// <paramref name="encoding"/> applies. UTF-8 and UTF-16 are decoded strictly; text with NUL characters is refused
    /// as binary. Bytes that are not UTF-8 but declare a charset of those here in their first kilobyte (a web page's
    /// <c>&lt;meta charset&gt;</c>) are decoded in it, ISO-8859-1 and ASCII as windows-1252, as browsers do; other bytes
    /// that are not UTF-8 in the encoding <see cref="Guess"/> finds. Text read as UTF-8 has its mojibake repaired
    /// (<see cref="Mojibake.Repair"/>).
    /// </summary>
    /// <exception cref="InputException">The bytes are not text in that encoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string name, InputEncoding encoding) => Decode(bytes, name, encoding, out _);

    /// <inheritdoc cref="Decode(ReadOnlySpan{byte}, string, InputEncoding)"/>
    /// <param name="bytes">The input's bytes.</param>
    /// <param name="name">The input's name in messages.</param>
    /// <param name="encoding">The encoding of <c>--encoding</c>.</param>
    /// <param name="note">What standard error says about how the text was read (an encoding guessed, mojibake repaired); null for nothing.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string name, InputEncoding encoding, out string? note) =>
        Decode(bytes, name, encoding, out note, out _);

    /// <inheritdoc cref="Decode(ReadOnlySpan{byte}, string, InputEncoding, out string?)"/>
    /// <param name="bytes">The input's bytes.</param>
    /// <param name="name">The input's name in messages.</param>
    /// <param name="encoding">The encoding of <c>--encoding</c>.</param>
    /// <param name="note">What standard error says about how the text was read (an encoding guessed, mojibake repaired); null for nothing.</param>
    /// <param name="mended">Whether mojibake was repaired, so that the text is not the bytes as decoded.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string name, InputEncoding encoding, out string? note, out bool mended)
    {
        note = null;
        mended = false;
        InputEncoding named = encoding;
        if (NotTextFormat(bytes) is { } format)
        {
            throw new InputException($"{name}: {format}");
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
            encoding = InputEncoding.Utf8;
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bytes = bytes[2..];
            encoding = InputEncoding.Utf16LittleEndian;
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bytes = bytes[2..];
            encoding = InputEncoding.Utf16BigEndian;
        }

        if (encoding == InputEncoding.Utf8 && named == InputEncoding.Utf8 && Utf16ByItsZeros(bytes) is { } unmarked)
        {
            // UTF-16 saved without a byte-order mark (a Windows tool's export): ASCII's characters leave a zero byte in
            // every other place.
            encoding = unmarked;
            note = $"{name}: not UTF-8; read as {(unmarked == InputEncoding.Utf16LittleEndian ? "utf-16le" : "utf-16be")} without a byte-order mark (guessed from its zero bytes); name the encoding with --encoding if that is wrong.";
        }

        bool utf16 = encoding is InputEncoding.Utf16LittleEndian or InputEncoding.Utf16BigEndian;
        // In a one-byte encoding a NUL byte is a NUL character; checked first, so that a binary file is called one
        // rather than invalid UTF-8.
        if (!utf16 && bytes.IndexOf((byte)0) >= 0)
        {
            throw new InputException($"{name}: looks like a binary file (it contains NUL bytes), not text; "
                + "if it is UTF-16 without a byte-order mark, name it with --encoding utf-16le or utf-16be.");
        }

        string text;
        try
        {
            text = DecodeAs(bytes, encoding);
        }
        catch (DecoderFallbackException) when (encoding == InputEncoding.Utf8 && DeclaredEncoding(bytes) is { } declared)
        {
            // Not UTF-8, and a web page that says what it is: its declared charset decides, as in browsers.
            text = Decode(bytes, name, declared);
            encoding = declared;
        }
        catch (DecoderFallbackException) when (encoding == InputEncoding.Utf8)
        {
            // Not UTF-8, and nothing says what it is: read as browsers and editors would, or refused naming the place.
            (text, encoding, note) = Guess(bytes, name);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException($"{name}: is not valid {NameOf(encoding)} text; check --encoding ({Choices}).");
        }

        if (utf16 && text.Contains('\0'))
        {
            throw new InputException($"{name}: looks like a binary file (it contains NUL characters), not text.");
        }

        if (encoding == named && !utf16 && encoding != InputEncoding.Utf8 && OtherCodePage(bytes, encoding, text) is { } likely)
        {
            // A one-byte code page reads any bytes, so a wrong one is silent: "Pawe³ K±dzio³ka" for Polish read as windows-1252.
            note = $"{name}: read as {NameOf(encoding)} as --encoding says, but its bytes look like {NameOf(likely)}; check --encoding.";
        }

        if (encoding == InputEncoding.Utf8 && Mojibake.Repair(text, out int repaired, out string? example) is { } fixedText)
        {
            text = fixedText;
            mended = true;
            string place = repaired == 1 ? "1 place" : $"{repaired} places";
            string repairNote = $"{name}: mojibake repaired in {place} (UTF-8 once read as windows-1252 or latin1 and saved again"
                + (example is null ? ")." : $": {example}).");
            note = note is null ? repairNote : $"{note} {repairNote}";
        }

        return text;
    }

    /// <summary>
    /// UTF-16 without a byte-order mark, told by its zero bytes: of the first 4,096 pairs of bytes, at least a third
    /// with a zero in one place (the high byte of an ASCII character: the second for little-endian, the first for
    /// big-endian), at most one in twenty with a zero in the other, and at most one in twenty of those characters a
    /// control; null for anything else (text in a script whose characters leave no zero byte is not told, and a binary
    /// file's zeros fall in both places, or its small numbers read as controls).
    /// </summary>
    private static InputEncoding? Utf16ByItsZeros(ReadOnlySpan<byte> bytes)
    {
        int pairs = Math.Min(bytes.Length / 2, 4096);
        if (pairs < 8 || bytes.Length % 2 != 0 || bytes.IndexOf((byte)0) < 0)
        {
            return null;
        }

        int evenZeros = 0;
        int oddZeros = 0;
        int evenControls = 0;
        int oddControls = 0;
        for (int i = 0; i < pairs; i++)
        {
            byte even = bytes[2 * i];
            byte odd = bytes[(2 * i) + 1];
            evenZeros += even == 0 ? 1 : 0;
            oddZeros += odd == 0 ? 1 : 0;
            evenControls += odd == 0 && IsControl(even) ? 1 : 0;
            oddControls += even == 0 && IsControl(odd) ? 1 : 0;
        }

        // Text's ASCII characters are letters, digits, marks and line ends, not controls, as numbers in a binary file are.
        return oddZeros * 3 >= pairs && evenZeros * 20 <= pairs && evenControls * 20 <= oddZeros ? InputEncoding.Utf16LittleEndian
            : evenZeros * 3 >= pairs && oddZeros * 20 <= pairs && oddControls * 20 <= evenZeros ? InputEncoding.Utf16BigEndian
            : null;

        static bool IsControl(byte b) => b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f') or 0x7F;
    }

    /// <summary>The bytes in <paramref name="encoding"/>, strictly (a <see cref="DecoderFallbackException"/> for bytes it does not map).</summary>
    private static string DecodeAs(ReadOnlySpan<byte> bytes, InputEncoding encoding) => encoding switch
    {
        InputEncoding.Latin1 => Encoding.Latin1.GetString(bytes),
        InputEncoding.Windows1252 => DecodeWindows1252(bytes),
        InputEncoding.Utf16LittleEndian => DecodeUtf16(s_utf16LittleEndian, bytes),
        InputEncoding.Utf16BigEndian => DecodeUtf16(s_utf16BigEndian, bytes),
        InputEncoding.Utf8 => s_utf8.GetString(bytes),
        _ => Legacy(encoding).GetString(bytes),
    };

    private static string ListChoices()
    {
        var names = new System.Collections.Generic.List<string>();
        var seen = new System.Collections.Generic.HashSet<InputEncoding>();
        foreach ((string name, InputEncoding value) in s_names)
        {
            if (seen.Add(value))
            {
                names.Add(value == InputEncoding.Utf16LittleEndian ? "utf-16le" : name);
            }
        }

        return string.Join(", ", names);
    }

    /// <summary>
    /// The encoding that the first kilobyte declares (<c>&lt;meta charset="windows-1251"&gt;</c>, or
    /// <c>content="text/html; charset=Shift_JIS"</c>) when it is one of those here and not UTF-8 or UTF-16, by its name
    /// or by a label that browsers read as it (<see cref="s_labels"/>); null otherwise.
    /// </summary>
    private static InputEncoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]).ToLowerInvariant();
        int at = head.IndexOf("charset=", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        ReadOnlySpan<char> label = head.AsSpan(at + "charset=".Length).TrimStart("\"' ");
        int end = label.IndexOfAnyExcept(s_labelChars);
        return FromLabel(end < 0 ? label : label[..end]);
    }

    /// <summary>
    /// The encoding a lower-case label names, as a browser reads it (<see cref="s_labels"/> before <see cref="s_names"/>),
    /// when it is one of those here and not UTF-8 or UTF-16; null otherwise.
    /// </summary>
    private static InputEncoding? FromLabel(ReadOnlySpan<char> label)
    {
        foreach ((string known, InputEncoding value) in (ReadOnlySpan<(string, InputEncoding)>)[.. s_labels, .. s_names])
        {
            if (label.SequenceEqual(known) && value is not (InputEncoding.Utf8 or InputEncoding.Utf16LittleEndian or InputEncoding.Utf16BigEndian))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A legacy encoding's decoder, which refuses a byte sequence the code page does not map.</summary>
    private static Encoding Legacy(InputEncoding encoding) =>
        CodePagesEncodingProvider.Instance.GetEncoding(CodePage(encoding), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException($"No code page for {encoding}.");

    /// <summary>The Windows code page of a legacy encoding.</summary>
    private static int CodePage(InputEncoding encoding) => encoding switch
    {
        InputEncoding.Windows1250 => 1250,
        InputEncoding.Windows1251 => 1251,
        InputEncoding.Windows1253 => 1253,
        InputEncoding.Windows1254 => 1254,
        InputEncoding.Windows1256 => 1256,
        InputEncoding.Iso88592 => 28592,
        InputEncoding.Koi8R => 20866,
        InputEncoding.Iso885915 => 28605,
        InputEncoding.Windows1257 => 1257,
        InputEncoding.Iso885913 => 28603,
        InputEncoding.Iso88595 => 28595,
        InputEncoding.Iso88597 => 28597,
        InputEncoding.Iso88599 => 28599,
        InputEncoding.Windows1255 => 1255,
        InputEncoding.Windows874 => 874,
        InputEncoding.Windows1258 => 1258,
        InputEncoding.Koi8U => 21866,
        InputEncoding.ShiftJis => 932,
        InputEncoding.EucJp => 51932,
        InputEncoding.Gbk => 936,
        InputEncoding.Gb18030 => 54936,
        InputEncoding.Big5 => 950,
        InputEncoding.EucKr => 949,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a legacy encoding."),
    };

    /// <summary>The name of <paramref name="encoding"/> in messages: UTF-16's byte order in words, the others as <c>--encoding</c> names them.</summary>
    private static string NameOf(InputEncoding encoding) => encoding switch
    {
        InputEncoding.Utf16BigEndian => "UTF-16 big-endian",
        InputEncoding.Utf16LittleEndian => "UTF-16 little-endian",
        _ => Array.Find(s_names, entry => entry.Value == encoding).Name,
    };

    private static string DecodeUtf16(UnicodeEncoding encoding, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0)
        {
            // An odd byte left over is half a character.
            throw new DecoderFallbackException("An odd number of bytes is not UTF-16.");
        }

        return encoding.GetString(bytes);
    }

    private static string DecodeWindows1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = Windows1252Char(bytes[i]);
        }

        return new string(chars);
    }

    /// <summary>The character a byte is in Windows-1252.</summary>
    internal static char Windows1252Char(byte b) => b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
}
