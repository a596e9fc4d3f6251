namespace Summarizer.Tests.Reliability;

/// <summary>Inputs found by the fuzzing harness (fuzzing/Summarizer.Fuzz), kept as regression tests.</summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void Keywords_RepeatedCjkBigram_OccurrencesDoNotOverlap()
    {
        // "ยยย" holds the bigram "ยย" at 0 and 1; the occurrences used to overlap. The input as the harness found it.
        const string text =
            "\u2022\uDC9A\u0E17\u0E21\u0E1F\u0E1D\u0E2A\u0E2F\u0E32\u0E22\u0E22\u0E22\u0E37\u0E38\u0E35\u0E2B\u0E2C"
            + "\u0E37\u0E32\u0E39\u0E26\u0E03\u0E2D\u0E06\u0E05\u0E25.[\uDBD1\uDFBEis999999999999999999999999999999"
            + "9999999999999vs\u005C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C\u201C"
            + "\u201CNested words here. Really?\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u000Aa) \u000A"
            + "\u202E  a\u0335\u0363\u030B\uDAE4...\u0022\uD9E3\uDF35\uCF6D\uC6CF\u0091St was a.m. }\u05E9\u05DC\u05D5"
            + "\u05DD\u9AD9\u5847\u6301\u812B\uD902\uDEF6na\u00EFve}\u201Chttps://example.com/";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 10, IncludeRanking = true });
        // And a Chinese text whose keyword is a run of one repeated bigram ("好好" at 2, 3 and 4 of "我们好好好好学习").
        const string chinese = "我们好好好好学习，每天都好好好好学习。老师说好好好好学习很重要。";

        foreach (string input in new[] { text, chinese })
        {
            Summary summary = summarizer.Summarize(input);
            foreach (Keyword keyword in summary.Keywords)
            {
                for (int i = 1; i < keyword.Occurrences.Count; i++)
                {
                    Assert.True(keyword.Occurrences[i].Start >= keyword.Occurrences[i - 1].End, $"'{keyword.Text}' occurrences overlap");
                }
            }

            Invariants.CheckSummary(input, summary, summarizer.Options, summarizer.Options.Budget);
            if (input == chinese)
            {
                Assert.Contains(summary.Keywords, k => k.Text.Contains("好好", System.StringComparison.Ordinal) && k.Count == 3);
            }
        }
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

    [Theory]
    // A numbered label's line, then a line of a lone bracket: the word after the label starts at that line's break,
    // and the check whether the rest of the line names a heading read the first character of an empty line (found by
    // the document target, in a Word document's text).
    [InlineData("Chapter 2.\n(\n")]
    [InlineData("Ic 2.\n[\n")]
    [InlineData("Part IV.\n\"\nThe storm came at night.")]
    // A Dutch elision ("'s", "'t") that ends the text after a sentence's mark: the check for a capital after it read
    // past the text's end (found by the splitter target, seed 77).
    [InlineData("Stop. 's ")]
    [InlineData("Is it over? 's ")]
    [InlineData("Wait! 't ")]
    public void Splitter_TextThatEndsWhereACheckLooksAhead_DoesNotThrow(string text)
    {
        Invariants.CheckSentences(text, SentenceSplitter.Default.Split(text));
        Summary summary = ExtractiveSummarizer.Default.Summarize(text);
        Invariants.CheckSummary(text, summary, ExtractiveSummarizer.Default.Options, ExtractiveSummarizer.Default.Options.Budget);
    }
}
