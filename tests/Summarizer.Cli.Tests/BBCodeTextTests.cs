using System;
using System.Linq;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>The text of a forum post written in BBCode, and how BBCode is told from other text.</summary>
public sealed class BBCodeTextTests() : TempFolder("summarizer-bbcode-")
{
    /// <summary>A small forum reply as a phpBB user writes it: a bold title, a quotation, sized section titles, a link, a picture, a list, code.</summary>
    private const string Post = """
        [b]Re: Is the Harlow 12 bike trailer worth it?[/b]

        [quote="trailmum"]We cycle to school every day. Does it handle hills?[/quote]

        We have used the trailer for a full school year now. [b]It is sturdy and easy to fold, but it is slow on steep hills.[/b]

        [size=130][color=navy]Folding[/color][/size]
        It folds flat in under a minute, as shown [url=https://example.org/fold]in the maker's video[/url]. The wheels come off without tools.

        [img]https://example.org/pics/trailer.jpg[/img]

        [size=130]Problems[/size]
        [list]
        [*]The rain cover tore after four months.
        [*]The hitch squeaks in cold weather.
        [/list]

        [code]hitch torque = 8 Nm[/code]
        Overall we would buy it again for flat routes.
        """;

    [Fact]
    public void Extract_TagsGo_LabelsAndTextStay_PicturesAndCodeDoNot()
    {
        (string text, string? title, _) = BBCodeText.Extract(Post);

        Assert.Equal("Re: Is the Harlow 12 bike trailer worth it?", title);
        Assert.Contains("as shown in the maker's video. The wheels", text, StringComparison.Ordinal);
        Assert.Contains("\n- The rain cover tore after four months.\n- The hitch squeaks in cold weather.", text, StringComparison.Ordinal);
        Assert.Contains("trailmum wrote:\n> We cycle to school every day. Does it handle hills?", text, StringComparison.Ordinal);
        foreach (string markup in new[] { "[", "]", "example.org", "trailer.jpg", "Nm", "navy" })
        {
            Assert.DoesNotContain(markup, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Split_SectionTitlesAreHeadings_ListItemsAreItems_TheQuotationIsNoPick()
    {
        string path = Write("trailer.bbcode", Post);

        CliResult split = CliRunner.Run(null, "split", path, "--format", "json");
        CliResult summary = CliRunner.Run(null, path, "-n", "3");

        Assert.Equal(0, split.ExitCode);
        using JsonDocument json = JsonDocument.Parse(split.Out);
        (string Kind, string Text)[] sentences = [.. json.RootElement.GetProperty("sentences").EnumerateArray()
            .Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("text").GetString()!))];
        Assert.Contains(("heading", "Folding"), sentences);
        Assert.Contains(("heading", "Problems"), sentences);
        Assert.Contains(("list-item", "- The hitch squeaks in cold weather."), sentences);
        Assert.Equal(0, summary.ExitCode);
        Assert.DoesNotContain("[", summary.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("We cycle to school", summary.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("worth it?", summary.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BBCodeOnStandardInput_IsToldByItsTags()
    {
        CliResult result = CliRunner.Run(Post, "split");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Re: Is the Harlow 12 bike trailer worth it?\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nFolding\n", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[b]Update[/b]: see [url=https://a.example]the notice[/url] for details.", true)]
    [InlineData("[quote=ann]It rained.[/quote]\n[list]\n[*]one\n[/list]", true)]
    [InlineData("[b]Update[/b]: the council met on Monday.", false)]
    [InlineData("[Photo] The mayor opens the bridge. [Reuters] See [the notice](https://a.example) [1].", false)]
    [InlineData("'''Ada''' was a [[mathematician]] and [http://a.example writer].", false)]
    [InlineData("The range [i, j] and [b, c] are both closed; see [/b] and [/i] in the manual.", false)]
    public void LooksLikeBBCode_NeedsPairedTagsOfTwoKinds(string text, bool bbcode)
    {
        Assert.Equal(bbcode, BBCodeText.LooksLikeBBCode(text));
    }

    [Fact]
    public void Extract_NestedQuotations_AreQuotedOnceForEachLevel()
    {
        (string text, _, _) = BBCodeText.Extract("[quote=bo][quote=al]First.[/quote]Second.[/quote]Third.");

        Assert.Equal("bo wrote:\n> al wrote:\n> > First.\n\n> Second.\n\nThird.", text);
    }
}
