using System;
using System.Collections.Generic;

namespace Summarizer.Cli;

/// <summary>
/// A splitter for the text of a web page: the segments of another splitter, with those that lie inside one of the
/// page's headings (<c>h1</c> to <c>h6</c>) made <see cref="SentenceKind.Heading"/>. The text alone cannot tell a
/// heading written as a sentence ("What happens next?") from one; the markup did, and a summary leaves headings out.
/// </summary>
internal sealed class HtmlHeadingSplitter : SentenceSplitter
{
    private readonly SentenceSplitter _inner;
    private readonly IReadOnlyList<TextRange> _headings;

    /// <param name="inner">The splitter the text would have had.</param>
    /// <param name="headings">The headings' ranges, in order, not overlapping.</param>
    private HtmlHeadingSplitter(SentenceSplitter inner, IReadOnlyList<TextRange> headings)
    {
        _inner = inner;
        _headings = headings;
    }

    /// <summary>
    /// The summarizer for one document: <paramref name="summarizer"/> itself for plain text or a page without headings,
    /// else one whose splitter (the one <paramref name="summarizer"/> gives the text) marks the page's headings.
    /// </summary>
    public static ExtractiveSummarizer For(ExtractiveSummarizer summarizer, InputDocument document) =>
        document.Headings.Count == 0
            ? summarizer
            : ExtractiveSummarizer.Create(summarizer.Options with { Splitter = new HtmlHeadingSplitter(summarizer.SplitterFor(document.Text), document.Headings) });

    /// <inheritdoc/>
    public override void Split(ReadOnlySpan<char> text, ICollection<SentenceSpan> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var spans = new List<SentenceSpan>();
        _inner.Split(text, spans);
        int heading = 0;
        foreach (SentenceSpan span in spans)
        {
            while (heading < _headings.Count && _headings[heading].Start + _headings[heading].Length <= span.Start)
            {
                heading++;
            }

            bool inside = heading < _headings.Count && _headings[heading].Start <= span.Start
                && span.End <= _headings[heading].Start + _headings[heading].Length;
            destination.Add(inside ? span with { Kind = SentenceKind.Heading } : span);
        }
    }
}
