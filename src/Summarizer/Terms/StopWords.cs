using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Lucene.Net.Tartarus.Snowball;

namespace Summarizer;

/// <summary>
/// Stop-word lists: words too common to say what a sentence is about. The lists are the ones Lucene.Net.Analysis.Common
/// embeds (the Snowball lists, and Lucene's own for the other languages), with a few additions where a list misses a
/// frequent function word or the reporting verbs of news ("said"); each is loaded once, on first use.
/// </summary>
/// <remarks>
/// The files are read here rather than through <c>XxxAnalyzer.DefaultStopSet</c>: that would build Lucene's
/// <c>CharArraySet</c>, whose equality and hashing reach J2N code that uses <c>dynamic</c> and warns under trimming and
/// native AOT. The words are the same.
/// </remarks>
internal static class StopWords
{
    // The list this library shipped before (which has the reporting verbs "said" and "says"), merged into the
    // Snowball one, with "told". Longer lists (adding "mr", "one", "many", "however"...) scored lower on the BBC dev set.
    internal static string[] EnglishExtra { get; } =
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
        "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
        "told",
    ];

    internal static string[] GermanExtra { get; } = ["dass", "sagte", "sagt", "sagten", "laut", "sowie", "seit", "wurde", "wurden", "worden", "bereits"];

    // "a" (has) is missing from the Snowball list, though "ai" and "as" are there; without it a short French sentence
    // ("Le gouvernement a présenté un budget") reads as Spanish, whose list has "a".
    internal static string[] FrenchExtra { get; } = ["a"];

    // Function words Danish writes as Norwegian does, which the Norwegian Snowball list has and the shorter Danish one
    // lacks ("kan", "så", "ved", "fordi"): without them every Danish text gives them to Norwegian alone, and a Danish
    // paragraph ("..., fordi færgerne blev nedlagt") reads as Norwegian.
    internal static string[] DanishExtra { get; } =
    [
        "kan", "så", "ved", "kom", "kun", "ja", "hvorfor", "hvordan", "ingen", "samme", "hvilken", "hvilke", "hver",
        "hvem", "både", "bare", "fordi", "før", "begge", "siden",
    ];

    internal static string[] RussianExtra { get; } =
    [
        "это", "этот", "эта", "эти", "этого", "этой", "этих", "также", "который", "которая", "которое", "которые",
        "которых", "которой", "котором", "которым", "сказал", "сказала", "заявил", "заявила", "сообщил", "сообщила",
        "ещё", "её", "всё",
    ];

    // News reporting verbs ("said", "added", "stressed"), with and without the conjunction, as English has "said".
    internal static string[] ArabicExtra { get; } = ["قال", "قالت", "وقال", "وقالت", "أضاف", "أضافت", "وأضاف", "وأضافت", "أكد", "أكدت", "وأكد", "وأكدت"];

    /// <summary>No stop words (languages read as character bigrams).</summary>
    public static FrozenSet<string> None() => FrozenSet<string>.Empty;

    /// <summary>The Snowball list Lucene embeds for <paramref name="language"/> (<c>english</c>, <c>german</c>...), with <paramref name="extra"/>.</summary>
    public static FrozenSet<string> Snowball(string language, params string[] extra) => Create(ReadSnowball(language), extra);

    /// <summary>Lucene's own list in folder <paramref name="folder"/> (<c>Ro</c>, <c>Tr</c>), one word a line, with <paramref name="extra"/>.</summary>
    public static FrozenSet<string> Lucene(string folder, params string[] extra) => Create(ReadLucene(folder), extra);

    /// <summary>The project's own list <c>Terms/Data/stopwords-CODE.txt</c> for a language Lucene has none for, one word a line.</summary>
    public static FrozenSet<string> Embedded(string code)
    {
        string name = "Summarizer.Terms.stopwords-" + code + ".txt";
        Stream stream = typeof(StopWords).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing embedded resource " + name + ".");
        return Create(ReadWordList(stream), []);
    }

    private static FrozenSet<string> Create(List<string> words, string[] extra)
    {
        var set = new HashSet<string>(words, StringComparer.Ordinal);
        set.UnionWith(extra);
        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    // Snowball format: the words of a line come before an optional '|' comment, separated by white space.
    private static List<string> ReadSnowball(string language)
    {
        var words = new List<string>();
        foreach (string line in ReadLines("Snowball." + language + "_stop.txt"))
        {
            int bar = line.IndexOf('|', StringComparison.Ordinal);
            string content = bar < 0 ? line : line[..bar];
            words.AddRange(content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        return words;
    }

    // Lucene's own lists: one word a line, '#' starts a comment line.
    private static List<string> ReadLucene(string folder) => ReadWordList(LuceneResource(folder + ".stopwords.txt"));

    private static List<string> ReadWordList(Stream stream)
    {
        var words = new List<string>();
        foreach (string line in ReadLines(stream))
        {
            string word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static List<string> ReadLines(string file) => ReadLines(LuceneResource(file));

    private static Stream LuceneResource(string file)
    {
        string name = "Lucene.Net.Analysis.Common.Analysis." + file;
        return typeof(SnowballProgram).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Lucene.Net.Analysis.Common does not embed " + name + ".");
    }

    private static List<string> ReadLines(Stream stream)
    {
        using (stream)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }

            return lines;
        }
    }
}
