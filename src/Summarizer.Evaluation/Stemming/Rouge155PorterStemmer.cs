using System;

namespace Summarizer.Evaluation;

/// <summary>
/// The Porter stemmer embedded in <c>ROUGE-1.5.5.pl</c> (Martin Porter's Perl release 1 with Chin-Yew Lin's
/// 2004 change to step 4), reproduced rule for rule.
/// </summary>
/// <remarks>
/// Differences from NLTK: no irregular pool; step 1a/1b without NLTK's 4-letter rules; step 1c turns y into i when
/// the stem has any vowel; a suffix list picks its longest matching suffix (Perl's leftmost match) and does nothing
/// when that suffix's condition fails; step 4 tries the -ment and -ent rules again on the result of the first
/// list, as the script does. Input is lower-case.
/// </remarks>
internal static class Rouge155PorterStemmer
{
    private static readonly string[] s_step2Suffixes =
    [
        "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation",
        "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi",
    ];

    private static readonly string[] s_step2Replacements =
    [
        "ate", "tion", "ence", "ance", "ize", "ble", "al", "ent", "e", "ous", "ize", "ate",
        "ate", "al", "ive", "ful", "ous", "al", "ive", "ble", "log",
    ];

    private static readonly string[] s_step3Suffixes = ["icate", "ative", "alize", "iciti", "ical", "ful", "ness"];

    private static readonly string[] s_step3Replacements = ["ic", "", "al", "ic", "ic", "", ""];

    private static readonly string[] s_step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
        {
            return word;
        }

        // The Perl code upper-cases an initial y so that it always counts as a consonant; the classification
        // below does the same (a y at index 0 is a consonant), and no suffix rule reaches index 0 of a word
        // this long except through the character classes, which treat Y and y alike there.
        string w = word;

        // Step 1a
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length >= 2 && w[^1] == 's' && w[^2] != 's')
        {
            w = w[..^1];
        }

        // Step 1b
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            if (NltkPorterStemmer.Measure(w.AsSpan(0, w.Length - 3)) > 0)
            {
                w = w[..^1];
            }
        }
        else if (EndsWithEdOrIng(w, out int suffixLength))
        {
            string stem = w[..^suffixLength];
            if (NltkPorterStemmer.ContainsVowel(stem))
            {
                w = stem;
                if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal)
                    || w.EndsWith("iz", StringComparison.Ordinal))
                {
                    w += "e";
                }
                else if (w.Length >= 2 && w[^1] == w[^2] && !IsIn(w[^1], "aeiouylsz"))
                {
                    w = w[..^1];
                }
                else if (IsShortCvc(w))
                {
                    w += "e";
                }
            }
        }

        // Step 1c
        if (w.EndsWith('y') && NltkPorterStemmer.ContainsVowel(w.AsSpan(0, w.Length - 1)))
        {
            w = w[..^1] + "i";
        }

        // Steps 2 and 3
        w = ReplaceLongestSuffix(w, s_step2Suffixes, s_step2Replacements, minimumMeasure: 1);
        w = ReplaceLongestSuffix(w, s_step3Suffixes, s_step3Replacements, minimumMeasure: 1);

        // Step 4 (as modified by CYL 02/14/2004; the three tests run one after another)
        int longest = LongestSuffix(w, s_step4Suffixes);
        if (longest >= 0 && NltkPorterStemmer.Measure(w.AsSpan(0, w.Length - s_step4Suffixes[longest].Length)) > 1)
        {
            w = w[..^s_step4Suffixes[longest].Length];
        }

        if (w.EndsWith("ment", StringComparison.Ordinal) && NltkPorterStemmer.Measure(w.AsSpan(0, w.Length - 4)) > 1)
        {
            w = w[..^4];
        }

        if (w.EndsWith("ent", StringComparison.Ordinal))
        {
            if (NltkPorterStemmer.Measure(w.AsSpan(0, w.Length - 3)) > 1)
            {
                w = w[..^3];
            }
        }
        else if (w.Length >= 4 && w.EndsWith("ion", StringComparison.Ordinal) && w[^4] is 's' or 't')
        {
            if (NltkPorterStemmer.Measure(w.AsSpan(0, w.Length - 3)) > 1)
            {
                w = w[..^3];
            }
        }

        // Step 5
        if (w.EndsWith('e'))
        {
            ReadOnlySpan<char> stem = w.AsSpan(0, w.Length - 1);
            int m = NltkPorterStemmer.Measure(stem);
            if (m > 1 || (m == 1 && !IsShortCvc(stem)))
            {
                w = w[..^1];
            }
        }

        if (w.EndsWith("ll", StringComparison.Ordinal) && NltkPorterStemmer.Measure(w) > 1)
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool EndsWithEdOrIng(string w, out int suffixLength)
    {
        if (w.EndsWith("ed", StringComparison.Ordinal))
        {
            suffixLength = 2;
            return true;
        }

        if (w.EndsWith("ing", StringComparison.Ordinal))
        {
            suffixLength = 3;
            return true;
        }

        suffixLength = 0;
        return false;
    }

    private static bool IsIn(char c, string set) => set.Contains(c, StringComparison.Ordinal);

    /// <summary>The Perl test <c>/^${C}${v}[^aeiouwxy]$/</c>: consonants, exactly one vowel, one final consonant.</summary>
    private static bool IsShortCvc(ReadOnlySpan<char> s)
    {
        if (s.Length < 3)
        {
            return false;
        }

        int k = 0;
        while (k < s.Length && NltkPorterStemmer.IsConsonant(s, k))
        {
            k++;
        }

        return k >= 1 && k == s.Length - 2 && !IsIn(s[^1], "aeiouwxy");
    }

    private static int LongestSuffix(string w, string[] suffixes)
    {
        int best = -1;
        for (int i = 0; i < suffixes.Length; i++)
        {
            if (w.EndsWith(suffixes[i], StringComparison.Ordinal) && (best < 0 || suffixes[i].Length > suffixes[best].Length))
            {
                best = i;
            }
        }

        return best;
    }

    private static string ReplaceLongestSuffix(string w, string[] suffixes, string[] replacements, int minimumMeasure)
    {
        int best = LongestSuffix(w, suffixes);
        if (best < 0)
        {
            return w;
        }

        string stem = w[..^suffixes[best].Length];
        return NltkPorterStemmer.Measure(stem) >= minimumMeasure ? stem + replacements[best] : w;
    }
}
