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
}

/// <summary>The <c>--encoding</c> option and the decoders behind it.</summary>
internal static class InputEncodings
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

    /// <summary>The encodings as a list for messages.</summary>
    public const string Choices = "latin1, windows-1252, utf-16le or utf-16be";

    /// <summary>The <c>--encoding</c> option of the commands that read texts.</summary>
    public static Option<InputEncoding> CreateOption() => CliOptions.Choice(
        "--encoding",
        [],
        "The encoding of inputs without a byte-order mark: utf-8, latin1 (iso-8859-1), windows-1252 (cp1252), "
            + "utf-16 (utf-16le) or utf-16be. A byte-order mark (UTF-8 or UTF-16) decides over it.",
        s_names);

    /// <summary>
    /// What a file of a common document or archive format that is not read (PDF, Word, EPUB, OpenDocument and RTF documents are,
    /// before they come here) is, told by its first bytes, and how to read its text; null for anything else.
    /// </summary>
    internal static string? NotTextFormat(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8)
            ? "is a ZIP archive (a spreadsheet or a presentation?), not text; save or convert it as text first (for example: pandoc FILE -t plain | summarize)."
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])
            ? "is a Microsoft Office binary document, not text; save it as text first."
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])
            ? "is gzip-compressed; decompress it first (for example: gunzip -c FILE | summarize)."
        : null;

    /// <summary>
    /// Decodes <paramref name="bytes"/>: a leading byte-order mark chooses UTF-8 or UTF-16 and is dropped; otherwise
    /// <paramref name="encoding"/> applies. UTF-8 and UTF-16 are decoded strictly; text with NUL characters is refused
    /// as binary. Bytes that are not UTF-8 but declare a windows-1252 or ISO-8859-1 charset in their first kilobyte (a web
    /// page's <c>&lt;meta charset&gt;</c>) are decoded as windows-1252, as browsers do.
    /// </summary>
    /// <exception cref="InputException">The bytes are not text in that encoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string name, InputEncoding encoding)
    {
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
            text = encoding switch
            {
                InputEncoding.Latin1 => Encoding.Latin1.GetString(bytes),
                InputEncoding.Windows1252 => DecodeWindows1252(bytes),
                InputEncoding.Utf16LittleEndian => DecodeUtf16(s_utf16LittleEndian, bytes),
                InputEncoding.Utf16BigEndian => DecodeUtf16(s_utf16BigEndian, bytes),
                _ => s_utf8.GetString(bytes),
            };
        }
        catch (DecoderFallbackException) when (encoding == InputEncoding.Utf8 && DeclaresWindows1252(bytes))
        {
            // Not UTF-8, and a web page that says what it is: its declared charset decides, as in browsers.
            text = DecodeWindows1252(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(encoding == InputEncoding.Utf8
                ? $"{name}: is not valid UTF-8 text; name its encoding with --encoding ({Choices})."
                : $"{name}: is not valid {(encoding == InputEncoding.Utf16BigEndian ? "UTF-16 big-endian" : "UTF-16 little-endian")} text; "
                    + $"check --encoding ({Choices}, or utf-8).");
        }

        if (utf16 && text.Contains('\0'))
        {
            throw new InputException($"{name}: looks like a binary file (it contains NUL characters), not text.");
        }

        return text;
    }

    /// <summary>
    /// Whether the first kilobyte declares a charset (<c>&lt;meta charset="windows-1252"&gt;</c>, or
    /// <c>content="text/html; charset=iso-8859-1"</c>) that browsers decode as windows-1252: windows-1252, its aliases,
    /// and the ISO-8859-1 and ASCII labels, which the HTML standard maps to it.
    /// </summary>
    private static bool DeclaresWindows1252(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]).ToLowerInvariant();
        int at = head.IndexOf("charset=", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        ReadOnlySpan<char> label = head.AsSpan(at + "charset=".Length).TrimStart("\"' ");
        int end = label.IndexOfAnyExcept(s_labelChars);
        label = end < 0 ? label : label[..end];
        return label is "windows-1252" or "cp1252" or "x-cp1252" or "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1"
            or "l1" or "us-ascii" or "ascii" or "ansi_x3.4-1968" or "cp819" or "ibm819";
    }

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
            byte b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }
}
