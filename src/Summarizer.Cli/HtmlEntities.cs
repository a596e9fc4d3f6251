using System;
using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Html;

namespace Summarizer.Cli;

/// <summary>Character references in HTML text, decoded as HTML5 does, with AngleSharp's table of named references.</summary>
internal static class HtmlEntities
{
    /// <summary>The longest name in the table (&amp;CounterClockwiseContourIntegral;).</summary>
    private const int MaxNameLength = 32;

    /// <summary>The longest of the legacy names that may end without a semicolon.</summary>
    private const int MaxLegacyNameLength = 6;

    /// <summary>Windows-1252 characters for the C1 code points 0x80-0x9F, as HTML5 maps numeric references.</summary>
    private const string C1 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>Appends <paramref name="text"/> with its character references decoded; one forward pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        while (true)
        {
            int amp = text.IndexOf('&');
            if (amp < 0)
            {
                builder.Append(text);
                return;
            }

            builder.Append(text[..amp]);
            text = text[(amp + 1)..];
            int consumed = text.Length > 0 && text[0] == '#' ? Numeric(builder, text, wellFormed: false) : Named(builder, text, wellFormed: false);
            if (consumed == 0)
            {
                builder.Append('&');
            }

            text = text[consumed..];
        }
    }

    /// <summary>
    /// Appends the well-formed reference that <paramref name="text"/> (what follows an '&amp;') opens: a name of HTML5's
    /// table ended by its ';' ("quot;", "ndash;"), or "#8217;" or "#x2019;" ended by its ';' and naming a character;
    /// returns the characters it used, or 0 and appends nothing. A legacy name without its ';' ("&amp;copy 2024") and
    /// an unknown name ("AT&amp;T;") are no references here: in plain text they are as likely to be prose.
    /// </summary>
    public static int AppendWellFormed(StringBuilder builder, ReadOnlySpan<char> text) =>
        text.Length > 0 && text[0] == '#' ? Numeric(builder, text, wellFormed: true) : Named(builder, text, wellFormed: true);

    /// <summary>
    /// A reference "#123;" or "#x7B;" after the '&amp;'; returns the characters it used (0 if none). A well-formed one
    /// ends with its ';' and names a character other than NUL; HTML decodes the others too, as U+FFFD.
    /// </summary>
    private static int Numeric(StringBuilder builder, ReadOnlySpan<char> text, bool wellFormed)
    {
        bool hex = text.Length > 1 && (text[1] | 0x20) == 'x';
        int i = hex ? 2 : 1;
        int digitsStart = i;
        long value = 0;
        while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            // Past the last code point the value only needs to stay too large.
            value = Math.Min((value * (hex ? 16 : 10)) + HexValue(text[i]), 0x110000);
            i++;
        }

        if (i == digitsStart)
        {
            return 0;
        }

        bool closed = i < text.Length && text[i] == ';';
        i += closed ? 1 : 0;
        int code = (int)value;
        bool valid = code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);
        if (wellFormed && !(closed && valid))
        {
            return 0;
        }

        if (code is >= 0x80 and <= 0x9F)
        {
            builder.Append(C1[code - 0x80]);
        }
        else if (!valid)
        {
            builder.Append('\uFFFD');
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(code));
        }

        return i;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>A named reference after the '&amp;': the full name with its ';', else the longest legacy name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Named(StringBuilder builder, ReadOnlySpan<char> text, bool wellFormed)
    {
        int length = 0;
        while (length < text.Length && length <= MaxNameLength && char.IsAsciiLetterOrDigit(text[length]))
        {
            length++;
        }

        if (length == 0)
        {
            return 0;
        }

        if (length < text.Length && text[length] == ';' && length <= MaxNameLength
            && Symbol(text[..(length + 1)]) is { Length: > 0 } symbol)
        {
            builder.Append(symbol);
            return length + 1;
        }

        if (wellFormed)
        {
            return 0;
        }

        for (int prefix = Math.Min(length, MaxLegacyNameLength); prefix >= 2; prefix--)
        {
            if (Symbol(text[..prefix]) is { Length: > 0 } legacy)
            {
                builder.Append(legacy);
                return prefix;
            }
        }

        return 0;
    }

    private static string? Symbol(ReadOnlySpan<char> name) => name switch
    {
        "amp;" or "amp" => "&",
        "lt;" or "lt" => "<",
        "gt;" or "gt" => ">",
        "quot;" or "quot" => "\"",
        "nbsp;" or "nbsp" => "\u00A0",
        _ => HtmlEntityProvider.Resolver.GetSymbol(name.ToString()),
    };

    /// <summary>For tests: the decoded text.</summary>
    internal static string Decode(string text)
    {
        var builder = new StringBuilder(text.Length);
        Append(builder, text);
        return builder.ToString();
    }
}
