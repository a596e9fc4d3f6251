using System;

namespace Summarizer.Tests.Splitting;

/// <summary>
/// <see cref="SplitMarkup.VisibleText"/> gives what a reader sees of a Markdown line: a link's anchor, no image, and
/// text as it stands where a bracket opens no link within bounds.
/// </summary>
public sealed class SplitMarkupTests
{
    [Theory]
    [InlineData("[Home](https://example.com/) › [Guides](https://example.com/guides) › Knots", "Home › Guides › Knots")]
    [InlineData("[![Image: Ana](https://example.com/a.jpg)](/ana) **[Ana](/ana)** wrote a review", " **Ana** wrote a review")]
    [InlineData("See [the map](https://example.com/map (large)) first.", "See the map first.")]
    [InlineData("A [bracket] and [another one without a link", "A [bracket] and [another one without a link")]
    public void VisibleText_ShowsAnchorsAndNoImages(string line, string expected)
    {
        Span<char> buffer = stackalloc char[200];
        int length = SplitMarkup.VisibleText(line, buffer);
        Assert.Equal(expected, buffer[..length].ToString());
    }

    [Fact]
    public void VisibleText_MoreThanTheDestinationHolds_IsMinusOne()
    {
        Span<char> buffer = stackalloc char[10];
        Assert.Equal(-1, SplitMarkup.VisibleText("[A long anchor of words](https://example.com/)", buffer));
    }

    [Fact]
    public void VisibleText_TargetLongerThanAnAddress_IsText()
    {
        // A bracket after "]" that closes only past a link address's length opens no link: the line shows as written.
        string line = "[Read](" + new string('x', 3000) + ")";
        char[] buffer = new char[4000];
        int length = SplitMarkup.VisibleText(line, buffer);
        Assert.Equal(line, new string(buffer, 0, length));
    }

    [Fact]
    public void Split_LineOfBracketsThatNeverClose_IsReadWhole()
    {
        // Each "[" would be matched to the line's end if its search were not bounded: 100,000 of them before "](".
        string text = "Heading\n" + new string('[', 100_000) + "](x\nThe text goes on here.";
        System.Collections.Generic.IReadOnlyList<SentenceSpan> spans = SentenceSplitter.ForLanguage("en").Split(text);
        Assert.Equal(text.Length, spans[spans.Count - 1].Start + spans[spans.Count - 1].Length);
    }
}
