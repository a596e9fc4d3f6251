using System;

namespace Summarizer.Tests.Ranking;

/// <summary>
/// Short news (8 to 15 sentences, 3 asked): the default summary holds the opening news sentence, whatever headline,
/// byline or dateline stands before it, in every language the texts are written in.
/// </summary>
public sealed class ShortNewsLeadTests
{
    [Theory]
    [MemberData(nameof(ShortNewsTexts.All), MemberType = typeof(ShortNewsTexts))]
    public void Default_ThreeSentences_ChoosesTheLead(string id, string language, string text, string leadStart)
    {
        int lead = text.IndexOf(leadStart, StringComparison.Ordinal);
        Assert.True(lead >= 0, id);
        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(3));
        Assert.InRange(summary.SentenceCount, 8, 16);
        Assert.Equal(language, summary.Language.Code);
        Assert.Contains(summary.Sentences, s => s.Start <= lead && lead < s.Start + s.Length);
    }
}
