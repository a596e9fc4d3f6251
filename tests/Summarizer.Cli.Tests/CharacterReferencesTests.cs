namespace Summarizer.Cli.Tests;

/// <summary>Character references left in a plain-text or Markdown document, decoded as CommonMark decodes them, outside code.</summary>
public sealed class CharacterReferencesTests : TempFolder
{
    public CharacterReferencesTests()
        : base("character-references-")
    {
    }

    [Theory]
    [InlineData("&quot;Cosy inn&quot; &ndash; 4/5", "\"Cosy inn\" \u2013 4/5")]
    [InlineData("The mill&#8217;s wheel and the mill&#x2019;s race", "The mill\u2019s wheel and the mill\u2019s race")]
    [InlineData("Fish &amp; chips for &pound;9, Dash&nbsp;8 aircraft", "Fish & chips for \u00A39, Dash\u00A08 aircraft")]
    [InlineData("&#150; a C1 reference reads as Windows-1252 does", "\u2013 a C1 reference reads as Windows-1252 does")]
    // Not well-formed, or no reference: kept as written.
    [InlineData("AT&T and R&D; &copy 2024 &madeup; &#0; &#xD800; & more", "AT&T and R&D; &copy 2024 &madeup; &#0; &#xD800; & more")]
    public void Decode_WellFormedReferences_AreTheirCharacters(string text, string expected) =>
        Assert.Equal(expected, CharacterReferences.Decode(text));

    [Fact]
    public void Decode_Code_KeepsItsReferencesAsWritten()
    {
        const string Text = "Write `&amp;` or ``a &lt; b`` for &lt;.\n\n```html\n<p>&copy; 2024</p>\n```\n\nAfter &copy; the fence.\r\n";
        Assert.Equal("Write `&amp;` or ``a &lt; b`` for <.\n\n```html\n<p>&copy; 2024</p>\n```\n\nAfter \u00A9 the fence.\r\n", CharacterReferences.Decode(Text));
    }

    [Fact]
    public void Decode_NoReference_SameString()
    {
        const string Text = "The ferry left at noon.";
        Assert.Same(Text, CharacterReferences.Decode(Text));
    }

    [Fact]
    public void Decode_AmpersandsThatOpenNoReference_SameString()
    {
        string text = string.Concat("AT&T and R&D ", "spent &copy 2024 on Q&A.");
        Assert.Same(text, CharacterReferences.Decode(text));
    }

    [Fact]
    public void Read_TextFileAndStandardInput_ReadTheCharacters_ADataSetItsTextAsGiven()
    {
        const string Review = "The landlord&#8217;s pie was fine &amp; cheap.";
        string path = Write("reviews.txt", "&quot;Cosy inn&quot; &ndash; 4/5\n\n" + Review + "\n");
        string set = Write("set.jsonl", "{\"id\": \"inn-1\", \"text\": \"" + Review + "\"}\n");

        CliResult file = CliRunner.Run(null, "split", path);
        CliResult piped = CliRunner.Run(Review, "split");
        CliResult scored = CliRunner.Run(null, set, "-n", "1");

        Assert.Equal("\"Cosy inn\" \u2013 4/5\nThe landlord\u2019s pie was fine & cheap.\n", file.Out);
        Assert.Equal("The landlord\u2019s pie was fine & cheap.\n", piped.Out);
        Assert.Equal("==> inn-1 <==\n" + Review + "\n", scored.Out);
    }

    [Fact]
    public void Summarize_Json_CarriesTheDecodedTextTheOffsetsIndex()
    {
        string path = Write("reviews.txt", "Fish &amp; chips were great. The pub&#8217;s garden is lovely in June.\n");

        CliResult result = CliRunner.Run(null, path, "-n", "1", "--format", "json");

        Assert.Contains("\"text\": \"Fish & chips were great. The pub\u2019s garden is lovely in June.", result.Out, System.StringComparison.Ordinal);
    }
}
