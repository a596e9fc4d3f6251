using System;
using System.Collections.Frozen;

namespace Summarizer;

/// <summary>Stop-word lists: words too common to say what a sentence is about.</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> s_english = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
        "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves");

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> English { get; } =
        s_english.GetAlternateLookup<ReadOnlySpan<char>>();
}
