using System;
using System.Diagnostics;
using System.Numerics;

namespace Summarizer;

/// <summary>Interns terms to dense integer ids, looked up by span so that no string is made per occurrence.</summary>
/// <remarks>
/// Open addressing with linear probing over the ids, keyed by <see cref="FormTable.Hash"/> of the term, which is kept
/// per id: a caller that already has a term's hash (the shared form cache stores it with the stem) adds the term
/// without hashing it again, and a new term is hashed once, not once to look it up and again to add it.
/// </remarks>
internal sealed class Vocabulary
{
    // Built at the first look-up: a document's terms are appended, each once, and most documents are never searched.
    private int[]? _slots;
    private string[] _terms;
    private int[] _hashes;

    public Vocabulary()
        : this(0)
    {
    }

    /// <summary>A vocabulary sized for about <paramref name="capacity"/> terms, so that a short text does not regrow it.</summary>
    public Vocabulary(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        _terms = new string[capacity];
        _hashes = new int[capacity];
    }

    public int Count { get; private set; }

    public string this[int id] => (uint)id < (uint)Count ? _terms[id] : throw new ArgumentOutOfRangeException(nameof(id));

    /// <summary>The <see cref="FormTable.Hash"/> of the term with id <paramref name="id"/>.</summary>
    public int HashOf(int id) => (uint)id < (uint)Count ? _hashes[id] : throw new ArgumentOutOfRangeException(nameof(id));

    public bool TryGetId(ReadOnlySpan<char> term, out int id) => Find(term, FormTable.Hash(term), out id, out _);

    /// <summary>As <see cref="TryGetId(ReadOnlySpan{char}, out int)"/>, with <paramref name="hash"/> the <see cref="FormTable.Hash"/> of <paramref name="term"/>.</summary>
    public bool TryGetId(ReadOnlySpan<char> term, int hash, out int id) => Find(term, hash, out id, out _);

    public int GetOrAdd(ReadOnlySpan<char> term)
    {
        int hash = FormTable.Hash(term);
        return Find(term, hash, out int id, out int slot) ? id : Add(term.ToString(), hash, slot);
    }

    /// <summary>The id of <paramref name="term"/>, added (the given instance, not a copy) when new.</summary>
    public int GetOrAdd(string term) => GetOrAdd(term, FormTable.Hash(term));

    /// <summary>As <see cref="GetOrAdd(string)"/>, with <paramref name="hash"/> the <see cref="FormTable.Hash"/> of <paramref name="term"/>.</summary>
    public int GetOrAdd(string term, int hash) =>
        Find(term, hash, out int id, out int slot) ? id : Add(term, hash, slot);

    /// <summary>
    /// Adds <paramref name="term"/>, which the vocabulary must not hold, without searching for it; <paramref name="hash"/>
    /// is its <see cref="FormTable.Hash"/>.
    /// </summary>
    public int Append(string term, int hash)
    {
        Debug.Assert(!TryGetId(term, hash, out _), "Append takes a term the vocabulary lacks.");
        if (_slots is null)
        {
            return Add(term, hash, -1);
        }

        Find(term, hash, out _, out int slot);
        return Add(term, hash, slot);
    }

    /// <summary>Finds the id of <paramref name="term"/>; when absent, <paramref name="slot"/> is where it would go.</summary>
    private bool Find(ReadOnlySpan<char> term, int hash, out int id, out int slot)
    {
        int[] slots = _slots ??= Slots(Math.Max(_terms.Length * 2, Count * 2 + 2));
        int mask = slots.Length - 1;
        slot = hash & mask;
        while (true)
        {
            int entry = slots[slot] - 1;
            if (entry < 0)
            {
                id = -1;
                return false;
            }

            if (_hashes[entry] == hash && term.SequenceEqual(_terms[entry]))
            {
                id = entry;
                return true;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Add(string term, int hash, int slot)
    {
        int id = Count;
        if (id == _terms.Length)
        {
            Array.Resize(ref _terms, id * 2);
            Array.Resize(ref _hashes, id * 2);
        }

        _terms[id] = term;
        _hashes[id] = hash;
        Count = id + 1;
        if (_slots is not null)
        {
            _slots[slot] = id + 1;
            if (Count * 2 > _slots.Length)
            {
                _slots = Slots(_slots.Length * 2);
            }
        }

        return id;
    }

    /// <summary>The slots of the terms so far in a table of at least <paramref name="size"/> slots, at most half full.</summary>
    private int[] Slots(int size)
    {
        var slots = new int[BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(size, 8, 1 << 30))];
        int mask = slots.Length - 1;
        for (int id = 0; id < Count; id++)
        {
            int slot = _hashes[id] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id + 1;
        }

        return slots;
    }
}
