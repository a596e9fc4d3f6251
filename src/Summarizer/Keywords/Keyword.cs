using System;
using System.Collections.Generic;
using System.Text;

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
    internal Keyword(IReadOnlyList<string> forms, double score, IReadOnlyList<KeywordOccurrence> occurrences)
    {
        Forms = forms;
        Score = score;
        Occurrences = occurrences;
    }

    /// <summary>
    /// The surface form the keyword shows: of its <see cref="Forms"/>, the one that occurs most often (ties to the one
    /// met first), lower-cased (invariant; Turkish I and İ as ı and i), without soft hyphens (U+00AD) and the hyphen
    /// and line break of a word broken across lines ("com-\npany" shows as "company"), with one space between its words.
    /// </summary>
    public string Text => Forms[0];

    /// <summary>
    /// Every surface form of the keyword in the text, lower-cased as <see cref="Text"/>, most frequent first (ties in
    /// reading order); <see cref="Text"/> is the first. A keyword is a sequence of terms, so the forms differ in what
    /// stemming folds together ("library" and "libraries"); each occurrence covers exactly one of them.
    /// </summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>The sum of the TextRank scores of its words.</summary>
    public double Score { get; }

    /// <summary>
    /// Every occurrence in reading order, as ranges of the input that cover exactly a surface form of the keyword
    /// (one of <see cref="Forms"/>, lower-cased and without the breaks of a word: soft hyphens, and a hyphen at a line's
    /// end before the rest of the word, "com-\npany"), wherever its words follow each other, inside a longer keyphrase too
    /// ("library" in "floating library"); occurrences of one keyword do not overlap.
    /// </summary>
    public IReadOnlyList<KeywordOccurrence> Occurrences { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>The number of occurrences, <c>Occurrences.Count</c>.</summary>
    public int Count => Occurrences.Count;

    /// <summary>
    /// Lower-cases a surface form the way its terms were: invariantly, except that Turkish maps I to dotless ı and
    /// İ to i, so that two distinct Turkish words ("Is" and "is") do not show as the same keyword; without the breaks
    /// of a word (<see cref="WordBreaks"/>: soft hyphens, and a hyphen at a line's end before the rest of the word in
    /// lower case, read on the surface as written, so that "Sensi-\nData", two words, keeps its hyphen), and with one
    /// space between its words (<see cref="SingleSpaced"/>).
    /// </summary>
    internal static string Lower(ReadOnlySpan<char> surface, Language language)
    {
        string plain = SingleSpaced(WordBreaks.Remove(surface.ToString()));
        string lower = plain.ToLowerInvariant();
        if ((language.Traits & LanguageTraits.DotlessI) == 0 || plain.AsSpan().IndexOfAny('I', '\u0130') < 0)
        {
            return lower;
        }

        char[] chars = lower.ToCharArray();
        for (int i = 0; i < plain.Length; i++)
        {
            if (plain[i] is 'I' or '\u0130')
            {
                chars[i] = plain[i] == 'I' ? '\u0131' : 'i';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// <paramref name="form"/> with each run of spaces, tabs and no-break spaces between its words as one space, so that
    /// "water  plan" in justified text shows as "water plan".
    /// </summary>
    internal static string SingleSpaced(string form)
    {
        if (form.AsSpan().IndexOfAny('\t', '\u00A0') < 0 && !form.Contains("  ", StringComparison.Ordinal))
        {
            return form;
        }

        var builder = new StringBuilder(form.Length);
        foreach (char c in form)
        {
            bool space = c is ' ' or '\t' or '\u00A0';
            if (!space || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(space ? ' ' : c);
            }
        }

        return builder.ToString();
    }
}
