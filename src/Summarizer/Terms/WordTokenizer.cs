using System;
using System.Globalization;

namespace Summarizer;

/// <summary>
/// Splits text into word and number tokens, as ranges into the original text, without allocating.
/// </summary>
/// <remarks>
/// A word is a run of letters, digits and combining marks; an apostrophe or hyphen between two letters stays inside
/// the word (<c>don't</c>, <c>state-of-the-art</c>); a period or comma between two digits stays inside the number.
/// </remarks>
public static class WordTokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/>.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>An enumerator of <see cref="Token"/> values in order.</returns>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    internal static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>Enumerates tokens; see <see cref="Enumerate(ReadOnlySpan{char})"/>.</summary>
    public ref struct TokenEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;

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
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                _position = text.Length;
                return false;
            }

            int start = i;
            bool allDigits = true;
            while (i < text.Length)
            {
                char c = text[i];
                if (IsWordChar(c))
                {
                    allDigits &= char.IsDigit(c);
                    i++;
                    continue;
                }

                bool joins = i + 1 < text.Length && i > start && (
                    (c is '\'' or '\u2019' or '-' or '\u2010' && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])) ||
                    (c is '.' or ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));
                if (!joins)
                {
                    break;
                }

                i++;
            }

            _position = i;
            Current = new Token(start, i - start, allDigits ? TokenKind.Number : TokenKind.Word);
            return true;
        }
    }
}
