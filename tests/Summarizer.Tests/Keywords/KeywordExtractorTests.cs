using System;

namespace Summarizer.Tests.Keywords;

public sealed class KeywordExtractorTests
{
    [Fact]
    public void Keywords_OccurrencesPointAtTheirText()
    {
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 8 }).Summarize(TestText.News);
        Assert.NotEmpty(summary.Keywords);
        Assert.True(summary.Keywords.Count <= 8);
        foreach (Keyword keyword in summary.Keywords)
        {
            Assert.NotEmpty(keyword.Occurrences);
            int previous = -1;
            foreach (KeywordOccurrence occurrence in keyword.Occurrences)
            {
                Assert.True(occurrence.Start > previous, "occurrences in reading order");
                previous = occurrence.Start;
                Assert.Equal(keyword.Text, TestText.News.Substring(occurrence.Start, occurrence.Length).ToLowerInvariant());
            }
        }

        for (int k = 1; k < summary.Keywords.Count; k++)
        {
            Assert.True(summary.Keywords[k].Score <= summary.Keywords[k - 1].Score);
        }
    }

    [Fact]
    public void Keywords_AdjacentKeywordsJoinIntoPhrases()
    {
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 10 }).Summarize(TestText.News);
        var texts = new System.Collections.Generic.List<string>();
        foreach (Keyword keyword in summary.Keywords)
        {
            texts.Add(keyword.Text);
        }

        Assert.Contains("interest rates", texts);
        Assert.Contains(texts, t => t.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void Keywords_OffByDefault()
    {
        Assert.Empty(ExtractiveSummarizer.Default.Summarize(TestText.News).Keywords);
    }

    [Fact]
    public void TermOccurrences_LineUpWithTerms()
    {
        // DocumentTerms records where each term occurrence is; the surface there makes the same term again.
        DocumentTerms terms = TestText.Terms(TestText.News, out _);
        Assert.Equal(terms.TermIds.Length, terms.TermStarts.Length);
        for (int k = 0; k < terms.TermIds.Length; k++)
        {
            string surface = TestText.News.Substring(terms.TermStarts[k], terms.TermLengths[k]);
            Assert.Equal([terms.TermIds[k]], terms.LookUp(surface));
        }
    }
}
