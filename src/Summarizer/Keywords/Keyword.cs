using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>Where a keyword occurs: a range of UTF-16 code units of the input.</summary>
/// <param name="Start">The offset of its first character.</param>
/// <param name="Length">Its length.</param>
public readonly record struct KeywordOccurrence(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;
}

/// <summary>A keyword or keyphrase of a document (TextRank over its terms), with where it occurs.</summary>
public sealed class Keyword
{
    internal Keyword(string text, double score, IReadOnlyList<KeywordOccurrence> occurrences)
    {
        Text = text;
        Score = score;
        Occurrences = occurrences;
    }

    /// <summary>The keyphrase as it first occurs, lower-cased (invariant).</summary>
    public string Text { get; }

    /// <summary>The sum of the TextRank scores of its words.</summary>
    public double Score { get; }

    /// <summary>Every occurrence in reading order, as ranges of the input.</summary>
    public IReadOnlyList<KeywordOccurrence> Occurrences { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>The number of occurrences.</summary>
    public int Count => Occurrences.Count;

    internal static string Lower(ReadOnlySpan<char> surface) => surface.ToString().ToLowerInvariant();
}
