using System;
using System.Buffers;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// Control characters in the command's text output (text, markdown, highlight, split's lines, headers): C0 controls
/// but tab and line feed, DEL and C1 controls never reach the reader. A carriage return alone (old Mac line ends)
/// becomes a line feed; other whitespace among them (a vertical tab, a form feed, NEL) a space; the others U+FFFD, so
/// that what was there stays visible.
/// </summary>
/// <remarks>
/// Done on output, for every text format and not only for a terminal: an escape sequence from a page (<c>&amp;#27;]0;title&amp;#7;</c>)
/// or a file (raw ESC bytes) would retitle or recolour a terminal, and output redirected to a file reaches one later
/// (<c>cat</c>, <c>less -R</c>); no sentence means anything by them. Not on input: the text keeps them, so that JSON's
/// offsets index the input as it is, and JSON escapes them (<c>\u001B</c>).
/// </remarks>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> s_controls = SearchValues.Create(Controls());

    /// <summary>Whether <paramref name="text"/> holds a control character that output replaces.</summary>
    public static bool Any(ReadOnlySpan<char> text) => text.ContainsAny(s_controls);

    /// <summary>Appends <paramref name="text"/> with its control characters replaced.</summary>
    public static StringBuilder AppendPrintable(this StringBuilder builder, ReadOnlySpan<char> text)
    {
        int at;
        while ((at = text.IndexOfAny(s_controls)) >= 0)
        {
            builder.Append(text[..at]).Append(Printable(text[at], at + 1 < text.Length ? text[at + 1] : '\0'));
            text = text[(at + 1)..];
        }

        return builder.Append(text);
    }

    /// <summary>The text with its control characters replaced; the same string when it has none.</summary>
    public static string Printable(string text) => Any(text) ? new StringBuilder(text.Length).AppendPrintable(text).ToString() : text;

    /// <summary>
    /// What <paramref name="c"/> is printed as: itself, a space for control whitespace, or U+FFFD;
    /// <paramref name="next"/> is the character after it (a carriage return before a line feed stays).
    /// </summary>
    public static char Printable(char c, char next)
    {
        if (!s_controls.Contains(c) || (c == '\r' && next == '\n'))
        {
            return c;
        }

        // A carriage return alone ends a line in old Mac text: a line break, not a space.
        return c == '\r' ? '\n' : char.IsWhiteSpace(c) ? ' ' : '\uFFFD';
    }

    private static string Controls()
    {
        var controls = new StringBuilder();
        for (char c = '\0'; c <= '\u009F'; c++)
        {
            if ((c < ' ' && c is not ('\t' or '\n')) || c >= '\u007F')
            {
                controls.Append(c);
            }
        }

        return controls.ToString();
    }
}
