using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>What a scalar option holds.</summary>
internal enum OptionType
{
    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A real number.</summary>
    Real,

    /// <summary>On or off (1 or 0).</summary>
    Flag,
}

/// <summary>
/// One number-valued option, described once: the name users write (the command line's <c>--NAME</c>, the key in a
/// saved model), the property it sets (and that validation names), its type, range, default and help. The command
/// line, its range checks and help, and the ML.NET options codec are derived from these descriptions (see
/// <see cref="OptionCatalog"/>).
/// </summary>
internal sealed class ScalarOption
{
    private readonly Func<object, double> _get;

    private ScalarOption(string name, string property, OptionType type, OptionRange range, string help, Func<object, double> get, object defaults, bool changesSummary, string[] aliases)
    {
        Name = name;
        Property = property;
        Type = type;
        Range = range;
        Help = help;
        _get = get;
        Default = get(defaults);
        ChangesSummary = changesSummary;
        Aliases = aliases;
    }

    /// <summary>The name users write, lower-case with hyphens: the command line's <c>--NAME</c> and the key in a saved model.</summary>
    public string Name { get; }

    /// <summary>The property the option sets; an out-of-range value throws an <see cref="ArgumentOutOfRangeException"/> with this as its <c>ParamName</c>.</summary>
    public string Property { get; }

    /// <summary>What the option holds.</summary>
    public OptionType Type { get; }

    /// <summary>The values the option accepts.</summary>
    public OptionRange Range { get; }

    /// <summary>What the option does, in a phrase without a final period.</summary>
    public string Help { get; }

    /// <summary>The default, read from the owner's default instance (so it never drifts from the property).</summary>
    public double Default { get; }

    /// <summary>Whether the option changes a summary (and so is saved with a model); false for output extras and host guards.</summary>
    public bool ChangesSummary { get; }

    /// <summary>Other command-line spellings (<c>-k</c>, <c>--redundancy-threshold</c>).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The option's value in <paramref name="owner"/> (the options or the ranker it belongs to).</summary>
    public double ValueOf(object owner) => _get(owner);

    /// <summary>A real-valued option of <typeparamref name="TOwner"/>.</summary>
    public static ScalarOption Real<TOwner>(string name, string property, Func<TOwner, double> get, TOwner defaults, OptionRange range, string help, params string[] aliases)
        where TOwner : class =>
        new(name, property, OptionType.Real, range, help, owner => get((TOwner)owner), defaults, changesSummary: true, aliases);

    /// <summary>A whole-number option of <typeparamref name="TOwner"/>.</summary>
    public static ScalarOption Integer<TOwner>(string name, string property, Func<TOwner, int> get, TOwner defaults, OptionRange range, string help, bool changesSummary = true, params string[] aliases)
        where TOwner : class =>
        new(name, property, OptionType.Integer, range, help, owner => get((TOwner)owner), defaults, changesSummary, aliases);

    /// <summary>An on/off option of <typeparamref name="TOwner"/>.</summary>
    public static ScalarOption Flag<TOwner>(string name, string property, Func<TOwner, bool> get, TOwner defaults, string help, bool changesSummary = true, params string[] aliases)
        where TOwner : class =>
        new(name, property, OptionType.Flag, OptionRange.Closed(0, 1), help, owner => get((TOwner)owner) ? 1 : 0, defaults, changesSummary, aliases);

    /// <summary>The value <paramref name="values"/> gives for this option, or its default.</summary>
    public double From(Func<ScalarOption, double?> values) => values(this) ?? Default;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
