using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using System.Threading;
using Lucene.Net.Analysis.Miscellaneous;

namespace Summarizer;

/// <summary>
/// Turns the tokens of one document into term ids: invariant lower-casing, then, for words, the English possessive
/// <c>'s</c> or a French or Italian elision removed, stop words dropped, stemming and optional folding to
/// ASCII. Not thread-safe: one per document.
/// </summary>
/// <remarks>
/// A surface form is analyzed once per thread and language and its term kept in the thread's <see cref="FormTable"/>,
/// looked up by span: per occurrence the cost is one hash of the form as it is in the text and one look-up, and
/// nothing is allocated; per distinct form of a document, one look-up in its vocabulary.
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
    private readonly bool _normalizes;
    private WordStemmer? _stemmer;
    private readonly bool _foldDiacritics;
    private readonly bool _addTerms;

    // The vocabulary was empty and only this analyzer adds to it: a term new to the document is appended unsearched.
    private readonly bool _appendOnly;
    private readonly bool _possessiveS;
    private readonly bool _dotlessI;
    private readonly bool _commaBelow;
    private readonly bool _reduplication;
    /// <summary>Forms a process may remember per language; past this the shared cache stops growing.</summary>
    internal const int SharedFormLimit = 200_000;

    private static readonly ConcurrentDictionary<(Language, bool), SharedForms> s_sharedForms = new();

    private readonly FormTable _forms;
    private readonly int _stamp;
    private readonly SharedForms _shared;
    private readonly ConcurrentDictionary<string, SharedStem?>.AlternateLookup<ReadOnlySpan<char>> _sharedLookup;
    private char[] _lower = [];
    private char[] _work = [];
    private char[] _folded = [];

    /// <summary>Creates an analyzer for one document.</summary>
    /// <param name="language">The language of the document.</param>
    /// <param name="vocabulary">The vocabulary terms are interned in.</param>
    /// <param name="foldDiacritics">Whether terms are folded to ASCII after stemming.</param>
    /// <param name="addTerms">False to only look terms up (a query against a built document): unknown terms get <see cref="Unknown"/>.</param>
    /// <param name="capacity">About how many distinct forms the document has, to size the form table.</param>
    public TermAnalyzer(Language language, Vocabulary vocabulary, bool foldDiacritics = false, bool addTerms = true, int capacity = 0)
    {
        _forms = FormTable.Rent(language, foldDiacritics, capacity);
        _stamp = _forms.Stamp;
        _addTerms = addTerms;
        _appendOnly = addTerms && vocabulary.Count == 0;
        Language = language;
        _vocabulary = vocabulary;
        _stopWords = language.StopWordsLookup.Lookup;
        _elisions = language.Elisions;
        _stems = language.HasStemmer;
        _normalizes = (language.Traits & LanguageTraits.Normalizes) != 0;
        _foldDiacritics = foldDiacritics;
        _possessiveS = (language.Traits & LanguageTraits.PossessiveS) != 0;
        _dotlessI = (language.Traits & LanguageTraits.DotlessI) != 0;
        _commaBelow = (language.Traits & LanguageTraits.CommaBelowAsCedilla) != 0;
        _reduplication = (language.Traits & LanguageTraits.Reduplication) != 0;
        _shared = s_sharedForms.GetOrAdd((language, foldDiacritics), static _ => new SharedForms());
        _sharedLookup = _shared.Forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Language Language { get; }

    /// <summary>Gives the form table back for the next document of this thread; the analyzer must not be used after.</summary>
    public void Release() => FormTable.Return(_forms);

    public Vocabulary Vocabulary => _vocabulary;

    /// <summary>The number of distinct surface forms this analyzer has given ids to (each made once per thread and language).</summary>
    public int DistinctForms { get; private set; }

    /// <summary>The term id of a token, or <see cref="StopWord"/> when it carries no content.</summary>
    /// <remarks>
    /// A form the thread's table has is a look-up by its characters as they are; only a form new to the thread is
    /// lower-cased and analyzed, and its term is kept for every later document. A form new to this document adds its
    /// term to the vocabulary, so that ids follow the order of first occurrence.
    /// </remarks>
    public int TermOf(ReadOnlySpan<char> surface, TokenKind kind)
    {
        int hash = FormTable.Hash(surface);
        int index = _forms.Find(surface, kind, hash, out int slot);
        if (index < 0)
        {
            index = _forms.Add(surface, kind, hash, slot, TermOfNewForm(surface, kind));
        }

        ref FormTable.Entry entry = ref _forms.EntryAt(index);
        if (entry.Stamp != _stamp)
        {
            entry.Id = entry.Term < 0 ? StopWord : IdOfTerm(entry.Term);
            entry.Stamp = _stamp;
            DistinctForms++;
        }

        return entry.Id;
    }

    /// <summary>The id of the table's term <paramref name="index"/> in this document, interned at its first form here.</summary>
    private int IdOfTerm(int index)
    {
        ref FormTable.TermEntry term = ref _forms.TermAt(index);
        if (term.Stamp != _stamp)
        {
            // The table holds each term once, so a term new to this document is new to the vocabulary unless the
            // vocabulary had terms before this analyzer: then it is looked up.
            term.Id = !_addTerms ? (_vocabulary.TryGetId(term.Text, term.Hash, out int id) ? id : Unknown)
                : _appendOnly ? _vocabulary.Append(term.Text, term.Hash)
                : _vocabulary.GetOrAdd(term.Text, term.Hash);
            term.Stamp = _stamp;
        }

        return term.Id;
    }

    /// <summary>The index in the table of the term of a form the table lacks, or -1 for a stop word.</summary>
    private int TermOfNewForm(ReadOnlySpan<char> surface, TokenKind kind)
    {
        if (surface.Length > _lower.Length)
        {
            _lower = new char[Math.Max(64, surface.Length * 2)];
        }

        Span<char> lower = _lower.AsSpan(0, surface.Length);
        Lower(surface, lower);
        if (kind != TokenKind.Word)
        {
            return _forms.TermIndexOf(lower, FormTable.Hash(lower));
        }

        // Stemming a word is a pure function of its lower-cased form, so the result is shared by every thread of the
        // process: a thread's first texts then cost a look-up per distinct form instead of a Snowball run.
        if (_sharedLookup.TryGetValue(lower, out SharedStem? shared))
        {
            return shared is null ? -1 : _forms.TermIndexOf(shared.Term, shared.Hash, shared.Term);
        }

        int term = AnalyzeWord(lower);
        if (Volatile.Read(ref _shared.Count) < SharedFormLimit)
        {
            SharedStem? stem = null;
            if (term >= 0)
            {
                ref FormTable.TermEntry entry = ref _forms.TermAt(term);
                stem = new SharedStem(entry.Text, entry.Hash);
            }

            if (_shared.Forms.TryAdd(lower.ToString(), stem))
            {
                Interlocked.Increment(ref _shared.Count);
            }
        }

        return term;
    }

    /// <summary>
    /// Lower-cases <paramref name="surface"/> into <paramref name="lower"/>: ASCII through the vectorized ASCII mapping,
    /// anything else through invariant (or Turkish) lower-casing.
    /// </summary>
    private void Lower(ReadOnlySpan<char> surface, Span<char> lower)
    {
        if (_dotlessI || Ascii.ToLower(surface, lower, out _) != OperationStatus.Done)
        {
            surface.ToLowerInvariant(lower);
            if (_dotlessI)
            {
                LowerTurkish(surface, lower);
            }
        }
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


    /// <summary>The index in the table of the term of a word, or -1 for a stop word: elision or possessive removed, stemmed, folded.</summary>
    private int AnalyzeWord(ReadOnlySpan<char> lower)
    {
        if (lower.Length > _work.Length)
        {
            _work = new char[Math.Max(64, lower.Length * 2)];
        }

        Span<char> work = _work.AsSpan(0, lower.Length);
        lower.CopyTo(work);
        if (WordBreaks.Any(work))
        {
            // Soft hyphens and hyphens before a line break are no part of the word: "infor\u00ADmation", "com-\npany".
            work = work[..WordBreaks.Remove(work)];
        }

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

        if (_reduplication && length > 2 && work.Slice(start, length).IndexOf('-') is var hyphen and > 0
            && hyphen * 2 + 1 == length && work.Slice(start, hyphen).SequenceEqual(work.Slice(start + hyphen + 1, hyphen)))
        {
            // "korban-korban": the plural of a language that repeats its words is the word.
            length = hyphen;
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

        if (_normalizes)
        {
            if (start > 0)
            {
                work.Slice(start, length).CopyTo(_work);
                start = 0;
            }

            // Made at the first word the shared cache lacks: a short text often finds every word there.
            length = (_stemmer ??= Language.CreateStemmer()!).Normalize(_work, length);
        }

        ReadOnlySpan<char> word = _work.AsSpan(start, length);
        if (word.IsEmpty || _stopWords.Contains(word))
        {
            return -1;
        }

        char[] buffer = _work;
        if (_stems && (_stemmer ??= Language.CreateStemmer()) is { } stemmer)
        {
            if (start > 0)
            {
                word.CopyTo(_work);
            }

            (buffer, length) = stemmer.Stem(_work, length);
            start = 0;
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

        ReadOnlySpan<char> term = buffer.AsSpan(start, length);
        return _forms.TermIndexOf(term, FormTable.Hash(term));
    }

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
