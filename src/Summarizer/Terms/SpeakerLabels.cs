using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// The speaker labels that open the turns of a transcript, an interview or a chat log ("Sarah Chen: So the main item
/// is...", "Q: ...", "[10:33] alice: ..."). A label names who speaks, not what is said: its words are no terms of the
/// sentence it opens, or every turn of one speaker would look alike and the sentences that open turns would gain a
/// centrality their content does not have. The label stays part of the sentence's text and of its word count, but not
/// of its length under the sentence-length limits (<see cref="DocumentTerms.SentenceLengths"/>).
/// </summary>
internal static class SpeakerLabels
{
    /// <summary>The longest label, its timestamp and colon included.</summary>
    private const int MaxLabelLength = 40;

    private const int MaxLabelWords = 3;

    private const int MaxStampLength = 12;

    /// <summary>
    /// A text has speaker labels when at least this many of its segments open with a label that opens another
    /// segment too: a lone "Note:" or "Update:" is a lead-in of an ordinary text, not a speaker.
    /// </summary>
    private const int MinLabelledSegments = 3;

    /// <summary>
    /// The length of the speaker label that opens each segment (0 where none does), or null when the text has no
    /// speaker labels: fewer than <see cref="MinLabelledSegments"/> segments open with a label that repeats.
    /// </summary>
    public static int[]? Find(ReadOnlySpan<char> text, IReadOnlyList<SentenceSpan> sentences)
    {
        List<(int Segment, int Length, string Name)>? found = null;
        for (int s = 0; s < sentences.Count; s++)
        {
            SentenceSpan span = sentences[s];
            if (!SplitChars.StartsLine(text, span.Start))
            {
                continue;
            }

            int length = LabelLength(span.Slice(text), out Range name);
            if (length > 0)
            {
                found ??= [];
                found.Add((s, length, span.Slice(text)[name].ToString()));
            }
        }

        if (found is null || found.Count < MinLabelledSegments)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach ((_, _, string name) in found)
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        // A label that opens one segment only is a lead-in of an ordinary text ("Note:"), not a speaker.
        found.RemoveAll(label => counts[label.Name] < 2);
        if (found.Count < MinLabelledSegments)
        {
            return null;
        }

        var lengths = new int[sentences.Count];
        foreach ((int segment, int length, _) in found)
        {
            lengths[segment] = length;
        }

        return lengths;
    }

    /// <summary>
    /// The length of the label that opens <paramref name="segment"/>, through the colon and the spaces after it; 0 when
    /// none does. A label is an optional bracketed timestamp ("[10:33] "), then one to three words of letters, digits,
    /// periods, hyphens and apostrophes, the first a letter (a capital without a timestamp), then a colon, a space and
    /// more text. <paramref name="name"/> is where its words lie.
    /// </summary>
    internal static int LabelLength(ReadOnlySpan<char> segment, out Range name)
    {
        name = default;
        int limit = Math.Min(segment.Length, MaxLabelLength);
        int p = 0;
        bool stamped = false;
        if (segment.Length > 0 && segment[0] == '[')
        {
            int close = segment[..Math.Min(segment.Length, MaxStampLength + 2)].IndexOf(']');
            if (close < 2 || close + 1 >= segment.Length || segment[close + 1] != ' ')
            {
                return 0;
            }

            stamped = true;
            p = close + 2;
        }

        if (p >= limit || !char.IsLetter(segment[p]) || (!stamped && !char.IsUpper(segment[p])))
        {
            return 0;
        }

        int nameStart = p;
        int words = 1;
        while (p < limit)
        {
            char c = segment[p];
            if (char.IsLetterOrDigit(c) || c is '.' or '-' or '\'' or '\u2019')
            {
                p++;
            }
            else if (c == ' ' && p + 1 < limit && char.IsLetterOrDigit(segment[p + 1]) && words < MaxLabelWords)
            {
                words++;
                p++;
            }
            else
            {
                break;
            }
        }

        name = nameStart..p;
        if (p + 2 >= segment.Length || p >= limit || segment[p] != ':' || segment[p + 1] is not (' ' or '\t'))
        {
            return 0;
        }

        p += 2;
        while (p < segment.Length && segment[p] is ' ' or '\t')
        {
            p++;
        }

        return p < segment.Length ? p : 0;
    }
}
