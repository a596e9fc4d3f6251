using System;
using System.Buffers;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// A section of phrases that a line opens with or that a sentence holds, compared case aside as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares them ("all rights reserved", "Follow us on", "Sehr
/// geehrte"). A phrase is looked for only where a word starts, and only among the phrases that open with the same
/// three characters, upper-cased: a bit set over those prefixes passes over nearly every word of a sentence that holds
/// none. <see cref="SearchValues"/> of the same phrases, case aside, let through most places in English prose (the
/// first three letters of "this article has been updated" or "all rights reserved" are those of common words) and
/// cost four to five times as much on a news article's sentences.
/// </summary>
internal sealed class PhraseSet
{
    /// <summary>How many characters of a phrase key it (<see cref="Key"/>); a shorter phrase is compared with every line.</summary>
    private const int KeyLength = 3;

    /// <summary>The bits of <see cref="_filter"/>: a 4,096-bit set, 512 bytes a section.</summary>
    private const int FilterBits = 4096;

    /// <summary>The longest sentence <see cref="Holds"/> copies onto the stack to read its white space as single spaces.</summary>
    private const int MaxStackText = 512;

    private readonly Dictionary<ulong, string[]> _byKey;
    private readonly ulong[] _filter;
    private readonly string[] _short;

    // The phrases' first characters, upper-cased, each as the bit of its low six bits: most words open with none.
    private readonly ulong _firsts;

    /// <summary>Creates the set of <paramref name="phrases"/> (none empty).</summary>
    /// <exception cref="ArgumentException">A phrase is empty.</exception>
    public PhraseSet(IEnumerable<string> phrases)
    {
        var byKey = new Dictionary<ulong, List<string>>();
        var shortPhrases = new List<string>();
        _filter = new ulong[FilterBits / 64];
        foreach (string phrase in phrases)
        {
            ArgumentException.ThrowIfNullOrEmpty(phrase);
            _firsts |= 1UL << (Upper(phrase[0]) & 63);
            if (phrase.Length < KeyLength)
            {
                shortPhrases.Add(phrase);
                continue;
            }

            ulong key = Key(phrase);
            if (!byKey.TryGetValue(key, out List<string>? list))
            {
                byKey[key] = list = [];
                int bit = Bit(key);
                _filter[bit >> 6] |= 1UL << (bit & 63);
            }

            list.Add(phrase);
        }

        _byKey = new Dictionary<ulong, string[]>(byKey.Count);
        foreach ((ulong key, List<string> list) in byKey)
        {
            _byKey[key] = [.. list];
        }

        _short = [.. shortPhrases];
        IsEmpty = _byKey.Count == 0 && _short.Length == 0;
    }

    /// <summary>Whether the set has no phrase.</summary>
    public bool IsEmpty { get; }

    /// <summary>
    /// Whether <paramref name="line"/> opens with one of the phrases, followed by nothing or what ends a phrase
    /// (<see cref="EndsPhrase"/>).
    /// </summary>
    public bool StartsLine(ReadOnlySpan<char> line) => OpensWithPhrase(line, wholeWord: false);

    /// <summary>
    /// Whether <paramref name="next"/> ends a phrase that it follows at the start of a line: white space, a line break
    /// among it (a page's "Jump to navigation" over the next line), a comma, a colon (or the full-width one of Chinese
    /// and Japanese: "商家回复：..."), the period of an abbreviation ("Exmo. Senhor").
    /// </summary>
    public static bool EndsPhrase(char next) => next is ',' or ':' or '.' or '\uFF1A' || char.IsWhiteSpace(next);

    /// <summary>
    /// Whether <paramref name="sentence"/> holds one of the phrases as whole words, whatever white space stands between
    /// its words (a sentence wrapped onto lines: "Permission is granted to\ncopy").
    /// </summary>
    public bool Holds(ReadOnlySpan<char> sentence)
    {
        if (IsEmpty)
        {
            return false;
        }

        if (HoldsAsWritten(sentence))
        {
            return true;
        }

        // Most sentences are written with single spaces; the others are read again with each run of white space one space.
        if (sentence.IndexOfAny(SplitChars.OtherWhiteSpace) < 0 && !sentence.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }

        char[]? rented = sentence.Length > MaxStackText ? ArrayPool<char>.Shared.Rent(sentence.Length) : null;
        Span<char> buffer = rented ?? stackalloc char[MaxStackText];
        int length = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            bool white = SplitChars.IsWhiteSpace(sentence[i]);
            if (!white || length == 0 || buffer[length - 1] != ' ')
            {
                buffer[length++] = white ? ' ' : sentence[i];
            }
        }

        bool holds = HoldsAsWritten(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return holds;
    }

    /// <summary>Whether <paramref name="sentence"/> holds one of the phrases, as written, as whole words.</summary>
    private bool HoldsAsWritten(ReadOnlySpan<char> sentence)
    {
        for (int start = 0; start < sentence.Length; start++)
        {
            if ((start == 0 || !char.IsLetterOrDigit(sentence[start - 1])) && OpensWithPhrase(sentence[start..], wholeWord: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> opens with one of the phrases, then ends or goes on with what is no letter or
    /// digit (<paramref name="wholeWord"/>) or with what ends a phrase (<see cref="EndsPhrase"/>).
    /// </summary>
    private bool OpensWithPhrase(ReadOnlySpan<char> text, bool wholeWord) => PhraseLengthAt(text, wholeWord) > 0;

    /// <summary>
    /// The length of the phrase that <paramref name="line"/> opens with, followed by nothing or what ends a phrase
    /// (<see cref="EndsPhrase"/>), as <see cref="StartsLine"/> finds it; 0 when it opens with none.
    /// </summary>
    public int StartLength(ReadOnlySpan<char> line) => PhraseLengthAt(line, wholeWord: false);

    /// <summary>The length of the first phrase that <paramref name="text"/> opens with (<see cref="OpensWithPhrase"/>), or 0.</summary>
    private int PhraseLengthAt(ReadOnlySpan<char> text, bool wholeWord)
    {
        if (text.IsEmpty || (_firsts & (1UL << (Upper(text[0]) & 63))) == 0)
        {
            return 0;
        }

        foreach (string phrase in _short)
        {
            if (OpensWith(text, phrase, wholeWord))
            {
                return phrase.Length;
            }
        }

        if (text.Length < KeyLength)
        {
            return 0;
        }

        ulong key = Key(text);
        int bit = Bit(key);
        if ((_filter[bit >> 6] & (1UL << (bit & 63))) == 0 || !_byKey.TryGetValue(key, out string[]? phrases))
        {
            return 0;
        }

        foreach (string phrase in phrases)
        {
            if (OpensWith(text, phrase, wholeWord))
            {
                return phrase.Length;
            }
        }

        return 0;

        static bool OpensWith(ReadOnlySpan<char> text, string phrase, bool wholeWord) =>
            text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
            && (text.Length == phrase.Length || (wholeWord ? !char.IsLetterOrDigit(text[phrase.Length]) : EndsPhrase(text[phrase.Length])));
    }

    /// <summary>
    /// The first <see cref="KeyLength"/> characters of <paramref name="text"/> upper-cased, one in each 16 bits: two
    /// spans that start with the same phrase, case aside, have the same key (simple case mapping, which
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares by).
    /// </summary>
    private static ulong Key(ReadOnlySpan<char> text) =>
        ((ulong)Upper(text[0]) << 32) | ((ulong)Upper(text[1]) << 16) | Upper(text[2]);

    /// <summary><paramref name="c"/> upper-cased: ASCII by arithmetic, the rest by the invariant simple case mapping.</summary>
    private static char Upper(char c) => c < 0x80 ? (char)(char.IsAsciiLetterLower(c) ? c - 32 : c) : char.ToUpperInvariant(c);

    /// <summary>Which bit of <see cref="_filter"/> stands for <paramref name="key"/> (Fibonacci hashing).</summary>
    private static int Bit(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 52);
}
