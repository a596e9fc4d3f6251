using System;

namespace Summarizer;

/// <summary>
/// One segment found by a <see cref="SentenceSplitter"/>: a range of UTF-16 code units in the source text
/// (surrounding white space trimmed), the paragraph it belongs to, and its kind.
/// </summary>
/// <param name="Start">The offset of the first character, in UTF-16 code units of the source text.</param>
/// <param name="Length">The number of UTF-16 code units.</param>
/// <param name="Paragraph">The zero-based index of the paragraph (blank-line separated block) that holds it.</param>
/// <param name="Kind">Whether it is a sentence, a heading or a list item.</param>
public readonly record struct SentenceSpan(int Start, int Length, int Paragraph, SentenceKind Kind)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The characters of this segment in <paramref name="source"/>.</summary>
    /// <param name="source">The text this segment was found in.</param>
    /// <returns>The slice of <paramref name="source"/> this segment covers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside <paramref name="source"/>.</exception>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> source) => source.Slice(Start, Length);
}
