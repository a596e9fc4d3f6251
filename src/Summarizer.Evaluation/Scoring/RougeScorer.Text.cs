using System;
using System.Buffers;
using System.Collections.Generic;

namespace Summarizer.Evaluation;

/// <summary>Turning text into sentences of term ids, with each mode's normalization and ROUGE-1.5.5's limits.</summary>
public sealed partial class RougeScorer
{
    internal PreparedText Prepare(string text)
    {
        List<ReadOnlyMemory<char>> lines = [];
        AddLines(text.AsMemory(), lines);
        return Prepare(lines);
    }

    internal PreparedText Prepare(IReadOnlyList<string> sentences)
    {
        List<ReadOnlyMemory<char>> lines = new(sentences.Count);
        for (int i = 0; i < sentences.Count; i++)
        {
            string sentence = sentences[i] ?? throw new ArgumentNullException(nameof(sentences), "A sentence is null.");
            AddLines(sentence.AsMemory(), lines);
        }

        return Prepare(lines);
    }

    /// <summary>Prepares one sentence alone, ignoring limits (the oracle's building block).</summary>
    internal int[] TokenizeSentence(string sentence)
    {
        List<ReadOnlyMemory<char>> lines = [];
        AddLines(sentence.AsMemory(), lines);
        return Tokenize(lines).Tokens;
    }

    /// <summary>Splits at '\n' and drops empty lines, as both reference implementations do.</summary>
    private static void AddLines(ReadOnlyMemory<char> text, List<ReadOnlyMemory<char>> lines)
    {
        ReadOnlySpan<char> span = text.Span;
        int start = 0;
        while (start <= span.Length)
        {
            int newline = span[start..].IndexOf('\n');
            int end = newline < 0 ? span.Length : start + newline;
            if (end > start)
            {
                lines.Add(text[start..end]);
            }

            if (newline < 0)
            {
                break;
            }

            start = end + 1;
        }
    }

    private PreparedText Prepare(List<ReadOnlyMemory<char>> lines)
    {
        if (_wordLimit > 0)
        {
            TokenizedText limited = Tokenize(LimitWords(lines, _wordLimit));
            return new PreparedText(limited, limited);
        }

        if (_byteLimit > 0)
        {
            return new PreparedText(Tokenize(LimitBytes(lines, _byteLimit)), Tokenize(LimitBytesPerSentence(lines, _byteLimit)));
        }

        TokenizedText tokens = Tokenize(lines);
        return new PreparedText(tokens, tokens);
    }

    private TokenizedText Tokenize(List<ReadOnlyMemory<char>> lines)
    {
        if (lines.Count == 0)
        {
            return TokenizedText.Empty;
        }

        int longest = 0;
        foreach (ReadOnlyMemory<char> line in lines)
        {
            longest = Math.Max(longest, line.Length);
        }

        List<int> tokens = new(longest);
        int[] starts = new int[lines.Count + 1];
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(longest, 1));
        try
        {
            for (int i = 0; i < lines.Count; i++)
            {
                starts[i] = tokens.Count;
                TokenizeLine(lines[i].Span, buffer, tokens);
            }

            starts[lines.Count] = tokens.Count;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return new TokenizedText(tokens.ToArray(), starts);
    }

    /// <summary>
    /// Lower-cases and keeps runs of [a-z0-9]; everything else separates tokens. rouge_score lower-cases with
    /// Python's full Unicode mapping, under which only U+0130 (to "i" + a combining dot) and U+212A (Kelvin sign, to
    /// "k") become ASCII letters; ROUGE-1.5.5 reads bytes and lower-cases A-Z only.
    /// </summary>
    private void TokenizeLine(ReadOnlySpan<char> line, char[] buffer, List<int> tokens)
    {
        bool unicodeLower = _mode == RougeMode.RougeScore;
        int length = 0;
        foreach (char ch in line)
        {
            char mapped;
            bool endsToken = false;
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                mapped = ch;
            }
            else if (ch is >= 'A' and <= 'Z')
            {
                mapped = (char)(ch + ('a' - 'A'));
            }
            else if (unicodeLower && ch == '\u0130')
            {
                mapped = 'i';
                endsToken = true;
            }
            else if (unicodeLower && ch == '\u212A')
            {
                mapped = 'k';
            }
            else
            {
                Flush(buffer.AsSpan(0, length), tokens);
                length = 0;
                continue;
            }

            buffer[length++] = mapped;
            if (endsToken)
            {
                Flush(buffer.AsSpan(0, length), tokens);
                length = 0;
            }
        }

        Flush(buffer.AsSpan(0, length), tokens);
    }

    private void Flush(ReadOnlySpan<char> token, List<int> tokens)
    {
        if (token.IsEmpty)
        {
            return;
        }

        int id = TermId(token);
        if (id >= 0)
        {
            tokens.Add(id);
        }
    }

    private static bool IsPerlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>
    /// ROUGE-1.5.5 <c>-l</c>: whole lines while the running word count stays below the limit, then the first words
    /// of the line that reaches it. Words are Perl's <c>split(/\s+/)</c> fields, where leading whitespace yields an
    /// empty first field that counts.
    /// </summary>
    private static List<ReadOnlyMemory<char>> LimitWords(List<ReadOnlyMemory<char>> lines, int limit)
    {
        List<ReadOnlyMemory<char>> kept = [];
        int used = 0;
        foreach (ReadOnlyMemory<char> line in lines)
        {
            int count = PerlFieldCount(line.Span);
            if (used + count < limit)
            {
                kept.Add(line);
                used += count;
                continue;
            }

            kept.Add(line[..PerlFieldsPrefixLength(line.Span, limit - used)]);
            break;
        }

        return kept;
    }

    private static int PerlFieldCount(ReadOnlySpan<char> s)
    {
        int runs = 0;
        bool inRun = false;
        foreach (char c in s)
        {
            bool space = IsPerlSpace(c);
            if (!space && !inRun)
            {
                runs++;
            }

            inRun = !space;
        }

        return runs > 0 && s.Length > 0 && IsPerlSpace(s[0]) ? runs + 1 : runs;
    }

    /// <summary>The length of the prefix of <paramref name="s"/> that ends with its first <paramref name="fields"/> fields.</summary>
    private static int PerlFieldsPrefixLength(ReadOnlySpan<char> s, int fields)
    {
        int remaining = fields;
        int i = 0;
        if (s.Length > 0 && IsPerlSpace(s[0]))
        {
            remaining--; // the empty leading field
        }

        while (remaining > 0 && i < s.Length)
        {
            while (i < s.Length && IsPerlSpace(s[i]))
            {
                i++;
            }

            while (i < s.Length && !IsPerlSpace(s[i]))
            {
                i++;
            }

            remaining--;
        }

        return i;
    }

    /// <summary>ROUGE-1.5.5 <c>-b</c> for n-grams: whole lines while the running byte count stays below the limit, then the rest of the budget.</summary>
    private static List<ReadOnlyMemory<char>> LimitBytes(List<ReadOnlyMemory<char>> lines, int limit)
    {
        List<ReadOnlyMemory<char>> kept = [];
        int used = 0;
        foreach (ReadOnlyMemory<char> line in lines)
        {
            int bytes = Utf8Length(line.Span);
            if (used + bytes < limit)
            {
                kept.Add(line);
                used += bytes;
                continue;
            }

            kept.Add(line[..Utf8PrefixLength(line.Span, limit - used)]);
            break;
        }

        return kept;
    }

    /// <summary>
    /// ROUGE-1.5.5 <c>-b</c> for ROUGE-L (<c>readText_LCS</c>): the script never adds to its running count there, so
    /// every line shorter than the limit is kept whole, and the first line that is not is cut to the limit.
    /// </summary>
    private static List<ReadOnlyMemory<char>> LimitBytesPerSentence(List<ReadOnlyMemory<char>> lines, int limit)
    {
        List<ReadOnlyMemory<char>> kept = [];
        foreach (ReadOnlyMemory<char> line in lines)
        {
            if (Utf8Length(line.Span) < limit)
            {
                kept.Add(line);
                continue;
            }

            kept.Add(line[..Utf8PrefixLength(line.Span, limit)]);
            break;
        }

        return kept;
    }

    private static int Utf8Length(ReadOnlySpan<char> s)
    {
        _ = Utf8PrefixLength(s, int.MaxValue, out int bytes);
        return bytes;
    }

    private static int Utf8PrefixLength(ReadOnlySpan<char> s, int budget) => Utf8PrefixLength(s, budget, out _);

    /// <summary>The number of chars whose UTF-8 encoding fits in <paramref name="budget"/> bytes (a cut character is dropped; it is never alphanumeric).</summary>
    private static int Utf8PrefixLength(ReadOnlySpan<char> s, int budget, out int bytes)
    {
        bytes = 0;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            int width;
            int chars = 1;
            if (c < 0x80)
            {
                width = 1;
            }
            else if (c < 0x800)
            {
                width = 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                width = 4;
                chars = 2;
            }
            else
            {
                width = 3;
            }

            if ((long)bytes + width > budget)
            {
                break;
            }

            bytes += width;
            i += chars;
        }

        return i;
    }
}
