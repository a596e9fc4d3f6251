using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Summarizer;

/// <summary>
/// The values of a choice option by the names users write: one spelling each for output (help, saved models), and
/// other accepted spellings for input (an older model's, a common variant).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class NamedValues<T>
    where T : notnull
{
    private readonly (string Name, T Value)[] _entries;
    private readonly (string Alias, T Value)[] _aliases;

    public NamedValues((string Name, T Value)[] entries, (string Alias, T Value)[]? aliases = null)
    {
        _entries = entries;
        _aliases = aliases ?? [];
        var names = new string[entries.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = entries[i].Name;
        }

        Names = names;
    }

    /// <summary>The names, as users write them, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The value named <paramref name="name"/> (a name or an accepted alias, ignoring case: <c>BM25</c> is <c>bm25</c>).</summary>
    public bool TryParse(string name, [MaybeNullWhen(false)] out T value)
    {
        foreach ((string candidate, T candidateValue) in _entries)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                value = candidateValue;
                return true;
            }
        }

        foreach ((string alias, T aliasValue) in _aliases)
        {
            if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
            {
                value = aliasValue;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The name of <paramref name="value"/>; false when it has none (a custom value).</summary>
    public bool TryGetName(T value, [NotNullWhen(true)] out string? name)
    {
        foreach ((string candidate, T candidateValue) in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(candidateValue, value))
            {
                name = candidate;
                return true;
            }
        }

        name = null;
        return false;
    }

    /// <summary>The names as a list for a message: <c>textrank, bm25, bm25+, cosine</c>.</summary>
    public override string ToString() => string.Join(", ", Names);
}
