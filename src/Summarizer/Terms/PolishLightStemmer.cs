namespace Summarizer;

/// <summary>
/// A light Polish stemmer in the manner of the light stemmers Lucene has for Czech and other inflected languages
/// (Dolamic and Savoy): one inflectional ending goes, the longest that leaves at least three letters, so that the cases
/// of a noun or an adjective ("autobus", "autobusy", "autobusów", "autobusami"; "polski", "polskiej", "polskiego") and
/// the infinitive and past forms of a verb ("mówić", "mówi", "powiedział", "powiedziała") meet. Derivation and
/// consonant alternation ("Polska", "Polsce") are left alone. Lucene.Net.Analysis.Common has no Polish stemmer.
/// </summary>
internal static class PolishLightStemmer
{
    private const int MinStem = 3;

    // Longest first, so that the longest ending a word has is the one that goes. A soft stem's "i" goes with the
    // ending that follows it ("-iu", "-iem", "-iach", "-iami"), as it does in "-ia" and "-ie": "wydarzenie",
    // "wydarzeniu" and "wydarzeniach" meet at "wydarzen", "ziemia" and "ziemiach" at "ziem", "krok" and "krokiem" at "krok".
    private static readonly string[] s_endings =
    [
        "owie", "iego", "iemu", "iach", "iami",
        "ami", "ach", "ego", "emu", "ymi", "imi", "ych", "ich", "owi", "iej", "ała", "ało", "ali", "ały", "iła", "iło", "ili", "iły", "iem", "iom",
        "ów", "om", "em", "ej", "ym", "im", "ie", "ią", "ię", "ia", "iu", "ał", "ił", "ać", "ić", "yć", "eć",
        "a", "e", "i", "o", "u", "y", "ą", "ę",
    ];

    /// <summary>Stems the first <paramref name="length"/> characters of <paramref name="word"/> (lower case) in place; returns the new length.</summary>
    public static int Stem(char[] word, int length) => InflectionEndings.Strip(word, length, s_endings, MinStem);
}
