using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Numerics;

namespace Summarizer;

/// <summary>
/// A cheap guess of the language of a text: the script for Chinese, Japanese, Korean and Thai, otherwise a vote of
/// the stop words it uses. See <see cref="Language.Detect(string)"/>.
/// </summary>
internal static class LanguageGuesser
{
    /// <summary>
    /// With fewer stop words than this, a text is too short to tell by its words: it is read as Russian when most of its
    /// words are Cyrillic (the one Cyrillic language here), else as English.
    /// </summary>
    internal const int MinStopWords = 4;

    /// <summary>The first stop-word count at which a clear lead ends the vote.</summary>
    private const int EarlyCheck = 64;

    // The languages told apart by stop words: every one not read as character bigrams (those are told by script),
    // at most 32 (a word's voters are a bit mask). English first, so that ties go to it.
    private static readonly Language[] s_voters = Voters();

    private static readonly Lazy<VoteTable> s_votes = new(BuildVotes);

    public static Language Guess(ReadOnlySpan<char> text)
    {
        VoteTable votes = s_votes.Value;
        Span<double> scores = stackalloc double[s_voters.Length];
        scores.Clear();
        Span<char> lower = stackalloc char[VoteTable.MaxLength];
        int stopWords = 0;
        int words = 0;
        int cyrillic = 0;
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
            if (text[token.Start] is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }

            if (token.Length > votes.LongestWord)
            {
                continue;
            }

            int mask = votes.Find(text.Slice(token.Start, token.Length), lower);
            if (mask != 0)
            {
                stopWords++;
                double weight = 1.0 / BitOperations.PopCount((uint)mask);
                while (mask != 0)
                {
                    scores[BitOperations.TrailingZeroCount(mask)] += weight;
                    mask &= mask - 1;
                }

                // A text usually settles within its first paragraphs; read on only while the vote is close (checked
                // at 64, 128 and 256 stop words, then every 512).
                if (((stopWords & 511) == 0 || (stopWords >= EarlyCheck && (stopWords & (stopWords - 1)) == 0)) && han + kana + hangul + thai < words && IsDecided(scores, out int winner))
                {
                    return s_voters[winner];
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
            return cyrillic * 2 > words ? Language.Russian : Language.English;
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

        return s_voters[best];
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

    private static Language[] Voters()
    {
        var voters = new List<Language>();
        foreach (Language language in Language.All)
        {
            if (!language.UsesCharacterBigrams)
            {
                voters.Add(language);
            }
        }

        Debug.Assert(voters.Count <= 32 && ReferenceEquals(voters[0], Language.English), "A mask of 32 bits, English first.");
        return voters.ToArray();
    }

    private static VoteTable BuildVotes()
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < s_voters.Length; i++)
        {
            foreach (string word in s_voters[i].StopWords)
            {
                masks.TryGetValue(word, out int mask);
                masks[word] = mask | (1 << i);
            }
        }

        return new VoteTable(masks);
    }

    /// <summary>
    /// The stop words of the voting languages with the mask of the languages each belongs to, in an open-addressing
    /// table hashed while the word is lower-cased, so that a lookup neither allocates nor reads the word twice.
    /// </summary>
    private sealed class VoteTable
    {
        /// <summary>Words longer than this are not looked up (no stop word is that long).</summary>
        public const int MaxLength = 24;

        private readonly string?[] _keys;
        private readonly int[] _masks;
        private readonly int _slotMask;

        public VoteTable(Dictionary<string, int> masks)
        {
            int size = 16;
            while (size < masks.Count * 4)
            {
                size *= 2;
            }

            _keys = new string?[size];
            _masks = new int[size];
            _slotMask = size - 1;
            foreach (KeyValuePair<string, int> pair in masks)
            {
                // Words that cannot come out of lower-casing a token (upper-case letters, a right single quote) or
                // are too long were never found by a lookup; leave them out.
                if (pair.Key.Length == 0 || pair.Key.Length > MaxLength || pair.Key.Contains('\u2019', StringComparison.Ordinal)
                    || !pair.Key.AsSpan().SequenceEqual(pair.Key.ToLowerInvariant()))
                {
                    continue;
                }

                LongestWord = Math.Max(LongestWord, pair.Key.Length);
                uint slot = Hash(pair.Key) & (uint)_slotMask;
                while (_keys[slot] is not null)
                {
                    slot = (slot + 1) & (uint)_slotMask;
                }

                _keys[slot] = pair.Key;
                _masks[slot] = pair.Value;
            }
        }

        /// <summary>The length of the longest stop word.</summary>
        public int LongestWord { get; }

        /// <summary>
        /// The mask of the languages <paramref name="word"/>, lower-cased (invariant) with the right single quote
        /// read as an apostrophe, is a stop word of; 0 when none. <paramref name="buffer"/> holds the lower-cased word.
        /// </summary>
        public int Find(ReadOnlySpan<char> word, Span<char> buffer)
        {
            uint hash = 2166136261;
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                if (c < 0x80)
                {
                    if ((uint)(c - 'A') <= 'Z' - 'A')
                    {
                        c = (char)(c | 0x20);
                    }
                }
                else
                {
                    c = char.ToLowerInvariant(c);
                    if (c == '\u2019')
                    {
                        c = '\'';
                    }
                }

                buffer[i] = c;
                hash = (hash ^ c) * 16777619;
            }

            ReadOnlySpan<char> lower = buffer[..word.Length];
            uint slot = hash & (uint)_slotMask;
            while (true)
            {
                string? key = _keys[slot];
                if (key is null)
                {
                    return 0;
                }

                if (lower.SequenceEqual(key))
                {
                    return _masks[slot];
                }

                slot = (slot + 1) & (uint)_slotMask;
            }
        }

        private static uint Hash(string word)
        {
            uint hash = 2166136261;
            foreach (char c in word)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
