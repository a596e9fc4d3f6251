using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Numerics;
using System.Text;

namespace Summarizer;

/// <summary>
/// A cheap guess of the language of a text: the script for Chinese, Japanese, Korean and Thai, otherwise a vote of
/// the stop words it uses. See <see cref="Language.Detect(string)"/>.
/// </summary>
internal static class LanguageGuesser
{
    /// <summary>
    /// With fewer votes among the languages of its script than this, a text is too short to tell by its words: it is
    /// read as the first language of that script (English for Latin, Russian for Cyrillic, Arabic), unless letters
    /// that only some of them write give one of them twice the votes of any other.
    /// </summary>
    internal const int MinStopWords = 4;

    /// <summary>The stop words of the first vote, which a clear lead ends (<see cref="Windows"/> windows of the text, this many in all).</summary>
    private const int EarlyCheck = 64;

    /// <summary>
    /// The windows the first vote reads, spread evenly over the text, each up to its share of
    /// <see cref="EarlyCheck"/> stop words: a text whose opening is in another language than the rest (a thesis's
    /// English abstract over a German text, an English quotation before a French report) is not decided by its opening.
    /// </summary>
    private const int Windows = 4;

    /// <summary>The windows that tell which of two languages a text is mostly in, each up to its share of <see cref="EarlyCheck"/> stop words.</summary>
    private const int NarrowWindows = 16;

    // The languages told apart by stop words: every one not read as character bigrams (those are told by script),
    // at most 32 (a word's voters are a bit mask). English first, so that ties go to it.
    private static readonly Language[] s_voters = Voters();

    private static readonly Lazy<VoteTable> s_votes = new(BuildVotes);

    /// <summary>
    /// The language of <paramref name="text"/>: a first vote over <see cref="EarlyCheck"/> stop words read in
    /// <see cref="Windows"/> windows spread over it decides when one language of the script most of the text is written
    /// in (a sample of its letters says which, so that an English lead does not decide an Arabic article) leads
    /// clearly; otherwise the vote of the whole text does.
    /// </summary>
    public static Language Guess(ReadOnlySpan<char> text)
    {
        Span<double> scores = stackalloc double[s_voters.Length];
        Span<char> lower = stackalloc char[VoteTable.MaxLength];
        Span<int> scripts = stackalloc int[ScriptCount];
        Span<int> scriptStopWords = stackalloc int[ScriptCount];
        Span<int> backers = stackalloc int[s_voters.Length];
        // Each window's own votes and backers (the counts before it, then its own), and the language its stop words
        // name (Named), or -1.
        Span<double> windowVotes = stackalloc double[Windows * s_voters.Length];
        Span<int> windowBackers = stackalloc int[s_voters.Length];
        Span<int> windowNames = stackalloc int[Windows];
        windowNames.Fill(-1);
        var tally = new Tally(s_votes.Value, scores, lower, scripts, scriptStopWords, backers);
        int windowStopWords = EarlyCheck / Windows;
        for (int w = 0; w < Windows; w++)
        {
            (int from, int to) = Window(text, w, Windows);
            Span<double> votes = windowVotes.Slice(w * s_voters.Length, s_voters.Length);
            scores.CopyTo(votes);
            backers.CopyTo(windowBackers);
            int wordsBefore = tally.Words;
            tally.Distinct = 0;
            int found = tally.Read(text, from, to, windowStopWords);
            for (int i = 0; i < votes.Length; i++)
            {
                votes[i] = scores[i] - votes[i];
                windowBackers[i] = backers[i] - windowBackers[i];
            }

            // A window short of stop words names no language: a short text's, or a list's.
            windowNames[w] = found == windowStopWords && IsProse(found, tally.Words - wordsBefore, tally.Distinct)
                ? Named(votes, windowBackers, windowStopWords) : -1;
        }

        // Latin and Cyrillic only: the Arabic script's texts are read whole, and so are those of Han, Kana, Hangul or Thai.
        if (tally.StopWords == EarlyCheck && tally.Cjk < tally.Words)
        {
            WritingScript sampled = SampledScript(text);
            if (sampled is WritingScript.Latin or WritingScript.Cyrillic && sampled == Dominant(scripts)
                && tally.Belarusian.Foreign(tally.Foreign) * 4 < tally.Words && IsDecided(scores, sampled, out int winner))
            {
                return s_voters[winner];
            }
        }

        if (TwoLanguages(windowVotes, windowNames, out int first, out int second))
        {
            // The text is in the one that leads in more of its narrow windows, which stand for its length; on a tie, the
            // one named first, nearer the opening.
            int lead = 0;
            for (int w = 0; w < NarrowWindows; w++)
            {
                (int from, int to) = Window(text, w, NarrowWindows);
                tally = new Tally(s_votes.Value, scores, lower, scripts, scriptStopWords, backers);
                int stopWords = tally.Read(text, from, to, EarlyCheck / NarrowWindows);
                lead += IsProse(stopWords, tally.Words, tally.Distinct) ? Math.Sign(scores[first] - scores[second]) : 0;
            }

            return s_voters[lead >= 0 ? first : second];
        }

        // Otherwise the whole text votes.
        tally = new Tally(s_votes.Value, scores, lower, scripts, scriptStopWords, backers);
        tally.Read(text, 0, text.Length, int.MaxValue);
        return tally.Decide();
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> reads as prose in another language than <paramref name="language"/>: its stop
    /// words (<see cref="VoteOfSentence"/>) give another language here half as many votes again as
    /// <paramref name="language"/>. A quotation in French inside an English report, the German half of a bilingual
    /// notice; not a list of names with particles ("Jean de la Fontaine, Marie du Pont"). False for a language told by
    /// its script (Chinese, Japanese, Korean, Thai) or undetermined.
    /// </summary>
    public static bool ReadsAsOther(ReadOnlySpan<char> sentence, Language language)
    {
        int own = Array.IndexOf(s_voters, language);
        Span<double> scores = stackalloc double[s_voters.Length];
        if (own < 0 || !VoteOfSentence(sentence, scores))
        {
            return false;
        }

        int best = Leader(scores, -1);
        return best != own && scores[best] >= 1.5 * scores[own];
    }

    /// <summary>
    /// The language <paramref name="sentence"/> reads as prose in (<see cref="VoteOfSentence"/>), when it has half as
    /// many votes again as any other; else null.
    /// </summary>
    public static Language? ProseLanguage(ReadOnlySpan<char> sentence)
    {
        Span<double> scores = stackalloc double[s_voters.Length];
        if (!VoteOfSentence(sentence, scores))
        {
            return null;
        }

        int best = Leader(scores, -1);
        return scores[best] >= 1.5 * scores[Leader(scores, best)] ? s_voters[best] : null;
    }

    /// <summary>
    /// The fewest stop words of a sentence that <see cref="VoteOfSentence"/> reads as a language's, one fewer of them
    /// different: a possessive's "s" (Czech "with") three times over and "on" are no Czech sentence ("liverpool 's players
    /// surround lucas following sissoko 's dangerous tackle").
    /// </summary>
    private const int MinSentenceStopWords = 6;

    /// <summary>
    /// Counts the votes of <paramref name="sentence"/>'s stop words into <paramref name="scores"/>; whether they are
    /// enough to say its language: at least <see cref="MinSentenceStopWords"/>, one fewer of them different, a quarter
    /// and more of its words (<see cref="IsProse"/>).
    /// </summary>
    private static bool VoteOfSentence(ReadOnlySpan<char> sentence, Span<double> scores)
    {
        Span<char> lower = stackalloc char[VoteTable.MaxLength];
        Span<int> scripts = stackalloc int[ScriptCount];
        Span<int> scriptStopWords = stackalloc int[ScriptCount];
        Span<int> backers = stackalloc int[s_voters.Length];
        var tally = new Tally(s_votes.Value, scores, lower, scripts, scriptStopWords, backers);
        int found = tally.Read(sentence, 0, sentence.Length, int.MaxValue);
        return found >= MinSentenceStopWords && BitOperations.PopCount(tally.Distinct) >= MinSentenceStopWords - 1
            && IsProse(found, tally.Words, tally.Distinct);
    }

    /// <summary>The language with the most votes in <paramref name="scores"/> other than <paramref name="except"/> (the first on a tie).</summary>
    private static int Leader(ReadOnlySpan<double> scores, int except)
    {
        int best = except == 0 ? 1 : 0;
        for (int i = best + 1; i < scores.Length; i++)
        {
            best = i != except && scores[i] > scores[best] ? i : best;
        }

        return best;
    }

    /// <summary>
    /// Whether a window of <paramref name="words"/> words with <paramref name="stopWords"/> stop words reads as prose, whose
    /// short words are a quarter and more of its words, of many kinds (<paramref name="distinct"/>, a bit for each, about
    /// half of them different), and say its language: not a list of names and codes, where "ni", "sa" and "els" stand for
    /// Northern Ireland, South Africa and Ernie Els ("15:10 darren clarke ( ni ) , ..."), nor a changelog's code points,
    /// where Czech's "u" is the "U" of "U+2336".
    /// </summary>
    private static bool IsProse(int stopWords, int words, ulong distinct) =>
        stopWords * 4 >= words && BitOperations.PopCount(distinct) * 2 >= stopWords;

    /// <summary>
    /// The language a window's <paramref name="stopWords"/> stop words name, given its <paramref name="votes"/> and
    /// <paramref name="backers"/>: the one with the most votes, when three quarters of them are its own (a language not
    /// here scatters its short words among several, <see cref="IsScattered"/>); -1 for none.
    /// </summary>
    private static int Named(ReadOnlySpan<double> votes, ReadOnlySpan<int> backers, int stopWords)
    {
        int best = 0;
        for (int i = 1; i < votes.Length; i++)
        {
            best = votes[i] > votes[best] ? i : best;
        }

        return votes[best] > 0 && backers[best] * 4 >= stopWords * 3 ? best : -1;
    }

    /// <summary>
    /// Whether the text is in two languages here of one script: one window names one (<paramref name="names"/>) with
    /// twice the other's votes in it (<paramref name="windowVotes"/>, a window's after another's), and another window the
    /// other with twice the first's (a German e-mail over an English disclaimer, an English abstract over a German thesis,
    /// a press release in English and French; not Danish and Norwegian, which share their stop words). Its stop words are
    /// those of two languages, not scattered as a language not here spreads them; two scripts are told apart by the
    /// script most words are written in. <paramref name="first"/> is the one named first.
    /// </summary>
    private static bool TwoLanguages(ReadOnlySpan<double> windowVotes, ReadOnlySpan<int> names, out int first, out int second)
    {
        int n = s_voters.Length;
        for (int i = 0; i < names.Length; i++)
        {
            for (int j = i + 1; j < names.Length; j++)
            {
                first = names[i];
                second = names[j];
                if (first >= 0 && second >= 0 && first != second && s_voters[first].Script == s_voters[second].Script
                    && windowVotes[(i * n) + first] >= 2 * windowVotes[(i * n) + second] && windowVotes[(j * n) + second] >= 2 * windowVotes[(j * n) + first])
                {
                    return true;
                }
            }
        }

        first = second = -1;
        return false;
    }

    /// <summary>
    /// Window <paramref name="w"/> of <paramref name="count"/> spread evenly over <paramref name="text"/>: from the first
    /// word of its share of the text (<see cref="WindowStart"/>) to the next window's start.
    /// </summary>
    private static (int From, int To) Window(ReadOnlySpan<char> text, int w, int count)
    {
        int from = WindowStart(text, (int)((long)text.Length * w / count));
        int to = w + 1 < count ? WindowStart(text, (int)((long)text.Length * (w + 1) / count)) : text.Length;
        return (from, Math.Max(from, to));
    }

    /// <summary>The most characters <see cref="WindowStart"/> looks through for the end of a word.</summary>
    private const int MaxWordSkip = 64;

    /// <summary>
    /// Where a window that starts at <paramref name="position"/> begins: there at the text's start or after white space,
    /// else after the next white space, not a word's tail; there too, not inside a surrogate pair, when no white space
    /// follows within <see cref="MaxWordSkip"/> characters (text written without spaces).
    /// </summary>
    private static int WindowStart(ReadOnlySpan<char> text, int position)
    {
        if (position == 0 || position >= text.Length || char.IsWhiteSpace(text[position - 1]))
        {
            return position;
        }

        int limit = Math.Min(text.Length, position + MaxWordSkip);
        for (int k = position; k < limit; k++)
        {
            if (char.IsWhiteSpace(text[k]))
            {
                return k + 1;
            }
        }

        // Not inside a surrogate pair (an emoji, a Han character beyond the first plane).
        return char.IsLowSurrogate(text[position]) ? position + 1 : position;
    }

    /// <summary>The counts of a vote: the stop words' votes for each language, the words by script, the telling letters.</summary>
    private ref struct Tally
    {
        private readonly VoteTable _votes;
        private readonly Span<double> _scores;
        private readonly Span<char> _lower;

        // Words by the script of their first letter, indexed by WritingScript.
        private readonly Span<int> _scripts;

        // Stop words by the script of their first letter, and how many of them each language has among its own.
        private readonly Span<int> _scriptStopWords;
        private readonly Span<int> _backers;
        private int _strongLetters;
        private int _han;
        private int _kana;
        private int _hangul;
        private int _thai;

        public Tally(VoteTable votes, Span<double> scores, Span<char> lower, Span<int> scripts, Span<int> scriptStopWords, Span<int> backers)
        {
            _votes = votes;
            _scores = scores;
            _lower = lower;
            _scripts = scripts;
            _scriptStopWords = scriptStopWords;
            _backers = backers;
            scores.Clear();
            scripts.Clear();
            scriptStopWords.Clear();
            backers.Clear();
        }

        /// <summary>The stop words counted.</summary>
        public int StopWords { get; private set; }

        /// <summary>The words counted (tokens of Han, Kana, Hangul and Thai aside).</summary>
        public int Words { get; private set; }

        /// <summary>The stop words counted, each as one bit of 64 (its slot in the table): about how many different ones there are.</summary>
        public ulong Distinct;

        /// <summary>The words with letters that no language here writes.</summary>
        public int Foreign { get; private set; }

        /// <summary>The letters that tell Belarusian from Ukrainian and Russian.</summary>
        public BelarusianLetters Belarusian;

        /// <summary>The tokens of Han, Kana, Hangul and Thai.</summary>
        public readonly int Cjk => _han + _kana + _hangul + _thai;

        /// <summary>Counts the tokens of <c>text[from..to]</c> until <paramref name="maxStopWords"/> stop words were counted there; returns how many were.</summary>
        public int Read(ReadOnlySpan<char> text, int from, int to, int maxStopWords)
        {
            int found = 0;
            foreach (Token token in WordTokenizer.Enumerate(text[from..to]))
            {
                if (found == maxStopWords)
                {
                    break;
                }

                if (Count(text, token with { Start = from + token.Start }))
                {
                    found++;
                }
            }

            return found;
        }

        /// <summary>Counts one token (its start in <paramref name="text"/>); whether it is a stop word.</summary>
        private bool Count(ReadOnlySpan<char> text, Token token)
        {
            if (token.Kind == TokenKind.Cjk)
            {
                char c = text[token.Start];
                if (c is >= '\u0E00' and <= '\u0E7F')
                {
                    _thai++;
                }
                else if (c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F')
                {
                    _kana++;
                }
                else if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
                {
                    _hangul++;
                }
                else
                {
                    _han++;
                }

                return false;
            }

            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            Words++;
            ReadOnlySpan<char> word = text.Slice(token.Start, token.Length);
            WritingScript wordScript = ScriptOf(word[0]);
            _scripts[(int)wordScript]++;
            if (word.ContainsAnyExceptInRange('\0', '\u007F'))
            {
                if (word.ContainsAny(s_foreignLetters) || word.ContainsAnyInRange('\u1EA0', '\u1EF9'))
                {
                    Foreign++;
                    Belarusian.ShortU |= word.ContainsAny('\u045E', '\u040E');
                }
                else
                {
                    Belarusian.Read(word);
                    if ((DoubledVowelMask(word) is var finnish && finnish != 0 ? finnish : LetterMask(word)) is var letters && letters != 0)
                    {
                        // Half a stop word's weight, a quarter in a capitalized word inside a sentence: names ("São
                        // Tomé", "Wałęsa") carry letters into text of any language, and a short English text shares
                        // "i", "a", "to", "on" with Polish.
                        Vote(_scores, letters, char.IsUpper(word[0]) && !OpensSentence(text, token.Start) ? LetterWeight / 2 : LetterWeight);
                        if (BitOperations.PopCount((uint)letters) <= 3)
                        {
                            _strongLetters |= letters;
                        }
                    }
                }
            }

            if (token.Length > _votes.LongestWord || IsAbbreviationLetter(text, token) || IsEtAl(text, token) || IsCoordinateMark(text, token))
            {
                return false;
            }

            int mask = _votes.Find(word, _lower, out uint slot);
            if (mask == 0)
            {
                return false;
            }

            StopWords++;
            Distinct |= 1UL << (int)(slot & 63);
            _scriptStopWords[(int)wordScript]++;
            Vote(_scores, mask);
            for (int voters = mask; voters != 0; voters &= voters - 1)
            {
                _backers[BitOperations.TrailingZeroCount(voters)]++;
            }

            return true;
        }

        /// <summary>The language of the text the tally counted whole.</summary>
        public readonly Language Decide()
        {
            int cjk = Cjk;
            if (cjk > Words)
            {
                // Japanese mixes Kanji with Kana; a text with a fair share of Kana is Japanese even when Han dominates.
                if (_kana * 5 >= cjk)
                {
                    return Language.Japanese;
                }

                if (_hangul >= _han && _hangul >= _thai)
                {
                    return Language.Korean;
                }

                return _thai >= _han ? Language.Thai : Language.Chinese;
            }

            if (Words == 0)
            {
                return Language.English;
            }

            WritingScript dominant = Dominant(_scripts);
            // Slovak, Belarusian, Urdu...: a quarter of the words have letters that only languages not here write (a tenth in
            // the Arabic script, whose texts carry few foreign names); names such as "Wałęsa" in an English report do not.
            int foreign = Belarusian.Foreign(Foreign);
            if (foreign > 0 && foreign * (dominant == WritingScript.Arabic ? 10 : 4) >= _scripts[(int)dominant])
            {
                return Language.Undetermined;
            }

            return ByScript(dominant, _scores, StopWords, _strongLetters, _backers, _scriptStopWords[(int)dominant]);
        }
    }

    /// <summary>
    /// The fewest stop words of a script from which a vote whose winner has too few of them (<see cref="IsScattered"/>)
    /// reads the text as none of the languages here.
    /// </summary>
    internal const int MinScatteredStopWords = 6;

    /// <summary>
    /// Whether a vote is scattered, from <see cref="MinScatteredStopWords"/> stop words of the script on: its winner
    /// has under two thirds of them among its own (<paramref name="backers"/> of <paramref name="stopWords"/>) and
    /// under one and a half times the votes of the second (<paramref name="votes"/>, <paramref name="second"/>). The
    /// text's short words are then stop words of one language here and another, as in a language that is not here
    /// (Swahili's "ya" and "na" are a Spanish and a Portuguese, Czech and Polish stop word; Croatian, Tagalog, Somali,
    /// Albanian), not those of one language, as in a text of any language here: on the paragraphs of
    /// <c>LanguageTests</c> and their first sentences the winner has three quarters of them and more, and a short text
    /// full of abbreviations ("ca 5 mdr. kr", "S.O.S.") still twice the second's votes, from its letters or its stop
    /// words. (A Slovene text, whose vote Czech leads by more, is still read as Czech.)
    /// </summary>
    private static bool IsScattered(int backers, int stopWords, double votes, double second) =>
        stopWords >= MinScatteredStopWords && backers * 3 < stopWords * 2 && votes < 1.5 * second;

    /// <summary>The weight of a word's telling letters against a stop word's.</summary>
    private const double LetterWeight = 0.5;

    /// <summary>Whether the word at <paramref name="start"/> opens the text, a line or a sentence (after '.', '!', '?' and any quotes).</summary>
    private static bool OpensSentence(ReadOnlySpan<char> text, int start)
    {
        int k = start - 1;
        while (k >= 0 && (text[k] is ' ' or '\t' or '"' or '\'' or '(' or '\u201C' or '\u201E' or '\u00AB' or '\u2018'))
        {
            k--;
        }

        // A name after its initial ("P. Wiśniewski") opens no sentence.
        return k < 0 || (text[k] is '.' && !IsInitial(text, k)) || text[k] is '!' or '?' or '\n' or '\r' or '\u2029' or '\u2028';
    }

    /// <summary>Whether the period at <paramref name="period"/> closes a capital letter written alone: an initial.</summary>
    private static bool IsInitial(ReadOnlySpan<char> text, int period) =>
        period >= 1 && char.IsUpper(text[period - 1]) && (period == 1 || !char.IsLetter(text[period - 2]));

    /// <summary>
    /// Belarusian writes Ukrainian's "і", Russian's "ы", "э", "ё", and "ў", which neither writes. A word with "ў" is
    /// foreign as any is; in a text that writes "ў" and Russian's letters, so is a word with "і", which Russian does
    /// not write, so that a Belarusian text is told by a quarter of its words as other languages not here are, and is
    /// not read as Ukrainian or Russian.
    /// </summary>
    private struct BelarusianLetters
    {
        public bool ShortU;
        private bool _russianLetters;
        private int _wordsWithI;

        /// <summary>Notes the letters of a word without foreign ones.</summary>
        public void Read(ReadOnlySpan<char> word)
        {
            _russianLetters |= word.ContainsAny(s_russianLetters);
            if (word.ContainsAny('\u0456', '\u0406'))
            {
                _wordsWithI++;
            }
        }

        /// <summary>The count of foreign words, <paramref name="foreign"/> with the words with "і" of a Belarusian text.</summary>
        public readonly int Foreign(int foreign) => ShortU && _russianLetters ? foreign + _wordsWithI : foreign;
    }

    private static readonly SearchValues<char> s_russianLetters = SearchValues.Create("ыэёЫЭЁ");

    /// <summary>
    /// Letters that languages of the Latin, Arabic and Cyrillic scripts write and none here does: Slovak ľ ĺ ŕ, Croatian and Vietnamese đ, Vietnamese ơ ư (and the letters of U+1EA0 to U+1EF9, ạ ả ấ ... ỹ, read where this set is), Lithuanian ė į ų, Icelandic þ ð, Maltese ħ; Urdu's ٹ ڈ ڑ ں ھ ے; Belarusian's ў, Serbian's and Macedonian's ј љ њ ћ ђ џ ѓ ќ ѕ (either case).
    /// </summary>
    private static readonly SearchValues<char> s_foreignLetters = SearchValues.Create(
        "ľĺŕđėįųþðħơưĽĹŔĐĖĮŲÞÐĦƠƯ"
        + "\u0679\u0688\u0691\u06BA\u06BE\u06D2\u045E\u0458\u0459\u045A\u045B\u0452\u045F\u0453\u045C\u0455"
        + "\u040E\u0408\u0409\u040A\u040B\u0402\u040F\u0403\u040C\u0405");

    /// <summary>
    /// Letters that only some of the voting languages write, each with those languages' codes. A word that has any
    /// votes for the languages that write all of them, as a stop word votes for the languages it belongs to, so that
    /// a short text is told by its letters ("Děkujeme" is Czech, "açúcar" Portuguese) and languages that share their
    /// stop words (Danish and Norwegian, Russian and Bulgarian, Arabic and Persian) are told apart.
    /// </summary>
    private static readonly (string Letters, string Codes)[] s_letterTable =
    [
        ("ä", "de sv fi"), ("ö", "de sv fi hu tr"), ("ü", "de hu tr es ca"), ("ß", "de"),
        ("å", "sv da no"), ("æø", "da no"),
        ("é", "fr es it pt ca hu cs nl sv da no"), ("è", "fr it ca"), ("êô", "fr pt"), ("ë", "fr nl"),
        ("à", "fr it ca pt"), ("â", "fr pt ro tr"), ("î", "fr ro"), ("ï", "fr nl ca"), ("ûœ", "fr"), ("ù", "fr it"),
        ("ì", "it"), ("ò", "it ca"), ("ç", "fr pt ca tr"), ("ãõ", "pt"), ("ñ", "es eu"),
        ("á", "es pt hu cs"), ("íú", "es pt hu cs ca"), ("ó", "es pt hu cs ca pl"), ("őű", "hu"),
        ("ěřůťďňý", "cs"), ("čšž", "cs lv"), ("ąęłśźżńć", "pl"), ("āēīūģķļņ", "lv"),
        ("ğı", "tr"), ("ş", "tr ro"), ("șțţă", "ro"),
        ("ыэё", "ru"), ("ѝ", "bg"), ("іїєґ", "uk"),
        ("\u067E\u0686\u0698\u06AF\u06CC\u06A9", "fa"), ("\u064A\u0643", "ar"),
    ];

    /// <summary>The mask of the voting languages each letter of <see cref="s_letterTable"/> belongs to.</summary>
    private static readonly Dictionary<char, int> s_letterMasks = LetterMasks();

    private static Dictionary<char, int> LetterMasks()
    {
        var masks = new Dictionary<char, int>();
        foreach ((string letters, string codes) in s_letterTable)
        {
            int mask = 0;
            foreach (string code in codes.Split(' '))
            {
                int voter = Array.FindIndex(s_voters, v => v.Code == code);
                Debug.Assert(voter >= 0, "Every code in the letter table is a voter's.");
                mask |= 1 << voter;
            }

            foreach (char letter in letters)
            {
                masks[letter] = mask;
            }
        }

        return masks;
    }

    /// <summary>The voting languages that write every telling letter of <paramref name="word"/>; 0 when it has none, or none writes them all.</summary>
    private static int LetterMask(ReadOnlySpan<char> word)
    {
        int mask = -1;
        foreach (char c in word)
        {
            if (c >= '\u00C0' && s_letterMasks.TryGetValue(char.ToLowerInvariant(c), out int languages))
            {
                mask &= languages;
            }
        }

        return mask == -1 ? 0 : mask;
    }

    /// <summary>Finnish's mask among the voters.</summary>
    private static readonly int s_finnish = 1 << Array.FindIndex(s_voters, v => v.Code == "fi");

    /// <summary>
    /// Finnish when <paramref name="word"/> doubles "ä" or "ö" ("päätti", "Töölö"), which no other voter writes; else 0.
    /// German and Swedish share the single letters with it, so a short Finnish text is told by these. ('Ä' and 'Ö' are
    /// 'ä' and 'ö' with the bit 0x20 cleared, as ASCII letters are.)
    /// </summary>
    private static int DoubledVowelMask(ReadOnlySpan<char> word)
    {
        for (int i = 1; i < word.Length; i++)
        {
            char c = (char)(word[i] | 0x20);
            if (c is '\u00E4' or '\u00F6' && (char)(word[i - 1] | 0x20) == c)
            {
                return s_finnish;
            }
        }

        return 0;
    }

    /// <summary>
    /// Gives each of the n languages of <paramref name="mask"/> 1/√n of <paramref name="weight"/>: a word few languages share says more
    /// than a common one, but a word two close languages share (Danish and Norwegian "det") still outweighs a single
    /// word of a third ("nyt", Finnish "now", in a Danish sentence).
    /// </summary>
    private static void Vote(Span<double> scores, int mask, double weight = 1)
    {
        weight /= Math.Sqrt(BitOperations.PopCount((uint)mask));
        while (mask != 0)
        {
            scores[BitOperations.TrailingZeroCount(mask)] += weight;
            mask &= mask - 1;
        }
    }

    /// <summary>
    /// A letter written alone before a period, or one of a dotted abbreviation: "a" and "m" of "a.m.", an initial, the
    /// "г." of a Russian year. They look like stop words of one language or another ("a", "m", "г", "с") and are not.
    /// </summary>
    private static bool IsAbbreviationLetter(ReadOnlySpan<char> text, Token token)
    {
        if (token.Length != 1)
        {
            return false;
        }

        int after = token.Start + 1;
        return (after < text.Length && text[after] == '.')
            || (token.Start >= 2 && text[token.Start - 1] == '.' && char.IsLetter(text[token.Start - 2]));
    }

    /// <summary>
    /// A letter after a coordinate's minute or degree mark: the hemisphere of "53°58'N" and "005°12'E", which an
    /// apostrophe after a digit or a degree sign starts, is no elided word (Dutch "'n") nor a stop word ("e").
    /// </summary>
    private static bool IsCoordinateMark(ReadOnlySpan<char> text, Token token) =>
        token.Start >= 2
        && text[token.Start - 1] is '\'' or '\u2019' or '\u2032' or '\u00B0'
        && (char.IsAsciiDigit(text[token.Start - 2]) || text[token.Start - 2] is '\u00B0' or '\u2032');

    /// <summary>
    /// A word of the Latin "et al." that cites in every language ("Smith et al. (2019)"): French "et", Spanish and
    /// Italian "al" as stop words, it is none.
    /// </summary>
    private static bool IsEtAl(ReadOnlySpan<char> text, Token token) =>
        token.Length == 2
        && (text.Slice(token.Start, 2).Equals("et", StringComparison.OrdinalIgnoreCase)
            ? text[(token.Start + 2)..].StartsWith(" al.", StringComparison.OrdinalIgnoreCase)
            : text.Slice(token.Start, 2).Equals("al", StringComparison.OrdinalIgnoreCase) && token.Start >= 3
                && text[(token.Start - 3)..].StartsWith("et al.", StringComparison.OrdinalIgnoreCase));

    /// <summary>How many letters <see cref="SampledScript"/> looks at, spread evenly over the text.</summary>
    private const int ScriptSample = 64;

    /// <summary>The script most of a sample of the text's letters are written in; Latin on a tie with it.</summary>
    private static WritingScript SampledScript(ReadOnlySpan<char> text)
    {
        Span<int> scripts = stackalloc int[ScriptCount];
        scripts.Clear();
        int step = Math.Max(1, text.Length / ScriptSample);
        for (int i = 0; i < text.Length; i += step)
        {
            if (char.IsLetter(text[i]))
            {
                scripts[(int)ScriptOf(text[i])]++;
            }
        }

        return Dominant(scripts);
    }

    /// <summary>
    /// The language of a text mostly written in <paramref name="script"/>: the only language of that script, else the
    /// vote of its languages, else (too few stop words, and no telling letters) the first of them; <see cref="Language.Undetermined"/> for a
    /// script no language here is written in, and for a vote whose winner has too few of the stop words among its own
    /// (<see cref="IsScattered"/>, given <paramref name="backers"/>, each language's, and the script's <paramref name="scriptStopWords"/>).
    /// </summary>
    private static Language ByScript(
        WritingScript script, ReadOnlySpan<double> scores, int stopWords, int strongLetters, ReadOnlySpan<int> backers, int scriptStopWords)
    {
        Language? first = null;
        int best = -1;
        foreach (Language language in Language.All)
        {
            if (language.Script == script && !language.UsesCharacterBigrams)
            {
                first ??= language;
            }
        }

        if (first is null || script == WritingScript.Other)
        {
            return Language.Undetermined;
        }

        double second = 0;
        for (int i = 0; i < s_voters.Length; i++)
        {
            if (s_voters[i].Script == script)
            {
                // Ties go to the first language of the script (English for Latin).
                if (best < 0 || scores[i] > scores[best])
                {
                    second = best < 0 ? 0 : scores[best];
                    best = i;
                }
                else if (scores[i] > second)
                {
                    second = scores[i];
                }
            }
        }

        if (best < 0)
        {
            return first;
        }

        if (stopWords >= MinStopWords)
        {
            return IsScattered(backers[best], scriptStopWords, scores[best], second) ? Language.Undetermined : s_voters[best];
        }

        // Too few stop words to tell, unless letters that at most three languages write ("ě", "ã", "ä", Danish and
        // Norwegian "æ") point at them with half as many votes again as any language that does not write them has (two
        // languages that share the letters and tie are no reason to read the text as English: the first listed of them
        // is taken), or the stop words there are all vote for one language, twice over and twice as much as for any
        // other ("du", "dira", "ditu" in a short Basque report).
        int lead = -1;
        double rest = 0;
        for (int i = 0; i < s_voters.Length; i++)
        {
            if (s_voters[i].Script != script)
            {
                continue;
            }

            if ((strongLetters & (1 << i)) != 0)
            {
                lead = lead < 0 || scores[i] > scores[lead] ? i : lead;
            }
            else
            {
                rest = Math.Max(rest, scores[i]);
            }
        }

        if (lead >= 0 && scores[lead] >= 1.5 * rest)
        {
            return s_voters[lead];
        }

        return scores[best] >= MinLoneVotes && scores[best] >= 2 * second ? s_voters[best] : first;
    }

    /// <summary>The votes a language needs, with twice any other's, to be told by fewer than <see cref="MinStopWords"/> stop words.</summary>
    private const double MinLoneVotes = 2;

    /// <summary>The script most words are written in; Latin on a tie with it.</summary>
    private static WritingScript Dominant(ReadOnlySpan<int> scripts)
    {
        var best = WritingScript.Latin;
        for (int i = 0; i < scripts.Length; i++)
        {
            if (scripts[i] > scripts[(int)best])
            {
                best = (WritingScript)i;
            }
        }

        return best;
    }

    private const int ScriptCount = (int)WritingScript.Armenian + 1;

    /// <summary>The script of a word's first letter, as far as the guess tells scripts apart.</summary>
    internal static WritingScript ScriptOf(char c) => c switch
    {
        < '\u0250' or >= '\u1E00' and <= '\u1EFF' or >= '\uFF21' and <= '\uFF5A' => WritingScript.Latin,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => WritingScript.Greek,
        >= '\u0400' and <= '\u052F' => WritingScript.Cyrillic,
        >= '\u0530' and <= '\u058F' => WritingScript.Armenian,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => WritingScript.Arabic,
        >= '\u0900' and <= '\u097F' => WritingScript.Devanagari,
        _ => WritingScript.Other,
    };

    /// <summary>Whether one language of <paramref name="script"/> leads every other by a factor of four.</summary>
    private static bool IsDecided(ReadOnlySpan<double> scores, WritingScript script, out int best)
    {
        best = -1;
        double second = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            if (s_voters[i].Script != script)
            {
                continue;
            }

            if (best < 0)
            {
                best = i;
            }
            else if (scores[i] > scores[best])
            {
                second = scores[best];
                best = i;
            }
            else if (scores[i] > second)
            {
                second = scores[i];
            }
        }

        return best >= 0 && scores[best] > 0 && scores[best] >= 4 * second;
    }

    private static Language[] Voters()
    {
        // A script that one language alone is written in (Greek, Devanagari, Armenian) tells that language by itself.
        var voters = new List<Language>();
        foreach (Language language in Language.All)
        {
            if (!language.UsesCharacterBigrams && language.Script != WritingScript.Other && SharesScript(language))
            {
                voters.Add(language);
            }
        }

        Debug.Assert(voters.Count <= 32 && ReferenceEquals(voters[0], Language.English), "A mask of 32 bits, English first.");
        return voters.ToArray();
    }

    private static bool SharesScript(Language language)
    {
        foreach (Language other in Language.All)
        {
            if (!ReferenceEquals(other, language) && other.Script == language.Script)
            {
                return true;
            }
        }

        return false;
    }

    private static VoteTable BuildVotes()
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < s_voters.Length; i++)
        {
            foreach (string word in s_voters[i].StopWords)
            {
                masks.TryGetValue(word, out int mask);
                masks[word] = mask | (1 << i);
            }
        }

        foreach (string word in s_englishVotes)
        {
            // English is the first voter.
            if (masks.TryGetValue(word, out int mask))
            {
                masks[word] = mask | 1;
            }
        }

        return new VoteTable(masks);
    }

    /// <summary>
    /// Words that English writes often and does not list as stop words, but another voter does (Polish "go", "one",
    /// "ten": "him", "they", "this"): they vote for English too, so that "I go to work by bus" or "No one was
    /// surprised" is not read as Polish by the stop words the two languages share.
    /// </summary>
    private static readonly string[] s_englishVotes = ["go", "one", "ten"];

    /// <summary>
    /// The stop words of the voting languages with the mask of the languages each belongs to, in an open-addressing
    /// table hashed while the word is lower-cased, so that a lookup neither allocates nor reads the word twice.
    /// </summary>
    private sealed class VoteTable
    {
        /// <summary>Words longer than this are not looked up (no stop word is that long).</summary>
        public const int MaxLength = 24;

        private readonly string?[] _keys;
        private readonly int[] _masks;
        private readonly int _slotMask;

        public VoteTable(Dictionary<string, int> masks)
        {
            int size = 16;
            while (size < masks.Count * 4)
            {
                size *= 2;
            }

            _keys = new string?[size];
            _masks = new int[size];
            _slotMask = size - 1;
            foreach (KeyValuePair<string, int> entry in masks)
            {
                // Stored as a lookup spells the text's words (a no-op outside the Arabic script).
                var pair = new KeyValuePair<string, int>(Fold(entry.Key), entry.Value);
                // Words that cannot come out of lower-casing a token (upper-case letters, a right single quote) or
                // are too long were never found by a lookup; leave them out.
                if (pair.Key.Length == 0 || pair.Key.Length > MaxLength || pair.Key.Contains('\u2019', StringComparison.Ordinal)
                    || !pair.Key.AsSpan().SequenceEqual(pair.Key.ToLowerInvariant()))
                {
                    continue;
                }

                LongestWord = Math.Max(LongestWord, pair.Key.Length);
                uint slot = Hash(pair.Key) & (uint)_slotMask;
                while (_keys[slot] is not null)
                {
                    slot = (slot + 1) & (uint)_slotMask;
                }

                _keys[slot] = pair.Key;
                _masks[slot] = pair.Value;
            }
        }

        /// <summary>The length of the longest stop word.</summary>
        public int LongestWord { get; }

        /// <summary>
        /// The mask of the languages <paramref name="word"/>, lower-cased (invariant) with the right single quote
        /// read as an apostrophe, is a stop word of; 0 when none. <paramref name="buffer"/> holds the lower-cased word.
        /// </summary>
        public int Find(ReadOnlySpan<char> word, Span<char> buffer, out uint slot)
        {
            uint hash = 2166136261;
            int length = 0;
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                if (c < 0x80)
                {
                    if ((uint)(c - 'A') <= 'Z' - 'A')
                    {
                        c = (char)(c | 0x20);
                    }
                }
                else
                {
                    c = c is >= '\u0600' and <= '\u06FF' ? FoldArabic(c) : char.ToLowerInvariant(c);
                    if (c == '\u2019')
                    {
                        c = '\'';
                    }
                    else if (c == '\0')
                    {
                        continue;
                    }
                }

                buffer[length++] = c;
                hash = (hash ^ c) * 16777619;
            }

            ReadOnlySpan<char> lower = buffer[..length];
            slot = hash & (uint)_slotMask;
            while (true)
            {
                string? key = _keys[slot];
                if (key is null)
                {
                    return 0;
                }

                if (lower.SequenceEqual(key))
                {
                    return _masks[slot];
                }

                slot = (slot + 1) & (uint)_slotMask;
            }
        }

        /// <summary>
        /// A letter of the Arabic script as Lucene's Arabic and Persian normalizations spell it (bare alef, yeh for
        /// the dotless and Farsi yeh, heh for teh marbuta, kaf for keheh), or <c>\0</c> for a mark they drop
        /// (harakat, tatweel, hamza above), so that Arabic and Persian words find their stop words however spelled.
        /// </summary>
        private static char FoldArabic(char c) => c switch
        {
            '\u0622' or '\u0623' or '\u0625' => '\u0627',
            '\u0649' or '\u06CC' or '\u06D2' => '\u064A',
            '\u0629' or '\u06C0' or '\u06C1' => '\u0647',
            '\u06A9' => '\u0643',
            '\u0640' or >= '\u064B' and <= '\u0652' or '\u0654' => '\0',
            _ => c,
        };

        private static string Fold(string word)
        {
            if (!word.AsSpan().ContainsAnyInRange('\u0600', '\u06FF'))
            {
                return word;
            }

            var folded = new StringBuilder(word.Length);
            foreach (char c in word)
            {
                char f = c is >= '\u0600' and <= '\u06FF' ? FoldArabic(c) : c;
                if (f != '\0')
                {
                    folded.Append(f);
                }
            }

            return folded.ToString();
        }

        private static uint Hash(string word)
        {
            uint hash = 2166136261;
            foreach (char c in word)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
