using System;
using System.Collections.Generic;
using System.Text;

namespace Summarizer.Cli.Tests.Html;

/// <summary>
/// Hostile web pages of about a given size: the shapes that make an HTML parser or Readability superlinear, each a
/// few bytes repeated. Shared by the tests (small sizes), tools/Stress (1 MB and 16 MB) and the fuzzing harness.
/// </summary>
public static class HostileHtml
{
    /// <summary>A sentence that every page carries somewhere, so that a sensible extraction has text to find.</summary>
    public const string Sentence = "The council approved the new budget for the city parks on Monday evening.";

    private const string Paragraph = "<p>" + Sentence + "</p>";

    private static readonly Dictionary<string, Func<int, string>> s_shapes = new(StringComparer.Ordinal)
    {
        // The pages of the issue.
        ["nested-div"] = size => Nest("<div>", "</div>", size),
        ["unclosed-b"] = size => Repeat("<b>", size, suffix: Paragraph),
        ["nested-table"] = size => Nest("<table><tr><td>", "</td></tr></table>", size, Sentence),
        ["unclosed-p"] = size => Repeat("<p>The budget doubles again ", size),
        ["span-words"] = size => Repeat("<span>word</span> ", size, "<p>", "</p>"),
        ["paragraphs"] = size => Repeat("<p>The council met on Monday, it said.</p>\n", size),
        ["entities"] = size => Repeat("&amp;", size, "<p>" + Sentence, "</p>"),
        ["inline-script"] = size => Repeat("var x = 1;\n", size, Paragraph + "<script>", "</script>"),

        // Deep nesting of each common kind of element.
        ["nested-span"] = size => Nest("<span>", "</span>", size),
        ["nested-section"] = size => Nest("<section>", "</section>", size),
        ["nested-blockquote"] = size => Nest("<blockquote>", "</blockquote>", size),
        ["nested-list"] = size => Nest("<ul><li>", "</li></ul>", size),
        ["nested-a"] = size => Nest("<a href=x>", "</a>", size),
        ["nested-em-strong"] = size => Nest("<em><strong>", "</strong></em>", size),
        ["nested-font"] = size => Nest("<font color=red>", "</font>", size),
        ["nested-button"] = size => Nest("<button>", "</button>", size),
        ["nested-object"] = size => Nest("<object>", "</object>", size),
        ["nested-svg"] = size => Nest("<svg><g>", "</g></svg>", size),
        ["nested-custom"] = size => Nest("<x-widget>", "</x-widget>", size),
        ["unclosed-div"] = size => Repeat("<div>word ", size, suffix: Paragraph),
        ["unclosed-mixed"] = size => Repeat("<div><span><b><i><li><dd><td>x ", size, suffix: Paragraph),

        // Misnested and stray tags.
        ["misnested-formatting"] = size => Repeat("<b><i>bold</b> italic</i> ", size, "<p>", "</p>"),
        ["misnested-blocks"] = size => Repeat("<b><p>x</b>y</p>", size),
        ["adoption-agency"] = size => Repeat("<a><div><a>x</div>", size),
        ["stray-end-tags"] = size => Repeat("</div></p></b></td></x>", size, Paragraph),
        ["formatting-reopened"] = size => Repeat("<b id=1><i id=2><u id=3><s id=4></p><p>x", size, suffix: Paragraph),
        ["foster-parented"] = size => Repeat("<b>x</b>", size, "<table>", "</table>" + Paragraph),
        ["wide-div"] = size => Repeat("<span>x</span>", size, "<div>", "</div>" + Paragraph),

        // Attributes.
        ["huge-attribute"] = size => "<p title=\"" + new string('a', Math.Max(0, size - 100)) + "\">" + Sentence + "</p>",
        ["many-attributes"] = size => Repeat(" a=1", size, "<p", ">" + Sentence + "</p>", numbered: true),
        ["unterminated-attribute"] = size => Paragraph + "<p title=\"" + new string('a', Math.Max(0, size - 100)),

        // Markup that is not text.
        ["comments"] = size => Repeat("<!-- a comment -- with -> dashes -->", size, suffix: Paragraph),
        ["unterminated-comment"] = size => Paragraph + "<!--" + new string('-', Math.Max(0, size - 100)),
        ["cdata"] = size => Repeat("<![CDATA[x]]><svg><![CDATA[y > z]]></svg>", size, suffix: Paragraph),
        ["doctype-pi"] = size => Repeat("<!DOCTYPE html><?xml x?><!x>", size, suffix: Paragraph),
        ["many-scripts-styles"] = size => Repeat("<script>if (a < b) x();</script><style>p { color: red }</style>", size, suffix: Paragraph),
        ["unterminated-script"] = size => Paragraph + "<script>" + new string('x', Math.Max(0, size - 100)),
        ["script-like-text"] = size => Repeat("<script><!--<script></script>--></script>", size, suffix: Paragraph),
        ["iframes"] = size => Repeat("<iframe srcdoc=\"&lt;p&gt;inner&lt;/p&gt;\"><p>fallback</p></iframe>", size, suffix: Paragraph),
        ["templates"] = size => Nest("<template><p>t", "</template>", size),
        ["textarea-title"] = size => Repeat("<textarea><b>x</b></textarea><title>t</title>", size, suffix: Paragraph),
        ["plaintext"] = size => Paragraph + "<plaintext>" + Repeat("<p>x</p>", size - 100),

        // Text.
        ["entity-mix"] = size => Repeat("&amp;&#169;&#x1F600;&#0;&#xD800;&#99999999;&notit;&nbsp&unknown;&#128;& ", size, "<p>" + Sentence, "</p>"),
        ["mixed-encodings"] = size => Repeat("Caf\u00E9 \uFFFD\u00C3\u00A9 \uD800 \u0000 \u200F\u05E9\u05DC\u05D5\u05DD \u4E2D\u6587. ", size, "<meta charset=windows-1252><p>", "</p>"),
        ["lt-text"] = size => Repeat("a < b <3 <= c <", size, "<p>" + Sentence, "</p>"),
        ["one-long-tag-name"] = size => "<p" + new string('x', Math.Max(0, size - 100)) + ">" + Sentence,
        ["many-tag-names"] = size => Repeat("<t>", size, suffix: Paragraph, numbered: true),

        // Just inside the limits of the Readability path (HtmlLimits): the worst pages it takes, padded with a script.
        ["limit-deep"] = size => Padded(Blocks(39, "<div>", "</div>", 125, "<p>", "</p>", 1, 3_100), size),
        ["limit-wide"] = size => Padded(Blocks(1, "<div>", "</div>", 1, "<p>", "</p>", 500, 500), size),
        ["limit-elements"] = size => Padded(Paragraph + Blocks(20, "<section>", "</section>", 1, Blocks(1, "<div>", "</div>", 1, "<p><b>Budget</b> ", "</p>", 20, 0), string.Empty, 19, 0), size),
        ["limit-formatting"] = size => Padded(new StringBuilder().Insert(0, "<b>", 30) + Blocks(1, "<div>", "</div>", 1, "<p>", "</p>", 480, 900), size),
        // Links misnested with blocks, as wide as the sibling limit allows: Readability's costliest page per sibling step.
        ["limit-wide-links"] = size => Padded(new StringBuilder().Insert(0, "<a><div><a>x</div>", 250).ToString(), size),
        ["limit-attributes"] = size => Padded(Blocks(1, "<div>", "</div>", 1, "<p" + Attributes(64) + ">", "</p>", 250, 1_900), size),
    };

    /// <summary>The names of the shapes.</summary>
    public static IEnumerable<string> Shapes => s_shapes.Keys;

    /// <summary>A page of the shape <paramref name="shape"/> of about <paramref name="size"/> characters.</summary>
    public static string Create(string shape, int size) => s_shapes[shape](size);

    /// <summary>
    /// <paramref name="blocks"/> times: <paramref name="open"/> nested <paramref name="depth"/> deep around
    /// <paramref name="items"/> items, each <paramref name="itemOpen"/>, <paramref name="textLength"/> characters of
    /// text, <paramref name="itemClose"/>.
    /// </summary>
    private static string Blocks(int blocks, string open, string close, int depth, string itemOpen, string itemClose, int items, int textLength)
    {
        string item = itemOpen + Fill(textLength) + itemClose;
        var builder = new StringBuilder();
        for (int b = 0; b < blocks; b++)
        {
            builder.Insert(builder.Length, open, depth);
            builder.Insert(builder.Length, item, items);
            builder.Insert(builder.Length, close, depth);
        }

        return builder.ToString();
    }

    /// <summary>The page, then a script up to the size.</summary>
    private static string Padded(string page, int size) =>
        page.Length + 20 >= size ? page : page + "<script>" + new string('x', size - page.Length - 17) + "</script>";

    private static string Fill(int length)
    {
        var builder = new StringBuilder(length + Sentence.Length);
        while (builder.Length < length)
        {
            builder.Append(Sentence).Append(' ');
        }

        return builder.ToString(0, length);
    }

    private static string Attributes(int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append(" data-a").Append(i).Append("=\"v\"");
        }

        return builder.ToString();
    }

    /// <summary><paramref name="open"/> nested as deep as the size allows around a paragraph, then closed.</summary>
    private static string Nest(string open, string close, int size, string content = Paragraph)
    {
        int depth = Math.Max(1, (size - content.Length) / (open.Length + close.Length));
        var builder = new StringBuilder((depth * (open.Length + close.Length)) + content.Length);
        for (int i = 0; i < depth; i++)
        {
            builder.Append(open);
        }

        builder.Append(content);
        for (int i = 0; i < depth; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    /// <summary><paramref name="unit"/> repeated to the size between a prefix and a suffix; numbered units get a running number.</summary>
    private static string Repeat(string unit, int size, string prefix = "", string suffix = "", bool numbered = false)
    {
        var builder = new StringBuilder(Math.Max(0, size) + unit.Length + 16);
        builder.Append(prefix);
        int end = Math.Max(prefix.Length + unit.Length, size - suffix.Length);
        for (int i = 0; builder.Length < end; i++)
        {
            if (numbered)
            {
                // " a=1" becomes " a0=1", " a1=1"...; "<t>" becomes "<t0>", "<t1>"...
                builder.Append(unit, 0, 2).Append(i).Append(unit, 2, unit.Length - 2);
            }
            else
            {
                builder.Append(unit);
            }
        }

        return builder.Append(suffix).ToString();
    }
}
