using System;

namespace Summarizer;

/// <summary>A token: a range of UTF-16 code units in the source text and its kind.</summary>
/// <param name="Start">The offset of the first character in the source text.</param>
/// <param name="Length">The number of UTF-16 code units.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The characters of this token in <paramref name="source"/>.</summary>
    /// <param name="source">The text this token was found in.</param>
    /// <returns>The slice of <paramref name="source"/> this token covers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside <paramref name="source"/>.</exception>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> source) => source.Slice(Start, Length);
}
