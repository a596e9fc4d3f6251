using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace Summarizer.Cli;

/// <summary>How the chosen sentences are marked in <c>--highlight</c> output.</summary>
internal enum HighlightStyle
{
    /// <summary>ANSI bold yellow (a terminal).</summary>
    Ansi,

    /// <summary><c>[[</c> and <c>]]</c> (plain text that is not going to a terminal).</summary>
    Brackets,

    /// <summary>Markdown <c>**bold**</c>.</summary>
    Markdown,

    /// <summary>HTML <c>&lt;mark&gt;</c>, the text escaped, each paragraph a <c>&lt;p&gt;</c> and each of the page's headings an <c>&lt;h2&gt;</c>.</summary>
    Html,
}

/// <summary>Plain-text, Markdown and highlighted renderings of a summary.</summary>
internal static class TextOutput
{
    private const string AnsiOn = "\u001b[1;33m";
    private const string AnsiOff = "\u001b[0m";

    /// <summary>A batch's header line, <c>==&gt; path &lt;==</c>: the name on one line, its control characters replaced.</summary>
    public static string Header(string name) => $"==> {ControlCharacters.Printable(name).Replace('\n', '\uFFFD')} <==\n";

    /// <summary>One sentence a line; line breaks inside a sentence (hard-wrapped text; LF, CR, CR LF or U+2028) become spaces, or nothing after a word hyphenated at the end of its line (<see cref="JoinLines"/>; the words <paramref name="broken"/> holds print whole), and a run of spaces and tabs one space.</summary>
    public static string Lines(IEnumerable<string> items, BrokenWords? broken = null)
    {
        var builder = new StringBuilder();
        foreach (string line in items)
        {
            AppendOneLine(builder, line, broken);
            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// A title line, the summary as a list, and the keywords when there are any; the text escaped (<see cref="MarkdownText"/>)
    /// unless it is Markdown already (<paramref name="literal"/>, a <c>.md</c> input), whose own markup stays; the words
    /// <paramref name="broken"/> holds print whole where a line break hyphenates them (<see cref="JoinLines"/>).
    /// </summary>
    public static string Markdown(Summary summary, string title, bool literal = false, BrokenWords? broken = null)
    {
        var builder = new StringBuilder();
        MarkdownText.AppendHeading(builder, title, literal);
        builder.Append("\n\n");
        foreach (SummarySentence sentence in summary.Sentences)
        {
            // Each sentence is an item of the summary's list: a list item's own bullet gives way to the list's ("- - x"
            // would nest a list in the item), and a list marker or heading mark that stays is escaped, in a Markdown
            // input too ("- 3. x" would nest an ordered list).
            builder.Append("- ");
            string text = sentence.Text;
            int start = sentence.Kind == SentenceKind.ListItem ? BulletLength(text) : 0;
            if (literal && MarkdownText.ListMarkerLength(text, start, text.Length) is > 0 and int marker)
            {
                int delimiter = text.AsSpan(start, marker).IndexOfAny('.', ')');
                builder.Append(text, start, delimiter < 0 ? 0 : delimiter).Append('\\');
                start += delimiter < 0 ? 0 : delimiter;
            }

            MarkdownText.Append(builder, text, start, text.Length, lineStart: true, oneLine: true, literal: literal, broken: broken);
            builder.Append('\n');
        }

        AppendKeywords(builder, summary);
        return builder.ToString();
    }

    /// <summary>
    /// The length of the bullet that opens a list item and the spaces after it ("- ", "• ", "▪"), or 0: a bullet only
    /// marks the item, where a number, a letter, a check mark or a cross says something of it and stays.
    /// </summary>
    private static int BulletLength(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        bool lineBullet = text[0] is '-' or '*' or '+';
        if (!lineBullet && !SplitChars.Bullets.Contains(text[0]))
        {
            return 0;
        }

        int end = SplitChars.SkipSpaces(text, 1);
        return end < text.Length && (end > 1 || !lineBullet) ? end : 0;
    }

    /// <summary>
    /// The whole text, the chosen sentences marked; Markdown output gets the title and keywords around it. A title
    /// that is the text's own heading is printed once: <paramref name="body"/> is where the text after it begins.
    /// </summary>
    public static string Highlight(string text, Summary summary, HighlightStyle style, string? title, int body = 0, IReadOnlyList<TextRange>? headings = null, bool literal = false)
    {
        // Marks go in text order whatever the summary's order.
        var ranges = new List<(int Start, int End)>(summary.Sentences.Count);
        foreach (SummarySentence sentence in summary.Sentences)
        {
            if (sentence.Start >= body)
            {
                ranges.Add((sentence.Start, sentence.Start + sentence.Length));
            }
        }

        if (body > 0)
        {
            while (body < text.Length && char.IsWhiteSpace(text[body]))
            {
                body++;
            }
        }

        ranges.Sort();
        var builder = new StringBuilder(text.Length + (ranges.Count * 16) + 64);
        if (style == HighlightStyle.Html)
        {
            return HtmlHighlight(builder, text, ranges, title, headings ?? []);
        }

        if (style == HighlightStyle.Markdown)
        {
            return MarkdownHighlight(builder, text, ranges, summary, title, body, literal);
        }

        (string on, string off) = style == HighlightStyle.Ansi ? (AnsiOn, AnsiOff) : ("[[", "]]");
        int position = body;
        foreach ((int start, int end) in ranges)
        {
            builder.AppendPrintable(text.AsSpan(position, start - position));
            builder.Append(on).AppendPrintable(text.AsSpan(start, end - start)).Append(off);
            position = end;
        }

        builder.AppendPrintable(text.AsSpan(position));
        EndLine(builder);
        return builder.ToString();
    }

    /// <summary>
    /// The text as Markdown with the chosen sentences in <c>**bold**</c>: escaped (<see cref="MarkdownText"/>) but for
    /// its own list markers, so that its layout and lists stay; the title and keywords around it.
    /// </summary>
    private static string MarkdownHighlight(StringBuilder builder, string text, List<(int Start, int End)> ranges, Summary summary, string? title, int body, bool literal)
    {
        if (title is not null)
        {
            MarkdownText.AppendHeading(builder, title, literal);
            builder.Append("\n\n");
        }

        bool lineStart = true;
        int position = body;
        foreach ((int range, int end) in ranges)
        {
            // A list item's marker stays outside the mark, so that "- item" stays a list item.
            int start = range + MarkdownText.ListMarkerLength(text, range, end);
            lineStart = MarkdownText.Append(builder, text, position, start, lineStart, keepListMarkers: true, literal: literal);
            // "**" opens and closes emphasis only next to white space or a line's edge (CommonMark's flanking rules):
            // between sentences written without a space (Chinese, Japanese) the HTML tag does it.
            bool spaced = (start == 0 || char.IsWhiteSpace(text[start - 1])) && (end == text.Length || char.IsWhiteSpace(text[end]));
            builder.Append(spaced ? "**" : "<strong>");
            MarkdownText.Append(builder, text, start, end, lineStart: false, literal: literal);
            builder.Append(spaced ? "**" : "</strong>");
            lineStart = false;
            position = end;
        }

        MarkdownText.Append(builder, text, position, text.Length, lineStart, keepListMarkers: true, literal: literal);
        EndLine(builder);
        AppendKeywords(builder, summary);
        return builder.ToString();
    }

    private static void EndLine(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != '\n')
        {
            builder.Append('\n');
        }
    }

    /// <summary>
    /// The page as HTML: paragraphs (blank lines) as <c>&lt;p&gt;</c>, the page's own headings as <c>&lt;h2&gt;</c> and its blocks of code as <c>&lt;pre&gt;&lt;code&gt;</c>
    /// (<paramref name="headings"/>, in text order; never marked, as headings are never chosen), the chosen
    /// sentences in <c>&lt;mark&gt;</c>.
    /// </summary>
    private static string HtmlHighlight(StringBuilder builder, string text, List<(int Start, int End)> ranges, string? title, IReadOnlyList<TextRange> headings)
    {
        int heading = 0;
        builder.Append("<article>\n");
        if (title is not null)
        {
            builder.Append("<h1>").Append(WebUtility.HtmlEncode(ControlCharacters.Printable(title))).Append("</h1>\n");
        }

        builder.Append("<p>");
        int next = 0;
        bool marked = false;
        int i = 0;
        while (i < text.Length)
        {
            if (!marked && next < ranges.Count && i == ranges[next].Start)
            {
                builder.Append("<mark>");
                marked = true;
            }

            if (marked && i == ranges[next].End)
            {
                builder.Append("</mark>");
                marked = false;
                next++;
                continue;
            }

            while (heading < headings.Count && headings[heading].Start + headings[heading].Length <= i)
            {
                heading++;
            }

            if (!marked && heading < headings.Count && headings[heading].Start == i)
            {
                TextRange range = headings[heading];
                (string open, string close) = range.Code ? ("<pre><code>", "</code></pre>") : ("<h2>", "</h2>");
                builder.Append("</p>\n").Append(open).Append(WebUtility.HtmlEncode(ControlCharacters.Printable(text.Substring(range.Start, range.Length))))
                    .Append(close).Append("\n<p>");
                i = range.Start + range.Length;
                heading++;
                continue;
            }

            // A blank line is a paragraph break; a mark open across it is closed and reopened.
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                while (i < text.Length && text[i] == '\n')
                {
                    i++;
                }

                builder.Append(marked ? "</mark></p>\n<p><mark>" : "</p>\n<p>");
                continue;
            }

            builder.Append(text[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => null,
            } ?? (object)ControlCharacters.Printable(text[i], i + 1 < text.Length ? text[i + 1] : '\0'));
            i++;
        }

        if (marked)
        {
            builder.Append("</mark>");
        }

        builder.Append("</p>\n</article>\n");
        // A heading between blank lines leaves empty paragraphs around it.
        return builder.Replace("<p></p>\n", string.Empty).ToString();
    }

    private static void AppendKeywords(StringBuilder builder, Summary summary)
    {
        if (summary.Keywords.Count == 0)
        {
            return;
        }

        builder.Append("\n**Keywords:** ");
        for (int i = 0; i < summary.Keywords.Count; i++)
        {
            string keyword = summary.Keywords[i].Text;
            MarkdownText.Append(builder.Append(i == 0 ? string.Empty : ", "), keyword, 0, keyword.Length, lineStart: false, oneLine: true);
        }

        builder.Append('\n');
    }

    private static void AppendOneLine(StringBuilder builder, string line, BrokenWords? broken)
    {
        for (int k = 0; k < line.Length; k++)
        {
            char c = line[k];
            if (c is '\r' or '\n' or '\u2028')
            {
                k = JoinLines(builder, line, k, line.Length, broken) - 1;
                continue;
            }

            if (c is ' ' or '\t')
            {
                // A run of spaces and tabs (justified text's, a man page's) prints as one space.
                if (builder.Length == 0 || builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(ControlCharacters.Printable(c, '\0'));
        }
    }

    /// <summary>
    /// Prints the line break at <paramref name="k"/> (CR LF counts as one) of a sentence printed on one line, with the
    /// next line's indentation (a list item's wrapped lines, "- Use the endpoint for\n  all commands"): a space,
    /// nothing between two wide characters (CJK writes no spaces: "经过两\n年" prints "经过两年"), or nothing after a word
    /// hyphenated at the end of its line before a letter ("com-\npany" prints "com-pany",
    /// "well-\nknown" "well-known", "Sensi-\nData" "Sensi-Data"; the hyphen-minus or U+2010, which man pages write), as
    /// text from a PDF or a hard-wrapped page breaks words; and the hyphen goes too where the text spells the word whole
    /// elsewhere (<paramref name="broken"/>: "com-\npany" prints "company" in a text that has "company"), as a soft
    /// hyphen (U+00AD) always does. Returns where the next line's text begins (after its
    /// e-mail quotation prefix and indentation), at most <paramref name="end"/>.
    /// </summary>
    public static int JoinLines(StringBuilder builder, string text, int k, int end, BrokenWords? broken = null)
    {
        int letter = NextLineText(text, k, end);
        bool hyphenated = k >= 2 && SplitChars.IsBreakingHyphen(text[k - 1]) && char.IsLetter(text[k - 2]) && letter < end && char.IsLetter(text[letter]);
        if (!hyphenated)
        {
            // Chinese and Japanese write no space between words: a line wrapped between two wide characters ("经过两\n年",
            // "マニュ\nアル") prints joined.
            if (!(builder.Length > 0 && SplitChars.IsWide(builder[^1]) && letter < end && SplitChars.IsWide(text[letter])))
            {
                builder.Append(' ');
            }
        }
        else if (builder.Length > 0 && builder[^1] == text[k - 1]
            && (text[k - 1] == '\u00AD' || (broken is not null && broken.IsBroken(text, k, end))))
        {
            // A soft hyphen only allows the break: where the line breaks, the word prints whole.
            builder.Length--;
        }

        return letter;
    }

    /// <summary>
    /// Where the text of the line after the line break at <paramref name="k"/> (CR LF counts as one) begins: after
    /// its e-mail quotation prefix and its spaces and tabs, at most <paramref name="end"/>.
    /// </summary>
    public static int NextLineText(string text, int k, int end)
    {
        int after = text[k] == '\r' && k + 1 < end && text[k + 1] == '\n' ? k + 2 : k + 1;
        int letter = Math.Min(AfterQuotePrefix(text, after), end);
        while (letter < end && text[letter] is ' ' or '\t')
        {
            letter++;
        }

        return letter;
    }

    /// <summary>
    /// Where a sentence's line that begins at <paramref name="lineStart"/> goes on when printed on one line: after the
    /// e-mail quotation prefix ("&gt; ") that every line of a quoted sentence repeats, or at <paramref name="lineStart"/>.
    /// </summary>
    public static int AfterQuotePrefix(string text, int lineStart)
    {
        int k = lineStart;
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        return k < text.Length && SplitMarkup.QuotePrefixEnd(text, k) is > 0 and int end ? end : lineStart;
    }
}
