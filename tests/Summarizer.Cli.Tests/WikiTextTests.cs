using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>The article text of MediaWiki wikitext, and how wikitext is told from other text.</summary>
public sealed class WikiTextTests() : TempFolder("summarizer-wiki-")
{
    /// <summary>A small article as an editor writes it: an infobox, a lead with references, a table, a picture, lists, back matter.</summary>
    private const string Article = """
        {{Short description|Lake in the Jura mountains}}
        {{Infobox lake
        | name = Lac des Brenets
        | area = {{convert|0.8|km2|sqmi}}
        | max_depth = 31 m
        }}
        '''Lac des Brenets''' ({{lang-de|Lac des Brenets}}) is a lake on the border between [[France]] and [[Switzerland]], formed by a [[landslide|rockfall]] that dammed the [[Doubs (river)|Doubs]] about 12,000 years ago.<ref name="geo">{{cite journal |last=Martin |title=The Doubs landslide |year=2011}}</ref> Boats take visitors to the waterfall of the Saut du Doubs in summer.<ref>Guide du Jura, p. 44.</ref>

        __TOC__
        [[File:Lac des Brenets.jpg|thumb|The lake seen from the [[Switzerland|Swiss]] shore]]
        == History ==
        In the winter of 1893 the lake froze so hard that a fair was held on the ice.<!-- source? --> The frozen lake drew skaters from [[Neuchâtel]] for the next three decades.

        {| class="wikitable"
        ! Year !! Visitors
        |-
        | 2019 || 61,000
        |}

        == Visitors ==
        The lake is reached by road from the village of Les Brenets,&nbsp;which has a station on the line to [http://example.org/line Le Locle].
        * Boat trips from May to October
        * A footpath along the cliffs

        == References ==
        <references />

        [[Category:Lakes of Switzerland]]
        """;

    [Fact]
    public void Extract_LinksShowTheirLabels_TemplatesReferencesTablesAndPicturesDoNot()
    {
        (string text, _) = WikiText.Extract(Article);

        Assert.StartsWith("Lac des Brenets is a lake on the border between France and Switzerland, formed by a rockfall that dammed the Doubs about 12,000 years ago. Boats take", text, StringComparison.Ordinal);
        Assert.Contains("Le Locle.", text, StringComparison.Ordinal);
        Assert.Contains("Les Brenets, which", text, StringComparison.Ordinal);
        Assert.Contains("\n- Boat trips from May to October\n- A footpath along the cliffs", text, StringComparison.Ordinal);
        foreach (string markup in new[] { "{", "}", "[", "]", "<", "|", "'", "cite", "Guide du Jura", "thumb", "Swiss shore", "61,000", "TOC", "source?", "Category", "&nbsp;" })
        {
            Assert.DoesNotContain(markup, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Extract_UnitTemplate_ShowsItsQuantity()
    {
        (string text, _) = WikiText.Extract("The pond covers {{convert|2.5|ha|acre}} and is {{convert|3|-|4|m|ft}} deep.");

        Assert.Equal("The pond covers 2.5 ha and is 3–4 m deep.", text);
    }

    [Fact]
    public void Split_SentencesAroundAReference_AreTwo_AndAHeadingIsAHeading()
    {
        string path = Write("lake.wiki", Article);

        CliResult result = CliRunner.Run(null, "split", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        (string Kind, string Text)[] sentences = [.. json.RootElement.GetProperty("sentences").EnumerateArray()
            .Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("text").GetString()!))];
        Assert.Contains(("sentence", "Boats take visitors to the waterfall of the Saut du Doubs in summer."), sentences);
        Assert.EndsWith("about 12,000 years ago.", sentences[0].Text, StringComparison.Ordinal);
        Assert.Contains(("heading", "History"), sentences);
        Assert.Contains(("list-item", "- Boat trips from May to October"), sentences);
        Assert.StartsWith("Lac des Brenets is a lake", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_OfASmallArticle_PicksItsProse()
    {
        string path = Write("lake.wiki", Article);

        CliResult result = CliRunner.Run(null, path, "-n", "2");

        Assert.Equal(0, result.ExitCode);
        string[] picks = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, picks.Length);
        Assert.All(picks, pick => Assert.DoesNotMatch("[{}\\[\\]|<=']", pick));
    }

    [Fact]
    public void WikitextOnStandardInput_IsToldByItsMarks()
    {
        CliResult result = CliRunner.Run(Article, "split");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Lac des Brenets is a lake", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{Infobox person\n| name = Ada\n}}\n'''Ada''' was a [[mathematician]].<ref>Smith 2001.</ref>", true)]
    [InlineData("'''Ada''' was a [[mathematician]].<ref>Smith 2001.</ref>\n\n== Life ==\nShe was born in London.", true)]
    [InlineData("== Life ==\nAda was a [[mathematician]] and '''writer'''.", true)]
    [InlineData("== Life ==\nAda was a [[mathematician]] and a writer.", false)]
    [InlineData("{{ page.title }}\n\nWelcome to my site. It is built with a template engine.", false)]
    [InlineData("# Notes\n\nSee [[Daily note]] and '''quoted''' text.", false)]
    [InlineData("The council met on Monday. It approved the budget.", false)]
    public void LooksLikeWikitext_NeedsAWikitextOpeningAndTwoOtherMarks(string text, bool wikitext)
    {
        Assert.Equal(wikitext, WikiText.LooksLikeWikitext(text));
    }

    [Fact]
    public void Extract_NestedTemplatesAndAClosedRun_LeaveTheTextAround()
    {
        string nested = "Before. " + new StringBuilder().Insert(0, "{{a|", 100_000) + new StringBuilder().Insert(0, "}}", 100_000) + " After.";

        (string text, _) = WikiText.Extract(nested);

        Assert.Equal("Before. After.", text);
    }
}
