using System;
using System.IO;

namespace Summarizer.Tests;

public sealed class SummarizerOptionsTests
{
    public static TheoryData<string, SummarizerOptions> OutOfRange => new()
    {
        { nameof(SummarizerOptions.MaxEdgesPerSentence), new SummarizerOptions { MaxEdgesPerSentence = -1 } },
        { nameof(SummarizerOptions.MaxTermSentences), new SummarizerOptions { MaxTermSentences = -1 } },
        { nameof(SummarizerOptions.KeywordCount), new SummarizerOptions { KeywordCount = -1 } },
        { nameof(SummarizerOptions.MaxInputLength), new SummarizerOptions { MaxInputLength = -1 } },
        { nameof(SummarizerOptions.MinSentenceWords), new SummarizerOptions { MinSentenceWords = -1 } },
        { nameof(SummarizerOptions.MaxSentenceWords), new SummarizerOptions { MaxSentenceWords = -1 } },
        { nameof(SummarizerOptions.RedundancyThreshold), new SummarizerOptions { RedundancyThreshold = -0.1 } },
        { nameof(SummarizerOptions.RedundancyThreshold), new SummarizerOptions { RedundancyThreshold = 1.1 } },
        { nameof(SummarizerOptions.RedundancyThreshold), new SummarizerOptions { RedundancyThreshold = double.NaN } },
        { nameof(SummarizerOptions.Order), new SummarizerOptions { Order = (SummaryOrder)7 } },
    };

    public static TheoryData<string, SummarizerOptions> Missing => new()
    {
        { nameof(SummarizerOptions.Budget), new SummarizerOptions { Budget = null! } },
        { nameof(SummarizerOptions.Similarity), new SummarizerOptions { Similarity = null! } },
        { nameof(SummarizerOptions.Ranker), new SummarizerOptions { Ranker = null! } },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Create_OptionOutOfRange_ThrowsNamingIt(string option, SummarizerOptions options)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => ExtractiveSummarizer.Create(options));
        Assert.Equal(option, error.ParamName);
    }

    [Theory]
    [MemberData(nameof(Missing))]
    public void Create_OptionMissing_ThrowsNamingIt(string option, SummarizerOptions options)
    {
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => ExtractiveSummarizer.Create(options));
        Assert.Equal(option, error.ParamName);
    }

    [Fact]
    public void Create_MinSentenceWordsAboveMax_ThrowsNamingBoth()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = 10, MaxSentenceWords = 5 }));
        Assert.Equal(nameof(SummarizerOptions.MaxSentenceWords), error.ParamName);
        Assert.Contains(nameof(SummarizerOptions.MinSentenceWords), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(10, 0)]
    [InlineData(0, 1)]
    public void Create_SentenceLengthBoundsThatAgree_AreAccepted(int min, int max)
    {
        var options = new SummarizerOptions { MinSentenceWords = min, MaxSentenceWords = max };
        Assert.NotNull(ExtractiveSummarizer.Create(options));
    }

    [Fact]
    public void Create_BoundaryValues_AreAccepted()
    {
        var options = new SummarizerOptions { MaxEdgesPerSentence = 0, MaxTermSentences = 0, KeywordCount = 0, MaxInputLength = 0, RedundancyThreshold = 0 };
        Summary summary = ExtractiveSummarizer.Create(options).Summarize(TestText.News);
        Assert.NotEmpty(summary.Sentences);
        Assert.NotNull(ExtractiveSummarizer.Create(new SummarizerOptions { RedundancyThreshold = 1 }));
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Constructor_OptionOutOfRange_ThrowsNamingIt(string option, SummarizerOptions options)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractiveSummarizer(options));
        Assert.Equal(option, error.ParamName);
    }

    [Theory]
    [MemberData(nameof(Missing))]
    public void Constructor_OptionMissing_ThrowsNamingIt(string option, SummarizerOptions options)
    {
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => new ExtractiveSummarizer(options));
        Assert.Equal(option, error.ParamName);
    }

    [Fact]
    public void Create_EmptyBackgroundFrequencies_ThrowsNamingThem()
    {
        var built = new SummarizerOptions { BackgroundFrequencies = DocumentFrequencies.Build([]), Similarity = SentenceSimilarity.Bm25 };
        using var stream = new MemoryStream("summarizer-df 1 0\n"u8.ToArray());
        var loaded = new SummarizerOptions { BackgroundFrequencies = DocumentFrequencies.Load(stream) };

        foreach (SummarizerOptions options in new[] { built, loaded })
        {
            Assert.Equal(0, options.BackgroundFrequencies!.DocumentCount);
            ArgumentException created = Assert.Throws<ArgumentException>(() => ExtractiveSummarizer.Create(options));
            ArgumentException constructed = Assert.Throws<ArgumentException>(() => new ExtractiveSummarizer(options));
            Assert.Equal(nameof(SummarizerOptions.BackgroundFrequencies), created.ParamName);
            Assert.Equal(nameof(SummarizerOptions.BackgroundFrequencies), constructed.ParamName);
            Assert.Contains("no documents", created.Message, StringComparison.Ordinal);
        }

        Assert.NotNull(ExtractiveSummarizer.Create(built with { BackgroundFrequencies = DocumentFrequencies.Build(["Oil prices rose."]) }));
    }

    [Fact]
    public void Constructor_NullOptions_Throws() =>
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new ExtractiveSummarizer(null!)).ParamName);

    [Fact]
    public void With_VariesOneOptionAndLeavesTheDefaultsAlone()
    {
        SummarizerOptions variant = SummarizerOptions.Default with { KeywordCount = 5, Budget = SummaryBudget.Words(40) };

        Assert.Equal(5, variant.KeywordCount);
        Assert.Equal(BudgetUnit.Words, variant.Budget.Unit);
        Assert.Equal(0, SummarizerOptions.Default.KeywordCount);
        Assert.Equal(SummarizerOptions.Default.Ranker, variant.Ranker);
        Assert.Equal(SummarizerOptions.Default.RedundancyThreshold, variant.RedundancyThreshold);
        Assert.NotEqual(SummarizerOptions.Default, variant);
        Assert.Equal(SummarizerOptions.Default with { }, SummarizerOptions.Default);
        Assert.Equal(5, new ExtractiveSummarizer(variant).Summarize(TestText.News).Keywords.Count);
    }

    [Fact]
    public void With_OutOfRangeVariant_IsRefusedByTheSummarizer()
    {
        SummarizerOptions variant = SummarizerOptions.Default with { RedundancyThreshold = 2 };
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractiveSummarizer(variant));
        Assert.Equal(nameof(SummarizerOptions.RedundancyThreshold), error.ParamName);
    }
}
