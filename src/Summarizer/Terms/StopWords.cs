using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Hu;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ro;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Summarizer;

/// <summary>
/// Stop-word lists: words too common to say what a sentence is about. The lists are Lucene's (the Snowball lists,
/// and Lucene's own for Romanian and Turkish), with a few additions where a list misses a frequent function word or
/// the reporting verbs of news ("said"); each is loaded once, on first use.
/// </summary>
internal static class StopWords
{
    // The list this library shipped before the Snowball one, kept so that nothing that was a stop word stops being one.
    private static readonly string[] s_englishExtra =
    [
        "also", "can", "could", "may", "might", "must", "just", "now", "much", "will", "would", "shall", "however",
        "yet", "us", "said", "says", "say", "told", "tells", "according", "mr", "mrs", "ms", "dr", "per", "via",
        "upon", "within", "without", "among", "across", "along", "around", "since", "though", "although", "whether",
        "another", "every", "either", "neither", "many", "several", "else", "ever", "even", "still", "already",
        "almost", "often", "unto", "whose", "who's", "let", "got", "get", "gets", "one",
    ];

    private static readonly string[] s_germanExtra = ["dass", "sagte", "sagt", "sagten", "laut", "sowie", "seit", "wurde", "wurden", "worden", "bereits"];

    private static readonly string[] s_russianExtra =
    [
        "это", "этот", "эта", "эти", "этого", "этой", "этих", "также", "который", "которая", "которое", "которые",
        "которых", "которой", "котором", "которым", "сказал", "сказала", "заявил", "заявила", "сообщил", "сообщила",
        "ещё", "её", "всё",
    ];

    private static readonly FrozenSet<string> s_empty = FrozenSet<string>.Empty;

    /// <summary>The stop words of the language with ISO 639-1 code <paramref name="code"/>; empty when it has none.</summary>
    public static FrozenSet<string> Load(string code) => code switch
    {
        "en" => Create(SnowballList("english_stop.txt"), s_englishExtra),
        "de" => Create(GermanAnalyzer.DefaultStopSet, s_germanExtra),
        "fr" => Create(FrenchAnalyzer.DefaultStopSet, []),
        "es" => Create(SpanishAnalyzer.DefaultStopSet, []),
        "it" => Create(ItalianAnalyzer.DefaultStopSet, []),
        "pt" => Create(PortugueseAnalyzer.DefaultStopSet, []),
        "nl" => Create(DutchAnalyzer.DefaultStopSet, []),
        "ru" => Create(RussianAnalyzer.DefaultStopSet, s_russianExtra),
        "sv" => Create(SwedishAnalyzer.DefaultStopSet, []),
        "da" => Create(DanishAnalyzer.DefaultStopSet, []),
        "no" => Create(NorwegianAnalyzer.DefaultStopSet, []),
        "fi" => Create(FinnishAnalyzer.DefaultStopSet, []),
        "hu" => Create(HungarianAnalyzer.DefaultStopSet, []),
        "ro" => Create(RomanianAnalyzer.DefaultStopSet, []),
        "tr" => Create(TurkishAnalyzer.DefaultStopSet, []),
        _ => s_empty,
    };

    private static FrozenSet<string> Create(IEnumerable<string> words, string[] extra)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            set.Add(word);
        }

        foreach (string word in extra)
        {
            set.Add(word);
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    // EnglishAnalyzer.DefaultStopSet is Lucene's 33-word list for search; summarization wants the fuller Snowball one,
    // which Lucene embeds for SnowballAnalyzer but exposes through no property.
    private static CharArraySet SnowballList(string file)
    {
        string name = "Lucene.Net.Analysis.Common.Analysis.Snowball." + file;
        using Stream stream = typeof(SnowballFilter).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Lucene.Net.Analysis.Common does not embed " + name + ".");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return WordlistLoader.GetSnowballWordSet(reader, LuceneVersion.LUCENE_48);
    }
}
