using System;
using System.Collections.Generic;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// The article text of MediaWiki wikitext (a <c>.wiki</c> page's source): templates and infoboxes, references, tables,
/// comments, tags, magic words and file and category links left out; links as their labels, bold and italic marks
/// dropped, headings as lines of their own and list items as "- item" lines.
/// </summary>
/// <remarks>
/// Two linear passes: the nesting constructs (templates, tables, links) are paired with explicit stacks and skipped
/// or rendered as the text is copied, then each line is typed (heading, list item, text) and cleaned. No recursion, and
/// an opener without its closer is copied as it is, so that unbalanced or deeply nested markup costs linear time.
/// The sections a page ends with (References, External links) are kept: the summarizer reads them as back matter.
/// </remarks>
internal static class WikiText
{
    /// <summary>How much of a text <see cref="LooksLikeWikitext"/> looks at for wikitext marks.</summary>
    private const int SniffLength = 65536;

    /// <summary>The longest HTML tag (with its attributes) taken out of the text; a longer "&lt;x" run stays text.</summary>
    private const int MaxTagLength = 512;

    /// <summary>
    /// The namespaces whose links show no text in the article: pictures (their captions are not the article's prose),
    /// categories, in English and the commonest other languages (German Datei, Bild, Kategorie; French Fichier, Catégorie;
    /// Spanish Archivo, Categoría; Italian Immagine, Categoria; Polish Plik, Kategoria; Russian Файл, Категория).
    /// </summary>
    private static readonly string[] s_hiddenNamespaces =
    [
        "File", "Image", "Media", "Category", "Datei", "Bild", "Kategorie", "Fichier", "Catégorie", "Archivo", "Categoría",
        "Immagine", "Categoria", "Plik", "Kategoria", "Файл", "Категория",
    ];

    /// <summary>The extensions of a wikitext file.</summary>
    public static readonly string[] Extensions = [".wiki", ".mediawiki", ".wikitext"];

    /// <summary>True when <paramref name="name"/> is a wikitext file by its extension (<see cref="Extensions"/>).</summary>
    public static bool IsWikiName(string name) => HtmlText.HasExtension(name, Extensions);

    /// <summary>
    /// True when <paramref name="text"/> unmistakably is wikitext: its first line (after blank lines and comments) opens
    /// with a template (<c>{{Short description|...}}</c>) or with bold (an article's lead, <c>'''Velden''' is</c>), or is
    /// a heading (<c>== History ==</c>), and its start holds at least two other kinds of wikitext marks: bold
    /// (<c>'''</c>), an internal link (<c>[[...]]</c>), a reference (<c>&lt;ref</c>), a table (<c>{|</c> opening a
    /// line), a template, a heading line. Prose and Markdown have
    /// neither such a first line nor such marks.
    /// </summary>
    public static bool LooksLikeWikitext(string text)
    {
        ReadOnlySpan<char> head = text.AsSpan(0, Math.Min(text.Length, SniffLength));
        ReadOnlySpan<char> rest = head;
        ReadOnlySpan<char> first = default;
        while (rest.Length > 0)
        {
            int end = rest.IndexOf('\n');
            ReadOnlySpan<char> line = (end < 0 ? rest : rest[..end]).Trim().TrimStart('\uFEFF');
            rest = end < 0 ? default : rest[(end + 1)..];
            if (line.Length > 0 && !(line.StartsWith("<!--", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal)))
            {
                first = line;
                break;
            }
        }

        // An article's lead opens with its subject in bold ('''Velden''' is a town ...): no prose opens with three apostrophes.
        bool template = first.StartsWith("{{", StringComparison.Ordinal);
        bool bold = first.StartsWith("'''", StringComparison.Ordinal);
        bool heading = HeadingLevel(first) > 0;
        if (!template && !bold && !heading)
        {
            return false;
        }

        int marks = (!bold && head.Contains("'''", StringComparison.Ordinal) ? 1 : 0)
            + (head.IndexOf("[[", StringComparison.Ordinal) is int link and >= 0 && head[link..].Contains("]]", StringComparison.Ordinal) ? 1 : 0)
            + (head.Contains("<ref", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
            + (head.StartsWith("{|", StringComparison.Ordinal) || head.Contains("\n{|", StringComparison.Ordinal) ? 1 : 0)
            + (!template && head.Contains("{{", StringComparison.Ordinal) && head.Contains("}}", StringComparison.Ordinal) ? 1 : 0)
            + (!heading && head.Contains("\n==", StringComparison.Ordinal) ? 1 : 0);
        return marks >= 2;
    }

    /// <summary>The article text of <paramref name="source"/>, with the ranges of the text that were its headings.</summary>
    public static (string Text, IReadOnlyList<TextRange> Headings) Extract(string source)
    {
        string inline = Inline(WithoutComments(source));
        return Lines(inline);
    }

    /// <summary>The text without HTML comments; an unclosed comment runs to the end, as MediaWiki reads it.</summary>
    private static string WithoutComments(string text)
    {
        var builder = new StringBuilder(text.Length);
        int i = 0;
        while (true)
        {
            int open = text.IndexOf("<!--", i, StringComparison.Ordinal);
            if (open < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            builder.Append(text, i, open - i);
            int close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            i = close + 3;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Pairs every <paramref name="open"/> with the <paramref name="close"/> that ends it, nesting counted on a stack;
    /// with <paramref name="lineStart"/>, only marks that open a line (after spaces) count, as table marks do.
    /// </summary>
    private static Dictionary<int, int> Pairs(string text, string open, string close, bool lineStart)
    {
        var pairs = new Dictionary<int, int>();
        var stack = new Stack<int>();
        bool atLineStart = true;
        int i = 0;
        while (i + 1 < text.Length)
        {
            char c = text[i];
            if (lineStart && !atLineStart)
            {
                atLineStart = c == '\n';
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, open, 0, open.Length) == 0)
            {
                stack.Push(i);
                i += open.Length;
                atLineStart = false;
            }
            else if (string.CompareOrdinal(text, i, close, 0, close.Length) == 0 && stack.Count > 0)
            {
                pairs[stack.Pop()] = i + close.Length;
                i += close.Length;
                atLineStart = false;
            }
            else
            {
                atLineStart = c is '\n' or ' ' or '\t';
                i++;
            }
        }

        return pairs;
    }

    /// <summary>
    /// Copies the text without templates, tables, references, tags and hidden links, links rendered as their labels;
    /// what is taken out between a sentence's end and the next word leaves a space, so that the two still split.
    /// </summary>
    private static string Inline(string text)
    {
        Dictionary<int, int> templates = Pairs(text, "{{", "}}", lineStart: false);
        Dictionary<int, int> tables = Pairs(text, "{|", "|}", lineStart: true);
        Dictionary<int, int> links = Pairs(text, "[[", "]]", lineStart: false);
        var builder = new StringBuilder(text.Length);
        var closers = new NextIndex(text);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int skipTo = -1;
            if (c == '{' && (templates.TryGetValue(i, out int end) || tables.TryGetValue(i, out end)))
            {
                AppendMeasure(builder, text.AsSpan(i, end - i));
                skipTo = end;
            }
            else if (c == '<' && Reference(text, i, closers) is int afterReference and > 0)
            {
                skipTo = afterReference;
            }
            else if (c == '[' && links.TryGetValue(i, out int linkEnd))
            {
                if (!AppendLink(builder, text.AsSpan(i + 2, linkEnd - i - 4)))
                {
                    skipTo = linkEnd;
                }
                else
                {
                    i = linkEnd;
                    continue;
                }
            }
            else if (c == '[' && ExternalLinkEnd(text, i) is int externalEnd and > 0)
            {
                ReadOnlySpan<char> inside = text.AsSpan(i + 1, externalEnd - i - 2);
                int space = inside.IndexOfAny(' ', '\t');
                if (space > 0)
                {
                    builder.Append(inside[(space + 1)..].Trim());
                }

                i = externalEnd;
                continue;
            }
            else if (c == '<' && TagEnd(text, i) is int tagEnd and > 0)
            {
                // A <br> parts words; other tags (<small>, <sup>, <div>) wrap them.
                ReadOnlySpan<char> name = text.AsSpan(i + 1, Math.Min(3, text.Length - i - 1));
                if (name.StartsWith("br", StringComparison.OrdinalIgnoreCase))
                {
                    builder.Append(' ');
                }

                i = tagEnd;
                continue;
            }

            if (skipTo > 0)
            {
                Removed(builder, text, skipTo);
                i = skipTo;
                continue;
            }

            builder.Append(c);
            i++;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends the quantity a unit template shows, <c>{{convert|4.3|km2|sqmi}}</c> as "4.3 km2" and
    /// <c>{{convert|20|-|25|m}}</c> as "20–25 m"; nothing for any other template.
    /// </summary>
    private static void AppendMeasure(StringBuilder builder, ReadOnlySpan<char> template)
    {
        const string Convert = "{{convert|";
        if (!template.StartsWith(Convert, StringComparison.OrdinalIgnoreCase) || template[2..].Contains("{{", StringComparison.Ordinal))
        {
            return;
        }

        Span<Range> parts = stackalloc Range[5];
        ReadOnlySpan<char> inside = template[Convert.Length..^2];
        int count = inside.Split(parts, '|');
        if (count < 2)
        {
            return;
        }

        ReadOnlySpan<char> second = inside[parts[1]].Trim();
        bool range = count >= 4 && second is "-" or "to" or "and" or "–";
        builder.Append(inside[parts[0]].Trim());
        if (range)
        {
            builder.Append(second is "-" or "–" ? "–" : " " + second.ToString() + " ").Append(inside[parts[2]].Trim());
        }

        builder.Append(' ').Append(inside[parts[range ? 3 : 1]].Trim());
    }

    /// <summary>
    /// After something was taken out: no space is left before the punctuation that follows ("in 1850 {{citation
    /// needed}}." reads "in 1850."), and a sentence's end is parted from the word that follows ("1850.&lt;ref&gt;..&lt;/ref&gt;The").
    /// </summary>
    private static void Removed(StringBuilder builder, string text, int next)
    {
        char following = next < text.Length ? text[next] : '\n';
        if (following is '.' or ',' or ';' or ':' or '!' or '?' or ')')
        {
            while (builder.Length > 0 && builder[^1] is ' ' or '\t')
            {
                builder.Length--;
            }
        }
        else if (builder.Length > 0 && builder[^1] is '.' or '!' or '?' && !char.IsWhiteSpace(following))
        {
            builder.Append(' ');
        }
    }

    /// <summary>
    /// Where a reference that starts at <paramref name="i"/> ends: <c>&lt;ref name="a" /&gt;</c>, <c>&lt;ref&gt;...&lt;/ref&gt;</c>,
    /// and the list of them, <c>&lt;references /&gt;</c> or <c>&lt;references&gt;...&lt;/references&gt;</c>; 0 for none.
    /// </summary>
    private static int Reference(string text, int i, NextIndex closers)
    {
        bool list = StartsTag(text, i, "references");
        if (!list && !StartsTag(text, i, "ref"))
        {
            return 0;
        }

        int tagEnd = TagEnd(text, i);
        if (tagEnd <= 0)
        {
            return 0;
        }

        if (text[tagEnd - 2] == '/')
        {
            return tagEnd;
        }

        int close = list ? closers.ReferencesClose(tagEnd) : closers.RefClose(tagEnd);
        return close < 0 ? tagEnd : close;
    }

    private static bool StartsTag(string text, int i, string name) =>
        i + 1 + name.Length < text.Length
        && string.Compare(text, i + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && text[i + 1 + name.Length] is ' ' or '\t' or '\n' or '>' or '/';

    /// <summary>Where an HTML tag (<c>&lt;br&gt;</c>, <c>&lt;/small&gt;</c>, <c>&lt;div style="..."&gt;</c>) at <paramref name="i"/> ends; 0 for none.</summary>
    private static int TagEnd(string text, int i)
    {
        int nameStart = i + 1 < text.Length && text[i + 1] == '/' ? i + 2 : i + 1;
        if (nameStart >= text.Length || !char.IsAsciiLetter(text[nameStart]))
        {
            return 0;
        }

        int limit = Math.Min(text.Length, i + MaxTagLength);
        for (int k = nameStart + 1; k < limit; k++)
        {
            if (text[k] == '>')
            {
                return k + 1;
            }

            if (text[k] == '<')
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Where an external link in brackets (<c>[https://example.org label]</c>) at <paramref name="i"/> ends; 0 for none.</summary>
    private static int ExternalLinkEnd(string text, int i)
    {
        ReadOnlySpan<char> after = text.AsSpan(i + 1);
        if (!(after.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || after.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || after.StartsWith("//", StringComparison.Ordinal)
            || after.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        int end = after[..Math.Min(after.Length, MaxTagLength * 4)].IndexOfAny(']', '\n');
        return end > 0 && after[end] == ']' ? i + end + 2 : 0;
    }

    /// <summary>
    /// Appends an internal link's text: its label (<c>[[Target|label]]</c>) or its target (<c>[[Target]]</c>, without
    /// a leading colon); false, and nothing appended, for a picture or category link (<see cref="s_hiddenNamespaces"/>).
    /// </summary>
    private static bool AppendLink(StringBuilder builder, ReadOnlySpan<char> inside)
    {
        ReadOnlySpan<char> target = inside.TrimStart();
        int colon = target.IndexOf(':');
        if (colon > 0)
        {
            ReadOnlySpan<char> space = target[..colon].Trim();
            foreach (string hidden in s_hiddenNamespaces)
            {
                if (space.Equals(hidden, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        if (inside.Contains("[[", StringComparison.Ordinal))
        {
            // Only a picture's caption holds links; any other nesting is no link MediaWiki renders.
            return false;
        }

        int bar = inside.LastIndexOf('|');
        ReadOnlySpan<char> shown = bar >= 0 ? inside[(bar + 1)..] : inside.TrimStart(':');
        if (bar >= 0 && shown.IsWhiteSpace())
        {
            // The "pipe trick", [[Paris, Texas|]]: the target without its qualifier.
            shown = inside[..bar];
            int qualifier = shown.IndexOfAny(',', '(');
            shown = qualifier > 0 ? shown[..qualifier] : shown;
        }

        builder.Append(shown.Trim());
        return true;
    }

    /// <summary>
    /// Types each line: a heading (<c>== History ==</c>) becomes a paragraph of its own, a list line (<c>*</c>,
    /// <c>#</c>) a "- item" line, a rule or blank line a paragraph break; bold and italic marks and magic words
    /// (<c>__TOC__</c>) go, character references are decoded, and runs of spaces become one.
    /// </summary>
    private static (string Text, IReadOnlyList<TextRange> Headings) Lines(string text)
    {
        var output = new StringBuilder(text.Length);
        var headings = new List<TextRange>();
        var line = new StringBuilder();
        bool paragraphOpen = false;
        bool listOpen = false;
        foreach (ReadOnlySpan<char> raw in text.AsSpan().EnumerateLines())
        {
            ReadOnlySpan<char> trimmed = raw.Trim();
            int level = HeadingLevel(trimmed);
            bool item = trimmed.Length > 0 && trimmed[0] is '*' or '#';
            ReadOnlySpan<char> content = level > 0 ? trimmed[level..^level]
                : trimmed.Length > 0 && trimmed[0] is '*' or '#' or ':' or ';' ? trimmed.TrimStart("*#:;")
                : trimmed;
            line.Clear();
            Clean(line, content);
            if (line.Length == 0 || IsRule(trimmed))
            {
                paragraphOpen = listOpen = false;
                continue;
            }

            bool separate = level > 0 || (paragraphOpen && item != listOpen);
            if (output.Length > 0)
            {
                output.Append(separate || !paragraphOpen ? "\n\n" : "\n");
            }

            if (level > 0)
            {
                headings.Add(new TextRange(output.Length, line.Length));
                output.Append(line);
                paragraphOpen = listOpen = false;
                continue;
            }

            if (item)
            {
                output.Append("- ");
            }

            output.Append(line);
            paragraphOpen = true;
            listOpen = item;
        }

        return (output.ToString(), headings);
    }

    /// <summary>The level of a heading line (<c>== History ==</c> is 2): as many <c>=</c> as open and close it, both sides; 0 for none.</summary>
    private static int HeadingLevel(ReadOnlySpan<char> line)
    {
        int open = 0;
        while (open < line.Length && open < 6 && line[open] == '=')
        {
            open++;
        }

        int close = 0;
        while (close < line.Length - open && close < 6 && line[line.Length - 1 - close] == '=')
        {
            close++;
        }

        int level = Math.Min(open, close);
        return level > 0 && line.Length > 2 * level && !line[level..^level].IsWhiteSpace() ? level : 0;
    }

    private static bool IsRule(ReadOnlySpan<char> line) => line.Length >= 4 && line.TrimStart('-').IsEmpty;

    /// <summary>Appends a line's text without bold and italic marks and magic words, references decoded, spaces collapsed.</summary>
    private static void Clean(StringBuilder line, ReadOnlySpan<char> content)
    {
        var plain = new StringBuilder(content.Length);
        int i = 0;
        while (i < content.Length)
        {
            char c = content[i];
            if (c == '\'' && i + 1 < content.Length && content[i + 1] == '\'')
            {
                while (i < content.Length && content[i] == '\'')
                {
                    i++;
                }

                continue;
            }

            if (c == '_' && MagicWordLength(content[i..]) is int magic and > 0)
            {
                i += magic;
                continue;
            }

            plain.Append(c);
            i++;
        }

        var decoded = new StringBuilder(plain.Length);
        foreach (ReadOnlyMemory<char> chunk in plain.GetChunks())
        {
            HtmlEntities.Append(decoded, chunk.Span);
        }

        bool space = false;
        foreach (ReadOnlyMemory<char> chunk in decoded.GetChunks())
        {
            foreach (char d in chunk.Span)
            {
                if (char.IsWhiteSpace(d))
                {
                    space = line.Length > 0;
                    continue;
                }

                if (space && d is not ('.' or ',' or ';' or ':' or ')'))
                {
                    line.Append(' ');
                }

                space = false;
                if (d == ')' && line.Length > 0 && line[^1] == '(')
                {
                    // "(" and ")" around what was taken out ("Velden ({{lang-sl|Vrba}}) is") leave nothing.
                    line.Length--;
                    while (line.Length > 0 && line[^1] == ' ')
                    {
                        line.Length--;
                    }

                    space = line.Length > 0;
                    continue;
                }

                line.Append(d);
            }
        }
    }

    /// <summary>The length of a magic word (<c>__TOC__</c>, <c>__NOTOC__</c>) at the start of <paramref name="text"/>; 0 for none.</summary>
    private static int MagicWordLength(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("__", StringComparison.Ordinal))
        {
            return 0;
        }

        int k = 2;
        while (k < text.Length && k < 40 && char.IsAsciiLetterUpper(text[k]))
        {
            k++;
        }

        return k > 2 && text[k..].StartsWith("__", StringComparison.Ordinal) ? k + 2 : 0;
    }

    /// <summary>
    /// The next closing tag of a reference or of the reference list at or after a position, found once and reused, so
    /// that a page of unclosed references is searched in linear time.
    /// </summary>
    private sealed class NextIndex(string text)
    {
        private int _ref = -2;
        private int _references = -2;

        public int RefClose(int from) => Next(ref _ref, "</ref>", from);

        public int ReferencesClose(int from) => Next(ref _references, "</references>", from);

        private int Next(ref int cached, string closer, int from)
        {
            if (cached == -1 || (cached >= from && cached != -2))
            {
                return cached < 0 ? -1 : cached + closer.Length;
            }

            cached = text.IndexOf(closer, from, StringComparison.OrdinalIgnoreCase);
            return cached < 0 ? -1 : cached + closer.Length;
        }
    }
}
