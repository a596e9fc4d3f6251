using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Tests.Ranking;

/// <summary>How the learned ranker behaves on whole texts: budgets, queries, and the invariances its features promise.</summary>
public sealed class LearnedRankerBehaviourTests
{
    private static readonly ExtractiveSummarizer s_learned = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.Learned, IncludeRanking = true });

    [Fact]
    public void Summarize_ScoresEverySentenceAndKeepsTheBudget()
    {
        Summary summary = s_learned.Summarize(TestText.News, SummaryBudget.Sentences(2));
        Assert.Equal(2, summary.Sentences.Count);
        Assert.Equal("learned", summary.Diagnostics.Ranker);
        Assert.Equal(summary.SentenceCount, summary.Ranking!.Count);
        foreach (SummarySentence sentence in summary.Ranking)
        {
            Assert.True(double.IsFinite(sentence.Score));
        }
    }

    [Fact]
    public void Diagnostics_WithAHeadline_CountTheEdgesOfTheContentSentences()
    {
        // The learned ranker's features use the graph over the content sentences; the edge count reported is that
        // graph's, the same as PageRank's over the article without its headline and byline.
        string article = TestText.News;
        string text = "Central bank raises interest rates\n\nBy A. Reporter, energy and property prices\n\n" + article;
        Summary learned = s_learned.Summarize(text);
        Summary pageRankAlone = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.PageRank }).Summarize(article);
        Summary pageRankWhole = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.PageRank }).Summarize(text);
        Assert.Equal(pageRankAlone.Diagnostics.EdgeCount, learned.Diagnostics.EdgeCount);
        Assert.True(pageRankWhole.SentenceCount > pageRankAlone.SentenceCount, "the headline and byline are segments of their own");
    }

    [Fact]
    public void Summarize_SameInput_IdenticalToTheLastBit()
    {
        string text = TestText.Document(91, 60);
        Summary first = s_learned.Summarize(text);
        Summary second = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new LearnedRanker(), IncludeRanking = true }).Summarize(text);
        for (int i = 0; i < first.Ranking!.Count; i++)
        {
            Assert.Equal(first.Ranking[i].Score, second.Ranking![i].Score);
        }
    }

    [Fact]
    public void Query_FavoursSentencesNearIt()
    {
        Summary generic = s_learned.Summarize(TestText.News, SummaryBudget.Sentences(2));
        Summary focused = s_learned.Summarize(TestText.News, query: "football match striker", budget: SummaryBudget.Sentences(2));
        Assert.DoesNotContain(generic.Sentences, s => s.Text.Contains("football", StringComparison.Ordinal));
        Assert.Contains(focused.Sentences, s => s.Text.Contains("football", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_BudgetShareDecidesBetweenLeadAndCentre_NotTheCallOrder()
    {
        // The same text at a small and at a large budget: each call sees its own budget share.
        string text = TestText.Document(5, 40);
        Summary small = s_learned.Summarize(text, SummaryBudget.Sentences(2));
        Summary large = s_learned.Summarize(text, SummaryBudget.Sentences(20));
        Summary smallAgain = s_learned.Summarize(text, SummaryBudget.Sentences(2));
        Assert.Equal(2, small.Sentences.Count);
        Assert.Equal(20, large.Sentences.Count);
        Assert.Equal(small.Text, smallAgain.Text);
    }

    [SharedDataFact("bbc/dev.jsonl")]
    public void LowerCasedText_GetsTheSamePicks()
    {
        // One sentence a line, so that the splitter's use of capitals is not what is tested: only the ranker's features.
        int documents = 0;
        int sameLearned = 0;
        int samePageRank = 0;
        var learned = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.Learned, Splitter = SentenceSplitter.Presplit });
        var pageRank = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = SentenceRanker.PageRank, Splitter = SentenceSplitter.Presplit });
        foreach (string text in BbcTexts(limit: 400))
        {
            IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(text);
            var lines = new string[spans.Count];
            for (int i = 0; i < lines.Length; i++)
            {
                lines[i] = text.Substring(spans[i].Start, spans[i].Length).ReplaceLineEndings(" ");
            }

            string presplit = string.Join('\n', lines);
            string lower = presplit.ToLowerInvariant();
            documents++;
            sameLearned += SameIndices(learned.Summarize(presplit), learned.Summarize(lower)) ? 1 : 0;
            samePageRank += SameIndices(pageRank.Summarize(presplit), pageRank.Summarize(lower)) ? 1 : 0;
        }

        Assert.Equal(documents, samePageRank);
        Assert.True(sameLearned >= 0.95 * documents, $"{sameLearned} of {documents} lower-cased documents kept their picks");
    }

    [SharedDataFact("bbc/dev.jsonl")]
    public void PageFurniture_AroundTheArticle_DoesNotChangeThePicks()
    {
        int documents = 0;
        int same = 0;
        foreach (string text in BbcTexts(limit: 200))
        {
            string framed = "Previous Article\nShare this\nNo time to read? Get a summary\n\n" + text + "\n\nShare this\nNext Article\nSubscribe";
            documents++;
            same += SameTexts(s_learned.Summarize(text), s_learned.Summarize(framed)) ? 1 : 0;
        }

        Assert.True(same >= 0.98 * documents, $"{same} of {documents} framed documents kept their picks");
    }

    private static bool SameIndices(Summary a, Summary b)
    {
        if (a.Sentences.Count != b.Sentences.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Sentences.Count; i++)
        {
            if (a.Sentences[i].Index != b.Sentences[i].Index)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameTexts(Summary a, Summary b) => a.Text == b.Text;

    private static IEnumerable<string> BbcTexts(int limit)
    {
        int count = 0;
        foreach (string line in File.ReadLines(SharedData.PathOf("bbc/dev.jsonl")))
        {
            if (count++ >= limit)
            {
                yield break;
            }

            using JsonDocument json = JsonDocument.Parse(line);
            yield return json.RootElement.GetProperty("text").GetString()!;
        }
    }
}
