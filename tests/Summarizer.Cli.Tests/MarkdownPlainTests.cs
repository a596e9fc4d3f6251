namespace Summarizer.Cli.Tests;

public sealed class MarkdownPlainTests
{
    [Theory]
    [InlineData("A plain sentence, with (brackets) and 58 percent!", "A plain sentence, with (brackets) and 58 percent!")]
    [InlineData("**Note:** This project is in **beta**.", "Note: This project is in beta.")]
    [InlineData("It makes *large dashboards* sluggish and _old_ ones ~~fast~~ slow.", "It makes large dashboards sluggish and old ones fast slow.")]
    [InlineData("Set snake_case_name and __init__ here.", "Set snake_case_name and init here.")]
    [InlineData("Run ``a `b` c`` and `dotnet test` now.", "Run a `b` c and dotnet test now.")]
    [InlineData("Read the [manual](https://example.com/a_b) and ![the logo](logo.png) or [this][ref].", "Read the manual and the logo or this.")]
    [InlineData("A [**bold** link](x.md) stays readable.", "A bold link stays readable.")]
    [InlineData("Prices are 5 * 3 = 15 and a [bracket] alone stays.", "Prices are 5 * 3 = 15 and a [bracket] alone stays.")]
    [InlineData("An escaped \\*star\\* and C:\\path stay.", "An escaped *star* and C:\\path stay.")]
    [InlineData("An unclosed `tick stays.", "An unclosed `tick stays.")]
    public void Of_DropsInlineMarkupAndKeepsWhatItMarks(string sentence, string expected) =>
        Assert.Equal(expected, MarkdownPlain.Of(sentence));

    [Fact]
    public void Of_NoMarkup_IsTheSameString()
    {
        const string sentence = "Nothing to drop here.";
        Assert.Same(sentence, MarkdownPlain.Of(sentence));
    }
}
