using System;

namespace Summarizer.Cli.Tests.Html;

/// <summary>What the extracted text keeps of a page's layout: line breaks, table cells and blocks, and the article alone.</summary>
public sealed class HtmlLayoutTests
{
    private const string Banner = "We use cookies to give you the best experience on our website.";
    private const string Footer = "Copyright 2024 Town Council. All rights reserved.";

    private const string Body =
        "<div class=\"body\"><p>At 19:42 on a Thursday in October, the night train from Vienna to Paris eases out of the station. "
        + "In carriage 326, a retired couple are working out how the ladder to the upper berth works.</p>"
        + "<p>Ten years ago, this train did not exist. Across Europe, national railways were cutting their overnight services, "
        + "arguing that budget airlines and high-speed rail had made them obsolete.</p>"
        + "<p>Austria's state railway took the opposite bet. It bought many of the carriages and rebranded its network. "
        + "Passenger numbers grew steadily, and other railways followed it within a few years.</p></div>";

    private const string Standfirst = "Europe's sleeper trains were written off a decade ago. Now they are full, and operators cannot buy carriages fast enough.";

    [Theory]
    // The standfirst in the article's header, as a subtitle under the headline, or named under a header of its own.
    [InlineData("<article><header><h1>The comeback of the night train</h1><p class=\"standfirst\">" + Standfirst + "</p></header>" + Body + "</article>")]
    [InlineData("<article><h1>The comeback of the night train</h1><h2 class=\"subtitle\">" + Standfirst + "</h2>" + Body + "</article>")]
    [InlineData("<article><header><h1>The comeback of the night train</h1></header><div class=\"article__dek\">" + Standfirst + "</div>" + Body + "</article>")]
    [InlineData("<main><header><h1>The comeback of the night train</h1><p class=\"byline\">By Jane Doe</p><p>" + Standfirst + "</p></header>" + Body + "</main>")]
    // Under the headline in a block named like a page's header ("post-header", Substack's), which the furniture pass keeps
    // for the page's only h1.
    [InlineData("<div class=\"post-header\"><h1 class=\"post-title\">The comeback of the night train</h1><h3 class=\"subtitle\">" + Standfirst + "</h3></div>" + Body)]
    public void Standfirst_UnderTheHeadline_LeadsTheText(string article)
    {
        (_, string text) = HtmlText.Extract("<html><head><title>Night trains</title></head><body>" + article + "</body></html>", "page.html");

        Assert.StartsWith(Standfirst + "\n\nAt 19:42", text, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(text, "written off a decade ago"));
    }

    [Theory]
    // A kicker, a byline or a date under the headline is no standfirst; nor is a paragraph the body already holds.
    [InlineData("<article><header><h1>The comeback of the night train</h1><p class=\"dek\">Travel</p></header>" + Body + "</article>", "At 19:42")]
    [InlineData("<article><header><h1>The comeback of the night train</h1><p>By Jane Doe, 3 May 2026</p></header>" + Body + "</article>", "At 19:42")]
    [InlineData("<article><h1>The comeback of the night train</h1>" + Body + "</article>", "At 19:42")]
    public void Standfirst_NoneOrAlreadyInTheBody_TextUnchanged(string article, string start)
    {
        (_, string text) = HtmlText.Extract("<html><head><title>Night trains</title></head><body>" + article + "</body></html>", "page.html");

        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(text, "At 19:42"));
    }

    [Theory]
    // A block whose class names a page's top ("banner", "header") is the page's only outside an article or main element.
    [InlineData("article", "result-banner", true)]
    [InlineData("main", "story-header", true)]
    [InlineData("div", "result-banner", false)]
    public void HeaderOrBannerClass_InsideArticleOrMain_IsKept(string wrapper, string name, bool kept)
    {
        string html = "<html><head><title>Night trains</title></head><body><" + wrapper + "><h1>The comeback of the night train</h1>" + Body
            + "<div class=\"" + name + "\"><p>The new sleeper line to Rome will open in December with three trains a week.</p></div></" + wrapper + "></body></html>";

        (_, string text) = HtmlText.Extract(html, "page.html");

        Assert.Equal(kept, text.Contains("sleeper line to Rome", StringComparison.Ordinal));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

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
    // A README that opens with a centered logo is Markdown: its headings and code fences say so; a page says it is one.
    [InlineData("<p align=\"center\">\n  <img src=\"logo.svg\" alt=\"quarry\">\n</p>\n\n# quarry\n\nA fast search engine for local files.", false)]
    [InlineData("<div align=\"center\"><h1>quarry</h1></div>\n\nInstall it:\n\n```sh\ncargo install quarry\n```", false)]
    [InlineData("<html><body><p>The council met.</p>\n# not a heading here\n</body></html>", true)]
    [InlineData("<p>The council met on Monday.</p>\n#hashtag and #another", true)]
    [InlineData("<p>Install the tools first.</p>\n<pre>\n# install the tools\napt install tidy\n</pre>", true)]
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
    // Forty unclosed formatting elements send a page down the linear path (past HtmlLimits.MaxFormatting).
    private static string Page(string article, bool linear) =>
        "<html><body>" + (linear ? new System.Text.StringBuilder().Insert(0, "<b>", 40).ToString() : string.Empty)
        + "<article>" + article + "</article></body></html>";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NoteMarkers_AndNoteReferenceLinks_AreLeftOut_OtherSuperscriptsAndLinksKept(bool linear)
    {
        string html = Page("<p>Otters returned to the river in 2019.<sup class=\"reference\"><a href=\"#note-1\">[1]</a></sup> "
            + "Anglers saw them below the weir.<sup>[citation needed]</sup></p>"
            + "<p>The pool holds 40 m<sup>3</sup> of water.<sup><a href=\"#fn2\">2</a></sup> It was dug in 1890.</p>"
            + "<p>Ducks stayed.<a epub:type=\"noteref\" href=\"#n1\"><sup>1</sup></a> Herons left.<a role=\"doc-noteref\" href=\"#n2\">2</a> "
            + "Swans came.<a href=\"#n3\"><sup>3</sup></a> See <a href=\"#map\">the map</a> for the weir.</p>"
            // A book's notes live in a file of their own: the link to one is a marker too, in or around a sup or bracketed.
            + "<p>Geese flew.<a href=\"notes.xhtml#n4\"><sup>4</sup></a> Coots dived.<sup><a href=\"../Text/notes.xhtml#n5\">5</a></sup> "
            + "Grebes nested.<a href=\"notes.xhtml#n6\">[6]</a> Rails hid.<a href=\"notes.xhtml#n7\">\u2020</a> "
            + "Read section <a href=\"#s3\">3</a> and page <a href=\"https://example.org/book#p4\">4</a> again.</p>", linear);

        (_, string text) = HtmlText.Extract(html, "otters.html");

        Assert.Contains("in 2019. Anglers saw them below the weir.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[", text, StringComparison.Ordinal);
        Assert.Contains("40 m3 of water.", text, StringComparison.Ordinal);
        Assert.Contains("Ducks stayed. Herons left. Swans came", text, StringComparison.Ordinal);
        Assert.Contains("See the map for the weir.", text, StringComparison.Ordinal);
        Assert.Contains("of water. It was dug", text, StringComparison.Ordinal);
        Assert.Contains("Swans came. See", text, StringComparison.Ordinal);
        Assert.Contains("Geese flew. Coots dived. Grebes nested. Rails hid. Read", text, StringComparison.Ordinal);
        // A number that is the text's own, set apart by a space or linked to another site, stays.
        Assert.Contains("Read section 3 and page 4 again.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChapterWhoseFirstParagraphHoldsANoteMarker_IsReadOnce()
    {
        // The first paragraph under the headline is taken for its standfirst: read without its marker, as the body is,
        // it is found in the body and not put before the headline a second time.
        string html = "<html><head><title>2</title></head><body><h1>2. The Weir</h1><p>Otters returned to the river below the weir in the spring of 2019."
            + "<a href=\"#n1\"><sup>1</sup></a> Anglers saw them most evenings that summer.</p><p>The pool below the weir is deep and cold all year.</p></body></html>";

        (_, string text) = HtmlText.Extract(html, "chapter.html");

        Assert.StartsWith("2. The Weir\n\nOtters returned", text, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("Otters", StringComparison.Ordinal), text.LastIndexOf("Otters", StringComparison.Ordinal));
    }

    /// <summary>Extracts the page and checks that it keeps each of <paramref name="kept"/> and none of <paramref name="leftOut"/>.</summary>
    private static string AssertKeepsAndLeavesOut(string html, string[] kept, string[] leftOut)
    {
        (_, string text) = HtmlText.Extract(html, "page.html");
        foreach (string part in kept)
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }

        foreach (string furniture in leftOut)
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }

        return text;
    }

    [Theory]
    // The consent tools' own names, and a paywall's, whatever element carries them (on the tree walk: the linear pass
    // keeps a named block inside the page's main content).
    [InlineData("<div id=\"cookie-law-info-bar\">")]
    [InlineData("<div id=\"CybotCookiebotDialog\">")]
    [InlineData("<div class=\"osano-cm-window\">")]
    [InlineData("<div class=\"qc-cmp2-container\">")]
    [InlineData("<div class=\"govuk-cookie-banner__message\">")]
    [InlineData("<section class=\"consent-layer\">")]
    [InlineData("<div class=\"paywall barrier\">")]
    // A word of furniture as a whole part of a class or id, in English or another language, on an ordinary element
    // (not "about" nor a post's "category-cookies"); a share bar's even beside a word of content; an embedded post.
    [InlineData("<div class=\"cookie\">")]
    [InlineData("<div class=\"box abo\">")]
    [InlineData("<div class=\"abo-teaser\">")]
    [InlineData("<div id=\"newsletter_signup\">")]
    [InlineData("<div class=\"anzeige\">")]
    [InlineData("<div class=\"bloc-publicite\">")]
    [InlineData("<div class=\"mehr-zum-thema\">")]
    [InlineData("<div class=\"article-share-count\">")]
    [InlineData("<div class=\"barra-condividi\">")]
    [InlineData("<blockquote class=\"twitter-tweet\">")]
    [InlineData("<blockquote class=\"instagram-media\">")]
    public void ConsentBannersPaywallsAndEmbeds_NamedByTheirClass_AreLeftOut(string open)
    {
        string close = "</" + open[1..open.IndexOf(' ', StringComparison.Ordinal)] + ">";
        string html = "<html><body><div class=\"content-wrap\"><main class=\"site-main\">"
            + "<p>The government will ban the sale of disposable vapes from June next year, the health minister announced on Monday.</p>"
            + "<div class=\"about-the-ban\"><p>Shops that break the ban could be fined up to 2,500 pounds for each offence, and officers will be given extra money.</p></div>"
            + "<div class=\"post category-cookies\"><p>Trading standards officers will test products bought in shops near schools.</p></div>"
            + "<p>Ministers said the number of children who vape had tripled in three years and that the devices were designed to appeal to them.</p>"
            + open + "<p>Complete digital access to quality analysis, with our award-winning newsletters. We value your privacy and use tracking technologies.</p>" + close
            + "<p>Retailers said they supported the ban but warned that it could lead to a rise in illegal sales across the country next year.</p>"
            + "</main></div></body></html>";

        AssertKeepsAndLeavesOut(html, ["The government will ban the sale of disposable vapes", "Shops that break", "Trading standards", "Retailers said"], ["digital access", "privacy"]);
    }

    [Fact]
    public void CaptionTable_OfAPicture_IsLeftOut_ALayoutTableKept()
    {
        // Blogger's picture with its caption under it, in a table named so; a table of figures stays.
        string html = "<html><body><div class=\"post-body entry-content\">"
            + "<p>The old amplifier arrived with a dead power supply, and the seller said it had been stored in a damp garage.</p>"
            + "<table class=\"tr-caption-container\"><tr><td><img src=\"board.jpg\"></td></tr>"
            + "<tr><td class=\"tr-caption\">The power supply board before I touched it. Note the brown stain.</td></tr></table>"
            + "<p>The first thing I noticed was a brown stain on the board under one of the main filter capacitors.</p>"
            + "<p>I replaced both capacitors and the rectifier, and the amplifier played again after a week on the bench.</p>"
            + "<table><tr><td>Part</td><td>Price</td></tr><tr><td>Capacitor C604 from the usual supplier</td><td>4.20</td></tr></table>"
            + "</div></body></html>";

        AssertKeepsAndLeavesOut(html, ["The first thing I noticed", "Capacitor C604 from the usual supplier"], ["before I touched it"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void HeadingPermalinks_AreLeftOut(bool linear)
    {
        string html = Page("<h1>Connection pooling<a class=\"headerlink\" href=\"#pooling\">\u00B6</a></h1>"
            + "<p>Opening a database connection is expensive, so the engine keeps a pool of open connections for its sessions.</p>"
            + "<h2 id=\"size\">Sizing the pool <a class=\"header-anchor\" href=\"#size\">#</a></h2>"
            + "<p>A pool of ten connections serves most web applications, and the overflow setting allows five more at busy times.</p>"
            + "<p>See <a href=\"#size\">the section on sizing</a> for the numbers, and issue <a href=\"#n3\">#3</a> for the history.</p>", linear);

        string text = AssertKeepsAndLeavesOut(html, ["Connection pooling\n", "Sizing the pool\n", "the section on sizing", "#3"], ["\u00B6", "pool #"]);
        Assert.DoesNotContain("pooling#", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Standfirst_OfSeveralBlocks_IsNotGluedIntoOneSentence()
    {
        string html = "<html><head><title>Storm live</title></head><body><main><article><h1>Storm live: power cuts spread across the north</h1>"
            + "<div class=\"standfirst\"><ul><li>Red warning for wind in force until 9pm</li><li>All services north of Perth suspended</li></ul></div>"
            + Body + "</article></main></body></html>";

        (_, string text) = HtmlText.Extract(html, "page.html");

        Assert.DoesNotContain("9pmAll", text, StringComparison.Ordinal);
        Assert.Contains("At 19:42", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CustomElements_NamedAsFurniture_AreLeftOut_TheArticlesBodyKept(bool linear)
    {
        string html = "<html><body>" + (linear ? new System.Text.StringBuilder().Insert(0, "<b>", 40).ToString() : string.Empty)
            + "<cookie-consent><p>This site uses cookies to improve your experience. Accept all cookies to continue.</p></cookie-consent>"
            + "<nav-menu><p>Home Health Politics</p></nav-menu>"
            + "<article-body><p>The government will ban the sale of disposable vapes from June next year, the health minister announced on Monday.</p>"
            + "<ad-slot><p>Advertisement - scroll to continue reading this story.</p></ad-slot>"
            + "<p>Shops that break the ban could be fined up to 2,500 pounds for each offence, and officers will be given extra money.</p>"
            + "<p>Ministers said the number of children who vape had tripled in three years and that the devices were designed to appeal to them.</p>"
            + "<p>Retailers said they supported the ban but warned that it could lead to a rise in illegal sales across the country next year.</p>"
            + "<p>Health charities welcomed the decision and called on the government to go further by limiting flavours and packaging.</p>"
            + "<newsletter-signup><p>Get the latest health news in your inbox every morning. Sign up now, it's free.</p></newsletter-signup></article-body>"
            + "<site-footer><p>Copyright 2025 Health Daily. All rights reserved by the publisher.</p></site-footer></body></html>";

        AssertKeepsAndLeavesOut(html, ["The government will ban the sale of disposable vapes", "Shops that break the ban"], ["cookies", "Home Health", "Advertisement", "Sign up", "Copyright"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WikiPage_ItsEditLinksNoteNavigationAndReferences_AreLeftOut(bool linear)
    {
        const string body = "<div role=\"note\" class=\"hatnote navigation-not-searchable\">For the railway station, see Halvard station.</div>"
            + "<p>The Halvard Bridge is a cantilever bridge that carries road and rail traffic across the Storelv river in Nordvik.</p>"
            + "<h2><span class=\"mw-headline\" id=\"History\">History</span><span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span><a href=\"/edit\">edit</a><span class=\"mw-editsection-bracket\">]</span></span></h2>"
            + "<p>Plans for a fixed crossing were first drawn up in 1908, but the project was delayed by the First World War for many years.</p>"
            + "<p>Construction finally began in 1926 under the engineer Sigrid Aas, who became the first woman in the country to lead such works.</p>"
            + "<p>The bridge has a main span of 310 metres and a total length of 1,150 metres, and its steel was rolled in Sweden.</p>"
            + "<p>It carried a single railway track and a two-lane road until 1984, when the road deck was widened to four lanes.</p>"
            + "<div class=\"navbox\"><p>Bridges in Nordvik: Halvard Bridge, Storelv Tunnel and the Old Ferry Bridge.</p></div>";
        AssertKeepsAndLeavesOut(Page(body, linear), ["The Halvard Bridge is a cantilever bridge", "History\n\nPlans for a fixed crossing"], ["railway station", "[", "edit", "Old Ferry Bridge"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AdsCaptionsAndPullQuotes_NamedByTheirClass_AreLeftOut(bool linear)
    {
        const string body = "<p>Archaeologists digging beneath a car park in the old town have found the remains of a Roman bath house and a mosaic.</p>"
            + "<div class=\"ad-container ad-slot\"><span class=\"ad-label\">Advertisement</span></div>"
            + "<p>The team from the county museum said the building dated from the second century and was part of a larger villa.</p>"
            + "<figure><img src=\"dig.jpg\" alt=\"\"><p class=\"caption\">Volunteers at the dig site in May.</p></figure>"
            + "<blockquote class=\"pull-quote\">It is the find of a lifetime for the town</blockquote>"
            + "<p>\"It is the find of a lifetime for the town,\" said the museum's director, who has led digs in the county for thirty years.</p>"
            + "<p>The site will be open to the public for two weekends in June before it is covered over again to protect the mosaic.</p>"
            + "<p>The car park will reopen in the autumn, and the council plans a plaque that marks where the bath house stood.</p>";
        string text = AssertKeepsAndLeavesOut(Page(body, linear), ["Roman bath house", "open to the public"], ["Advertisement", "Volunteers"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "find of a lifetime"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PreformattedBlock_KeepsItsLines(bool linear)
    {
        string html = Page("<p>Install the tool and run it on a folder of logs.</p>"
            + "<pre>pip install logtally\r\nlogtally ./logs --top 5\nlogtally --help</pre>", linear);

        (_, string text) = HtmlText.Extract(html, "tool.html");

        Assert.Contains("pip install logtally\nlogtally ./logs --top 5\nlogtally --help", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CodeBlock_IsNoSentence_PlainPreIs(bool linear)
    {
        string html = Page("<p>Install the tool and run it on a folder of logs.</p>"
            + "<pre><code>logtally ./logs --top 5 --since yesterday</code></pre>"
            + "<pre>The tool was written over one winter by two volunteers.</pre>", linear);

        HtmlArticle article = HtmlText.ExtractArticle(html, "tool.html");

        int code = article.Text.IndexOf("logtally ./logs", StringComparison.Ordinal);
        int prose = article.Text.IndexOf("The tool was written", StringComparison.Ordinal);
        Assert.Contains(new TextRange(code, "logtally ./logs --top 5 --since yesterday".Length) { Code = true }, article.Headings);
        Assert.DoesNotContain(article.Headings, range => range.Start == prose);
    }

    [Theory]
    // A highlighter's bare pre: Sphinx's and Pygments' wrapper, a language's class on the pre, Prism's on its parent.
    [InlineData("<div class=\"highlight-python notranslate\"><pre>session = acme.Session(base_url=base)</pre></div>")]
    [InlineData("<pre class=\"language-python\">session = acme.Session(base_url=base)</pre>")]
    [InlineData("<div class=\"sourceCode\"><pre>session = acme.Session(base_url=base)</pre></div>")]
    public void HighlightedPre_IsCode_ItsLinesNoSentences(string block)
    {
        string html = Page("<p>A session keeps default headers and cookies between requests to the same host.</p>" + block
            + "<p>Close the session when you are done, so that its pooled connections are released.</p>", linear: false);

        HtmlArticle article = HtmlText.ExtractArticle(html, "session.html");

        int code = article.Text.IndexOf("session = acme", StringComparison.Ordinal);
        Assert.Contains(new TextRange(code, "session = acme.Session(base_url=base)".Length) { Code = true }, article.Headings);
    }
}
