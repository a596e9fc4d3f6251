using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Tests.Ranking;

/// <summary>
/// Short news (8 to 15 sentences, 3 asked): the default summary holds the opening news sentence, whatever headline,
/// byline or dateline stands before it, in every language the texts are written in.
/// </summary>
/// <remarks>
/// The shipped model learned it from shortened news stories labelled with the best summary that holds their opening
/// (tools/Training); before that, the Spanish health report, whose opening shares few word stems with the rest, lost
/// its lead. The test names every report whose lead is missed.
/// </remarks>
public sealed class ShortNewsLeadTests
{
    [Theory]
    [MemberData(nameof(ShortNewsTexts.All), MemberType = typeof(ShortNewsTexts))]
    public void Default_ThreeSentences_IsShortNewsInItsLanguage(string id, string language, string text, string leadStart)
    {
        Assert.True(text.Contains(leadStart, StringComparison.Ordinal), id);
        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(3));
        Assert.InRange(summary.SentenceCount, 8, 16);
        Assert.Equal(language, summary.Language.Code);
        Assert.Equal(3, summary.Sentences.Count);
    }

    [Fact]
    public void Default_ThreeSentences_ChoosesTheLeadOfEveryReport()
    {
        var missed = new List<string>();
        int count = 0;
        foreach (object[] row in ShortNewsTexts.All)
        {
            count++;
            (string id, string text, string leadStart) = ((string)row[0], (string)row[2], (string)row[3]);
            int lead = text.IndexOf(leadStart, StringComparison.Ordinal);
            Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(3));
            if (!summary.Sentences.Any(s => s.Start <= lead && lead < s.End))
            {
                missed.Add(id);
            }
        }

        Assert.True(count >= 12, "a dozen reports");
        Assert.True(missed.Count == 0, $"the lead is missed in {missed.Count} of {count} reports: {string.Join(", ", missed)}");
    }

    [Fact]
    public void Default_ThreeSentences_ChoosesNothingBeforeTheLead()
    {
        // What stands before the lead is a headline, a byline or a dateline: a dateline that ends with a period is a
        // segment of its own ("Sevilla, 9 de febrero de 2026."), long enough to be chosen, and says only where and when.
        var chosen = new List<string>();
        foreach (object[] row in ShortNewsTexts.All)
        {
            (string id, string text, string leadStart) = ((string)row[0], (string)row[2], (string)row[3]);
            int lead = text.IndexOf(leadStart, StringComparison.Ordinal);
            Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(3));
            chosen.AddRange(summary.Sentences.Where(s => s.End <= lead).Select(s => $"{id}: {s.Text}"));
        }

        Assert.True(chosen.Count == 0, "chosen before the lead: " + string.Join("; ", chosen));
    }

    [SharedDataFact("cnndm/dev.jsonl")]
    public void CnnDmDevStories_CutShort_KeepTheirOpening()
    {
        // Stories the model never saw, each cut to its first 8 to 15 sentences (varying by story), 3 asked: the summary
        // holds the opening in at least 90% of them (926 of 953 when written; PageRank 523).
        int stories = 0;
        int kept = 0;
        foreach ((int d, string text) in File.ReadLines(SharedData.PathOf("cnndm/dev.jsonl")).Select((line, d) => (d, TextOf(line))))
        {
            IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
            int keep = 8 + (d % 8);
            if (spans.Count > keep)
            {
                Summary summary = ExtractiveSummarizer.Default.Summarize(text[..spans[keep - 1].End], SummaryBudget.Sentences(3));
                stories++;
                kept += summary.Sentences[0].Index == 0 ? 1 : 0;
            }
        }

        Assert.True(stories >= 900, $"only {stories} stories long enough to cut");
        Assert.True(kept >= 0.9 * stories, $"the opening is kept in {kept} of {stories} short stories");
    }

    private static string TextOf(string line)
    {
        using JsonDocument json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("text").GetString()!;
    }
}
