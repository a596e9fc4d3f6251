using System;
using System.Collections.Generic;
using System.Text;
using CsCheck;
using Summarizer.Testing;

namespace Summarizer.Tests;

/// <summary>Random documents over a small vocabulary, so that sentences share terms often.</summary>
internal static class TestText
{
    private static readonly string[] s_words =
    [
        "market", "growth", "profit", "bank", "rates", "energy", "prices", "oil", "company", "shares", "investors",
        "government", "policy", "election", "minister", "film", "award", "music", "album", "record", "sales", "quarter",
        "economy", "trade", "exports", "jobs", "workers", "union", "strike", "court",
    ];

    private static readonly string[] s_stop = ["the", "of", "and", "to", "in", "was", "for", "with"];

    public static string Document(int seed, int sentences, int minWords = 4, int maxWords = 14) =>
        Document(new Random(seed), sentences, minWords, maxWords);

    public static string Document(Random random, int sentences, int minWords = 4, int maxWords = 14)
    {
        var builder = new StringBuilder();
        for (int s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                builder.Append(random.Next(6) == 0 ? "\n\n" : " ");
            }

            int words = random.Next(minWords, maxWords + 1);
            for (int w = 0; w < words; w++)
            {
                string word = random.Next(4) == 0 ? s_stop[random.Next(s_stop.Length)] : s_words[random.Next(s_words.Length)];
                if (w == 0)
                {
                    word = char.ToUpperInvariant(word[0]) + word[1..];
                }
                else
                {
                    builder.Append(' ');
                }

                builder.Append(word);
            }

            builder.Append('.');
        }

        return builder.ToString();
    }

    /// <summary>A summarizer with the default options and the PageRank or the learned ranker, for tests that hold for both.</summary>
    public static ExtractiveSummarizer Summarizer(bool pageRank) =>
        ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = pageRank ? SentenceRanker.PageRank : SentenceRanker.Learned });

    /// <summary>Documents of <paramref name="minSentences"/> to <paramref name="maxSentences"/> sentences; shorter is smaller.</summary>
    public static Gen<string> Documents(int minSentences, int maxSentences) =>
        Gen.Int[minSentences, maxSentences].SelectMany(sentences => Property.FromRandom(random => Document(random, sentences), text => text.Length));

    public static DocumentTerms Terms(string text, out IReadOnlyList<SentenceSpan> sentences)
    {
        sentences = SentenceSplitter.Default.Split(text);
        return DocumentTerms.Build(text, sentences, default);
    }

    public const string News =
        "The central bank raised interest rates by half a point on Tuesday, its first increase in four years. "
        + "Officials said rising energy prices had pushed inflation well above the bank's target. "
        + "Shares in property companies fell sharply after the rates decision was announced. "
        + "The bank's governor warned that further increases in interest rates could follow this year. "
        + "Economists had expected a smaller rise of a quarter point. "
        + "Mortgage lenders said they would pass the higher rates on to borrowers within weeks.\n\n"
        + "Opposition politicians criticised the timing of the decision. "
        + "They argued that households were already struggling with high energy bills. "
        + "The finance minister defended the independence of the central bank. "
        + "Meanwhile the local football club won its third match in a row on Saturday. "
        + "The striker scored twice in the second half of the football match.";
}
