using System;
using System.Linq;
using System.Text.Json;

namespace Summarizer.Cli.Tests.Html;

/// <summary>News feeds (RSS, Atom) read as the page of their stories, and markup told by content in files not named as text.</summary>
public sealed class FeedTextTests() : TempFolder("summarizer-feed-")
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?xml-stylesheet type="text/xsl" href="feed.xsl"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Port Alder News</title>
        <item><title>Council keeps the ferry</title><media:content xmlns:media="http://search.yahoo.com/mrss/" url="https://example.com/ferry.jpg" medium="image"/><description><![CDATA[<p>The council voted on Tuesday to keep the old ferry in service. Repairs will cost two million dollars.</p>]]></description></item>
        <item><title>Library opens a wing</title><description>The library opened a new children&apos;s wing on Saturday. &lt;b&gt;Hundreds&lt;/b&gt; of families came to see it.</description></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Harbour Notes</title>
        <entry><title>Pier reopens</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The north pier reopened on Monday after a year of repairs. Fishing boats returned the same day.</p></div></content></entry>
        <entry><title>Tide tables</title><summary type="text">New tide tables for the winter were posted at the harbour office. They cover &lt;all&gt; six months.</summary></entry>
        </feed>
        """;

    [Fact]
    public void Rss_OnStandardInput_IsReadAsItsItems()
    {
        CliResult result = CliRunner.Run(Rss, "split", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        (string Kind, string Text)[] sentences = Sentences(result.Out, out string? title);
        Assert.Equal("Port Alder News", title);
        Assert.Equal(
            [
                ("heading", "Council keeps the ferry"),
                ("sentence", "The council voted on Tuesday to keep the old ferry in service."),
                ("sentence", "Repairs will cost two million dollars."),
                ("heading", "Library opens a wing"),
                ("sentence", "The library opened a new children's wing on Saturday."),
                ("sentence", "Hundreds of families came to see it."),
            ],
            sentences);
    }

    [Fact]
    public void Atom_InAnXmlFile_IsReadAsItsEntries()
    {
        string path = Write("feed.xml", Atom);

        CliResult result = CliRunner.Run(null, "split", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        (string Kind, string Text)[] sentences = Sentences(result.Out, out string? title);
        Assert.Equal("Harbour Notes", title);
        Assert.Equal(
            [
                ("heading", "Pier reopens"),
                ("sentence", "The north pier reopened on Monday after a year of repairs."),
                ("sentence", "Fishing boats returned the same day."),
                ("heading", "Tide tables"),
                ("sentence", "New tide tables for the winter were posted at the harbour office."),
                ("sentence", "They cover <all> six months."),
            ],
            sentences);
    }

    [Theory]
    [InlineData("<media:content url=\"https://example.com/ferry.jpg\" medium=\"image\"><media:credit>Port Alder Gazette archive</media:credit></media:content>")]
    [InlineData("<media:content url=\"https://example.com/ferry.jpg\"><media:description>The ferry at its berth</media:description></media:content>")]
    [InlineData("<content:encoded><![CDATA[<figure><img src=\"https://example.com/ferry.jpg\"></figure>]]></content:encoded>")]
    public void Rss_ItemWithAPictureBesideItsDescription_IsReadAsItsDescription(string picture)
    {
        // Media RSS tells of a picture, and a content:encoded of one image holds no prose: the description is the body.
        string feed = Rss.Replace("<rss version=\"2.0\"", "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"", StringComparison.Ordinal)
            .Replace("]]></description></item>", "]]></description>" + picture + "</item>", StringComparison.Ordinal);

        (string Kind, string Text)[] sentences = Sentences(CliRunner.Run(feed, "split", "--format", "json").Out, out _);

        Assert.Equal(("sentence", "The council voted on Tuesday to keep the old ferry in service."), sentences[1]);
        Assert.DoesNotContain(sentences, s => s.Text.Contains("ferry at its berth", StringComparison.Ordinal) || s.Text.Contains("archive", StringComparison.Ordinal));
    }

    [Fact]
    public void Feed_ThatIsNoWellFormedXml_IsReadAsAPage()
    {
        // An element left open: the feed does not parse, and is read as any page, its markup left out.
        string broken = Rss.Replace("<title>Library opens a wing</title>", "<title>Library opens a wing", StringComparison.Ordinal);

        CliResult result = CliRunner.Run(broken, "split");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The council voted on Tuesday", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<item>", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_WithHtmlsEntitiesOrADocumentTypesOwn_IsReadAsItsItems_TheirReferencesDecodedOrLeftOut()
    {
        // "&nbsp;" and "&eacute;" are HTML's, no XML entity; "&x;" is declared by a document type that is never read.
        string feed = Rss.Replace("<rss version", "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><rss version", StringComparison.Ordinal)
            .Replace("Repairs will", "Repairs&nbsp;will", StringComparison.Ordinal)
            .Replace("on Saturday.", "on Saturday&x;. The caf&eacute; stayed open late.", StringComparison.Ordinal);

        CliResult result = CliRunner.Run(feed, "split", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        (string Kind, string Text)[] sentences = Sentences(result.Out, out string? title);
        Assert.Equal("Port Alder News", title);
        Assert.Equal(("heading", "Council keeps the ferry"), sentences[0]);
        Assert.Equal("Repairs will cost two million dollars.", sentences[2].Text);
        Assert.Contains(("sentence", "The library opened a new children's wing on Saturday."), sentences);
        Assert.Contains(("sentence", "The café stayed open late."), sentences);
        Assert.DoesNotContain(sentences, s => s.Text.Contains("]>", StringComparison.Ordinal) || s.Text.Contains("&x;", StringComparison.Ordinal));
    }

    [Fact]
    public void Atom_TitleOfTypeHtml_IsItsText()
    {
        string feed = Atom.Replace("<title>Pier reopens</title>", "<title type=\"html\">Pier &lt;em&gt;reopens&lt;/em&gt; &amp;amp; boats return</title>", StringComparison.Ordinal);

        (string Kind, string Text)[] sentences = Sentences(CliRunner.Run(feed, "split", "--format", "json").Out, out _);

        Assert.Equal(("heading", "Pier reopens & boats return"), sentences[0]);
    }

    [Fact]
    public void Feed_WithADocumentType_ExpandsNoEntityOfIt()
    {
        string withDoctype = Rss.Replace("<rss version", "<!DOCTYPE rss [<!ENTITY boom \"BOOM BOOM BOOM\">]><rss version", StringComparison.Ordinal)
            .Replace("Repairs will", "&boom; Repairs will", StringComparison.Ordinal);

        CliResult result = CliRunner.Run(withDoctype, "split");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("BOOM BOOM", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_NestedDeeperThanAPageMayBe_IsReadAsSuchAPage()
    {
        // Writing an element nested thousands deep resolves namespaces up the chain of its ancestors at each level: such
        // a feed is read by the linear extraction of pages shaped the same way, and its text still comes out.
        const int Depth = 5_000;
        string deep = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>E</title>"
            + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
            + string.Concat(Enumerable.Repeat("<div>", Depth)) + "The pier reopened on Monday. Boats returned."
            + string.Concat(Enumerable.Repeat("</div>", Depth)) + "</div></content></entry></feed>";

        CliResult result = CliRunner.Run(deep, "split");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The pier reopened on Monday.\nBoats returned.\n", result.Out[result.Out.IndexOf("The pier", StringComparison.Ordinal)..]);
    }

    [Theory]
    [InlineData("story", true)]
    [InlineData("index.php", true)]
    [InlineData("notes.txt", false)]
    [InlineData("README.md", false)]
    public void Markup_InAFile_IsAPageUnlessTheNameSaysText(string name, bool page)
    {
        string path = Write(name, "<html><body><article><p>The ferry sails at noon. Tickets are sold on board.</p></article></body></html>");

        CliResult result = CliRunner.Run(null, "split", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(page, !result.Out.Contains("<p>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("harbour.wiki", "<!-- kept up to date by the harbour office -->")]
    [InlineData("harbour.tex", "<section>")]
    [InlineData("harbour.adoc", "<!-- draft -->")]
    [InlineData("timetable.csv", "<!-- export -->")]
    public void MarkupSourceOrData_OpeningWithATag_IsReadAsText_ItsLinesKept(string name, string opening)
    {
        string path = Write(name, opening + "\n\nTimetable\n\nThe ferry sails at noon. Tickets are sold on board.\n");

        CliResult result = CliRunner.Run(null, "split", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nTimetable\nThe ferry sails at noon.\n", "\n" + result.Out, StringComparison.Ordinal);
    }

    private static (string Kind, string Text)[] Sentences(string json, out string? title)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        title = document.RootElement.TryGetProperty("title", out JsonElement t) ? t.GetString() : null;
        return [.. document.RootElement.GetProperty("sentences").EnumerateArray()
            .Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("text").GetString()!))];
    }
}
