using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests.Html;

/// <summary>The HTML path on hostile pages: a sensible text or a clear error, and work bounded by the page's size.</summary>
public sealed class HtmlTextTests
{
    /// <summary>Pages whose every word is page furniture or not text: no text is their right answer.</summary>
    private static readonly HashSet<string> s_noText = new(StringComparer.Ordinal) { "nested-button", "nested-svg", "templates" };

    /// <summary>Pages without the shared sentence, and a word of theirs that the text must carry.</summary>
    private static readonly Dictionary<string, string> s_ownWord = new(StringComparer.Ordinal)
    {
        ["unclosed-p"] = "budget doubles again",
        ["span-words"] = "word word",
        ["paragraphs"] = "The council met on Monday, it said.",
        ["misnested-formatting"] = "bold italic",
        ["misnested-blocks"] = "x",
        ["adoption-agency"] = "x",
        ["limit-wide-links"] = "x",
        ["formatting-reopened"] = "x",
        ["mixed-encodings"] = "\u05E9\u05DC\u05D5\u05DD \u4E2D\u6587. Caf\u00E9",
    };

    public static TheoryData<string> Shapes() => new(HostileHtml.Shapes);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Extract_HostilePage_TextOrNone(string shape)
    {
        string html = HostileHtml.Create(shape, 20_000);

        (string? title, string text) = HtmlText.Extract(html, "page.html");
        if (s_noText.Contains(shape))
        {
            Assert.Equal(string.Empty, text);
            return;
        }

        Assert.Contains(s_ownWord.GetValueOrDefault(shape, HostileHtml.Sentence), text, StringComparison.Ordinal);
        Assert.Equal(text.Trim(), text);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        foreach (string block in text.Split("\n\n"))
        {
            Assert.NotEmpty(block);
            Assert.DoesNotContain("  ", block, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', block);
        }

        // Markup never leaks into the text: scripts, styles, comments, templates, attributes and iframes stay out
        // (after <plaintext> everything is text, as in browsers, though Readability's content leaves it out).
        foreach (string markup in new[] { "var x", "color: red", "a comment", "<script", "<p>", "<b>", "inner", "fallback", "data-a0", "CDATA" })
        {
            if (shape != "plaintext" || markup != "<p>")
            {
                Assert.DoesNotContain(markup, text, StringComparison.Ordinal);
            }
        }

        Assert.True(title is null || (title.Length > 0 && title.Trim() == title));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Outline_WorkIsLinear_DoublingAtMostDoubles(string shape)
    {
        // Counted work, not time: tokens read plus elements opened and closed, each in constant time.
        string small = HostileHtml.Create(shape, 20_000);
        string large = HostileHtml.Create(shape, 40_000);

        HtmlOutline smallOutline = HtmlOutline.Extract(small, out _);
        HtmlOutline largeOutline = HtmlOutline.Extract(large, out _);

        Assert.InRange(smallOutline.Work, 0, 2L * small.Length);
        Assert.InRange(largeOutline.Work, 0, 2L * large.Length);
        Assert.InRange(largeOutline.Work, 0, (long)(2.2 * Math.Max(1, smallOutline.Work) * large.Length / small.Length));
    }

    [Theory]
    [InlineData("nested-div")]
    [InlineData("unclosed-b")]
    [InlineData("nested-table")]
    [InlineData("unclosed-p")]
    [InlineData("wide-div")]
    [InlineData("many-attributes")]
    [InlineData("formatting-reopened")]
    [InlineData("foster-parented")]
    public void Extract_PagePastTheLimits_TakesTheLinearPath(string shape)
    {
        // Each of these is quadratic in AngleSharp's tree builder or in Readability's scoring at this size.
        string html = HostileHtml.Create(shape, 200_000);

        Assert.False(HtmlLimits.Allow(HtmlOutline.Measure(html), html.Length));
        Assert.Equal(HtmlPath.Linear, HtmlText.ExtractWithPath(html, "page.html").Path);
    }

    [Fact]
    public void Extract_FiveHundredMisnestedLinks_TakeTheLinearPath()
    {
        // 9,000 characters of "<a><div><a>x</div>": a body of 1,000 children, which took Readability 1.7 s (2 to 5 s under
        // load) when the limit allowed an element 1,024 children.
        string html = HostileHtml.Create("adoption-agency", 9_000);

        Assert.Equal(HtmlPath.Linear, HtmlText.ExtractWithPath(html, "page.html").Path);
    }

    [Theory]
    [InlineData("limit-deep")]
    [InlineData("limit-wide")]
    [InlineData("limit-elements")]
    [InlineData("limit-formatting")]
    [InlineData("limit-attributes")]
    [InlineData("limit-wide-links")]
    public void Extract_PageJustInsideTheLimits_TakesReadability(string shape)
    {
        string html = HostileHtml.Create(shape, 0);

        Assert.True(HtmlLimits.Allow(HtmlOutline.Measure(html), html.Length), shape);
    }

    [Theory]
    [InlineData("Mara Lind cancels tour | The Daily Ledger", "Mara Lind cancels European tour after losing her voice", "Mara Lind cancels European tour after losing her voice")]
    [InlineData("Snow warning for the highlands", "Snow warning issued for the highlands this weekend", "Snow warning issued for the highlands this weekend")]
    [InlineData("Retries | Acme SDK Docs", "Retries", "Retries")]
    [InlineData("Combi boiler losing pressure overnight - DIY Forum", "Combi boiler losing pressure overnight", "Combi boiler losing pressure overnight")]
    // The headline is not the title's: a logo's h1 names the site, which the title names last; another story's h1.
    [InlineData("Vape ban | The Daily Ledger", "The Daily Ledger", "Vape ban | The Daily Ledger")]
    [InlineData("Vape ban | The Daily Ledger", "Council approves new budget", "Vape ban | The Daily Ledger")]
    [InlineData(null, "Council approves new budget", "Council approves new budget")]
    [InlineData("Council approves new budget", null, "Council approves new budget")]
    public void Title_IsTheHeadline_WhenTheTitleNamesIt(string? title, string? headline, string expected) =>
        Assert.Equal(expected, HtmlText.TitleOrHeadline(title, headline));

    private const string StorkBody = "A rare white stork has nested on a church tower in the village of Elmbury for the first time in 300 years, birdwatchers said.\n"
        + "The pair arrived in late March and have been seen carrying sticks to the top of the tower almost every day since.";

    private static string Shell(string data) =>
        "<html><head><title>Storks nest | The Village Times</title><script type=\"application/ld+json\">{ not json }</script>"
        + "<script type=\"application/ld+json\">" + data + "</script></head>"
        + "<body><div id=\"root\"></div><script>render();</script></body></html>";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extract_AShellWhoseArticleIsOnlyInItsStructuredData_ReadsTheArticleBody(bool inAGraph)
    {
        string article = "{\"@type\": \"NewsArticle\", \"headline\": \"Storks nest on village church\", \"articleBody\": " + JsonSerializer.Serialize(StorkBody) + "}";
        string html = Shell(inAGraph ? "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebSite\"}, " + article + "]}" : article);

        (string? title, string text) = HtmlText.Extract(html, "storks.html");

        Assert.Equal("Storks nest on village church", title);
        Assert.Equal(StorkBody.Replace("\n", "\n\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Extract_AShellWhoseArticleIsOnlyInNoscript_ReadsWhatItShowsWithoutScripts()
    {
        string html = "<html><head><title>Fines | The Ledger</title></head><body><a class=\"skip-link\" href=\"#main\">Skip to content</a>"
            + "<main><div id=\"app\"></div><noscript><img src=\"logo.png\"></noscript><noscript><article><h1>Library late fees to be scrapped</h1>"
            + "<p>The regional library service will stop charging late fees from January, joining a growing number of library systems.</p>"
            + "<p>Existing fines, which total about 86,000 pounds, will be written off, and blocked cards will be unblocked at once.</p>"
            + "</article></noscript></main><script>hydrate();</script></body></html>";

        (string? title, string text) = HtmlText.Extract(html, "fines.html");

        Assert.Equal("Fines | The Ledger", title);
        Assert.Contains("The regional library service will stop charging late fees", text, StringComparison.Ordinal);
        Assert.Contains("Existing fines", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to content", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_APageWithItsArticleInItsMarkup_KeepsItsMarkupText()
    {
        // The structured data's body is a teaser: the page's own paragraphs are the article.
        string paragraphs = string.Concat(Enumerable.Repeat("<p>The council voted on Tuesday to keep the old ferry in service for another ten years, after a long debate.</p>", 4));
        string html = "<html><head><title>Ferry</title><script type=\"application/ld+json\">{\"@type\": \"Article\", \"articleBody\": \"Teaser only.\"}</script></head>"
            + "<body><article><h1>Council keeps the ferry</h1>" + paragraphs + "</article></body></html>";

        (_, string text) = HtmlText.Extract(html, "ferry.html");

        Assert.Contains("The council voted on Tuesday", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OrdinaryPage_TakesReadability_FurnitureIsGone()
    {
        (string? title, string text, HtmlPath path) = HtmlText.ExtractWithPath(TestTexts.Page, "page.html");

        // (Readability drops the heading that repeats the title.)
        Assert.Equal(HtmlPath.Readability, path);
        Assert.Contains("Parks budget doubles", title, StringComparison.Ordinal);
        Assert.StartsWith("The city council approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous Article", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_APagesListItems_AreWrittenWithABullet_AndChosenOnlyAsAPlainTextListsAre()
    {
        // The items of an HTML list are list items, as a plain-text, Word or OpenDocument list's are: a summary leaves
        // out a list of headlines under a heading (no item is a sentence, and the list holds fewer words than the
        // prose), and chooses the items of a list that a lead-in announces like sentences.
        const string html = "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
            + "<p>The harbour board approved a plan on Monday to rebuild the old ferry quay before the summer season.</p>"
            + "<p>The plan for the ferry quay was drawn up by the city engineers over two years of public meetings.</p>"
            + "<p>The harbour board will pay for the quay from its own reserves and from a loan by the city.</p>"
            + "<p>Work on the ferry quay starts in March, and the harbour board expects it to end before the summer.</p>"
            + "<h2>Related stories</h2><ul><li>Harbour board approves new ferry quay plan for the summer</li>"
            + "<li>City engineers draw up a ferry plan for the harbour board</li></ul>"
            + "</article></body></html>";

        CliResult split = CliRunner.Run(html, "split", "-", "--html");
        CliResult summary = CliRunner.Run(html, "-", "--html", "-n", "3");

        Assert.Equal(0, summary.ExitCode);
        Assert.Contains("\n• Harbour board approves new ferry quay plan for the summer\n", split.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour board approves", summary.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("City engineers draw", summary.Out, StringComparison.Ordinal);
        Assert.Equal(3, summary.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        string announced = html.Replace("<h2>Related stories</h2>", "<p>The quay rebuilt under the plan brings:</p>", StringComparison.Ordinal);
        CliResult all = CliRunner.Run(announced, "-", "--html", "-n", "6");
        Assert.Contains("Harbour board approves new ferry quay plan for the summer", all.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("brings:", all.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_APagesInlineCodeThatEndsWithAMark_EndsNoSentence()
    {
        // Documentation writes names of code with their marks ("println!", the "?" operator): through Readability the
        // sentence that names them is one sentence, its code between backticks.
        const string html = "<html><head><title>Macros</title></head><body><article><h1>Macros</h1>"
            + "<p>For example, <code>println!</code> can take any number of arguments, as its format string says.</p>"
            + "<p>It is often easier to use the <code>?</code> operator than a match on every result of the harbour API.</p>"
            + "<p>Press <kbd>?</kbd> to see the keys, or call <code>quay.open()</code> again when the board approves it.</p>"
            + "</article></body></html>";

        CliResult split = CliRunner.Run(html, "split", "-", "--html");

        Assert.Equal(0, split.ExitCode);
        Assert.Equal(
            "For example, `println!` can take any number of arguments, as its format string says.\n"
            + "It is often easier to use the `?` operator than a match on every result of the harbour API.\n"
            + "Press `?` to see the keys, or call quay.open() again when the board approves it.\n",
            split.Out.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("&#x207FF;")]
    [InlineData("\U000207FF")]
    public void Extract_ACharacterWhoseLowSurrogateIsTheLineBreaksSentinel_StaysWhole(string character)
    {
        // U+207FF, a CJK ideograph, is U+D841 U+DFFF in UTF-16: its low half is the character that stands for <br> in a
        // paragraph until it is collapsed, and must not break the line or lose its high half.
        string html = "<html><head><title>Glyph</title></head><body><article><h1>Glyph</h1><p>The rare glyph " + character
            + " is written in the old records of the harbour office, and the clerks still read it there.<br>Then they copy it.</p></article></body></html>";

        (_, string text, _) = HtmlText.ExtractWithPath(html, "glyph.html");

        Assert.Contains("The rare glyph \U000207FF is written", text, StringComparison.Ordinal);
        Assert.Contains("read it there.\nThen they copy it.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AnIconFontsGlyph_DoesNotBreakItsSentence()
    {
        // Material Icons' "error" glyph is U+E000, a private-use character that <br> once stood for inside a paragraph.
        const string html = "<html><head><title>Upload</title></head><body><article><h1>Upload help</h1><p>Error <i class=\"icons\">&#xE000;</i> "
            + "the upload failed because the file was larger than the limit of ten megabytes.<br>Try again with a smaller file.</p></article></body></html>";

        (_, string text, _) = HtmlText.ExtractWithPath(html, "upload.html");

        Assert.Contains("Error \uE000 the upload failed because the file was larger than the limit of ten megabytes.\nTry again", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ShortPage_WhoseFooterReadabilityTakesForItsContent_IsReadWithoutTheFooter()
    {
        // A page that says where its content went, in fewer words than its footer: Readability's best guess is the footer.
        const string html = "<html><head><title>The Design FAQ</title></head><body class=\"doc\">"
            + "<div id=\"version\"><img src=\"logo.png\" alt=\"Logo\"><br><span class=\"sticker\"><a href=\"https://example.org\">Tool</a> 1.95.0</span><br>"
            + "<a href=\"https://example.org/commit/5980\" class=\"hash sticker\">5980761</a></div><h1 class=\"title\">The Design FAQ</h1>"
            + "<p>This content has moved to <a href=\"https://example.org/\">the website</a>.</p><footer><p>Copyright 2011 The Project Developers. "
            + "Licensed under the <a href=\"https://example.org/l\">Apache License, Version 2.0</a> or the <a href=\"https://example.org/m\">MIT license</a>, "
            + "at your option.</p><p>This file may not be copied, modified, or distributed except according to those terms.</p></footer></body></html>";

        (_, string text, HtmlPath path) = HtmlText.ExtractWithPath(html, "faq.html");

        Assert.Equal(HtmlPath.Readability, path);
        Assert.Contains("This content has moved to the website.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", text, StringComparison.Ordinal);
        Assert.DoesNotContain("may not be copied", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("article")]
    [InlineData("main")]
    public void Extract_PagesOwnHeaderFooterAndAside_UnnamedByTheirClass_AreLeftOut(string content)
    {
        // Readability joins a plain footer or aside beside the article to it; the page's own are furniture, whatever their class.
        string html = $"""
            <html><head><title>Lantern walk</title></head><body>
            <header><p>The Millbrook Gazette is the town's independent weekly paper, read in every household since 1921.</p></header>
            <{content}><h1>Lantern walk draws record crowd</h1>
            <p>More than three thousand people carried paper lanterns along the canal on Saturday evening, the largest crowd in the walk's twenty-year history. The organisers had expected half as many.</p>
            <p>The walk started at the old lock keeper's cottage and ended at the market square, where a brass band played until ten. Volunteers handed out four hundred spare lanterns to families who came without one.</p>
            <h2>Times</h2><ul><li>Fri. 11 Oct: 6 p.m. – 10 p.m.</li><li>Sat. 12 Oct: 6 p.m. – midnight</li><li>Sun. 13 Oct: 5 p.m. – 9 p.m.</li></ul>
            <h2>Tickets</h2><p>The walk is free, but lanterns from the stalls on the towpath cost four pounds each, and the money goes to the canal trust. Families who bring their own lantern are asked to use battery lights, not candles, because of the dry weather.</p><p><a class="btn" href="/l">Buy a lantern</a></p>
            <h2>Next year</h2><p>The town council said it would close two more streets to traffic next year so that the walk could be longer and safer for children.</p>
            <h2>Getting there</h2><p>The canal path is a short walk from the bus station, and extra buses will run after the walk ends.</p>
            <h2>Access</h2><p>The towpath is level all the way, and a quiet area with benches is set aside near the lock for anyone who needs a rest.</p>
            </{content}>
            <aside><h3>Newsletter</h3><p>Get the week's stories in your inbox every Friday morning, free of charge.</p></aside>
            <footer><p>The Gazette is published by the Millbrook Press Trust, a charity registered in England (No. 1043210). Printed on recycled paper.</p>
            <p>Find us on: Mastodon · Facebook · YouTube</p></footer>
            </body></html>
            """;

        (_, string text, HtmlPath path) = HtmlText.ExtractWithPath(html, "lanterns.html");

        Assert.Equal(HtmlPath.Readability, path);
        Assert.Contains("More than three thousand people carried paper lanterns", text, StringComparison.Ordinal);
        Assert.Contains("set aside near the lock for anyone who needs a rest.", text, StringComparison.Ordinal);
        Assert.All(["independent weekly", "inbox", "charity", "Mastodon"], furniture => Assert.DoesNotContain(furniture, text, StringComparison.Ordinal));
    }

    // A book's page: a hidden help box first, then the chapter in a main element; the html element's class has
    // "sidebar" in it, as a documentation generator's has.
    private static string BookPage(string htmlClass, string chapter) =>
        "<!DOCTYPE html><html lang=\"en\" class=\"" + htmlClass + "\"><head><title>Moorings - Harbour Guide</title></head><body>"
        + "<div id=\"book-help-container\"><div id=\"book-help-popup\"><h2>Keyboard shortcuts</h2><div>"
        + "<p>Press <kbd>S</kbd> or <kbd>/</kbd> to search in the book</p><p>Press <kbd>Esc</kbd> to hide this help</p></div></div></div>"
        + "<div id=\"book-body\"><nav id=\"book-sidebar\" class=\"sidebar\" aria-label=\"Table of contents\"></nav>"
        + "<div id=\"book-page-wrapper\" class=\"page-wrapper\"><div class=\"page\"><div id=\"book-menu-bar\" class=\"menu-bar sticky\">"
        + "<h1 class=\"menu-title\">Harbour Guide</h1></div><div id=\"book-content\" class=\"content\"><main>" + chapter
        + "</main></div></div></div></div></body></html>";

    private const string Chapter =
        "<h1>Moorings</h1><p>Every boat that stays in the harbour overnight needs a mooring, and the harbour office assigns them in spring.</p>"
        + "<p>Moorings on the eastern quay are for boats under ten metres; longer boats moor at the outer pier, where the water is deeper.</p>"
        + "<p>The office keeps a waiting list, and a mooring that is not used for a whole season goes to the next boat on the list.</p>"
        + "<p>Fees are paid for the year in advance, and the office refunds half of the fee when a boat leaves before midsummer.</p>";

    // A page of links: a heading, a sentence, and a list of the guide's translations.
    private static readonly string s_links =
        "<h2>Appendix: Translations of the Guide</h2><p>For readers in other languages. Most are still in progress; see "
        + "<a href=\"/issues\">the translations label</a> to help!</p><ul>"
        + string.Concat(Enumerable.Range(1, 25).Select(i => $"<li><a href=\"https://example.org/guide-{i}\">Edition {i}</a> ({i})</li>")) + "</ul>";

    [Theory]
    [InlineData("light sidebar-visible", false, "Fees are paid for the year in advance")]
    [InlineData("light", false, "Fees are paid for the year in advance")]
    // A page of links is too short for Readability's first pass; its second must not find the help box instead.
    [InlineData("light sidebar-visible", true, "For readers in other languages.")]
    public void Extract_BookPage_LeavesTheHiddenHelpBoxOut_WhateverTheHtmlElementsClass(string htmlClass, bool links, string expected)
    {
        (_, string text, HtmlPath path) = HtmlText.ExtractWithPath(BookPage(htmlClass, links ? s_links : Chapter), "moorings.html");

        Assert.Equal(HtmlPath.Readability, path);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Keyboard shortcuts", text, StringComparison.Ordinal);
        Assert.DoesNotContain("to search in the book", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("light sidebar-visible")]
    [InlineData("js has-header menu-open")]
    public void Extract_TheHtmlElementsClass_ChangesNothing(string htmlClass)
    {
        // Readability's first pass would read the class as any element's, remove the page's own html element, and fall
        // back to its second pass, which keeps the heading that repeats the title.
        Assert.Equal(HtmlText.ExtractWithPath(BookPage(string.Empty, Chapter), "moorings.html"), HtmlText.ExtractWithPath(BookPage(htmlClass, Chapter), "moorings.html"));
    }

    [Fact]
    public void Extract_PageWhoseWrapperHasAnUnlikelyName_KeepsItsArticle()
    {
        string html = "<html><head><title>Moorings</title></head><body><div id=\"page\" class=\"layout has-sidebar\">" + Chapter
            + "<div class=\"social-share\"><a href=\"/fb\">Share on Facebook</a> <a href=\"/x\">Share on X</a></div></div></body></html>";

        (_, string text, HtmlPath path) = HtmlText.ExtractWithPath(html, "moorings.html");

        // The wrapper stays for Readability's second try, which finds the article in it and leaves the links out.
        Assert.Equal(HtmlPath.Readability, path);
        Assert.Contains("Every boat that stays in the harbour overnight needs a mooring", text, StringComparison.Ordinal);
        Assert.Contains("Fees are paid for the year in advance", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OrdinaryPageOnTheLinearPath_KeepsTheArticleAndTitle()
    {
        // The linear path keeps every block outside furniture: the article, and the aside and footer that Readability drops.
        (string? title, string text) = HtmlText.Extract(TestTexts.Page.Replace("<body>", "<body>" + new string('x', 0) + Repeat("<b>", 40), StringComparison.Ordinal), "page.html");

        Assert.Equal("Parks budget doubles | City News", title);
        string[] blocks = text.Split("\n\n");
        Assert.Equal("Parks budget doubles", blocks[0]);
        Assert.Contains("The city council approved a new budget for public parks on Monday, after a long debate that ran late into the evening.", blocks);
        Assert.Contains("Council members said the parks budget was the largest in a decade & a sign of changing priorities at city hall.", blocks);
        Assert.DoesNotContain("Share on", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);
    }

    // An article of five paragraphs (over Readability's 500 characters), in the wrapper given, with 1,500 reader
    // comments after it: too many elements for Readability, so the linear path reads it.
    private static string PageWithComments(string wrapperOpen, string wrapperClose, string around = "")
    {
        var comments = new StringBuilder();
        for (int i = 0; i < 1500; i++)
        {
            comments.Append("<li class=\"comment-item\"><div class=\"comment-body\"><p>Great article, thanks for sharing this with us ").Append(i).Append(".</p></div></li>");
        }

        return "<html><head><title>Parks budget doubles</title></head><body>" + around + wrapperOpen + "<h1>Parks budget doubles</h1>"
            + "<p>The city council approved a new budget for public parks on Monday, after a long debate that ran late into the evening.</p>"
            + "<p>The budget doubles the money for park maintenance and adds two new parks in the north of the city.</p>"
            + "<p>Residents of the northern districts have few green spaces, and many of them spoke at the meeting in favour of the plan.</p>"
            + "<p>Work on the first of the new parks is to start in the spring, on the site of a former bus depot.</p>"
            + "<p>Council members said the parks budget was the largest in a decade and a sign of changing priorities at city hall.</p>"
            + wrapperClose + "<div id=\"sidebar\"><p>Most read stories of the week.</p></div><section id=\"comments\"><ol>" + comments + "</ol></section>"
            + "<div role=\"navigation\"><p>Previous Article</p></div><footer class=\"site-footer\"><p>Copyright the city paper.</p></footer>" + around
            + "</body></html>";
    }

    [Theory]
    [InlineData("<div class=\"page\"><article>", "</article></div>")]
    // A blog's article carries its categories in its class ("social" is an unlikely word): an article is never furniture.
    [InlineData("<article class=\"post type-post hentry category-social-media\">", "</article>")]
    // The whole page's wrapper named "has-sidebar": left out, too little is left, so everything is read again.
    [InlineData("<div id=\"page\" class=\"layout has-sidebar\"><div>", "</div></div>")]
    public void Extract_LargePageWithComments_LinearPathLeavesTheCommentsOut(string open, string close)
    {
        (_, string text, HtmlPath path) = HtmlText.ExtractWithPath(PageWithComments(open, close), "page.html");

        Assert.Equal(HtmlPath.Linear, path);
        Assert.StartsWith("Parks budget doubles\n\nThe city council approved a new budget", text, StringComparison.Ordinal);
        Assert.Contains("Council members said the parks budget was the largest in a decade", text, StringComparison.Ordinal);
        if (!open.Contains("has-sidebar", StringComparison.Ordinal))
        {
            Assert.EndsWith("a sign of changing priorities at city hall.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Extract_LargePage_PageLevelHeaderFooterAndAsideAreLeftOut_TheArticlesKept()
    {
        string around = "<header><p>Sign up for our newsletter to get the best stories every morning.</p></header>"
            + "<aside><p>Local bakery wins award.</p></aside>";
        string html = PageWithComments("<main><header><p>By a staff reporter.</p></header>", "<footer><p>Filed under parks.</p></footer></main>", around);

        (_, string text, HtmlPath path) = HtmlText.ExtractWithPath(html, "page.html");

        Assert.Equal(HtmlPath.Linear, path);
        Assert.DoesNotContain("newsletter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", text, StringComparison.Ordinal);
        Assert.StartsWith("By a staff reporter.", text, StringComparison.Ordinal);
        Assert.EndsWith("Filed under parks.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_VeryDeepPage_NoStackOverflow()
    {
        string html = HostileHtml.Create("nested-div", 2_000_000);

        (_, string text, HtmlPath path) = HtmlText.ExtractWithPath(html, "page.html");

        Assert.Equal(HtmlPath.Linear, path);
        Assert.Equal(HostileHtml.Sentence, text);
    }

    private static string Repeat(string value, int count) => string.Concat(Enumerable.Repeat(value, count));
}
