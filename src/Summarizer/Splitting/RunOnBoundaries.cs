using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Summarizer;

/// <summary>
/// Where a long run of words written without punctuation breaks: speech-recognition transcripts and automatic
/// captions ("so today we are going to talk about the water system the first thing you need to know is that the pipes
/// ...") have no terminator to split at, and a text of one 300-word "sentence" has nothing to summarize. Such a run is
/// cut into chunks of <see cref="MinChunkWords"/> (<see cref="MinStarterChunkWords"/> without a learned table) to
/// <see cref="MaxChunkWords"/> words, each ending where a sentence most likely ends: at the first gap between two words
/// that scores <see cref="Threshold"/> or more and no less than the <see cref="LookAhead"/> gaps after it, or else at
/// the best gap of the window (the last of equals).
/// </summary>
/// <remarks>
/// A gap's score is the log-odds, over the base rate, that a sentence ends between its two words: for English, learned
/// from where the splitter ends sentences in punctuated text (<c>Splitting/Data/run-on-boundaries-en.txt</c>, written
/// by <c>tools/Training -- boundaries</c>: how often a word ends a sentence, how often one opens a sentence, and the
/// pairs of words whose gap the two do not predict); for other languages, a word of the language's
/// <c>[starters]</c> opens a chunk. Each chunk reads a bounded number of words, so cutting a run is linear in its length.
/// </remarks>
internal sealed class RunOnBoundaries
{
    /// <summary>The fewest words of a run that is cut: ordinary sentences this long have commas or dashes.</summary>
    public const int MinRunWords = 80;

    /// <summary>A run is cut when it has fewer than one clause mark (comma, semicolon, colon, dash, bracket, quote) in this many words.</summary>
    public const int WordsPerMark = 50;

    /// <summary>
    /// The fewest words of a segment that is cut whatever its clause marks: dictation and comma-spliced notes ("main
    /// thing first, the roof leak is worse than we thought, water has come through ...") run on with commas and no
    /// full stop. No sentence of the news and reviews the splitter is tested on reaches it (the longest has 133 words).
    /// </summary>
    public const int MinCommaRunWords = 150;

    /// <summary>The fewest words of a chunk.</summary>
    public const int MinChunkWords = 4;

    /// <summary>
    /// The fewest words of a chunk cut before a starter: a starter says little about where a sentence ends (on English
    /// text 9% of the cuts before one fall at a sentence end, against 39% of the learned table's), so the chunks are
    /// kept long enough to read.
    /// </summary>
    public const int MinStarterChunkWords = 8;

    /// <summary>The most words of a chunk.</summary>
    public const int MaxChunkWords = 30;

    /// <summary>How many gaps after a candidate must not score higher for it to be taken before the window's end.</summary>
    public const int LookAhead = 3;

    /// <summary>The score from which a gap ends a chunk without looking further than <see cref="LookAhead"/> gaps.</summary>
    public const double Threshold = 2.0;

    // The longest word looked up (longer ones score as unknown words).
    private const int MaxKeyLength = 48;

    private const string ResourceName = "Summarizer.Splitting.run-on-boundaries-en.txt";

    private static readonly SearchValues<char> s_marks = SearchValues.Create(",;:()\"\u201C\u201D\u00AB\u00BB\u2014\u2013\uFF0C\u3001");

    private static readonly Lazy<RunOnBoundaries> s_english = new(() =>
    {
        using StreamReader reader = ReadResource();
        return Parse(reader);
    });

    private readonly FrozenDictionary<string, (float Start, float End)>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _pairs;
    private readonly SplittingRules? _starters;

    private RunOnBoundaries(Dictionary<string, (float Start, float End)> words, Dictionary<string, float> pairs, SplittingRules? starters)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _pairs = pairs.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = starters;
    }

    /// <summary>The boundaries of <paramref name="rules"/>' language: English's learned table, or its starters.</summary>
    public static RunOnBoundaries For(SplittingRules rules) =>
        rules.Language == "en" ? s_english.Value : FromStarters(rules);

    /// <summary>Boundaries that open a chunk before a word of <paramref name="rules"/>' <c>[starters]</c>.</summary>
    internal static RunOnBoundaries FromStarters(SplittingRules rules) => new([], [], rules);

    /// <summary>
    /// Whether <paramref name="segment"/> is a run to cut: at least <see cref="MinRunWords"/> words and fewer than one
    /// clause mark in <see cref="WordsPerMark"/> of them (a hyphen standing between spaces counts as a dash), or at least
    /// <see cref="MinCommaRunWords"/> words whatever its marks; its words separated by spaces, tabs or line breaks (not
    /// by other white space alone).
    /// </summary>
    public static bool IsRun(ReadOnlySpan<char> segment)
    {
        // Most sentences are refused by a vectorized count of the spaces, tabs and line feeds between their words.
        if (segment.Length < (2 * MinRunWords) - 1
            || segment.Count(' ') + segment.Count('\n') + segment.Count('\t') < MinRunWords - 1)
        {
            return false;
        }

        int words = SplitChars.CountWords(segment, int.MaxValue);
        if (words < MinRunWords)
        {
            return false;
        }

        if (words >= MinCommaRunWords)
        {
            return true;
        }

        int allowed = (words / WordsPerMark) - 1;
        int marks = 0;
        for (int k = 0; k < segment.Length; k++)
        {
            char c = segment[k];
            if ((s_marks.Contains(c) && !IsClockColon(segment, k))
                || (c == '-' && k > 0 && k + 1 < segment.Length && SplitChars.IsWhiteSpace(segment[k - 1]) && SplitChars.IsWhiteSpace(segment[k + 1])))
            {
                if (++marks > allowed)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the character at <paramref name="k"/> is a colon between digits, a clock's ("at 10:30") or a score's,
    /// which parts no clauses: a recognizer writes times so in speech it leaves unpunctuated.
    /// </summary>
    private static bool IsClockColon(ReadOnlySpan<char> segment, int k) =>
        segment[k] == ':' && k > 0 && k + 1 < segment.Length && char.IsAsciiDigit(segment[k - 1]) && char.IsAsciiDigit(segment[k + 1]);

    /// <summary>
    /// The end of the first chunk of the run <c>text[start..end]</c> (<paramref name="start"/> at its first word):
    /// <paramref name="end"/> when the rest has at most <see cref="MaxChunkWords"/> words, else the end of the word
    /// before the chosen gap.
    /// </summary>
    public int ChunkEnd(ReadOnlySpan<char> text, int start, int end)
    {
        const int Capacity = MaxChunkWords + MinStarterChunkWords + LookAhead + 1;
        int minimum = _starters is null ? MinChunkWords : MinStarterChunkWords;
        Span<int> starts = stackalloc int[Capacity];
        Span<int> ends = stackalloc int[Capacity];
        int count = 0;
        int k = start;
        while (count < Capacity)
        {
            while (k < end && SplitChars.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (k >= end)
            {
                break;
            }

            starts[count] = k;
            while (k < end && !SplitChars.IsWhiteSpace(text[k]))
            {
                k++;
            }

            ends[count++] = k;
        }

        if (count <= MaxChunkWords)
        {
            return end;
        }

        // Reading stopped early when the run goes on beyond the buffer: then at least the minimum of words is left.
        int last = count == Capacity ? MaxChunkWords : Math.Min(MaxChunkWords, count - minimum);
        int best = last;
        double bestScore = double.NegativeInfinity;
        for (int g = minimum; g <= last; g++)
        {
            double score = Score(text, starts, ends, g);
            if (score >= bestScore)
            {
                (best, bestScore) = (g, score);
            }

            if (score >= Threshold && NotExceeded(text, starts, ends, g, score, count))
            {
                best = g;
                break;
            }
        }

        return ends[best - 1];
    }

    /// <summary>
    /// The key a word is looked up by: the word without the marks before and after it, in lower case, with a typographic
    /// apostrophe written straight ("Don’t," is "don't"); empty when it is longer than the table's words or has no letter or digit.
    /// </summary>
    public static int Key(ReadOnlySpan<char> word, Span<char> destination)
    {
        int first = 0;
        while (first < word.Length && !char.IsLetterOrDigit(word[first]))
        {
            first++;
        }

        int last = word.Length;
        while (last > first && !char.IsLetterOrDigit(word[last - 1]))
        {
            last--;
        }

        if (last - first > Math.Min(MaxKeyLength, destination.Length))
        {
            return 0;
        }

        for (int k = first; k < last; k++)
        {
            char c = word[k];
            destination[k - first] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        return last - first;
    }

    /// <summary>Reads a table written by <c>tools/Training -- boundaries</c>.</summary>
    /// <exception cref="InvalidDataException">A line is not of the format.</exception>
    internal static RunOnBoundaries Parse(TextReader reader)
    {
        var words = new Dictionary<string, (float, float)>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, float>(StringComparer.Ordinal);
        string? section = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line;
                continue;
            }

            string[] fields = line.Split('\t');
            switch (section)
            {
                case "[words]" when fields.Length == 3:
                    words[fields[0]] = (Number(fields[1]), Number(fields[2]));
                    break;
                case "[pairs]" when fields.Length == 2:
                    pairs[fields[0]] = Number(fields[1]);
                    break;
                default:
                    throw new InvalidDataException($"The run-on boundaries file has a line out of its format: '{line}'.");
            }
        }

        return new RunOnBoundaries(words, pairs, starters: null);

        static float Number(string field) => float.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static StreamReader ReadResource()
    {
        Stream stream = typeof(RunOnBoundaries).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    private bool NotExceeded(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int g, double score, int count)
    {
        for (int h = g + 1; h <= g + LookAhead && h < count; h++)
        {
            if (Score(text, starts, ends, h) > score)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The score of the gap before word <paramref name="g"/> (between words g - 1 and g).</summary>
    private double Score(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int g)
    {
        ReadOnlySpan<char> nextToken = text[starts[g]..ends[g]];
        if (SplitChars.TrailingEmojiLength(nextToken) == nextToken.Length)
        {
            // An emoji stays with the sentence it closes: no chunk ends before one.
            return double.NegativeInfinity;
        }

        // An emoji cluster after a word ends a sentence as a terminator would ("a group of 9 😍 the staff pushed"): the
        // gap after it scores twice the threshold more, the words around it read across it, so that one inside a clause
        // after a word that leaves it open ("the nduja was 🔥 imo the best") stays below the threshold.
        int wordBefore = g - 1;
        ReadOnlySpan<char> token = text[starts[wordBefore]..ends[wordBefore]];
        bool emoji = false;
        if (SplitChars.TrailingEmojiLength(token) is > 0 and int cluster)
        {
            while (cluster == token.Length && --wordBefore >= 0)
            {
                token = text[starts[wordBefore]..ends[wordBefore]];
                cluster = SplitChars.TrailingEmojiLength(token);
            }

            emoji = wordBefore >= 0;
        }

        Span<char> buffer = stackalloc char[(2 * MaxKeyLength) + 1];
        int before = wordBefore >= 0 ? Key(token, buffer) : 0;
        int after = Key(nextToken, buffer[(before + 1)..]);
        ReadOnlySpan<char> next = buffer.Slice(before + 1, after);
        emoji &= before > 0;

        // A comma before a word that opens sentences is where a comma-spliced run ("the roof leaks, greg thinks the
        // membrane failed") most likely ends one: it scores a threshold more.
        bool comma = text[ends[g - 1] - 1] is ',' or ';';
        if (_starters is not null)
        {
            // The starters hold articles, prepositions and conjunctions too ("Den", "Mit", "В"), which go on a phrase
            // more often than they open a sentence: no chunk ends on a word that leaves its phrase open ("willkommen zu |
            // den nachrichten", "eine förderung von | bis zu 70 prozent").
            bool closed = before == 0 || !(_starters.IsOpenEnd(buffer[..before]) || _starters.IsPreposition(buffer[..before]));
            if (emoji)
            {
                return closed ? 2 * Threshold : 0;
            }

            bool starter = after > 0 && _starters.IsLowerCaseStarter(next) && (comma || closed);
            return !starter ? 0 : comma ? 2 * Threshold : Threshold;
        }

        float opens = after > 0 && _words.TryGetValue(next, out (float Start, float End) a) ? a.Start : 0;
        double bonus = emoji ? 2 * Threshold : comma && opens > 0 ? Threshold : 0;
        if (before > 0 && after > 0)
        {
            buffer[before] = ' ';
            if (_pairs.TryGetValue(buffer[..(before + 1 + after)], out float pair))
            {
                return pair + bonus;
            }
        }

        float end = before > 0 && _words.TryGetValue(buffer[..before], out (float Start, float End) b) ? b.End : 0;
        return end + opens + bonus;
    }
}
