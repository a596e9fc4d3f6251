using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// The segments that a reply quotes from earlier in the same text: a line quoted with "&gt;" ("&gt; &gt; So option 1
/// is really $6,800 plus an AC soon.") whose words are those of a segment before it that is not quoted. A copy is no
/// second voice for what it repeats: it adds no edge to the sentence graph (<see cref="TermMatrix.Build(DocumentTerms, bool[], System.Threading.CancellationToken)"/>),
/// or a forum thread's or an e-mail thread's quoted lines would make what they quote look central.
/// </summary>
internal static class QuotedCopies
{
    /// <summary>
    /// Marks the quoted copies among <paramref name="sentences"/> (a segment that opens its line after quotation marks
    /// alone, and whose letters and digits are an earlier unquoted segment's), or null when there is none. Reads each
    /// segment once, and hashes segments only when the text has a quoted one.
    /// </summary>
    public static bool[]? Find(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        int firstQuoted = -1;
        for (int i = 0; i < sentences.Count && firstQuoted < 0; i++)
        {
            firstQuoted = IsQuoted(text, sentences[i].Start) ? i : -1;
        }

        if (firstQuoted <= 0)
        {
            return null;
        }

        HashSet<ulong>? earlier = null;
        bool[]? copies = null;
        for (int i = 0; i < sentences.Count; i++)
        {
            ulong hash = ContentHash(sentences[i].Slice(text));
            if (i < firstQuoted || !IsQuoted(text, sentences[i].Start))
            {
                (earlier ??= []).Add(hash);
            }
            else if (earlier?.Contains(hash) == true)
            {
                (copies ??= new bool[sentences.Count])[i] = true;
            }
        }

        return copies;
    }

    /// <summary>Whether only quotation marks ('&gt;') and spaces, one mark at least, stand between the start of the line and <paramref name="start"/>.</summary>
    private static bool IsQuoted(ReadOnlySpan<char> text, int start)
    {
        bool marked = false;
        for (int k = start - 1; k >= 0 && !SplitChars.IsLineBreakAt(text, k); k--)
        {
            if (text[k] == '>')
            {
                marked = true;
            }
            else if (text[k] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return marked;
    }

    /// <summary>A 64-bit hash (FNV-1a) of the letters and digits of <paramref name="segment"/>: the same for a segment and its copy quoted over lines.</summary>
    private static ulong ContentHash(ReadOnlySpan<char> segment)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in segment)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ c) * 1099511628211;
            }
        }

        return hash;
    }
}
