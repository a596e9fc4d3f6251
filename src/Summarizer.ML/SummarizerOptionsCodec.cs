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
/// Format <c>v2;key=value;...</c>: numbers in invariant round-trip form, enums and built-in similarities by name, the
/// ranker by name (<c>ranker=pagerank</c>) followed by its parameters. The string never holds a quote or a
/// backslash, so it can be embedded in an ML.NET expression literal as it is. Keys missing on read take the core
/// defaults; unknown keys are an error (a model from a newer version).
/// <para>
/// Models saved before rankers were objects wrote <c>v1</c> with <c>algorithm=PageRank|PacSum</c> and every
/// algorithm's parameters as flat keys; they load with the named algorithm's ranker and its parameters. Their
/// <c>leadWeight</c> and <c>leadDecay</c> are read and ignored: the lead weight is no longer part of the library, so
/// such a model ranks as centrality alone (its summaries can differ from the ones it gave when it was saved).
/// </para>
/// </remarks>
internal static class SummarizerOptionsCodec
{
    public const string Version = "v2";

    /// <summary>The version of models saved before rankers were objects, still read.</summary>
    public const string LegacyVersion = "v1";

    /// <summary>Options of the core that do not change a summary without ranking output, so are not written.</summary>
    internal static readonly string[] s_ignored = [nameof(SummarizerOptions.IncludeRanking)];

    /// <summary>
    /// The rankers a model can hold, by the name it is saved under (the ranker's <see cref="SentenceRanker.Name"/>):
    /// each writes and reads its own parameters. A built-in ranker is one entry here.
    /// </summary>
    private static readonly RankerCodec[] s_rankers =
    [
        new(
            typeof(LearnedRanker),
            LearnedRanker.Default.Name,
            (ranker, text) =>
            {
                var r = (LearnedRanker)ranker;
                if (!r.IsShippedModel)
                {
                    throw new ArgumentException("A learned ranker with a model of its own (LearnedRanker.Load) cannot be saved with an ML.NET model; only the shipped model can.", "options");
                }

                Append(text, "queryWeight", Number(r.QueryWeight));
            },
            values => new LearnedRanker { QueryWeight = Double(values, "queryWeight", LearnedRanker.Default.QueryWeight) }),
        new(
            typeof(PageRankRanker),
            PageRankRanker.Default.Name,
            (ranker, text) =>
            {
                var r = (PageRankRanker)ranker;
                Append(text, "damping", Number(r.Damping));
                Append(text, "tolerance", Number(r.Tolerance));
                Append(text, "maxIterations", Number(r.MaxIterations));
                Append(text, "positionBias", Number(r.PositionBias));
                Append(text, "queryWeight", Number(r.QueryWeight));
            },
            values =>
            {
                PageRankRanker d = PageRankRanker.Default;
                return new PageRankRanker
                {
                    Damping = Double(values, "damping", d.Damping),
                    Tolerance = Double(values, "tolerance", d.Tolerance),
                    MaxIterations = Int(values, "maxIterations", d.MaxIterations),
                    PositionBias = Double(values, "positionBias", d.PositionBias),
                    QueryWeight = Double(values, "queryWeight", d.QueryWeight),
                };
            }),
        new(
            typeof(PacSumRanker),
            PacSumRanker.Default.Name,
            (ranker, text) =>
            {
                var r = (PacSumRanker)ranker;
                Append(text, "forwardWeight", Number(r.ForwardWeight));
                Append(text, "backwardWeight", Number(r.BackwardWeight));
                Append(text, "threshold", Number(r.Threshold));
                Append(text, "queryWeight", Number(r.QueryWeight));
            },
            values =>
            {
                PacSumRanker d = PacSumRanker.Default;
                return new PacSumRanker
                {
                    ForwardWeight = Double(values, "forwardWeight", d.ForwardWeight),
                    BackwardWeight = Double(values, "backwardWeight", d.BackwardWeight),
                    Threshold = Double(values, "threshold", d.Threshold),
                    QueryWeight = Double(values, "queryWeight", d.QueryWeight),
                };
            }),
    ];

    /// <summary>Encodes the options, with <paramref name="keywordCount"/> in place of their keyword count.</summary>
    /// <exception cref="ArgumentException">An option cannot be saved with a model (custom splitter, similarity or
    /// ranker, background frequencies, a token budget).</exception>
    public static string Encode(SummarizerOptions options, int keywordCount)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!ReferenceEquals(options.Splitter, SentenceSplitter.Default))
        {
            throw new ArgumentException("Only the default sentence splitter can be saved with an ML.NET model.", nameof(options));
        }

        if (options.BackgroundFrequencies is not null)
        {
            throw new ArgumentException("Background document frequencies cannot be saved with an ML.NET model.", nameof(options));
        }

        var text = new StringBuilder(Version);
        Append(text, "budget", BudgetName(options.Budget) + ":" + Number(options.Budget.Limit));
        RankerCodec ranker = RankerOf(options.Ranker);
        Append(text, "ranker", ranker.Name);
        ranker.Write(options.Ranker, text);
        Append(text, "similarity", SimilarityName(options.Similarity));
        Append(text, "maxEdges", Number(options.MaxEdgesPerSentence));
        Append(text, "maxTermSentences", Number(options.MaxTermSentences));
        Append(text, "redundancy", Number(options.RedundancyThreshold));
        Append(text, "headings", options.IncludeHeadingsAndListItems ? "1" : "0");
        Append(text, "minWords", Number(options.MinSentenceWords));
        Append(text, "maxWords", Number(options.MaxSentenceWords));
        Append(text, "order", options.Order.ToString());
        Append(text, "keywords", Number(keywordCount));
        Append(text, "language", options.Language?.Code ?? "auto");
        return text.ToString();
    }

    /// <summary>Decodes options written by <see cref="Encode"/>, or by the version before it.</summary>
    /// <exception cref="FormatException">The text is not an options string of a version this library reads.</exception>
    public static SummarizerOptions Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split(';');
        if (parts[0] != Version && parts[0] != LegacyVersion)
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

        SummarizerOptions d = SummarizerOptions.Default;
        var options = new SummarizerOptions
        {
            Budget = values.Remove("budget", out string? budget) ? ParseBudget(budget) : d.Budget,
            Ranker = parts[0] == LegacyVersion ? ReadLegacyRanker(values) : ReadRanker(values),
            Similarity = values.Remove("similarity", out string? similarity) ? ParseSimilarity(similarity) : d.Similarity,
            MaxEdgesPerSentence = Int(values, "maxEdges", d.MaxEdgesPerSentence),
            MaxTermSentences = Int(values, "maxTermSentences", d.MaxTermSentences),
            RedundancyThreshold = Double(values, "redundancy", d.RedundancyThreshold),
            IncludeHeadingsAndListItems = Int(values, "headings", d.IncludeHeadingsAndListItems ? 1 : 0) != 0,
            MinSentenceWords = Int(values, "minWords", d.MinSentenceWords),
            MaxSentenceWords = Int(values, "maxWords", d.MaxSentenceWords),
            Order = Enum<SummaryOrder>(values, "order", d.Order),
            KeywordCount = Int(values, "keywords", d.KeywordCount),
            Language = values.Remove("language", out string? language) ? ParseLanguage(language) : d.Language,
        };

        if (values.Count > 0)
        {
            throw new FormatException($"Unknown summarizer options: {string.Join(", ", values.Keys)}.");
        }

        return options;
    }

    private static RankerCodec RankerOf(SentenceRanker ranker)
    {
        foreach (RankerCodec codec in s_rankers)
        {
            if (ranker.GetType() == codec.Type)
            {
                return codec;
            }
        }

        throw new ArgumentException(
            $"Only the built-in rankers ({RankerNames()}) can be saved with an ML.NET model, not '{ranker.Name}' ({ranker.GetType().Name}).",
            nameof(ranker));
    }

    private static string RankerNames()
    {
        var names = new List<string>(s_rankers.Length);
        foreach (RankerCodec codec in s_rankers)
        {
            names.Add(codec.Name);
        }

        return string.Join(", ", names);
    }

    private static SentenceRanker ReadRanker(Dictionary<string, string> values)
    {
        if (!values.Remove("ranker", out string? name))
        {
            return SummarizerOptions.Default.Ranker;
        }

        foreach (RankerCodec codec in s_rankers)
        {
            if (codec.Name == name)
            {
                return Checked(() => codec.Read(values));
            }
        }

        throw new FormatException($"Unknown ranker '{name}'; this library reads {RankerNames()}.");
    }

    /// <summary>
    /// The ranker of a <see cref="LegacyVersion"/> model: its algorithm with the parameters it recorded. Every key the
    /// old format wrote is consumed, the other algorithm's and the lead weight's unused (see the type's remarks).
    /// </summary>
    private static SentenceRanker ReadLegacyRanker(Dictionary<string, string> values)
    {
        string algorithm = values.Remove("algorithm", out string? name) ? name : "PageRank";
        PageRankRanker pageRank = PageRankRanker.Default;
        PacSumRanker pacSum = PacSumRanker.Default;
        double damping = Double(values, "damping", pageRank.Damping);
        double tolerance = Double(values, "tolerance", pageRank.Tolerance);
        int maxIterations = Int(values, "maxIterations", pageRank.MaxIterations);
        double positionBias = Double(values, "positionBias", pageRank.PositionBias);
        _ = Double(values, "leadWeight", 0);
        _ = Double(values, "leadDecay", 0);
        double forward = Double(values, "pacSumForward", pacSum.ForwardWeight);
        double backward = Double(values, "pacSumBackward", pacSum.BackwardWeight);
        double threshold = Double(values, "pacSumThreshold", pacSum.Threshold);
        return algorithm switch
        {
            "PageRank" => Checked(() => new PageRankRanker { Damping = damping, Tolerance = tolerance, MaxIterations = maxIterations, PositionBias = positionBias }),
            "PacSum" => Checked(() => new PacSumRanker { ForwardWeight = forward, BackwardWeight = backward, Threshold = threshold }),
            _ => throw new FormatException($"Option 'algorithm' has an unknown value '{algorithm}'."),
        };
    }

    /// <summary>A parameter out of range in a saved model is a malformed model, named by the parameter.</summary>
    private static SentenceRanker Checked(Func<SentenceRanker> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new FormatException($"Ranker parameter '{e.ParamName}' out of range: {e.ActualValue}.", e);
        }
    }

    private static void Append(StringBuilder text, string key, string value) => text.Append(';').Append(key).Append('=').Append(value);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string BudgetName(SummaryBudget budget) => budget.Unit switch
    {
        BudgetUnit.Sentences => "sentences",
        BudgetUnit.Ratio => "ratio",
        BudgetUnit.Words => "words",
        BudgetUnit.Characters => "characters",
        _ => throw new ArgumentException("A token budget needs a tokenizer, which cannot be saved with an ML.NET model; use a word or character budget.", nameof(budget)),
    };

    private static SummaryBudget ParseBudget(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !double.TryParse(text.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double limit))
        {
            throw new FormatException($"Malformed budget '{text}'.");
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

    private static string SimilarityName(SentenceSimilarity similarity)
    {
        if (ReferenceEquals(similarity, SentenceSimilarity.TextRank))
        {
            return "textrank";
        }

        if (ReferenceEquals(similarity, SentenceSimilarity.Bm25))
        {
            return "bm25";
        }

        if (ReferenceEquals(similarity, SentenceSimilarity.Bm25Plus))
        {
            return "bm25plus";
        }

        if (ReferenceEquals(similarity, SentenceSimilarity.Cosine))
        {
            return "cosine";
        }

        throw new ArgumentException(
            $"Only the built-in similarities (TextRank, Bm25, Bm25Plus, Cosine) can be saved with an ML.NET model, not {similarity}.",
            nameof(similarity));
    }

    private static Language? ParseLanguage(string code) =>
        code == "auto" ? null
        : Language.TryFromCode(code, out Language? language) ? language
        : throw new FormatException($"Unknown language '{code}'.");

    private static SentenceSimilarity ParseSimilarity(string name) => name switch
    {
        "textrank" => SentenceSimilarity.TextRank,
        "bm25" => SentenceSimilarity.Bm25,
        "bm25plus" => SentenceSimilarity.Bm25Plus,
        "cosine" => SentenceSimilarity.Cosine,
        _ => throw new FormatException($"Unknown similarity '{name}'."),
    };

    private static double Double(Dictionary<string, string> values, string key, double fallback)
    {
        if (!values.Remove(key, out string? text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new FormatException($"Option '{key}' is not a number: '{text}'.");
    }

    private static int Int(Dictionary<string, string> values, string key, int fallback)
    {
        if (!values.Remove(key, out string? text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new FormatException($"Option '{key}' is not an integer: '{text}'.");
    }

    private static T Enum<T>(Dictionary<string, string> values, string key, T fallback)
        where T : struct, Enum
    {
        if (!values.Remove(key, out string? text))
        {
            return fallback;
        }

        return System.Enum.TryParse(text, ignoreCase: false, out T value) && System.Enum.IsDefined(value)
            ? value
            : throw new FormatException($"Option '{key}' has an unknown value '{text}'.");
    }
}

/// <summary>How one built-in ranker is saved: its type, its name, and how it writes and reads its parameters.</summary>
internal sealed record RankerCodec(
    Type Type,
    string Name,
    Action<SentenceRanker, StringBuilder> Write,
    Func<Dictionary<string, string>, SentenceRanker> Read);
