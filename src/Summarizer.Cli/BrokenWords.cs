using System;
using System.Collections.Generic;
using System.Globalization;

namespace Summarizer.Cli;

/// <summary>
/// The words that a text breaks with a hyphen at the end of a line ("man-\nagement", as text from a PDF or a
/// hyphenated page has them) and also spells whole elsewhere ("management"): such a break is the typesetter's, so a
/// sentence printed on one line prints the word whole. A break whose word the text never spells whole keeps its
/// hyphen ("well-\nknown" prints "well-known"), as a compound broken at its own hyphen must.
/// </summary>
internal sealed class BrokenWords
{
    // The hyphens that break a word at a line's end where the text may spell it whole (a soft hyphen always goes).
    private static readonly char[] s_hyphens = ['-', '\u2010'];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _whole;

    private BrokenWords(HashSet<string> whole) => _whole = whole.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The words of <paramref name="text"/> broken at a line's end that it spells whole elsewhere, or null when there
    /// are none (then nothing else is read: a text without a hyphen before a line break costs one search).
    /// </summary>
    public static BrokenWords? Of(string text)
    {
        // The broken words, as the two parts would print whole.
        var broken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int k = text.IndexOfAny(s_hyphens); k >= 0; k = text.IndexOfAny(s_hyphens, k + 1))
        {
            int next = k + 1;
            if (next < text.Length && text[next] is '\r' or '\n' or '\u2028' && Parts(text, next, text.Length, out Range first, out Range second))
            {
                broken.Add(string.Concat(text.AsSpan()[first], text.AsSpan()[second]));
            }
        }

        if (broken.Count == 0)
        {
            return null;
        }

        // The whole words among them that the text spells (a broken word's own parts are two words, neither whole).
        var whole = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = broken.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < text.Length;)
        {
            if (!IsWordPart(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordPart(text[i]))
            {
                i++;
            }

            if (lookup.TryGetValue(text.AsSpan(start, i - start), out string? word))
            {
                whole.Add(word);
            }
        }

        return whole.Count > 0 ? new BrokenWords(whole) : null;
    }

    /// <summary>
    /// Whether the hyphen before the line break at <paramref name="lineBreak"/> in <paramref name="text"/> breaks a
    /// word that the text spells whole elsewhere (<paramref name="end"/> bounds the part after the break).
    /// </summary>
    public bool IsBroken(string text, int lineBreak, int end)
    {
        if (!Parts(text, lineBreak, end, out Range firstPart, out Range secondPart))
        {
            return false;
        }

        ReadOnlySpan<char> first = text.AsSpan()[firstPart];
        ReadOnlySpan<char> second = text.AsSpan()[secondPart];
        if (first.Length + second.Length > 256)
        {
            return false;
        }

        Span<char> joined = stackalloc char[first.Length + second.Length];
        first.CopyTo(joined);
        second.CopyTo(joined[first.Length..]);
        return _whole.Contains(joined);
    }

    /// <summary>
    /// The letters before the hyphen that precedes the line break at <paramref name="lineBreak"/>, and those that
    /// open the next line (after its spaces and an e-mail quotation prefix); false when either side is no word.
    /// </summary>
    private static bool Parts(string text, int lineBreak, int end, out Range first, out Range second)
    {
        int hyphen = lineBreak - 1;
        int start = hyphen;
        while (start > 0 && IsWordPart(text[start - 1]))
        {
            start--;
        }

        int next = TextOutput.NextLineText(text, lineBreak, end);
        int stop = next;
        while (stop < end && IsWordPart(text[stop]))
        {
            stop++;
        }

        first = start..hyphen;
        second = next..stop;
        return start < hyphen && stop > next && char.IsLetter(text[start]) && char.IsLetter(text[hyphen - 1]) && char.IsLetter(text[next]);
    }

    /// <summary>A letter, or a mark that belongs to the letter before it (a decomposed accent).</summary>
    private static bool IsWordPart(char c) =>
        c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
