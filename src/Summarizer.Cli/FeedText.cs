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

    /// <summary>The elements that hold an item's text, fullest first.</summary>
    private static readonly string[] s_bodyNames = ["encoded", "content", "description", "summary"];

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
    public static string? ToHtml(string text)
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
            return null;
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
            html.Append("<section><h2>").Append(WebUtility.HtmlEncode(Collapse(Child(item, "title")?.Value))).Append("</h2>");
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

    /// <summary>
    /// An item's fullest text: its content (RSS's content:encoded, Atom's content), else its description or summary;
    /// an element without text is passed over, as an RSS item's media:content, which only points at a picture.
    /// </summary>
    private static XElement? Body(XElement item)
    {
        foreach (string name in s_bodyNames)
        {
            foreach (XElement child in item.Elements())
            {
                if (child.Name.LocalName == name && (!string.IsNullOrWhiteSpace(child.Value) || child.HasElements))
                {
                    return child;
                }
            }
        }

        return null;
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
