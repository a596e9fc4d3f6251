using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Numerics;
using System.Text;

namespace Summarizer;

/// <summary>
/// A cheap guess of the language of a text: the script for Chinese, Japanese, Korean and Thai, otherwise a vote of
/// the stop words it uses. See <see cref="Language.Detect(string)"/>.
/// </summary>
internal static class LanguageGuesser
{
    /// <summary>
    /// With fewer stop-word votes among the languages of its script than this, a text is too short to tell by its
    /// words: it is read as the first language of that script (English for Latin, Russian for Cyrillic, Arabic).
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
        // Words by the script of their first letter, indexed by WritingScript.
        Span<int> scripts = stackalloc int[ScriptCount];
        scripts.Clear();
        int stopWords = 0;
        int words = 0;
        int urdu = 0;
        WritingScript? sampled = null;
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
            WritingScript wordScript = ScriptOf(text[token.Start]);
            scripts[(int)wordScript]++;
            if (wordScript == WritingScript.Arabic && text.Slice(token.Start, token.Length).ContainsAny(s_urduLetters))
            {
                urdu++;
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
                // at 64, 128 and 256 stop words, then every 512), and only among the languages of the script most of
                // the whole text is written in (a sample of its letters says which), so that an English lead does not
                // decide an Arabic article. Latin and Cyrillic only: the Arabic script's texts are read to the end.
                if (((stopWords & 511) == 0 || (stopWords >= EarlyCheck && (stopWords & (stopWords - 1)) == 0)) && han + kana + hangul + thai < words)
                {
                    sampled ??= SampledScript(text);
                    if (sampled is WritingScript.Latin or WritingScript.Cyrillic && sampled == Dominant(scripts)
                        && IsDecided(scores, sampled.Value, out int winner))
                    {
                        return s_voters[winner];
                    }
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

        WritingScript dominant = Dominant(scripts);
        if (dominant == WritingScript.Arabic && urdu * 10 >= scripts[(int)WritingScript.Arabic])
        {
            // Urdu (a tenth of the words or more have letters only Urdu writes): no language here.
            return Language.Undetermined;
        }

        return words == 0 ? Language.English : ByScript(dominant, scores);
    }

    /// <summary>Letters of the Arabic script that Urdu writes and Arabic and Persian do not: ٹ ڈ ڑ ں ھ ے.</summary>
    private static readonly SearchValues<char> s_urduLetters = SearchValues.Create("\u0679\u0688\u0691\u06BA\u06BE\u06D2");

    /// <summary>How many letters <see cref="SampledScript"/> looks at, spread evenly over the text.</summary>
    private const int ScriptSample = 64;

    /// <summary>The script most of a sample of the text's letters are written in; Latin on a tie with it.</summary>
    private static WritingScript SampledScript(ReadOnlySpan<char> text)
    {
        Span<int> scripts = stackalloc int[ScriptCount];
        scripts.Clear();
        int step = Math.Max(1, text.Length / ScriptSample);
        for (int i = 0; i < text.Length; i += step)
        {
            if (char.IsLetter(text[i]))
            {
                scripts[(int)ScriptOf(text[i])]++;
            }
        }

        return Dominant(scripts);
    }

    /// <summary>
    /// The language of a text mostly written in <paramref name="script"/>: the only language of that script, else the
    /// vote of its languages, else (too few stop words) the first of them; <see cref="Language.Undetermined"/> for a
    /// script no language here is written in.
    /// </summary>
    private static Language ByScript(WritingScript script, ReadOnlySpan<double> scores)
    {
        Language? first = null;
        double votes = 0;
        int best = -1;
        foreach (Language language in Language.All)
        {
            if (language.Script == script && !language.UsesCharacterBigrams)
            {
                first ??= language;
            }
        }

        if (first is null || script == WritingScript.Other)
        {
            return Language.Undetermined;
        }

        for (int i = 0; i < s_voters.Length; i++)
        {
            if (s_voters[i].Script == script)
            {
                votes += scores[i];
                // Ties go to the first language of the script (English for Latin).
                if (best < 0 || scores[i] > scores[best])
                {
                    best = i;
                }
            }
        }

        return votes < MinStopWords || best < 0 ? first : s_voters[best];
    }

    /// <summary>The script most words are written in; Latin on a tie with it.</summary>
    private static WritingScript Dominant(ReadOnlySpan<int> scripts)
    {
        var best = WritingScript.Latin;
        for (int i = 0; i < scripts.Length; i++)
        {
            if (scripts[i] > scripts[(int)best])
            {
                best = (WritingScript)i;
            }
        }

        return best;
    }

    private const int ScriptCount = (int)WritingScript.Armenian + 1;

    /// <summary>The script of a word's first letter, as far as the guess tells scripts apart.</summary>
    internal static WritingScript ScriptOf(char c) => c switch
    {
        < '\u0250' or >= '\u1E00' and <= '\u1EFF' or >= '\uFF21' and <= '\uFF5A' => WritingScript.Latin,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => WritingScript.Greek,
        >= '\u0400' and <= '\u052F' => WritingScript.Cyrillic,
        >= '\u0530' and <= '\u058F' => WritingScript.Armenian,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => WritingScript.Arabic,
        >= '\u0900' and <= '\u097F' => WritingScript.Devanagari,
        _ => WritingScript.Other,
    };

    /// <summary>Whether one language of <paramref name="script"/> leads every other by a factor of four.</summary>
    private static bool IsDecided(ReadOnlySpan<double> scores, WritingScript script, out int best)
    {
        best = -1;
        double second = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            if (s_voters[i].Script != script)
            {
                continue;
            }

            if (best < 0)
            {
                best = i;
            }
            else if (scores[i] > scores[best])
            {
                second = scores[best];
                best = i;
            }
            else if (scores[i] > second)
            {
                second = scores[i];
            }
        }

        return best >= 0 && scores[best] > 0 && scores[best] >= 4 * second;
    }

    private static Language[] Voters()
    {
        // A script that one language alone is written in (Greek, Devanagari, Armenian) tells that language by itself.
        var voters = new List<Language>();
        foreach (Language language in Language.All)
        {
            if (!language.UsesCharacterBigrams && language.Script != WritingScript.Other && SharesScript(language))
            {
                voters.Add(language);
            }
        }

        Debug.Assert(voters.Count <= 32 && ReferenceEquals(voters[0], Language.English), "A mask of 32 bits, English first.");
        return voters.ToArray();
    }

    private static bool SharesScript(Language language)
    {
        foreach (Language other in Language.All)
        {
            if (!ReferenceEquals(other, language) && other.Script == language.Script)
            {
                return true;
            }
        }

        return false;
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
            foreach (KeyValuePair<string, int> entry in masks)
            {
                // Stored as a lookup spells the text's words (a no-op outside the Arabic script).
                var pair = new KeyValuePair<string, int>(Fold(entry.Key), entry.Value);
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
            int length = 0;
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
                    c = c is >= '\u0600' and <= '\u06FF' ? FoldArabic(c) : char.ToLowerInvariant(c);
                    if (c == '\u2019')
                    {
                        c = '\'';
                    }
                    else if (c == '\0')
                    {
                        continue;
                    }
                }

                buffer[length++] = c;
                hash = (hash ^ c) * 16777619;
            }

            ReadOnlySpan<char> lower = buffer[..length];
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

        /// <summary>
        /// A letter of the Arabic script as Lucene's Arabic and Persian normalizations spell it (bare alef, yeh for
        /// the dotless and Farsi yeh, heh for teh marbuta, kaf for keheh), or <c>\0</c> for a mark they drop
        /// (harakat, tatweel, hamza above), so that Arabic and Persian words find their stop words however spelled.
        /// </summary>
        private static char FoldArabic(char c) => c switch
        {
            '\u0622' or '\u0623' or '\u0625' => '\u0627',
            '\u0649' or '\u06CC' or '\u06D2' => '\u064A',
            '\u0629' or '\u06C0' or '\u06C1' => '\u0647',
            '\u06A9' => '\u0643',
            '\u0640' or >= '\u064B' and <= '\u0652' or '\u0654' => '\0',
            _ => c,
        };

        private static string Fold(string word)
        {
            if (!word.AsSpan().ContainsAnyInRange('\u0600', '\u06FF'))
            {
                return word;
            }

            var folded = new StringBuilder(word.Length);
            foreach (char c in word)
            {
                char f = c is >= '\u0600' and <= '\u06FF' ? FoldArabic(c) : c;
                if (f != '\0')
                {
                    folded.Append(f);
                }
            }

            return folded.ToString();
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
