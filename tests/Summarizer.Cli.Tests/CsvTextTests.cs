using System;

namespace Summarizer.Cli.Tests;

/// <summary>The texts of a .csv or .tsv table of records, a paragraph each.</summary>
public sealed class CsvTextTests() : TempFolder("summarizer-csv-")
{
    private const string Reviews = """
        id,shop,stars,posted,headline,review_text
        a-1,"Corner Bakery",5,2025-03-02,"Best rye","The rye bread is dense and sour, exactly as it should be. We buy two loaves every Saturday."
        a-2,"Corner Bakery",2,2025-03-09,"Slow queue","The bread is good, but the queue took forty minutes. Staff said they were short of people."
        a-3,"Corner Bakery",4,2025-03-15,"Nice ""sourdough"" class","The sourdough class was fun,
        and we took our own starter home."
        """;

    [Fact]
    public void Texts_OfANamedColumn_AreAParagraphEach_WithoutTheOtherFields()
    {
        string? texts = CsvText.Texts(Reviews, null);

        Assert.Equal(
            "The rye bread is dense and sour, exactly as it should be. We buy two loaves every Saturday.\n\n"
            + "The bread is good, but the queue took forty minutes. Staff said they were short of people.\n\n"
            + "The sourdough class was fun,\nand we took our own starter home.",
            texts);
    }

    [Theory]
    [InlineData("datum;rubriek;tekst\n2025-01-02;Sport;\"De club won met 2-1, na een doelpunt in de laatste minuut.\"\n2025-01-03;Weer;\"Het wordt morgen koud; er valt sneeuw in het oosten.\"\n")]
    [InlineData("datum\trubriek\tbericht\n2025-01-02\tSport\tDe club won met 2-1, na een doelpunt in de laatste minuut.\n2025-01-03\tWeer\tHet wordt morgen koud; er valt sneeuw in het oosten.\n")]
    [InlineData("2025-01-02,Sport,\"De club won met 2-1, na een doelpunt in de laatste minuut.\"\n2025-01-03,Weer,\"Het wordt morgen koud; er valt sneeuw in het oosten.\"\n")]
    public void Texts_DelimiterAndColumn_AreToldFromTheTable(string table)
    {
        Assert.Equal(
            "De club won met 2-1, na een doelpunt in de laatste minuut.\n\nHet wordt morgen koud; er valt sneeuw in het oosten.",
            CsvText.Texts(table, null));
    }

    [Theory]
    [InlineData("id,text\n1,\"An unclosed quote runs to the end.\n2,Another row.\n")]
    [InlineData("id,amount\n1,20\n2,35\n")]
    [InlineData("Just a note saved as csv. It has no delimiter at all.")]
    public void Texts_OfNoTableWithFreeText_AreNull(string text)
    {
        Assert.Null(CsvText.Texts(text, null));
    }

    [Fact]
    public void Summary_OfACsvFile_PicksWholeReviewSentences()
    {
        string path = Write("bakery.csv", Reviews);

        CliResult split = CliRunner.Run(null, "split", path);
        CliResult summary = CliRunner.Run(null, path, "-n", "2");

        Assert.Equal(0, split.ExitCode);
        Assert.StartsWith("The rye bread is dense and sour, exactly as it should be.\nWe buy two loaves every Saturday.\nThe bread is good,", split.Out, StringComparison.Ordinal);
        Assert.Equal(0, summary.ExitCode);
        Assert.DoesNotContain("a-", summary.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Corner Bakery", summary.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedCsv_IsReadAsText()
    {
        string path = Write("broken.csv", "id,text\n1,\"The oven broke on Monday. It was fixed the same day.\n");

        CliResult result = CliRunner.Run(null, "split", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The oven broke on Monday.", result.Out, StringComparison.Ordinal);
    }
}
