using System;
using System.Collections.Generic;

namespace Summarizer.Tests.Splitting;

public sealed class PresplitSentenceSplitterTests
{
    [Fact]
    public void Split_Lines_AreSentencesAndBlankLinesParagraphs()
    {
        string text = " First, e.g. this. Still first \r\nSecond\n\n\nThird";
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Presplit.Split(text);
        Assert.Equal(
            [
                new SentenceSpan(1, 29, 0, SentenceKind.Sentence),
                new SentenceSpan(33, 6, 0, SentenceKind.Sentence),
                new SentenceSpan(42, 5, 1, SentenceKind.Sentence),
            ],
            spans);
    }

    [Fact]
    public void Join_Sentences_RoundTripsThroughSplit()
    {
        string[] sentences = ["One sentence. With two parts.", "Another\nwith a break.", "Last"];
        string text = PresplitSentenceSplitter.Join(sentences);
        IReadOnlyList<SentenceSpan> spans = PresplitSentenceSplitter.Instance.Split(text);
        Assert.Equal(3, spans.Count);
        Assert.Equal("One sentence. With two parts.", spans[0].Slice(text).ToString());
        Assert.Equal("Another with a break.", spans[1].Slice(text).ToString());
        Assert.Equal("Last", spans[2].Slice(text).ToString());
    }

    [Fact]
    public void Join_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PresplitSentenceSplitter.Join(null!));
        Assert.Throws<ArgumentNullException>(() => PresplitSentenceSplitter.Join(["a", null!]));
    }
}
