using System;
using System.Numerics;

namespace Summarizer;

/// <summary>
/// The term ids of one document's lower-cased surface forms: open addressing with linear probing, the forms' characters
/// kept in one buffer, so that a look-up hashes the form once and nothing is allocated per form.
/// </summary>
/// <remarks>
/// A token costs a look-up here and most tokens of a text repeat earlier forms, so this replaces a
/// <c>Dictionary&lt;string, int&gt;</c> that hashed the form again to add it and needed a string for each one.
/// </remarks>
internal sealed class FormTable
{
    private Entry[] _entries;
    private char[] _chars;
    private int _charCount;

    /// <summary>A table sized for about <paramref name="capacity"/> forms, so that a short text does not regrow it.</summary>
    public FormTable(int capacity)
    {
        _entries = new Entry[SizeFor(capacity)];
        _chars = new char[Math.Max(64, capacity * 6)];
    }

    /// <summary>Tables of more entries than this are not kept for reuse (64 KB).</summary>
    internal const int MaxSpareEntries = 4096;

    /// <summary>A table a document of this thread has finished with, cleared and handed to the next one.</summary>
    [ThreadStatic]
    private static FormTable? s_spare;

    /// <summary>
    /// An empty table sized for about <paramref name="capacity"/> forms: the one this thread last gave back when its
    /// size fits (short texts, one after another, then allocate none), otherwise a new one.
    /// </summary>
    public static FormTable Rent(int capacity)
    {
        FormTable? spare = s_spare;
        int size = SizeFor(capacity);
        if (spare is not null && spare._entries.Length >= size && spare._entries.Length <= size * 4)
        {
            s_spare = null;
            spare.Clear();
            return spare;
        }

        return new FormTable(capacity);
    }

    /// <summary>Gives <paramref name="table"/> back for the next document of this thread; it must not be used after.</summary>
    public static void Return(FormTable table)
    {
        if (table._entries.Length <= MaxSpareEntries)
        {
            s_spare = table;
        }
    }

    private static int SizeFor(int capacity) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(capacity * 2, 16, 1 << 30));

    private void Clear()
    {
        Array.Clear(_entries);
        _charCount = 0;
        Count = 0;
    }

    /// <summary>The number of forms in the table.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The hash of a form, as <see cref="TryGetValue"/> and <see cref="Add"/> take it: the runtime's string hash, seeded
    /// at random per process, so that a text made to collide cannot turn the linear probing quadratic.
    /// </summary>
    public static int Hash(ReadOnlySpan<char> form) => string.GetHashCode(form);

    /// <summary>Finds the id of <paramref name="form"/>; when absent, <paramref name="slot"/> is where <see cref="Add"/> puts it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> form, int hash, out int id, out int slot)
    {
        Entry[] entries = _entries;
        int mask = entries.Length - 1;
        slot = hash & mask;
        while (true)
        {
            ref Entry entry = ref entries[slot];
            if (entry.Length == 0)
            {
                id = 0;
                return false;
            }

            if (entry.Hash == hash && entry.Length == form.Length && _chars.AsSpan(entry.Start, entry.Length).SequenceEqual(form))
            {
                id = entry.Id;
                return true;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds <paramref name="form"/> (not empty, absent) at the <paramref name="slot"/> a failed look-up gave.</summary>
    public void Add(ReadOnlySpan<char> form, int hash, int slot, int id)
    {
        if (_charCount + form.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + form.Length));
        }

        form.CopyTo(_chars.AsSpan(_charCount));
        _entries[slot] = new Entry(hash, _charCount, form.Length, id);
        _charCount += form.Length;
        Count++;
        if (Count * 2 > _entries.Length)
        {
            Grow();
        }
    }

    /// <summary>Doubles the table, at most half full afterwards.</summary>
    private void Grow()
    {
        Entry[] old = _entries;
        var entries = new Entry[old.Length * 2];
        int mask = entries.Length - 1;
        foreach (Entry entry in old)
        {
            if (entry.Length == 0)
            {
                continue;
            }

            int slot = entry.Hash & mask;
            while (entries[slot].Length != 0)
            {
                slot = (slot + 1) & mask;
            }

            entries[slot] = entry;
        }

        _entries = entries;
    }

    /// <summary>A form: its hash, where its characters are and how many (0 for an empty slot), and its term id.</summary>
    private readonly record struct Entry(int Hash, int Start, int Length, int Id);
}
