using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Summarizer.ML;

/// <summary>
/// Writes the output-changing part of <see cref="SummarizerOptions"/> as a short invariant string and reads it back,
/// so that the options can travel inside a saved model (as the text of a constant column) and be rebuilt on load.
/// </summary>
/// <remarks>
/// Format <c>v2;key=value;...</c>. The keys and value spellings are the library's option descriptions
/// (<see cref="OptionCatalog"/>), the same names the <c>summarize</c> command takes: each scalar option that changes a
/// summary by its name (<c>redundancy=0.6</c>), the ranker by name followed by its parameters
/// (<c>ranker=pagerank;damping=0.85;...</c>), the similarity and the order by name, the language by code
/// (<c>language=de</c>, or <c>auto</c> to guess it per text), and a splitter only when the options set one
/// (<c>splitter=rules:de</c>, <c>splitter=lines</c>): without it the language's splitter is used, so the saved
/// language brings its sentence rules with it; numbers in invariant round-trip
/// form, flags as 1 or 0. The string never holds a quote or a backslash, so it can be embedded in an ML.NET expression
/// literal as it is. Keys missing on read take the core defaults; unknown keys and values out of an option's range are
/// an error (a model from a newer version, or a damaged one).
/// <para>
/// Models saved before rankers were objects wrote <c>v1</c>: camel-case keys, <c>algorithm=PageRank|PacSum</c> and
/// every algorithm's parameters. They load with the named algorithm's ranker and its recorded parameters (a model
/// without an algorithm was a PageRank model). Their <c>leadWeight</c> and <c>leadDecay</c> are read and ignored: the
/// lead weight is no longer part of the library, so such a model ranks by centrality alone and its summaries can
/// differ from the ones it gave when it was saved.
/// </para>
/// <para>
/// Models saved before the language selected the splitter wrote no splitter and always split with the English rules;
/// they load with the splitter of their language (the one recorded, or the one guessed per text), so a model saved
/// for German now splits German text with the German rules. English text splits as before.
/// </para>
/// </remarks>
internal static class SummarizerOptionsCodec
{
    public const string Version = "v2";

    /// <summary>The version of models saved before rankers were objects, still read.</summary>
    public const string LegacyVersion = "v1";

    private const string RankerKey = "ranker";

    private const string SplitterKey = "splitter";

    /// <summary>The value of <see cref="SplitterKey"/> for <see cref="SentenceSplitter.Presplit"/>, as the CLI's <c>--splitter</c> names it.</summary>
    private const string LinesSplitter = "lines";

    /// <summary>The prefix of the value of <see cref="SplitterKey"/> for a language's rule-based splitter (<c>rules:de</c>).</summary>
    private const string RulesSplitterPrefix = "rules:";

    /// <summary>The keys of <see cref="LegacyVersion"/> that differ from today's, with today's name.</summary>
    private static readonly (string Legacy, string Current)[] s_legacyKeys =
    [
        ("algorithm", RankerKey), ("maxIterations", "max-iterations"), ("positionBias", "position-bias"),
        ("pacSumForward", "pacsum-forward-weight"), ("pacSumBackward", "pacsum-backward-weight"), ("pacSumThreshold", "pacsum-threshold"),
        ("maxEdges", "max-edges-per-sentence"), ("maxTermSentences", "max-term-sentences"), ("headings", "include-headings"),
        ("minWords", "min-words"), ("maxWords", "max-words"),
    ];

    /// <summary>The keys of <see cref="LegacyVersion"/> read and ignored: the lead weight the library no longer has.</summary>
    private static readonly string[] s_legacyIgnored = ["leadWeight", "leadDecay"];

    /// <summary>Encodes the options, with <paramref name="keywordCount"/> in place of their keyword count.</summary>
    /// <exception cref="ArgumentException">An option cannot be saved with a model (a caller's own splitter, similarity
    /// or ranker, background frequencies, a token budget).</exception>
    public static string Encode(SummarizerOptions options, int keywordCount)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BackgroundFrequencies is not null)
        {
            throw new ArgumentException("Background document frequencies cannot be saved with an ML.NET model.", nameof(options));
        }

        if (!OptionCatalog.TryDescribe(options.Ranker, out RankerDescription? ranker))
        {
            throw new ArgumentException(
                $"Only the built-in rankers ({OptionCatalog.RankerNames()}) can be saved with an ML.NET model, not '{options.Ranker.Name}' ({options.Ranker.GetType().Name}).",
                nameof(options));
        }

        if (!OptionCatalog.Similarities.TryGetName(options.Similarity, out string? similarity))
        {
            throw new ArgumentException(
                $"Only the built-in similarities ({OptionCatalog.Similarities}) can be saved with an ML.NET model, not {options.Similarity}.",
                nameof(options));
        }

        var text = new StringBuilder(Version);
        Append(text, "budget", BudgetName(options) + ":" + Format(OptionType.Real, options.Budget.Limit));
        Append(text, RankerKey, ranker.Name);
        foreach (ScalarOption parameter in ranker.Parameters)
        {
            Append(text, parameter.Name, Format(parameter.Type, parameter.ValueOf(options.Ranker)));
        }

        Append(text, "similarity", similarity);
        foreach (ScalarOption option in OptionCatalog.Scalars)
        {
            // The input length limit changes no summary, but a host that lowered (or lifted) it must have it applied by
            // the transform and kept by a saved model; at its default it is left out, so that such models read as before.
            if (option.ChangesSummary
                || (ReferenceEquals(option, OptionCatalog.MaxInputLength) && options.MaxInputLength != SummarizerOptions.DefaultMaxInputLength))
            {
                double value = ReferenceEquals(option, OptionCatalog.KeywordCount) ? keywordCount : option.ValueOf(options);
                Append(text, option.Name, Format(option.Type, value));
            }
        }

        OptionCatalog.Orders.TryGetName(options.Order, out string? order);
        Append(text, "order", order ?? throw new ArgumentException($"Unknown order {options.Order}.", nameof(options)));
        Append(text, "language", options.Language?.Code ?? "auto");
        if (options.Splitter is not null)
        {
            Append(text, SplitterKey, SplitterName(options, options.Splitter));
        }

        return text.ToString();
    }

    /// <summary>Decodes options written by <see cref="Encode"/>, or by the version before it.</summary>
    /// <exception cref="FormatException">The text is not an options string of a version this library reads, or holds
    /// an unknown key, a malformed value or a value out of its option's range.</exception>
    public static SummarizerOptions Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split(';');
        bool legacy = parts[0] == LegacyVersion;
        if (parts[0] != Version && !legacy)
        {
            throw new FormatException($"Unsupported summarizer options version '{parts[0]}'; this library reads '{Version}' and '{LegacyVersion}'.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < parts.Length; i++)
        {
            int equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !values.TryAdd(parts[i][..equals], parts[i][(equals + 1)..]))
            {
                throw new FormatException($"Malformed summarizer option '{parts[i]}'.");
            }
        }

        if (legacy)
        {
            values = FromLegacy(values);
        }

        SummarizerOptions d = SummarizerOptions.Default;
        SentenceRanker ranker = d.Ranker;
        if (values.Remove(RankerKey, out string? rankerName))
        {
            if (!OptionCatalog.TryGetRanker(rankerName, out RankerDescription? description))
            {
                throw new FormatException($"Unknown ranker '{rankerName}'; this library reads {OptionCatalog.RankerNames()}.");
            }

            Dictionary<ScalarOption, double> parameters = Take(values, description.Parameters);
            ranker = description.Create(p => parameters.TryGetValue(p, out double value) ? value : null);
        }

        var template = new SummarizerOptions
        {
            Budget = values.Remove("budget", out string? budget) ? ParseBudget(budget) : d.Budget,
            Ranker = ranker,
            Similarity = values.Remove("similarity", out string? similarity) ? ParseSimilarity(similarity) : d.Similarity,
            Order = values.Remove("order", out string? order) ? ParseOrder(order) : d.Order,
            Language = values.Remove("language", out string? language) ? ParseLanguage(language) : d.Language,
            Splitter = values.Remove(SplitterKey, out string? splitter) ? ParseSplitter(splitter) : d.Splitter,
        };
        Dictionary<ScalarOption, double> scalars = Take(values, OptionCatalog.Scalars);
        if (values.Count > 0)
        {
            throw new FormatException($"Unknown summarizer options: {string.Join(", ", values.Keys)}.");
        }

        SummarizerOptions options = OptionCatalog.Create(template, o => scalars.TryGetValue(o, out double value) ? value : null);
        try
        {
            // Values that are each in range can still contradict each other (max-words under min-words).
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"Inconsistent summarizer options: {e.Message}", e);
        }

        return options;
    }

    /// <summary>
    /// A <see cref="LegacyVersion"/> string's values under today's keys: renamed, the lead weight dropped, the
    /// algorithm as a ranker name (PageRank when none was written), and the other algorithm's parameters dropped.
    /// </summary>
    private static Dictionary<string, string> FromLegacy(Dictionary<string, string> legacy)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string key, string value) in legacy)
        {
            if (Array.IndexOf(s_legacyIgnored, key) >= 0)
            {
                continue;
            }

            string current = key;
            foreach ((string old, string renamed) in s_legacyKeys)
            {
                if (key == renamed)
                {
                    throw new FormatException($"Unknown summarizer options: {key}.");
                }

                if (key == old)
                {
                    current = renamed;
                }
            }

            values[current] = current == RankerKey ? value.ToLowerInvariant() : value;
        }

        string rankerName = values.TryGetValue(RankerKey, out string? name) ? name : PageRankRanker.Default.Name;
        values[RankerKey] = rankerName;
        OptionCatalog.TryGetRanker(rankerName, out RankerDescription? chosen);
        foreach (RankerDescription other in OptionCatalog.Rankers)
        {
            foreach (ScalarOption parameter in other.Parameters)
            {
                if (chosen is null || !chosen.HasParameter(parameter.Name))
                {
                    values.Remove(parameter.Name);
                }
            }
        }

        return values;
    }

    /// <summary>Removes the values of <paramref name="options"/> from <paramref name="values"/>, parsed and range-checked.</summary>
    private static Dictionary<ScalarOption, double> Take(Dictionary<string, string> values, IReadOnlyList<ScalarOption> options)
    {
        var taken = new Dictionary<ScalarOption, double>();
        foreach (ScalarOption option in options)
        {
            if (values.Remove(option.Name, out string? text))
            {
                taken.Add(option, Parse(option, text));
            }
        }

        return taken;
    }

    private static double Parse(ScalarOption option, string text)
    {
        double value = double.NaN;
        bool parsed = option.Type == OptionType.Real
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int integer) && (value = integer) == integer;
        if (!parsed)
        {
            throw new FormatException($"Option '{option.Name}' is not {(option.Type == OptionType.Real ? "a number" : "an integer")}: '{text}'.");
        }

        return option.Range.Contains(value) ? value : throw new FormatException($"Option '{option.Name}' must be {option.Range}, not {text}.");
    }

    private static void Append(StringBuilder text, string key, string value) => text.Append(';').Append(key).Append('=').Append(value);

    private static string Format(OptionType type, double value) => type == OptionType.Real
        ? value.ToString("R", CultureInfo.InvariantCulture)
        : ((long)value).ToString(CultureInfo.InvariantCulture);

    private static string BudgetName(SummarizerOptions options) => options.Budget.Unit switch
    {
        BudgetUnit.Sentences => "sentences",
        BudgetUnit.Ratio => "ratio",
        BudgetUnit.Words => "words",
        BudgetUnit.Characters => "characters",
        _ => throw new ArgumentException("A token budget needs a tokenizer, which cannot be saved with an ML.NET model; use a word or character budget.", nameof(options)),
    };

    private static SummaryBudget ParseBudget(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !double.TryParse(text.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double limit))
        {
            throw new FormatException($"Malformed budget '{text}'.");
        }

        if (text[..colon] != "ratio" && limit != Math.Floor(limit))
        {
            throw new FormatException($"A budget of sentences, words or characters is a whole number, not '{text}'.");
        }

        try
        {
            return text[..colon] switch
            {
                "sentences" => SummaryBudget.Sentences(checked((int)limit)),
                "ratio" => SummaryBudget.Ratio(limit),
                "words" => SummaryBudget.Words(checked((int)limit)),
                "characters" => SummaryBudget.Characters(checked((int)limit)),
                _ => throw new FormatException($"Unknown budget unit '{text[..colon]}'."),
            };
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw new FormatException($"Budget out of range: '{text}'.", e);
        }
    }

    private static Language? ParseLanguage(string code) =>
        code == "auto" ? null
        : Language.TryFromCode(code, out Language? language) ? language
        : throw new FormatException($"Unknown language '{code}'.");

    private static string SplitterName(SummarizerOptions options, SentenceSplitter splitter) => splitter switch
    {
        RuleBasedSentenceSplitter rules => RulesSplitterPrefix + rules.Language,
        _ when ReferenceEquals(splitter, SentenceSplitter.Presplit) => LinesSplitter,
        _ => throw new ArgumentException(
            $"Only the built-in sentence splitters (a language's rule-based splitter, SentenceSplitter.Presplit) can be saved with an ML.NET model, not {splitter.GetType().Name}; leave Splitter null to split with the rules of the chosen or guessed language.",
            nameof(options)),
    };

    private static SentenceSplitter ParseSplitter(string name) =>
        name == LinesSplitter ? SentenceSplitter.Presplit
        : name.StartsWith(RulesSplitterPrefix, StringComparison.Ordinal) && Language.TryFromCode(name[RulesSplitterPrefix.Length..], out Language? language) ? language.Splitter
        : throw new FormatException($"Unknown sentence splitter '{name}'; this library reads {LinesSplitter} and {RulesSplitterPrefix}CODE with CODE one of {Language.SupportedCodes}.");

    private static SentenceSimilarity ParseSimilarity(string name) =>
        OptionCatalog.Similarities.TryParse(name, out SentenceSimilarity? similarity)
            ? similarity
            : throw new FormatException($"Unknown similarity '{name}'; this library reads {OptionCatalog.Similarities}.");

    private static SummaryOrder ParseOrder(string name) =>
        OptionCatalog.Orders.TryParse(name, out SummaryOrder order)
            ? order
            : throw new FormatException($"Unknown order '{name}'; this library reads {OptionCatalog.Orders}.");
}
