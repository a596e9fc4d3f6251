using System;
using System.Buffers;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// Repairs mojibake: UTF-8 text that was once decoded as windows-1252 or Latin-1 and saved again as UTF-8
/// ("CafÃ©", "councilâ€™s", "â€œNobody", "byÅ‚", "ÐŸÑ€Ð¸"), as ftfy does, and the C1 controls that windows-1252 text
/// read as Latin-1 leaves for its quotes and dashes ("won\u0092t").
/// </summary>
/// <remarks>
/// Each run of a character that stands for a UTF-8 lead byte (Â-ô) and the characters that stand for its continuation
/// bytes (0x80-0xBF in windows-1252, or the C1 control of that byte) is put back into bytes and decoded, and replaced
/// only when the character it gives is one such a run stands for: a Latin-1 character from "Â" or "Ã" (only mojibake
/// writes "Ã" before "©" or "Â" before a no-break space); a punctuation mark, symbol or letterlike sign from "â"
/// (U+2000-U+27BF: "â€™"; not the Braille that "â" before a no-break space and "«" would give in French); an emoji
/// from "ð"; a letter of another script from a three-byte run only with a character that windows-1252 alone has in it
/// ("æ—¥", "ã‚¹", not "é" before a no-break space and "«"); and a Latin, Greek or Cyrillic letter from "Ä"-"ß" only
/// after a lower-case letter or next to another run ("byÅ‚", "Ð¿Ñ€Ð¸"; not a capital's "ÉTÉ…"), and only when the text
/// has two such runs or one of the others. A lone C1 control becomes its windows-1252 character (NEL, U+0085, only
/// when another did: it ends lines in some texts). Text with no such run is returned as it is.
/// </remarks>
internal static class Mojibake
{
    /// <summary>The characters that may open a repair: those of UTF-8's lead bytes as Latin-1, and the C1 controls.</summary>
    private static readonly SearchValues<char> s_openers = SearchValues.Create(Openers());

    private static string Openers()
    {
        var chars = new StringBuilder();
        for (char c = '\u0080'; c <= '\u009F'; c++)
        {
            chars.Append(c);
        }

        for (char c = '\u00C2'; c <= '\u00F4'; c++)
        {
            chars.Append(c);
        }

        return chars.ToString();
    }

    /// <summary>What a sequence of mojibake in the text is, as found by <see cref="Sequence"/>.</summary>
    private enum Kind
    {
        None,

        /// <summary>Repaired whenever it is found.</summary>
        Sure,

        /// <summary>A two-byte letter that is repaired only when the text has another run.</summary>
        Letter,
    }

    /// <summary>
    /// The text with its mojibake repaired, <paramref name="repaired"/> the number of places and <paramref name="example"/>
    /// the first (<c>"Ã©" read as "é"</c>); null when nothing was repaired.
    /// </summary>
    public static string? Repair(string text, out int repaired, out string? example)
    {
        repaired = 0;
        example = null;
        if (!text.AsSpan().ContainsAny(s_openers))
        {
            return null;
        }

        // One pass counts what would be repaired, a second writes it: the letters' rule needs the whole count.
        (int sure, int letters, int controls) = Count(text);
        if (sure == 0 && letters < 2 && controls == 0)
        {
            return null;
        }

        var output = new StringBuilder(text.Length);
        repaired = Write(text, output, withLetters: sure > 0 || letters >= 2, nelToo: controls > 0, out example);
        return repaired == 0 ? null : output.ToString();
    }

    /// <summary>The runs that are sure, the two-byte letters, and the lone C1 controls other than NEL.</summary>
    private static (int Sure, int Letters, int Controls) Count(string text)
    {
        int sure = 0, letters = 0, controls = 0, i = 0;
        Span<byte> bytes = stackalloc byte[4];
        while (Next(text, ref i) && i < text.Length)
        {
            (Kind kind, int length, _) = Sequence(text, i, bytes);
            sure += kind == Kind.Sure ? 1 : 0;
            letters += kind == Kind.Letter ? 1 : 0;
            controls += kind == Kind.None && text[i] is <= '\u009F' and not '\u0085' && Windows1252(text[i]) != text[i] ? 1 : 0;
            i += kind == Kind.None ? 1 : length;
        }

        return (sure, letters, controls);
    }

    /// <summary>Writes the text repaired into <paramref name="output"/> and returns the places repaired.</summary>
    private static int Write(string text, StringBuilder output, bool withLetters, bool nelToo, out string? example)
    {
        example = null;
        int places = 0, copied = 0, i = 0;
        Span<byte> bytes = stackalloc byte[4];
        while (Next(text, ref i) && i < text.Length)
        {
            (Kind kind, int length, Rune rune) = Sequence(text, i, bytes);
            string? replacement = null;
            if (kind == Kind.Sure || (kind == Kind.Letter && withLetters))
            {
                replacement = rune.ToString();
            }
            else if (text[i] <= '\u009F' && (text[i] != '\u0085' || nelToo) && Windows1252(text[i]) is var c && c != text[i])
            {
                (replacement, length) = (c.ToString(), 1);
            }

            if (replacement is null)
            {
                i++;
                continue;
            }

            if (example is null && !text.AsSpan(i, length).ContainsAnyInRange('\u0080', '\u009F'))
            {
                example = $"\"{text.AsSpan(i, length)}\" read as \"{replacement}\"";
            }

            output.Append(text, copied, i - copied).Append(replacement);
            places++;
            i += length;
            copied = i;
        }

        output.Append(text, copied, text.Length - copied);
        return places;
    }

    /// <summary>Moves <paramref name="i"/> to the next character that may open a repair; false when there is none.</summary>
    private static bool Next(string text, ref int i)
    {
        int at = text.AsSpan(i).IndexOfAny(s_openers);
        i += at;
        return at >= 0;
    }

    /// <summary>The windows-1252 character of a C1 control's byte.</summary>
    private static char Windows1252(char control) => InputEncodings.Windows1252Char((byte)control);

    /// <summary>The byte a character stands for in windows-1252 text read as such or as Latin-1; -1 for none.</summary>
    private static int ByteOf(char c)
    {
        if (c <= '\u00FF')
        {
            return c >= '\u0080' ? c : -1;
        }

        for (int b = 0x80; b <= 0x9F; b++)
        {
            if (InputEncodings.Windows1252Char((byte)b) == c)
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>The run of mojibake that starts at <paramref name="at"/>: its kind, its length in characters and what it stands for.</summary>
    private static (Kind Kind, int Length, Rune Rune) Sequence(string text, int at, Span<byte> bytes)
    {
        int lead = text[at];
        if (lead is < 0xC2 or > 0xF4)
        {
            return default;
        }

        int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (at + length > text.Length)
        {
            return default;
        }

        bool windowsOnly = false;
        bytes[0] = (byte)lead;
        for (int k = 1; k < length; k++)
        {
            int b = ByteOf(text[at + k]);
            if (b is < 0x80 or > 0xBF)
            {
                return default;
            }

            windowsOnly |= b <= 0x9F;
            bytes[k] = (byte)b;
        }

        if (Rune.DecodeFromUtf8(bytes[..length], out Rune rune, out _) != OperationStatus.Done)
        {
            return default;
        }

        int value = rune.Value;
        Kind kind = lead switch
        {
            0xC2 or 0xC3 => value >= 0xA0 ? Kind.Sure : Kind.None,
            < 0xE0 => value is >= 0x100 and <= 0x52F && Rune.IsLetter(rune) && LetterInContext(text, at, length) ? Kind.Letter : Kind.None,
            0xE2 => value <= 0x27BF ? Kind.Sure : Kind.None,
            < 0xF0 => value is 0xFEFF or 0xFFFD || (windowsOnly && Rune.IsLetter(rune)) ? Kind.Sure : Kind.None,
            _ => value is >= 0x1F000 and <= 0x1FAFF ? Kind.Sure : Kind.None,
        };
        return (kind, length, rune);
    }

    /// <summary>Whether a two-byte letter's run follows a lower-case letter or touches another run ("byÅ‚", "Ð¿Ñ€").</summary>
    private static bool LetterInContext(string text, int at, int length)
    {
        if (at > 0 && (char.IsLower(text[at - 1]) || IsContinuation(text[at - 1])))
        {
            return true;
        }

        int next = at + length;
        return next + 1 < text.Length && text[next] is >= '\u00C2' and <= '\u00DF' && IsContinuation(text[next + 1]);
    }

    private static bool IsContinuation(char c) => ByteOf(c) is >= 0x80 and <= 0xBF;
}
