namespace Summarizer;

/// <summary>A sentence chosen for a summary.</summary>
/// <param name="Index">Its zero-based index among all the segments of the document.</param>
/// <param name="Start">The offset of its first character in the input, in UTF-16 code units.</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
/// <param name="Paragraph">The zero-based index of its paragraph.</param>
/// <param name="Score">Its score from the ranker, higher for better (PageRank: the scores of a document sum to 1;
/// PacSum: a weighted sum of edge weights, which may be negative; learned: the model's output).</param>
/// <param name="Rank">Its rank among all sentences by score, 1 for the highest.</param>
/// <param name="Text">Its text, exactly <c>input.Substring(Start, Length)</c>.</param>
public readonly record struct SummarySentence(int Index, int Start, int Length, int Paragraph, double Score, int Rank, string Text);
