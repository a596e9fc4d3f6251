using System;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// Text written into Markdown so that it reads as the text it is: what a CommonMark or GitHub renderer would interpret
/// is escaped with a backslash, and nothing else, so that ordinary prose stays as it was. Interpreted are raw HTML and
/// entity references (<c>&lt;img ...&gt;</c>, <c>&amp;lt;</c>), emphasis, code, links and strikethrough
/// (<c>* _ ` [ ~</c>, and <c>\</c> itself), and, at the start of a line, headings, quotes, rules, setext underlines,
/// lists and indented code.
/// </summary>
/// <remarks>
/// An intraword <c>_</c> (<c>snake_case</c>) and a <c>&lt;</c> or <c>&amp;</c> that cannot start a tag or an entity
/// are left alone, as are a text's own list markers where the caller keeps its layout (<c>--highlight</c>), so that its
/// lists stay lists.
/// </remarks>
internal static class MarkdownText
{
    /// <summary>
    /// Appends <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, escaped, and returns
    /// whether what follows starts a line.
    /// </summary>
    /// <param name="builder">Where the text goes.</param>
    /// <param name="text">The whole text: what comes after <paramref name="end"/> decides whether a marker is one.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="end">Where to stop.</param>
    /// <param name="lineStart">Whether <paramref name="start"/> begins a line of the Markdown output.</param>
    /// <param name="keepListMarkers">Whether a list marker at the start of a line stays one (the text's layout is kept); else it is escaped.</param>
    /// <param name="oneLine">Whether line breaks (LF, CR, CR LF, U+2028) become spaces, or nothing after a word hyphenated at the end of its line (<see cref="TextOutput.JoinLines"/>): a heading, a list item, a keyword.</param>
    /// <param name="literal">Whether the text is Markdown already (a <c>.md</c> input), whose markup is kept: nothing is escaped.</param>
    /// <param name="broken">With <paramref name="oneLine"/>, the words hyphenated at a line's end that print whole (<see cref="TextOutput.JoinLines"/>).</param>
    public static bool Append(StringBuilder builder, string text, int start, int end, bool lineStart, bool keepListMarkers = false, bool oneLine = false, bool literal = false, BrokenWords? broken = null)
    {
        if (literal)
        {
            for (int k = start; k < end; k++)
            {
                if (oneLine && text[k] is '\r' or '\n' or '\u2028')
                {
                    k = TextOutput.JoinLines(builder, text, k, end, broken) - 1;
                    lineStart = false;
                    continue;
                }

                char printed = ControlCharacters.Printable(text[k], k + 1 < text.Length ? text[k + 1] : '\0');
                builder.Append(printed);
                lineStart = printed is '\r' or '\n';
            }

            return lineStart;
        }

        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (oneLine && c is '\r' or '\n' or '\u2028')
            {
                i = TextOutput.JoinLines(builder, text, i, end, broken);
                lineStart = false;
                continue;
            }

            if (c is '\r' or '\n')
            {
                // A carriage return that ends no line would move a terminal's cursor back over the line.
                char printed = ControlCharacters.Printable(c, i + 1 < text.Length ? text[i + 1] : '\0');
                builder.Append(printed);
                lineStart = printed is '\r' or '\n';
                i++;
                continue;
            }

            if (lineStart)
            {
                lineStart = false;
                int indent = i;
                while (indent < end && text[indent] is ' ' or '\t')
                {
                    indent++;
                }

                // Four columns of indentation would make a code block, where nothing (not even an escape) is read.
                if (indent > i)
                {
                    builder.Append(' ', Math.Min(indent - i, 3));
                    i = indent;
                    lineStart = true;
                    continue;
                }

                int marker = keepListMarkers ? ListMarkerLength(text, i, text.Length) : 0;
                if (marker > 0 && i + marker <= end)
                {
                    // The item's content starts a block of its own: "- # x" would be a heading in a list item.
                    builder.Append(text, i, marker);
                    i += marker;
                    lineStart = true;
                    continue;
                }

                i = AppendLineStart(builder, text, i);
                continue;
            }

            if (NeedsEscape(text, i))
            {
                builder.Append('\\');
            }

            builder.Append(ControlCharacters.Printable(c, i + 1 < text.Length ? text[i + 1] : '\0'));
            i++;
        }

        return lineStart;
    }

    /// <summary>Appends a heading line, <c># TITLE</c>, whose text stays the heading's (a trailing <c> #</c> would be dropped as a closing sequence).</summary>
    public static void AppendHeading(StringBuilder builder, string title, bool literal = false)
    {
        builder.Append("# ");
        if (literal)
        {
            Append(builder, title, 0, title.Length, lineStart: true, oneLine: true, literal: true);
            return;
        }

        int end = title.AsSpan().TrimEnd().Length;
        int closing = end;
        while (closing > 0 && title[closing - 1] == '#')
        {
            closing--;
        }

        if (closing < end && (closing == 0 || title[closing - 1] is ' ' or '\t'))
        {
            Append(builder, title, 0, closing, lineStart: true, oneLine: true);
            builder.Append('\\');
            Append(builder, title, closing, title.Length, lineStart: false, oneLine: true);
        }
        else
        {
            Append(builder, title, 0, title.Length, lineStart: true, oneLine: true);
        }
    }

    /// <summary>
    /// The length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") with its spaces at <paramref name="start"/>, when
    /// text follows it before <paramref name="end"/>; 0 for none.
    /// </summary>
    public static int ListMarkerLength(string text, int start, int end)
    {
        int i = start;
        if (i < end && text[i] is '-' or '*' or '+')
        {
            i++;
        }
        else
        {
            // CommonMark: at most nine digits.
            while (i < end && i - start < 10 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start || i - start > 9 || i >= end || text[i] is not ('.' or ')'))
            {
                return 0;
            }

            i++;
        }

        int marker = i;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        // Five spaces or more would open a code block in the item; "* * *" is a thematic break, not a list.
        if (i - marker > 4 || IsThematicBreak(text, start))
        {
            return 0;
        }

        return i > marker && i < end && text[i] is not ('\r' or '\n') ? i - start : 0;
    }

    /// <summary>Whether the line at <paramref name="start"/> is three or more of one of <c>* - _</c> with spaces only ("* * *", "- - -").</summary>
    private static bool IsThematicBreak(string text, int start)
    {
        char mark = text[start];
        if (mark is not ('*' or '-' or '_'))
        {
            return false;
        }

        int count = 0;
        for (int i = start; i < text.Length && text[i] is not ('\r' or '\n'); i++)
        {
            if (text[i] == mark)
            {
                count++;
            }
            else if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>Appends the character at a line's start, escaped when it would start a block; returns where to go on.</summary>
    private static int AppendLineStart(StringBuilder builder, string text, int i)
    {
        char c = text[i];
        char next = i + 1 < text.Length ? text[i + 1] : '\n';
        bool endsMarker = next is ' ' or '\t' or '\r' or '\n';
        switch (c)
        {
            case '#' when endsMarker || next == '#':
            case '>' or '=':
            case '-' or '+' when endsMarker || next == c:
                builder.Append('\\').Append(c);
                return i + 1;
        }

        // An ordered list marker: the digits stay, the '.' or ')' after them is escaped.
        int digits = i;
        while (digits < text.Length && digits - i < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > i && digits - i <= 9 && digits < text.Length && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t' or '\r' or '\n'))
        {
            builder.Append(text, i, digits - i).Append('\\').Append(text[digits]);
            return digits + 1;
        }

        if (NeedsEscape(text, i))
        {
            builder.Append('\\');
        }

        builder.Append(ControlCharacters.Printable(c, next));
        return i + 1;
    }

    /// <summary>
    /// Whether the character at <paramref name="i"/> would be read as Markdown or HTML anywhere in a line. In a bare URL
    /// ("https://en.wikipedia.org/wiki/Python_(language)", "~smith") <c>_ ~ *</c> are left alone: renderers link the
    /// URL as written, and an escape would become part of the link.
    /// </summary>
    private static bool NeedsEscape(string text, int i) => text[i] switch
    {
        '\\' or '`' or '[' => true,
        '*' or '~' => !InUrl(text, i),
        '_' => !(i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) && !InUrl(text, i),
        '<' => i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'),
        '&' => IsEntityReference(text, i),
        _ => false,
    };

    /// <summary>Whether <paramref name="i"/> lies in a bare URL: a run without white space that starts with a scheme ("https://") or "www.".</summary>
    private static bool InUrl(string text, int i)
    {
        int start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && i - start < 2048)
        {
            start--;
        }

        while (start < i && text[start] is '(' or '<' or '"' or '\'')
        {
            start++;
        }

        ReadOnlySpan<char> token = text.AsSpan(start, i - start);
        return token.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || token.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || token.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether an entity or character reference (<c>&amp;amp;</c>, <c>&amp;#60;</c>, <c>&amp;#x3C;</c>) starts at <paramref name="i"/>.</summary>
    private static bool IsEntityReference(string text, int i)
    {
        int j = i + 1;
        if (j < text.Length && text[j] == '#')
        {
            j++;
        }

        int name = j;
        while (j < text.Length && j - name <= 32 && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        return j > name && j < text.Length && text[j] == ';';
    }
}
