using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Numerics;

namespace Summarizer;

/// <summary>
/// A cheap guess of the language of a text: the script for Chinese, Japanese, Korean and Thai, otherwise a vote of
/// the stop words it uses. See <see cref="Language.Detect(string)"/>.
/// </summary>
internal static class LanguageGuesser
{
    /// <summary>With fewer stop words than this, a text is too short to tell and is read as English.</summary>
    internal const int MinStopWords = 4;

    // The languages told apart by stop words are the first ones of Language.All, as many as have stop lists.
    private const int VotingLanguages = 15;

    private static readonly Lazy<FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>> s_votes = new(BuildVotes);

    public static Language Guess(ReadOnlySpan<char> text)
    {
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> votes = s_votes.Value;
        Span<double> scores = stackalloc double[VotingLanguages];
        scores.Clear();
        Span<char> lower = stackalloc char[24];
        int stopWords = 0;
        int words = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int thai = 0;
        foreach (Token token in WordTokenizer.Enumerate(text))
        {
            if (token.Kind == TokenKind.Cjk)
            {
                char c = text[token.Start];
                if (c is >= '\u0E00' and <= '\u0E7F')
                {
                    thai++;
                }
                else if (c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F')
                {
                    kana++;
                }
                else if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
                {
                    hangul++;
                }
                else
                {
                    han++;
                }

                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (token.Length > lower.Length)
            {
                continue;
            }

            Span<char> word = lower[..token.Length];
            token.Slice(text).ToLowerInvariant(word);
            word.Replace('\u2019', '\'');
            if (votes.TryGetValue(word, out int mask))
            {
                stopWords++;
                double weight = 1.0 / BitOperations.PopCount((uint)mask);
                while (mask != 0)
                {
                    scores[BitOperations.TrailingZeroCount(mask)] += weight;
                    mask &= mask - 1;
                }

                // A long text usually settles within its first pages; read on only while the vote is close.
                if ((stopWords & 511) == 0 && han + kana + hangul + thai < words && IsDecided(scores, out int winner))
                {
                    return Language.All[winner];
                }
            }
        }

        int cjk = han + kana + hangul + thai;
        if (cjk > words)
        {
            // Japanese mixes Kanji with Kana; a text with a fair share of Kana is Japanese even when Han dominates.
            if (kana * 5 >= cjk)
            {
                return Language.Japanese;
            }

            if (hangul >= han && hangul >= thai)
            {
                return Language.Korean;
            }

            return thai >= han ? Language.Thai : Language.Chinese;
        }

        if (stopWords < MinStopWords)
        {
            return Language.English;
        }

        // Ties go to English, the first language.
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return Language.All[best];
    }

    /// <summary>Whether one language leads every other by a factor of four.</summary>
    private static bool IsDecided(ReadOnlySpan<double> scores, out int best)
    {
        best = 0;
        double second = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                second = scores[best];
                best = i;
            }
            else if (scores[i] > second)
            {
                second = scores[i];
            }
        }

        return scores[best] >= 4 * second;
    }

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BuildVotes()
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < VotingLanguages; i++)
        {
            foreach (string word in Language.All[i].StopWords)
            {
                masks.TryGetValue(word, out int mask);
                masks[word] = mask | (1 << i);
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
