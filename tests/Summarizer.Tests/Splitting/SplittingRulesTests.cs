namespace Summarizer.Tests;

public sealed class SplittingRulesTests
{
    [Theory]
    [InlineData("en", "References", true)]
    [InlineData("en", "## 5. References:", true)]
    [InlineData("en", "Media contact:", true)]
    [InlineData("en", "## License", true)]
    [InlineData("en", "About Acme Robotics", true)]
    [InlineData("en", "About the author", true)]
    [InlineData("en", "About us", true)]
    // "About" and a quantity, a lower-case word or a sentence; a heading of more than six words.
    [InlineData("en", "About 200 homes lost power", false)]
    [InlineData("en", "About time", false)]
    [InlineData("en", "About Acme Robotics.", false)]
    [InlineData("en", "About the company that built the first town hall", false)]
    [InlineData("en", "Results", false)]
    [InlineData("de", "Einzelnachweise", true)]
    [InlineData("de", "Über uns", true)]
    [InlineData("fr", "Voir aussi", true)]
    [InlineData("es", "Enlaces externos", true)]
    // The headings are the language's: an English heading in a German text is none.
    [InlineData("de", "See also", false)]
    public void IsBackMatterHeading_TheLanguagesHeadingsAndOpeners(string language, string line, bool expected)
    {
        Assert.Equal(expected, SplittingRules.For(language).IsBackMatterHeading(line));
    }
}
