using System;

namespace Summarizer;

/// <summary>
/// Arabic light stemming (Larkey, Ballesteros and Connell, "Light Stemming for Arabic Information Retrieval", 2007;
/// the "light8" variant Lucene's <c>ArabicStemmer</c> implements): one definite-article or conjunction prefix, then
/// the common suffixes, each only while at least two letters remain. Written here because Lucene's class keeps its
/// affixes in J2N collections, which are not trim- or AOT-safe. The word is already normalized by Lucene's
/// <c>ArabicNormalizer</c> (no diacritics or tatweel, bare alef, teh marbuta written as heh, so the heh suffix takes
/// the feminine ending too; the teh marbuta suffix is kept as Lucene's list has it, for words stemmed unnormalized).
/// </summary>
internal static class ArabicLightStemmer
{
    // Longest first where one prefix starts another: "وال" before "و".
    private static readonly string[] s_prefixes = ["\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0648"];

    // Tried in this order, each removed when the word ends with it; several may go.
    private static readonly string[] s_suffixes =
    [
        "\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u064A\u0647", "\u064A\u0629",
        "\u0647", "\u0629", "\u064A",
    ];

    /// <summary>Stems the first <paramref name="length"/> characters of <paramref name="word"/> in place; returns the new length.</summary>
    public static int Stem(char[] word, int length)
    {
        length = StemPrefix(word, length);
        return StemSuffix(word, length);
    }

    /// <summary>Removes the first prefix that leaves at least two letters (the conjunction <c>و</c> only from words of four or more).</summary>
    internal static int StemPrefix(char[] word, int length)
    {
        foreach (string prefix in s_prefixes)
        {
            if (length >= prefix.Length + 2 && (prefix.Length > 1 || length >= 4) && word.AsSpan(0, length).StartsWith(prefix))
            {
                word.AsSpan(prefix.Length, length - prefix.Length).CopyTo(word);
                return length - prefix.Length;
            }
        }

        return length;
    }

    /// <summary>Removes, in order, each suffix the word ends with while at least two letters remain.</summary>
    internal static int StemSuffix(char[] word, int length)
    {
        foreach (string suffix in s_suffixes)
        {
            if (length >= suffix.Length + 2 && word.AsSpan(0, length).EndsWith(suffix))
            {
                length -= suffix.Length;
            }
        }

        return length;
    }
}
