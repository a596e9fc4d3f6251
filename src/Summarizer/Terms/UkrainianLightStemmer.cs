namespace Summarizer;

/// <summary>
/// A light Ukrainian stemmer, as <see cref="PolishLightStemmer"/> is for Polish: one inflectional ending goes, the
/// longest that leaves at least three letters, so that the cases of a noun or an adjective ("автобус", "автобуси",
/// "автобусів", "автобусами"; "новий", "нового", "новій") meet, and the feminine and plural of a verb's past
/// ("сказала", "сказали"). Lucene.Net.Analysis.Common has no Ukrainian stemmer.
/// </summary>
internal static class UkrainianLightStemmer
{
    private const int MinStem = 3;

    // Longest first, so that the longest ending a word has is the one that goes. The endings of nouns and adjectives
    // come first: "-ла", "-ти" would cut "школа" and "роботи" short of "школу" and "робота", so a verb's past loses
    // only its last letter ("сказала", "сказали" and "сказав" meet at "сказал" and "сказа" apart).
    private static readonly string[] s_endings =
    [
        "ами", "ями", "ого", "ому", "ими", "іми", "ієї", "ють", "уть",
        "ах", "ях", "ів", "їв", "ей", "ою", "ею", "єю", "ом", "ем", "ий", "ій", "их", "им", "ої", "ть",
        "а", "я", "о", "е", "є", "і", "и", "ї", "у", "ю", "в", "й",
    ];

    /// <summary>Stems the first <paramref name="length"/> characters of <paramref name="word"/> (lower case) in place; returns the new length.</summary>
    public static int Stem(char[] word, int length) => InflectionEndings.Strip(word, length, s_endings, MinStem);
}
