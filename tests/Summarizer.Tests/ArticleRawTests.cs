using System;
using System.IO;
using Summarizer.Testing;

namespace Summarizer.Tests;

public sealed class ArticleRawTests
{
    private static readonly string[] s_furniture = ["No time to read", "Get a summary", "Previous Article", "Next Article"];

    [SharedDataFact("news/article_raw.txt")]
    public void Summarize_ScrapedArticle_PicksThreeSentencesOfTheArticleNotPageFurniture()
    {
        string text = File.ReadAllText(SharedData.PathOf("news/article_raw.txt"));

        Summary summary = ExtractiveSummarizer.Default.Summarize(text);

        Assert.Equal(3, summary.Sentences.Count);
        foreach (SummarySentence sentence in summary.Sentences)
        {
            foreach (string furniture in s_furniture)
            {
                Assert.DoesNotContain(furniture, sentence.Text, StringComparison.Ordinal);
            }

            Assert.True(sentence.Text.Split(' ').Length >= 8, $"'{sentence.Text}' is not a sentence of the article body.");
        }
    }
}
