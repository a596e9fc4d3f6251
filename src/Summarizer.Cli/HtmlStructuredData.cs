using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Summarizer.Cli;

/// <summary>
/// An article's text as a page's structured data gives it: the <c>articleBody</c> of a schema.org object in a
/// <c>&lt;script type="application/ld+json"&gt;</c> block (a NewsArticle, an Article, a BlogPosting, at the top, in an
/// array or in an <c>@graph</c>), or the markup of its <c>&lt;noscript&gt;</c> elements, for a page whose markup is a
/// shell that a script fills (an app's page, whose text is only in its data or in what it shows without scripts).
/// </summary>
internal static class HtmlStructuredData
{
    private const string Marker = "application/ld+json";

    /// <summary>The most nested levels a block is read to.</summary>
    private const int MaxDepth = 64;

    /// <summary>The longest <c>articleBody</c> of the page's JSON-LD blocks, with its <c>headline</c>; null when none has one.</summary>
    public static (string Body, string? Headline)? ArticleBody(string html)
    {
        (string Body, string? Headline)? best = null;
        foreach (Range block in Blocks(html, Marker, "</script"))
        {
            try
            {
                using JsonDocument json = JsonDocument.Parse(
                    html.AsMemory()[block],
                    new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
                Find(json.RootElement, ref best, 0);
            }
            catch (JsonException)
            {
                // A block that is no JSON (a template's placeholder, a comment) says nothing.
            }
        }

        return best;
    }

    private static void Find(JsonElement element, ref (string Body, string? Headline)? best, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                Find(item, ref best, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("articleBody", out JsonElement body) && body.ValueKind == JsonValueKind.String
            && body.GetString() is { Length: > 0 } text && text.Length > (best?.Body.Length ?? 0))
        {
            string? headline = element.TryGetProperty("headline", out JsonElement h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            best = (text, string.IsNullOrWhiteSpace(headline) ? null : HtmlText.Collapse(headline));
        }

        if (element.TryGetProperty("@graph", out JsonElement graph))
        {
            Find(graph, ref best, depth + 1);
        }
    }

    /// <summary>
    /// The markup inside the page's <c>&lt;noscript&gt;</c> elements, one after the other (what a browser without scripts
    /// shows of a page that a script fills), or null when they hold none; read once through the page.
    /// </summary>
    public static string? NoscriptMarkup(string html)
    {
        StringBuilder? markup = null;
        foreach (Range block in Blocks(html, "<noscript", "</noscript"))
        {
            (markup ??= new StringBuilder()).Append(html.AsSpan()[block]).Append('\n');
        }

        return markup?.ToString();
    }

    /// <summary>
    /// The contents of the elements that <paramref name="start"/> finds in their start tag (a tag's name, or a value in
    /// it) and <paramref name="end"/> closes: from after that tag's '&gt;' to the end tag. Each search starts where the
    /// block before it ends, so that the page is read once, however often it holds <paramref name="start"/>.
    /// </summary>
    private static IEnumerable<Range> Blocks(string html, string start, string end)
    {
        for (int at = html.IndexOf(start, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            int open = html.IndexOf('>', at);
            int close = open < 0 ? -1 : html.IndexOf(end, open, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                yield break;
            }

            yield return (open + 1)..close;
            at = html.IndexOf(start, close, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// The body as a page's text: markup read as a page's blocks are (a body written as HTML), else plain text whose
    /// lines are paragraphs, its character references decoded.
    /// </summary>
    public static string AsText(string body, string name)
    {
        if (body.Contains("<p", StringComparison.OrdinalIgnoreCase) || body.Contains("<br", StringComparison.OrdinalIgnoreCase))
        {
            return HtmlText.ExtractArticle("<html><body>" + body + "</body></html>", name, wholePage: true).Text;
        }

        var text = new StringBuilder(body.Length);
        foreach (string line in HtmlEntities.Decode(body).Split('\n'))
        {
            string paragraph = HtmlText.Collapse(line);
            if (paragraph.Length > 0)
            {
                text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(paragraph);
            }
        }

        return text.ToString();
    }
}
