using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Bg;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Hi;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Lv;
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
/// a text from the stop words and letters it uses. The language of <see cref="SummarizerOptions.Language"/>, or the one guessed
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
    private readonly Func<WordStemmer>? _createStemmer;
    private readonly Func<FrozenSet<string>> _loadStopWords;
    private readonly string[] _aliases;
    private StopWordSet? _stopWords;
    private RuleBasedSentenceSplitter? _splitter;

    private Language(
        string code,
        string name,
        WritingScript script,
        Func<WordStemmer>? createStemmer,
        Func<FrozenSet<string>> stopWords,
        LanguageTraits traits = LanguageTraits.None,
        string[]? elisions = null,
        string[]? aliases = null)
    {
        Code = code;
        Name = name;
        Script = script;
        _createStemmer = createStemmer;
        _loadStopWords = (traits & LanguageTraits.Normalizes) != 0 ? () => Normalized(stopWords()) : stopWords;
        _aliases = aliases ?? [];
        Traits = traits;
        TermOptions = new TermOptions(this);
        Elisions = elisions is null ? null : FrozenSet.Create(StringComparer.Ordinal, elisions).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>English: the Snowball English (Porter2) stemmer and the Snowball stop list with news reporting verbs.</summary>
    public static Language English { get; } = new("en", "English", WritingScript.Latin, Snowball<EnglishStemmer>,
        static () => Summarizer.StopWords.Snowball("english", Summarizer.StopWords.EnglishExtra), LanguageTraits.PossessiveS);

    /// <summary>German.</summary>
    public static Language German { get; } = new("de", "German", WritingScript.Latin, Snowball<GermanStemmer>,
        static () => Summarizer.StopWords.Snowball("german", Summarizer.StopWords.GermanExtra), LanguageTraits.NounCapitals);

    /// <summary>French; elided articles and pronouns (<c>l'</c>, <c>qu'</c>) are removed before stemming.</summary>
    public static Language French { get; } = new("fr", "French", WritingScript.Latin, Snowball<FrenchStemmer>,
        static () => Summarizer.StopWords.Snowball("french", Summarizer.StopWords.FrenchExtra),
        elisions: ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]);

    /// <summary>Spanish.</summary>
    public static Language Spanish { get; } = new("es", "Spanish", WritingScript.Latin, Snowball<SpanishStemmer>,
        static () => Summarizer.StopWords.Snowball("spanish"));

    /// <summary>Italian; elided articles and prepositions (<c>l'</c>, <c>dell'</c>) are removed before stemming.</summary>
    public static Language Italian { get; } = new("it", "Italian", WritingScript.Latin, Snowball<ItalianStemmer>,
        static () => Summarizer.StopWords.Snowball("italian"),
        elisions: ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest", "nessun", "buon"]);

    /// <summary>Portuguese.</summary>
    public static Language Portuguese { get; } = new("pt", "Portuguese", WritingScript.Latin, Snowball<PortugueseStemmer>,
        static () => Summarizer.StopWords.Snowball("portuguese"));

    /// <summary>Dutch.</summary>
    public static Language Dutch { get; } = new("nl", "Dutch", WritingScript.Latin, Snowball<DutchStemmer>,
        static () => Summarizer.StopWords.Snowball("dutch"));

    /// <summary>Russian.</summary>
    public static Language Russian { get; } = new("ru", "Russian", WritingScript.Cyrillic, Snowball<RussianStemmer>,
        static () => Summarizer.StopWords.Snowball("russian", Summarizer.StopWords.RussianExtra));

    /// <summary>Swedish.</summary>
    public static Language Swedish { get; } = new("sv", "Swedish", WritingScript.Latin, Snowball<SwedishStemmer>,
        static () => Summarizer.StopWords.Snowball("swedish"));

    /// <summary>Danish.</summary>
    public static Language Danish { get; } = new("da", "Danish", WritingScript.Latin, Snowball<DanishStemmer>,
        static () => Summarizer.StopWords.Snowball("danish", Summarizer.StopWords.DanishExtra));

    /// <summary>Norwegian (Bokmål stemmer; the stop list covers Bokmål and Nynorsk; <c>nb</c> and <c>nn</c> find it too).</summary>
    public static Language Norwegian { get; } = new("no", "Norwegian", WritingScript.Latin, Snowball<NorwegianStemmer>,
        static () => Summarizer.StopWords.Snowball("norwegian"), aliases: ["nb", "nn"]);

    /// <summary>Finnish.</summary>
    public static Language Finnish { get; } = new("fi", "Finnish", WritingScript.Latin, Snowball<FinnishStemmer>,
        static () => Summarizer.StopWords.Snowball("finnish"));

    /// <summary>Hungarian.</summary>
    public static Language Hungarian { get; } = new("hu", "Hungarian", WritingScript.Latin, Snowball<HungarianStemmer>,
        static () => Summarizer.StopWords.Snowball("hungarian"));

    /// <summary>Romanian; the comma-below letters <c>ș ț</c> are read as the cedilla forms the stemmer expects.</summary>
    public static Language Romanian { get; } = new("ro", "Romanian", WritingScript.Latin, Snowball<RomanianStemmer>,
        static () => Summarizer.StopWords.Lucene("Ro"), LanguageTraits.CommaBelowAsCedilla);

    /// <summary>Turkish; <c>I</c> lower-cases to dotless <c>ı</c>.</summary>
    public static Language Turkish { get; } = new("tr", "Turkish", WritingScript.Latin, Snowball<TurkishStemmer>,
        static () => Summarizer.StopWords.Lucene("Tr"), LanguageTraits.DotlessI);

    /// <summary>Catalan; elided articles and pronouns (<c>l'</c>, <c>d'</c>) are removed before stemming.</summary>
    public static Language Catalan { get; } = new("ca", "Catalan", WritingScript.Latin, Snowball<CatalanStemmer>,
        static () => Summarizer.StopWords.Lucene("Ca"), elisions: ["d", "l", "m", "n", "s", "t"]);

    /// <summary>Basque.</summary>
    public static Language Basque { get; } = new("eu", "Basque", WritingScript.Latin, Snowball<BasqueStemmer>,
        static () => Summarizer.StopWords.Lucene("Eu"));

    /// <summary>Czech: Lucene's light Czech stemmer (Dolamic and Savoy).</summary>
    public static Language Czech { get; } = new("cs", "Czech", WritingScript.Latin,
        static () => WordStemmer.InPlace(new CzechStemmer().Stem), static () => Summarizer.StopWords.Lucene("Cz"));

    /// <summary>Polish: the project's light Polish stemmer and stop list (Lucene.Net.Analysis.Common has neither).</summary>
    public static Language Polish { get; } = new("pl", "Polish", WritingScript.Latin,
        static () => WordStemmer.InPlace(PolishLightStemmer.Stem), static () => Summarizer.StopWords.Embedded("pl"));

    /// <summary>Latvian: Lucene's light Latvian stemmer.</summary>
    public static Language Latvian { get; } = new("lv", "Latvian", WritingScript.Latin,
        static () => WordStemmer.InPlace(new LatvianStemmer().Stem), static () => Summarizer.StopWords.Lucene("Lv"));

    /// <summary>
    /// Indonesian: Lucene's Indonesian stemmer (Asian and Tala), derivational affixes included, and plurals written by
    /// repetition read as the word (<c>korban-korban</c>); <c>ms</c> (Malay) finds it too.
    /// </summary>
    public static Language Indonesian { get; } = new("id", "Indonesian", WritingScript.Latin,
        static () =>
        {
            var stemmer = new IndonesianStemmer();
            return WordStemmer.InPlace((buffer, length) => stemmer.Stem(buffer, length, stemDerivational: true));
        },
        static () => Summarizer.StopWords.Lucene("Id"), LanguageTraits.Reduplication, aliases: ["ms"]);

    /// <summary>Ukrainian: the project's light Ukrainian stemmer and stop list (Lucene.Net.Analysis.Common has neither).</summary>
    public static Language Ukrainian { get; } = new("uk", "Ukrainian", WritingScript.Cyrillic,
        static () => WordStemmer.InPlace(UkrainianLightStemmer.Stem), static () => Summarizer.StopWords.Embedded("uk"));

    /// <summary>Bulgarian: Lucene's light Bulgarian stemmer.</summary>
    public static Language Bulgarian { get; } = new("bg", "Bulgarian", WritingScript.Cyrillic,
        static () => WordStemmer.InPlace(new BulgarianStemmer().Stem), static () => Summarizer.StopWords.Lucene("Bg"));

    /// <summary>Greek: accents and the final sigma folded, Lucene's stop list; no stemmer.</summary>
    public static Language Greek { get; } = new("el", "Greek", WritingScript.Greek,
        static () => WordStemmer.InPlace(null, WordStemmer.FoldGreek), static () => Summarizer.StopWords.Lucene("El"),
        LanguageTraits.Normalizes | LanguageTraits.NotStemmed);

    /// <summary>Arabic: Lucene's Arabic normalization (diacritics, alef and yeh variants) and Larkey's light stemming.</summary>
    public static Language Arabic { get; } = new("ar", "Arabic", WritingScript.Arabic,
        static () => WordStemmer.InPlace(ArabicLightStemmer.Stem, new ArabicNormalizer().Normalize),
        static () => Summarizer.StopWords.Lucene("Ar", Summarizer.StopWords.ArabicExtra), LanguageTraits.Normalizes);

    /// <summary>Persian: Lucene's Arabic and Persian normalizations and stop list, as Lucene's Persian analyzer; no stemmer.</summary>
    public static Language Persian { get; } = new("fa", "Persian", WritingScript.Arabic,
        static () =>
        {
            var arabic = new ArabicNormalizer();
            var persian = new PersianNormalizer();
            return WordStemmer.InPlace(null, (buffer, length) => persian.Normalize(buffer, arabic.Normalize(buffer, length)));
        },
        static () => Summarizer.StopWords.Lucene("Fa"), LanguageTraits.Normalizes | LanguageTraits.NotStemmed);

    /// <summary>Hindi: Lucene's Hindi normalization and its light Hindi stemmer (Ramanathan and Rao).</summary>
    public static Language Hindi { get; } = new("hi", "Hindi", WritingScript.Devanagari,
        static () => WordStemmer.InPlace(new HindiStemmer().Stem, new HindiNormalizer().Normalize),
        static () => Summarizer.StopWords.Lucene("Hi"), LanguageTraits.Normalizes);

    /// <summary>Armenian.</summary>
    public static Language Armenian { get; } = new("hy", "Armenian", WritingScript.Armenian, Snowball<ArmenianStemmer>,
        static () => Summarizer.StopWords.Lucene("Hy"));

    /// <summary>Chinese: overlapping Han character bigrams, no stemming.</summary>
    public static Language Chinese { get; } = new("zh", "Chinese", WritingScript.Other, null, Summarizer.StopWords.None, LanguageTraits.CharacterBigrams);

    /// <summary>Japanese: overlapping character bigrams over Kanji and Kana, no stemming.</summary>
    public static Language Japanese { get; } = new("ja", "Japanese", WritingScript.Other, null, Summarizer.StopWords.None, LanguageTraits.CharacterBigrams);

    /// <summary>Korean: overlapping Hangul character bigrams, no stemming.</summary>
    public static Language Korean { get; } = new("ko", "Korean", WritingScript.Other, null, Summarizer.StopWords.None, LanguageTraits.CharacterBigrams);

    /// <summary>Thai: overlapping character bigrams, no stemming.</summary>
    public static Language Thai { get; } = new("th", "Thai", WritingScript.Other, null, Summarizer.StopWords.None, LanguageTraits.CharacterBigrams);

    /// <summary>
    /// Undetermined (<c>und</c>, the BCP 47 code): a text in a script none of the other languages is written in
    /// (Hebrew, Georgian, Bengali, Tamil...). Words are read as they are, lower-cased, with no stop words and no stemmer,
    /// and sentences are split by the language-neutral rules.
    /// </summary>
    public static Language Undetermined { get; } = new("und", "Undetermined", WritingScript.Other, null, Summarizer.StopWords.None);

    /// <summary>Every supported language, English first.</summary>
    public static IReadOnlyList<Language> All { get; } =
    [
        English, German, French, Spanish, Italian, Portuguese, Dutch, Russian, Swedish, Danish, Norwegian, Finnish,
        Hungarian, Romanian, Turkish, Catalan, Basque, Czech, Polish, Latvian, Indonesian, Ukrainian, Bulgarian, Greek, Arabic, Persian,
        Hindi, Armenian, Chinese, Japanese, Korean, Thai, Undetermined,
    ];

    /// <summary>The ISO 639-1 code: <c>en</c>, <c>de</c>, <c>ru</c>...</summary>
    public string Code { get; }

    /// <summary>The English name: <c>English</c>, <c>German</c>, <c>Russian</c>...</summary>
    public string Name { get; }

    /// <summary>Whether words are stemmed; false for the scripts read as character bigrams, Greek and <see cref="Undetermined"/>.</summary>
    public bool HasStemmer => _createStemmer is not null && (Traits & LanguageTraits.NotStemmed) == 0;

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
    /// <returns>
    /// The language; <see cref="English"/> when a Latin-script text is too short or unclear to tell;
    /// <see cref="Undetermined"/> when most of its words are in a script no language here is written in.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>
    /// Texts written mostly in Han, Kana, Hangul or Thai are told by their script. Otherwise the script most words are
    /// written in decides: one that a single language here is written in (Greek, Devanagari, Armenian) gives that
    /// language, one that none is written in gives <see cref="Undetermined"/>, and so does a text of which a quarter of
    /// the words (a tenth in the Arabic script) have letters that only languages not here write (Slovak "ľ", Vietnamese "ư" or "ế", Serbian
    /// "ђ", Urdu "ے"; Belarusian "ў", and its "і" in a text that also writes "ў" and Russian's "ы"). Among the languages of the Latin, Cyrillic and Arabic scripts every word of the text that is a
    /// stop word of some of them votes for them, a word shared by <c>k</c> languages with weight <c>1/√k</c>, and every
    /// word with letters that only some of them write ("ě" Czech, "ã" Portuguese, "ы" Russian, "گ" Persian; a doubled "ää" or "öö" Finnish) with half
    /// that (a quarter for a capitalized word inside a sentence, as names are written); single letters before a period ("a.m.", initials) do not vote. With four stop words or more the language
    /// with the most votes wins; with fewer, one that letters written by at most three languages point at, if it has
    /// half as many votes again as any language that does not write them (the first listed of those that do, on a
    /// tie: Danish before Norwegian), or one with two votes or more and twice any other's ("du", "dira", "ditu" in a
    /// short Basque text); else the script's first language (English, Russian, Arabic). The whole text is read unless, in a Latin or Cyrillic text (as a sample of its letters says),
    /// one language leads every other of its script fourfold over 64 stop words read in four windows spread evenly over
    /// the text, 16 each from the first word of each quarter: an opening in another language than the rest (a thesis's
    /// English abstract over a German text) does not decide the text, whose vote then counts every word. A text of which
    /// one window is in one language here and another in another, each with twice the other's votes there (a German
    /// e-mail over an English disclaimer, a press release in English and French), is in the one that leads in more of
    /// sixteen narrower windows (the first named on a tie), not <see cref="Undetermined"/>; a window names a language only
    /// as prose does, a quarter of its words stop words and many of them different (a start list's "( ni )" and "( sa )",
    /// a changelog's "U+2336", name none).
    /// </remarks>
    public static Language Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LanguageGuesser.Guess(text);
    }

    /// <summary>Guesses the language of <paramref name="text"/>; see <see cref="Detect(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The language; see <see cref="Detect(string)"/>.</returns>
    public static Language Detect(ReadOnlySpan<char> text) => LanguageGuesser.Guess(text);

    /// <summary>A new stemmer and normalizer for this language (not thread-safe: one per document), or null.</summary>
    internal WordStemmer? CreateStemmer() => _createStemmer?.Invoke();

    /// <summary>The script the language is written in, for the guess; <see cref="WritingScript.Other"/> for those told otherwise.</summary>
    internal WritingScript Script { get; }

    /// <summary>A Snowball stemmer of type <typeparamref name="T"/>.</summary>
    private static WordStemmer Snowball<T>()
        where T : SnowballProgram, new() => WordStemmer.Snowball(new T());

    /// <summary>A stop list spelled as <see cref="WordStemmer.Normalize"/> spells the text's words.</summary>
    private FrozenSet<string> Normalized(FrozenSet<string> words)
    {
        WordStemmer stemmer = CreateStemmer()!;
        var normalized = new HashSet<string>(StringComparer.Ordinal);
        char[] buffer = new char[32];
        foreach (string word in words)
        {
            if (buffer.Length < word.Length)
            {
                buffer = new char[word.Length * 2];
            }

            word.CopyTo(buffer);
            int length = stemmer.Normalize(buffer, word.Length);
            if (length > 0)
            {
                normalized.Add(new string(buffer, 0, length));
            }
        }

        return normalized.ToFrozenSet(StringComparer.Ordinal);
    }

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

    /// <summary>Words are normalized by <see cref="WordStemmer.Normalize"/> before the stop-word lookup (and the stop list with them).</summary>
    Normalizes = 16,

    /// <summary>The <see cref="WordStemmer"/> only normalizes: words are not stemmed.</summary>
    NotStemmed = 32,

    /// <summary>A word written twice with a hyphen is the word (Indonesian plurals: <c>korban-korban</c> is <c>korban</c>).</summary>
    Reduplication = 64,

    /// <summary>Every noun is capitalized (German): a keyphrase is made of words written with a capital inside a sentence.</summary>
    NounCapitals = 128,
}

/// <summary>The script a language is written in, as the language guess tells them apart.</summary>
internal enum WritingScript
{
    /// <summary>Any other script, or a language told by other means (the character-bigram languages, <see cref="Language.Undetermined"/>).</summary>
    Other,

    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Devanagari,
    Armenian,
}
