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

    /// <summary>The keyphrase as it first occurs, lower-cased (invariant; Turkish I and İ as ı and i).</summary>
    public string Text { get; }

    /// <summary>The sum of the TextRank scores of its words.</summary>
    public double Score { get; }

    /// <summary>Every occurrence in reading order, as ranges of the input.</summary>
    public IReadOnlyList<KeywordOccurrence> Occurrences { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>The number of occurrences.</summary>
    public int Count => Occurrences.Count;

    /// <summary>
    /// Lower-cases a surface form the way its terms were: invariantly, except that Turkish maps I to dotless ı and
    /// İ to i, so that two distinct Turkish words ("Is" and "is") do not show as the same keyword.
    /// </summary>
    internal static string Lower(ReadOnlySpan<char> surface, Language language)
    {
        string lower = surface.ToString().ToLowerInvariant();
        if ((language.Traits & LanguageTraits.DotlessI) == 0 || surface.IndexOfAny('I', '\u0130') < 0)
        {
            return lower;
        }

        char[] chars = lower.ToCharArray();
        for (int i = 0; i < surface.Length; i++)
        {
            if (surface[i] is 'I' or '\u0130')
            {
                chars[i] = surface[i] == 'I' ? '\u0131' : 'i';
            }
        }

        return new string(chars);
    }
}
