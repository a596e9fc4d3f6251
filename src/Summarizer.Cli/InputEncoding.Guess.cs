using System;
using System.Text;
using UtfUnknown;

namespace Summarizer.Cli;

internal static partial class InputEncodings
{
    /// <summary>
    /// How sure the detector must be of a single-byte or CJK encoding to read a text in it; below that, text that is
    /// mostly ASCII is read as windows-1252 as browsers do, and other text is refused.
    /// </summary>
    private const float GuessConfidence = 0.5f;

    /// <summary>
    /// The share of bytes above ASCII up to which a text whose encoding no guess is sure of is read as windows-1252
    /// (an English text with a few accented names or curly quotes, as browsers read an undeclared page).
    /// </summary>
    private const double MostlyAsciiShare = 0.1;

    /// <summary>
    /// The fewest bytes above ASCII on which a guess is made: the detector's statistics on "Café olé." would call it
    /// ISO-8859-2 as readily as anything, and browsers read so little as windows-1252.
    /// </summary>
    private const int GuessHighBytes = 16;

    /// <summary>How many bytes from the start the detector reads.</summary>
    private const int DetectBytes = 256 * 1024;

    /// <summary>
    /// Reads bytes that are not UTF-8 and name no encoding, as browsers and editors do, and says on standard error what
    /// they were read as.
    /// </summary>
    /// <remarks>
    /// In order: UTF-8 with a few stray bytes (a paragraph pasted from a Windows-1252 source into a UTF-8 file: no more
    /// invalid sequences than valid multi-byte ones) is read as UTF-8 with those bytes as windows-1252; else the encoding
    /// that UTF.Unknown (a port of Mozilla's uchardet) finds, when it is one of <c>--encoding</c>'s and sure enough, and
    /// the bytes are valid in it and hold enough bytes above ASCII for statistics (ISO-8859-1 and windows-1252 as ISO-8859-15 when they hold its euro sign, 0xA4, and
    /// none of windows-1252's own characters, 0x80-0x9F); else windows-1252 when the bytes are mostly ASCII or too few for statistics; else none.
    /// </remarks>
    /// <exception cref="InputException">No encoding fits: names the byte offset of the first invalid sequence and every encoding.</exception>
    private static (string Text, InputEncoding Encoding, string Note) Guess(ReadOnlySpan<byte> bytes, string name)
    {
        const string Advice = "name the encoding with --encoding if that is wrong.";
        (int firstInvalid, int invalid, int valid) = Utf8Census(bytes);
        if (valid >= Math.Max(invalid, 2))
        {
            string places = invalid == 1 ? "1 byte" : $"{invalid} bytes";
            return (LenientUtf8(bytes), InputEncoding.Utf8,
                $"{name}: not UTF-8 at {places} (the first at byte {firstInvalid}); read as UTF-8 with those as windows-1252; {Advice}");
        }

        int high = CountHigh(bytes);
        if (high >= GuessHighBytes && Detect(bytes) is { } guessed)
        {
            try
            {
                return (DecodeAs(bytes, guessed), guessed, $"{name}: not UTF-8; read as {NameOf(guessed)} (guessed); {Advice}");
            }
            catch (DecoderFallbackException)
            {
                // The detector's best guess is not even valid in its encoding: no guess.
            }
        }

        if (high < GuessHighBytes || high <= bytes.Length * MostlyAsciiShare)
        {
            InputEncoding western = Western(bytes);
            return (DecodeAs(bytes, western), western,
                $"{name}: not UTF-8; read as {NameOf(western)}, as browsers read such text; {Advice}");
        }

        throw new InputException($"{name}: is not valid UTF-8 text (the first invalid byte is at offset {firstInvalid}) and its "
            + $"encoding could not be guessed; name it with --encoding ({Choices}).");
    }

    /// <summary>
    /// The encoding the bytes look like when it is not <paramref name="encoding"/>, which <c>--encoding</c> named, and
    /// reads them otherwise than <paramref name="text"/>; null when the guess agrees, is unsure or has too little to go on.
    /// </summary>
    private static InputEncoding? OtherCodePage(ReadOnlySpan<byte> bytes, InputEncoding encoding, string text)
    {
        if (CountHigh(bytes) < GuessHighBytes || Detect(bytes) is not { } guessed || guessed == encoding)
        {
            return null;
        }

        try
        {
            return DecodeAs(bytes, guessed) == text ? null : guessed;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The encoding UTF.Unknown finds with <see cref="GuessConfidence"/> or more, when <c>--encoding</c> has it; null otherwise.</summary>
    private static InputEncoding? Detect(ReadOnlySpan<byte> bytes)
    {
        // The statistics of the first 256 KiB decide, as a browser's first buffer does: a book-length file is not copied
        // whole for them.
        DetectionDetail? detected = CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, DetectBytes)].ToArray()).Detected;
        if (detected is null || detected.Confidence < GuessConfidence || FromLabel(detected.EncodingName.ToLowerInvariant()) is not { } encoding)
        {
            return null;
        }

        return encoding == InputEncoding.Windows1252 ? Western(bytes) : encoding;
    }

    /// <summary>
    /// Windows-1252, or ISO-8859-15 when the bytes hold its euro sign (0xA4, ¤ in Latin-1) and none of the characters
    /// that only windows-1252 has (0x80-0x9F): "2,1 Mio. ¤" is a German text saved in Latin-9.
    /// </summary>
    private static InputEncoding Western(ReadOnlySpan<byte> bytes) =>
        bytes.Contains((byte)0xA4) && !bytes.ContainsAnyInRange((byte)0x80, (byte)0x9F) ? InputEncoding.Iso885915 : InputEncoding.Windows1252;

    private static int CountHigh(ReadOnlySpan<byte> bytes)
    {
        int count = 0;
        foreach (byte b in bytes)
        {
            count += b >> 7;
        }

        return count;
    }

    /// <summary>The byte offset of the first sequence that is not UTF-8, how many such sequences there are, and how many valid multi-byte ones.</summary>
    private static (int FirstInvalid, int Invalid, int Valid) Utf8Census(ReadOnlySpan<byte> bytes)
    {
        int first = -1, invalid = 0, valid = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            int ascii = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            i += ascii;
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                first = first < 0 ? i : first;
                invalid++;
            }

            i += consumed;
        }

        return (first, invalid, valid);
    }

    /// <summary>UTF-8 with each byte of an invalid sequence read as windows-1252.</summary>
    private static string LenientUtf8(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        int start = 0, i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                text.Append(s_utf8.GetString(bytes[start..i]));
                foreach (byte b in bytes.Slice(i, consumed))
                {
                    text.Append(Windows1252Char(b));
                }

                start = i + consumed;
            }

            i += consumed;
        }

        return text.Append(s_utf8.GetString(bytes[start..])).ToString();
    }
}
