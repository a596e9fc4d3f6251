using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Summarizer.Cli;

/// <summary>What the HTML path needs to know of an element: how it extracts and how the HTML5 tree builder treats it.</summary>
[Flags]
internal enum HtmlElementKind
{
    None = 0,

    /// <summary>A paragraph boundary before and after its content (p, div, headings, list items, table rows...).</summary>
    Block = 1 << 0,

    /// <summary>Its content is page furniture or not text (script, nav, svg...), left out of the extraction.</summary>
    Skip = 1 << 1,

    /// <summary>Never has content (br, img, meta...): nothing is opened.</summary>
    Void = 1 << 2,

    /// <summary>Its content is raw text up to its end tag (script, style...).</summary>
    RawText = 1 << 3,

    /// <summary>Its content is text with character references up to its end tag (title, textarea).</summary>
    RcData = 1 << 4,

    /// <summary>Everything after it is text (plaintext).</summary>
    PlainText = 1 << 5,

    /// <summary>A formatting element, which the tree builder reopens after misnesting (b, i, a, font...).</summary>
    Formatting = 1 << 6,

    /// <summary>An end tag of another element does not reach past it (the "special" category of HTML5).</summary>
    Special = 1 << 7,

    /// <summary>Bounds the default element scope (table, td, th, caption, html, template, object...).</summary>
    Scope = 1 << 8,

    /// <summary>Closes an open p when it starts (the block-level start tags of HTML5).</summary>
    ClosesParagraph = 1 << 9,

    /// <summary>Foreign content (svg, math): self-closing tags close themselves.</summary>
    Foreign = 1 << 10,

    /// <summary>Bounds the table scope (html, table, template).</summary>
    TableScope = 1 << 11,
}

/// <summary>The element table of the HTML path: one place that the DOM walk and the linear extraction both ask.</summary>
internal static class HtmlElements
{
    private static readonly FrozenDictionary<string, HtmlElementKind> s_kinds = Create();

    private static readonly FrozenDictionary<string, HtmlElementKind>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of the element named <paramref name="name"/> (any case); <see cref="HtmlElementKind.None"/> if unknown.</summary>
    public static HtmlElementKind KindOf(ReadOnlySpan<char> name) =>
        s_lookup.TryGetValue(name, out HtmlElementKind kind) ? kind : HtmlElementKind.None;

    private static FrozenDictionary<string, HtmlElementKind> Create()
    {
        var kinds = new Dictionary<string, HtmlElementKind>(StringComparer.OrdinalIgnoreCase);

        // The blocks of the extraction: a paragraph boundary before and after.
        Add(kinds, HtmlElementKind.Block,
            "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "ul", "ol", "table", "tr", "dd", "dt", "figcaption", "td", "th", "caption", "aside",
            "address", "details", "summary", "center", "fieldset", "legend", "dl", "hgroup", "dialog", "search", "menu");

        // Left out with their content: scripts and styles, embedded documents, page furniture, non-text.
        Add(kinds, HtmlElementKind.Skip,
            "script", "style", "noscript", "noembed", "noframes", "iframe", "template", "svg", "math", "nav", "form",
            "figure", "button", "select", "textarea", "title");

        // The tokenizer's content models.
        Add(kinds, HtmlElementKind.RawText, "script", "style", "noscript", "noembed", "noframes", "iframe", "xmp");
        Add(kinds, HtmlElementKind.RcData, "title", "textarea");
        Add(kinds, HtmlElementKind.PlainText, "plaintext");
        Add(kinds, HtmlElementKind.Foreign, "svg", "math");
        Add(kinds, HtmlElementKind.Void,
            "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr",
            "keygen", "basefont", "bgsound", "frame", "image");

        // The tree builder's categories (HTML5 13.2.4.1 and 13.2.4.2, 13.2.6.4.7).
        Add(kinds, HtmlElementKind.Formatting,
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
        Add(kinds, HtmlElementKind.Scope,
            "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "svg", "math");
        Add(kinds, HtmlElementKind.TableScope, "html", "table", "template");
        Add(kinds, HtmlElementKind.ClosesParagraph,
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
            "figcaption", "figure", "footer", "form", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search",
            "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "table", "hr", "xmp",
            "plaintext", "li", "dd", "dt");
        Add(kinds, HtmlElementKind.Special,
            "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
            "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
            "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
            "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main",
            "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param",
            "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody",
            "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");
        return kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, HtmlElementKind> kinds, HtmlElementKind kind, params string[] names)
    {
        foreach (string name in names)
        {
            kinds[name] = kinds.GetValueOrDefault(name) | kind;
        }
    }
}

/// <summary>What the elements open around an element say about it, for the extraction.</summary>
[Flags]
internal enum HtmlContext
{
    None = 0,

    /// <summary>Inside (or is) one of h1 to h6: its text is a heading's.</summary>
    Heading = 1,

    /// <summary>Inside an article or main element: the page's content, where no header, footer or aside is page furniture.</summary>
    Content = 2,

    /// <summary>Inside a table or code, where Readability names nothing furniture by its attributes.</summary>
    TableOrCode = 4,

    /// <summary>Inside a <c>pre</c> (or <c>listing</c>) block, whose line breaks are kept.</summary>
    Preformatted = 8,

    /// <summary>Inside a block of code (a <c>pre</c> holding <c>code</c>): like a heading's, its text is no sentence of the article.</summary>
    CodeBlock = 16,
}

/// <summary>
/// Page furniture, as Readability's first pass names it: an element whose class or id has one of Readability's
/// "unlikely candidate" words (comment, sidebar, footer, share, related...) and none of its "maybe a candidate" words
/// (article, content, main...), or whose role is a menu, navigation, complementary content or a dialog, unless it is
/// in a table or code. Besides, a header, footer or aside outside any article or main element is the page's own. The
/// linear extraction and the whole-page tree walk both leave such an element out with its content, so that a page too
/// large for Readability does not bring its comments and footer into the summary; an article or main element itself
/// is never furniture (a blog's article carries its categories, "category-social-media", in its class).
/// </summary>
internal static class HtmlFurniture
{
    private static readonly SearchValues<string> s_unlikely = SearchValues.Create(
        ["-ad-", "ai2html", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
            "footer", "gdpr", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
            "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
            "yom-remote",
            // Beyond Readability's words: a consent banner's, as the common consent tools name theirs ("cookie-law-info-bar",
            // "CybotCookiebotDialog", "osano-cm-window", "qc-cmp2-container", "cc-window", "onetrust-banner-sdk",
            // "didomi-popup", "govuk-cookie-banner"), and a paywall's or a registration wall's ("paywall barrier").
            "cookie-", "cookie_", "cookiebot", "cookienotice", "cookiebanner", "consent", "onetrust", "didomi", "osano",
            "qc-cmp", "cc-window", "paywall", "regwall",
            // A "read more" box's, in other languages ("mehr-zum-thema", "lire-aussi", "leggi-anche", "czytaj-tez").
            "mehr-zum-thema", "lesen-sie-auch", "lesetipp", "lire-aussi", "leggi-anche", "lees-ook", "lea-tambien",
            "leia-tambem", "czytaj-tez", "czytaj-takze", "lireaussi", "leggianche"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Readability's unlikely words that name the page's own top, as a <c>header</c> element does: furniture only outside
    /// any article or main element, since inside one such a block holds the story's standfirst or a result's headline
    /// ("story-header", "post-header", "result-banner", "live-banner").
    /// </summary>
    private static readonly SearchValues<string> s_pageLevel = SearchValues.Create(["banner", "header"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> s_maybe = SearchValues.Create(
        ["and", "article", "body", "column", "content", "main", "shadow"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] s_roles = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];

    /// <summary>
    /// Classes and ids of furniture matched whole, beyond Readability's words: a wiki's (MediaWiki's, as a copied Wikipedia
    /// page has them: the edit links in its headings, "History[edit]", the note above the article, "For the railway
    /// station, see ...", the infobox, the navigation boxes, the contents, the references list, the message boxes, what is
    /// not printed), an advertisement's ("ad", "ads", "advert", "advertisement") and a pull quote's, which repeats a
    /// sentence of the story in large type ("pull-quote").
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> s_wholeNames = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["mw-editsection", "hatnote", "infobox", "navbox", "toc", "reflist", "mw-references-wrap", "noprint", "mw-jump-link",
            "printfooter", "catlinks", "ambox", "sistersitebox", "metadata", "mw-indicators", "thumbcaption",
            "ad", "ads", "advert", "advertisement", "adsbygoogle", "pullquote", "pull-quote",
            // An embedded social post, as the networks' embed codes name its block: a tweet repeats the story's words
            // and would win the ranking.
            "twitter-tweet", "twitter-video", "twitter-timeline", "instagram-media", "tiktok-embed", "fb-post", "fb-video",
            "reddit-embed-bq", "bluesky-embed", "mastodon-embed", "text-post-media"]);

    /// <summary>
    /// Words of furniture matched as a whole part of a class or id, split at hyphens and underscores ("cookie" in
    /// "cookie notice-box", "abo" in "abo-teaser" but not in "about"): a consent notice's, a newsletter's or a
    /// subscription's box, and an advertisement's label, in English and the languages of the European press
    /// ("anzeige", "werbung", "publicidad", "pubblicita", "advertentie", "abonnement", "abbonati", "assinatura").
    /// </summary>
    private static readonly FrozenSet<string> s_furnitureWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["cookie", "cookies", "newsletter", "newsletters", "subscribe", "subscription", "signup",
            "abo", "abonnement", "abonnieren", "abonne", "abonnes", "abonner", "abonnere", "abbonati", "abbonamento",
            "suscripcion", "suscribete", "assinatura", "assine", "prenumeration", "prenumerera", "prenumerata",
            "subskrypcja", "nieuwsbrief", "nyhetsbrev",
            "werbung", "anzeige", "publicite", "publicidad", "pubblicita", "advertentie", "publicidade", "reklame",
            "reklam", "annons", "annonse", "mainos", "reklama"]);

    /// <summary>
    /// A share bar's words, matched as <see cref="s_furnitureWords"/> are, that name furniture even beside a word of
    /// content ("article-share-count"): a share bar never holds the article.
    /// </summary>
    private static readonly FrozenSet<string> s_shareWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["share", "sharing", "sharebar", "teilen", "partager", "partage", "compartir", "condividi", "delen",
            "compartilhar", "udostepnij"]);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_wholeLookup =
        s_wholeNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_furnitureLookup =
        s_furnitureWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_shareLookup =
        s_shareWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What a class or id value says: whether it has an unlikely word (or a name of furniture matched whole, an ad's
    /// slot or label, "ad-slot", "ad-label", or a caption's, "caption", "wp-caption-text", or a word of furniture as a
    /// part of a name, <see cref="s_furnitureWords"/>), whether it has a maybe word, and whether it has a word of the
    /// page's top (<see cref="s_pageLevel"/>); a share bar's word (<see cref="s_shareWords"/>) names it furniture
    /// whatever else the value says.
    /// </summary>
    public static (bool Unlikely, bool Maybe, bool PageLevel) Words(ReadOnlySpan<char> value)
    {
        bool furnitureWord = false;
        bool shareWord = false;
        foreach (Range range in value.SplitAny(" \t\n\r\f\"'"))
        {
            ReadOnlySpan<char> token = value[range];
            if (s_wholeLookup.Contains(token) || token.StartsWith("ad-", StringComparison.OrdinalIgnoreCase)
                || token.StartsWith("ads-", StringComparison.OrdinalIgnoreCase) || token.Contains("caption", StringComparison.OrdinalIgnoreCase))
            {
                furnitureWord = true;
            }
            else if (!IsTaxonomyClass(token))
            {
                foreach (Range part in token.SplitAny("-_"))
                {
                    furnitureWord |= s_furnitureLookup.Contains(token[part]);
                    shareWord |= s_shareLookup.Contains(token[part]);
                }
            }
        }

        return shareWord ? (true, false, false)
            : (furnitureWord || value.ContainsAny(s_unlikely), value.ContainsAny(s_maybe), value.ContainsAny(s_pageLevel));
    }

    /// <summary>
    /// A blog post's class that names its category or tag ("category-cookies", "tag-newsletter"), which says what the
    /// post is about, not what the block is.
    /// </summary>
    private static bool IsTaxonomyClass(ReadOnlySpan<char> token) =>
        token.StartsWith("category-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("tag-", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("post_tag-", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a role value is one of furniture.</summary>
    public static bool IsFurnitureRole(ReadOnlySpan<char> role)
    {
        role = role.Trim();
        foreach (string furniture in s_roles)
        {
            if (role.Equals(furniture, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The parts of a book that are its furniture, not its text, as EPUB 3's structural semantics (<c>epub:type</c>) and
    /// DPUB-ARIA's roles (with "doc-" before them) name them: the cover, the title and half-title pages, the series page,
    /// the copyright page, the imprint and colophon, the dedication, the contents and the lists of illustrations, tables
    /// and the like, the index. A preface, a foreword or an introduction is the book's text and stays.
    /// </summary>
    private static readonly FrozenSet<string> s_bookFurniture = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["cover", "titlepage", "halftitlepage", "seriespage", "copyright-page", "imprint", "imprimatur", "colophon",
            "dedication", "toc", "landmarks", "loi", "lot", "loa", "lov", "page-list", "index",
            "doc-cover", "doc-toc", "doc-colophon", "doc-dedication", "doc-index", "doc-pagelist"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_bookFurnitureLookup =
        s_bookFurniture.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether an <c>epub:type</c> or <c>role</c> value (words apart by white space, "frontmatter copyright-page") names
    /// a part of a book that is its furniture (<see cref="s_bookFurniture"/>).
    /// </summary>
    public static bool IsBookFurniture(ReadOnlySpan<char> value)
    {
        foreach (Range range in value.SplitAny(" \t\n\r\f\"'"))
        {
            if (s_bookFurnitureLookup.Contains(value[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a custom element's name says beyond Readability's words: a consent banner, a newsletter box, a share bar, an ad's slot.</summary>
    private static readonly SearchValues<string> s_customFurniture = SearchValues.Create(
        ["cookie", "consent", "newsletter", "subscribe", "share", "nav", "promo", "paywall"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a custom element's name (one with a hyphen: <c>&lt;cookie-consent&gt;</c>, <c>&lt;ad-slot&gt;</c>,
    /// <c>&lt;site-footer&gt;</c>) names it furniture, as a class would: a word of Readability's, or of a consent banner,
    /// a newsletter, a share bar, navigation or a promotion, or an ad's ("ad-" first); never one that also says content
    /// (<c>&lt;article-body&gt;</c>).
    /// </summary>
    public static bool IsNamedTag(ReadOnlySpan<char> name)
    {
        if (name.IndexOf('-') < 0)
        {
            return false;
        }

        (bool unlikely, bool maybe, bool pageLevel) = Words(name);
        return !maybe && (unlikely || pageLevel || name.ContainsAny(s_customFurniture) || name.StartsWith("ad-", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether an element's attribute values (null when absent) name it furniture, a book's among it
    /// (<see cref="IsBookFurniture"/>), where it stands inside an article or main element (<paramref name="inContent"/>)
    /// or not: a word of the page's top (<see cref="s_pageLevel"/>) names furniture only outside one.
    /// </summary>
    public static bool IsNamed(bool inContent, string? className, string? id, string? role, string? epubType = null)
    {
        (bool unlikelyClass, bool maybeClass, bool pageClass) = Words(className);
        (bool unlikelyId, bool maybeId, bool pageId) = Words(id);
        return ((unlikelyClass || unlikelyId || (!inContent && (pageClass || pageId))) && !maybeClass && !maybeId) || IsFurnitureRole(role) || IsBookFurniture(role) || IsBookFurniture(epubType);
    }

    /// <summary>
    /// Whether the element <paramref name="name"/>, named furniture by its attributes or not
    /// (<paramref name="namedByAttributes"/>), is left out where <paramref name="context"/> says it stands.
    /// </summary>
    public static bool IsLeftOut(ReadOnlySpan<char> name, bool namedByAttributes, HtmlContext context)
    {
        if (IsNeverFurniture(name))
        {
            return false;
        }

        return (namedByAttributes && (context & HtmlContext.TableOrCode) == 0)
            || (IsPageLevelTag(name) && (context & HtmlContext.Content) == 0);
    }

    /// <summary>A header, footer or aside: the page's furniture when outside an article or main element.</summary>
    public static bool IsPageLevelTag(ReadOnlySpan<char> name) =>
        name.Equals("header", StringComparison.OrdinalIgnoreCase) || name.Equals("footer", StringComparison.OrdinalIgnoreCase)
        || name.Equals("aside", StringComparison.OrdinalIgnoreCase);

    /// <summary>The page's own <c>html</c> and <c>body</c>, links, and the content's <c>article</c> and <c>main</c> are never furniture.</summary>
    public static bool IsNeverFurniture(ReadOnlySpan<char> name) =>
        name.Equals("html", StringComparison.OrdinalIgnoreCase) || name.Equals("body", StringComparison.OrdinalIgnoreCase)
        || name.Equals("a", StringComparison.OrdinalIgnoreCase) || IsContent(name);

    /// <summary>An <c>article</c> or <c>main</c> element: the page's content.</summary>
    public static bool IsContent(ReadOnlySpan<char> name) =>
        name.Equals("article", StringComparison.OrdinalIgnoreCase) || name.Equals("main", StringComparison.OrdinalIgnoreCase);
}
