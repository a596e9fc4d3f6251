using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AngleSharp.Html.Parser;
using CsCheck;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Html;

/// <summary>
/// The linear extraction against the library path it stands in for: on well-formed pages it gives exactly the text
/// of <see cref="HtmlText.ToText"/>, which walks AngleSharp's tree; its character references decode as AngleSharp's do.
/// </summary>
public sealed class HtmlOutlineTests
{
    private static readonly string[] s_inline = ["span", "b", "i", "em", "strong", "a", "code", "small", "x-widget"];
    private static readonly string[] s_block = ["div", "section", "article", "blockquote", "header", "footer", "main", "aside", "center"];

    // Attributes of a block: none, furniture (by class, id or role, in any case and quoting), or not furniture.
    private static readonly string[] s_attributes =
        ["", " class=\"comments\"", " id='SideBar'", " class=comment-list", " role=\"navigation\"", " class=\"main-content\"",
            " id=\"related\" class=\"article\"", " class=\"story\"", " role='note'", " data-x=\"comment\""];
    private static readonly string[] s_skipped = ["nav", "form", "button", "figure", "noscript", "select"];
    private static readonly string[] s_words = ["The", "council", "approved", "parks", "&amp;", "&lt;b&gt;", "&#169;", "&eacute;t&eacute;", "caf&#xE9;", " ", "\n", "  ", "&nbsp;", "x&y", "a < b", "why?", "ok. "];

    [Fact]
    public void Extract_RandomWellFormedPages_SameAsTheTreeWalk()
    {
        // A shorter page is a smaller counterexample.
        Gen<string> pages = Property.FromRandom(
            random => "<!DOCTYPE html><html><head><title>T</title><style>p { x: 1 }</style></head><body>" + Flow(random, 0) + "</body></html>",
            html => html.Length);
        pages.Sample(html =>
        {
            var linearHeadings = new List<TextRange>();
            var walkHeadings = new List<TextRange>();
            HtmlOutline.Extract(html, out string text, linearHeadings);

            string walk = HtmlText.ToText(html, walkHeadings, skipFurniture: true);
            Assert.True(walk == text, $"{html}\nwalk:\n{walk}\nlinear:\n{text}");
            Assert.True(walkHeadings.SequenceEqual(linearHeadings), $"{html}\nwalk: {string.Join(' ', walkHeadings)}\nlinear: {string.Join(' ', linearHeadings)}");
        }, iter: 400);
    }

    [Fact]
    public void Append_RandomReferences_SameAsAngleSharp()
    {
        string[] pieces = ["&amp;", "&amp", "&AMP;", "&notit;", "&notin;", "&not", "&copy", "&copy;x", "&#65;", "&#x41;", "&#X41", "&#0;", "&#128;",
            "&#x9F;", "&#xD800;", "&#1114112;", "&#99999999999;", "&#;", "&#x;", "&", "&unknown;", "&CounterClockwiseContourIntegral;",
            "&frac12", "&frac12;", "&nbsp", "a", " ", "1", "#", "x"];
        // ("&;" is left out: AngleSharp drops its ';', where HTML5 and this decoder keep "&;" as text.)
        // One thread: the parser is shared.
        var parser = new HtmlParser();
        Gen.OneOf(pieces).Array[1, 11].Select(string.Concat).Sample(text =>
        {
            string expected = parser.ParseDocument("<p>" + text + "</p>").QuerySelector("p")!.TextContent;

            Assert.True(expected == HtmlEntities.Decode(text), $"{text} -> {expected} / {HtmlEntities.Decode(text)}");
        }, iter: 500, threads: 1);
    }

    [Theory]
    [InlineData("<p>a<p>b<div>c</div>d", "a\n\nb\n\nc\n\nd")]
    [InlineData("<ul><li>one<li>two<ul><li>inner</ul><li>three</ul>", "• one\n\n• two\n\n• inner\n\n• three")]
    [InlineData("<ul><li> <p>one</p><li><img src=x><li>two</ul><p>after", "• one\n\n• two\n\nafter")]
    [InlineData("<h2><ul><li>in a heading</ul></h2><pre><ul><li>in a pre</ul></pre>", "in a heading\n\nin a pre")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>after", "a\n\nb\n\nc\n\nafter")]
    [InlineData("<nav><div>menu</div></nav><p>kept", "kept")]
    [InlineData("<div><nav>menu</div>kept", "kept")]
    [InlineData("<script>if (a < b) { x = '</p>'; }</script>text<style>p{}</style>", "text")]
    [InlineData("<title>T &amp; U</title><p>x<br>y</br>z", "x\ny\nz")]
    [InlineData("<!-- <p>not text</p> --><p>a<!-- b -->c", "ac")]
    [InlineData("<svg><p>in svg<![CDATA[y]]></svg>after", "after")]
    [InlineData("<iframe srcdoc=\"<p>x</p>\"><p>fallback</p></iframe>text", "text")]
    [InlineData("<template><p>t</p></template>text", "text")]
    [InlineData("<textarea><p>typed</p></textarea>text", "text")]
    [InlineData("<p title='a > b'>quoted</p><p a=\"<p>\">x", "quoted\n\nx")]
    [InlineData("a < b and <3 but <= c", "a < b and <3 but <= c")]
    [InlineData("<xmp><b>shown</b></xmp>", "<b>shown</b>")]
    [InlineData("<p>cut off <b", "cut off")]
    [InlineData("<div class=\"comments\"><p>nice post</p></div><p>kept", "kept")]
    [InlineData("<section id=SideBar><p>menu</p></section><p>kept", "kept")]
    [InlineData("<div id=\"sidebar\" class=\"main\"><p>kept</p></div>", "kept")]
    [InlineData("<aside role=\"complementary\">ad</aside><p>kept", "kept")]
    [InlineData("<p>a <a class=\"comment\" href=\"#c\">link</a> b", "a link b")]
    [InlineData("<div data-class=\"comment\">kept</div>", "kept")]
    [InlineData("<svg><g class=\"comment\">x</g></svg><p class=footer-links>gone</p>kept", "kept")]
    public void Extract_Cases(string html, string expected)
    {
        HtmlOutline.Extract(html, out string text);

        Assert.Equal(expected, text);
    }

    [Theory]
    // A heading closed by another level's end tag, left open at the end, holding a block, or with only line breaks.
    [InlineData("<p>before</p><h2>What happens next?</h3><p>after", "What happens next?")]
    [InlineData("<p>before</p><h2>Who pays for it?", "Who pays for it?")]
    [InlineData("<h2><span>Analysis:</span><div>What happens next?</div></h2><p>after", "Analysis:|What happens next?")]
    [InlineData("approved <h3><br><br></h3>after", "")]
    [InlineData("<h1>One</h1><h2>Two</h2>text", "One|Two")]
    public void Extract_Headings_AreTheTreeWalksHeadings(string html, string expected)
    {
        var linear = new List<TextRange>();
        var walk = new List<TextRange>();
        HtmlOutline.Extract(html, out string text, linear);
        string walked = HtmlText.ToText(html, walk, skipFurniture: true);

        Assert.Equal(walked, text);
        Assert.Equal(walk, linear);
        Assert.Equal(expected, string.Join('|', linear.Select(range => text.Substring(range.Start, range.Length))));
    }

    [Theory]
    // Inline code whose mark would end a sentence goes between backticks, which the splitter reads as code; other code,
    // a block of code and code that holds a backtick stay as written.
    [InlineData("<p>Use the <code>?</code> operator.</p>", "Use the `?` operator.")]
    [InlineData("<ul><li><code> println! </code>: prints a line</li></ul>", "• `println!` : prints a line")]
    [InlineData("<p>Press <kbd>?</kbd> for help, or <samp>Done.</samp> shows.</p>", "Press `?` for help, or `Done.` shows.")]
    [InlineData("<p>The <code>a <code>b!</code> c</code> d <code><b>e!</b></code> f</p>", "The a `b!` c d e! f")]
    [InlineData("<p>Call <code>x.len()</code> or <code>e.g</code> now.</p>", "Call x.len() or e.g now.")]
    [InlineData("<p>Quote <code>a`b!</code> here.</p>", "Quote a`b! here.")]
    [InlineData("<pre><code>let x = y?;\nok!</code></pre>", "let x = y?;\nok!")]
    public void Extract_InlineCodeThatWouldEndASentence_GoesBetweenBackticks(string html, string expected) =>
        AssertAsTheTreeWalk(html, expected);

    [Theory]
    // Inside a table Readability names nothing furniture; the first of two class attributes counts, as in the tree.
    [InlineData("<table><tr class=\"header-row\"><th>Party</th><th>Votes</th></tr><tr><td class=\"extra\">Greens</td><td>12,000</td></tr></table>", "Party\n\nVotes\n\nGreens\n\n12,000")]
    [InlineData("<div class=\"comments\" class=\"article-body\">gone</div><p>kept", "kept")]
    [InlineData("<div class=\"article-body\" class=\"comments\">kept</div>", "kept")]
    [InlineData("<header><p>site</p></header><article><header><p>byline</p></header><p>kept</p><footer>tags</footer></article><footer>c</footer>", "byline\n\nkept\n\ntags")]
    public void Extract_Furniture_AsTheTreeWalkLeavesItOut(string html, string expected) =>
        AssertAsTheTreeWalk(html, expected);

    /// <summary>Asserts that the linear pass and the tree walk both give <paramref name="expected"/> for <paramref name="html"/>.</summary>
    private static void AssertAsTheTreeWalk(string html, string expected)
    {
        HtmlOutline.Extract(html, out string text);

        Assert.Equal(expected, text);
        Assert.Equal(expected, HtmlText.ToText(html, skipFurniture: true));
    }

    [Fact]
    public void Measure_DepthFollowsTheTreeBuilder()
    {
        // Unclosed p and li close themselves; unclosed b and div nest; an end tag out of scope is ignored.
        Assert.Equal(1, HtmlOutline.Measure(Repeat("<p>x", 100)).MaxDepth);
        Assert.Equal(2, HtmlOutline.Measure("<ul>" + Repeat("<li>x", 100)).MaxDepth);
        Assert.Equal(100, HtmlOutline.Measure(Repeat("<b>x", 100)).MaxDepth);
        Assert.Equal(100, HtmlOutline.Measure(Repeat("<div>x", 100)).MaxDepth);
        Assert.Equal(300, HtmlOutline.Measure(Repeat("<div><table><td></div>", 100)).MaxDepth);
        Assert.Equal(200, HtmlOutline.Measure(Repeat("<b><div></b>", 100)).MaxDepth);
        Assert.Equal(HtmlOutline.MaxModelDepth + 1, HtmlOutline.Measure(Repeat("<span>", 10_000)).MaxDepth);
    }

    private static string Repeat(string value, int count) => new StringBuilder().Insert(0, value, count).ToString();

    /// <summary>Flow content: blocks, skipped elements, inline runs and text, nested a few levels.</summary>
    private static string Flow(Random random, int depth)
    {
        var html = new StringBuilder();
        for (int n = random.Next(1, 5); n > 0; n--)
        {
            switch (depth > 4 ? 9 : random.Next(10))
            {
                case 0 or 1:
                    string block = s_block[random.Next(s_block.Length)];
                    string attributes = s_attributes[random.Next(s_attributes.Length)];
                    html.Append('<').Append(block).Append(attributes).Append('>').Append(Flow(random, depth + 1)).Append("</").Append(block).Append('>');
                    break;
                case 2:
                    html.Append("<p>").Append(Phrasing(random, depth + 1)).Append("</p>");
                    break;
                case 3:
                    html.Append("<ul>");
                    for (int i = random.Next(1, 4); i > 0; i--)
                    {
                        html.Append("<li>").Append(Flow(random, depth + 1)).Append("</li>");
                    }

                    html.Append("</ul>");
                    break;
                case 4:
                    string skipped = s_skipped[random.Next(s_skipped.Length)];
                    html.Append('<').Append(skipped).Append('>').Append(Phrasing(random, depth + 1)).Append("</").Append(skipped).Append('>');
                    break;
                case 5:
                    int level = random.Next(1, 7);
                    html.Append("<h").Append(level).Append(" class=\"t\">").Append(Phrasing(random, depth + 1)).Append("</h").Append(level).Append('>');
                    break;
                case 6:
                    html.Append("<script>var s = '<p>no</p>';</script><!-- a comment -->").Append(Phrasing(random, depth + 1));
                    break;
                case 7:
                    html.Append("<table><tbody><tr><td>").Append(Phrasing(random, depth + 1)).Append("</td><td>").Append(Phrasing(random, depth + 1)).Append("</td></tr></tbody></table>");
                    break;
                default:
                    html.Append(Phrasing(random, depth + 1));
                    break;
            }
        }

        return html.ToString();
    }

    /// <summary>Phrasing content: text, line breaks and inline elements.</summary>
    private static string Phrasing(Random random, int depth)
    {
        var html = new StringBuilder();
        for (int n = random.Next(1, 6); n > 0; n--)
        {
            int choice = depth > 6 ? 0 : random.Next(6);
            if (choice == 1)
            {
                string inline = s_inline[random.Next(s_inline.Length)];
                html.Append('<').Append(inline).Append(" data-x='1'>").Append(Phrasing(random, depth + 1)).Append("</").Append(inline).Append('>');
            }
            else if (choice == 2)
            {
                html.Append("<br>");
            }
            else
            {
                html.Append(s_words[random.Next(s_words.Length)]).Append(random.Next(3) == 0 ? " " : string.Empty);
            }
        }

        return html.ToString();
    }
}
