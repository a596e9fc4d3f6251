using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// The start and length in the input of every term occurrence of a <see cref="DocumentTerms"/>, parallel to
/// <c>TermIds</c>.
/// </summary>
/// <remarks>
/// Stop-gap until <see cref="DocumentTerms"/> records the offsets itself: it re-runs the word tokenizer and the same
/// stop-word filter, and reports null when the result does not line up with the terms, in which case no keywords are
/// given rather than wrong offsets.
/// </remarks>
internal static class TermOccurrences
{
    public static (int[] Starts, int[] Lengths)? Compute(string text, IReadOnlyList<SentenceSpan> sentences, DocumentTerms terms)
    {
        var starts = new int[terms.TermIds.Length];
        var lengths = new int[terms.TermIds.Length];
        Span<char> buffer = stackalloc char[64];
        int k = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            SentenceSpan span = sentences[s];
            ReadOnlySpan<char> sentence = span.Slice(text);
            foreach (Token token in WordTokenizer.Enumerate(sentence))
            {
                ReadOnlySpan<char> surface = token.Slice(sentence);
                if (surface.Length <= buffer.Length)
                {
                    Span<char> lower = buffer[..surface.Length];
                    surface.ToLowerInvariant(lower);
                    if (StopWords.English.Contains(lower))
                    {
                        continue;
                    }
                }

                if (k >= starts.Length || k >= terms.RowStarts[s + 1])
                {
                    return null;
                }

                starts[k] = span.Start + token.Start;
                lengths[k] = token.Length;
                k++;
            }

            if (k != terms.RowStarts[s + 1])
            {
                return null;
            }
        }

        return k == starts.Length ? (starts, lengths) : null;
    }
}
