using System;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// The character references that text exported from a web database or a shop's CMS leaves in a plain-text or Markdown
/// document ("&amp;quot;Proper pub&amp;quot; &amp;ndash; 5/5", "Skylark&amp;#8217;s", "ATR&amp;nbsp;42"), decoded as
/// CommonMark decodes them in Markdown: the well-formed ones only (<see cref="HtmlEntities.AppendWellFormed"/>), and
/// not in code (a code span, a fenced code block, a block of indented code), which keeps them as written.
/// </summary>
/// <remarks>
/// Done on input, so that the terms read the characters, not "quot" and "amp", which would link every line that holds
/// one; offsets then index the decoded text, as they index a web page's extracted text. A data set's documents (JSON
/// lines, CSV) are not decoded: their text is scored as given.
/// </remarks>
internal static class CharacterReferences
{
    /// <summary><paramref name="text"/> with its well-formed character references decoded outside code; the same string when it has none.</summary>
    public static string Decode(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var fences = default(CodeFences);
        bool afterBlank = true;
        int line = 0;
        while (line < text.Length)
        {
            int lineEnd = SplitMarkup.LineEnd(text, line);
            int first = SplitChars.SkipSpaces(text, line);
            int codeEnd = first - line <= 3 ? SplitMarkup.CodeBlockEnd(text, first, ref fences) : -1;
            if (codeEnd < 0 && afterBlank && first < lineEnd)
            {
                codeEnd = SplitMarkup.IndentedCodeEnd(text, first);
            }

            // A block of indented code ends after its last line's text, where trailing spaces may follow.
            int next = codeEnd >= 0 ? SplitMarkup.LineEnd(text, codeEnd) : lineEnd;
            if (codeEnd >= 0)
            {
                builder.Append(text.AsSpan(line, next - line));
            }
            else
            {
                AppendLine(builder, text.AsSpan(line, next - line));
            }

            afterBlank = codeEnd < 0 && first >= lineEnd;
            int following = next < text.Length && text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? next + 2 : next + 1;
            builder.Append(text.AsSpan(next, Math.Min(following, text.Length) - next));
            line = following;
        }

        // An ampersand that opens no reference ("AT&T") leaves the text as it is: the same string, so that nothing says
        // it was decoded.
        string decoded = builder.ToString();
        return decoded == text ? text : decoded;
    }

    /// <summary>Appends a line with its references decoded, its code spans ("`&amp;amp;`") as written.</summary>
    private static void AppendLine(StringBuilder builder, ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length)
        {
            int mark = line[k..].IndexOfAny('&', '`');
            if (mark < 0)
            {
                builder.Append(line[k..]);
                return;
            }

            mark += k;
            builder.Append(line[k..mark]);
            if (line[mark] == '&')
            {
                int used = HtmlEntities.AppendWellFormed(builder, line[(mark + 1)..]);
                if (used == 0)
                {
                    builder.Append('&');
                }

                k = mark + 1 + used;
                continue;
            }

            int run = 1;
            while (mark + run < line.Length && line[mark + run] == '`')
            {
                run++;
            }

            int close = CodeSpanClose(line, mark + run, run);
            k = close >= 0 ? close + run : mark + run;
            builder.Append(line[mark..k]);
        }
    }

    /// <summary>Where the run of exactly <paramref name="run"/> backticks that closes a code span starts, from <paramref name="from"/>, or -1.</summary>
    private static int CodeSpanClose(ReadOnlySpan<char> line, int from, int run)
    {
        int k = from;
        while (k < line.Length)
        {
            int tick = line[k..].IndexOf('`');
            if (tick < 0)
            {
                return -1;
            }

            tick += k;
            int end = tick;
            while (end < line.Length && line[end] == '`')
            {
                end++;
            }

            if (end - tick == run)
            {
                return tick;
            }

            k = end;
        }

        return -1;
    }
}
