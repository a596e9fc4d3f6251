using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.ML.Data;

namespace Summarizer.ML.Tests;

/// <summary>A labelled document of the generated corpus.</summary>
public sealed class LabelledDocument
{
    [LoadColumn(0)]
    public string Label { get; set; } = string.Empty;

    [LoadColumn(1)]
    public string Text { get; set; } = string.Empty;
}

/// <summary>
/// Short news-like documents in three topics, made from templates with a seeded random generator, so the tests need
/// no data files. Each document mixes topic sentences with topic-neutral filler, so a summary has something to drop.
/// </summary>
internal static class TestDocuments
{
    public static readonly string[] Labels = ["sports", "finance", "science"];

    private static readonly string[][] s_topicSentences =
    [
        [
            "The {0} beat their rivals {1} to {2} in front of a sold-out stadium on Saturday.",
            "The coach of the {0} praised the defence after the match and said the team had trained hard all week.",
            "A late goal from the captain of the {0} settled the game in the final minutes.",
            "Fans of the {0} celebrated the win that lifts the club to the top of the league table.",
            "The {0} will face the champions next week in the semi-final of the cup.",
            "The striker of the {0} scored twice and was named player of the match by the league.",
            "Injuries have kept three players of the {0} out of the squad for the rest of the season.",
        ],
        [
            "Shares of {0} rose {1} percent after the company reported quarterly profit above forecasts.",
            "The board of {0} raised its dividend and announced a share buyback worth {2} million dollars.",
            "Analysts said the revenue growth of {0} came from strong demand in its banking and lending business.",
            "The central bank kept interest rates unchanged, which helped {0} and other lenders on the stock market.",
            "Investors in {0} worry that inflation and higher bond yields will squeeze its margins next year.",
            "The chief financial officer of {0} said cash flow and earnings would keep improving.",
            "Trading volume in {0} stock was twice the daily average as the market index closed higher.",
        ],
        [
            "Researchers at {0} discovered a new protein that helps cells repair damaged DNA.",
            "The study from {0} was published in a journal after {1} experiments on laboratory mice.",
            "Scientists at {0} used a telescope to measure the light of a planet orbiting a distant star.",
            "The team at {0} says the discovery could lead to new treatments for genetic diseases.",
            "Physicists at {0} observed the particle decay predicted by the theory decades ago.",
            "The experiment at {0} ran for {2} days and collected data from thousands of samples.",
            "Biologists at {0} sequenced the genome of the bacteria found in the deep ocean.",
        ],
    ];

    private static readonly string[][] s_names =
    [
        ["Rovers", "United", "Wanderers", "Athletic", "Rangers", "City"],
        ["Northwind Bank", "Contoso Capital", "Fabrikam Holdings", "Litware Finance", "Tailspin Trust"],
        ["the Institute of Biology", "Northern University", "the Space Laboratory", "the Genome Centre", "the Physics Institute"],
    ];

    private static readonly string[] s_filler =
    [
        "The weather was mild for the time of year.",
        "More details are expected later this week.",
        "Local newspapers covered the story on their front pages.",
        "A spokesperson declined to comment further on Monday.",
        "The announcement came shortly before noon.",
    ];

    /// <summary>Makes <paramref name="count"/> documents, the topics in turn.</summary>
    public static List<LabelledDocument> Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        var documents = new List<LabelledDocument>(count);
        for (int i = 0; i < count; i++)
        {
            documents.Add(CreateOne(random, i % Labels.Length));
        }

        return documents;
    }

    /// <summary>Documents made on demand, never ending: a source larger than any memory.</summary>
    public static IEnumerable<LabelledDocument> Endless(Action onYield, int seed = 7)
    {
        var random = new Random(seed);
        for (int i = 0; ; i++)
        {
            onYield();
            yield return CreateOne(random, i % Labels.Length);
        }
    }

    private static LabelledDocument CreateOne(Random random, int topic)
    {
        string[] templates = s_topicSentences[topic];
        string name = s_names[topic][random.Next(s_names[topic].Length)];
        int sentenceCount = random.Next(5, 9);
        var text = new StringBuilder();
        for (int s = 0; s < sentenceCount; s++)
        {
            string sentence = random.Next(4) == 0
                ? s_filler[random.Next(s_filler.Length)]
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[random.Next(templates.Length)], name, random.Next(1, 9), random.Next(10, 500));
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(sentence);
        }

        return new LabelledDocument { Label = Labels[topic], Text = text.ToString() };
    }
}
