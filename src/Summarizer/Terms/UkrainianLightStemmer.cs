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
    // only its last letter ("сказала" and "сказали" meet at "сказал"). A final "-в" or "-ть" stays with the stem, as
    // in nouns and surnames ("Іванов", "Іванова"; "область", "області"), and the soft sign goes ("автомобіль",
    // "автомобіля"; "говорить", "говорити"). The "і" of a noun in "-ія" goes with its ending, so that the genitive
    // plural meets the other cases ("компанія", "компаній" at "компан").
    private static readonly string[] s_endings =
    [
        "іями", "ами", "ями", "ого", "ому", "ими", "іми", "ієї", "ють", "уть", "ією", "іям", "іях", "ьми",
        "ах", "ях", "ам", "ям", "ів", "їв", "ей", "ою", "ею", "єю", "ом", "ем", "ий", "ій", "их", "им", "ої", "ія", "ії", "ію",
        "а", "я", "о", "е", "є", "і", "и", "ї", "у", "ю", "й", "ь",
    ];

    /// <summary>Stems the first <paramref name="length"/> characters of <paramref name="word"/> (lower case) in place; returns the new length.</summary>
    public static int Stem(char[] word, int length) => InflectionEndings.Strip(word, length, s_endings, MinStem);
}
