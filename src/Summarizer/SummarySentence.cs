namespace Summarizer;

/// <summary>A sentence chosen for a summary.</summary>
/// <param name="Index">Its zero-based index among all the segments of the document.</param>
/// <param name="Start">The offset of its first character in the input, in UTF-16 code units.</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
/// <param name="Paragraph">The zero-based index of its paragraph.</param>
/// <param name="Kind">Whether it is a sentence, a heading or a list item (as <see cref="SentenceSpan.Kind"/>).</param>
/// <param name="Score">Its score from the ranker, higher for better (PageRank: the scores of a document sum to 1;
/// PacSum: a weighted sum of edge weights, which may be negative; learned: the model's output, for the
/// shipped model the trees' score plus a share of the TextRank centrality, each standardized over the content
/// sentences, so about 0 on average).</param>
/// <param name="Rank">Its rank among all sentences by score, 1 for the highest.</param>
/// <param name="Text">Its text, exactly <c>input.Substring(Start, Length)</c>.</param>
public readonly record struct SummarySentence(int Index, int Start, int Length, int Paragraph, SentenceKind Kind, double Score, int Rank, string Text)
{
    /// <summary>The offset just past its last character (as <see cref="SentenceSpan.End"/>).</summary>
    public int End => Start + Length;

    /// <summary>The summary sentence of segment <paramref name="index"/>, found at <paramref name="span"/> of <paramref name="text"/>.</summary>
    internal static SummarySentence Of(string text, int index, SentenceSpan span, double score, int rank) =>
        new(index, span.Start, span.Length, span.Paragraph, span.Kind, score, rank, text.Substring(span.Start, span.Length));
}
