namespace Summarizer.Tests.Reliability;

/// <summary>Inputs found by the fuzzing harness (fuzzing/Summarizer.Fuzz), kept as regression tests.</summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void Keywords_RepeatedCjkBigram_OccurrencesDoNotOverlap()
    {
        // "ยยย" holds the bigram "ยย" at 0 and 1; the occurrences used to overlap.
        const string text = "ยยยยย ยยย กขค. ยยย ยยยย กขค ภาษา. ยยย กขค ภาษาไทย ยย.";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 5 });

        Summary summary = summarizer.Summarize(text);

        Assert.NotEmpty(summary.Keywords);
        foreach (Keyword keyword in summary.Keywords)
        {
            for (int i = 1; i < keyword.Occurrences.Count; i++)
            {
                Assert.True(keyword.Occurrences[i].Start >= keyword.Occurrences[i - 1].End, $"'{keyword.Text}' occurrences overlap");
            }
        }

        Invariants.CheckSummary(text, summary, summarizer.Options, summarizer.Options.Budget);
    }

    [Fact]
    public void Keywords_TurkishDottedAndDotlessI_AreDistinctKeywords()
    {
        // In Turkish "Is" (ıs) and "is" are different words; both used to show as the keyword "is".
        const string text = "Is kelimesi burada geçer ve is kelimesi de geçer. Is ile is ayrı kelimelerdir, Is gelir. Is ve is yine.";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 10, Language = Language.Turkish });

        Summary summary = summarizer.Summarize(text);

        Assert.Contains(summary.Keywords, k => k.Text == "ıs");
        Invariants.CheckSummary(text, summary, summarizer.Options, summarizer.Options.Budget);
    }
}
