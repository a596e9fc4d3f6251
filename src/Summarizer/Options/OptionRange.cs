using System.Globalization;

namespace Summarizer;

/// <summary>The values a scalar option accepts: finite numbers between two bounds, each open or closed.</summary>
/// <param name="Min">The lower bound; negative infinity for none.</param>
/// <param name="Max">The upper bound; positive infinity for none.</param>
/// <param name="MinOpen">Whether <paramref name="Min"/> itself is refused.</param>
/// <param name="MaxOpen">Whether <paramref name="Max"/> itself is refused.</param>
internal readonly record struct OptionRange(double Min, double Max, bool MinOpen = false, bool MaxOpen = false)
{
    /// <summary>Any finite number.</summary>
    public static OptionRange Finite => new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>A positive finite number.</summary>
    public static OptionRange Positive => new(0, double.PositiveInfinity, MinOpen: true);

    /// <summary>A finite number of at least <paramref name="min"/>.</summary>
    public static OptionRange AtLeast(double min) => new(min, double.PositiveInfinity);

    /// <summary>[<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static OptionRange Closed(double min, double max) => new(min, max);

    /// <summary>Whether <paramref name="value"/> is accepted.</summary>
    public bool Contains(double value) =>
        double.IsFinite(value) && (MinOpen ? value > Min : value >= Min) && (MaxOpen ? value < Max : value <= Max);

    /// <summary>The range as a message says it: <c>in (0, 1)</c>, <c>at least 1</c>, <c>greater than 0</c>, <c>a finite number</c>.</summary>
    public override string ToString()
    {
        bool noMin = double.IsNegativeInfinity(Min);
        bool noMax = double.IsPositiveInfinity(Max);
        return (noMin, noMax) switch
        {
            (true, true) => "a finite number",
            (false, true) => (MinOpen ? "greater than " : "at least ") + Format(Min),
            (true, false) => (MaxOpen ? "less than " : "at most ") + Format(Max),
            _ => $"in {(MinOpen ? '(' : '[')}{Format(Min)}, {Format(Max)}{(MaxOpen ? ')' : ']')}",
        };
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
