using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// A built-in ranker as users name it: its name (<see cref="SentenceRanker.Name"/>), a phrase of help, its parameters
/// (described once, with the ranker), and how to make one from parameter values. Only an instance of exactly
/// <see cref="Type"/> is described: a user's own ranker, even one derived from a built-in, is not.
/// </summary>
internal sealed class RankerDescription
{
    private readonly Func<Func<ScalarOption, double?>, SentenceRanker> _create;
    private readonly Func<SentenceRanker, bool>? _describable;

    /// <param name="defaults">The ranker with its default parameters.</param>
    /// <param name="help">What the ranker does, in a phrase.</param>
    /// <param name="parameters">The ranker's parameters.</param>
    /// <param name="create">Makes the ranker from parameter values.</param>
    /// <param name="describable">Whether an instance of the ranker's class is fully described by its parameters
    /// (a learned ranker with a model of its own is not); all are when null.</param>
    public RankerDescription(SentenceRanker defaults, string help, IReadOnlyList<ScalarOption> parameters, Func<Func<ScalarOption, double?>, SentenceRanker> create, Func<SentenceRanker, bool>? describable = null)
    {
        _describable = describable;
        Defaults = defaults;
        Help = help;
        Parameters = parameters;
        _create = create;
    }

    /// <summary>The name users write (<c>--algorithm NAME</c>, <c>ranker=NAME</c> in a saved model).</summary>
    public string Name => Defaults.Name;

    /// <summary>The ranker's class.</summary>
    public Type Type => Defaults.GetType();

    /// <summary>The ranker with its default parameters, shared.</summary>
    public SentenceRanker Defaults { get; }

    /// <summary>What the ranker does, in a phrase.</summary>
    public string Help { get; }

    /// <summary>The ranker's parameters.</summary>
    public IReadOnlyList<ScalarOption> Parameters { get; }

    /// <summary>Whether the ranker has a parameter named <paramref name="name"/>.</summary>
    public bool HasParameter(string name)
    {
        foreach (ScalarOption parameter in Parameters)
        {
            if (string.Equals(parameter.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="ranker"/> is this built-in ranker (with any parameters).</summary>
    public bool Describes(SentenceRanker ranker) => ranker.GetType() == Type && (_describable is null || _describable(ranker));

    /// <summary>
    /// The ranker with the parameters <paramref name="values"/> gives (the others at their defaults); the shared
    /// default instance when it gives none.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its parameter's range (named by <c>ParamName</c>).</exception>
    public SentenceRanker Create(Func<ScalarOption, double?> values)
    {
        foreach (ScalarOption parameter in Parameters)
        {
            if (values(parameter) is not null)
            {
                return _create(values);
            }
        }

        return Defaults;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
