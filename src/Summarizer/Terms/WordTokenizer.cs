using System;
using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Summarizer;

/// <summary>
/// Splits text into words, numbers, web and e-mail addresses, hashtags and CJK character bigrams, as ranges into the
/// original text, without allocating.
/// </summary>
/// <remarks>
/// A word is a run of letters, digits and combining marks; an apostrophe between two letters stays inside the word
/// (<c>don't</c>), so does a hyphen between two letters or a letter and a digit (<c>state-of-the-art</c>,
/// <c>COVID-19</c>), and a period or comma between two digits stays inside the number (<c>3.14</c>, <c>1,000</c>).
/// Addresses that start with a scheme or <c>www.</c>, e-mail addresses and hashtags are single tokens; an HTML or
/// XML tag (<c>&lt;b&gt;</c>, <c>&lt;/p&gt;</c>, a subtitle's voice <c>&lt;v Dana Lee&gt;</c>) and an HTML comment
/// closed on its line are no tokens. Runs of Han,
/// Hiragana, Katakana, Hangul and Thai, which do not separate words by spaces, become overlapping character bigrams,
/// as in Lucene's CJK analyzer.
/// </remarks>
public static class WordTokenizer
{
    // Every ASCII character that can neither start nor continue a token ('#' may start a hashtag, '<' a tag that is
    // passed over): IsAsciiSeparator's.
    private static readonly SearchValues<char> s_asciiSeparators = SearchValues.Create(AsciiSeparators());

    /// <summary>Enumerates the tokens of <paramref name="text"/>.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>An enumerator of <see cref="Token"/> values in order.</returns>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>Whether <paramref name="c"/> is a letter, a decimal digit or a combining mark.</summary>
    internal static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : IsWordCharNonAscii(c);

    /// <summary>Whether <paramref name="c"/> belongs to a script written without spaces that is tokenized in bigrams.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsCjk(char c) => c >= '\u0E00' && IsCjkSlow(c);

    private static bool IsCjkSlow(char c) =>
        (uint)(c - 0x0E00) <= 0x7F          // Thai
        || (uint)(c - 0x1100) <= 0xFF       // Hangul Jamo
        || c is '\u3005' or '\u3006'         // ideographic iteration and closing marks
        || (uint)(c - 0x3040) <= 0xBF       // Hiragana, Katakana
        || (uint)(c - 0x3130) <= 0x5F       // Hangul compatibility Jamo
        || (uint)(c - 0x31F0) <= 0x0F       // Katakana phonetic extensions
        || (uint)(c - 0x3400) <= 0x19BF     // CJK extension A
        || (uint)(c - 0x4E00) <= 0x51FF     // CJK unified ideographs
        || (uint)(c - 0xAC00) <= 0x2BAF     // Hangul syllables
        || (uint)(c - 0xF900) <= 0x1FF      // CJK compatibility ideographs
        || (uint)(c - 0xFF66) <= 0x39       // half-width Katakana
        || (uint)(c - 0xD840) <= 0x7F;      // high surrogates of U+20000..U+3FFFF (CJK extensions B and later)

    private static bool IsWordCharNonAscii(char c)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber;
    }

    private static string AsciiSeparators()
    {
        var separators = new StringBuilder(128);
        for (char c = '\0'; c < (char)128; c++)
        {
            if (IsAsciiSeparator(c))
            {
                separators.Append(c);
            }
        }

        return separators.ToString();
    }

    /// <summary>Gaps of up to this many ASCII separators are stepped over one character at a time.</summary>
    private const int ShortGap = 4;

    // Bit c (of the low or the high word) is set for every ASCII character but the letters, the digits, '#' and '<'.
    private const ulong SeparatorsLow = ~((0x3FFUL << '0') | (1UL << '#') | (1UL << '<'));
    private const ulong SeparatorsHigh = ~((0x3FFFFFFUL << ('A' - 64)) | (0x3FFFFFFUL << ('a' - 64)));

    // Bit c is set for the ASCII characters after a word that may join it to what follows or make it an e-mail address.
    private const ulong JoinOrMailLow = (1UL << '\'') | (1UL << '-') | (1UL << '.') | (1UL << ',') | (1UL << '+') | (1UL << '%');
    private const ulong JoinOrMailHigh = (1UL << ('@' - 64)) | (1UL << ('_' - 64));

    /// <summary>Whether <paramref name="c"/> is an ASCII character that can neither start nor continue a token ('#' may start a hashtag, '&lt;' a tag).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiSeparator(char c) => c < 128 && (((c < 64 ? SeparatorsLow : SeparatorsHigh) >> (c & 63)) & 1) != 0;

    /// <summary>Whether the ASCII character <paramref name="c"/> after a word may join it to more (<c>'</c>, <c>-</c>, <c>.</c>, <c>,</c>) or start an e-mail address.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayJoinOrMail(char c) => (((c < 64 ? JoinOrMailLow : JoinOrMailHigh) >> (c & 63)) & 1) != 0;

    /// <summary>The end of the run of ASCII letters and digits from <paramref name="i"/>.</summary>
    /// <remarks>
    /// Eight characters are classified at once with two range compares: words average five to six characters, so this
    /// usually ends a word in one step, where a call to a vectorized search costs more than the word and a plain loop
    /// takes a compare and a branch per character.
    /// </remarks>
    private static int AsciiWordEnd(ReadOnlySpan<char> text, int i)
    {
        ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text);
        while (Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= units.Length)
        {
            Vector128<ushort> v = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
            Vector128<ushort> letter = Vector128.LessThanOrEqual((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
            Vector128<ushort> digit = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
            uint other = ~(letter | digit).ExtractMostSignificantBits() & 0xFF;
            if (other != 0)
            {
                return i + BitOperations.TrailingZeroCount(other);
            }

            i += Vector128<ushort>.Count;
        }

        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether a token that starts with a digit has only digits and inner separators.</summary>
    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (!char.IsDigit(c) && c is not '.' and not ',')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>The end of the hashtag that starts with the <c>#</c> at <paramref name="start"/>, or -1.</summary>
    private static int HashtagEnd(ReadOnlySpan<char> text, int start)
    {
        // "C#" and "&#39;" are not hashtags: the '#' must not follow a word character or an ampersand.
        if (start > 0 && (IsWordChar(text[start - 1]) || text[start - 1] is '&' or '#'))
        {
            return -1;
        }

        int i = start + 1;
        bool letter = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '_' || IsWordChar(c))
            {
                letter |= c != '_' && !char.IsDigit(c);
                i++;
            }
            else
            {
                break;
            }
        }

        // "#1" is a rank, not a hashtag.
        return letter ? i : -1;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> text, int start, string prefix) =>
        text.Length - start >= prefix.Length && text.Slice(start, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the '&lt;' at <paramref name="start"/> opens a tag by its name, letters, digits and hyphens after it or
    /// after "&lt;/" that end with a space, a slash or the closing bracket, or a comment ("&lt;!--"): not an address in
    /// angle brackets ("&lt;sam@mail.example&gt;", "&lt;https://example.com&gt;").
    /// </summary>
    private static bool IsTagName(ReadOnlySpan<char> text, int start)
    {
        int i = start + 1;
        if (i < text.Length && text[i] == '!')
        {
            return true;
        }

        i += i < text.Length && text[i] == '/' ? 1 : 0;
        int name = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return i > name && i < text.Length && (text[i] is '>' or '/' || SplitChars.IsWhiteSpace(text[i]));
    }

    /// <summary>The end of the web address that starts at <paramref name="start"/>, or -1.</summary>
    private static int UrlEnd(ReadOnlySpan<char> text, int start)
    {
        int i;
        if (StartsWithIgnoreCase(text, start, "https://"))
        {
            i = start + 8;
        }
        else if (StartsWithIgnoreCase(text, start, "http://"))
        {
            i = start + 7;
        }
        else if (StartsWithIgnoreCase(text, start, "ftp://"))
        {
            i = start + 6;
        }
        else if (StartsWithIgnoreCase(text, start, "www."))
        {
            i = start + 4;
        }
        else
        {
            return -1;
        }

        if (i >= text.Length || !IsWordChar(text[i]))
        {
            return -1;
        }

        int open = 0;
        int close = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c < 128)
            {
                if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`' or '\u007F')
                {
                    break;
                }

                open += c is '(' or '[' ? 1 : 0;
                close += c is ')' or ']' ? 1 : 0;
            }
            else if (!char.IsLetterOrDigit(c) || IsCjk(c))
            {
                break;
            }

            i++;
        }

        // Punctuation after an address belongs to the sentence; a closing bracket only when it closes nothing inside.
        while (true)
        {
            char last = text[i - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
            {
                i--;
            }
            else if (last is ')' or ']' && close > open)
            {
                close--;
                i--;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    /// <summary>
    /// The end of the e-mail address that starts at <paramref name="start"/>, or -1. <paramref name="localEnd"/> is
    /// where the run of local-part characters from <paramref name="start"/> ends: every start inside that run ends
    /// there too and gets the same answer, so a failed scan need not be repeated for them.
    /// </summary>
    private static int EmailEnd(ReadOnlySpan<char> text, int start, out int localEnd)
    {
        int at = start;
        while (at < text.Length && IsEmailLocalChar(text[at]))
        {
            at++;
        }

        localEnd = at;
        if (at >= text.Length || text[at] != '@' || text[at - 1] == '.')
        {
            return -1;
        }

        int domainStart = at + 1;
        int i = domainStart;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] is '.' or '-' && i > domainStart && text[i - 1] != '.')))
        {
            i++;
        }

        while (i > domainStart && text[i - 1] is '.' or '-')
        {
            i--;
        }

        // The domain needs a dot and a top-level label of at least two letters.
        int dot = text[domainStart..i].LastIndexOf('.');
        if (dot <= 0 || i - (domainStart + dot + 1) < 2)
        {
            return -1;
        }

        for (int k = domainStart + dot + 1; k < i; k++)
        {
            if (!char.IsAsciiLetter(text[k]))
            {
                return -1;
            }
        }

        return i;
    }

    /// <summary>Enumerates tokens; see <see cref="Enumerate(ReadOnlySpan{char})"/>.</summary>
    public ref struct TokenEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;

        // Words that start before this offset are no e-mail address: a scan from an earlier start in the same run of
        // local-part characters failed ("word.word.word..." would otherwise be scanned again at every word).
        private int _noMailBefore;

        // The end of the CJK run being cut into bigrams; _position < _cjkEnd while inside it.
        private int _cjkEnd;

        internal TokenEnumerator(ReadOnlySpan<char> text)
        {
            _text = text;
        }

        /// <summary>The token at the current position.</summary>
        public Token Current { get; private set; }

        /// <summary>Returns this enumerator.</summary>
        /// <returns>This enumerator.</returns>
        public readonly TokenEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next token.</summary>
        /// <returns>False when there are no more tokens.</returns>
        public bool MoveNext()
        {
            ReadOnlySpan<char> text = _text;
            int i = _position;
            if (i < _cjkEnd)
            {
                NextBigram(i);
                return true;
            }

            char c;
            while (true)
            {
                // Most gaps are a space or a mark and a space before a word: step over them without a search, and
                // search only from a longer run.
                int limit = Math.Min(text.Length, i + ShortGap);
                while (i < limit && IsAsciiSeparator(text[i]))
                {
                    i++;
                }

                if (i == limit)
                {
                    int skip = i == text.Length ? -1 : text[i..].IndexOfAnyExcept(s_asciiSeparators);
                    if (skip < 0)
                    {
                        _position = text.Length;
                        return false;
                    }

                    i += skip;
                }

                c = text[i];
                if (c < 128)
                {
                    if (c == '<')
                    {
                        // Markup is no word: "<b>", "</p>", a subtitle's voice "<v Dana Lee>", "<!-- TODO -->".
                        int tagEnd = IsTagName(text, i) ? SplitMarkup.TagEnd(text, i) : -1;
                        if (tagEnd > 0)
                        {
                            i = tagEnd;
                            continue;
                        }
                    }
                    else if (c != '#')
                    {
                        break;
                    }
                    else if (HashtagEnd(text, i) is > 0 and int end)
                    {
                        return Emit(i, end, TokenKind.Hashtag);
                    }
                }
                else if (IsCjk(c))
                {
                    int end = i + 1;
                    while (end < text.Length && IsCjk(text[end]))
                    {
                        end++;
                    }

                    // A supplementary ideograph ends in its low surrogate, which is not in the ranges above.
                    while (end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]))
                    {
                        end++;
                        while (end < text.Length && IsCjk(text[end]))
                        {
                            end++;
                        }
                    }

                    _cjkEnd = end;
                    NextBigram(i);
                    return true;
                }
                else if (IsWordCharNonAscii(c))
                {
                    break;
                }

                i++;
            }

            int start = i;

            // "http", "ftp" and "www" are the only starts of an address; most words fail on the second letter.
            if (c is 'h' or 'H' or 'f' or 'F' or 'w' or 'W' && i + 4 < text.Length && (text[i + 1] | 0x20) is 't' or 'w')
            {
                int end = UrlEnd(text, start);
                if (end > 0)
                {
                    return Emit(start, end, TokenKind.Url);
                }
            }

            i++;
            while (true)
            {
                i = AsciiWordEnd(text, i);

                if (i == text.Length)
                {
                    c = '\0';
                    break;
                }

                c = text[i];
                if (c < 128 && !MayJoinOrMail(c))
                {
                    // A space or a mark that ends the word (the most common case): no rule below applies.
                    return EmitWord(start, i);
                }

                if ((c >= 128 && IsWordCharNonAscii(c) && !IsCjk(c)) || (i + 1 < text.Length && Joins(c, text[i - 1], text[i + 1])))
                {
                    i++;
                    continue;
                }

                if (c == '-' && WordBreaks.LineBreakContinuation(text, i) is > 0 and int rest)
                {
                    // A word broken at the end of its line goes on on the next: "com-\npany" is one word.
                    i = rest;
                    continue;
                }

                break;
            }

            // An address needs an '@' after the word's marks: a mark followed by neither a local-part character nor an
            // '@' (a full stop before a space, the most common case) cannot start one, so the word is not scanned again.
            if (start >= _noMailBefore && i < text.Length
                && (c == '@' || (c is '.' or '_' or '+' or '%' or '-' && i + 1 < text.Length && (text[i + 1] == '@' || IsEmailLocalChar(text[i + 1])))))
            {
                int end = EmailEnd(text, start, out int localEnd);
                if (end > 0)
                {
                    return Emit(start, end, TokenKind.Email);
                }

                _noMailBefore = localEnd;
            }

            return EmitWord(start, i);
        }

        /// <summary>Emits the word or number from <paramref name="start"/> to <paramref name="end"/>.</summary>
        private bool EmitWord(int start, int end) =>
            Emit(start, end, char.IsDigit(_text[start]) && IsNumber(_text[start..end]) ? TokenKind.Number : TokenKind.Word);

        private bool Emit(int start, int end, TokenKind kind)
        {
            _position = end;
            Current = new Token(start, end - start, kind);
            return true;
        }

        private static bool Joins(char c, char before, char after)
        {
            if (c is '\'' or '\u2019')
            {
                return char.IsLetter(before) && char.IsLetter(after) && !IsCjk(after);
            }

            if (IsHyphen(c))
            {
                // "state-of-the-art" and "COVID-19" are one token; "1990-2000" is a range of two numbers.
                return char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after) && !IsCjk(after)
                    && !(char.IsDigit(before) && char.IsDigit(after));
            }

            if (c == '\u00B7')
            {
                // Catalan's "ela geminada": "col·legi", "il·lusió" are one word.
                return before is 'l' or 'L' && after is 'l' or 'L';
            }

            if (c is '\u00AD' or '\u2060')
            {
                // A soft hyphen, where a web page may break a word, or a word joiner: "infor\u00ADmation" is one word.
                return char.IsLetter(before) && char.IsLetter(after);
            }

            return c is '.' or ',' && char.IsDigit(before) && char.IsDigit(after);
        }

        /// <summary>Emits the bigram (or, for a run of one character, the character) at <paramref name="i"/>.</summary>
        private void NextBigram(int i)
        {
            ReadOnlySpan<char> text = _text;
            int end = _cjkEnd;
            int first = CharWidth(text, i, end);
            if (i + first >= end)
            {
                _position = end;
                Current = new Token(i, end - i, TokenKind.Cjk);
                return;
            }

            int second = CharWidth(text, i + first, end);
            Current = new Token(i, first + second, TokenKind.Cjk);
            _position = i + first + second >= end ? end : i + first;
        }

        private static int CharWidth(ReadOnlySpan<char> text, int i, int end) =>
            i + 1 < end && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
    }
}
