using System;
using System.Buffers;

namespace Summarizer;

/// <summary>
/// Where a word is broken without being two words: a soft hyphen (U+00AD), where a web page may break it
/// ("infor\u00ADmation"), a word joiner (U+2060) or another invisible character (<see cref="SplitChars.Invisible"/>:
/// a bidirectional mark), which a page or an export leaves inside a word or beside it ("Common\u2060 Ailments"), and a
/// hyphen at the end of a line before the rest of the word in lower case on the next line, as text copied out of a PDF
/// or a justified page breaks words ("com-\npany"). None is part of the word's term or of a keyword's form: they read
/// "information", "common ailments" and "company". The hyphen of a compound broken at its last hyphen stays
/// ("state-of-the-\nart" is "state-of-the-art"); a compound broken at its only hyphen ("well-\nknown") reads as one word
/// ("wellknown"), the less common case in text broken into syllables.
/// </summary>
internal static class WordBreaks
{
    private static readonly SearchValues<char> s_breaks = SearchValues.Create(SplitChars.InvisibleChars + "\n\r");

    /// <summary>
    /// When the hyphen at <paramref name="hyphen"/> (after a letter) ends its line and the next line goes on with a
    /// lower-case letter, the index of that letter; -1 otherwise. Spaces, tabs and no-break spaces may stand around the line break, a blank
    /// line may not (a paragraph ends there).
    /// </summary>
    public static int LineBreakContinuation(ReadOnlySpan<char> text, int hyphen)
    {
        if (hyphen == 0 || text[hyphen] != '-' || !char.IsLetter(text[hyphen - 1]))
        {
            return -1;
        }

        // A line break: CR LF, LF or CR alone.
        int k = SplitChars.SkipSpaces(text, hyphen + 1);
        int breakStart = k;
        if (k < text.Length && text[k] == '\r')
        {
            k++;
        }

        if (k < text.Length && text[k] == '\n')
        {
            k++;
        }

        if (k == breakStart)
        {
            return -1;
        }

        k = SplitChars.SkipSpaces(text, k);
        return k < text.Length && char.IsLower(text[k]) ? k : -1;
    }

    /// <summary>
    /// Removes the breaks of <paramref name="word"/> in place (a word as the tokenizer reads it, or the words of a
    /// keyphrase, each read apart: "anglo-saxon com-\npany" is "anglo-saxon company"); returns the length left.
    /// </summary>
    public static int Remove(Span<char> word)
    {
        int length = 0;
        bool hyphenated = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (SplitChars.Invisible.Contains(c))
            {
                continue;
            }

            if (c == '-' && LineBreakContinuation(word, i) is > 0 and int next)
            {
                // A compound keeps its hyphen ("state-of-the-\nart"); a word broken into syllables does not. The
                // letter is copied before it is overwritten: the writes trail the reads.
                if (hyphenated)
                {
                    word[length++] = '-';
                }

                word[length++] = word[next];
                i = next;
                continue;
            }

            hyphenated = c == '-' || (hyphenated && !SplitChars.IsWhiteSpace(c));
            word[length++] = c;
        }

        return length;
    }

    /// <summary>Whether <paramref name="word"/> holds a break that <see cref="Remove(Span{char})"/> would take out.</summary>
    public static bool Any(ReadOnlySpan<char> word) => word.IndexOfAny(s_breaks) >= 0;

    /// <summary><paramref name="form"/> without its breaks.</summary>
    public static string Remove(string form)
    {
        if (!Any(form))
        {
            return form;
        }

        char[] chars = form.ToCharArray();
        return new string(chars, 0, Remove(chars));
    }
}
