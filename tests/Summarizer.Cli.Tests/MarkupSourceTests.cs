using System;
using System.Diagnostics;
using System.Text;

namespace Summarizer.Cli.Tests;

/// <summary>What the readers of markup sources (wikitext, BBCode) make of hostile input: linear time, the text around kept.</summary>
public sealed class MarkupSourceTests
{
    [Theory]
    [InlineData("wikitext", "{{")]
    [InlineData("wikitext", "[[")]
    [InlineData("wikitext", "<ref>")]
    [InlineData("wikitext", "\n{|")]
    [InlineData("wikitext", "[http://a")]
    [InlineData("bbcode", "[quote]")]
    [InlineData("bbcode", "[/quote]")]
    [InlineData("bbcode", "[list][*]")]
    [InlineData("bbcode", "[img]")]
    [InlineData("bbcode", "[b][i]")]
    public void Extract_HostileNesting_IsLinear(string format, string opener)
    {
        string hostile = "The dam held. " + new StringBuilder().Insert(0, opener, 100_000) + " The lake stayed.";
        var watch = Stopwatch.StartNew();

        string text = format == "wikitext" ? WikiText.Extract(hostile).Text : BBCodeText.Extract(hostile).Text;

        Assert.InRange(watch.ElapsedMilliseconds, 0, 5000);
        Assert.StartsWith("The dam held.", text, StringComparison.Ordinal);
        Assert.Contains("The lake stayed.", text, StringComparison.Ordinal);
    }
}
