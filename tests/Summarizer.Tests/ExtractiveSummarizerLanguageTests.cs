using System;
using System.Collections.Generic;
using Summarizer.Testing;

namespace Summarizer.Tests;

/// <summary>The chosen or guessed language selects the sentence splitter together with stop words and stemmer.</summary>
public sealed class ExtractiveSummarizerLanguageTests
{
    public static TheoryData<string, Language?> GermanChoices => new()
    {
        { "explicit", Language.German },
        { "guessed", null },
    };

    [Theory]
    [MemberData(nameof(GermanChoices))]
    public void Summarize_German_SplitsWithTheGermanRules(string how, Language? language)
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Language = language, IncludeRanking = true });

        Summary summary = summarizer.Summarize(TestArticles.GermanUtilities);

        Assert.Same(Language.German, summary.Language);
        Assert.True(4 == summary.SentenceCount, $"{how}: {summary.SentenceCount} segments");
        Assert.Equal(TestArticles.GermanMillions, summary.Ranking![0].Text);
        Assert.Same(Language.German.Splitter, summarizer.SplitterFor(TestArticles.GermanUtilities));
    }

    public static TheoryData<string, Language?> ThaiChoices => new()
    {
        { "explicit", Language.Thai },
        { "guessed", null },
    };

    [Theory]
    [MemberData(nameof(ThaiChoices))]
    public void Summarize_Thai_SplitsAtSpacesBetweenThaiWords(string how, Language? language)
    {
        const string Text = "วันนี้อากาศดีมาก เราไปเดินเล่นที่สวนสาธารณะ เด็กๆเล่นบนสนามหญ้าอย่างมีความสุข ตอนเย็นเรากินข้าวด้วยกัน";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Language = language });

        Summary summary = summarizer.Summarize(Text, SummaryBudget.Sentences(2));

        Assert.Same(Language.Thai, summary.Language);
        Assert.True(4 == summary.SentenceCount, $"{how}: {summary.SentenceCount} segments");
        Assert.Equal(2, summary.Sentences.Count);
    }

    [Fact]
    public void Summarize_EnglishRules_CutAfterTheGermanAbbreviation()
    {
        // What the German rules prevent: the check above could fail.
        IReadOnlyList<SentenceSpan> spans = Language.English.Splitter.Split(TestArticles.GermanUtilities);

        Assert.Equal(5, spans.Count);
        Assert.EndsWith("Mio.", TestArticles.GermanUtilities.Substring(spans[0].Start, spans[0].Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_SplitterSetInTheOptions_WinsOverTheLanguage()
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions
        {
            Language = Language.German,
            Splitter = SentenceSplitter.ForLanguage("en"),
            IncludeRanking = true,
        });

        Summary summary = summarizer.Summarize(TestArticles.GermanUtilities);

        Assert.Same(Language.German, summary.Language);
        Assert.Equal(5, summary.SentenceCount);
        Assert.Same(SentenceSplitter.Default, summarizer.SplitterFor(TestArticles.GermanUtilities));
    }

    [Fact]
    public void Summarize_English_GuessedStillSplitsWithTheEnglishRules()
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { IncludeRanking = true });
        const string text = "Dr. Smith arrived at 9 a.m. Friday with the report. The council read it and said it was good news for the city.";

        Summary summary = summarizer.Summarize(text);

        Assert.Same(Language.English, summary.Language);
        Assert.Equal(2, summary.SentenceCount);
        Assert.Same(SentenceSplitter.Default, summarizer.SplitterFor(text));
    }

    [Fact]
    public void SplitterFor_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ExtractiveSummarizer.Default.SplitterFor(null!));
}
