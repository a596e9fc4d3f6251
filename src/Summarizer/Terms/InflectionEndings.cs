using System;

namespace Summarizer;

/// <summary>
/// The light stemming of <see cref="PolishLightStemmer"/> and <see cref="UkrainianLightStemmer"/>: one inflectional
/// ending goes, the first of a list (longest first) that the word ends with and that leaves at least a given number of
/// letters.
/// </summary>
internal static class InflectionEndings
{
    /// <summary>The length of the first <paramref name="length"/> characters of <paramref name="word"/> once the ending is removed; <paramref name="length"/> when none is.</summary>
    public static int Strip(char[] word, int length, string[] endings, int minStem)
    {
        ReadOnlySpan<char> span = word.AsSpan(0, length);
        foreach (string ending in endings)
        {
            if (length - ending.Length >= minStem && span.EndsWith(ending, StringComparison.Ordinal))
            {
                return length - ending.Length;
            }
        }

        return length;
    }
}
