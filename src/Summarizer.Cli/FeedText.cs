using System;
using System.IO;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Summarizer.Cli;

/// <summary>
/// News feeds (RSS 0.9x to 2.0, RSS 1.0 and Atom) as web pages: each item's title becomes a heading and its description
/// or content the paragraphs under it, so that a feed is read as the page of its stories rather than as one story
/// (Readability keeps one block of a page) with its markup showing ("]]&gt;" of a CDATA section, escaped tags).
/// </summary>
internal static class FeedText
{
    // How much of the text's start is looked at to tell a feed (its root element comes after the XML declaration,
    // comments and a stylesheet instruction).
    private const int MaxSniffLength = 1024;

    /// <summary>RSS's content module, whose encoded element holds an item's full text as HTML.</summary>
    private static readonly XNamespace s_contentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>True when <paramref name="text"/> starts as a feed does: markup whose first element is rss, feed or rdf:RDF.</summary>
    public static bool LooksLikeFeed(string text)
    {
        ReadOnlySpan<char> start = text.AsSpan().TrimStart();
        if (start.Length == 0 || start[0] != '<')
        {
            return false;
        }

        ReadOnlySpan<char> head = start[..Math.Min(start.Length, MaxSniffLength)];
        int k = 0;
        while (k < head.Length)
        {
            int open = head[k..].IndexOf('<');
            if (open < 0 || k + open + 1 >= head.Length)
            {
                return false;
            }

            k += open + 1;
            if (head[k] is '?' or '!')
            {
                // The XML declaration, a processing instruction, a comment or a doctype: the root comes after it.
                continue;
            }

            ReadOnlySpan<char> name = head[k..];
            return IsRootName(name, "rss") || IsRootName(name, "feed") || IsRootName(name, "rdf:RDF");
        }

        return false;
    }

    /// <summary>
    /// The feed as a page, its title the channel's and an article of its items; null when the text is no well-formed
    /// feed (it is then read as any page), or when it nests deeper or has more attributes to a tag than
    /// <see cref="HtmlLimits"/> lets a page have (then it is read as such a page is). A document type is ignored and never resolved, so no entity but XML's own is expanded.
    /// </summary>
    public static string? ToHtml(string text) => ToHtml(text, repaired: false);

    private static string? ToHtml(string text, bool repaired)
    {
        if (!LooksLikeFeed(text))
        {
            return null;
        }

        HtmlOutline outline = HtmlOutline.Measure(text);
        if (outline.MaxDepth > HtmlLimits.MaxDepth || outline.MaxAttributes > HtmlLimits.MaxAttributes)
        {
            // A feed shaped to make the XML reader and writer slow (deep nesting: namespaces are resolved up the whole
            // chain of ancestors; a tag with thousands of attributes, checked pairwise) is read as any such page, by
            // the linear extraction. A feed of many items is not: it is parsed and written in linear time.
            return null;
        }

        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            // Feeds are often not well-formed for their entities alone: HTML's named ones ("&nbsp;", "&eacute;"), or ones
            // a document type declares, which is never read. Once more without them, before reading it as any page.
            return repaired ? null : ToHtml(WithoutDocumentType(text), repaired: true);
        }

        XElement root = document.Root!;
        XElement channel = Child(root, "channel") ?? root;
        var html = new StringBuilder(text.Length);
        html.Append("<!DOCTYPE html><html><head><title>")
            .Append(WebUtility.HtmlEncode(Collapse(Child(channel, "title")?.Value)))
            .Append("</title></head><body><article>");
        int items = 0;
        foreach (XElement item in root.Descendants())
        {
            if (item.Name.LocalName is not ("item" or "entry"))
            {
                continue;
            }

            items++;
            html.Append("<section><h2>").Append(WebUtility.HtmlEncode(Collapse(TitleText(Child(item, "title"))))).Append("</h2>");
            XElement? body = Body(item);
            if (body is not null)
            {
                html.Append("<div>").Append(BodyHtml(body)).Append("</div>");
            }

            html.Append("</section>");
        }

        return items == 0 ? null : html.Append("</article></body></html>").ToString();
    }

    /// <summary>
    /// An item's description or content as HTML: RSS and Atom's "html" carry it escaped or in CDATA (the element's value
    /// is the markup), Atom's "xhtml" as child elements, and Atom's "text" as plain text.
    /// </summary>
    private static string BodyHtml(XElement body)
    {
        string? type = body.Attribute("type")?.Value;
        if (type == "xhtml")
        {
            var inner = new StringBuilder();
            foreach (XNode node in body.Nodes())
            {
                inner.Append(node.ToString(SaveOptions.DisableFormatting));
            }

            return inner.ToString();
        }

        return type == "text" ? WebUtility.HtmlEncode(body.Value) : body.Value;
    }

    /// <summary>An item's title as text: an Atom title of type "html" is markup ("Rat beschließt &lt;em&gt;Ufermauer&lt;/em&gt;"), read as a page's blocks are.</summary>
    private static string? TitleText(XElement? title)
    {
        if (title?.Attribute("type")?.Value != "html")
        {
            return title?.Value;
        }

        HtmlOutline.Extract(title.Value, out string text, skipFurniture: false);
        return text;
    }

    /// <summary>
    /// The feed without its document type (and the internal subset in its brackets), and with each entity reference but
    /// XML's own and numeric ones replaced: by its character when HTML names it ("&amp;nbsp;", "&amp;eacute;"), escaped
    /// for XML, else by nothing (an entity the document type would have declared, which is never expanded).
    /// </summary>
    private static string WithoutDocumentType(string text)
    {
        // The document type stands before the root element, near the start (LooksLikeFeed); a "<!DOCTYPE html>" in an
        // item's markup further on is the item's.
        int doctype = text.AsSpan(0, Math.Min(text.Length, MaxSniffLength)).IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype >= 0)
        {
            int bracket = text.IndexOf('[', doctype);
            int end = text.IndexOf('>', doctype);
            if (bracket >= 0 && end > bracket)
            {
                // The internal subset holds '>' of its declarations: it ends at "]" before the doctype's '>'.
                int subsetEnd = text.IndexOf(']', bracket);
                while (subsetEnd >= 0 && text.AsSpan(subsetEnd + 1).TrimStart().Length > 0 && text.AsSpan(subsetEnd + 1).TrimStart()[0] != '>')
                {
                    subsetEnd = text.IndexOf(']', subsetEnd + 1);
                }

                end = subsetEnd < 0 ? -1 : text.IndexOf('>', subsetEnd);
            }

            text = end < 0 ? text : string.Concat(text.AsSpan(0, doctype), text.AsSpan(end + 1));
        }

        var repaired = new StringBuilder(text.Length);
        int from = 0;
        for (int amp = text.IndexOf('&'); amp >= 0; amp = text.IndexOf('&', amp + 1))
        {
            // A reference's name is short: its ';' is looked for within that, so that a text of '&' alone is read once.
            int semicolon = text.AsSpan(amp + 1, Math.Min(MaxEntityName + 1, text.Length - amp - 1)).IndexOf(';');
            semicolon = semicolon < 0 ? -1 : amp + 1 + semicolon;
            if (semicolon < 0 || text[amp + 1] == '#' || !IsEntityName(text.AsSpan(amp + 1, semicolon - amp - 1)))
            {
                continue;
            }

            string name = text.Substring(amp + 1, semicolon - amp - 1);
            if (name is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                continue;
            }

            repaired.Append(text, from, amp - from);
            string reference = text.Substring(amp, semicolon - amp + 1);
            string decoded = HtmlEntities.Decode(reference);
            repaired.Append(decoded == reference ? string.Empty : WebUtility.HtmlEncode(decoded));
            from = semicolon + 1;
        }

        return repaired.Append(text, from, text.Length - from).ToString();

        static bool IsEntityName(ReadOnlySpan<char> name) =>
            name.Length > 0 && char.IsAsciiLetter(name[0]) && !name.ContainsAnyExcept(s_entityNameChars);
    }

    /// <summary>The longest entity name looked for (HTML's longest is 31 characters).</summary>
    private const int MaxEntityName = 40;

    private static readonly System.Buffers.SearchValues<char> s_entityNameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:");

    /// <summary>
    /// An item's fullest text: RSS's content:encoded, else the content, description or summary of the item's own format
    /// (no namespace in RSS 2.0, RSS 1.0's, Atom's), the first that holds prose. Elements of other namespaces are never
    /// the body: Media RSS's media:content with its media:credit or media:description ("Harbor Times file photo") only
    /// tells of a picture, and a content:encoded of one image gives way to the description.
    /// </summary>
    private static XElement? Body(XElement item)
    {
        XNamespace own = item.Name.Namespace;
        return FirstWithProse(item, s_contentModule + "encoded") ?? FirstWithProse(item, own + "content")
            ?? FirstWithProse(item, own + "description") ?? FirstWithProse(item, own + "summary");
    }

    /// <summary>The first child named <paramref name="name"/> whose text, read as its type says, has a letter or digit.</summary>
    private static XElement? FirstWithProse(XElement item, XName name)
    {
        foreach (XElement child in item.Elements(name))
        {
            string text = child.Attribute("type")?.Value is "text" or "xhtml" ? child.Value : PageText(child.Value);
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return child;
                }
            }
        }

        return null;

        static string PageText(string html)
        {
            HtmlOutline.Extract(html, out string text, skipFurniture: false);
            return text;
        }
    }

    /// <summary>The first child of <paramref name="parent"/> with the local name <paramref name="localName"/>, whatever its namespace.</summary>
    private static XElement? Child(XElement parent, string localName)
    {
        foreach (XElement child in parent.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The text with its runs of white space made one space; empty for none.</summary>
    private static string Collapse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether the tag name at <paramref name="at"/> is <paramref name="name"/>, ended by "&gt;", "/" or white space.</summary>
    private static bool IsRootName(ReadOnlySpan<char> at, string name) =>
        at.StartsWith(name, StringComparison.Ordinal) && at.Length > name.Length && (at[name.Length] is '>' or '/' || char.IsWhiteSpace(at[name.Length]));
}
