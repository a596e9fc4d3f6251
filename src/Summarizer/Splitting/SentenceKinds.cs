using System.Collections.Generic;

namespace Summarizer;

/// <summary>Which kinds of segment are a text's content, shared by the rankers' features and the selection.</summary>
internal static class SentenceKinds
{
    /// <summary>
    /// Whether the list items of a text carry it: those of at least <paramref name="minWords"/> words hold more words
    /// than its sentences of that length, as the lettered clauses of a bill or the long bullets of a listicle do. Then
    /// they are content like its sentences; headings stay out.
    /// </summary>
    /// <param name="sentences">The text's segments.</param>
    /// <param name="lengths">Each segment's length in words (<see cref="DocumentTerms.SentenceLengths"/>).</param>
    /// <param name="minWords">The shortest segment counted.</param>
    public static bool ListItemsCarryText(IReadOnlyList<SentenceSpan> sentences, int[] lengths, int minWords)
    {
        long items = 0;
        long prose = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            if (lengths[i] >= minWords && lengths[i] > 0)
            {
                SentenceKind kind = sentences[i].Kind;
                items += kind == SentenceKind.ListItem ? lengths[i] : 0;
                prose += kind == SentenceKind.Sentence ? lengths[i] : 0;
            }
        }

        return items > prose;
    }
}
