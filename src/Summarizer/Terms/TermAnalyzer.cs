using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using System.Threading;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Tartarus.Snowball;

namespace Summarizer;

/// <summary>
/// Turns the tokens of one document into term ids: invariant lower-casing, then, for words, the English possessive
/// <c>'s</c> or a French or Italian elision removed, stop words dropped, Snowball stemming and optional folding to
/// ASCII. Not thread-safe: one per document.
/// </summary>
/// <remarks>
/// Every distinct lower-cased surface form is analyzed once and its id cached, looked up by span: per occurrence
/// the cost is a lower-casing into a scratch buffer and one hash lookup, and nothing is allocated.
/// </remarks>
internal sealed class TermAnalyzer
{
    /// <summary>The id returned for a stop word.</summary>
    public const int StopWord = -1;

    /// <summary>The id returned, by an analyzer that adds no terms, for a term the vocabulary does not hold.</summary>
    public const int Unknown = -2;

    private readonly Vocabulary _vocabulary;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? _elisions;
    private readonly bool _stems;
    private SnowballProgram? _stemmer;
    private readonly bool _foldDiacritics;
    private readonly bool _addTerms;
    private readonly bool _possessiveS;
    private readonly bool _dotlessI;
    private readonly bool _commaBelow;
    /// <summary>Forms a process may remember per language; past this the shared cache stops growing.</summary>
    internal const int SharedFormLimit = 200_000;

    private static readonly ConcurrentDictionary<(Language, bool), SharedForms> s_sharedForms = new();

    private readonly FormTable _forms;
    private readonly SharedForms _shared;
    private readonly ConcurrentDictionary<string, SharedStem?>.AlternateLookup<ReadOnlySpan<char>> _sharedLookup;
    private char[] _lower = new char[64];
    private char[] _work = new char[64];
    private char[] _folded = [];

    /// <summary>Creates an analyzer for one document.</summary>
    /// <param name="language">The language of the document.</param>
    /// <param name="vocabulary">The vocabulary terms are interned in.</param>
    /// <param name="foldDiacritics">Whether terms are folded to ASCII after stemming.</param>
    /// <param name="addTerms">False to only look terms up (a query against a built document): unknown terms get <see cref="Unknown"/>.</param>
    /// <param name="capacity">About how many distinct forms the document has, to size the form cache.</param>
    public TermAnalyzer(Language language, Vocabulary vocabulary, bool foldDiacritics = false, bool addTerms = true, int capacity = 0)
    {
        _forms = FormTable.Rent(capacity);
        _addTerms = addTerms;
        Language = language;
        _vocabulary = vocabulary;
        _stopWords = language.StopWordsLookup.Lookup;
        _elisions = language.Elisions;
        _stems = language.HasStemmer;
        _foldDiacritics = foldDiacritics;
        _possessiveS = (language.Traits & LanguageTraits.PossessiveS) != 0;
        _dotlessI = (language.Traits & LanguageTraits.DotlessI) != 0;
        _commaBelow = (language.Traits & LanguageTraits.CommaBelowAsCedilla) != 0;
        _shared = s_sharedForms.GetOrAdd((language, foldDiacritics), static _ => new SharedForms());
        _sharedLookup = _shared.Forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Language Language { get; }

    /// <summary>Gives the form table back for the next document of this thread; the analyzer must not be used after.</summary>
    public void Release() => FormTable.Return(_forms);

    public Vocabulary Vocabulary => _vocabulary;

    /// <summary>The number of distinct lower-cased surface forms seen so far (each analyzed once).</summary>
    public int DistinctForms => _forms.Count;

    /// <summary>The term id of a token, or <see cref="StopWord"/> when it carries no content.</summary>
    public int TermOf(ReadOnlySpan<char> surface, TokenKind kind)
    {
        if (surface.Length > _lower.Length)
        {
            _lower = new char[Math.Max(surface.Length, _lower.Length * 2)];
        }

        Span<char> lower = _lower.AsSpan(0, surface.Length);
        int hash = LowerAndHash(surface, lower);
        if (_forms.TryGetValue(lower, hash, out int id, out int slot))
        {
            return id;
        }

        if (kind != TokenKind.Word)
        {
            id = Intern(lower);
            _forms.Add(lower, hash, slot, id);
            return id;
        }

        // Stemming a word is a pure function of its lower-cased form, so the result is shared by every document of
        // the process: short texts then cost a look-up per distinct form instead of a Snowball run, and reuse the
        // shared strings instead of allocating their own.
        if (_sharedLookup.TryGetValue(lower, out SharedStem? stem))
        {
            id = stem is null ? StopWord : Intern(stem);
            _forms.Add(lower, hash, slot, id);
            return id;
        }

        id = AnalyzeWord(lower);
        _forms.Add(lower, hash, slot, id);
        if (id != Unknown && Volatile.Read(ref _shared.Count) < SharedFormLimit && _shared.Forms.TryAdd(lower.ToString(), id == StopWord ? null : new SharedStem(_vocabulary[id], _vocabulary.HashOf(id))))
        {
            Interlocked.Increment(ref _shared.Count);
        }

        return id;
    }

    /// <summary>
    /// Lower-cases <paramref name="surface"/> into <paramref name="lower"/> and returns its <see cref="FormTable.Hash"/>:
    /// ASCII through the vectorized ASCII mapping, anything else through invariant (or Turkish) lower-casing.
    /// </summary>
    private int LowerAndHash(ReadOnlySpan<char> surface, Span<char> lower)
    {
        if (_dotlessI || Ascii.ToLower(surface, lower, out _) != OperationStatus.Done)
        {
            surface.ToLowerInvariant(lower);
            if (_dotlessI)
            {
                LowerTurkish(surface, lower);
            }
        }

        return FormTable.Hash(lower);
    }

    // Invariant lower-casing maps I to i; Turkish maps it to dotless ı (and İ to i).
    private static void LowerTurkish(ReadOnlySpan<char> surface, Span<char> lower)
    {
        int i = surface.IndexOfAny('I', '\u0130');
        while (i >= 0)
        {
            lower[i] = surface[i] == 'I' ? '\u0131' : 'i';
            int next = surface[(i + 1)..].IndexOfAny('I', '\u0130');
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    private int AnalyzeWord(ReadOnlySpan<char> lower)
    {
        if (lower.Length > _work.Length)
        {
            _work = new char[lower.Length * 2];
        }

        Span<char> work = _work.AsSpan(0, lower.Length);
        lower.CopyTo(work);
        work.Replace('\u2019', '\'');
        work.Replace('\u0130', 'i');
        if (_commaBelow)
        {
            // The Snowball Romanian stemmer and Lucene's list spell ș ț with a cedilla, as older texts did.
            work.Replace('\u0219', '\u015F');
            work.Replace('\u021B', '\u0163');
        }

        int start = 0;
        int length = work.Length;
        if (_possessiveS && length > 2 && work[length - 2] == '\'' && work[length - 1] == 's')
        {
            length -= 2;
        }

        if (_elisions is { } elisions)
        {
            int apostrophe = work.IndexOf('\'');
            if (apostrophe > 0 && elisions.Contains(work[..apostrophe]))
            {
                start = apostrophe + 1;
                length -= start;
            }
        }

        ReadOnlySpan<char> word = work.Slice(start, length);
        if (word.IsEmpty || _stopWords.Contains(word))
        {
            return StopWord;
        }

        char[] buffer = _work;
        // Made at the first word the shared cache lacks: a short text often finds every word there.
        if (_stems && (_stemmer ??= Language.CreateStemmer()) is { } stemmer)
        {
            if (start > 0)
            {
                word.CopyTo(_work);
            }

            // The stemmer works in the array it is given and may swap it for a larger one.
            stemmer.SetCurrent(_work, length);
            stemmer.Stem();
            buffer = stemmer.CurrentBuffer;
            start = 0;
            length = stemmer.CurrentBufferLength;
        }

        if (_foldDiacritics)
        {
            if (_folded.Length < length * 4)
            {
                _folded = new char[length * 4];
            }

            length = ASCIIFoldingFilter.FoldToASCII(buffer, start, _folded, 0, length);
            buffer = _folded;
            start = 0;
        }

        return Intern(buffer.AsSpan(start, length));
    }

    private int Intern(ReadOnlySpan<char> term) =>
        _addTerms ? _vocabulary.GetOrAdd(term) : _vocabulary.TryGetId(term, out int id) ? id : Unknown;

    private int Intern(SharedStem stem) =>
        _addTerms ? _vocabulary.GetOrAdd(stem.Term, stem.Hash) : _vocabulary.TryGetId(stem.Term, out int id) ? id : Unknown;

    /// <summary>A stem in the shared form cache with its <see cref="FormTable.Hash"/>, so that a vocabulary adds it without hashing it.</summary>
    private sealed record SharedStem(string Term, int Hash);

    /// <summary>
    /// The stems of one language's lower-cased forms (null for a stop word), shared by the process, and how many there
    /// are: counted here because <see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes every lock of the
    /// dictionary, which documents tokenized at the same time then wait on.
    /// </summary>
    private sealed class SharedForms
    {
        public ConcurrentDictionary<string, SharedStem?> Forms { get; } = new(StringComparer.Ordinal);

        /// <summary>How many forms <see cref="Forms"/> holds; updated with <see cref="Interlocked"/>.</summary>
        public int Count;
    }
}
