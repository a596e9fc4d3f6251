using System;

namespace Summarizer.Tests.Reliability;

public sealed class MaxInputLengthTests
{
    [Fact]
    public void Summarize_TextLongerThanMaxInputLength_ThrowsArgumentException()
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { MaxInputLength = 100 });

        ArgumentException error = Assert.Throws<ArgumentException>(() => summarizer.Summarize(new string('a', 101)));

        Assert.Equal("text", error.ParamName);
        Assert.Equal("query", Assert.Throws<ArgumentException>(() => summarizer.Summarize("A short text.", new string('q', 101))).ParamName);
    }

    [Fact]
    public void Summarize_TextOfMaxInputLength_IsSummarized()
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { MaxInputLength = 100 });
        string text = Adversarial.Create("many-sentences", 20)[..100];

        Summary summary = summarizer.Summarize(text);

        Assert.NotEmpty(summary.Sentences);
    }

    [Fact]
    public void MaxInputLength_DefaultAndZero_AcceptLongTexts()
    {
        Assert.Equal(SummarizerOptions.DefaultMaxInputLength, SummarizerOptions.Default.MaxInputLength);
        var unlimited = ExtractiveSummarizer.Create(new SummarizerOptions { MaxInputLength = 0 });

        Assert.Equal(1, unlimited.Summarize(new string('a', 200_000)).SentenceCount);
        Assert.Equal(nameof(SummarizerOptions.MaxInputLength), Assert.Throws<ArgumentOutOfRangeException>(() => ExtractiveSummarizer.Create(new SummarizerOptions { MaxInputLength = -1 })).ParamName);
    }
}
