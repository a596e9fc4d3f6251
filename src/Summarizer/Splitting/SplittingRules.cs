using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Summarizer;

/// <summary>
/// The language data a <see cref="RuleBasedSentenceSplitter"/> consults: abbreviation classes, sentence starters,
/// months and ordinal prefixes, read from the embedded <c>Splitting/Data/abbreviations-*.txt</c> files. A language
/// of <see cref="Summarizer.Language.All"/> has its own rules when a file named after its code is embedded.
/// </summary>
internal sealed class SplittingRules
{
    private const string ResourcePrefix = "Summarizer.Splitting.abbreviations-";

    private static readonly ConcurrentDictionary<string, SplittingRules> s_cache = new(StringComparer.Ordinal);

    /// <summary>The languages of <see cref="Summarizer.Language.All"/> that have their own data file.</summary>
    internal static FrozenSet<string> SupportedLanguages { get; } = FindSupportedLanguages();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _languageNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinalNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _afterOrdinals;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _partsOfSpeech;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numeric;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numericPlurals;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _general;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _streetSuffixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _saintPlaces;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _innerCapitals;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _months;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinalPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _terminal;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _continuations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exclamationNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _codeClasses;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _units;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _elisions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _labels;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowercaseLabels;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _openEnds;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prepositions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _listConjunctions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _speechVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spacedPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _backMatter;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _backMatterQualifiers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _editLinks;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _earlierMessages;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _captions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stageDirections;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberedCaptions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stepLabels;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _keywordExclusions;
    private readonly string[] _keywordExclusionEndings;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _courtesy;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _courtesyCore;
    private readonly bool _hasCourtesy;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _closings;
    private readonly string[] _replyAttributions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _headerFields;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stampLabels;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _timeZones;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bylineOpeners;
    private readonly PhraseSet _speechBylines;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _paginationWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _questionLabels;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _answerLabels;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _fieldLabels;
    private readonly PhraseSet _salutations;
    private readonly string[] _closingPhrases;
    private readonly string[] _sentFrom;
    private readonly PhraseSet _callsToAction;
    private readonly PhraseSet _inlineFurniture;
    private readonly PhraseSet _quoteAttributions;
    private readonly PhraseSet _photoCredits;
    private readonly PhraseSet _creditPhrases;
    private readonly PhraseSet _boilerplate;
    private readonly PhraseSet _traitListOpeners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _protectedTraits;
    private readonly PhraseSet _procedure;
    private readonly PhraseSet _votes;
    private readonly PhraseSet _postActions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _postLinks;
    private readonly PhraseSet _reviewStamps;
    private readonly string[] _reviewStampEndings;
    private readonly PhraseSet _caseCaptions;
    private readonly PhraseSet _editorsNotes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _kickers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _audienceNotes;

    // The phrases of [boilerplate], [procedure], [votes] and [trait-list-openers] together (HoldsBoilerplateProcedureOrVote).
    private readonly PhraseSet _boilerplateProcedureOrVotes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bioVerbs;
    private readonly PhraseSet _bioRoles;
    private readonly string[] _bioSubjects;
    private readonly PhraseSet _bioCopulas;
    private readonly PhraseSet _bioCredentials;
    private readonly PhraseSet _bioTrailers;
    private readonly PhraseSet _businessReplies;
    private readonly PhraseSet _businessReplyOpeners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _businessRoles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _businessPlaces;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _timeWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _speechComplements;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _counties;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _dateMonths;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _subtitleOpeners;
    private readonly PhraseSet _bodyStarts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abstractHeadings;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _findingHeadings;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _keyPointHeadings;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _factCheckLabels;
    private readonly PhraseSet _bodyEnds;
    private readonly string[] _commentHeadings;
    private readonly string[] _spaceOpeners;
    private readonly string[] _spaceClosers;
    private readonly string[] _spaceTitles;
    private readonly string[] _spaceAttributions;
    private readonly string[] _spaceClauses;
    private readonly string[] _spaceLeads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spaceConnectives;
    private readonly string[] _spaceFalseStarts;
    private readonly string[] _spaceAppositions;
    private readonly (string Opener, bool Name)[] _backMatterOpeners;
    private readonly string[] _backMatterClosers;
    private readonly string[] _numericSuffixes;
    private RunOnBoundaries? _runOn;
    private SplittingRules? _english;

    private SplittingRules(string language, Dictionary<string, HashSet<string>> sections)
    {
        Language = language;
        _titles = Lookup(sections, "titles");
        _languageNames = Lookup(sections, "language-names", StringComparer.Ordinal);
        _ordinalNouns = Lookup(sections, "ordinal-nouns");
        _afterOrdinals = Lookup(sections, "after-ordinals");
        _partsOfSpeech = Lookup(sections, "parts-of-speech");
        _numeric = Lookup(sections, "numeric");
        _numericPlurals = PluralLookup(sections, "numeric");
        _general = Lookup(sections, "general");
        _starters = Lookup(sections, "starters");
        HasStarters = sections.TryGetValue("starters", out HashSet<string>? starters) && starters.Count > 0;
        _innerCapitals = Lookup(sections, "inner-capitals");
        _months = Lookup(sections, "months");
        _ordinalPrefixes = Lookup(sections, "ordinal-prefixes");
        _terminal = Lookup(sections, "terminal");
        _continuations = Lookup(sections, "continuations");
        _exclamationNames = Lookup(sections, "exclamation-names");
        _codeClasses = Lookup(sections, "code-classes");
        _units = Lookup(sections, "units");
        _elisions = Lookup(sections, "elisions");
        _labels = Lookup(sections, "labels");
        _lowercaseLabels = Lookup(sections, "lowercase-labels");
        _openEnds = Lookup(sections, "open-ends");
        _prepositions = Lookup(sections, "prepositions");
        _listConjunctions = Lookup(sections, "list-conjunctions");
        _speechVerbs = Lookup(sections, "speech-verbs");
        _speechComplements = Lookup(sections, "speech-complements");
        _spacedPrefixes = Lookup(sections, "spaced-prefixes");
        _numericSuffixes = sections.TryGetValue("numeric-suffixes", out HashSet<string>? suffixes) ? [.. suffixes] : [];
        (_backMatter, _backMatterOpeners, _backMatterClosers) = BackMatterOf(sections);
        _backMatterQualifiers = Lookup(sections, "back-matter-qualifiers");
        _editLinks = Lookup(sections, "edit-links");
        _earlierMessages = Lookup(sections, "earlier-messages");
        _captions = Lookup(sections, "captions");
        _stageDirections = Lookup(sections, "stage-directions");
        _numberedCaptions = Lookup(sections, "numbered-captions");
        _stepLabels = Lookup(sections, "step-labels");
        _keywordExclusions = Lookup(sections, "keyword-exclusions");
        _keywordExclusionEndings = sections.TryGetValue("keyword-exclusion-endings", out HashSet<string>? endings) ? [.. endings] : [];
        _courtesy = Lookup(sections, "courtesy");
        _courtesyCore = Lookup(sections, "courtesy-core");
        _hasCourtesy = sections.ContainsKey("courtesy-core");
        _salutations = Phrases(sections, "salutations");
        _closings = Lookup(sections, "closings");
        _closingPhrases = sections.TryGetValue("closings", out HashSet<string>? closings) ? [.. closings] : [];
        _sentFrom = sections.TryGetValue("sent-from", out HashSet<string>? sentFrom) ? [.. sentFrom] : [];
        _headerFields = Lookup(sections, "header-fields");
        _stampLabels = Lookup(sections, "stamp-labels");
        _timeZones = Lookup(sections, "time-zones");
        _bylineOpeners = Lookup(sections, "byline-openers");
        _speechBylines = Phrases(sections, "speech-bylines");
        _kickers = Lookup(sections, "kickers");
        _audienceNotes = Lookup(sections, "audience-notes");
        _paginationWords = Lookup(sections, "pagination");
        _questionLabels = Lookup(sections, "question-labels");
        _answerLabels = Lookup(sections, "answer-labels");
        _fieldLabels = Lookup(sections, "field-labels");
        _replyAttributions = sections.TryGetValue("reply-attributions", out HashSet<string>? attributions) ? [.. attributions] : [];
        _callsToAction = Phrases(sections, "calls-to-action");
        _inlineFurniture = Phrases(sections, "inline-furniture");
        _quoteAttributions = Phrases(sections, "quote-attributions");
        _photoCredits = Phrases(sections, "photo-credits");
        _creditPhrases = Phrases(sections, "credit-phrases");
        _boilerplate = Phrases(sections, "boilerplate");
        _traitListOpeners = Phrases(sections, "trait-list-openers");
        _protectedTraits = Lookup(sections, "protected-traits");
        _procedure = Phrases(sections, "procedure");
        _votes = Phrases(sections, "votes");
        HashSet<string> posts = sections.GetValueOrDefault("post-stamps") ?? [];
        _postActions = new PhraseSet(posts.Where(entry => !entry.StartsWith("+ ", StringComparison.Ordinal)));
        _postLinks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, [.. posts.Where(entry => entry.StartsWith("+ ", StringComparison.Ordinal)).Select(entry => entry[2..]), "\0"])
            .GetAlternateLookup<ReadOnlySpan<char>>();
        HashSet<string> stamps = sections.GetValueOrDefault("review-stamps") ?? [];
        _reviewStamps = new PhraseSet(stamps.Where(entry => !entry.StartsWith("+ ", StringComparison.Ordinal)));
        _reviewStampEndings = [.. stamps.Where(entry => entry.StartsWith("+ ", StringComparison.Ordinal)).Select(entry => entry[2..])];
        _caseCaptions = Phrases(sections, "case-captions");
        _editorsNotes = Phrases(sections, "editors-notes");
        _boilerplateProcedureOrVotes = Phrases(sections, "boilerplate", "procedure", "votes", "trait-list-openers");
        _bioVerbs = Lookup(sections, "bio-verbs");
        _bioRoles = Phrases(sections, "bio-roles");
        _bioSubjects = sections.TryGetValue("bio-subjects", out HashSet<string>? subjects) ? [.. subjects] : [];
        _bioCopulas = Phrases(sections, "bio-copulas");
        _bioCredentials = Phrases(sections, "bio-credentials");
        _bioTrailers = Phrases(sections, "bio-trailers");
        _businessReplies = Phrases(sections, "business-replies");
        _businessReplyOpeners = Phrases(sections, "business-reply-openers");
        _businessRoles = Lookup(sections, "business-roles");
        _businessPlaces = Lookup(sections, "business-places");
        _timeWords = Lookup(sections, "time-words");
        _counties = Lookup(sections, "counties");
        _streetSuffixes = Lookup(sections, "street-suffixes");
        _saintPlaces = Lookup(sections, "saint-places");
        _dateMonths = Lookup(sections, "date-months");
        _subtitleOpeners = Lookup(sections, "subtitle-openers");
        _bodyStarts = Phrases(sections, "body-starts");
        _abstractHeadings = Lookup(sections, "abstract-headings");
        _findingHeadings = Lookup(sections, "finding-headings");
        _keyPointHeadings = Lookup(sections, "key-point-headings");
        _factCheckLabels = Lookup(sections, "fact-check-labels");
        _bodyEnds = Phrases(sections, "body-ends");
        _commentHeadings = sections.TryGetValue("comment-headings", out HashSet<string>? comments) ? [.. comments] : [];
        _spaceOpeners = sections.TryGetValue("space-openers", out HashSet<string>? openers) ? [.. openers] : [];
        _spaceClosers = sections.TryGetValue("space-closers", out HashSet<string>? closers) ? [.. closers] : [];
        _spaceTitles = sections.TryGetValue("space-titles", out HashSet<string>? spaceTitles) ? [.. spaceTitles] : [];
        _spaceAttributions = sections.TryGetValue("space-attributions", out HashSet<string>? attributionEnds) ? [.. attributionEnds] : [];
        _spaceClauses = sections.TryGetValue("space-clauses", out HashSet<string>? clauses) ? [.. clauses] : [];
        _spaceLeads = sections.TryGetValue("space-leads", out HashSet<string>? leads) ? [.. leads] : [];
        _spaceConnectives = Lookup(sections, "space-connectives");
        _spaceFalseStarts = sections.TryGetValue("space-false-starts", out HashSet<string>? falseStarts) ? [.. falseStarts] : [];
        _spaceAppositions = sections.TryGetValue("space-appositions", out HashSet<string>? appositions) ? [.. appositions] : [];
        HashSet<string>? options = sections.GetValueOrDefault("options");
        PronounI = options?.Contains("pronoun-i") == true;
        OrdinalDot = options?.Contains("ordinal-dot") == true;
        ThaiSpace = options?.Contains("thai-space") == true;
        DoubledPlurals = options?.Contains("doubled-plurals") == true;
        OrdinalDotAlways = options?.Contains("ordinal-dot-always") == true;
        NounCapitals = options?.Contains("noun-capitals") == true;
        SpacedColon = options?.Contains("spaced-colon") == true;
    }

    /// <summary>The language code of the data, or the empty string for the language-neutral rules.</summary>
    public string Language { get; }

    /// <summary>A lone capital <c>I.</c> is the pronoun (English) rather than an initial.</summary>
    public bool PronounI { get; }

    /// <summary>The language writes ordinal numbers with a period (German <c>am 3. Oktober</c>).</summary>
    public bool OrdinalDot { get; }

    /// <summary>
    /// A short number with a period inside a sentence is an ordinal before any word, not only before a month or
    /// after an ordinal prefix: Turkish ("Türkiye'nin 1. Cumhurbaşkanı") ends its sentences with a verb.
    /// </summary>
    public bool OrdinalDotAlways { get; }

    /// <summary>
    /// The language spaces a colon or semicolon from the word before it (French "Tél. : +33"), so one after a period
    /// that follows an abbreviation goes on with its sentence: no sentence opens with it.
    /// </summary>
    public bool SpacedColon { get; }

    /// <summary>
    /// The language capitalizes every noun (German), so a capitalized word after an article names nothing by itself:
    /// a back-matter opener that asks for a name ("über die +") wants an acronym or two capitalized words.
    /// </summary>
    public bool NounCapitals { get; }

    /// <summary>
    /// The language abbreviates a plural by doubling the initial (Spanish <c>EE. UU.</c>, <c>CC. OO.</c>): such a
    /// pair is one abbreviation, with no boundary inside.
    /// </summary>
    public bool DoubledPlurals { get; }

    /// <summary>
    /// A space between two Thai characters ends a segment: Thai writes no terminators and separates sentences, and
    /// often clauses, with a space.
    /// </summary>
    public bool ThaiSpace { get; }

    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>
    /// Whether a space between <paramref name="before"/> and <paramref name="after"/>, the pieces of text on either side
    /// of it in a language that separates its sentences with spaces (<see cref="ThaiSpace"/>), only sets a phrase apart:
    /// the piece before ends with an abbreviation's period, with Thai's abbreviation mark ("กรุงเทพฯ เปิด...", Bangkok; not
    /// "ฯลฯ", et cetera, which often closes a sentence) or with a word of <c>[space-closers]</c> ("ได้แก่"), either piece ends
    /// with a word of <c>[space-attributions]</c> ("กล่าวว่า", said that, which joins its speaker to what is said), or
    /// is a title and a name of at most <see cref="MaxTitledName"/> characters (<c>[space-titles]</c>: "นายสมชาย" before
    /// the surname, not "นายกรัฐมนตรีเดินทางถึง...", a sentence that opens with the prime minister), or the piece after
    /// opens with a word of <c>[space-openers]</c> ("และ", "ซึ่ง") or has at most <see cref="MaxBoundPiece"/> characters
    /// (a surname, a province in a list). While <paramref name="segment"/>, the segment so far (ending with
    /// <paramref name="before"/>), and the piece after stay within <see cref="MaxJoinedSegment"/> characters, a clause
    /// goes on too: the piece before is only a connective that opens a sentence (<c>[space-connectives]</c>: "ทั้งนี้",
    /// "อย่างไรก็ตาม") or opens a clause that comes before its main clause (<c>[space-leads]</c>: "ถ้า", if; "สำหรับ", as
    /// for), the piece after opens a clause that follows its main clause (<c>[space-clauses]</c>: "เพราะ", because;
    /// "ตั้งแต่", since), neither of them another word (<c>[space-false-starts]</c>: "เพื่อน", friend, not "เพื่อ", in order
    /// to), or the segment is a titled name and its surname, which goes on with what it says or is ("นายสมชาย ใจดี
    /// เกษตรกรใน..."), also after a piece that names the person's post (<c>[space-appositions]</c>: "นายธงชัย ใจดี
    /// อธิบดีกรมควบคุมโรค แนะนำ...", the director-general of the department ... advised).
    /// </summary>
    public bool SpaceJoins(ReadOnlySpan<char> segment, ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        after.Length <= MaxBoundPiece
        || (before.Length > 0 && before[^1] == '.')
        || (before.Length > 1 && before[^1] == '\u0E2F' && !before.EndsWith("\u0E2F\u0E25\u0E2F", StringComparison.Ordinal))
        || EndsWithAny(before, _spaceClosers)
        || EndsWithAny(before, _spaceAttributions)
        || EndsWithAny(after, _spaceAttributions)
        || (StartsWithAny(after, _spaceOpeners) && !StartsWithAny(after, _spaceFalseStarts))
        || (before.Length <= MaxTitledName && StartsWithAny(before, _spaceTitles))
        || (segment.Length + 1 + after.Length <= MaxJoinedSegment
            && (_spaceConnectives.Contains(before)
                || (StartsWithAny(before, _spaceLeads) && !StartsWithAny(before, _spaceFalseStarts))
                || (StartsWithAny(after, _spaceClauses) && !StartsWithAny(after, _spaceFalseStarts))
                || IsTitledName(segment)));

    /// <summary>
    /// Whether <paramref name="segment"/> is a title and a name (<c>[space-titles]</c>), a space and a surname, each of
    /// at most <see cref="MaxTitledName"/> characters ("นายสมชาย ใจดี"), and at most one piece more that names the
    /// person's post (<c>[space-appositions]</c>: "อธิบดีกรมควบคุมโรค").
    /// </summary>
    private bool IsTitledName(ReadOnlySpan<char> segment)
    {
        int gap = segment.IndexOfAny(' ', '\t');
        if (gap <= 0 || gap > MaxTitledName || !StartsWithAny(segment[..gap], _spaceTitles))
        {
            return false;
        }

        ReadOnlySpan<char> surname = segment[gap..].TrimStart(" \t");
        int end = surname.IndexOfAny(' ', '\t');
        if (end >= 0)
        {
            ReadOnlySpan<char> post = surname[end..].TrimStart(" \t");
            if (!StartsWithAny(post, _spaceAppositions) || post.ContainsAny(' ', '\t'))
            {
                return false;
            }

            surname = surname[..end];
        }

        return surname.Length is > 0 and <= MaxTitledName;
    }

    /// <summary>The longest piece after a space that <see cref="SpaceJoins"/> never lets stand alone.</summary>
    private const int MaxBoundPiece = 4;

    /// <summary>
    /// The longest segment that a connective, a subordinate clause or a titled name makes go on (<see cref="SpaceJoins"/>),
    /// a long Thai sentence's length: beyond it, the space more likely parts two sentences.
    /// </summary>
    private const int MaxJoinedSegment = 160;

    /// <summary>The longest title and first name before a surname (<see cref="SpaceJoins"/>: "นางสาวแพทองธาร").</summary>
    private const int MaxTitledName = 20;

    private static bool StartsWithAny(ReadOnlySpan<char> piece, string[] words)
    {
        foreach (string word in words)
        {
            if (piece.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> piece, string[] words)
    {
        foreach (string word in words)
        {
            if (piece.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsNumericPrefix(ReadOnlySpan<char> word) => _numeric.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is the plural of one of the <c>[numeric]</c> abbreviations: with an "s" ("arts.
    /// 14 and 15", "regs. 4 to 6", "núms. 3 y 4") or, for one of a single letter, the letter doubled, as Latin and
    /// Italian write it ("ss. 12-13", "nn. 4 e 5"). Such a word may also be a word of the language ("pets", "arts"): the
    /// caller asks for the numbers it counts after it (<see cref="RuleBasedSentenceSplitter"/>).
    /// </summary>
    public bool IsNumericPlural(ReadOnlySpan<char> word) => _numericPlurals.Contains(word);

    public bool IsGeneral(ReadOnlySpan<char> word) => _general.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is one of the <c>[step-labels]</c> that number an instruction's steps ("Step",
    /// "Paso", "Schritt", "Шаг"): "Step 1. Remove the bolts." is one sentence.
    /// </summary>
    public bool IsStepLabel(ReadOnlySpan<char> word) => _stepLabels.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is one of the language's <c>[starters]</c>, or such a word with an ending after
    /// an apostrophe ("There's", "I've", "It’s", Italian "Un'altra").
    /// </summary>
    public bool IsStarter(ReadOnlySpan<char> word) =>
        _starters.Contains(word) || (word.IndexOfAny('\'', '\u2019') is > 0 and int apostrophe && _starters.Contains(word[..apostrophe]));

    /// <summary>The longest word that <see cref="IsLowerCaseStarter"/> looks up; no starter is as long.</summary>
    private const int MaxStarterLength = 64;

    /// <summary>
    /// Whether <paramref name="word"/>, written in lower case, is one of the language's <c>[starters]</c>, which are
    /// listed capitalized ("the" for "The"); with <paramref name="innerCapitals"/> false, not one of its
    /// <c>[inner-capitals]</c> ("sie").
    /// </summary>
    public bool IsLowerCaseStarter(ReadOnlySpan<char> word, bool innerCapitals = true)
    {
        if (word.IsEmpty || word.Length > MaxStarterLength)
        {
            return false;
        }

        Span<char> key = stackalloc char[word.Length];
        word.CopyTo(key);
        key[0] = char.ToUpperInvariant(key[0]);
        return _starters.Contains(key) && (innerCapitals || !_innerCapitals.Contains(key));
    }

    /// <summary>
    /// Whether <paramref name="word"/>, a sentence starter, is capitalized inside a sentence too (<c>[inner-capitals]</c>:
    /// the German polite pronoun "Sie", the Italian "Lei"), so that it opens no sentence by its case alone.
    /// </summary>
    public bool IsInnerCapital(ReadOnlySpan<char> word) => _innerCapitals.Contains(word);

    /// <summary>Where a long run of words without punctuation is cut into chunks (see <see cref="RunOnBoundaries"/>).</summary>
    public RunOnBoundaries RunOn => _runOn ??= RunOnBoundaries.For(this);

    /// <summary>Whether the language lists words that often open a sentence (<c>[starters]</c>).</summary>
    public bool HasStarters { get; }

    public bool IsMonth(ReadOnlySpan<char> word) => _months.Contains(word);

    /// <summary>Whether <paramref name="word"/> is one of the language's <c>[time-words]</c> ("ago", "weeks", "yr").</summary>
    public bool IsTimeWord(ReadOnlySpan<char> word) => _timeWords.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is one of the language's <c>[street-suffixes]</c>, the abbreviations that end a
    /// street's name ("Elm St.", "Baker Ave.", "Mill Rd.") and so may end its sentence.
    /// </summary>
    public bool IsStreetSuffix(ReadOnlySpan<char> word) => _streetSuffixes.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is one of the language's <c>[saint-places]</c>, the words before which "St." is
    /// the saint of a place's name ("Mount St. Helens", "East St. Louis", "Port St. Lucie"), not a street's suffix.
    /// </summary>
    public bool IsSaintPlace(ReadOnlySpan<char> word) => _saintPlaces.Contains(word);

    /// <summary>Whether <paramref name="word"/> is one of the language's <c>[counties]</c>, named after "Co." ("in Co. Westmeath").</summary>
    public bool IsCounty(ReadOnlySpan<char> word) => _counties.Contains(word);

    /// <summary>Whether <paramref name="word"/> names a month inside a date: one of <c>[months]</c> or <c>[date-months]</c> ("listopada").</summary>
    public bool IsDateMonth(ReadOnlySpan<char> word) => _months.Contains(word) || _dateMonths.Contains(word);

    public bool IsOrdinalPrefix(ReadOnlySpan<char> word) => _ordinalPrefixes.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is one of the language's <c>[ordinal-nouns]</c>, which an ordinal numbers after
    /// any word ("Bundesverdienstkreuz 1. Klasse") and which opens no sentence.
    /// </summary>
    public bool IsOrdinalNoun(ReadOnlySpan<char> word) => _ordinalNouns.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is one of the language's <c>[after-ordinals]</c>, an abbreviation that follows an
    /// ordinal ("the 15th cent. the tower") and goes on before lower case there.
    /// </summary>
    public bool IsAfterOrdinal(ReadOnlySpan<char> word) => _afterOrdinals.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is one of the language's <c>[parts-of-speech]</c>, the label a glossary or a
    /// dictionary writes after a headword before its definition ("apse n. A semicircular recess").
    /// </summary>
    public bool IsPartOfSpeech(ReadOnlySpan<char> word) => _partsOfSpeech.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is one of the language's <c>[language-names]</c>, written with the case the list
    /// gives ("Lat.", "OHG.", German "lat."), which an etymology names after a preposition ("from Lat. Vindobona").
    /// </summary>
    public bool IsLanguageName(ReadOnlySpan<char> word) => _languageNames.Contains(word);

    /// <summary>An abbreviation that often closes a sentence ("p.m.", "U.S.", "Inc.", "etc.").</summary>
    public bool IsTerminal(ReadOnlySpan<char> word) => _terminal.Contains(word);

    /// <summary>A capitalized word that goes on after a terminal abbreviation ("p.m. Friday", "U.S. Navy").</summary>
    public bool IsContinuation(ReadOnlySpan<char> word) => _continuations.Contains(word);

    /// <summary>A word that leaves its phrase open (an article, a conjunction, "of", "with"): no line ends with one.</summary>
    public bool IsOpenEnd(ReadOnlySpan<char> word) => _openEnds.Contains(word);

    /// <summary>Whether <paramref name="segment"/> ends with a lower-case word that leaves its phrase open ("the", "of", "with"; <see cref="IsOpenEnd"/>).</summary>
    public bool EndsWithOpenWord(ReadOnlySpan<char> segment) =>
        SplitChars.LastLowerCaseWord(segment, 0, segment.Length) is >= 0 and int word && IsOpenEnd(segment[word..]);

    /// <summary>Whether <paramref name="word"/> is one of the language's <c>[prepositions]</c> ("of", "de", "di").</summary>
    public bool IsPreposition(ReadOnlySpan<char> word) => _prepositions.Contains(word);

    /// <summary>Whether <paramref name="word"/> is one of the language's <c>[subtitle-openers]</c>: a word that opens an official title's second line in lower case ("portant", "regarding", "относно").</summary>
    public bool IsSubtitleOpener(ReadOnlySpan<char> word) => _subtitleOpeners.Contains(word);

    /// <summary>A conjunction before the last item of a list that runs on in a sentence ("..., and (c) allow").</summary>
    public bool IsListConjunction(ReadOnlySpan<char> word) => _listConjunctions.Contains(word);

    /// <summary>A verb that attributes quoted speech ("said", "asked", "wrote"), lower case.</summary>
    public bool IsSpeechVerb(ReadOnlySpan<char> word) => _speechVerbs.Contains(word);

    /// <summary>
    /// A word that may follow a speech verb in an attribution after a quotation: the one spoken to or how
    /// ("asked me", "wondered aloud").
    /// </summary>
    public bool IsSpeechComplement(ReadOnlySpan<char> word) => _speechComplements.Contains(word);

    /// <summary>
    /// An abbreviation that stands before what it qualifies ("st . louis", "mt . everest", "good vs . evil"), whose
    /// period, spaced from it in tokenized text, goes on before a word that is no sentence starter.
    /// </summary>
    public bool IsSpacedPrefix(ReadOnlySpan<char> word) => _spacedPrefixes.Contains(word);

    /// <summary>A name written with an exclamation mark ("Yahoo!").</summary>
    public bool IsExclamationName(ReadOnlySpan<char> word) => _exclamationNames.Contains(word);

    /// <summary>A class that code calls a member of with a period ("String" in "String.Empty").</summary>
    public bool IsCodeClass(ReadOnlySpan<char> word) => _codeClasses.Contains(word);

    /// <summary>A unit or currency written after a quantity ("9,80 m.", "2024 г.", "5 млрд руб.").</summary>
    /// <remarks>A unit of one letter is written in lower case but the litre, which is also "L" ("9.8 m.", "2 L."): a
    /// capital after a number is no unit ("500 S. Main St." is a street's direction).</remarks>
    public bool IsUnit(ReadOnlySpan<char> word) =>
        (word.Length != 1 || !char.IsUpper(word[0]) || word[0] == 'L') && _units.Contains(word);

    /// <summary>An elided article or preposition written before a word with an apostrophe (Italian "l'", "dell'").</summary>
    public bool IsElision(ReadOnlySpan<char> word) => _elisions.Contains(word);

    /// <summary>
    /// A word a single capital letter labels ("Appendix B", "Type I", "Team A", "hepatitis B"): that letter is no
    /// initial. Capitalized, as labels are written, unless the word labels in lower case too ("vitamin D"): "to
    /// exhibit J. Turner" names a painter.
    /// </summary>
    public bool IsLabeled(ReadOnlySpan<char> word) =>
        (!word.IsEmpty && char.IsUpper(word[0]) && _labels.Contains(word)) || _lowercaseLabels.Contains(word);

    /// <summary>
    /// A word that a number after it labels, in either case ("section 7", "Chapter 3", "table 2"): the words that a
    /// capital letter labels (<see cref="IsLabeled"/>).
    /// </summary>
    public bool IsNumberLabel(ReadOnlySpan<char> word) => _labels.Contains(word);

    /// <summary>
    /// A word abbreviated by its ending before a number: German and Dutch streets ("Hauptstr. 5", "Kerkstr. 12").
    /// </summary>
    public bool HasNumericSuffix(ReadOnlySpan<char> word)
    {
        foreach (string suffix in _numericSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> opens with a phrase of the language's <c>[salutations]</c> section, the words
    /// that open a letter's salutation ("Sehr geehrte", "Estimado", "Exmo"), as a whole word (followed by a space, a
    /// comma, a colon, the period of an abbreviation, "Exmo. Senhor", or nothing).
    /// </summary>
    public bool StartsWithSalutation(ReadOnlySpan<char> line) => _salutations.StartsLine(line);

    /// <summary>
    /// Whether <paramref name="line"/> opens with a phrase of the language's <c>[closings]</c> section, the words that
    /// open a letter's closing ("Mit freundlichen Grüßen aus Hamburg", "Com os melhores cumprimentos"), as a whole
    /// word, as <see cref="StartsWithSalutation"/> reads a salutation. A closing of one word opens one only before a
    /// comma or alone ("Atenciosamente, equipe de vendas"): "Thanks to the team" is the start of a sentence.
    /// </summary>
    public bool StartsWithClosing(ReadOnlySpan<char> line)
    {
        foreach (string phrase in _closingPhrases)
        {
            if (line.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (line.Length == phrase.Length || line[phrase.Length] == ',' || (phrase.Contains(' ') && PhraseSet.EndsPhrase(line[phrase.Length]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="label"/> is the language's label of an interviewer's question (<c>[question-labels]</c>: "Q", "Question", "Frage").</summary>
    public bool IsQuestionLabel(ReadOnlySpan<char> label) => _questionLabels.Contains(label.TrimEnd('.'));

    /// <summary>Whether <paramref name="label"/> is the language's label of an answer to a question (<c>[answer-labels]</c>: "A", "Answer", "Antwort").</summary>
    public bool IsAnswerLabel(ReadOnlySpan<char> label) => _answerLabels.Contains(label.TrimEnd('.'));

    /// <summary>The most characters of a field's label before its colon (<see cref="IsFieldLine"/>).</summary>
    private const int MaxFieldLabelLength = 32;

    /// <summary>The most words of a field's label.</summary>
    private const int MaxFieldLabelWords = 4;

    /// <summary>
    /// Whether <paramref name="line"/> is a document's field of record: it opens with a label of the language's
    /// <c>[field-labels]</c> and a colon, which French spaces, before its value ("Keywords: fracture repair; microbiome",
    /// "**Keywords:** ...", "Date: Tuesday, 8 October 2024, 7:00 p.m.", "Zuhörer: ca. 35 Personen", "Mots-clés : ...").
    /// It says when, where, who or what the document is filed as, not what it says.
    /// </summary>
    public bool IsFieldLine(ReadOnlySpan<char> line)
    {
        // Markdown's emphasis around the label: "**Keywords:** ...", "__Date__: ...".
        line = SplitMarkup.SkipOpeningEmphasis(line.TrimStart());
        int colon = line[..Math.Min(line.Length, MaxFieldLabelLength + 1)].IndexOf(':');
        if (colon <= 0 || line[(colon + 1)..].Trim(" *_\t").IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<char> label = line[..colon].TrimEnd(" *_\u00A0");
        return !label.IsEmpty && char.IsLetter(label[0]) && WordCount(label) <= MaxFieldLabelWords && _fieldLabels.Contains(label);
    }

    /// <summary>
    /// Whether <paramref name="label"/> is one of the language's labels of a message's header (<c>[header-fields]</c>:
    /// "Subject", "From", "To", "Cc", "Date", "Betreff", "Von").
    /// </summary>
    public bool IsHeaderField(ReadOnlySpan<char> label) => _headerFields.Contains(label);

    /// <summary>
    /// Whether <paramref name="word"/> may open a news page's time stamp (<c>[stamp-labels]</c>: "Published", "Updated",
    /// "Date", "veröffentlicht", "Tuesday").
    /// </summary>
    public bool IsStampLabel(ReadOnlySpan<char> word) => _stampLabels.Contains(word);

    /// <summary>
    /// The length of a live page's time stamp that <paramref name="text"/> opens with, before the entry it stamps, or 0:
    /// a clock time ("10:42", "10.15", "09h30"), after words of <c>[stamp-labels]</c> and perhaps a connector of at most
    /// three letters ("Posted at 09:50"), or with a zone or a half of the day of <c>[time-zones]</c> after it, glued or
    /// not ("10:42 GMT", "10.15am"), or written with "h" ("09h30"); then perhaps a colon or a dash ("10:30 GMT: ...",
    /// "09h30 - ..."). A plain "10:42" or "3.5" is no stamp. Read without allocating.
    /// </summary>
    public int LeadingStampLength(ReadOnlySpan<char> text)
    {
        int k = 0;
        bool labelled = false;
        // Words of [stamp-labels], then a short connector ("Posted at", "Updated at").
        while (k < text.Length && char.IsLetter(text[k]))
        {
            int end = k;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            bool label = _stampLabels.Contains(text[k..end]);
            if (!label && !(labelled && end - k <= 3 && char.IsLower(text[k])))
            {
                return 0;
            }

            labelled = true;
            k = end;
            if (k >= text.Length || text[k] != ' ')
            {
                return 0;
            }

            k++;
        }

        int hour = k;
        while (k < text.Length && k - hour < 2 && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        if (k == hour || k + 2 >= text.Length || text[k] is not (':' or '.' or 'h')
            || !char.IsAsciiDigit(text[k + 1]) || !char.IsAsciiDigit(text[k + 2]))
        {
            return 0;
        }

        bool marked = labelled || text[k] == 'h';
        k += 3;
        if (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            return 0;
        }

        // A zone or a half of the day, glued ("10.15am") or after a space ("10:42 GMT").
        int zone = k < text.Length && text[k] == ' ' ? k + 1 : k;
        int zoneEnd = zone;
        while (zoneEnd < text.Length && char.IsAsciiLetter(text[zoneEnd]))
        {
            zoneEnd++;
        }

        if (zoneEnd > zone && (zoneEnd == text.Length || !char.IsLetter(text[zoneEnd])) && _timeZones.Contains(text[zone..zoneEnd]))
        {
            marked = true;
            k = zoneEnd;
        }

        if (!marked)
        {
            return 0;
        }

        // A colon after the stamp, or a dash apart by spaces.
        if (k < text.Length && text[k] == ':')
        {
            k++;
        }
        else if (k + 2 < text.Length && text[k] == ' ' && text[k + 1] is '-' or '\u2013' or '\u2014' && text[k + 2] == ' ')
        {
            k += 2;
        }

        return k;
    }

    /// <summary>The most words of a segment that <see cref="IsTimeStamp"/> reads.</summary>
    private const int MaxTimeStampWords = 12;

    /// <summary>
    /// Whether <paramref name="segment"/> is a time stamp alone, as a news page's byline fields set apart by " . " leave
    /// it in a research corpus ("07:40 EST, 3 March 2015 .", "updated : . 18:05 gmt , 4 march 2015 ."): at most
    /// <see cref="MaxTimeStampWords"/> words, one with a digit at least, the others months, words of
    /// <c>[stamp-labels]</c> ("Published", "Updated", "Tuesday"), of <c>[time-zones]</c> ("EST", "GMT", "a.m.") and
    /// marks ("|", ":"). It says when the page was written, not what it says.
    /// </summary>
    public bool IsTimeStamp(ReadOnlySpan<char> segment)
    {
        int words = 0;
        bool digit = false;
        foreach (Range range in segment.SplitAny(" \t\r\n,"))
        {
            ReadOnlySpan<char> word = segment[range].Trim(".:|-\u2013\u2014");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxTimeStampWords)
            {
                return false;
            }

            if (word.ContainsAnyInRange('0', '9'))
            {
                // A number, a clock time or a date in figures ("07:40", "2015", "3.3.2015"), not a word with a digit.
                foreach (char c in word)
                {
                    if (!char.IsAsciiDigit(c) && c is not ('.' or ':' or '/' or '-'))
                    {
                        return false;
                    }
                }

                digit = true;
            }
            else if (!(IsMonth(word) || _stampLabels.Contains(word) || _timeZones.Contains(word)))
            {
                return false;
            }
        }

        return digit;
    }

    /// <summary>Whether <paramref name="word"/> opens a byline (<c>[byline-openers]</c>: "By", "Von", "Par").</summary>
    public bool IsBylineOpener(ReadOnlySpan<char> word) => _bylineOpeners.Contains(word);

    /// <summary>
    /// Whether <paramref name="line"/> opens with a phrase of <c>[speech-bylines]</c>, a speech's noun and the word before
    /// its speaker ("Speech by", "Rede von", "Discours de", "Выступление").
    /// </summary>
    public bool OpensSpeechByline(ReadOnlySpan<char> line) => _speechBylines.StartsLine(line);

    /// <summary>Whether <paramref name="word"/> is one of <c>[audience-notes]</c>, a transcript's note of what the room did ("laughter", "beifall").</summary>
    public bool IsAudienceNoteWord(ReadOnlySpan<char> word) => _audienceNotes.Contains(word);

    /// <summary>
    /// Whether <paramref name="line"/> is a wire story's kicker alone on its line: a word of <c>[kickers]</c>, perhaps
    /// with a take's number and a colon, a dash or an exclamation mark ("BREAKING", "URGENT", "Eilmeldung", "UPDATE 2",
    /// "FLASH:"). The line under it is a headline.
    /// </summary>
    public bool IsKicker(ReadOnlySpan<char> line)
    {
        line = line.Trim().TrimEnd(":-!\u2013\u2014").TrimEnd().TrimEnd("0123456789").TrimEnd();
        return !line.IsEmpty && char.IsLetter(line[0]) && _kickers.Contains(line);
    }

    /// <summary>
    /// Whether <paramref name="line"/> opens with a wire story's kicker glued to its headline by a hyphen, perhaps after
    /// another and with a take's number ("UPDATE 1-Two dead ...", "EXCLUSIVE-Carmaker ...", "CORRECTED-UPDATE 2-...").
    /// </summary>
    public bool OpensWithKicker(ReadOnlySpan<char> line)
    {
        int hyphen = line.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < line.Length && !char.IsWhiteSpace(line[hyphen + 1]) && IsKicker(line[..hyphen]);
    }

    /// <summary>Whether <paramref name="word"/> names a page of a pagination line (<c>[pagination]</c>: "Previous", "Next", "Page").</summary>
    public bool IsPaginationWord(ReadOnlySpan<char> word) => _paginationWords.Contains(word);

    /// <summary>
    /// Whether <paramref name="line"/> is an e-mail reply's attribution: it ends with a colon, holds a digit (its date)
    /// and a phrase of the language's <c>[reply-attributions]</c> section as a whole word, followed by at most
    /// <see cref="MaxAttributionTail"/> words, the writer's name and address ("On Tue, Dec 1, 2026 at 10:02 AM, Priya
    /// Raman &lt;priya@example.com&gt; wrote:", "Am 01.12.2026 um 10:02 schrieb Tom Becker &lt;tom@example.com&gt;:",
    /// "Le 1 déc. 2026 à 10:02, Tom a écrit :"). "The minister wrote:" before a quotation has no date, and "In 2019 she
    /// wrote that the plan would fail, and added:" goes on too far after the verb. The English phrases are read in every
    /// language's text: a mail program may write its attribution in English over a reply in another language.
    /// </summary>
    public bool IsReplyAttribution(ReadOnlySpan<char> line) =>
        IsOwnReplyAttribution(line) || (Language != EnglishCode && (_english ??= For(EnglishCode)).IsOwnReplyAttribution(line));

    /// <summary>Whether <paramref name="line"/> is a reply's attribution by the language's own phrases (<see cref="IsReplyAttribution"/>).</summary>
    private bool IsOwnReplyAttribution(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (_replyAttributions.Length == 0 || line.IsEmpty || line[^1] != ':' || line.IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }

        line = line[..^1].TrimEnd();
        foreach (string phrase in _replyAttributions)
        {
            int at = line.LastIndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && SplitChars.IsWhiteSpace(line[at - 1]) && (at + phrase.Length == line.Length || SplitChars.IsWhiteSpace(line[at + phrase.Length]))
                && line[(at + phrase.Length)..].Count(' ') <= MaxAttributionTail)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a forum's attribution over the post it quotes: it opens with a phrase of the
    /// language's <c>[quote-attributions]</c> ("Quote from: plumbdude on May 12, 2024", "Originally Posted by jdoe",
    /// "Quote:"), or, in at most <see cref="MaxSaidAttributionWords"/> words, names the writer before "said:"
    /// ("plumbdude said:") or before a phrase of the language's <c>[reply-attributions]</c> and a colon, without the
    /// date an e-mail's has (a forum's "plumbdude wrote:", "Anna schrieb:", "Tom a écrit :").
    /// </summary>
    public bool IsQuoteAttribution(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (_quoteAttributions.StartsLine(line)
            || (line.EndsWith(" said:", StringComparison.OrdinalIgnoreCase) && WordCount(line) <= MaxSaidAttributionWords))
        {
            return true;
        }

        if (line.Length < 3 || line[^1] != ':')
        {
            return false;
        }

        line = line[..^1].TrimEnd();
        foreach (string phrase in _replyAttributions)
        {
            if (line.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && line.Length > phrase.Length
                && SplitChars.IsWhiteSpace(line[^(phrase.Length + 1)])
                && WordCount(line[..^phrase.Length].TrimEnd()) is > 0 and < MaxSaidAttributionWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words of a forum's "&lt;name&gt; said:" attribution (<see cref="IsQuoteAttribution"/>).</summary>
    private const int MaxSaidAttributionWords = 3;

    /// <summary>
    /// Whether <paramref name="line"/> is a letter's closing: after trimming, one of the language's <c>[closings]</c>
    /// ("Thanks", "Best regards", "Mit freundlichen Grüßen", "Cordialement"), with or without a final comma or
    /// exclamation mark ("Thanks!", "Merci !"), or followed on the same line by the writer's name, at most three
    /// capitalized words ("Thanks, Maria", "Best, Dana Ruiz"). An opening salutation ("Hi Sam,", "Sehr geehrte Frau
    /// Weber,") is none, nor is a sentence of thanks ("Thanks for the quick reply,", "Thanks, that helps.").
    /// </summary>
    public bool IsClosing(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (!line.IsEmpty && line[^1] is ',' or '!')
        {
            line = line[..^1].TrimEnd();
        }

        if (line.IsEmpty)
        {
            return false;
        }

        if (_closings.Contains(line) || IsSentFromTag(line))
        {
            return true;
        }

        int comma = line.IndexOf(',');
        return comma > 0 && _closings.Contains(line[..comma].TrimEnd()) && IsSignatureName(line[(comma + 1)..].Trim());
    }

    /// <summary>
    /// Whether <paramref name="line"/> is the tag line a mail app writes under a message, one of the <c>[sent-from]</c>
    /// patterns with one to <see cref="MaxDeviceWords"/> words of a device or an app for its '*' ("Sent from my iPhone",
    /// "Von meinem Samsung Galaxy gesendet", "Get Outlook for iOS"): it closes the message as "Best regards" does,
    /// whatever notice follows it, and heads no section.
    /// </summary>
    private bool IsSentFromTag(ReadOnlySpan<char> line)
    {
        foreach (string pattern in _sentFrom)
        {
            int star = pattern.IndexOf('*', StringComparison.Ordinal);
            ReadOnlySpan<char> head = pattern.AsSpan(0, star);
            ReadOnlySpan<char> tail = pattern.AsSpan(star + 1);
            if (line.Length > head.Length + tail.Length && line.StartsWith(head, StringComparison.OrdinalIgnoreCase)
                && line.EndsWith(tail, StringComparison.OrdinalIgnoreCase)
                && line[head.Length..^tail.Length].Trim() is { IsEmpty: false } device
                && WordCount(device) <= MaxDeviceWords && !device.ContainsAny(s_sentFromStops))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words of the device or app in a mail app's tag line (<see cref="IsSentFromTag"/>): "my Samsung Galaxy S24 Ultra".</summary>
    private const int MaxDeviceWords = 5;

    /// <summary>What a device's name never holds, and a sentence does: "Sent from my office, the report ...".</summary>
    private static readonly SearchValues<char> s_sentFromStops = SearchValues.Create(",;:.!?");

    /// <summary>Whether <paramref name="words"/> are a name as a signature writes it: one to three words that each start with a capital and hold only letters, hyphens, apostrophes and an initial's period.</summary>
    private static bool IsSignatureName(ReadOnlySpan<char> words)
    {
        int count = 0;
        foreach (Range range in words.Split(' '))
        {
            ReadOnlySpan<char> word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++count > 3 || !char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '\u2019' or '.'))
                {
                    return false;
                }
            }
        }

        return count > 0;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> opens with a label of back matter inline, the paragraph's text going on
    /// after it: a heading that <see cref="IsBackMatterHeading"/> accepts, followed by a colon and text
    /// ("CONFIDENTIALITY NOTICE: This e-mail message...", "Disclaimer: The author holds shares...", "Avis de
    /// confidentialité : Ce message..."), or by a copyright sign ("Copyright © 2024 Acme Corp."), or a copyright sign
    /// first ("© 2024 Acme Corp."); or the definition of a Markdown footnote ("[^1]: WebGPU is available in..."). Markdown's
    /// emphasis around the label is passed over ("**Read more:** ..."; <see cref="SplitMarkup.SkipOpeningEmphasis"/>).
    /// </summary>
    public bool StartsWithBackMatterLabel(ReadOnlySpan<char> sentence)
    {
        sentence = SplitMarkup.SkipOpeningEmphasis(sentence.TrimStart());
        if (sentence.StartsWith("[^") && sentence.IndexOf("]:") is > 2 and int footnote && footnote <= MaxFootnoteLabel
            && !sentence[2..footnote].ContainsAny(' ', ']'))
        {
            return true;
        }

        int mark = sentence[..Math.Min(sentence.Length, MaxBackMatterHeadingLength + 2)].IndexOfAny(':', '\u00A9');
        if (mark < 0 || sentence[(mark + 1)..].IsWhiteSpace())
        {
            return false;
        }

        return (mark == 0 && sentence[0] == '\u00A9') || (mark > 0 && IsBackMatterHeading(sentence[..mark].TrimEnd(SplitMarkup.EmphasisMarks)));
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> is a page's call to action: it opens, or after a speaker's label ("Host:
    /// Follow us on Instagram ...") goes on, with a phrase of the language's <c>[calls-to-action]</c> ("Follow us on
    /// Twitter for the latest updates.", "Click here to sign up for our newsletter.", "Scroll down for video", "Lesen Sie
    /// auch", "Abonnez-vous"), after Markdown's emphasis that opens it ("*Sign up for our newsletter.*";
    /// <see cref="SplitMarkup.SkipOpeningEmphasis"/>). It asks the reader to do something on the page, and says nothing
    /// of the story around it.
    /// </summary>
    public bool IsCallToAction(ReadOnlySpan<char> sentence) =>
        _callsToAction.StartsLine(SplitMarkup.SkipOpeningEmphasis(sentence))
        || (SpeakerLabels.LabelLength(sentence, out _) is > 0 and int label && _callsToAction.StartsLine(sentence[label..]));

    /// <summary>
    /// The length of the phrase of the language's <c>[inline-furniture]</c> that <paramref name="text"/> opens with
    /// ("Advertisement", "Media playback is not supported on this device"), a news page's label that a research corpus
    /// keeps inline before the sentence it stood over; 0 when it opens with none.
    /// </summary>
    public int InlineFurnitureLength(ReadOnlySpan<char> text) => _inlineFurniture.StartLength(text);

    /// <summary>
    /// Whether <paramref name="sentence"/> is legal or corporate boilerplate: it holds, as whole words, a phrase of the
    /// language's <c>[boilerplate]</c> ("Acme is an equal opportunity employer.", "©2015 Billboard. All rights
    /// reserved.", "If you have received this e-mail in error, please notify the sender.", "Alle Rechte vorbehalten.").
    /// It is written the same under every text it closes, and says nothing of the one it is under.
    /// </summary>
    public bool IsBoilerplate(ReadOnlySpan<char> sentence) => _boilerplate.Holds(sentence) || IsEqualOpportunity(sentence);

    /// <summary>The fewest protected traits that an equal-opportunity statement lists (<see cref="IsEqualOpportunity"/>).</summary>
    private const int MinProtectedTraits = 3;

    /// <summary>
    /// Whether <paramref name="sentence"/> is an employer's equal-opportunity statement in any language: it holds a
    /// phrase of <c>[trait-list-openers]</c> ("regardless of", "ongeacht", "unabhängig von", "sans distinction de") and
    /// at least <see cref="MinProtectedTraits"/> words of <c>[protected-traits]</c> ("We welcome applications from
    /// everyone, regardless of age, gender, background or disability.", "... ongeacht leeftijd, afkomst of
    /// geloof."). "The pass is free for all residents, regardless of age or income." names one trait.
    /// </summary>
    private bool IsEqualOpportunity(ReadOnlySpan<char> sentence)
    {
        if (!_traitListOpeners.Holds(sentence))
        {
            return false;
        }

        int traits = 0;
        int start = -1;
        for (int k = 0; k <= sentence.Length; k++)
        {
            bool letter = k < sentence.Length && char.IsLetter(sentence[k]);
            if (letter && start < 0)
            {
                start = k;
            }
            else if (!letter && start >= 0)
            {
                traits += _protectedTraits.Contains(sentence[start..k]) ? 1 : 0;
                start = -1;
            }
        }

        return traits >= MinProtectedTraits;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> runs a call or a meeting rather than speaks of its subject: it holds, as whole
    /// words, a phrase of the language's <c>[procedure]</c> ("I would now like to turn the call over to our CEO.", "Our
    /// first question comes from Mark Lee.", "Please note this event is being recorded.").
    /// </summary>
    public bool IsProcedure(ReadOnlySpan<char> sentence) => _procedure.Holds(sentence);

    /// <summary>
    /// Whether <paramref name="sentence"/> is a review page's vote line: it holds, as whole words, a phrase of the
    /// language's <c>[votes]</c> ("12 people found this helpful", "A 7 personas les ha parecido útil"). Unlike
    /// boilerplate, it says nothing of the sentences beside it, which are the review's.
    /// </summary>
    public bool IsVote(ReadOnlySpan<char> sentence) => _votes.Holds(sentence);

    /// <summary>The most words of a thread's post header or footer (<see cref="IsPostStamp"/>).</summary>
    private const int MaxPostStampWords = 20;

    /// <summary>The most words of the user's name and badge before the action of a post's header (<see cref="IsPostStamp"/>).</summary>
    private const int MaxPostStampNameWords = 3;

    /// <summary>
    /// Whether <paramref name="line"/> is a comment thread's header or footer, whatever ends it: at most
    /// <see cref="MaxPostStampNameWords"/> words of a user's name and role badge (capitalized, in emphasis, a handle or in
    /// brackets), an action of <c>[post-stamps]</c> ("commented", "linked a pull request", "respondida"), then only when
    /// (a year, a time of day, a number, a month, a word of <c>[time-words]</c>), the links of <c>[post-stamps]</c>
    /// ("at", "by", "a las"), further actions and the name of who acted: "**dana** (Member) commented 3 days ago",
    /// "answered Nov 14, 2024 at 13:22 by dana.k", "editada 12 feb. 2025 a las 10:20 · formulada ... por Lucía G.".
    /// An action that a colon closes may name its object after it ("... 2 days ago that will close this issue: Fix the
    /// crash"). A date is required, and a sentence's other words are not allowed: "Apple updated its app in 2024." is prose.
    /// </summary>
    public bool IsPostStamp(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 8 || _postActions.IsEmpty || line.IndexOfAny('!', '?') >= 0)
        {
            return false;
        }

        int words = 0, before = 0;
        bool acted = false, dated = false, afterNumber = false;
        int k = 0;
        while (k < line.Length)
        {
            if (char.IsWhiteSpace(line[k]))
            {
                k++;
                continue;
            }

            int end = k;
            while (end < line.Length && !char.IsWhiteSpace(line[end]))
            {
                end++;
            }

            ReadOnlySpan<char> token = line[k..end];
            int wordStart = k + (token.Length - token.TrimStart(SplitMarkup.EmphasisMarks).Length);
            ReadOnlySpan<char> word = line[wordStart..end].TrimEnd(SplitMarkup.EmphasisMarks).TrimEnd(".,;:");
            if (++words > MaxPostStampWords)
            {
                return false;
            }

            int action = wordStart < end ? _postActions.StartLength(line[wordStart..]) : 0;
            if (action > 0)
            {
                acted = true;
                k = wordStart + action;
                if (k < line.Length && line[k] == ':')
                {
                    // The action names what it links to after a colon: "... linked a pull request 2 days ago that will
                    // close this issue: Handle null addresses".
                    return dated;
                }

                continue;
            }

            k = end;
            if (word.IsEmpty || !word.ContainsAnyExcept(SplitMarkup.EmphasisMarks) || word is "\u00B7" or "\u2022" or "|" or "-" or "\u2013" or "\u2014")
            {
                continue;
            }

            bool named = char.IsUpper(word[0]) || word.IndexOfAny('_', '@', '.') > 0 || wordStart > end - token.Length || word[0] is '(' or '[' or '@';
            if (!acted)
            {
                if (++before > MaxPostStampNameWords || !named)
                {
                    return false;
                }

                continue;
            }

            // A month abbreviated after the day, as the language's months may not list it ("3 oct. 2024"), is the date's.
            bool abbreviatedMonth = afterNumber && word.Length <= 4 && end - wordStart > word.Length && line[wordStart + word.Length] == '.';
            afterNumber = !word.ContainsAnyExceptInRange('0', '9');
            if (word.ContainsAnyInRange('0', '9') || IsTimeWord(word))
            {
                dated = true;
            }
            else if (!named && !abbreviatedMonth && !IsMonth(word) && !_postLinks.Contains(word))
            {
                return false;
            }
        }

        return acted && dated;
    }

    /// <summary>The most words of a review's line of where and when it was written (<see cref="IsReviewStamp"/>).</summary>
    private const int MaxReviewStampWords = 12;

    /// <summary>
    /// Whether <paramref name="line"/> is a shop review's line of where and when it was written, part of the review's
    /// header: it opens with a phrase of <c>[review-stamps]</c> and ends with the date's year ("Reviewed in the United
    /// States on January 21, 2026", "Rezension aus Deutschland vom 3. März 2025"), or ends with one of its closing
    /// phrases after the date ("2026年1月21日に日本でレビュー済み"), in at most <see cref="MaxReviewStampWords"/> words.
    /// </summary>
    public bool IsReviewStamp(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 8 || !line.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        if (char.IsAsciiDigit(line[^1]) && _reviewStamps.StartLength(line) > 0)
        {
            return SplitChars.CountWords(line, MaxReviewStampWords + 1) <= MaxReviewStampWords;
        }

        foreach (string ending in _reviewStampEndings)
        {
            if (line.EndsWith(ending, StringComparison.Ordinal) && char.IsAsciiDigit(line[0]) && SplitChars.CountWords(line, MaxReviewStampWords + 1) <= MaxReviewStampWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="paragraph"/> is a note to the editors who take a wire story or a release: it opens,
    /// perhaps inside a bracket, with a label of the language's <c>[editors-notes]</c> before a colon or a dash ("Eds:
    /// UPDATES with ...", "Editor's note: ...", "EDITOR'S NOTE — ...", "(Korrespondenten-Hinweis: ...)", "Note aux
    /// rédactions : ..."). It tells the desk what the take changes or what follows, not what happened.
    /// </summary>
    public bool IsEditorsNote(ReadOnlySpan<char> paragraph)
    {
        paragraph = SplitMarkup.SkipOpeningEmphasis(paragraph);
        paragraph = paragraph.StartsWith('(') || paragraph.StartsWith('[') ? paragraph[1..] : paragraph;
        int label = _editorsNotes.StartLength(paragraph);
        if (label == 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = paragraph[label..].TrimStart().TrimStart(SplitMarkup.EmphasisMarks);
        return !rest.IsEmpty && rest[0] is ':' or '\uFF1A' or '\u2014' or '\u2013' or '-';
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> is a court story's closing line that names the case: it opens with a phrase
    /// of the language's <c>[case-captions]</c> ("The case is") and goes on with a case's caption, two parties parted
    /// by "v." or "vs." ("The case is Smith v. Harbour Ferries Inc, ..."), or a docket's number, digits parted by a
    /// hyphen or a colon ("No. 1:24-cv-00318").
    /// It files the story's case; "The case is expected to go to trial in May." tells what happens to it.
    /// </summary>
    public bool IsCaseCaption(ReadOnlySpan<char> sentence)
    {
        int opener = _caseCaptions.StartLength(sentence);
        if (opener == 0)
        {
            return false;
        }

        ReadOnlySpan<char> caption = sentence[opener..];
        if (caption.Contains(" v. ", StringComparison.Ordinal) || caption.Contains(" vs. ", StringComparison.Ordinal))
        {
            return true;
        }

        // A docket's number is digits parted by a hyphen or a colon ("No. 23-1187"), not a rank ("No. 3").
        int number = caption.IndexOf("No. ", StringComparison.Ordinal);
        ReadOnlySpan<char> docket = number < 0 ? default : caption[(number + 4)..];
        int end = docket.IndexOfAny(' ', ',');
        docket = end < 0 ? docket : docket[..end];
        return docket.Length > 2 && char.IsAsciiDigit(docket[0]) && docket.ContainsAny('-', ':');
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> holds a phrase of <c>[boilerplate]</c>, <c>[procedure]</c>, <c>[votes]</c> or
    /// <c>[trait-list-openers]</c>:
    /// one reading that tells most sentences are none of <see cref="IsBoilerplate"/>, <see cref="IsProcedure"/> and
    /// <see cref="IsVote"/>.
    /// </summary>
    public bool HoldsBoilerplateProcedureOrVote(ReadOnlySpan<char> sentence) => _boilerplateProcedureOrVotes.Holds(sentence);

    /// <summary>The most words of the name that opens an author's note (<see cref="AuthorNoteName"/>).</summary>
    private const int MaxNoteNameWords = 4;

    /// <summary>
    /// The last word of the name that opens <paramref name="sentence"/> when it reads as a note on the author of the
    /// text: two to <see cref="MaxNoteNameWords"/> capitalized words (a title or an initial among them, an opening dash,
    /// asterisk or underscore aside, a credential of the language's <c>[bio-credentials]</c> between commas after them:
    /// "Jane Roe, M.D., is ..."), a verb of the language's <c>[bio-verbs]</c> right after them, and a phrase of its
    /// <c>[bio-roles]</c> in the sentence ("Helen Achebe is a former council member and the author of ...", "Rachel Kim
    /// covers city government for The Daily Ledger.", "— Jane Doe is a freelance writer based in Lisbon.", "Anna Weber
    /// ist Redakteurin im Ressort Politik."), or of the language's <c>[bio-subjects]</c> that opens it in their place
    /// ("The writer is a senior fellow at ...", "Der Autor ist Korrespondent in Rom."); otherwise an empty range. With
    /// <paramref name="anyRole"/> (a note at the text's end), a phrase of the language's <c>[bio-copulas]</c> after the
    /// name says a role of any kind ("Tom Reyes is a civil engineer in Fresno.", "Иван Петров — экономист.").
    /// Whether it is one is up to where it stands.
    /// </summary>
    public Range AuthorNoteName(ReadOnlySpan<char> sentence, bool anyRole = false)
    {
        int k = 0;
        while (k < sentence.Length && sentence[k] is '-' or '\u2013' or '\u2014' or '*' or '_' or ' ')
        {
            k++;
        }

        foreach (string subject in _bioSubjects)
        {
            int end = k + subject.Length;
            if (end < sentence.Length && sentence[end] == ' ' && sentence[k..].StartsWith(subject, StringComparison.OrdinalIgnoreCase)
                && (IsNoteVerbAt(sentence, end + 1) || (anyRole && IsCopulaAt(sentence, end + 1))))
            {
                return (k + subject.LastIndexOf(' ') + 1)..end;
            }
        }

        Range last = default;
        for (int words = 0; k < sentence.Length; words++)
        {
            if (anyRole && words >= 2 && IsCopulaAt(sentence, k))
            {
                return last;
            }

            int end = k;
            while (end < sentence.Length && (char.IsLetter(sentence[end]) || sentence[end] is '.' or '\'' or '\u2019' or '-'))
            {
                end++;
            }

            ReadOnlySpan<char> word = sentence[k..end];
            int credential = CredentialAfter(sentence, end);
            if (word.Length > 0 && char.IsUpper(word[0]) && credential > 0 && words > 0 && words < MaxNoteNameWords)
            {
                // "Jane Roe, M.D., is ...": the credential closes the name.
                last = word[^1] == '.' ? default : k..end;
                k = credential;
                continue;
            }

            if (end == sentence.Length || sentence[end] != ' ' || word.Length == 0)
            {
                return default;
            }

            if (!char.IsUpper(word[0]))
            {
                // The verb after the name, and a role in the sentence.
                return words >= 2 && IsNoteVerbAt(sentence, k) ? last : default;
            }

            if (words == MaxNoteNameWords)
            {
                return default;
            }

            last = word[^1] == '.' ? default : k..end;
            k = end + 1;
        }

        return default;
    }

    /// <summary>
    /// Where the word after a credential of <c>[bio-credentials]</c> between commas at <paramref name="k"/> starts
    /// (", M.D., is", ", PhD, is"), or 0 when none stands there (<see cref="AuthorNoteName"/>).
    /// </summary>
    private int CredentialAfter(ReadOnlySpan<char> sentence, int k)
    {
        if (_bioCredentials.IsEmpty || k + 2 >= sentence.Length || sentence[k] != ',' || sentence[k + 1] != ' ')
        {
            return 0;
        }

        int length = _bioCredentials.StartLength(sentence[(k + 2)..]);
        int end = k + 2 + length;
        end += length > 0 && end < sentence.Length && sentence[end] == '.' ? 1 : 0;
        return length > 0 && end + 1 < sentence.Length && sentence[end] == ',' && sentence[end + 1] == ' ' ? end + 2 : 0;
    }

    /// <summary>Whether a phrase of <c>[bio-copulas]</c> stands at <paramref name="k"/>, a word after it (<see cref="AuthorNoteName"/>).</summary>
    private bool IsCopulaAt(ReadOnlySpan<char> sentence, int k)
    {
        int length = _bioCopulas.StartLength(sentence[k..]);
        return length > 0 && k + length + 1 < sentence.Length && sentence[k + length] == ' ' && char.IsLetter(sentence[k + length + 1]);
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> opens with a phrase of the language's <c>[bio-trailers]</c>: what a page sets
    /// under a note on the author without saying anything of the text ("Opinions expressed in this column are those of
    /// the author.", "Мнение автора может не совпадать с позицией редакции."), so that the note still ends the text.
    /// </summary>
    public bool IsBioTrailer(ReadOnlySpan<char> sentence) => _bioTrailers.StartsLine(SplitMarkup.SkipOpeningEmphasis(sentence).TrimEnd("*_ "));

    /// <summary>Whether a word of <c>[bio-verbs]</c> stands at <paramref name="k"/>, and a phrase of <c>[bio-roles]</c> after it (<see cref="AuthorNoteName"/>).</summary>
    private bool IsNoteVerbAt(ReadOnlySpan<char> sentence, int k)
    {
        int end = k;
        while (end < sentence.Length && char.IsLetter(sentence[end]))
        {
            end++;
        }

        return end < sentence.Length && sentence[end] == ' ' && _bioVerbs.Contains(sentence[k..end]) && _bioRoles.Holds(sentence[k..]);
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> is a courtesy and nothing else: at least three words, every one of the
    /// language's <c>[courtesy-core]</c> (words that greet, thank, offer help or say a pleasure) or <c>[courtesy]</c>
    /// (the words that go with them), one at least of the first ("I hope this email finds you well.", "Good morning,
    /// everyone, and thank you for coming.", "Thank you for your time and consideration.", "Please let me know if you
    /// have any questions.", "It is a great pleasure to be here.", a support agent's "How can I help you today?"), a
    /// speaker's label before it not counting. Two words of neither section may name the occasion in a sentence of five
    /// words or more that has two core words ("Welcome, everyone, and thanks for joining the quarterly review."). It says
    /// nothing of what the text is about; "I will be back.", "It was very good." and "Thank you, Mr. President." are none.
    /// </summary>
    public bool IsCourtesy(ReadOnlySpan<char> sentence)
    {
        if (!_hasCourtesy)
        {
            return false;
        }

        // A speaker's label is no part of what is said ("Agent: How can I help you today?").
        sentence = sentence[SpeakerLabels.LabelLength(sentence, out _)..];
        Span<char> lower = stackalloc char[MaxCourtesyWordLength];
        int words = 0;
        int core = 0;
        int other = 0;
        foreach (Token token in WordTokenizer.Enumerate(sentence))
        {
            ReadOnlySpan<char> word = token.Slice(sentence);
            words++;
            if (word.Length > MaxCourtesyWordLength)
            {
                other++;
            }
            else
            {
                int length = word.ToLowerInvariant(lower);
                lower[..length].Replace('\u2019', '\'');
                if (_courtesyCore.Contains(lower[..length]))
                {
                    core++;
                }
                else if (!_courtesy.Contains(lower[..length]))
                {
                    other++;
                }
            }

            // A greeting and a thanks may name the occasion ("Welcome, everyone, and thanks for joining the quarterly
            // review."): two words of it, in a sentence of at least five that greets or thanks twice.
            if (other > MaxCourtesyOtherWords)
            {
                return false;
            }
        }

        return other == 0 ? core > 0 && words >= 3 : core >= 2 && words >= MinCourtesyWordsWithOthers;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a caption: it opens with a label of the language's <c>[captions]</c> section,
    /// one or two words and a colon, which French spaces and Chinese and Japanese write full-width ("Photo: A cyclist on
    /// Main Street.", "Pictured: the mayor", "Bildunterschrift: ...", "Légende : ...", "写真：..."), or Armenian's "՝"
    /// ("Լուսանկարը՝ ..."), or two words and a comma, as a copied news page writes it ("Image caption, ..."); or with
    /// such a label in square brackets before its text ("[Photo] The mayor ...", "[사진] ..."), or after a round bracket
    /// that opens the line, before a colon or an equals sign, as Korean papers credit a picture ("(사진=연합뉴스)",
    /// "（写真：雪に埋もれた住宅街）"). The labels of every language without a data file of its own are in the common
    /// data ("사진", "写真", "图", "الصورة", "عکس"). A caption describes a picture or a video beside the text. So does a
    /// numbered one (<see cref="IsNumberedCaption"/>: "Figure 1: ...", "Table 2.", "Abb. 3 – ..."). Markdown's emphasis
    /// around the label or the line is passed over ("*Photo: The new bridge.*", "**Photo:** ...";
    /// <see cref="SplitMarkup.SkipOpeningEmphasis"/>).
    /// </summary>
    public bool IsCaption(ReadOnlySpan<char> line)
    {
        line = SplitMarkup.SkipOpeningEmphasis(line);
        if (IsNumberedCaption(line) || IsBracketedCaption(line))
        {
            return true;
        }

        ReadOnlySpan<char> head = line[..Math.Min(line.Length, MaxCaptionLabelLength + 1)];
        int colon = head.IndexOfAny(s_captionLabelEnds);
        int comma = head.IndexOf(',');
        if (colon <= 0 && comma <= 0)
        {
            return false;
        }

        // A colon after one or two words, or a comma after two ("Image caption, The ferry ..."): one word before a
        // comma is prose ("Above, the council voted").
        bool byColon = colon > 0;
        ReadOnlySpan<char> label = line[..(byColon ? colon : comma)].TrimEnd().TrimEnd(SplitMarkup.EmphasisMarks);
        return IsCaptionLabel(label, byColon ? 2 : -2);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a play's stage direction that brings characters on or off: it opens with a word
    /// of the language's <c>[stage-directions]</c> ("Enter", "Exit", "Exeunt", "Re-enter") that stands alone or before
    /// a comma or a period ("Exeunt.", "Exit, running."), or before a name in capitals, perhaps after an article
    /// ("Enter DAVID PRYCE, her son, from the yard.", "Enter the KING and the QUEEN."). An instruction's "Enter the
    /// number of copies." names no one in capitals.
    /// </summary>
    public bool IsStageDirection(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        int end = 0;
        while (end < line.Length && (char.IsLetter(line[end]) || line[end] == '-'))
        {
            end++;
        }

        if (end == 0 || !char.IsUpper(line[0]) || !_stageDirections.Contains(line[..end]))
        {
            return false;
        }

        ReadOnlySpan<char> rest = line[end..];
        if (rest.IsEmpty || rest[0] is '.' or ',')
        {
            return true;
        }

        rest = rest.TrimStart();
        ReadOnlySpan<char> word = NextWord(rest);
        if (word.Length is > 0 and <= 3 && char.IsLower(word[0]))
        {
            // An article before the name: "Enter the KING".
            rest = rest[word.Length..].TrimStart();
            word = NextWord(rest);
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return word.Length >= 2;

        static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text)
        {
            int length = 0;
            while (length < text.Length && char.IsLetter(text[length]))
            {
                length++;
            }

            return text[..length];
        }
    }

    /// <summary>
    /// Whether <paramref name="label"/> is a label of the <c>[captions]</c> section that opens with a letter, of at most
    /// <paramref name="words"/> words, or of exactly its negation when negative.
    /// </summary>
    private bool IsCaptionLabel(ReadOnlySpan<char> label, int words)
    {
        // An abbreviated label keeps its period before the colon ("Fot.: PAP"); the data has it without.
        label = label.TrimEnd('.');
        int count = WordCount(label);
        return !label.IsEmpty && char.IsLetter(label[0]) && (words < 0 ? count == -words : count <= words) && _captions.Contains(label);
    }

    /// <summary>
    /// Whether <paramref name="line"/> opens with a caption's label in brackets: in square ones before a space and its
    /// text ("[Photo] The mayor ...", "[사진] 14일 ...", "【写真】..."; not a Markdown link, "[Photo](...)"), or after a round
    /// one, before a colon or an equals sign ("(사진=연합뉴스)", "（写真：...）", "(Photo: Greg Moss)"), or after a square one
    /// before a colon ("[Illustration: The lantern on the quay]", "[Footnote 1: ...]").
    /// </summary>
    private bool IsBracketedCaption(ReadOnlySpan<char> line)
    {
        if (line.Length < 3)
        {
            return false;
        }

        ReadOnlySpan<char> head = line[1..Math.Min(line.Length, MaxCaptionLabelLength + 2)];
        int close = line[0] switch
        {
            '[' => head.IndexOf(']'),
            '［' => head.IndexOf('］'),
            '【' => head.IndexOf('】'),
            _ => -2,
        };
        if (close >= 0)
        {
            ReadOnlySpan<char> after = head[(close + 1)..];
            if ((after.IsEmpty || char.IsWhiteSpace(after[0]) || !char.IsAscii(after[0])) && IsCaptionLabel(head[..close].Trim(), 2))
            {
                return true;
            }
        }

        // A label and a colon inside the bracket, as a transcribed book sets its pictures and notes apart
        // ("[Illustration: The lantern on the quay]", "[Footnote 1: The quay was rebuilt in 1871.]", "[Sidenote: ...]"): a
        // note's number or letter after the label is no part of it.
        int mark = line[0] is '(' or '（' or '[' ? head.IndexOfAny(s_bracketedCaptionLabelEnds) : -1;
        if (mark <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> label = head[..mark].Trim();
        int space = label.LastIndexOf(' ');
        return IsCaptionLabel(label, 2)
            || (line[0] == '[' && space > 0 && label.Length - space - 1 is >= 1 and <= 3 && !label[(space + 1)..].ContainsAnyExcept(s_noteNumbers)
                && IsCaptionLabel(label[..space], 2));
    }

    /// <summary>What numbers a transcribed book's note after its label: digits and capital letters ("Footnote 12", "Footnote A").</summary>
    private static readonly SearchValues<char> s_noteNumbers = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>What ends a caption's label: a colon, a full-width one, Armenian's "՝".</summary>
    private static readonly SearchValues<char> s_captionLabelEnds = SearchValues.Create(":\uFF1A\u055D");

    /// <summary>What ends a caption's label after a round bracket: a colon, a full-width one, an equals sign.</summary>
    private static readonly SearchValues<char> s_bracketedCaptionLabelEnds = SearchValues.Create(":\uFF1A=");

    /// <summary>
    /// Whether <paramref name="line"/>, a line of its own, credits a picture: at most <see cref="MaxCreditWords"/> words
    /// without final punctuation that name, as whole words, an agency or phrase of the <c>[photo-credits]</c> section
    /// ("Getty Images", "Reuters", "AFP via Getty Images", "Image source, EPA") or a phrase of <c>[credit-phrases]</c>
    /// (<see cref="IsNamedPhotoCredit"/>). The line under it is the caption.
    /// </summary>
    public bool IsPhotoCredit(ReadOnlySpan<char> line) =>
        IsCreditShaped(line, out line) && (_photoCredits.Holds(line) || _creditPhrases.Holds(line));

    /// <summary>
    /// Whether <paramref name="line"/> credits a picture in words that say so, wherever it stands: at most
    /// <see cref="MaxCreditWords"/> words without final punctuation that hold a phrase of the <c>[credit-phrases]</c>
    /// section ("Staff photo by Greg Moss", "Photo courtesy of the city", "GREG MOSS/STAFF PHOTOGRAPHER"). An agency's
    /// name alone (<see cref="IsPhotoCredit"/>) credits a picture only on a line of its own or after a caption's label.
    /// </summary>
    public bool IsNamedPhotoCredit(ReadOnlySpan<char> line) =>
        IsCreditShaped(line, out line) && _creditPhrases.Holds(line);

    /// <summary>
    /// Whether <paramref name="line"/> credits a picture after the copyright sign, wherever it stands: "©", a space and
    /// at most <see cref="MaxCreditWords"/> words in all without final punctuation ("© The Lake Courier / Jean Bonnet",
    /// "© Ellery Chronicle/Tom Birch"), as a news page closes a caption with it, or the sign spelt "(c)" before a year
    /// ("(c) 2026 Acme Co-op"; not a list's "(c) the tenant").
    /// </summary>
    public static bool IsCopyrightCredit(ReadOnlySpan<char> line)
    {
        if (!IsCreditShaped(line, out line))
        {
            return false;
        }

        if (line.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase))
        {
            return line.Length > 4 && char.IsAsciiDigit(line[4]);
        }

        return line.Length > 2 && line[0] == '\u00A9' && char.IsWhiteSpace(line[1]);
    }

    /// <summary>Whether <paramref name="line"/>, trimmed into <paramref name="trimmed"/>, has a credit's shape: at most <see cref="MaxCreditWords"/> words, without final punctuation.</summary>
    private static bool IsCreditShaped(ReadOnlySpan<char> line, out ReadOnlySpan<char> trimmed)
    {
        trimmed = line.Trim();
        return !trimmed.IsEmpty && !SplitChars.Terminators.Contains(trimmed[^1]) && WordCount(trimmed) <= MaxCreditWords;
    }

    /// <summary>The most words a picture's credit line has ("Photograph: Jane Smith/AFP via Getty Images").</summary>
    private const int MaxCreditWords = 8;

    /// <summary>
    /// Whether a line names back matter, what closes a text without being its content (references, related links,
    /// acknowledgements, a press release's "About &lt;company&gt;" and contacts, disclaimers, the earlier message under
    /// a reply, <see cref="IsEarlierMessageRule"/>): after Markdown's '#' marks, a mark such as "■" and a section number,
    /// inside the brackets of "【会社概要】" and Markdown's emphasis around it ("**Newsletter**"), and before a final colon, a heading of the language's <c>[back-matter]</c> section,
    /// after up to three words of its <c>[back-matter-qualifiers]</c> ("Important Disclosures"; <see cref="IsQualifiedBackMatter"/>),
    /// or one of its openers and at most six words in all ("about +": "About" and a name, "About Acme Robotics";
    /// "about the *": "About the author"), never a sentence ("About 200 homes lost power.").
    /// </summary>
    public bool IsBackMatterHeading(ReadOnlySpan<char> line)
    {
        line = line.Trim().TrimStart('#').TrimStart(HeadingMarks).TrimStart();
        if (line.Length > 2 && line[0] is '*' or '_' && line[^1] == line[0])
        {
            // A heading emphasized whole, as Markdown sets a box's title: "**Newsletter**".
            line = line.Trim(SplitMarkup.EmphasisMarks).Trim();
        }

        if (line.Length > 2 && ((line[0] == '\u3010' && line[^1] == '\u3011') || (line[0] == '[' && line[^1] == ']')))
        {
            // A heading in lenticular or square brackets, as Japanese and Korean releases set it: "【会社概要】".
            line = line[1..^1].Trim();
        }

        line = WithoutEditLink(line);
        if (IsEarlierMessageRule(line))
        {
            return true;
        }

        int number = 0;
        while (number < line.Length && (char.IsAsciiDigit(line[number]) || line[number] == '.'))
        {
            number++;
        }

        if (number > 0 && number < line.Length && line[number] is ' ' or '\t')
        {
            line = line[number..].TrimStart();
        }

        line = line.TrimEnd().TrimEnd(':').TrimEnd();
        if (line.IsEmpty || line.Length > MaxBackMatterHeadingLength)
        {
            return false;
        }

        // A typographic apostrophe reads as the straight one of the data ("À propos de l’auteur").
        if (line.Contains('\u2019'))
        {
            Span<char> straight = stackalloc char[line.Length];
            line.Replace(straight, '\u2019', '\'');
            return IsBackMatterName(straight);
        }

        return IsBackMatterName(line);
    }

    /// <summary>
    /// <paramref name="line"/> without the links a wiki writes in brackets after a section's heading, which a copied page
    /// keeps: every part of the bracket between '|' one of the <c>[edit-links]</c> ("References[edit]",
    /// "Note[modifica | modifica wikitesto]").
    /// </summary>
    private ReadOnlySpan<char> WithoutEditLink(ReadOnlySpan<char> line)
    {
        int open = line.Length > 2 && line[^1] == ']' ? line.LastIndexOf('[') : -1;
        if (open <= 0)
        {
            return line;
        }

        ReadOnlySpan<char> links = line[(open + 1)..^1];
        foreach (Range part in links.Split('|'))
        {
            if (!_editLinks.Contains(links[part].Trim()))
            {
                return line;
            }
        }

        return line[..open].TrimEnd();
    }

    /// <summary>The marks that set a heading off before it, as East Asian releases write them: "■ 회사 소개", "◆ 会社概要".</summary>
    private const string HeadingMarks = "\u25A0\u25A1\u25C6\u25C7\u25CF\u25CB\u25B6\u25BA\u25AA";

    /// <summary>The most words after the name of a business's reply on its heading's line (<see cref="IsBusinessReplyHeading"/>).</summary>
    private const int MaxReplyHeadingTail = 5;

    /// <summary>
    /// Whether <paramref name="line"/> is the heading of a business's reply under a review, a phrase of the language's
    /// <c>[business-replies]</c> alone or with when it was written, at most <see cref="MaxReplyHeadingTail"/> words of
    /// numbers, months, the language's <c>[time-words]</c> and words of one or two letters ("Response from the owner 1
    /// week ago", "Developer Response", "Antwort des Gastgebers", "Respuesta del propietario hace 2 semanas"), or opens
    /// with the phrase and a colon, the reply's label ("Response from the owner: Thank you, Sarah!"). Not "Developer
    /// response times have improved". Markdown's emphasis around the phrase is passed over ("**Risposta della
    /// struttura:**", "*Developer Response*").
    /// </summary>
    public bool IsBusinessReplyHeading(ReadOnlySpan<char> line)
    {
        line = SplitMarkup.SkipOpeningEmphasis(line.Trim());
        int phrase = _businessReplies.StartLength(line);
        if (phrase == 0)
        {
            return false;
        }

        ReadOnlySpan<char> tail = line[phrase..].TrimStart(SplitMarkup.EmphasisMarks).TrimStart();
        return tail.IsEmpty || tail[0] is ':' or '\uFF1A' || tail.Trim("()*_ \t,\u00B7").IsEmpty || IsWhenWritten(tail);
    }

    /// <summary>
    /// Whether <paramref name="line"/> says when a reply or a review was written: at most
    /// <see cref="MaxReplyHeadingTail"/> words of numbers, months, the language's <c>[time-words]</c> and words of one or
    /// two letters ("1 week ago", "hace 2 semanas", "Oct 20, 2025", "9/30/2025").
    /// </summary>
    public bool IsWhenWritten(ReadOnlySpan<char> line)
    {
        int words = 0;
        foreach (Range range in line.SplitAny(" \t,\u00B7"))
        {
            ReadOnlySpan<char> word = line[range].Trim("()*_");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxReplyHeadingTail
                || !(word.Length <= 2 || word.ContainsAnyInRange('0', '9') || IsMonth(word.TrimEnd('.')) || _timeWords.Contains(word)))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>The most words of the name in a business's reply heading that names it (<see cref="IsBusinessReplyHeadingOver"/>).</summary>
    private const int MaxReplyNameWords = 8;

    /// <summary>
    /// Whether <paramref name="line"/>, over <paramref name="nextLine"/>, is the heading of a business's reply under a
    /// review: one of <see cref="IsBusinessReplyHeading"/>, or a phrase of the language's
    /// <c>[business-reply-openers]</c> before a capitalized name of at most <see cref="MaxReplyNameWords"/> words, the
    /// business's or its manager's in place of "the owner", that a colon follows, the reply's label ("Response from
    /// Trailmark: Thanks, Ann!", "**Resposta da Pousada Mar Azul:** Prezado ...") or that is alone on its line over when it was written
    /// (<see cref="IsWhenWritten"/>: "Reply from Parcelo" over "2 days ago") or over a role of the language's
    /// <c>[business-roles]</c> ("Comment from Lisa M. of Blue Door Bakery" over "Business Owner"), or a host's first
    /// name alone on its line over the reply's sentence ("Response from Greg" over "Thanks Lauren! Come back anytime.";
    /// not "Reply from Trattoria Lupa" over it, which may head a story's section). A reply from a person in a story's
    /// text is no heading: "Response from the ministry was slow." The English headings are read in every language's
    /// text: a localized page keeps its site's chrome in English ("Seller response:" over an Indonesian reply).
    /// </summary>
    public bool IsBusinessReplyHeadingOver(ReadOnlySpan<char> line, ReadOnlySpan<char> nextLine) =>
        IsOwnBusinessReplyHeadingOver(line, nextLine)
        || (Language != EnglishCode && (_english ??= For(EnglishCode)).IsOwnBusinessReplyHeadingOver(line, nextLine));

    /// <summary>Whether <paramref name="line"/>, over <paramref name="nextLine"/>, is a reply heading by the language's own lists (<see cref="IsBusinessReplyHeadingOver"/>).</summary>
    private bool IsOwnBusinessReplyHeadingOver(ReadOnlySpan<char> line, ReadOnlySpan<char> nextLine)
    {
        if (IsBusinessReplyHeading(line))
        {
            return true;
        }

        line = SplitMarkup.SkipOpeningEmphasis(line.Trim());
        int opener = _businessReplyOpeners.StartLength(line);
        ReadOnlySpan<char> name = line[opener..].TrimStart();
        if (opener == 0 || name.IsEmpty || !char.IsUpper(name[0]))
        {
            return false;
        }

        int colon = name.IndexOf(':');
        ReadOnlySpan<char> named = (colon < 0 ? name : name[..colon]).TrimEnd(" *_\u00A0");
        if (colon < 0 && NamesRoleAtBusiness(named))
        {
            return true;
        }

        if (named.IsEmpty || SplitChars.CountWords(named, MaxReplyNameWords + 1) > MaxReplyNameWords || named[^1] is '!' or '?' or ',' or ';')
        {
            return false;
        }

        if (colon >= 0)
        {
            return true;
        }

        // A blockquote's mark and emphasis around the line under it: "> Business Owner", "*2 days ago*".
        nextLine = nextLine.Trim().TrimStart("> ").Trim(SplitMarkup.EmphasisMarks).Trim();
        return !nextLine.IsEmpty && (IsWhenWritten(nextLine) || _businessRoles.Contains(nextLine)
            || (IsFirstName(named) && char.IsUpper(nextLine[0]) && nextLine[^1] is '.' or '!' or '?'));
    }

    /// <summary>Whether <paramref name="name"/> is one capitalized word of letters ("Greg", "Zoë"), as a host signs a reply.</summary>
    private static bool IsFirstName(ReadOnlySpan<char> name) => char.IsUpper(name[0]) && SplitChars.IsAllLetters(name);

    /// <summary>
    /// Whether <paramref name="name"/>, the rest of a reply heading's line after its opener, names who replies and the
    /// business, in title case and of any length, a word of the language's <c>[business-places]</c> before a capitalized
    /// word between them and no final punctuation ("Hotel Manager, Front Office at The Regent Square Hotel"): a travel
    /// site's heading over the reply's text. Not "the ministry at the time".
    /// </summary>
    private bool NamesRoleAtBusiness(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !char.IsLetterOrDigit(name[^1]))
        {
            return false;
        }

        bool place = false, afterPlace = false;
        foreach (Range range in name.SplitAny(" \t"))
        {
            ReadOnlySpan<char> word = name[range].Trim(",");
            if (word.IsEmpty)
            {
                continue;
            }

            if (afterPlace && !char.IsUpper(word[0]))
            {
                return false;
            }

            afterPlace = false;
            if (_businessPlaces.Contains(word))
            {
                place = afterPlace = true;
            }
            else if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word.Length > 3)
            {
                return false;
            }
        }

        return place && !afterPlace;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a mail client's rule over the earlier message under a reply: dashes or
    /// underscores around a name of the language's <c>[earlier-messages]</c> ("-----Original Message-----", "--------
    /// Original message --------", "-----Ursprüngliche Nachricht-----"). All that follows it is that message.
    /// </summary>
    public bool IsEarlierMessageRule(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 2 && line[0] is '-' or '_' && line[1] == line[0] && line.Trim("-_ \t") is { IsEmpty: false } name
            && _earlierMessages.Contains(name);
    }

    /// <summary>
    /// Whether <paramref name="line"/>, a segment, ends a file's front matter, the publisher's preamble before
    /// the text (<c>[body-starts]</c>: "*** START OF THE PROJECT GUTENBERG EBOOK PRIDE AND PREJUDICE ***"), read with
    /// the asterisks and spaces around it trimmed.
    /// </summary>
    public bool IsBodyStart(ReadOnlySpan<char> line) => _bodyStarts.StartsLine(line.Trim("* \t"));

    /// <summary>
    /// Whether <paramref name="segment"/> heads a paper's abstract (<c>[abstract-headings]</c>): "Abstract", "ABSTRACT",
    /// "A B S T R A C T", "Zusammenfassung:" alone, or as the label that opens the abstract's first sentence ("Abstract:
    /// Headwater streams ...", "Resumen. Se analizó ...", "RIASSUNTO – Lo studio ...").
    /// </summary>
    public bool IsAbstractHeading(ReadOnlySpan<char> segment)
    {
        segment = segment.Trim();
        int label = segment.IndexOfAny(s_abstractLabelEnds);
        if (label > 0 && label < MaxAbstractLabel)
        {
            segment = segment[..label].TrimEnd();
        }
        else if (segment.Length >= MaxAbstractLabel * 2)
        {
            return false;
        }

        if (_abstractHeadings.Contains(segment))
        {
            return true;
        }

        // Spaced capitals, as a journal's layout sets the heading: "A B S T R A C T".
        Span<char> letters = stackalloc char[MaxAbstractLabel];
        int count = 0;
        for (int i = 0; i < segment.Length; i++)
        {
            if (i % 2 == 1 ? segment[i] != ' ' : !char.IsLetter(segment[i]) || count == letters.Length)
            {
                return false;
            }

            if (i % 2 == 0)
            {
                letters[count++] = segment[i];
            }
        }

        return count >= 2 && _abstractHeadings.Contains(letters[..count]);
    }

    /// <summary>
    /// Whether <paramref name="segment"/>, a heading or a lead-in over a list, names what a report found
    /// (<c>[finding-headings]</c>) by its first or last word, its section number, Markdown's marks and a closing colon
    /// aside: "IMPRESSION:", "## 4. Key findings", "Discharge diagnoses:", "Diagnosi di dimissione", "The audit reached
    /// three conclusions:". At most <see cref="MaxFindingHeadingWords"/> words.
    /// </summary>
    public bool IsFindingHeading(ReadOnlySpan<char> segment)
    {
        segment = segment.Trim().TrimStart("#*_ \t").TrimEnd(":\uFF1A.*_ \t");
        int number = 0;
        while (number < segment.Length && (char.IsAsciiDigit(segment[number]) || segment[number] is '.' or ')'))
        {
            number++;
        }

        segment = segment[number..].TrimStart();
        if (segment.IsEmpty || segment.Count(' ') >= MaxFindingHeadingWords)
        {
            return false;
        }

        int first = segment.IndexOf(' ');
        return _findingHeadings.Contains(first < 0 ? segment : segment[..first])
            || _findingHeadings.Contains(segment[(segment.LastIndexOf(' ') + 1)..]);
    }

    /// <summary>
    /// Whether <paramref name="segment"/>, a heading over a list, names the story's key points (<c>[key-point-headings]</c>),
    /// whole, Markdown's and a quotation's marks and a closing colon aside: "Key points", "### Summary", "&gt; **What we
    /// know**", "Das Wichtigste in Kürze", "L'essentiel".
    /// </summary>
    public bool IsKeyPointHeading(ReadOnlySpan<char> segment) =>
        _keyPointHeadings.Contains(segment.Trim().TrimStart("#*_> \t").TrimEnd(":\uFF1A*_ \t"));

    /// <summary>
    /// Whether <paramref name="label"/>, a label before a colon, is one of a fact check's box (<c>[fact-check-labels]</c>:
    /// "Claim", "Verdict", "Our rating", "Behauptung", "Calificación"), whose lines are what the fact check found.
    /// </summary>
    public bool IsFactCheckLabel(ReadOnlySpan<char> label) => _factCheckLabels.Contains(label.Trim());

    /// <summary>The most words that a heading or lead-in read by <see cref="IsFindingHeading"/> holds.</summary>
    private const int MaxFindingHeadingWords = 8;

    /// <summary>What ends an abstract's label before its text: "Abstract: ...", "Resumen. ...", "RIASSUNTO – ...".</summary>
    private static readonly SearchValues<char> s_abstractLabelEnds = SearchValues.Create(":.\u2013\u2014");

    /// <summary>The longest label that <see cref="IsAbstractHeading"/> reads ("Zusammenfassung", "Samenvatting").</summary>
    private const int MaxAbstractLabel = 24;

    /// <summary>
    /// Whether <paramref name="line"/>, a segment, says that a file's text is over, its publisher's licence
    /// following (<c>[body-ends]</c>: "*** END OF THE PROJECT GUTENBERG EBOOK PRIDE AND PREJUDICE ***", "End of the
    /// Project Gutenberg EBook of Pride and Prejudice"), read with the asterisks and spaces around it trimmed.
    /// </summary>
    public bool IsBodyEnd(ReadOnlySpan<char> line) => _bodyEnds.StartsLine(line.Trim("* \t"));

    /// <summary>
    /// Whether <paramref name="line"/>, a heading, opens the readers' comments under a post (<c>[comment-headings]</c>),
    /// Markdown's '#' marks, emphasis and a final colon aside: after a count, an entry that opens with "+ " ("14
    /// Comments", "7 Kommentare"; with a final " *", whatever follows it: "14 thoughts on "Why I quit"" for "+ thoughts on
    /// *"), or another entry, the line alone ("Leave a Reply"); the language's own or English ones.
    /// </summary>
    public bool IsCommentsHeading(ReadOnlySpan<char> line)
    {
        line = line.Trim().TrimStart('#').Trim().Trim(SplitMarkup.EmphasisMarks).Trim().TrimEnd(':').TrimEnd();
        int digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        bool counted = digits > 0 && digits + 1 < line.Length && line[digits] == ' ';
        ReadOnlySpan<char> rest = counted ? line[(digits + 1)..] : line;
        return !rest.IsEmpty && (OpensOwnComments(rest, counted) || (Language != EnglishCode && (_english ??= For(EnglishCode)).OpensOwnComments(rest, counted)));
    }

    /// <summary>Whether <paramref name="rest"/>, a heading after its count if <paramref name="counted"/>, is one of the language's own <c>[comment-headings]</c> (<see cref="IsCommentsHeading"/>).</summary>
    private bool OpensOwnComments(ReadOnlySpan<char> rest, bool counted)
    {
        foreach (string entry in _commentHeadings)
        {
            ReadOnlySpan<char> phrase = entry;
            if (phrase.StartsWith("+ ", StringComparison.Ordinal) != counted)
            {
                continue;
            }

            phrase = counted ? phrase[2..] : phrase;
            bool open = phrase.EndsWith(" *", StringComparison.Ordinal);
            phrase = open ? phrase[..^2] : phrase;
            if (open
                ? rest.Length > phrase.Length + 1 && rest[phrase.Length] == ' ' && rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                : rest.Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a heading, trimmed of its number and colon, is one of the <c>[back-matter]</c> section's or opens with one
    /// of its openers, the language's or English's: a release in any language may head its boilerplate in English
    /// ("About Hanbit Energy" over a Korean paragraph), and no English heading of back matter heads content in another.
    /// </summary>
    private bool IsBackMatterName(ReadOnlySpan<char> line) =>
        IsOwnBackMatterName(line) || (Language != EnglishCode && (_english ??= For(EnglishCode)).IsOwnBackMatterName(line));

    private const string EnglishCode = "en";

    /// <summary>Whether a heading, trimmed of its number and colon, is one of the language's own <c>[back-matter]</c> headings or opens with one of its openers.</summary>
    private bool IsOwnBackMatterName(ReadOnlySpan<char> line)
    {
        if (IsQualifiedBackMatter(line) || IsBusinessReplyHeading(line))
        {
            return true;
        }

        if (!char.IsUpper(line[0]) || line[^1] is '.' or '!' or '?' or ',' or ';' || WordCount(line) > MaxBackMatterHeadingWords)
        {
            return false;
        }

        foreach ((string opener, bool name) in _backMatterOpeners)
        {
            // An opener that ends with an elided article or preposition is written against the word it elides
            // ("à propos d'Agrivia").
            bool elided = opener[^1] == '\'';
            int stem = elided ? opener.Length - 1 : opener.Length;
            if (line.Length > stem + 1 && line.StartsWith(opener.AsSpan(0, stem), StringComparison.OrdinalIgnoreCase)
                && line[stem] == (elided ? '\'' : ' '))
            {
                // "+" asks for a name: "About Acme", not "About 200 homes" nor "about time".
                ReadOnlySpan<char> rest = line[(stem + 1)..].TrimStart();
                if (!rest.IsEmpty && (!name || IsName(rest)))
                {
                    return true;
                }
            }
        }

        foreach (string closer in _backMatterClosers)
        {
            // "+ hakkında": a name, then the word, as Turkish writes "about" after it ("Nordvind Enerji Hakkında").
            if (line.Length > closer.Length + 1 && line.EndsWith(closer, StringComparison.OrdinalIgnoreCase) && line[^(closer.Length + 1)] == ' '
                && line[..^(closer.Length + 1)].TrimEnd() is { IsEmpty: false } named && IsName(named))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a heading of the <c>[back-matter]</c> section, after at most
    /// <see cref="MaxBackMatterQualifiers"/> words of <c>[back-matter-qualifiers]</c> ("Important Disclosures",
    /// "Cautionary Statement Regarding Forward-Looking Statements"), or two such headings joined by "and" or "&amp;"
    /// ("Analyst Certification and Important Disclosures"). "Other Sources of Revenue" is none: the words after the
    /// qualifiers make the heading whole.
    /// </summary>
    private bool IsQualifiedBackMatter(ReadOnlySpan<char> line)
    {
        if (IsQualifiedBackMatterHeading(line))
        {
            return true;
        }

        int and = line.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
        int length = 5;
        if (and < 0)
        {
            and = line.IndexOf(" & ", StringComparison.Ordinal);
            length = 3;
        }

        return and > 0 && IsQualifiedBackMatterHeading(line[..and]) && IsQualifiedBackMatterHeading(line[(and + length)..]);
    }

    /// <summary>Whether <paramref name="line"/> is a heading of <c>[back-matter]</c> after at most <see cref="MaxBackMatterQualifiers"/> qualifiers.</summary>
    private bool IsQualifiedBackMatterHeading(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        for (int qualifiers = 0; ; qualifiers++)
        {
            if (_backMatter.Contains(line))
            {
                return true;
            }

            int space = line.IndexOf(' ');
            if (qualifiers == MaxBackMatterQualifiers || space <= 0 || !_backMatterQualifiers.Contains(line[..space]))
            {
                return false;
            }

            line = line[(space + 1)..].TrimStart();
        }
    }

    /// <summary>The most words of <c>[back-matter-qualifiers]</c> before a heading ("Cautionary Statement Regarding ...").</summary>
    private const int MaxBackMatterQualifiers = 3;

    /// <summary>
    /// Whether <paramref name="words"/> open with a name: a capitalized word, or, in a language that capitalizes every
    /// noun (German: "Über die Studie"), an acronym or two capitalized words in a row ("Über die Nordwind Energie AG",
    /// "Über den ADAC", "Über die Deutsche Bahn"), since an adjective or a second noun is capitalized only in a name.
    /// </summary>
    private bool IsName(ReadOnlySpan<char> words)
    {
        if (!char.IsUpper(words[0]))
        {
            return false;
        }

        if (!NounCapitals)
        {
            return true;
        }

        int space = words.IndexOf(' ');
        ReadOnlySpan<char> first = space < 0 ? words : words[..space];
        if (first.Length >= 2 && HasNoLowerCase(first))
        {
            return true;
        }

        ReadOnlySpan<char> rest = space < 0 ? [] : words[(space + 1)..].TrimStart();
        return !rest.IsEmpty && char.IsUpper(rest[0]);
    }

    private static bool HasNoLowerCase(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxBackMatterHeadingLength = 60;

    /// <summary>How many words of a courtesy may be of neither courtesy section, the occasion's name, when it has two core words.</summary>
    private const int MaxCourtesyOtherWords = 2;

    /// <summary>The fewest words of a courtesy that names its occasion.</summary>
    private const int MinCourtesyWordsWithOthers = 5;

    /// <summary>How many words may follow the verb of an e-mail reply's attribution: a name of up to three words and an address.</summary>
    private const int MaxAttributionTail = 4;

    /// <summary>How far into a line a Markdown footnote's label may close ("[^note-12]:").</summary>
    private const int MaxFootnoteLabel = 40;

    /// <summary>The longest word of a courtesy ("consideration", "Rückmeldung").</summary>
    private const int MaxCourtesyWordLength = 20;

    /// <summary>The longest caption label before its colon ("Bildunterschrift").</summary>
    private const int MaxCaptionLabelLength = 24;

    /// <summary>
    /// Whether <paramref name="line"/> opens with a numbered caption of a report or a paper: a capitalized label of the
    /// language's <c>[numbered-captions]</c> section, its period if abbreviated, a space, a number (digits with dots or
    /// dashes inside, one capital before them or one small letter after them: "2", "3.1", "S2", "4a"), then nothing, a
    /// capitalized word, or a colon, a period, a dash or a bar before a space ("Figure 1: Mean error by city", "Figure 1
    /// Hazard ratios", "Fig. 4 – Évolution", "Table 2.", "Abbildung 3 | Quelle"). "Table 2 shows the results." and "table
    /// 2. The" are prose.
    /// </summary>
    private bool IsNumberedCaption(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && k <= MaxCaptionLabelLength && char.IsLetter(line[k]))
        {
            k++;
        }

        if (k == 0 || k > MaxCaptionLabelLength || !char.IsUpper(line[0]) || !_numberedCaptions.Contains(line[..k]))
        {
            return false;
        }

        k += k < line.Length && line[k] == '.' ? 1 : 0;
        if (k >= line.Length || line[k] != ' ')
        {
            return false;
        }

        k++;
        k += k < line.Length && char.IsAsciiLetterUpper(line[k]) ? 1 : 0;
        int digits = k;
        while (k < line.Length && (char.IsAsciiDigit(line[k]) || (k > digits && line[k] is '.' or '-' && k + 1 < line.Length && char.IsAsciiDigit(line[k + 1]))))
        {
            k++;
        }

        if (k == digits)
        {
            return false;
        }

        k += k < line.Length && char.IsAsciiLetterLower(line[k]) && (k + 1 == line.Length || !char.IsLetter(line[k + 1])) ? 1 : 0;
        if (k == line.Length)
        {
            return true;
        }

        // A capitalized word after a space, as journals set a caption without a mark ("Figure 1 Hazard ratios by age",
        // "Abb. 2 Leistungszuwachs"; prose goes on in lower case: "Table 2 shows"), a spaced dash or bar, or the colon
        // that French spaces: "Fig. 4 – Évolution", "Tableau 2 : Nombre".
        if (line[k] == ' ' && k + 1 < line.Length && char.IsUpper(line[k + 1]))
        {
            return true;
        }

        int mark = line[k] == ' ' && k + 1 < line.Length && line[k + 1] is '\u2013' or '\u2014' or '-' or '|' or ':' ? k + 1 : k;
        return line[mark] is ':' or '.' or '\u2013' or '\u2014' or '-' or '|' && (mark + 1 == line.Length || char.IsWhiteSpace(line[mark + 1]));
    }

    // The shortest word that an ending of [keyword-exclusion-endings] leaves out: "finally", "possibly"; not "rally".
    private const int MinExcludedEndingWord = 7;

    private const int MaxBackMatterHeadingWords = 6;

    private static int WordCount(ReadOnlySpan<char> line)
    {
        int words = 0;
        for (int k = 0; k < line.Length; k++)
        {
            if (line[k] != ' ' && (k == 0 || line[k - 1] == ' '))
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>
    /// The <c>[back-matter]</c> section split into whole headings, openers and closers: an entry that ends with " *" opens a
    /// heading whatever words follow, one that ends with " +" only when a capitalized word (a name) follows, and one that
    /// opens with "+ " closes a heading after a name ("+ hakkında").
    /// </summary>
    private static (FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Headings, (string Opener, bool Name)[] Openers, string[] Closers) BackMatterOf(
        Dictionary<string, HashSet<string>> sections)
    {
        var headings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { ["headings"] = new(StringComparer.OrdinalIgnoreCase) };
        var openers = new List<(string, bool)>();
        var closers = new List<string>();
        foreach (string entry in sections.GetValueOrDefault("back-matter") ?? [])
        {
            if (entry.StartsWith("+ ", StringComparison.Ordinal))
            {
                closers.Add(entry[2..].TrimStart());
            }
            else if (entry.EndsWith(" *", StringComparison.Ordinal) || entry.EndsWith(" +", StringComparison.Ordinal))
            {
                openers.Add((entry[..^2].TrimEnd(), entry[^1] == '+'));
            }
            else
            {
                headings["headings"].Add(entry);
            }
        }

        return (Lookup(headings, "headings"), [.. openers], [.. closers]);
    }

    /// <summary>
    /// Whether <paramref name="word"/> is no keyword: one of the language's <c>[keyword-exclusions]</c> ("said",
    /// "suggests"), or a word of at least <see cref="MinExcludedEndingWord"/> letters with one of its
    /// <c>[keyword-exclusion-endings]</c> ("previously", "apparently"; not "rally" or "family").
    /// </summary>
    public bool IsKeywordExclusion(ReadOnlySpan<char> word)
    {
        if (_keywordExclusions.Contains(word))
        {
            return true;
        }

        if (word.Length >= MinExcludedEndingWord)
        {
            foreach (string ending in _keywordExclusionEndings)
            {
                if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Any known abbreviation, whatever its class.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) =>
        _titles.Contains(word) || _general.Contains(word) || _numeric.Contains(word) || _terminal.Contains(word);

    /// <summary>
    /// The rules of the language with code <paramref name="language"/>: its own data file over the common one, or the
    /// language-neutral rules (the common file alone) when it has none. Loaded once per data file and shared.
    /// </summary>
    public static SplittingRules For(string language) =>
        s_cache.GetOrAdd(SupportedLanguages.Contains(language) ? language : string.Empty, Load);

    private static SplittingRules Load(string language)
    {
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        Read("common", sections);
        if (language.Length > 0)
        {
            Read(language, sections);
        }

        return new SplittingRules(language, sections);
    }

    private static FrozenSet<string> FindSupportedLanguages()
    {
        Assembly assembly = typeof(SplittingRules).Assembly;
        var codes = new List<string>();
        foreach (Summarizer.Language language in Summarizer.Language.All)
        {
            if (assembly.GetManifestResourceInfo(ResourcePrefix + language.Code + ".txt") is not null)
            {
                codes.Add(language.Code);
            }
        }

        return codes.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The phrases of the <paramref name="names"/> sections together (none for a section the language lacks).</summary>
    private static PhraseSet Phrases(Dictionary<string, HashSet<string>> sections, params string[] names) =>
        new(names.SelectMany(name => sections.TryGetValue(name, out HashSet<string>? phrases) ? phrases : []));

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(
        Dictionary<string, HashSet<string>> sections, string name, StringComparer? comparer = null)
    {
        comparer ??= StringComparer.OrdinalIgnoreCase;
        FrozenSet<string> set = sections.TryGetValue(name, out HashSet<string>? entries)
            ? entries.ToFrozenSet(comparer)
            : FrozenSet<string>.Empty;
        if (set.Count == 0)
        {
            // The empty frozen set does not support alternate lookups; use a set that can never match a word.
            set = FrozenSet.Create(comparer, "\0");
        }

        return set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The plurals of a section's abbreviations: each with an "s" ("art": "arts"), and a single letter doubled ("s":
    /// "ss"); abbreviations of other characters than letters ("d.lgs") have none. Italian's "artt." is listed.
    /// </summary>
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralLookup(
        Dictionary<string, HashSet<string>> sections, string name)
    {
        HashSet<string> plurals = new(StringComparer.OrdinalIgnoreCase);
        if (sections.TryGetValue(name, out HashSet<string>? entries))
        {
            foreach (string entry in entries)
            {
                if (entry.Length > 0 && entry.All(char.IsLetter))
                {
                    plurals.Add(entry + "s");
                    if (entry.Length == 1)
                    {
                        plurals.Add(entry + entry);
                    }
                }
            }
        }

        return Lookup(new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { [name] = plurals }, name);
    }

    private static void Read(string name, Dictionary<string, HashSet<string>> sections)
    {
        Assembly assembly = typeof(SplittingRules).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(ResourcePrefix + name + ".txt")
            ?? throw new InvalidOperationException("Missing embedded resource " + ResourcePrefix + name + ".txt.");
        using var reader = new StreamReader(stream);
        HashSet<string>? current = null;
        while (reader.ReadLine() is { } raw)
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                string section = line[1..^1];
                if (!sections.TryGetValue(section, out current))
                {
                    current = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    sections.Add(section, current);
                }

                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException("Entry outside a section in " + name + ": " + line);
            }

            current.Add(line.TrimEnd('.'));
        }
    }
}

/// <summary>Character classes used by the splitter.</summary>
internal static class SplitChars
{
    /// <summary>Whether every character of <paramref name="word"/> is a letter.</summary>
    public static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether text[start..end] ends with a sentence's terminator, before any closing quotes or brackets.</summary>
    public static bool EndsWithTerminator(ReadOnlySpan<char> text, int start, int end) =>
        Terminators.Contains(LastBeforeClosers(text, start, end));

    /// <summary>The last character of text[start..end] that is no closing quote or bracket (the first when all are).</summary>
    public static char LastBeforeClosers(ReadOnlySpan<char> text, int start, int end)
    {
        int j = end - 1;
        while (j > start && Closers.Contains(text[j]))
        {
            j--;
        }

        return text[j];
    }

    /// <summary>
    /// The end of the section or clause number at <paramref name="k"/>: groups of one to three digits joined by periods
    /// ("3", "1.2", "3.1.4"), read up to the last group's digits (a period after it is the caller's to read), with the
    /// number of groups in <paramref name="levels"/>; -1 when no digit stands at <paramref name="k"/>.
    /// </summary>
    public static int SectionNumberEnd(ReadOnlySpan<char> text, int k, out int levels)
    {
        int p = k;
        levels = 0;
        while (true)
        {
            int digits = p;
            while (p < text.Length && p - digits < 3 && char.IsAsciiDigit(text[p]))
            {
                p++;
            }

            if (p == digits)
            {
                // Only the first group can be empty: a period is read as the number's only before a digit.
                return -1;
            }

            levels++;
            if (p + 1 >= text.Length || text[p] != '.' || !char.IsAsciiDigit(text[p + 1]))
            {
                return p;
            }

            p++;
        }
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a hyphen that can break a word at a line's end: the hyphen-minus, the Unicode
    /// hyphen (U+2010, which man pages and typeset text write) or the soft hyphen (U+00AD, a break the text allows).
    /// </summary>
    public static bool IsBreakingHyphen(char c) => c is '-' or '\u2010' or '\u00AD';

    // Latin, CJK and fullwidth marks; the Devanagari danda and double danda; the Arabic question mark and the Urdu
    // full stop; the Greek question mark; the Armenian, Ethiopic, Myanmar and Khmer full stops and the Ethiopic
    // question mark. The ASCII semicolon, which Greek writes for its question mark, is a stop
    // only after a Greek letter (see IsGreekQuestionAt), so it is searched for with the stops but is no terminator.
    private const string TerminatorChars = ".!?\u2026\u203C\u2047\u2048\u2049\u203D\u3002\uFF01\uFF1F\uFF0E\uFF61\u0964\u0965\u061F\u06D4\u037E\u0589\u1362\u1367\u104B\u17D4";

    /// <summary>
    /// Characters that can end a sentence, plus the line breaks (layout decisions), the colon and the parenthesis that
    /// can lead into an inline list, the semicolon (a question mark after a Greek letter) and the Ethiopic wordspace
    /// (doubled, a full stop: see <see cref="IsTypedStopAt"/>), the angle bracket that opens an inline HTML comment,
    /// whose marks end nothing, and the high surrogates of emoji (U+1F000 to U+1FBFF), which can end a sentence of a
    /// post or a chat message without a mark ("We shipped it today 🎉 It took three months.").
    /// </summary>
    public static readonly SearchValues<char> StopsAndListLeads = SearchValues.Create(TerminatorChars + "\n\r\v\u2028\u2029:(;\u1361<\uD83C\uD83D\uD83E");

    /// <summary><see cref="StopsAndListLeads"/> and the space, for a language whose sentences a space can end (Thai).</summary>
    public static readonly SearchValues<char> StopsListLeadsAndSpace = SearchValues.Create(TerminatorChars + "\n\r\v\u2028\u2029:(;\u1361<\uD83C\uD83D\uD83E ");

    /// <summary>Line breaks: LF, CR (alone, or as the first half of CRLF), the vertical tab, the line separator and the paragraph separator.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\v\u2028\u2029");

    /// <summary>Characters that can end a sentence.</summary>
    public static readonly SearchValues<char> Terminators = SearchValues.Create(TerminatorChars);

    /// <summary>Closing quotes and brackets that stay with the sentence they follow.</summary>
    public static readonly SearchValues<char> Closers = SearchValues.Create(
        "\"')]}\u201D\u2019\u201C\u00BB\u00AB\u203A\u2039\u300D\u300F\uFF09\u3011\u3015\u3009\u300B\uFF3D\uFF5D\uFF02\uFF07");

    /// <summary>Opening quotes, brackets and marks that may precede the first word of a sentence.</summary>
    public static readonly SearchValues<char> Openers = SearchValues.Create(
        "\"'([{`\u201C\u2018\u201E\u201A\u00AB\u2039\u00BB\u00BF\u00A1\u300C\u300E\uFF08\u3010*");

    /// <summary>The white space other than the space (<see cref="IsWhiteSpace"/>): line breaks, tabs, no-break and typographic spaces.</summary>
    public static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>Bullets that mark a list item wherever they appear.</summary>
    public static readonly SearchValues<char> Bullets = SearchValues.Create("\u2022\u2043\u2023\u25E6\u25AA\u25CF\u25CB\u25A0\u25A1\u27A2\u27A4\u2219\u00B7");

    /// <summary>
    /// Bullets that mark a list item only at the start of a line and before a space: dashes, '*' and '+', and the
    /// arrows, check marks, crosses, boxes, diamonds and stars that product pages and posts put before their points
    /// ("✅ Up to 60 minutes of runtime", "→ Wall mount included"), and the minus sign and the heavy plus and minus that
    /// reviews put before their pros and cons ("− Battery drains fast", "➕ Bright screen", "➖ No headphone jack").
    /// </summary>
    public static readonly SearchValues<char> LineBullets = SearchValues.Create(
        "-*+\u2013\u2014\u2212\u2795\u2796\u2192\u21D2\u27A1\u25BA\u25B6\u25B8\u2713\u2714\u2717\u2718\u2705\u274C\u274E\u2610\u2611\u2612\u25C6\u25C7\u2666\u2605\u2606\u2B50");

    /// <summary>
    /// The emoji outside the Basic Multilingual Plane that posts use as bullets: 🔹 🔸 🔶 🔷 👉 📌 📍 🟢 🟡 🔴, and the
    /// thumbs up and down of a review's pros and cons (👍 👎).
    /// </summary>
    private static readonly int[] s_emojiBullets = [0x1F539, 0x1F538, 0x1F536, 0x1F537, 0x1F449, 0x1F4CC, 0x1F4CD, 0x1F7E2, 0x1F7E1, 0x1F534, 0x1F44D, 0x1F44E];

    /// <summary>
    /// The length of the line bullet at <paramref name="k"/> (<see cref="LineBullets"/>, one of the emoji posts use
    /// as bullets, or a form's check box typed in brackets: "[ ] Change of address", "[x] New employer"), with the
    /// variation selector that may follow it ("✔️"), or 0.
    /// </summary>
    public static int LineBulletLength(ReadOnlySpan<char> text, int k)
    {
        if (text[k] == '[' && k + 2 < text.Length && text[k + 1] is ' ' or 'x' or 'X' && text[k + 2] == ']')
        {
            return 3;
        }

        int length = LineBullets.Contains(text[k]) ? 1
            : k + 1 < text.Length && char.IsSurrogatePair(text[k], text[k + 1])
                && Array.IndexOf(s_emojiBullets, char.ConvertToUtf32(text[k], text[k + 1])) >= 0 ? 2 : 0;
        return length > 0 && k + length < text.Length && text[k + length] == '\uFE0F' ? length + 1 : length;
    }

    /// <summary>The index of the first character at or after <paramref name="k"/> that is no space, tab or no-break space on the line.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && text[k] is ' ' or '\t' or '\u00A0')
        {
            k++;
        }

        return k;
    }

    /// <summary>Where the word of letters that ends text[start..end] begins, when it is a whole word in lower case; otherwise -1.</summary>
    public static int LastLowerCaseWord(ReadOnlySpan<char> text, int start, int end)
    {
        int word = end;
        while (word > start && char.IsLetter(text[word - 1]))
        {
            word--;
        }

        return word < end && IsLowerCase(text[word]) && (word == start || IsWhiteSpace(text[word - 1])) ? word : -1;
    }

    /// <summary>The words of <paramref name="text"/>, separated by white space, counted up to <paramref name="cap"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> text, int cap)
    {
        int count = 0;
        bool inWord = false;
        for (int k = 0; k < text.Length && count < cap; k++)
        {
            bool white = IsWhiteSpace(text[k]);
            if (!white && !inWord)
            {
                count++;
            }

            inWord = !white;
        }

        return count;
    }

    // Inlined: the splitter asks it of nearly every character around a boundary.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    // The zero-width no-break space (a byte-order mark, at the start of a file or where files were joined) and the
    // zero-width space (a break that web pages put between words and after a sentence) are white space here.
    public static bool IsWhiteSpace(char c) => c <= ' ' ? c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v' : c > '\u007F' && (char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B');

    /// <summary>
    /// Characters that print nothing and part nothing, which the splitter passes over where they stand next to a
    /// terminator or white space as if they were not there: the control characters that are no white space (a backspace
    /// or DEL left by an editor, a C1 control from text decoded with the wrong code page, the ESC of a terminal's colour
    /// code), the soft hyphen, the bidirectional marks, embeddings and isolates (Word's right-to-left export writes
    /// "\u200F" after each period of Arabic or Hebrew text: ".\u200F وأضاف"), the word joiner and the invisible operators.
    /// The zero-width joiner and non-joiner are left out: they shape emoji and the letters of Persian and Indic words.
    /// </summary>
    public static readonly SearchValues<char> Invisible = SearchValues.Create(InvisibleChars);

    /// <summary>The characters of <see cref="Invisible"/>.</summary>
    public const string InvisibleChars =
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u00AD\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069";

    /// <summary>
    /// The length of the invisible character at <paramref name="k"/> (<see cref="Invisible"/>), or of the terminal's
    /// escape sequence that an ESC opens there ("\u001B[0m", "\u001B[1;31m": ESC '[', parameters, a final letter),
    /// or 0.
    /// </summary>
    public static int InvisibleLength(ReadOnlySpan<char> text, int k)
    {
        if (!Invisible.Contains(text[k]))
        {
            return 0;
        }

        if (text[k] != '\u001B' || k + 1 >= text.Length || text[k + 1] != '[')
        {
            return 1;
        }

        int end = k + 2;
        while (end < text.Length && text[end] is >= '\u0020' and <= '\u003F')
        {
            end++;
        }

        return end < text.Length && text[end] is >= '\u0040' and <= '\u007E' ? end + 1 - k : 1;
    }

    /// <summary>
    /// Whether a line breaks at <paramref name="k"/>: LF, a CR alone (old Mac files), a vertical tab (the manual line
    /// break of Word's plain-text export: "1. Summary\vVisits rose"), U+2028 or U+2029. The CR of a CRLF
    /// is white space before the LF that breaks the line, so that CRLF counts once.
    /// </summary>
    public static bool IsLineBreakAt(ReadOnlySpan<char> text, int k) => text[k] switch
    {
        '\n' or '\v' or '\u2028' or '\u2029' => true,
        '\r' => k + 1 >= text.Length || text[k + 1] != '\n',
        _ => false,
    };

    /// <summary>The first character of the line that holds <paramref name="k"/>.</summary>
    public static int LineStart(ReadOnlySpan<char> text, int k)
    {
        while (k > 0 && !IsLineBreakAt(text, k - 1))
        {
            k--;
        }

        return k;
    }

    /// <summary>Whether only spaces and tabs stand between the start of a line (or of the text) and <paramref name="k"/>.</summary>
    public static bool StartsLine(ReadOnlySpan<char> text, int k)
    {
        while (k > 0 && text[k - 1] is ' ' or '\t')
        {
            k--;
        }

        return k == 0 || IsLineBreakAt(text, k - 1);
    }

    /// <summary>Whether only spaces and tabs stand between <paramref name="k"/> and the end of its line (or of the text).</summary>
    public static bool EndsLine(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        return k == text.Length || IsLineBreakAt(text, k) || text[k] == '\r';
    }

    /// <summary>The first line break of <paramref name="text"/> (see <see cref="IsLineBreakAt"/>), or -1.</summary>
    public static int IndexOfLineBreak(ReadOnlySpan<char> text)
    {
        int found = text.IndexOfAny(LineBreaks);
        return found >= 0 && !IsLineBreakAt(text, found) ? found + 1 : found;
    }

    /// <summary>How many line breaks the break at <paramref name="k"/> counts for: the paragraph separator ends a paragraph as a blank line does.</summary>
    public static int LineBreaksAt(ReadOnlySpan<char> text, int k) => !IsLineBreakAt(text, k) ? 0 : text[k] == '\u2029' ? 2 : 1;

    /// <summary>
    /// The length of the emoji or pictographic symbol at <paramref name="k"/> (a surrogate pair of U+1F000 to U+1FAFF,
    /// a symbol or dingbat of U+2600 to U+27BF, a star or circle of U+2B50 to U+2B55, and the variation selector or
    /// joiner that dresses one), or 0.
    /// </summary>
    public static int EmojiLength(ReadOnlySpan<char> text, int k)
    {
        char c = text[k];
        if (c is >= '\uD83C' and <= '\uD83E')
        {
            return k + 1 < text.Length && char.IsLowSurrogate(text[k + 1]) ? 2 : 0;
        }

        return c is >= '\u2600' and <= '\u27BF' or >= '\u2B50' and <= '\u2B55' or '\uFE0F' or '\u200D' ? 1 : 0;
    }

    /// <summary>
    /// The length of the cluster of emoji that ends <paramref name="token"/> (<see cref="EmojiLength"/>'s pictographs
    /// with their skin tones, joiners and variation selectors, several in a row: "🔥🔥", "🤷‍♀️", "back💚"), or 0: a flag's
    /// regional indicators, a keycap ("1️⃣"), "©", "®" and "™" are none.
    /// </summary>
    public static int TrailingEmojiLength(ReadOnlySpan<char> token)
    {
        int k = token.Length;
        bool pictograph = false;
        while (k > 0)
        {
            if (k >= 2 && char.IsLowSurrogate(token[k - 1]) && EmojiLength(token, k - 2) == 2
                && !(token[k - 2] == '\uD83C' && token[k - 1] is >= '\uDDE6' and <= '\uDDFF'))
            {
                pictograph = true;
                k -= 2;
            }
            else if (EmojiLength(token, k - 1) == 1)
            {
                pictograph |= token[k - 1] is not ('\uFE0F' or '\u200D');
                k--;
            }
            else
            {
                break;
            }
        }

        return pictograph ? token.Length - k : 0;
    }

    /// <summary>
    /// Whether the emoji at <paramref name="k"/> tells a feeling, as a review or a post closes a sentence with it: a face
    /// (U+1F600 to U+1F64F, U+1F910 to U+1F92F, U+1F970 to U+1F97F, "☺", "☹"), a heart ("❤", U+1F493 to U+1F49F and
    /// the colored ones), hands that applaud or judge ("👍", "👎", "👏"), "🔥" or "🎉". A pointing hand, a check mark or
    /// an arrow opens what follows instead, as a bullet does ("the steps. 👉 Open the app.").
    /// </summary>
    public static bool IsFeelingEmoji(ReadOnlySpan<char> text, int k)
    {
        char c = text[k];
        if (c is '\u2764' or '\u263A' or '\u2639')
        {
            return true;
        }

        if (!char.IsHighSurrogate(c) || k + 1 >= text.Length || !char.IsLowSurrogate(text[k + 1]))
        {
            return false;
        }

        int code = char.ConvertToUtf32(c, text[k + 1]);
        return code is (>= 0x1F600 and <= 0x1F64F) or (>= 0x1F910 and <= 0x1F92F) or (>= 0x1F970 and <= 0x1F97F)
            or (>= 0x1F493 and <= 0x1F49F) or 0x1F90D or 0x1F90E or 0x1F9E1 or 0x1F5A4 or 0x1F44D or 0x1F44E or 0x1F44F
            or 0x1F525 or 0x1F389;
    }

    /// <summary>
    /// The length of the ASCII emoticon at <paramref name="k"/> (":)", ":-(", ";)", ":D", ":P", ":]"), or 0: a colon or
    /// semicolon, perhaps a nose '-', and a mouth, before white space, the text's end or punctuation, and not after a
    /// digit ("at 10:30"). A letter's mouth does not follow a word ("foo:D" names something).
    /// </summary>
    public static int EmoticonLength(ReadOnlySpan<char> text, int k)
    {
        if (text[k] is not (':' or ';') || (k > 0 && (char.IsDigit(text[k - 1]) || text[k - 1] is ':' or ';')))
        {
            return 0;
        }

        int mouth = k + 1 < text.Length && text[k + 1] == '-' ? k + 2 : k + 1;
        if (mouth >= text.Length || text[mouth] is not (')' or '(' or ']' or 'D' or 'P' or 'p')
            || (char.IsLetter(text[mouth]) && k > 0 && char.IsLetterOrDigit(text[k - 1])))
        {
            return 0;
        }

        int end = mouth + 1;
        return end == text.Length || IsWhiteSpace(text[end]) || text[end] is '.' or ',' or '!' or '?' or '"' or '\u201D' ? end - k : 0;
    }

    /// <summary>
    /// Whether a line opens with a review's rating, as a review site's page gives it over the review: three stars drawn
    /// or more ("★★★★☆", "⭐⭐⭐⭐⭐"; one is a bullet), or a score, a scale and a word for stars ("5.0 out of 5 stars",
    /// "4/5 stars", "4,0 von 5 Sternen", "5,0 sur 5 étoiles", "5,0 de 5 estrellas", Japanese "5つ星のうち4.0"; not "3 of the 5
    /// stars of the film").
    /// </summary>
    public static bool OpensWithRating(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        int stars = 0;
        while (stars < line.Length && line[stars] is '\u2605' or '\u2606' or '\u2729' or '\u272D' or '\u272E' or '\u272F' or '\u2B50')
        {
            stars++;
        }

        if (stars >= 3)
        {
            return true;
        }

        int score = ScoreLength(line);
        if (score == 0)
        {
            return false;
        }

        // Japanese writes the scale first: "5つ星のうち4.0".
        if (line[score..].StartsWith("\u3064\u661F\u306E\u3046\u3061", StringComparison.Ordinal))
        {
            return ScoreLength(line[(score + 5)..]) > 0;
        }

        // The scale: "/5", or a number after "out of", "von", "sur", "de"... ("5,0 von 5").
        ReadOnlySpan<char> rest = line[score..];
        if (rest.StartsWith("/"))
        {
            rest = rest[1..];
        }
        else
        {
            rest = rest.TrimStart();
            int number = rest.IndexOfAnyInRange('0', '9');
            if (number <= 0 || !s_scaleWords.Contains(rest[..number].TrimEnd()))
            {
                return false;
            }

            rest = rest[number..];
        }

        int scale = ScoreLength(rest);
        if (scale == 0)
        {
            return false;
        }

        rest = rest[scale..].TrimStart();
        int wordEnd = rest.IndexOfAny(' ', '\t', '.');
        return wordEnd != 0 && s_starWords.Contains(wordEnd < 0 ? rest : rest[..wordEnd]);

        // A score or a scale: one or two digits, perhaps with a decimal ("4", "10", "4.5", "4,0").
        static int ScoreLength(ReadOnlySpan<char> text)
        {
            int k = 0;
            while (k < text.Length && k < 3 && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            if (k is 0 or 3)
            {
                return 0;
            }

            return k + 1 < text.Length && text[k] is '.' or ',' && char.IsAsciiDigit(text[k + 1]) ? k + 2 : k;
        }
    }

    /// <summary>Words between a rating's score and its scale ("out of", "von", "sur").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_scaleWords = FrozenSet.ToFrozenSet(
        ["out of", "of", "von", "sur", "de", "su", "van", "z", "из", "av", "af", "från", "na"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words for a rating's stars, as review sites write them after the scale.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_starWords = FrozenSet.ToFrozenSet(
        ["stars", "star", "Sterne", "Sternen", "étoiles", "étoile", "estrellas", "estrella", "stelle", "stella", "estrelas",
            "estrela", "sterren", "ster", "gwiazdek", "gwiazdki", "звезд", "звёзд", "yıldız"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether text[start..end] ends with an emoji or an ASCII emoticon after something else ("book a tour :)", "so
    /// good 😀"), which closes a message's sentence.
    /// </summary>
    public static bool EndsWithEmoji(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start < 3)
        {
            return false;
        }

        if (EmoticonLength(text, end - 2) == 2 || EmoticonLength(text, end - 3) == 3)
        {
            return true;
        }

        return char.IsLowSurrogate(text[end - 1]) ? EmojiLength(text, end - 2) == 2 : EmojiLength(text, end - 1) == 1;
    }

    /// <summary>Whether the bracket at <paramref name="k"/> is the mouth of an emoticon (":(", ":-("), which opens nothing.</summary>
    public static bool IsEmoticonMouthAt(ReadOnlySpan<char> text, int k) =>
        (k >= 1 && EmoticonLength(text, k - 1) == 2) || (k >= 2 && text[k - 1] == '-' && EmoticonLength(text, k - 2) == 3);

    /// <summary>
    /// Thai letters, vowel and tone marks and signs (U+0E00 to U+0E7F), not Thai digits (U+0E50 to U+0E59): a number in
    /// Thai digits is a number, as one in ASCII digits is, and a space beside it ends no segment ("วันที่ ๒๑ พฤษภาคม").
    /// </summary>
    public static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F' and not (>= '\u0E50' and <= '\u0E59');

    /// <summary>
    /// How many columns <paramref name="line"/> fills on a terminal: a character each, a wide one (CJK ideographs, kana,
    /// Hangul, fullwidth forms; East Asian Width W or F) two.
    /// </summary>
    public static int Columns(ReadOnlySpan<char> line)
    {
        int columns = line.Length;
        int k = line.IndexOfAnyExceptInRange('\0', '\u10FF');
        if (k < 0)
        {
            return columns;
        }

        foreach (char c in line[k..])
        {
            columns += IsWide(c) ? 1 : 0;
        }

        return columns;
    }

    /// <summary>Whether a terminal gives <paramref name="c"/> two columns (each half of a surrogate pair counts one, so that a pair fills two).</summary>
    public static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\u303E' or >= '\u3041' and <= '\u33FF' or >= '\u3400' and <= '\u4DBF'
            or >= '\u4E00' and <= '\u9FFF' or >= '\uA000' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';

    /// <summary>A Han character, kana or a Hangul syllable: a letter of the scripts that write no spaces.</summary>
    public static bool IsCjkLetter(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
            or >= '\uF900' and <= '\uFAFF' or >= '\uAC00' and <= '\uD7AF';

    /// <summary>Terminators of scripts that need no space between sentences (CJK, fullwidth, Myanmar, Khmer).</summary>
    public static bool IsWideTerminator(char c) => c is '\u3002' or '\uFF01' or '\uFF1F' or '\uFF61' or '\u104B' or '\u17D4';

    /// <summary>
    /// A lower-case letter of a script that writes case, as the rules read a word that goes on with its sentence.
    /// Georgian's Mkhedruli letters are lower-case to Unicode, but running Georgian text has no capitals, so a
    /// Georgian word tells nothing of where a sentence starts.
    /// </summary>
    public static bool IsLowerCase(char c) => char.IsLower(c) && c is not (>= '\u10D0' and <= '\u10FF');

    public static bool IsQuestionOrExclamation(char c) => c is '!' or '?' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u203D';

    /// <summary>
    /// A mark that ends a sentence before a new word whatever its case: the question and exclamation marks, the
    /// Devanagari danda and double danda, the Arabic question mark, the Urdu full stop, the Greek question mark and
    /// the Armenian, Ethiopic, Myanmar and Khmer full stops and Ethiopic question mark. Scripts without case
    /// (Devanagari, Arabic, Ethiopic...) give the next word no capital to decide by, and these marks are not written
    /// in abbreviations.
    /// </summary>
    public static bool IsMarkStop(char c) =>
        IsQuestionOrExclamation(c) || c is '\u0964' or '\u0965' or '\u061F' or '\u06D4' or '\u037E' or '\u0589' or '\u1362' or '\u1367' or '\u104B' or '\u17D4';

    /// <summary>
    /// Whether the ASCII semicolon at <paramref name="k"/> is a Greek question mark: Greek writes its question mark
    /// as ';' (U+037E is canonically equivalent to it) and its semicolon as '·', so a ';' right after a Greek letter
    /// asks, and so does one after a Latin name or a number when a capitalized Greek word follows ("το νέο iPhone; Οι
    /// πωλήσεις"). Anywhere else it is a semicolon.
    /// </summary>
    public static bool IsGreekQuestionAt(ReadOnlySpan<char> text, int k)
    {
        if (text[k] != ';' || k == 0)
        {
            return false;
        }

        if (IsGreekLetter(text[k - 1]))
        {
            return true;
        }

        int next = k + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next > k + 1 && next < text.Length && IsGreekLetter(text[next]) && char.IsUpper(text[next]);
    }

    /// <summary>
    /// Whether the ASCII colon or the Ethiopic wordspace at <paramref name="k"/> is a full stop as people type it:
    /// Armenian writes its full stop '։' (U+0589), and keyboards give the colon, so a ':' right after an Armenian letter
    /// and before white space or the end ends a sentence (Armenian's own colon is written '.', its "mijaket"); Amharic
    /// writes '።' (U+1362), typed as two wordspaces '፡፡'.
    /// </summary>
    public static bool IsTypedStopAt(ReadOnlySpan<char> text, int k) => text[k] switch
    {
        ':' => k > 0 && IsArmenianLetter(text[k - 1]) && (k + 1 == text.Length || IsWhiteSpace(text[k + 1])),
        '\u1361' => k + 1 < text.Length && text[k + 1] == '\u1361',
        _ => false,
    };

    private static bool IsArmenianLetter(char c) => c is >= '\u0531' and <= '\u0556' or >= '\u0560' and <= '\u0588';

    private static bool IsGreekLetter(char c) =>
        (c is >= '\u0370' and <= '\u03FF' || c is >= '\u1F00' and <= '\u1FFF') && char.IsLetter(c);
}
