using System;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Summarizer.Cli;

/// <summary>The main article of a web page as plain text, one paragraph a block, through SmartReader (Readability).</summary>
internal static class HtmlText
{
    /// <summary>True when <paramref name="name"/> is an HTML file by its extension.</summary>
    public static bool IsHtmlName(string name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> starts like an HTML document or fragment.</summary>
    public static bool LooksLikeHtml(string text)
    {
        ReadOnlySpan<char> start = text.AsSpan().TrimStart();
        if (start.Length == 0 || start[0] != '<')
        {
            return false;
        }

        ReadOnlySpan<char> head = start[..Math.Min(start.Length, 1024)];
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<article", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Extracts the article's title and text; paragraphs, headings and list items become blocks.</summary>
    /// <exception cref="InputException">No readable article was found.</exception>
    public static (string? Title, string Text) Extract(string html, string name)
    {
        Article article = new Reader("https://localhost/" + Uri.EscapeDataString(name), html).GetArticle();
        string content = article.IsReadable ? article.Content : html;
        string text = ToText(content);
        if (text.Length == 0)
        {
            throw new InputException($"{name}: no article text found in the HTML.");
        }

        string? title = string.IsNullOrWhiteSpace(article.Title) ? null : Collapse(article.Title);
        return (title, text);
    }

    /// <summary>Block elements become paragraphs (blank lines), white space inside them collapses to one space.</summary>
    internal static string ToText(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var text = new StringBuilder();
        var paragraph = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, paragraph, text);
        Flush(paragraph, text);
        return text.ToString().TrimEnd();
    }

    private static void Walk(INode node, StringBuilder paragraph, StringBuilder text)
    {
        foreach (INode child in node.ChildNodes)
        {
            if (child is IText t)
            {
                paragraph.Append(t.Data);
            }
            else if (child is IElement element)
            {
                switch (element.LocalName)
                {
                    case "script" or "style" or "noscript" or "template" or "svg" or "nav" or "button" or "form" or "figure":
                        break;
                    case "br":
                        paragraph.Append('\n');
                        break;
                    case "p" or "div" or "section" or "article" or "main" or "header" or "footer" or "h1" or "h2" or "h3" or "h4" or "h5"
                        or "h6" or "li" or "blockquote" or "pre" or "ul" or "ol" or "table" or "tr" or "dd" or "dt" or "figcaption":
                        Flush(paragraph, text);
                        Walk(element, paragraph, text);
                        Flush(paragraph, text);
                        break;
                    default:
                        Walk(element, paragraph, text);
                        break;
                }
            }
        }
    }

    private static void Flush(StringBuilder paragraph, StringBuilder text)
    {
        string block = Collapse(paragraph.ToString());
        paragraph.Clear();
        if (block.Length > 0)
        {
            text.Append(block).Append("\n\n");
        }
    }

    /// <summary>Runs of white space (line breaks included) become one space; the ends are trimmed.</summary>
    private static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
