using System;

namespace Summarizer.Cli.Tests.Html;

/// <summary>What the extracted text keeps of a page's layout: line breaks, table cells and blocks, and the article alone.</summary>
public sealed class HtmlLayoutTests
{
    private const string Banner = "We use cookies to give you the best experience on our website.";
    private const string Footer = "Copyright 2024 Town Council. All rights reserved.";

    [Fact]
    public void LineBreaks_KeepLinesApart_AndTwoMakeAParagraph()
    {
        string html = "<html><body><article><p>Dear readers,<br><br>We started with forty subscribers in a shed<br>"
            + "Today we reach twelve thousand homes a month<br>With warm wishes,<br>Margaret Hale</p></article></body></html>";

        (_, string text) = HtmlText.Extract(html, "letter.html");

        Assert.StartsWith("Dear readers,\n\nWe started with forty subscribers in a shed\nToday we reach", text, StringComparison.Ordinal);
        Assert.Contains("With warm wishes,\nMargaret Hale", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<table><tr><th>Weight</th><td>320 g</td></tr></table>", "Weight", "320 g")]
    [InlineData("<details><summary>Delivery and returns</summary>Free delivery on orders over 30 pounds.</details>", "Delivery and returns", "Free delivery")]
    [InlineData("<p>The last trains of the night leave at these times.</p><table><tr><td>21:30<td>22:15</table>", "21:30", "22:15")]
    public void BlockElements_AreNotGluedTogether(string fragment, string first, string second)
    {
        (_, string text) = HtmlText.Extract("<html><body>" + fragment + "</body></html>", "page.html");

        Assert.DoesNotContain(first + second, text, StringComparison.Ordinal);
        Assert.Contains(first, text, StringComparison.Ordinal);
        Assert.Contains(second, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortArticle_KeepsReadabilitysContent_NotTheNavigationAndFooter()
    {
        string html = "<html><head><title>Library hours</title></head><body>"
            + "<div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/events\">Events</a></div>"
            + "<article><h1>Library extends opening hours</h1>"
            + "<p>The central library will stay open until nine o'clock on weekday evenings from next month.</p>"
            + "<p>The change follows a survey in which most users asked for later hours.</p></article>"
            + "<footer><p>" + Footer + "</p></footer></body></html>";

        (_, string text) = HtmlText.Extract(html, "short.html");

        Assert.Contains("The change follows a survey", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Events", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p class=\"lead\">The council met on Monday.</p>", true)]
    [InlineData("<!-- saved from the archive -->\n<article>The council met.</article>", true)]
    [InlineData("<head><link rel=\"stylesheet\" href=\"a.css\"></head>", true)]
    [InlineData("<h2>Council meets</h2>", true)]
    [InlineData("<pre>code</pre> is not a page", false)]
    [InlineData("<param> names a parameter.", false)]
    [InlineData("The council met on Monday.", false)]
    public void LooksLikeHtml_ByItsTags(string text, bool html)
    {
        Assert.Equal(html, HtmlText.LooksLikeHtml(text));
    }

    [Fact]
    public void PageWithoutAnyContentGuess_IsStillReadWhole()
    {
        (_, string text) = HtmlText.Extract("<html><body><div>" + Banner + "</div></body></html>", "banner.html");

        Assert.Equal(Banner, text);
    }
}
