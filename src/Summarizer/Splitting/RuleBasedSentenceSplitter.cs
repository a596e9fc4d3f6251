using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// A rule-based sentence splitter: terminators followed by white space and a sentence start, abbreviations and
/// initials that do not end a sentence, blank-line paragraphs, and lines without final punctuation as headings.
/// </summary>
/// <remarks>Allocates nothing per sentence when enumerated with <see cref="EnumerateSentences(ReadOnlySpan{char})"/>.</remarks>
public sealed class RuleBasedSentenceSplitter : SentenceSplitter
{
    private static readonly FrozenSet<string> s_englishAbbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "jr", "sr", "vs", "etc", "inc", "corp",
        "ltd", "co", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "e.g", "i.e", "u.s", "u.k", "a.m", "p.m", "fig", "approx", "dept", "est", "mt", "capt", "col", "lt", "sgt");

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;

    private RuleBasedSentenceSplitter(FrozenSet<string> abbreviations)
    {
        _abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The English splitter.</summary>
    public static RuleBasedSentenceSplitter English { get; } = new(s_englishAbbreviations);

    /// <summary>Enumerates the segments of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>An enumerator of <see cref="SentenceSpan"/> values in reading order.</returns>
    public SentenceEnumerator EnumerateSentences(ReadOnlySpan<char> text) => new(this, text);

    /// <inheritdoc/>
    public override void Split(ReadOnlySpan<char> text, ICollection<SentenceSpan> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        foreach (SentenceSpan sentence in EnumerateSentences(text))
        {
            destination.Add(sentence);
        }
    }

    internal bool IsAbbreviation(ReadOnlySpan<char> word) => _abbreviations.Contains(word);

    /// <summary>Enumerates the segments of a text; see <see cref="EnumerateSentences(ReadOnlySpan{char})"/>.</summary>
    public ref struct SentenceEnumerator
    {
        private readonly RuleBasedSentenceSplitter _splitter;
        private readonly ReadOnlySpan<char> _text;
        private int _position;
        private int _paragraph;
        private bool _emitted;

        internal SentenceEnumerator(RuleBasedSentenceSplitter splitter, ReadOnlySpan<char> text)
        {
            _splitter = splitter;
            _text = text;
        }

        /// <summary>The segment at the current position.</summary>
        public SentenceSpan Current { get; private set; }

        /// <summary>Returns this enumerator.</summary>
        /// <returns>This enumerator.</returns>
        public readonly SentenceEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next segment.</summary>
        /// <returns>False when there are no more segments.</returns>
        public bool MoveNext()
        {
            ReadOnlySpan<char> text = _text;
            int i = _position;
            int newlines = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                if (text[i] == '\n')
                {
                    newlines++;
                }

                i++;
            }

            if (i >= text.Length)
            {
                _position = text.Length;
                return false;
            }

            if (newlines >= 2 && _emitted)
            {
                _paragraph++;
            }

            int start = i;
            bool atLineStart = start == 0 || newlines > 0 || IsLineStart(text, start);
            if (atLineStart && ListMarkerLength(text[start..]) > 0)
            {
                int lineEnd = text[start..].IndexOf('\n');
                int end = lineEnd < 0 ? text.Length : start + lineEnd;
                return Emit(start, end, SentenceKind.ListItem);
            }

            bool singleLine = true;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '\n')
                {
                    int lineEnd = TrimEnd(text, start, i);
                    int next = i + 1;
                    int blank = 0;
                    while (next < text.Length && char.IsWhiteSpace(text[next]))
                    {
                        if (text[next] == '\n')
                        {
                            blank++;
                        }

                        next++;
                    }

                    bool paragraphEnds = blank > 0 || next >= text.Length;
                    bool continues = !paragraphEnds && char.IsLower(text[next]) && ListMarkerLength(text[next..]) == 0;
                    if (!continues)
                    {
                        SentenceKind kind = singleLine && !EndsWithTerminator(text, start, lineEnd)
                            ? SentenceKind.Heading
                            : SentenceKind.Sentence;
                        return Emit(start, lineEnd, kind);
                    }

                    singleLine = false;
                    i = next;
                    continue;
                }

                if (c is '.' or '!' or '?' or '\u2026')
                {
                    int k = i + 1;
                    while (k < text.Length && (text[k] is '.' or '!' or '?' or '\u2026' || IsCloser(text[k])))
                    {
                        k++;
                    }

                    if (k >= text.Length)
                    {
                        return Emit(start, k, SentenceKind.Sentence);
                    }

                    if (char.IsWhiteSpace(text[k]) && IsBoundary(text, start, i, k))
                    {
                        return Emit(start, k, SentenceKind.Sentence);
                    }

                    i = k;
                    continue;
                }

                i++;
            }

            int last = TrimEnd(text, start, text.Length);
            SentenceKind lastKind = singleLine && !EndsWithTerminator(text, start, last)
                ? SentenceKind.Heading
                : SentenceKind.Sentence;
            return Emit(start, last, lastKind);
        }

        private bool Emit(int start, int end, SentenceKind kind)
        {
            end = TrimEnd(_text, start, end);
            Current = new SentenceSpan(start, end - start, _paragraph, kind);
            _position = end;
            _emitted = true;
            return true;
        }

        private readonly bool IsBoundary(ReadOnlySpan<char> text, int start, int terminator, int after)
        {
            int next = after;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length)
            {
                return true;
            }

            char following = text[next];
            if (char.IsLower(following))
            {
                return false;
            }

            if (text[terminator] != '.' || after != terminator + 1)
            {
                return true;
            }

            // The word before the period: an abbreviation or a single initial does not end the sentence.
            int wordStart = terminator;
            while (wordStart > start && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            ReadOnlySpan<char> word = text[wordStart..terminator];
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return false;
            }

            return !_splitter.IsAbbreviation(word);
        }

        private static bool IsLineStart(ReadOnlySpan<char> text, int index)
        {
            for (int j = index - 1; j >= 0; j--)
            {
                if (text[j] == '\n')
                {
                    return true;
                }

                if (!char.IsWhiteSpace(text[j]))
                {
                    return false;
                }
            }

            return true;
        }

        private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private static bool EndsWithTerminator(ReadOnlySpan<char> text, int start, int end)
        {
            int j = end - 1;
            while (j >= start && IsCloser(text[j]))
            {
                j--;
            }

            return j >= start && text[j] is '.' or '!' or '?' or '\u2026' or ':' or ';';
        }

        private static bool IsCloser(char c) =>
            c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB';

        private static int ListMarkerLength(ReadOnlySpan<char> line)
        {
            if (line.Length >= 2 && line[0] is '-' or '*' or '\u2022' && line[1] == ' ')
            {
                return 2;
            }

            int digits = 0;
            while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' '
                ? digits + 2
                : 0;
        }
    }
}
