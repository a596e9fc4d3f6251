using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Summarizer.Cli;

/// <summary>
/// Options whose parse errors speak the user's language: a number names the option, its range and the value given; a
/// choice lists the values as the user types them, in order. Never a .NET type name.
/// </summary>
internal static class CliOptions
{
    /// <summary>A whole-number option in <paramref name="range"/>.</summary>
    public static Option<int> WholeNumber(string name, string description, OptionRange range, int defaultValue, params string[] aliases)
    {
        var option = new Option<int>(name, aliases) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.CustomParser = r => (int)(ParseNumber(r, option.Name, whole: true, range) ?? defaultValue);
        return option;
    }

    /// <summary>A whole-number option in <paramref name="range"/> without a default (null when not given).</summary>
    public static Option<int?> OptionalWholeNumber(string name, string description, OptionRange range)
    {
        var option = new Option<int?>(name) { Description = description };
        option.CustomParser = r => ParseNumber(r, option.Name, whole: true, range) is { } value ? (int)value : null;
        return option;
    }

    /// <summary>A number option in <paramref name="range"/> without a default (null when not given).</summary>
    public static Option<double?> OptionalNumber(string name, string description, OptionRange range)
    {
        var option = new Option<double?>(name) { Description = description };
        option.CustomParser = r => ParseNumber(r, option.Name, whole: false, range);
        return option;
    }

    /// <summary>
    /// Parses the value of option <paramref name="name"/> in the invariant culture; null, with an error naming the
    /// option, its range and the value, when it is not a number of the kind asked for or is out of range.
    /// </summary>
    public static double? ParseNumber(ArgumentResult result, string name, bool whole, OptionRange range)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        double value = double.NaN;
        bool parsed = whole
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int integer) && (value = integer) == integer
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        if (parsed && range.Contains(value))
        {
            return value;
        }

        string kind = whole ? "a whole number " : range == OptionRange.Finite ? string.Empty : "a number ";
        // A whole number past what the option holds is in its range as written, so the message says where it ends.
        string limit = whole && !parsed && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long large) && large > int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $" and at most {int.MaxValue}")
            : string.Empty;
        result.AddError($"{name} must be {kind}{range}{limit}, not '{text}'.");
        return null;
    }

    /// <summary>
    /// A choice among named values: help shows <c>&lt;a|b|c&gt;</c> and the first name as the default, and a wrong
    /// value is refused with the list of names (case is ignored, as it always was for formats). The first value must
    /// be <c>default(T)</c>, what an option not given holds.
    /// </summary>
    public static Option<T> Choice<T>(string name, string[] aliases, string description, params (string Name, T Value)[] choices)
    {
        if (!EqualityComparer<T>.Default.Equals(choices[0].Value, default))
        {
            throw new ArgumentException($"The first choice of {name} must be the default value of its type.", nameof(choices));
        }

        var option = new Option<T>(name, aliases) { Description = $"{description} [default: {choices[0].Name}]", HelpName = Names(choices, "|") };
        option.CustomParser = r =>
        {
            string text = r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty;
            foreach ((string choice, T value) in choices)
            {
                if (string.Equals(choice, text, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            r.AddError($"{option.Name} must be one of {Names(choices, ", ")}, not '{text}'.");
            return choices[0].Value;
        };
        return option;
    }

    /// <summary>
    /// Refuses an empty file name for <paramref name="option"/> (<c>--out ""</c>) as a usage error in the command's words,
    /// not .NET's "The value cannot be an empty string".
    /// </summary>
    public static void RequireFileName<T>(Option<T> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && result.Tokens[0].Value.Length == 0)
            {
                result.AddError($"{option.Name} needs a file name, not an empty string.");
            }
        });
    }

    /// <summary>Whether <paramref name="option"/> is written on the command line and its value parsed (a value that did not is reported by its own check).</summary>
    public static bool Given<T>(CommandResult result, Option<T> option) => result.GetResult(option) is { Implicit: false } && Parsed(result, option);

    /// <summary>Whether the value of <paramref name="option"/>, written or its default, parsed, so that a check between options may read it.</summary>
    public static bool Parsed<T>(CommandResult result, Option<T> option)
    {
        try
        {
            _ = result.GetValue(option);
            return true;
        }
        catch (InvalidOperationException)
        {
            // The option's own check reported the value (System.CommandLine throws it back when it is read).
            return false;
        }
    }

    /// <summary>Restricts a string option to <paramref name="values"/>: help shows <c>&lt;a|b|c&gt;</c>, a wrong value is refused with the list.</summary>
    public static void AcceptOnly(Option<string> option, IReadOnlyList<string> values)
    {
        option.HelpName = string.Join("|", values);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && Canonical(values, result.Tokens[0].Value) is null)
            {
                result.AddError($"{option.Name} must be one of {string.Join(", ", values)}, not '{result.Tokens[0].Value}'.");
            }
        });

        // Case is ignored, as for every choice of the command (--format JSON): the value read is the listed spelling.
        option.CustomParser = result => result.Tokens.Count == 1
            ? Canonical(values, result.Tokens[0].Value) ?? result.Tokens[0].Value
            : option.DefaultValueFactory?.Invoke(result);
    }

    private static string? Canonical(IReadOnlyList<string> values, string value)
    {
        foreach (string candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Names<T>((string Name, T Value)[] choices, string separator)
    {
        var names = new string[choices.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = choices[i].Name;
        }

        return string.Join(separator, names);
    }
}
