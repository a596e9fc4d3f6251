using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Summarizer.Cli;

/// <summary>The main article of a web page as plain text, one paragraph a block, through SmartReader (Readability).</summary>
/// <remarks>
/// Readability's scoring and the HTML5 tree builder are not linear on every page (deep nesting, unclosed formatting
/// elements, wide elements, many attributes), so a linear pass (<see cref="HtmlOutline"/>) measures the page first;
/// past <see cref="HtmlLimits"/> the page's block text is extracted by that pass instead, which is linear in the input.
/// </remarks>
internal static class HtmlText
{
    /// <summary>Tags that make text that starts with markup a web page (or a fragment of one).</summary>
    private static readonly string[] s_pageTags =
        ["<html", "<head", "<body", "<p", "<div", "<article", "<main", "<section", "<h1", "<h2", "<h3", "<meta", "<title", "<table", "<ul", "<ol"];

    /// <summary>
    /// The extensions of the text files that hold a document: plain text, Markdown, reStructuredText and the markup sources
    /// of <see cref="s_textExtensions"/>, but not a table of records or a log, which a folder often holds as data.
    /// </summary>
    public static readonly string[] DocumentTextExtensions =
    [
        ".txt", ".text", ".md", ".markdown", ".rst", .. WikiText.Extensions, .. LatexText.Extensions, ".adoc", ".asciidoc", ".org",
        ".textile", .. BBCodeText.Extensions,
    ];

    /// <summary>
    /// The extensions of files that say they are text, not a web page, whatever they start with: plain text, Markdown
    /// (whose README often opens with HTML, <c>&lt;p align="center"&gt;</c>), reStructuredText, and the source of other
    /// markup the tool does not render, which may open with an HTML comment or an XML-ish tag (a wiki page's
    /// <c>&lt;!-- maintained by ... --&gt;</c>, a LaTeX draft's <c>&lt;section&gt;</c> note): MediaWiki wikitext, LaTeX,
    /// AsciiDoc, Org, Textile, and data and log text (<see cref="DocumentTextExtensions"/> and the tables and logs).
    /// </summary>
    private static readonly string[] s_textExtensions = [.. DocumentTextExtensions, .. CsvText.Extensions, ".log"];

    /// <summary>
    /// True when <paramref name="name"/> is a file that says by its extension that it is text, not markup, whatever it
    /// starts with (<see cref="s_textExtensions"/>).
    /// </summary>
    public static bool IsTextName(string name) => HasExtension(name, s_textExtensions);

    /// <summary>True when <paramref name="name"/> ends with one of <paramref name="extensions"/>, in any case.</summary>
    public static bool HasExtension(string name, string[] extensions)
    {
        foreach (string extension in extensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="name"/> is an HTML file by its extension.</summary>
    public static bool IsHtmlName(string name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="text"/> starts like an HTML document or fragment, and is not Markdown that opens with
    /// markup (<see cref="IsMarkdownUnderMarkup"/>).
    /// </summary>
    public static bool LooksLikeHtml(string text)
    {
        ReadOnlySpan<char> start = text.AsSpan().TrimStart();
        if (start.Length == 0 || start[0] != '<' || IsMarkdownUnderMarkup(text))
        {
            return false;
        }

        ReadOnlySpan<char> head = start[..Math.Min(start.Length, 1024)];
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<!--", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string tag in s_pageTags)
        {
            // The tag's name must end there: "<p>" and "<p class=...>", not "<pre" or "<param".
            for (int at = head.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                int after = at + tag.Length;
                if (after < head.Length && (head[after] is '>' or '/' || char.IsWhiteSpace(head[after])))
                {
                    return true;
                }

                int next = head[after..].IndexOf(tag, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : after + next;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/>, which opens with markup, is a Markdown file under it, as a README opens with a
    /// centered logo (<c>&lt;p align="center"&gt;</c>, <c>&lt;div align="center"&gt;</c>): no document's
    /// <c>&lt;html&gt;</c>, <c>&lt;head&gt;</c> or <c>&lt;body&gt;</c>, and, before any <c>&lt;pre&gt;</c>, a line at the
    /// margin that only Markdown writes: an ATX heading ("# quarry", "## Installation") or a code fence ("```sh").
    /// </summary>
    private static bool IsMarkdownUnderMarkup(string text)
    {
        ReadOnlySpan<char> all = text;
        if (all.Contains("<html", StringComparison.OrdinalIgnoreCase) || all.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || all.Contains("<head", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Only before the first block of preformatted text: a comment of a shell script in a page's <pre> ("# install
        // the tools") is no Markdown heading.
        int pre = all.IndexOf("<pre", StringComparison.OrdinalIgnoreCase);
        foreach (ReadOnlySpan<char> line in (pre < 0 ? all : all[..pre]).EnumerateLines())
        {
            if (line.StartsWith("```", StringComparison.Ordinal) || (line.StartsWith('#') && line.TrimStart('#') is [' ', ..] && line.Length - line.TrimStart('#').Length <= 6))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Extracts the article's title and text; paragraphs, headings and list items become blocks. A page with no article
    /// text (empty, or only furniture and markup) gives empty text, which the commands treat as any text without a
    /// sentence: printed, with a note, not a failure.
    /// </summary>
    public static (string? Title, string Text) Extract(string html, string name)
    {
        (string? title, string text, _) = ExtractWithPath(html, name);
        return (title, text);
    }

    /// <summary>As <see cref="Extract"/>, and which way the text was extracted.</summary>
    internal static (string? Title, string Text, HtmlPath Path) ExtractWithPath(string html, string name)
    {
        HtmlArticle article = ExtractArticle(html, name);
        return (article.Title, article.Text, article.Path);
    }

    /// <summary>
    /// As <see cref="Extract"/>, with the ranges of the text that were headings of the page (<c>h1</c> to <c>h6</c>),
    /// so that a heading written as a sentence ("What happens next?") is still read as one, and of its blocks of code
    /// (<c>pre</c> holding <c>code</c>), which are no sentences either. Sup elements that
    /// mark notes ("[1]") are left out of the text, and a <c>pre</c> block keeps its line breaks.
    /// </summary>
    /// <param name="html">The page.</param>
    /// <param name="name">The input's name (Readability reads it as the page's address).</param>
    /// <param name="wholePage">Whether all of the page is its content, as in a feed's page of stories, so that it is read
    /// block by block without Readability, which keeps one block of a page.</param>
    internal static HtmlArticle ExtractArticle(string html, string name, bool wholePage = false)
    {
        HtmlArticle article = ExtractMarkup(html, name, wholePage);
        if (wholePage || LettersAndDigits(article.Text).Length >= MinMarkupText)
        {
            return article;
        }

        // A shell that a script fills: the markup holds no article; the page's structured data, or what it shows
        // without scripts, may.
        if (HtmlStructuredData.ArticleBody(html) is { } data
            && HtmlStructuredData.AsText(data.Body, name) is var text && LettersAndDigits(text).Length > LettersAndDigits(article.Text).Length)
        {
            return new HtmlArticle(TitleOrHeadline(article.Title, data.Headline) ?? data.Headline, text, article.Path, []);
        }

        if (HtmlStructuredData.NoscriptMarkup(html) is { } markup)
        {
            HtmlArticle shown = ExtractMarkup("<html><head><title></title></head><body>" + markup + "</body></html>", name, wholePage: false);
            if (LettersAndDigits(shown.Text).Length > LettersAndDigits(article.Text).Length)
            {
                return shown with { Title = article.Title ?? shown.Title };
            }
        }

        return article;
    }

    /// <summary>The fewest letters and digits of a page's markup text for it to be the article, not a shell's (<see cref="HtmlStructuredData"/>).</summary>
    private const int MinMarkupText = 200;

    private static HtmlArticle ExtractMarkup(string html, string name, bool wholePage)
    {
        var headings = new List<TextRange>();
        HtmlOutline outline = HtmlOutline.Measure(html);
        if (!wholePage && HtmlLimits.Allow(outline, html.Length))
        {
            IHtmlDocument document = ParseAsReader(html);
            if (HtmlLimits.Allow(DocumentShape.Of(document)))
            {
                // The page's own html element is never furniture, but Readability's first pass reads its class and id
                // as any element's and would remove it, and with it that pass (mdBook's "light sidebar-visible").
                document.DocumentElement.RemoveAttribute("class");
                document.DocumentElement.RemoveAttribute("id");
                MarkHighlightedCode(document);
                HtmlThread? thread = HtmlThread.Find(document);
                RemoveNamedFurniture(document);
                string footers = PageFooterText(document);
                string? standfirst = Standfirst(document);
                string? headline = Headline(document);
                Article article = new Reader(ReaderBase + Uri.EscapeDataString(name), document).GetArticle();
                // A page Readability does not call readable (a short article, a product page, an article of divs) still
                // has its best guess at the content, which leaves out the navigation, banners and footer that the whole
                // page would bring in; the whole page is read only when that guess holds no text.
                // Readability's content is its choice: only the whole page is cleared of furniture here.
                string readableText = ToText(article.Content ?? string.Empty, headings);
                if (!article.IsReadable && readableText.Length == 0)
                {
                    headings.Clear();
                    readableText = LeavingFurnitureOut((skip, found) => ToText(html, found, skip), headings);
                }
                else if (!article.IsReadable && IsWithin(readableText, footers))
                {
                    // Readability knows a footer by its class or id only, and takes the page's own footer for the
                    // content of a page whose text is shorter ("This content has moved to the website." over "Copyright
                    // © 2011 ... Licensed under ..."): the page is read without its furniture instead, when it has text.
                    var found = new List<TextRange>();
                    string withoutFurniture = ToText(html, found, skipFurniture: true);
                    if (withoutFurniture.Length > 0)
                    {
                        (readableText, headings) = (withoutFurniture, found);
                    }
                }

                var threadHeadings = new List<TextRange>();
                if (thread?.TextOf(readableText, threadHeadings) is { Length: > 0 } posts)
                {
                    // Readability chose one post of a thread (a question's answer, an issue's comment, a review), or only
                    // a stub because the posts are named like comments and were taken out: the posts are the content, in
                    // the page's order.
                    (readableText, headings) = (posts, threadHeadings);
                }

                if (standfirst is not null && readableText.Length > 0
                    && !LettersAndDigits(readableText).Contains(LettersAndDigits(standfirst), StringComparison.Ordinal))
                {
                    // Readability keeps the body's block and leaves out the headline's, and with it the standfirst the
                    // editor wrote under the headline, often the best sentence of the page: it leads the text.
                    readableText = standfirst + "\n\n" + readableText;
                    for (int i = 0; i < headings.Count; i++)
                    {
                        headings[i] = headings[i] with { Start = headings[i].Start + standfirst.Length + 2 };
                    }
                }

                string? readableTitle = string.IsNullOrWhiteSpace(article.Title) ? null : Collapse(article.Title);
                return new HtmlArticle(TitleOrHeadline(readableTitle, headline), readableText, HtmlPath.Readability, headings);
            }

            document.Dispose();
        }

        string? title = null;
        string text = LeavingFurnitureOut(
            (skip, found) =>
            {
                title = HtmlOutline.Extract(html, out string extracted, found, skip).Title;
                return extracted;
            },
            headings);
        return new HtmlArticle(string.IsNullOrEmpty(title) ? null : title, text, HtmlPath.Linear, headings);
    }

    /// <summary>The text of the page's one <c>h1</c> (of at most 40 words), or null when it has none or several.</summary>
    private static string? Headline(IHtmlDocument document)
    {
        string? headline = null;
        foreach (IElement h1 in document.QuerySelectorAll("h1"))
        {
            string text = BlockText(h1);
            if (text.Length > 0 && headline is not null && text != headline)
            {
                return null;
            }

            headline = text.Length > 0 ? text : headline;
        }

        return headline is not null && headline.Split(' ').Length <= 40 ? headline : null;
    }

    /// <summary>
    /// The article's title: the page's headline (its one <c>h1</c>) when the title names it, with the site's name or in a
    /// shorter form ("Mara Lind cancels tour | The Daily Ledger" over "Mara Lind cancels European tour after losing her
    /// voice"): the title's part before its first separator has the headline's words, all of them (at least two) or
    /// within them (two or more), or the other way round; else the title (Readability keeps a title whole when the part
    /// before the site's name has four words or fewer).
    /// </summary>
    internal static string? TitleOrHeadline(string? title, string? headline)
    {
        if (title is null || headline is null || title == headline)
        {
            return title ?? headline;
        }

        // The title's first part, before the site's name (a page whose h1 is the site's logo names the site last, if at all).
        HashSet<string> headlineWords = Words(headline);
        HashSet<string> partWords = Words(title.Split([" | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " :: ", " \u00BB ", " / "], StringSplitOptions.None)[0]);
        bool named = partWords.SetEquals(headlineWords)
            || (partWords.Count >= 2 && headlineWords.IsSupersetOf(partWords))
            || (headlineWords.Count >= 2 && partWords.IsSupersetOf(headlineWords));
        return partWords.Count > 0 && named ? headline : title;

        static HashSet<string> Words(string text)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (string word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                string letters = new([.. word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
                if (letters.Length > 0)
                {
                    words.Add(letters);
                }
            }

            return words;
        }
    }

    /// <summary>
    /// The standfirst under the page's headline (a dek, a subtitle, a strapline), its white space collapsed, or null: within
    /// <see cref="MaxStandfirstSteps"/> elements after the first <c>h1</c>, or after the header or hgroup that holds it
    /// alone, a paragraph, an <c>h2</c> or <c>h3</c>, or a <c>div</c> that a class or id names one (<see cref="s_standfirstNames"/>:
    /// "standfirst", "article__dek", "subtitle"), or, named or not, a paragraph or an <c>h2</c> of a sentence that its
    /// final punctuation ends; of <see cref="MinStandfirstWords"/> to <see cref="MaxStandfirstLength"/> characters, and
    /// no furniture by its name (<see cref="HtmlFurniture.IsNamed"/>). Read before Readability, which changes the tree.
    /// </summary>
    private static string? Standfirst(IHtmlDocument document)
    {
        IElement? headline = document.QuerySelector("h1");
        if (headline is null)
        {
            return null;
        }

        IElement from = headline;
        while (from.NextElementSibling is null && from.ParentElement is { LocalName: "header" or "hgroup" or "div" } parent && parent.Children.Length == 1)
        {
            from = parent;
        }

        if (from.NextElementSibling is null && from.ParentElement is { LocalName: "header" or "hgroup" } holder)
        {
            from = holder;
        }

        IElement? candidate = from.NextElementSibling;
        for (int step = 0; candidate is not null && step < MaxStandfirstSteps; step++, candidate = candidate.NextElementSibling)
        {
            if (candidate.LocalName is not ("p" or "h2" or "h3" or "div")
                || HtmlFurniture.IsNamed(candidate.Closest("article, main") is not null, candidate.GetAttribute("class"),
                    candidate.GetAttribute("id"), candidate.GetAttribute("role")))
            {
                continue;
            }

            string text = BlockText(candidate);
            bool named = IsStandfirstName(candidate.GetAttribute("class")) || IsStandfirstName(candidate.GetAttribute("id"));
            bool sentence = candidate.LocalName is "p" or "h2" && text.Length > 0 && text[^1] is '.' or '!' or '?';
            if ((named || sentence) && text.Length <= MaxStandfirstLength && SplitChars.CountWords(text, MinStandfirstWords) >= MinStandfirstWords
                && !text.Contains('\n'))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The letters and digits of <paramref name="text"/>: what stays of a block whatever marks its inline code or white space got.</summary>
    internal static string LettersAndDigits(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    /// <summary>How many elements after the headline are read for its standfirst (a byline or a date may come first).</summary>
    private const int MaxStandfirstSteps = 3;

    /// <summary>The fewest words of a standfirst: a kicker or a date is none.</summary>
    private const int MinStandfirstWords = 8;

    /// <summary>The longest standfirst, in characters: a longer block is the body's.</summary>
    private const int MaxStandfirstLength = 400;

    /// <summary>The words of a class or an id that name a standfirst, between hyphens, underscores or spaces.</summary>
    private static readonly string[] s_standfirstNames =
        ["standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "strapline", "summary", "excerpt", "lede", "lead", "intro", "teaser", "description", "sub"];

    /// <summary>Whether a class or id holds a word of <see cref="s_standfirstNames"/> ("article__dek", "c-standfirst", "pw-subtitle-paragraph").</summary>
    private static bool IsStandfirstName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (string word in name.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.Exists(s_standfirstNames, known => word.Equals(known, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Removes what Readability's first pass names furniture by its class, id or role (<see cref="HtmlFurniture.IsNamed"/>;
    /// not in a table or code; a word of the page's top, "banner" or "header", only outside an article or main element,
    /// and inside one the class and id that hold it are taken off, for Readability not to leave the block out), and the page's own header, footer and aside, outside any article or main element, whatever
    /// their class (Readability joins a plain footer's "... is a registered charity" to the article beside it), before
    /// Readability reads the page, unless it holds half of the page's text or more, or the
    /// page's only <c>h1</c>: the headline's block ("post-header", "story-header", as Substack's and many blogs' are
    /// named) holds the standfirst (<see cref="Standfirst"/>), and Readability's own pass still leaves it out.
    /// Readability tries again with everything in when the article its first pass finds is shorter than
    /// <see cref="MinArticleLength"/>, and then a hidden help box ("Keyboard shortcuts", in an element whose id ends
    /// "-popup") wins over a short page's list of links; a wrapper of the whole page with an unlikely name
    /// ("has-sidebar") stays, for Readability's second try to find the article in it.
    /// </summary>
    private static void RemoveNamedFurniture(IHtmlDocument document)
    {
        int pageText = -1;
        IHtmlCollection<IElement> headlines = document.GetElementsByTagName("h1");
        IElement? headline = headlines.Length == 1 ? headlines[0] : null;
        foreach (IElement element in document.All.ToArray())
        {
            if (element.Parent is null || HtmlFurniture.IsNeverFurniture(element.LocalName) || (headline is not null && element.Contains(headline)))
            {
                continue;
            }

            bool inContent = element.Closest("article, main") is not null;
            if ((HtmlFurniture.IsPageLevelTag(element.LocalName) && !inContent)
                || ((HtmlFurniture.IsNamed(inContent, element.GetAttribute("class"), element.GetAttribute("id"), element.GetAttribute("role"))
                        || HtmlFurniture.IsNamedTag(element.LocalName))
                    && (element.Closest("table, code") is null || IsCaptionTable(element))))
            {
                pageText = pageText < 0 ? VisibleTextLength(document.DocumentElement) : pageText;
                if (2 * VisibleTextLength(element) < pageText)
                {
                    element.Remove();
                }
            }
            else if (inContent && HtmlFurniture.IsNamed(inContent: false, element.GetAttribute("class"), element.GetAttribute("id"), null))
            {
                // Named by a word of the page's top only ("result-banner"), which inside an article or main element
                // does not name furniture; Readability's own pass would leave it out for that word.
                element.RemoveAttribute("class");
                element.RemoveAttribute("id");
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="element"/> is a table that its class names a caption's, outside any other table or code:
    /// Blogger's picture with its caption under it (<c>&lt;table class="tr-caption-container"&gt;</c> holding
    /// <c>&lt;td class="tr-caption"&gt;</c>), which a layout table's exemption from furniture names does not cover.
    /// </summary>
    private static bool IsCaptionTable(IElement element) =>
        element.LocalName == "table" && element.ParentElement?.Closest("table, code") is null
        && (element.GetAttribute("class") ?? string.Empty).Contains("caption", StringComparison.OrdinalIgnoreCase);

    /// <summary>The letters, digits and marks of the text under <paramref name="root"/>, scripts, styles and templates aside (white space not counted).</summary>
    private static int VisibleTextLength(INode root)
    {
        int length = 0;
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            INode node = pending.Pop();
            if (node is IText text)
            {
                length += VisibleLength(text.Data);
            }
            else if (node is not IElement { LocalName: "script" or "style" or "noscript" or "template" })
            {
                foreach (INode child in node.ChildNodes)
                {
                    pending.Push(child);
                }
            }
        }

        return length;
    }

    /// <summary>The characters of <paramref name="text"/> that are not white space.</summary>
    internal static int VisibleLength(string text)
    {
        int length = 0;
        foreach (char c in text)
        {
            length += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return length;
    }

    /// <summary>
    /// The text of the page's own footers, those outside any article or main element (a copyright line, a licence,
    /// links), each run of white space one space, one footer a line; read before Readability, which changes the tree.
    /// </summary>
    private static string PageFooterText(IHtmlDocument document)
    {
        var text = new StringBuilder();
        foreach (IElement footer in document.GetElementsByTagName("footer"))
        {
            if (footer.Closest("article, main") is null)
            {
                text.Append(Collapse(footer.TextContent)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Whether every paragraph of <paramref name="text"/> (blocks apart by blank lines), its white space collapsed, stands in <paramref name="footers"/>.</summary>
    private static bool IsWithin(string text, string footers)
    {
        if (footers.Length == 0)
        {
            return false;
        }

        foreach (string paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!footers.Contains(Collapse(paragraph), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Readability's retry: the text with furniture left out (<see cref="HtmlFurniture"/>), unless that leaves less than
    /// <see cref="MinArticleLength"/> characters, as when a whole page's wrapper has "sidebar" in its class; then the
    /// longer of that and the text with everything in. <paramref name="headings"/> gets the chosen text's headings.
    /// </summary>
    private static string LeavingFurnitureOut(Func<bool, List<TextRange>, string> extract, List<TextRange> headings)
    {
        string text = extract(true, headings);
        if (text.Length >= MinArticleLength)
        {
            return text;
        }

        var everything = new List<TextRange>();
        string whole = extract(false, everything);
        if (whole.Length <= text.Length)
        {
            return text;
        }

        headings.Clear();
        headings.AddRange(everything);
        return whole;
    }

    /// <summary>Readability's threshold (its <c>charThreshold</c>): an article of fewer characters is tried again with its furniture.</summary>
    internal const int MinArticleLength = 500;

    /// <summary>Parses as SmartReader parses a page it is given as text (scripting on, so noscript is raw text).</summary>
    internal static IHtmlDocument ParseAsReader(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));
        return parser.ParseDocument(html);
    }

    /// <summary>
    /// Block elements become paragraphs (blank lines), white space inside them collapses to one space. The ranges of
    /// the blocks that were headings are added to <paramref name="headings"/> when it is given. With
    /// <paramref name="skipFurniture"/>, elements that <see cref="HtmlFurniture"/> names are left out, as the linear
    /// extraction leaves them out.
    /// </summary>
    internal static string ToText(string html, List<TextRange>? headings = null, bool skipFurniture = false)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var text = new StringBuilder();
        var paragraph = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, paragraph, text, headings, skipFurniture);
        Flush(paragraph, text);
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// The text of the tree under <paramref name="root"/>, depth first, with an explicit stack (no recursion). Every
    /// block read inside a heading or a block of code is a heading's; with <paramref name="skipFurniture"/>, what
    /// <see cref="HtmlFurniture.IsLeftOut"/> names is left out.
    /// </summary>
    private static void Walk(INode root, StringBuilder paragraph, StringBuilder text, List<TextRange>? headings, bool skipFurniture)
    {
        var stack = new Stack<(INode Node, int Next, bool Block, HtmlContext Context)>();
        stack.Push((root, 0, false, HtmlContext.None));
        bool itemPending = false;
        // The inline code element of text alone being read (so no other opens before it closes), where its text starts
        // in the paragraph, and the text's length then: while that is the same, no paragraph ended inside it.
        (INode? Node, int Start, int TextLength) code = default;
        while (stack.Count > 0)
        {
            (INode node, int next, bool block, HtmlContext context) = stack.Pop();
            List<TextRange>? headingsHere = (context & (HtmlContext.Heading | HtmlContext.CodeBlock)) != 0 ? headings : null;
            INodeList children = node.ChildNodes;
            if (next == children.Length)
            {
                if (ReferenceEquals(node, code.Node))
                {
                    if (text.Length == code.TextLength)
                    {
                        QuoteInlineCode(paragraph, code.Start);
                    }

                    code = default;
                }

                if (block)
                {
                    Flush(paragraph, text, headingsHere, IsCodeOnly(context));
                }

                itemPending &= !IsListItem(node);
                continue;
            }

            stack.Push((node, next + 1, block, context));
            INode child = children[next];
            if (child is IText t)
            {
                int from = paragraph.Length;
                if ((context & HtmlContext.Preformatted) != 0)
                {
                    AppendPreformatted(paragraph, t.Data);
                }
                else
                {
                    paragraph.Append(t.Data);
                }

                BulletItem(paragraph, from, ref itemPending);
            }
            else if (child is IElement element)
            {
                string name = element.LocalName;
                HtmlElementKind kind = HtmlElements.KindOf(name);
                bool html = element.NamespaceUri == NamespaceNames.HtmlUri;
                if ((kind & HtmlElementKind.Skip) != 0
                    || (html && name == "sup" && IsNoteMarker(element))
                    || (html && name == "a" && (IsNoteLink(element) || IsAnchorMark(element)))
                    || (skipFurniture && html && HtmlFurniture.IsLeftOut(name,
                        HtmlFurniture.IsNamed((context & HtmlContext.Content) != 0, element.GetAttribute("class"), element.GetAttribute("id"),
                            element.GetAttribute("role"), element.GetAttribute("epub:type")), context)))
                {
                    continue;
                }

                if (name == "br")
                {
                    paragraph.Append(LineBreak);
                    continue;
                }

                bool childBlock = (kind & HtmlElementKind.Block) != 0;
                if (childBlock)
                {
                    Flush(paragraph, text, headingsHere, IsCodeOnly(context));
                }

                HtmlContext inner = html ? context | ContextOf(name) : context;
                if (html && name == "pre" && HoldsCode(element))
                {
                    inner |= HtmlContext.CodeBlock;
                }

                if (html && IsInlineCodeName(name) && element.ChildElementCount == 0 && (context & (HtmlContext.Preformatted | HtmlContext.CodeBlock)) == 0)
                {
                    // Only code of text alone is set between backticks, whatever holds it: what holds elements, and
                    // what holds it (markup that the linear pass may model otherwise), says nothing of the code.
                    code = (element, paragraph.Length, text.Length);
                }

                itemPending |= html && name == "li" && TakesBullet(inner);

                stack.Push((element, 0, childBlock, inner));
            }
        }
    }

    /// <summary>Whether <paramref name="node"/> is an HTML <c>li</c> element.</summary>
    private static bool IsListItem(INode node) =>
        node is IElement { LocalName: "li" } element && element.NamespaceUri == NamespaceNames.HtmlUri;

    /// <summary>Whether a list item opened in <paramref name="context"/> is written with a bullet: not in a heading, code or a <c>pre</c> block.</summary>
    internal static bool TakesBullet(HtmlContext context) =>
        (context & (HtmlContext.Heading | HtmlContext.CodeBlock | HtmlContext.Preformatted)) == 0;

    /// <summary>
    /// Writes a list item's bullet (<see cref="ZipDocuments.Bullet"/>, as Word, OpenDocument and RTF lists are written) before
    /// its first text, the text appended to <paramref name="paragraph"/> from <paramref name="from"/> on, when an item is
    /// waiting for its text (<paramref name="itemPending"/>) and that text is not white space alone. Then the item's
    /// first sentence is a list item to the splitter, as in a plain-text list, and a lead-in's colon announces it.
    /// </summary>
    internal static void BulletItem(StringBuilder paragraph, int from, ref bool itemPending)
    {
        if (!itemPending)
        {
            return;
        }

        for (int i = from; i < paragraph.Length; i++)
        {
            if (!char.IsWhiteSpace(paragraph[i]))
            {
                paragraph.Insert(from, ZipDocuments.Bullet);
                itemPending = false;
                return;
            }
        }
    }

    /// <summary>Whether an element's name is one of inline code's: <c>code</c>, <c>samp</c> (a program's output) or <c>kbd</c> (keys to press).</summary>
    internal static bool IsInlineCodeName(ReadOnlySpan<char> name) => name is "code" or "samp" or "kbd";

    /// <summary>
    /// Sets the text of an inline code element that holds text alone, <paramref name="paragraph"/> from <paramref name="start"/> on (after a
    /// list item's bullet), between backticks when a mark in it would end a sentence, at its end or before a space:
    /// "the <c>&lt;code&gt;?&lt;/code&gt;</c> operator", "<c>&lt;code&gt;println!&lt;/code&gt;</c> can take", "the
    /// <c>&lt;code&gt;..&lt;/code&gt;</c> syntax". The splitter reads a span between backticks as code, as Markdown
    /// writes it, so the mark ends nothing; other code, and code that holds a backtick, stays as written.
    /// </summary>
    internal static void QuoteInlineCode(StringBuilder paragraph, int start)
    {
        int end = paragraph.Length;
        if (StartsWith(paragraph, start, ZipDocuments.Bullet))
        {
            start += ZipDocuments.Bullet.Length;
        }

        while (start < end && char.IsWhiteSpace(paragraph[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(paragraph[end - 1]))
        {
            end--;
        }

        bool endsSomething = false;
        for (int i = start; i < end; i++)
        {
            char c = paragraph[i];
            if (c == '`')
            {
                return;
            }

            endsSomething |= c is '.' or '!' or '?' or '\u2026' && (i + 1 == end || char.IsWhiteSpace(paragraph[i + 1]));
        }

        if (endsSomething)
        {
            paragraph.Insert(end, '`');
            paragraph.Insert(start, '`');
        }
    }

    /// <summary>Whether <paramref name="builder"/> holds <paramref name="value"/> at <paramref name="start"/>.</summary>
    private static bool StartsWith(StringBuilder builder, int start, string value)
    {
        if (start + value.Length > builder.Length)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (builder[start + i] != value[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether text read in <paramref name="context"/> is a block of code's and no heading's.</summary>
    private static bool IsCodeOnly(HtmlContext context) => (context & (HtmlContext.CodeBlock | HtmlContext.Heading)) == HtmlContext.CodeBlock;

    /// <summary>What an HTML element adds to the context of what it holds.</summary>
    private static HtmlContext ContextOf(string name) =>
        IsHeading(name) ? HtmlContext.Heading
        : HtmlFurniture.IsContent(name) ? HtmlContext.Content
        : name is "table" or "code" ? HtmlContext.TableOrCode
        : name is "pre" or "listing" ? HtmlContext.Preformatted
        : HtmlContext.None;

    /// <summary>
    /// Whether a <c>pre</c> element is a block of code, as HTML marks one up: a <c>code</c> (or <c>samp</c>, a program's
    /// output) element inside it (<see cref="MarkHighlightedCode"/> gives one to a block a highlighter names). Its lines
    /// are no sentences of the article; a <c>pre</c> of plain prose (a mail archive's message) is still read as text.
    /// </summary>
    private static bool HoldsCode(IElement pre)
    {
        for (IElement? child = pre.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName is "code" or "samp")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Wraps the content of each <c>pre</c> that a class of its own or of its parent names code (<see cref="NamesCode"/>:
    /// Sphinx's and Pygments' <c>div class="highlight-python"</c> over a bare <c>pre</c>, "language-python", "sourceCode",
    /// "prettyprint") in a <c>code</c> element, as HTML marks a block of code up (<see cref="HoldsCode"/>), before
    /// Readability, which drops the classes.
    /// </summary>
    private static void MarkHighlightedCode(IHtmlDocument document)
    {
        foreach (IElement pre in document.GetElementsByTagName("pre").ToArray())
        {
            if (!HoldsCode(pre) && (NamesCode(pre.GetAttribute("class")) || NamesCode(pre.ParentElement?.GetAttribute("class"))))
            {
                IElement code = document.CreateElement("code");
                while (pre.FirstChild is { } child)
                {
                    code.AppendChild(child);
                }

                pre.AppendChild(code);
            }
        }
    }

    /// <summary>The words of a class that a syntax highlighter gives a block of code.</summary>
    private static readonly string[] s_codeClasses = ["highlight", "sourcecode", "code", "prettyprint", "syntax", "hljs", "codehilite", "listing"];

    /// <summary>
    /// Whether <paramref name="classes"/> names a block of code: one of <see cref="s_codeClasses"/>, or a language's
    /// name after "language-", "lang-" or "brush:" ("language-python", "brush: js").
    /// </summary>
    private static bool NamesCode(string? classes)
    {
        if (string.IsNullOrEmpty(classes))
        {
            return false;
        }

        foreach (string word in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.Exists(s_codeClasses, known => word.Equals(known, StringComparison.OrdinalIgnoreCase) || word.StartsWith("highlight-", StringComparison.OrdinalIgnoreCase))
                || word.StartsWith("language-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("lang-", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("brush:", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most characters of a note marker's text ("[12]", "[citation needed]").</summary>
    internal const int MaxNoteMarkerLength = 24;

    /// <summary>
    /// Whether a <c>sup</c> element is a marker of a note rather than text: its text a short bracketed label ("[1]",
    /// "[a]", "[citation needed]"), or a link to a place on the page (<c>href="#..."</c>, a footnote) and nothing else.
    /// Left in, the marker is glued to the sentence it follows ("of the bay.[1]"), and a summary carries it.
    /// </summary>
    private static bool IsNoteMarker(IElement sup)
    {
        string label = sup.TextContent.Trim();
        if (label.Length == 0 || label.Length > MaxNoteMarkerLength)
        {
            return false;
        }

        if (IsBracketedLabel(label))
        {
            return true;
        }

        IElement? link = sup.ChildElementCount == 1 ? sup.FirstElementChild : null;
        return link is not null && link.LocalName == "a" && IsFragmentHref(link.GetAttribute("href"))
            && link.TextContent.Trim() == label;
    }

    /// <summary>
    /// Whether a link is a marker of a note: marked so (an EPUB's <c>epub:type="noteref"</c>, ARIA's
    /// <c>role="doc-noteref"</c>), or a link to a place in a document (<see cref="IsFragmentHref"/>: on the page, or in
    /// a book's notes file) around a superscript alone, the other way round from <see cref="IsNoteMarker"/>
    /// (<c>&lt;a href="#n1"&gt;&lt;sup&gt;1&lt;/sup&gt;&lt;/a&gt;</c>), with a short text, or whose text is a note's
    /// marker (<see cref="IsNoteMarkerText"/>: <c>&lt;a href="notes.xhtml#n1"&gt;[1]&lt;/a&gt;</c>).
    /// </summary>
    private static bool IsNoteLink(IElement link)
    {
        string label = link.TextContent.Trim();
        if (label.Length == 0 || label.Length > MaxNoteMarkerLength)
        {
            return false;
        }

        if ((link.GetAttribute("epub:type") ?? link.GetAttribute("role") ?? string.Empty).Contains("noteref", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IsFragmentHref(link.GetAttribute("href")))
        {
            return false;
        }

        IElement? sup = link.ChildElementCount == 1 ? link.FirstElementChild : null;
        bool glued = link.PreviousSibling is { } before && (before is not IText text || (text.Data.Length > 0 && !char.IsWhiteSpace(text.Data[^1])));
        return IsNoteMarkerText(label, glued) || (sup is not null && sup.LocalName == "sup" && sup.TextContent.Trim() == label);
    }

    /// <summary>The address Readability is told the page has, under which it writes the page's relative links.</summary>
    private const string ReaderBase = "https://localhost/";

    /// <summary>The most characters of a note's number or sign as a link's text ("12", "*", "†").</summary>
    private const int MaxNoteNumberLength = 4;

    /// <summary>
    /// Whether a link's text (trimmed) is a note's marker: a short bracketed label ("[1]", <see cref="IsBracketedLabel"/>),
    /// or, <paramref name="glued"/> to the text before it as a marker is ("liked.1", not "section 3"), a number or a sign
    /// alone of up to <see cref="MaxNoteNumberLength"/> characters ("1", "12", "*", "†", "‡").
    /// </summary>
    internal static bool IsNoteMarkerText(ReadOnlySpan<char> label, bool glued)
    {
        if (IsBracketedLabel(label))
        {
            return true;
        }

        if (!glued || label.Length == 0 || label.Length > MaxNoteNumberLength)
        {
            return false;
        }

        foreach (char c in label)
        {
            if (!char.IsAsciiDigit(c) && c is not ('*' or '\u2020' or '\u2021'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an href points to a place in a document of the page's own site or book: a fragment ("#n1") after nothing,
    /// or after a relative file's path ("notes.xhtml#n1", "../Text/notes.xhtml#n1"), not after another site's address
    /// or the site's root.
    /// </summary>
    internal static bool IsFragmentHref(ReadOnlySpan<char> href)
    {
        href = href.Trim();
        if (href.StartsWith(ReaderBase, StringComparison.Ordinal))
        {
            // Readability makes a relative link absolute, under the page's own address.
            href = href[ReaderBase.Length..];
        }

        int hash = href.IndexOf('#');
        return hash >= 0 && hash < href.Length - 1 && (hash == 0 || (href[0] != '/' && href[..hash].IndexOf(':') < 0));
    }

    /// <summary>
    /// Whether a link is a heading's or a paragraph's permalink, as documentation generators add one (Sphinx's
    /// <c>&lt;a class="headerlink" href="#pool"&gt;¶&lt;/a&gt;</c>, VitePress's and MkDocs' "#"): a link to a place on
    /// the page whose text is a mark alone ("¶", "#", "§", "🔗").
    /// </summary>
    internal static bool IsAnchorMark(IElement link) =>
        link.GetAttribute("href") is string href && href.StartsWith('#') && IsAnchorMarkText(link.TextContent.AsSpan().Trim());

    /// <summary>Whether a link's text is a permalink's mark alone: "¶", "#", "§" or "🔗".</summary>
    internal static bool IsAnchorMarkText(ReadOnlySpan<char> text) =>
        text is "\u00B6" or "#" or "\u00A7" or "\U0001F517";

    /// <summary>
    /// The text of <paramref name="element"/>, collapsed, its blocks and line breaks on lines of their own (a standfirst's
    /// bullets, "Red warning until 9pm" over "All services suspended", not glued into "9pmAll") and its permalinks and
    /// note markers left out (<see cref="IsAnchorMark"/>, <see cref="IsNoteLink"/>, <see cref="IsNoteMarker"/>), as the
    /// body's walk leaves them out: a standfirst that is the body's first paragraph is then found in it, not read twice.
    /// </summary>
    private static string BlockText(IElement element)
    {
        var builder = new StringBuilder();
        AppendBlockText(element, builder, depth: 0);
        return Collapse(builder.ToString());
    }

    private static void AppendBlockText(INode node, StringBuilder builder, int depth)
    {
        foreach (INode child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element && !(element.LocalName == "a" && (IsAnchorMark(element) || IsNoteLink(element)))
                && !(element.LocalName == "sup" && IsNoteMarker(element)))
            {
                bool block = element.LocalName == "br" || (HtmlElements.KindOf(element.LocalName) & HtmlElementKind.Block) != 0;
                if (block)
                {
                    builder.Append(LineBreak);
                }

                if (depth < MaxBlockTextDepth)
                {
                    AppendBlockText(element, builder, depth + 1);
                }

                if (block)
                {
                    builder.Append(LineBreak);
                }
            }
        }
    }

    /// <summary>How deep <see cref="BlockText"/> reads into a headline's or a standfirst's elements.</summary>
    private const int MaxBlockTextDepth = 32;

    /// <summary>Whether <paramref name="label"/> is a short text in square brackets ("[1]", "[note 3]").</summary>
    internal static bool IsBracketedLabel(ReadOnlySpan<char> label) =>
        label.Length >= 3 && label.Length <= MaxNoteMarkerLength && label[0] == '[' && label[^1] == ']'
        && label[1..^1].IndexOfAny('[', ']') < 0;

    /// <summary>Appends the text of a <c>pre</c> block, its line breaks kept (<see cref="KeepLineBreaks"/>).</summary>
    internal static void AppendPreformatted(StringBuilder paragraph, string value)
    {
        int from = paragraph.Length;
        paragraph.Append(value);
        KeepLineBreaks(paragraph, from);
    }

    /// <summary>
    /// Makes the line breaks of <paramref name="paragraph"/> from <paramref name="from"/> on (the text of a <c>pre</c>
    /// block) stay as a <c>&lt;br&gt;</c> stays (a carriage return before a line feed becomes a space), so that code and
    /// other preformatted lines are not run into one sentence.
    /// </summary>
    internal static void KeepLineBreaks(StringBuilder paragraph, int from)
    {
        for (int i = from; i < paragraph.Length; i++)
        {
            char c = paragraph[i];
            if (c == '\n')
            {
                paragraph[i] = LineBreak;
            }
            else if (c == '\r')
            {
                paragraph[i] = i + 1 < paragraph.Length && paragraph[i + 1] == '\n' ? ' ' : LineBreak;
            }
        }
    }

    /// <summary>
    /// Ends a paragraph: its white space collapsed, it becomes a block of <paramref name="text"/> unless empty. Given
    /// <paramref name="headings"/> (the paragraph is a heading element's whole text), the block's range is added to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Flush(StringBuilder paragraph, StringBuilder text, List<TextRange>? headings = null, bool code = false)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        string block = Collapse(paragraph.ToString());
        paragraph.Clear();
        if (block.Length > 0)
        {
            headings?.Add(new TextRange(text.Length, block.Length) { Code = code });
            text.Append(block).Append("\n\n");
        }
    }

    /// <summary>Whether an element's name (any case) is <c>h1</c> to <c>h6</c>.</summary>
    internal static bool IsHeading(ReadOnlySpan<char> name) => name.Length == 2 && (name[0] | 0x20) == 'h' && name[1] is >= '1' and <= '6';

    /// <summary>
    /// Runs of white space (the source's line breaks included) become one space; the ends are trimmed. A
    /// <c>&lt;br&gt;</c> (<see cref="LineBreak"/>) stays a line break, and two or more in a run a blank line, so that
    /// the lines of a poem, an address or a letter written with <c>&lt;br&gt;&lt;br&gt;</c> are not run together.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        bool space = false;
        int breaks = 0;
        char previous = '\0';
        foreach (char c in value)
        {
            if (IsLineBreak(c, previous))
            {
                breaks++;
                previous = c;
                continue;
            }

            previous = c;

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (builder.Length > 0 && (breaks > 0 || space))
            {
                builder.Append(breaks switch { 0 => " ", 1 => "\n", _ => "\n\n" });
            }

            space = false;
            breaks = 0;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// What a <c>&lt;br&gt;</c> leaves in a paragraph until it is collapsed: a lone low surrogate, which no text decoded
    /// from bytes holds (a decoder writes U+FFFD for one), where a private-use character would be an icon font's glyph
    /// (Material Icons' "error" is U+E000) and break its sentence.
    /// </summary>
    internal const char LineBreak = '\uDFFF';

    /// <summary>
    /// Whether <paramref name="c"/>, after <paramref name="previous"/>, is a <see cref="LineBreak"/>: not the low half of
    /// a surrogate pair, which U+DFFF also is after a high surrogate (U+207FF, a CJK ideograph, is U+D841 U+DFFF).
    /// </summary>
    internal static bool IsLineBreak(char c, char previous) => c == LineBreak && !char.IsHighSurrogate(previous);
}

/// <summary>A range of characters of an extracted text; <see cref="Code"/> when it is a block of code rather than a heading.</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    /// <summary>Whether the range is a block of code (<c>pre</c> holding <c>code</c>), not one of the page's headings.</summary>
    public bool Code { get; init; }
}

/// <summary>The article of a page: its title, its text, which way it was extracted, and which of its blocks were headings.</summary>
internal sealed record HtmlArticle(string? Title, string Text, HtmlPath Path, IReadOnlyList<TextRange> Headings);
