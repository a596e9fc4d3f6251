using System;
using System.Collections.Generic;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// The text of a forum post written in BBCode (a <c>.bbcode</c> file, or a post pasted as its source): tags taken out
/// and their text kept, <c>[url=x]label[/url]</c> as its label, pictures, videos and code blocks left out, a
/// <c>[list]</c>'s <c>[*]</c> items as "- item" lines, a <c>[quote=name]</c> as "name wrote:" over its lines quoted
/// with "&gt; " (the earlier post a reply answers, as the summarizer reads a forum's quotations), and a line that is
/// only a bold or sized phrase without a terminator (a section's title) a heading.
/// </summary>
/// <remarks>
/// One linear pass: tags are read where a known name follows <c>[</c>, nesting is counted (quotes and lists), never
/// recursed into, and the closer of a skipped block (<c>[img]</c>, <c>[code]</c>) is looked for once per name and
/// reused, so unbalanced or deeply nested tags cost linear time; an unknown name (<c>[Photo]</c>, <c>[1]</c>) stays text.
/// </remarks>
internal static class BBCodeText
{
    /// <summary>How much of a text <see cref="LooksLikeBBCode"/> looks at for tags.</summary>
    private const int SniffLength = 65536;

    /// <summary>The longest tag with its argument (<c>[url=https://...]</c>); a longer bracket run stays text.</summary>
    private const int MaxTagLength = 512;

    /// <summary>The most "&gt; " marks a quoted line gets: deeper quotations (a hostile post's thousands) are quoted as deep as that, so the text stays linear in the post.</summary>
    private const int MaxQuoteDepth = 8;

    /// <summary>The most words of a bold or sized line read as a heading.</summary>
    private const int MaxHeadingWords = 20;

    /// <summary>Tags whose text is kept and which mark nothing else: emphasis, size, colour, alignment, links.</summary>
    private static readonly string[] s_inlineTags =
    [
        "b", "i", "u", "s", "strike", "size", "color", "colour", "font", "center", "centre", "left", "right", "justify",
        "align", "highlight", "sup", "sub", "indent", "url", "email", "spoiler", "noparse", "tt", "mono",
    ];

    /// <summary>Tags whose whole block is left out: pictures, videos, attachments (no text), code (no prose to summarize).</summary>
    private static readonly string[] s_skippedTags = ["img", "video", "youtube", "media", "attachment", "attach", "code", "php", "html"];

    /// <summary>Tags that break the line: lists and their items, table rows and cells, rules.</summary>
    private static readonly string[] s_blockTags = ["quote", "list", "ul", "ol", "*", "li", "table", "tr", "td", "th", "hr", "br"];

    /// <summary>The tags that tell a post (<see cref="LooksLikeBBCode"/>): their closers (<c>[/b]</c>) are in no prose.</summary>
    private static readonly string[] s_tellingTags = ["b", "i", "u", "url", "img", "quote", "list", "size", "color", "code", "center", "spoiler"];

    private enum LineKind
    {
        Text,
        Item,
        Heading,
        Attribution,
        Break,
    }

    /// <summary>The extension of a BBCode file.</summary>
    public static readonly string[] Extensions = [".bbcode"];

    /// <summary>True when <paramref name="name"/> is a BBCode file by its extension (<see cref="Extensions"/>).</summary>
    public static bool IsBBCodeName(string name) => HtmlText.HasExtension(name, Extensions);

    /// <summary>
    /// True when <paramref name="text"/> unmistakably is BBCode: its start holds paired tags of at least two kinds
    /// among <c>[b]</c>, <c>[i]</c>, <c>[u]</c>, <c>[url]</c>, <c>[img]</c>, <c>[quote]</c>, <c>[list]</c>,
    /// <c>[size]</c>, <c>[color]</c>, <c>[code]</c>, <c>[center]</c>, <c>[spoiler]</c> (an opener and its closer,
    /// <c>[b]...[/b]</c>). Prose with brackets, Markdown links and wikitext have no <c>[/b]</c>.
    /// </summary>
    public static bool LooksLikeBBCode(string text)
    {
        ReadOnlySpan<char> head = text.AsSpan(0, Math.Min(text.Length, SniffLength));
        int kinds = 0;
        foreach (string tag in s_tellingTags)
        {
            int close = head.IndexOf($"[/{tag}]", StringComparison.OrdinalIgnoreCase);
            if (close > 0)
            {
                ReadOnlySpan<char> before = head[..close];
                if (before.Contains($"[{tag}]", StringComparison.OrdinalIgnoreCase) || before.Contains($"[{tag}=", StringComparison.OrdinalIgnoreCase))
                {
                    kinds++;
                }
            }
        }

        return kinds >= 2;
    }

    /// <summary>The post's text, its title (a bold first line alone), and the ranges of the text that are headings.</summary>
    public static (string Text, string? Title, IReadOnlyList<TextRange> Headings) Extract(string source)
    {
        var reader = new Reader(source);
        reader.Read();
        return reader.Render();
    }

    private static bool IsIn(string[] names, ReadOnlySpan<char> name)
    {
        foreach (string known in names)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Reader(string source)
    {
        private readonly List<(string Text, LineKind Kind, int Depth)> _lines = [];
        private readonly StringBuilder _line = new();
        private readonly Dictionary<string, int> _closers = new(StringComparer.OrdinalIgnoreCase);
        private int _quoteDepth;
        private bool _item;
        private bool _rawLineBlank = true;
        private int _plainLetters;
        private int _styledLetters;
        private int _styleDepth;
        private bool _anyLine;

        public void Read()
        {
            int i = 0;
            while (i < source.Length)
            {
                char c = source[i];
                if (c == '\n')
                {
                    if (_line.ToString().Trim().Length == 0 && _rawLineBlank)
                    {
                        _lines.Add((string.Empty, LineKind.Break, _quoteDepth));
                    }

                    Flush();
                    _rawLineBlank = true;
                    i++;
                    continue;
                }

                if (!char.IsWhiteSpace(c))
                {
                    _rawLineBlank = false;
                }

                if (c == '[' && Tag(i) is { } tag)
                {
                    i = Apply(i, tag.Length, tag.Closing, tag.Name, tag.Argument);
                    continue;
                }

                Append(c);
                i++;
            }

            Flush();
        }

        /// <summary>The tag at <paramref name="at"/>: its length, whether it closes, its name (lower case) and its argument; null for no known tag.</summary>
        private (int Length, bool Closing, string Name, string? Argument)? Tag(int at)
        {
            int end = source.IndexOfAny(['\n', ']'], at + 1, Math.Min(MaxTagLength, source.Length - at - 1));
            if (end < 0 || source[end] != ']')
            {
                return null;
            }

            ReadOnlySpan<char> inside = source.AsSpan(at + 1, end - at - 1);
            bool closing = inside.StartsWith("/");
            if (closing)
            {
                inside = inside[1..];
            }

            int nameEnd = 0;
            while (nameEnd < inside.Length && (char.IsAsciiLetterOrDigit(inside[nameEnd]) || inside[nameEnd] == '*'))
            {
                nameEnd++;
            }

            ReadOnlySpan<char> name = inside[..nameEnd];
            ReadOnlySpan<char> rest = inside[nameEnd..];
            if (name.Length == 0 || (rest.Length > 0 && rest[0] is not ('=' or ' ')) || (closing && rest.Length > 0)
                || !(IsIn(s_inlineTags, name) || IsIn(s_skippedTags, name) || IsIn(s_blockTags, name)))
            {
                return null;
            }

            string? argument = rest.Length > 0 ? rest.TrimStart('=').Trim().Trim('"').Trim('\'').ToString() : null;
            return (end - at + 1, closing, name.ToString().ToLowerInvariant(), argument);
        }

        /// <summary>Applies a tag; returns where reading goes on.</summary>
        private int Apply(int at, int length, bool closing, string name, string? argument)
        {
            int next = at + length;
            if (IsIn(s_skippedTags, name))
            {
                if (closing)
                {
                    return next;
                }

                // The block and its closer go; an opener without a closer goes alone.
                int close = Closer(name, next);
                return close < 0 ? next : close;
            }

            if (IsIn(s_inlineTags, name))
            {
                if (name is "b" or "u" or "size" or "i")
                {
                    _styleDepth = Math.Max(0, _styleDepth + (closing ? -1 : 1));
                }

                return next;
            }

            switch (name)
            {
                case "quote":
                    Flush();
                    if (closing)
                    {
                        if (_quoteDepth > 0)
                        {
                            _quoteDepth--;
                            _lines.Add((string.Empty, LineKind.Break, _quoteDepth));
                        }
                    }
                    else
                    {
                        string who = argument is { Length: > 0 } ? FirstArgument(argument) : string.Empty;
                        _lines.Add((who.Length > 0 ? who + " wrote:" : "Quote:", LineKind.Attribution, _quoteDepth));
                        _quoteDepth++;
                    }

                    return SkipLineBreak(next);
                case "*" or "li":
                    Flush();
                    if (!closing)
                    {
                        _item = true;
                    }

                    return next;
                case "list" or "ul" or "ol" or "table" or "hr":
                    Flush();
                    _lines.Add((string.Empty, LineKind.Break, _quoteDepth));
                    return SkipLineBreak(next);
                case "tr" or "br":
                    Flush();
                    return next;
                default:
                    // A table's cell: its text apart from its neighbours'.
                    Append(' ');
                    return next;
            }
        }

        /// <summary>The name of a quotation's argument (<c>hotpan_dave post_id=12 time=...</c>): its first word, or a quoted name whole.</summary>
        private static string FirstArgument(string argument)
        {
            int cut = argument.IndexOfAny([' ', '"', ';']);
            return (cut > 0 && !argument.Contains('"', StringComparison.Ordinal) ? argument[..cut] : argument.Split('"')[0]).Trim();
        }

        /// <summary>Past the line break that ends a tag's line, so that a line holding only <c>[list]</c> leaves no empty line.</summary>
        private int SkipLineBreak(int at)
        {
            int k = at;
            while (k < source.Length && source[k] is ' ' or '\t' or '\r')
            {
                k++;
            }

            if (k < source.Length && source[k] == '\n' && _line.Length == 0)
            {
                _rawLineBlank = true;
                return k + 1;
            }

            return at;
        }

        /// <summary>Where the closer of a skipped block opened before <paramref name="from"/> ends, or -1; found once per name and reused.</summary>
        private int Closer(string name, int from)
        {
            string closer = $"[/{name}]";
            if (_closers.TryGetValue(name, out int cached) && (cached == -1 || cached >= from))
            {
                return cached < 0 ? -1 : cached + closer.Length;
            }

            int found = source.IndexOf(closer, from, StringComparison.OrdinalIgnoreCase);
            _closers[name] = found;
            return found < 0 ? -1 : found + closer.Length;
        }

        private void Append(char c)
        {
            if (c == '\r')
            {
                return;
            }

            if (char.IsWhiteSpace(c))
            {
                if (_line.Length > 0 && _line[^1] != ' ')
                {
                    _line.Append(' ');
                }

                return;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (_styleDepth > 0)
                {
                    _styledLetters++;
                }
                else
                {
                    _plainLetters++;
                }
            }

            _line.Append(c);
        }

        private void Flush()
        {
            string text = _line.ToString().Trim();
            if (text.Length > 0)
            {
                bool heading = !_item && _quoteDepth == 0 && _plainLetters == 0 && _styledLetters > 0
                    && SplitChars.CountWords(text, MaxHeadingWords + 1) <= MaxHeadingWords
                    && (text[^1] is not ('.' or '!' or '?' or ':' or ';' or ',') || !_anyLine);
                _anyLine = true;
                _lines.Add((_item ? "- " + text : text, _item ? LineKind.Item : heading ? LineKind.Heading : LineKind.Text, _quoteDepth));
            }

            _line.Clear();
            _item = false;
            _plainLetters = _styledLetters = 0;
        }

        /// <summary>
        /// Joins the lines: a heading, a list, a quotation and its attribution are paragraphs of their own, a blank line
        /// is a paragraph break, a quoted line is prefixed with one "&gt; " for each quotation it is in.
        /// </summary>
        public (string Text, string? Title, IReadOnlyList<TextRange> Headings) Render()
        {
            var output = new StringBuilder(source.Length);
            var headings = new List<TextRange>();
            string? title = null;
            bool breakPending = false;
            LineKind previous = LineKind.Break;
            int previousDepth = 0;
            foreach ((string text, LineKind kind, int depth) in _lines)
            {
                if (kind == LineKind.Break)
                {
                    breakPending = true;
                    continue;
                }

                if (output.Length > 0)
                {
                    bool sameBlock = !breakPending && depth == previousDepth
                        && kind is not (LineKind.Heading or LineKind.Attribution) && previous is not (LineKind.Heading or LineKind.Attribution)
                        && (kind == LineKind.Item) == (previous == LineKind.Item);
                    bool quoteContinues = depth > 0 && depth == previousDepth && previous != LineKind.Attribution;
                    output.Append(sameBlock || (quoteContinues && kind != LineKind.Attribution) || (previous == LineKind.Attribution && depth == previousDepth + 1) ? "\n" : "\n\n");
                }

                for (int d = 0; d < Math.Min(depth, MaxQuoteDepth); d++)
                {
                    output.Append("> ");
                }

                if (kind == LineKind.Heading)
                {
                    title ??= output.Length == 0 ? text : null;
                    headings.Add(new TextRange(output.Length, text.Length));
                }

                output.Append(text);
                breakPending = false;
                previous = kind;
                previousDepth = depth;
            }

            return (output.ToString(), title, headings);
        }
    }
}
