using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Summarizer;

/// <summary>
/// A language the terms of a text are read in: its stop words and its Snowball stemmer, or, for Chinese, Japanese,
/// Korean and Thai, character bigrams without either.
/// </summary>
/// <remarks>
/// Instances are shared singletons (compare them by reference); <see cref="Detect(string)"/> guesses the language of
/// a text from the stop words it uses.
/// </remarks>
public sealed class Language
{
    private readonly Func<SnowballProgram>? _createStemmer;
    private StopWordSet? _stopWords;

    private Language(string code, string name, Func<SnowballProgram>? createStemmer, string[]? elisions = null)
    {
        Code = code;
        Name = name;
        _createStemmer = createStemmer;
        Elisions = elisions is null ? null : FrozenSet.Create(StringComparer.Ordinal, elisions).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>English: the Snowball English (Porter2) stemmer and the Snowball stop list with news reporting verbs.</summary>
    public static Language English { get; } = new("en", "English", static () => new EnglishStemmer());

    /// <summary>German.</summary>
    public static Language German { get; } = new("de", "German", static () => new GermanStemmer());

    /// <summary>French; elided articles and pronouns (<c>l'</c>, <c>qu'</c>) are removed before stemming.</summary>
    public static Language French { get; } = new("fr", "French", static () => new FrenchStemmer(),
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]);

    /// <summary>Spanish.</summary>
    public static Language Spanish { get; } = new("es", "Spanish", static () => new SpanishStemmer());

    /// <summary>Italian; elided articles and prepositions (<c>l'</c>, <c>dell'</c>) are removed before stemming.</summary>
    public static Language Italian { get; } = new("it", "Italian", static () => new ItalianStemmer(),
        ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest", "nessun", "buon"]);

    /// <summary>Portuguese.</summary>
    public static Language Portuguese { get; } = new("pt", "Portuguese", static () => new PortugueseStemmer());

    /// <summary>Dutch.</summary>
    public static Language Dutch { get; } = new("nl", "Dutch", static () => new DutchStemmer());

    /// <summary>Russian.</summary>
    public static Language Russian { get; } = new("ru", "Russian", static () => new RussianStemmer());

    /// <summary>Swedish.</summary>
    public static Language Swedish { get; } = new("sv", "Swedish", static () => new SwedishStemmer());

    /// <summary>Danish.</summary>
    public static Language Danish { get; } = new("da", "Danish", static () => new DanishStemmer());

    /// <summary>Norwegian (Bokmål stemmer; the stop list covers Bokmål and Nynorsk).</summary>
    public static Language Norwegian { get; } = new("no", "Norwegian", static () => new NorwegianStemmer());

    /// <summary>Finnish.</summary>
    public static Language Finnish { get; } = new("fi", "Finnish", static () => new FinnishStemmer());

    /// <summary>Hungarian.</summary>
    public static Language Hungarian { get; } = new("hu", "Hungarian", static () => new HungarianStemmer());

    /// <summary>Romanian; the comma-below letters <c>ș ț</c> are read as the cedilla forms the stemmer expects.</summary>
    public static Language Romanian { get; } = new("ro", "Romanian", static () => new RomanianStemmer());

    /// <summary>Turkish; <c>I</c> lower-cases to dotless <c>ı</c>.</summary>
    public static Language Turkish { get; } = new("tr", "Turkish", static () => new TurkishStemmer());

    /// <summary>Chinese: overlapping Han character bigrams, no stemming.</summary>
    public static Language Chinese { get; } = new("zh", "Chinese", null);

    /// <summary>Japanese: overlapping character bigrams over Kanji and Kana, no stemming.</summary>
    public static Language Japanese { get; } = new("ja", "Japanese", null);

    /// <summary>Korean: overlapping Hangul character bigrams, no stemming.</summary>
    public static Language Korean { get; } = new("ko", "Korean", null);

    /// <summary>Thai: overlapping character bigrams, no stemming.</summary>
    public static Language Thai { get; } = new("th", "Thai", null);

    /// <summary>Every supported language, the fifteen with stemmers first.</summary>
    public static IReadOnlyList<Language> All { get; } =
    [
        English, German, French, Spanish, Italian, Portuguese, Dutch, Russian, Swedish, Danish, Norwegian, Finnish,
        Hungarian, Romanian, Turkish, Chinese, Japanese, Korean, Thai,
    ];

    /// <summary>The ISO 639-1 code: <c>en</c>, <c>de</c>, <c>ru</c>...</summary>
    public string Code { get; }

    /// <summary>The English name: <c>English</c>, <c>German</c>, <c>Russian</c>...</summary>
    public string Name { get; }

    /// <summary>Whether words are stemmed; false for the scripts read as character bigrams.</summary>
    public bool HasStemmer => _createStemmer is not null;

    /// <summary>The stop words, loaded on first use.</summary>
    internal FrozenSet<string> StopWords => StopWordsLookup.Set;

    internal StopWordSet StopWordsLookup
    {
        get
        {
            StopWordSet? set = Volatile.Read(ref _stopWords);
            if (set is null)
            {
                // Two threads may both load the list; both results are equal and either may win.
                set = new StopWordSet(Summarizer.StopWords.Load(Code));
                Interlocked.CompareExchange(ref _stopWords, set, null);
            }

            return set;
        }
    }

    /// <summary>Elided prefixes (without the apostrophe) removed from the front of a word, or null.</summary>
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? Elisions { get; }

    /// <summary>Finds a language by its ISO 639-1 code (case-insensitive; <c>nb</c> and <c>nn</c> mean Norwegian).</summary>
    /// <param name="code">The code, such as <c>de</c>.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No supported language has that code.</exception>
    public static Language FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out Language? language)
            ? language
            : throw new ArgumentException($"'{code}' is not the ISO 639-1 code of a supported language.", nameof(code));
    }

    /// <summary>Finds a language by its ISO 639-1 code (case-insensitive; <c>nb</c> and <c>nn</c> mean Norwegian).</summary>
    /// <param name="code">The code, such as <c>de</c>.</param>
    /// <param name="language">The language, or null when none has that code.</param>
    /// <returns>Whether a supported language has that code.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Language? language)
    {
        language = null;
        if (code is null)
        {
            return false;
        }

        if (code.Equals("nb", StringComparison.OrdinalIgnoreCase) || code.Equals("nn", StringComparison.OrdinalIgnoreCase))
        {
            language = Norwegian;
            return true;
        }

        foreach (Language candidate in All)
        {
            if (candidate.Code.Equals(code, StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Guesses the language of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The language; <see cref="English"/> when the text is too short or unclear to tell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>
    /// Texts written mostly in Han, Kana, Hangul or Thai are told by their script. Otherwise every word of the text
    /// that is a stop word of some languages votes for them, a word shared by <c>k</c> languages with weight
    /// <c>1/k</c>; the language with the most votes wins if the text has at least a few stop words. The whole text
    /// is read unless one language leads every other fourfold after 64, 128 or 256 stop words or a multiple of 512.
    /// </remarks>
    public static Language Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LanguageGuesser.Guess(text);
    }

    /// <summary>Guesses the language of <paramref name="text"/>; see <see cref="Detect(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The language; <see cref="English"/> when the text is too short or unclear to tell.</returns>
    public static Language Detect(ReadOnlySpan<char> text) => LanguageGuesser.Guess(text);

    /// <summary>A new stemmer for this language (not thread-safe: one per document), or null.</summary>
    internal SnowballProgram? CreateStemmer() => _createStemmer?.Invoke();

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>A frozen stop-word set with its span lookup.</summary>
    internal sealed class StopWordSet
    {
        public StopWordSet(FrozenSet<string> set)
        {
            Set = set;
            Lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public FrozenSet<string> Set { get; }

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
