using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Summarizer;

/// <summary>
/// A language: everything the summarizer does differently per language, in one definition. Its code and name, the
/// sentence-splitting rules and abbreviation list (<see cref="Splitter"/>), the stop words, the Snowball stemmer,
/// and, for Chinese, Japanese, Korean and Thai, reading words as character bigrams without either.
/// </summary>
/// <remarks>
/// <para>
/// Instances are shared singletons (compare them by reference); <see cref="Detect(string)"/> guesses the language of
/// a text from the stop words it uses. The language of <see cref="SummarizerOptions.Language"/>, or the one guessed
/// from a text when it is null, selects the splitter, the stop words and the stemmer together; only a
/// <see cref="SummarizerOptions.Splitter"/> set by the caller takes the place of the language's splitter.
/// </para>
/// <para>
/// Adding a language is adding one definition here: a static property made with the private constructor (code, name,
/// stemmer, stop words, and any elisions, aliases or traits), listed in <see cref="All"/> (English stays first: the
/// guess gives it ties). Its data files are optional and found by its code: the sentence-splitting rules in
/// <c>Splitting/Data/abbreviations-CODE.txt</c> (without one the language-neutral rules of
/// <c>abbreviations-common.txt</c> apply), the stop words a list embedded in Lucene.Net.Analysis.Common or one named
/// in the definition. <see cref="FromCode(string)"/>, <see cref="SentenceSplitter.ForLanguage(string)"/>, the guesser
/// (which votes with the stop words of every language not read as bigrams), the command line's <c>--language</c> and
/// saved ML.NET models all read <see cref="All"/>, so nothing else changes.
/// </para>
/// </remarks>
public sealed class Language
{
    private readonly Func<SnowballProgram>? _createStemmer;
    private readonly Func<FrozenSet<string>> _loadStopWords;
    private readonly string[] _aliases;
    private StopWordSet? _stopWords;
    private RuleBasedSentenceSplitter? _splitter;

    private Language(
        string code,
        string name,
        Func<SnowballProgram>? createStemmer,
        Func<FrozenSet<string>> stopWords,
        LanguageTraits traits = LanguageTraits.None,
        string[]? elisions = null,
        string[]? aliases = null)
    {
        Code = code;
        Name = name;
        _createStemmer = createStemmer;
        _loadStopWords = stopWords;
        _aliases = aliases ?? [];
        Traits = traits;
        TermOptions = new TermOptions(this);
        Elisions = elisions is null ? null : FrozenSet.Create(StringComparer.Ordinal, elisions).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>English: the Snowball English (Porter2) stemmer and the Snowball stop list with news reporting verbs.</summary>
    public static Language English { get; } = new("en", "English", static () => new EnglishStemmer(),
        static () => Summarizer.StopWords.Snowball("english", Summarizer.StopWords.EnglishExtra), LanguageTraits.PossessiveS);

    /// <summary>German.</summary>
    public static Language German { get; } = new("de", "German", static () => new GermanStemmer(),
        static () => Summarizer.StopWords.Snowball("german", Summarizer.StopWords.GermanExtra));

    /// <summary>French; elided articles and pronouns (<c>l'</c>, <c>qu'</c>) are removed before stemming.</summary>
    public static Language French { get; } = new("fr", "French", static () => new FrenchStemmer(),
        static () => Summarizer.StopWords.Snowball("french"),
        elisions: ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]);

    /// <summary>Spanish.</summary>
    public static Language Spanish { get; } = new("es", "Spanish", static () => new SpanishStemmer(),
        static () => Summarizer.StopWords.Snowball("spanish"));

    /// <summary>Italian; elided articles and prepositions (<c>l'</c>, <c>dell'</c>) are removed before stemming.</summary>
    public static Language Italian { get; } = new("it", "Italian", static () => new ItalianStemmer(),
        static () => Summarizer.StopWords.Snowball("italian"),
        elisions: ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest", "nessun", "buon"]);

    /// <summary>Portuguese.</summary>
    public static Language Portuguese { get; } = new("pt", "Portuguese", static () => new PortugueseStemmer(),
        static () => Summarizer.StopWords.Snowball("portuguese"));

    /// <summary>Dutch.</summary>
    public static Language Dutch { get; } = new("nl", "Dutch", static () => new DutchStemmer(),
        static () => Summarizer.StopWords.Snowball("dutch"));

    /// <summary>Russian.</summary>
    public static Language Russian { get; } = new("ru", "Russian", static () => new RussianStemmer(),
        static () => Summarizer.StopWords.Snowball("russian", Summarizer.StopWords.RussianExtra));

    /// <summary>Swedish.</summary>
    public static Language Swedish { get; } = new("sv", "Swedish", static () => new SwedishStemmer(),
        static () => Summarizer.StopWords.Snowball("swedish"));

    /// <summary>Danish.</summary>
    public static Language Danish { get; } = new("da", "Danish", static () => new DanishStemmer(),
        static () => Summarizer.StopWords.Snowball("danish"));

    /// <summary>Norwegian (Bokmål stemmer; the stop list covers Bokmål and Nynorsk; <c>nb</c> and <c>nn</c> find it too).</summary>
    public static Language Norwegian { get; } = new("no", "Norwegian", static () => new NorwegianStemmer(),
        static () => Summarizer.StopWords.Snowball("norwegian"), aliases: ["nb", "nn"]);

    /// <summary>Finnish.</summary>
    public static Language Finnish { get; } = new("fi", "Finnish", static () => new FinnishStemmer(),
        static () => Summarizer.StopWords.Snowball("finnish"));

    /// <summary>Hungarian.</summary>
    public static Language Hungarian { get; } = new("hu", "Hungarian", static () => new HungarianStemmer(),
        static () => Summarizer.StopWords.Snowball("hungarian"));

    /// <summary>Romanian; the comma-below letters <c>ș ț</c> are read as the cedilla forms the stemmer expects.</summary>
    public static Language Romanian { get; } = new("ro", "Romanian", static () => new RomanianStemmer(),
        static () => Summarizer.StopWords.Lucene("Ro"), LanguageTraits.CommaBelowAsCedilla);

    /// <summary>Turkish; <c>I</c> lower-cases to dotless <c>ı</c>.</summary>
    public static Language Turkish { get; } = new("tr", "Turkish", static () => new TurkishStemmer(),
        static () => Summarizer.StopWords.Lucene("Tr"), LanguageTraits.DotlessI);

    /// <summary>Chinese: overlapping Han character bigrams, no stemming.</summary>
    public static Language Chinese { get; } = new("zh", "Chinese", null, Summarizer.StopWords.None, LanguageTraits.CharacterBigrams);

    /// <summary>Japanese: overlapping character bigrams over Kanji and Kana, no stemming.</summary>
    public static Language Japanese { get; } = new("ja", "Japanese", null, Summarizer.StopWords.None, LanguageTraits.CharacterBigrams);

    /// <summary>Korean: overlapping Hangul character bigrams, no stemming.</summary>
    public static Language Korean { get; } = new("ko", "Korean", null, Summarizer.StopWords.None, LanguageTraits.CharacterBigrams);

    /// <summary>Thai: overlapping character bigrams, no stemming.</summary>
    public static Language Thai { get; } = new("th", "Thai", null, Summarizer.StopWords.None, LanguageTraits.CharacterBigrams);

    /// <summary>Every supported language, English first.</summary>
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

    /// <summary>
    /// Whether the language is written without spaces between words and read as overlapping character bigrams, with no
    /// stop words and no stemmer (Chinese, Japanese, Korean, Thai); such languages are told by their script, not by
    /// stop words.
    /// </summary>
    public bool UsesCharacterBigrams => (Traits & LanguageTraits.CharacterBigrams) != 0;

    /// <summary>
    /// The rule-based sentence splitter with this language's rules and abbreviation list (the language-neutral rules
    /// for a language without its own list), shared and thread-safe; the same instance as
    /// <see cref="SentenceSplitter.ForLanguage(string)"/> returns for <see cref="Code"/>.
    /// </summary>
    public SentenceSplitter Splitter => RuleSplitter;

    /// <summary>The splitter as its concrete type, made on first use and then shared.</summary>
    internal RuleBasedSentenceSplitter RuleSplitter
    {
        get
        {
            RuleBasedSentenceSplitter? splitter = Volatile.Read(ref _splitter);
            if (splitter is null)
            {
                // Two threads may both make one; the rules are cached per data file, so either may win.
                splitter = RuleBasedSentenceSplitter.For(this);
                splitter = Interlocked.CompareExchange(ref _splitter, splitter, null) ?? splitter;
            }

            return splitter;
        }
    }

    /// <summary>How a summarizer makes the terms of a text in this language, made once.</summary>
    internal TermOptions TermOptions { get; }

    /// <summary>How the language's words are read, beyond stop words and stemmer.</summary>
    internal LanguageTraits Traits { get; }

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
                set = new StopWordSet(_loadStopWords());
                Interlocked.CompareExchange(ref _stopWords, set, null);
            }

            return set;
        }
    }

    /// <summary>Elided prefixes (without the apostrophe) removed from the front of a word, or null.</summary>
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? Elisions { get; }

    /// <summary>Finds a language by its code.</summary>
    /// <param name="code">
    /// An ISO 639-1 code or a BCP 47 tag, case-insensitive, surrounding white space ignored: <c>de</c>, <c>DE</c>,
    /// <c>de-AT</c> and <c>pt_BR</c> take their primary subtag; <c>nb</c> and <c>nn</c> mean Norwegian.
    /// </param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No supported language has that code; the message lists the supported codes.</exception>
    public static Language FromCode(string code) => Find(code, nameof(code));

    /// <summary>Finds a language by its code; see <see cref="FromCode(string)"/> for what is accepted.</summary>
    /// <param name="code">An ISO 639-1 code or a BCP 47 tag, such as <c>de</c> or <c>de-AT</c>.</param>
    /// <param name="language">The language, or null when none has that code.</param>
    /// <returns>Whether a supported language has that code.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Language? language)
    {
        language = null;
        if (code is null)
        {
            return false;
        }

        ReadOnlySpan<char> primary = PrimarySubtag(code);
        foreach (Language candidate in All)
        {
            if (primary.Equals(candidate.Code, StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
                return true;
            }

            foreach (string alias in candidate._aliases)
            {
                if (primary.Equals(alias, StringComparison.OrdinalIgnoreCase))
                {
                    language = candidate;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The codes of <see cref="All"/>, comma-separated, for messages and help text.</summary>
    internal static string SupportedCodes { get; } = JoinCodes();

    /// <summary><see cref="FromCode(string)"/> with the parameter name of the public caller.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No supported language has that code.</exception>
    internal static Language Find(string code, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        return TryFromCode(code, out Language? language)
            ? language
            : throw new ArgumentException(
                $"'{code}' is not the code of a supported language; supported: {SupportedCodes} (a BCP 47 tag such as de-AT is read by its primary subtag).",
                paramName);
    }

    // "de-AT", "pt_BR", " EN " -> "de", "pt", "EN": the primary subtag, trimmed.
    private static ReadOnlySpan<char> PrimarySubtag(string code)
    {
        ReadOnlySpan<char> span = code.AsSpan().Trim();
        int separator = span.IndexOfAny('-', '_');
        return separator >= 0 ? span[..separator] : span;
    }

    private static string JoinCodes()
    {
        var codes = new string[All.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = All[i].Code;
        }

        return string.Join(", ", codes);
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

/// <summary>What a language reads differently, beyond its stop words and stemmer.</summary>
[Flags]
internal enum LanguageTraits
{
    None = 0,

    /// <summary>The possessive <c>'s</c> is removed before stemming (English).</summary>
    PossessiveS = 1,

    /// <summary><c>I</c> lower-cases to dotless <c>ı</c> and <c>İ</c> to <c>i</c> (Turkish).</summary>
    DotlessI = 2,

    /// <summary>The comma-below letters <c>ș ț</c> are read as the cedilla forms (Romanian).</summary>
    CommaBelowAsCedilla = 4,

    /// <summary>Written without spaces; read as character bigrams, without stop words or stemmer.</summary>
    CharacterBigrams = 8,
}
