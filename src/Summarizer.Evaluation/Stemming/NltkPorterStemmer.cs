using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Summarizer.Evaluation;

/// <summary>
/// NLTK's <c>PorterStemmer</c> in its default <c>NLTK_EXTENSIONS</c> mode (NLTK 3.x), which <c>rouge_score</c> uses.
/// </summary>
/// <remarks>
/// Steps 1a-5b of Porter (1980) with NLTK's departures: the irregular-form pool, words of 1-2 letters left alone,
/// <c>ies</c>/<c>ied</c> on 4-letter words, <c>(*c and not c) Y -&gt; I</c>, <c>alli</c> tried first in step 2,
/// <c>bli</c>, <c>fulli</c> and <c>logi</c> rules, and the <c>vc</c> form of *o for 2-letter stems.
/// Within a rule list the first rule whose suffix matches decides, even when its condition fails.
/// Input is expected lower-case.
/// </remarks>
internal static class NltkPorterStemmer
{
    private static readonly FrozenDictionary<string, string> s_pool = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sky"] = "sky",
        ["skies"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["news"] = "news",
        ["innings"] = "inning",
        ["inning"] = "inning",
        ["outings"] = "outing",
        ["outing"] = "outing",
        ["cannings"] = "canning",
        ["canning"] = "canning",
        ["howe"] = "howe",
        ["proceed"] = "proceed",
        ["exceed"] = "exceed",
        ["succeed"] = "succeed",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private enum Condition
    {
        None,
        PositiveMeasure,
        MeasureAbove1,
        MeasureAbove1AndEndsSOrT,
    }

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (s_pool.TryGetValue(word, out string? irregular))
        {
            return irregular;
        }

        if (word.Length <= 2)
        {
            return word;
        }

        string stem = Step1a(word);
        stem = Step1b(stem);
        stem = Step1c(stem);
        stem = Step2(stem);
        stem = Step3(stem);
        stem = Step4(stem);
        stem = Step5a(stem);
        stem = Step5b(stem);
        return stem;
    }

    internal static bool IsConsonant(ReadOnlySpan<char> word, int i)
    {
        // y is a consonant at the start and after a vowel, a vowel after a consonant.
        bool consonant = true;
        int start = i;
        while (start > 0 && word[start] == 'y')
        {
            start--;
        }

        for (int k = start; k <= i; k++)
        {
            char c = word[k];
            if (c is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                consonant = false;
            }
            else if (c == 'y')
            {
                consonant = k == 0 || !consonant;
            }
            else
            {
                consonant = true;
            }
        }

        return consonant;
    }

    /// <summary>Porter's m: the number of vowel-consonant transitions.</summary>
    internal static int Measure(ReadOnlySpan<char> stem)
    {
        int m = 0;
        bool previousConsonant = true;
        for (int i = 0; i < stem.Length; i++)
        {
            bool consonant = ConsonantAfter(stem[i], i, previousConsonant);
            if (consonant && !previousConsonant)
            {
                m++;
            }

            previousConsonant = consonant;
        }

        return m;
    }

    internal static bool ContainsVowel(ReadOnlySpan<char> stem)
    {
        bool previousConsonant = true;
        for (int i = 0; i < stem.Length; i++)
        {
            previousConsonant = ConsonantAfter(stem[i], i, previousConsonant);
            if (!previousConsonant)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ConsonantAfter(char c, int index, bool previousConsonant) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => index == 0 || !previousConsonant,
        _ => true,
    };

    private static bool EndsDoubleConsonant(string word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    private static bool EndsCvc(string word) =>
        (word.Length >= 3
            && IsConsonant(word, word.Length - 3)
            && !IsConsonant(word, word.Length - 2)
            && IsConsonant(word, word.Length - 1)
            && word[^1] is not ('w' or 'x' or 'y'))
        || (word.Length == 2 && !IsConsonant(word, 0) && IsConsonant(word, 1));

    private static bool Holds(Condition condition, string stem) => condition switch
    {
        Condition.None => true,
        Condition.PositiveMeasure => Measure(stem) > 0,
        Condition.MeasureAbove1 => Measure(stem) > 1,
        Condition.MeasureAbove1AndEndsSOrT => Measure(stem) > 1 && stem[^1] is 's' or 't',
        _ => false,
    };

    /// <summary>One rule of a list: false when the suffix does not match (try the next rule), true when it decides.</summary>
    private static bool Rule(ref string word, string suffix, string replacement, Condition condition)
    {
        if (!word.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        string stem = word[..^suffix.Length];
        if (Holds(condition, stem))
        {
            word = stem + replacement;
        }

        return true;
    }

    private static string Step1a(string word)
    {
        if (word.Length == 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "ie";
        }

        _ = Rule(ref word, "sses", "ss", Condition.None)
            || Rule(ref word, "ies", "i", Condition.None)
            || Rule(ref word, "ss", "ss", Condition.None)
            || Rule(ref word, "s", "", Condition.None);
        return word;
    }

    private static string Step1b(string word)
    {
        if (word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word.Length == 4 ? word[..^3] + "ie" : word[..^3] + "i";
        }

        if (word.EndsWith("eed", StringComparison.Ordinal))
        {
            string stem = word[..^3];
            return Measure(stem) > 0 ? stem + "ee" : word;
        }

        string? intermediate = null;
        if (word.EndsWith("ed", StringComparison.Ordinal) && ContainsVowel(word.AsSpan(0, word.Length - 2)))
        {
            intermediate = word[..^2];
        }
        else if (word.EndsWith("ing", StringComparison.Ordinal) && ContainsVowel(word.AsSpan(0, word.Length - 3)))
        {
            intermediate = word[..^3];
        }

        if (intermediate is null)
        {
            return word;
        }

        if (Rule(ref intermediate, "at", "ate", Condition.None)
            || Rule(ref intermediate, "bl", "ble", Condition.None)
            || Rule(ref intermediate, "iz", "ize", Condition.None))
        {
            return intermediate;
        }

        if (EndsDoubleConsonant(intermediate))
        {
            char last = intermediate[^1];
            return last is 'l' or 's' or 'z' ? intermediate : intermediate[..^1];
        }

        return Measure(intermediate) == 1 && EndsCvc(intermediate) ? intermediate + "e" : intermediate;
    }

    private static string Step1c(string word)
    {
        if (word.EndsWith('y'))
        {
            string stem = word[..^1];
            if (stem.Length > 1 && IsConsonant(stem, stem.Length - 1))
            {
                return stem + "i";
            }
        }

        return word;
    }

    private static string Step2(string word)
    {
        if (word.EndsWith("alli", StringComparison.Ordinal) && Measure(word.AsSpan(0, word.Length - 4)) > 0)
        {
            return Step2(word[..^4] + "al");
        }

        const Condition P = Condition.PositiveMeasure;
        if (Rule(ref word, "ational", "ate", P)
            || Rule(ref word, "tional", "tion", P)
            || Rule(ref word, "enci", "ence", P)
            || Rule(ref word, "anci", "ance", P)
            || Rule(ref word, "izer", "ize", P)
            || Rule(ref word, "bli", "ble", P)
            || Rule(ref word, "alli", "al", P)
            || Rule(ref word, "entli", "ent", P)
            || Rule(ref word, "eli", "e", P)
            || Rule(ref word, "ousli", "ous", P)
            || Rule(ref word, "ization", "ize", P)
            || Rule(ref word, "ation", "ate", P)
            || Rule(ref word, "ator", "ate", P)
            || Rule(ref word, "alism", "al", P)
            || Rule(ref word, "iveness", "ive", P)
            || Rule(ref word, "fulness", "ful", P)
            || Rule(ref word, "ousness", "ous", P)
            || Rule(ref word, "aliti", "al", P)
            || Rule(ref word, "iviti", "ive", P)
            || Rule(ref word, "biliti", "ble", P)
            || Rule(ref word, "fulli", "ful", P))
        {
            return word;
        }

        // The 'l' of 'logi' stays with the stem for the measure, so short stems (geo-, theo-) qualify.
        if (word.EndsWith("logi", StringComparison.Ordinal) && Measure(word.AsSpan(0, word.Length - 3)) > 0)
        {
            return word[..^1];
        }

        return word;
    }

    private static string Step3(string word)
    {
        const Condition P = Condition.PositiveMeasure;
        _ = Rule(ref word, "icate", "ic", P)
            || Rule(ref word, "ative", "", P)
            || Rule(ref word, "alize", "al", P)
            || Rule(ref word, "iciti", "ic", P)
            || Rule(ref word, "ical", "ic", P)
            || Rule(ref word, "ful", "", P)
            || Rule(ref word, "ness", "", P);
        return word;
    }

    private static string Step4(string word)
    {
        const Condition M = Condition.MeasureAbove1;
        _ = Rule(ref word, "al", "", M)
            || Rule(ref word, "ance", "", M)
            || Rule(ref word, "ence", "", M)
            || Rule(ref word, "er", "", M)
            || Rule(ref word, "ic", "", M)
            || Rule(ref word, "able", "", M)
            || Rule(ref word, "ible", "", M)
            || Rule(ref word, "ant", "", M)
            || Rule(ref word, "ement", "", M)
            || Rule(ref word, "ment", "", M)
            || Rule(ref word, "ent", "", M)
            || Rule(ref word, "ion", "", Condition.MeasureAbove1AndEndsSOrT)
            || Rule(ref word, "ou", "", M)
            || Rule(ref word, "ism", "", M)
            || Rule(ref word, "ate", "", M)
            || Rule(ref word, "iti", "", M)
            || Rule(ref word, "ous", "", M)
            || Rule(ref word, "ive", "", M)
            || Rule(ref word, "ize", "", M);
        return word;
    }

    private static string Step5a(string word)
    {
        if (word.EndsWith('e'))
        {
            string stem = word[..^1];
            int m = Measure(stem);
            if (m > 1 || (m == 1 && !EndsCvc(stem)))
            {
                return stem;
            }
        }

        return word;
    }

    private static string Step5b(string word) =>
        word.EndsWith("ll", StringComparison.Ordinal) && Measure(word.AsSpan(0, word.Length - 1)) > 1
            ? word[..^1]
            : word;
}
