using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Summarizer;

/// <summary>Interns terms to dense integer ids, looked up by span so that no string is made per occurrence.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms;

    public Vocabulary()
        : this(0)
    {
    }

    /// <summary>A vocabulary sized for about <paramref name="capacity"/> terms, so that a short text does not regrow it.</summary>
    public Vocabulary(int capacity)
    {
        _ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _terms = new List<string>(capacity);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _terms.Count;

    public string this[int id] => _terms[id];

    public bool TryGetId(ReadOnlySpan<char> term, out int id) => _lookup.TryGetValue(term, out id);

    public int GetOrAdd(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out int id))
        {
            return id;
        }

        id = _terms.Count;
        string text = term.ToString();
        _ids.Add(text, id);
        _terms.Add(text);
        return id;
    }

    /// <summary>The id of <paramref name="term"/>, added (the given instance, not a copy) when new.</summary>
    public int GetOrAdd(string term)
    {
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, term, out bool exists);
        if (!exists)
        {
            id = _terms.Count;
            _terms.Add(term);
        }

        return id;
    }
}
