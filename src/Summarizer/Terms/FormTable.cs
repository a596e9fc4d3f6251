using System;
using System.Diagnostics;
using System.Numerics;

namespace Summarizer;

/// <summary>
/// The terms of surface forms as a thread last made them in one language, kept from one document to the next: each
/// form (its characters exactly as in the text, and its token kind) with the index of its term (or none for a stop
/// word), each distinct term once with its hash, and the ids forms and terms have in the current document. Open
/// addressing with linear probing over dense entries, the forms' characters in one buffer, so that a look-up hashes
/// the form once and allocates nothing.
/// </summary>
/// <remarks>
/// A term is a pure function of the form, its kind and the language, so a thread's table answers for every document
/// in that language; ids belong to one document, so each holds the stamp of the document that gave it and a new
/// document (a new stamp) gives its forms and terms ids again, in its own order of first occurrence. Bounded: a table
/// keeps at most <see cref="MaxKeptForms"/> forms from one document to the next and is emptied beyond that; a longer
/// document grows it while it lasts, and a table grown far past that is dropped afterwards (at most about 350 KB of
/// arrays is kept, and the strings of the kept terms). Not thread-safe: a thread rents its table for one document
/// (<see cref="Rent"/>) and gives it back.
/// </remarks>
internal sealed class FormTable
{
    /// <summary>Forms a table keeps for the next document; past this it is emptied first.</summary>
    internal const int MaxKeptForms = 2048;

    /// <summary>The table this thread last gave back, with the language and folding its terms were made in.</summary>
    [ThreadStatic]
    private static FormTable? s_spare;

    private int[] _slots;
    private Entry[] _entries;
    private char[] _chars;
    private int _charCount;

    // The distinct terms of the forms, each once (forms that share a stem share its entry), with a slot index by hash.
    private int[] _termSlots;
    private TermEntry[] _terms;

    /// <summary>An empty table sized for about <paramref name="capacity"/> forms.</summary>
    public FormTable(int capacity)
    {
        _slots = new int[SizeFor(capacity)];
        _entries = new Entry[Math.Max(8, capacity)];
        _chars = new char[Math.Max(64, capacity * 6)];
        _termSlots = new int[_slots.Length];
        _terms = new TermEntry[_entries.Length];
    }

    /// <summary>The number of forms in the table.</summary>
    public int Count { get; private set; }

    /// <summary>The number of distinct terms of the forms.</summary>
    public int TermCount { get; private set; }

    /// <summary>The stamp of the current document; ids of entries with another stamp belong to an earlier one.</summary>
    public int Stamp { get; private set; } = 1;

    /// <summary>The language the terms of the table were made in, with <see cref="FoldDiacritics"/>.</summary>
    public Language? Language { get; private set; }

    /// <summary>Whether the terms were folded to ASCII.</summary>
    public bool FoldDiacritics { get; private set; }

    /// <summary>
    /// The table for a new document of this thread in <paramref name="language"/>, sized for about
    /// <paramref name="capacity"/> forms: the one this thread gave back last, with its forms when they were made in the
    /// same language and folding and are not too many, else emptied; a new one when the thread has none to give.
    /// </summary>
    public static FormTable Rent(Language language, bool foldDiacritics, int capacity)
    {
        FormTable table = s_spare ?? new FormTable(capacity);
        s_spare = null;
        if (!ReferenceEquals(table.Language, language) || table.FoldDiacritics != foldDiacritics || table.Count > MaxKeptForms || table.Stamp == int.MaxValue)
        {
            table.Clear();
            table.Language = language;
            table.FoldDiacritics = foldDiacritics;
        }
        else
        {
            table.Stamp++;
        }

        return table;
    }

    /// <summary>Gives <paramref name="table"/> back for the next document of this thread; it must not be used after.</summary>
    public static void Return(FormTable table)
    {
        if (table._slots.Length <= 4 * MaxKeptForms && table._entries.Length <= 2 * MaxKeptForms && table._chars.Length <= 16 * MaxKeptForms
            && table._termSlots.Length <= 4 * MaxKeptForms && table._terms.Length <= 2 * MaxKeptForms)
        {
            s_spare = table;
        }
    }

    private static int SizeFor(int capacity) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(capacity * 2, 16, 1 << 30));

    private void Clear()
    {
        Array.Clear(_slots);
        Array.Clear(_entries, 0, Count);
        Array.Clear(_termSlots);
        Array.Clear(_terms, 0, TermCount);
        _charCount = 0;
        Count = 0;
        TermCount = 0;
        Stamp = 1;
    }

    /// <summary>
    /// The hash of a form or a term, as <see cref="Find"/> and the <see cref="Vocabulary"/> take it: the runtime's string
    /// hash, seeded at random per process, so that a text made to collide cannot turn the linear probing quadratic.
    /// </summary>
    public static int Hash(ReadOnlySpan<char> form) => string.GetHashCode(form);

    /// <summary>
    /// The index of the entry of <paramref name="form"/> of <paramref name="kind"/>, or -1 when absent, with
    /// <paramref name="slot"/> where <see cref="Add"/> puts it.
    /// </summary>
    public int Find(ReadOnlySpan<char> form, TokenKind kind, int hash, out int slot)
    {
        int[] slots = _slots;
        Entry[] entries = _entries;
        int mask = slots.Length - 1;
        slot = hash & mask;
        while (true)
        {
            int index = slots[slot] - 1;
            if (index < 0)
            {
                return -1;
            }

            ref Entry entry = ref entries[index];
            if (entry.Hash == hash && entry.Length == form.Length && entry.Kind == kind && _chars.AsSpan(entry.Start, entry.Length).SequenceEqual(form))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// Adds <paramref name="form"/> of <paramref name="kind"/> (absent) at the <paramref name="slot"/> a failed
    /// <see cref="Find"/> gave, with the index of its term (<see cref="TermIndexOf"/>; -1 for a stop word); returns
    /// its entry's index.
    /// </summary>
    public int Add(ReadOnlySpan<char> form, TokenKind kind, int hash, int slot, int termIndex)
    {
        Debug.Assert(_slots[slot] == 0, "Add takes the slot of a failed Find.");
        Debug.Assert(termIndex >= -1 && termIndex < TermCount, "A term of this table, or -1.");
        if (_charCount + form.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + form.Length));
        }

        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, Count * 2);
        }

        form.CopyTo(_chars.AsSpan(_charCount));
        int index = Count;
        _entries[index] = new Entry { Hash = hash, Start = _charCount, Length = form.Length, Kind = kind, Term = termIndex };
        _slots[slot] = index + 1;
        _charCount += form.Length;
        Count = index + 1;
        if (Count * 2 > _slots.Length)
        {
            _slots = Rehash(_entries, Count, _slots.Length * 2);
        }

        return index;
    }

    /// <summary>The entry at <paramref name="index"/>, as <see cref="Find"/> or <see cref="Add"/> gave it.</summary>
    public ref Entry EntryAt(int index) => ref _entries[index];

    /// <summary>The term at <paramref name="index"/> (an <see cref="Entry.Term"/>).</summary>
    public ref TermEntry TermAt(int index) => ref _terms[index];

    /// <summary>
    /// The index of the entry of <paramref name="term"/> (with <paramref name="hash"/>, its <see cref="Hash"/>), added
    /// when new as <paramref name="instance"/> when given (a string equal to the term), else as a new string.
    /// </summary>
    public int TermIndexOf(ReadOnlySpan<char> term, int hash, string? instance = null)
    {
        int mask = _termSlots.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            int index = _termSlots[slot] - 1;
            if (index < 0)
            {
                break;
            }

            if (_terms[index].Hash == hash && term.SequenceEqual(_terms[index].Text))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }

        if (TermCount == _terms.Length)
        {
            Array.Resize(ref _terms, TermCount * 2);
        }

        int added = TermCount;
        _terms[added] = new TermEntry { Text = instance ?? term.ToString(), Hash = hash };
        _termSlots[slot] = added + 1;
        TermCount = added + 1;
        if (TermCount * 2 > _termSlots.Length)
        {
            _termSlots = Rehash(_terms, TermCount, _termSlots.Length * 2);
        }

        return added;
    }

    /// <summary>Slots of <paramref name="size"/> (a power of two) for the first <paramref name="count"/> entries, at most half full.</summary>
    private static int[] Rehash<T>(T[] entries, int count, int size)
        where T : struct, IHashed
    {
        var slots = new int[size];
        int mask = size - 1;
        for (int index = 0; index < count; index++)
        {
            int slot = entries[index].Hash & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = index + 1;
        }

        return slots;
    }

    /// <summary>An entry of one of the tables, placed by its hash.</summary>
    internal interface IHashed
    {
        int Hash { get; }
    }

    /// <summary>
    /// A form: its hash, where its characters are and how many, its kind, the index of its term (-1 for a stop word),
    /// and its id in the document of <see cref="Stamp"/>.
    /// </summary>
    internal struct Entry : IHashed
    {
        public int Hash { get; set; }

        public int Start;
        public int Length;
        public TokenKind Kind;

        /// <summary>The index of the form's term for <see cref="TermAt"/>; -1 for a stop word.</summary>
        public int Term;

        /// <summary>The stamp of the document <see cref="Id"/> belongs to; 0 for none yet.</summary>
        public int Stamp;

        /// <summary>The form's id in the document of <see cref="Stamp"/>.</summary>
        public int Id;
    }

    /// <summary>A term, its hash, and its id in the document of <see cref="Stamp"/>.</summary>
    internal struct TermEntry : IHashed
    {
        public string Text;

        public int Hash { get; set; }

        /// <summary>The stamp of the document <see cref="Id"/> belongs to; 0 for none yet.</summary>
        public int Stamp;

        /// <summary>The term's id in the document of <see cref="Stamp"/>.</summary>
        public int Id;
    }
}
