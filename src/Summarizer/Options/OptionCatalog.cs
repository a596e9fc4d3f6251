using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Summarizer;

/// <summary>
/// Every option of the library described once: the scalar options of <see cref="SummarizerOptions"/>, the built-in
/// rankers with their parameters, and the names of the similarities and orders. The <c>summarize</c> command derives
/// its options, range checks and help from here, and the ML.NET options codec its keys; tests check each description
/// against the property it describes (default, range and the name validation gives).
/// </summary>
/// <remarks>
/// Adding a built-in ranker is one entry of <see cref="Rankers"/> (with its parameters); adding a scalar option is one
/// description in <see cref="Scalars"/> and one line of <see cref="Create"/>.
/// </remarks>
internal static class OptionCatalog
{
    private static readonly SummarizerOptions s_defaults = SummarizerOptions.Default;

    public static readonly ScalarOption MaxEdgesPerSentence = ScalarOption.Integer(
        "max-edges-per-sentence", nameof(SummarizerOptions.MaxEdgesPerSentence), (SummarizerOptions o) => o.MaxEdgesPerSentence, s_defaults,
        OptionRange.AtLeast(0), "Long-input cap: strongest edges kept per sentence; 0 removes the cap");

    public static readonly ScalarOption MaxTermSentences = ScalarOption.Integer(
        "max-term-sentences", nameof(SummarizerOptions.MaxTermSentences), (SummarizerOptions o) => o.MaxTermSentences, s_defaults,
        OptionRange.AtLeast(0), "Long-input cap: terms in more sentences than this do not link sentences; 0 removes the cap");

    public static readonly ScalarOption RedundancyThreshold = ScalarOption.Real(
        "redundancy", nameof(SummarizerOptions.RedundancyThreshold), (SummarizerOptions o) => o.RedundancyThreshold, s_defaults,
        OptionRange.Closed(0, 1), "Redundancy threshold: skip a sentence whose TF-IDF cosine with a chosen one is above this; 1 turns it off",
        "--redundancy-threshold");

    public static readonly ScalarOption MinSentenceWords = ScalarOption.Integer(
        "min-words", nameof(SummarizerOptions.MinSentenceWords), (SummarizerOptions o) => o.MinSentenceWords, s_defaults,
        OptionRange.AtLeast(0), "Sentences with fewer words are chosen only to fill a sentence count, or under another budget in a text with no longer sentence", aliases: "--min-sentence-words");

    public static readonly ScalarOption MaxSentenceWords = ScalarOption.Integer(
        "max-words", nameof(SummarizerOptions.MaxSentenceWords), (SummarizerOptions o) => o.MaxSentenceWords, s_defaults,
        OptionRange.AtLeast(0), "Sentences with more words are never chosen; 0 sets no maximum", aliases: "--max-sentence-words");

    public static readonly ScalarOption IncludeHeadingsAndListItems = ScalarOption.Flag(
        "include-headings", nameof(SummarizerOptions.IncludeHeadingsAndListItems), (SummarizerOptions o) => o.IncludeHeadingsAndListItems, s_defaults,
        "Headings and list items may be chosen (without it, list items that carry the text, longer than its sentences, are too)");

    public static readonly ScalarOption IncludeRanking = ScalarOption.Flag(
        "ranking", nameof(SummarizerOptions.IncludeRanking), (SummarizerOptions o) => o.IncludeRanking, s_defaults,
        "JSON: also list every sentence with its score and rank", changesSummary: false, "--include-ranking");

    public static readonly ScalarOption KeywordCount = ScalarOption.Integer(
        "keywords", nameof(SummarizerOptions.KeywordCount), (SummarizerOptions o) => o.KeywordCount, s_defaults,
        OptionRange.AtLeast(0), "How many keyphrases to extract (json, jsonl, markdown; markdown lists 5 when it is not given)", aliases: "-k");

    public static readonly ScalarOption MaxInputLength = ScalarOption.Integer(
        "max-input-length", nameof(SummarizerOptions.MaxInputLength), (SummarizerOptions o) => o.MaxInputLength, s_defaults,
        OptionRange.AtLeast(0), "The longest text accepted, in UTF-16 code units; 0 removes the limit", changesSummary: false);

    /// <summary>The scalar options of <see cref="SummarizerOptions"/>.</summary>
    public static IReadOnlyList<ScalarOption> Scalars { get; } =
    [
        KeywordCount, MaxEdgesPerSentence, MaxTermSentences, RedundancyThreshold, MinSentenceWords, MaxSentenceWords,
        IncludeHeadingsAndListItems, IncludeRanking, MaxInputLength,
    ];

    /// <summary>The built-in rankers, by the name users write; each one entry.</summary>
    public static IReadOnlyList<RankerDescription> Rankers { get; } = [LearnedDescription(), PageRankDescription(), PacSumDescription()];

    /// <summary>The built-in similarities by name. <c>bm25+</c> is written; <c>bm25plus</c>, what saved models once held, is read too.</summary>
    public static NamedValues<SentenceSimilarity> Similarities { get; } = new(
        [("textrank", SentenceSimilarity.TextRank), ("bm25", SentenceSimilarity.Bm25), ("bm25+", SentenceSimilarity.Bm25Plus), ("cosine", SentenceSimilarity.Cosine)],
        [("bm25plus", SentenceSimilarity.Bm25Plus)]);

    /// <summary>The orders by name; the enum's own names, what saved models once held, are read too.</summary>
    public static NamedValues<SummaryOrder> Orders { get; } = new(
        [("reading", SummaryOrder.Reading), ("score", SummaryOrder.Score)],
        [("Reading", SummaryOrder.Reading), ("Score", SummaryOrder.Score)]);

    /// <summary>The prefix of a thresholded cosine similarity, <c>cosine:THRESHOLD</c>.</summary>
    public const string ThresholdedCosinePrefix = "cosine:";

    /// <summary>The names of the built-in rankers, for a message.</summary>
    public static string RankerNames()
    {
        var names = new string[Rankers.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Rankers[i].Name;
        }

        return string.Join(", ", names);
    }

    /// <summary>The built-in ranker named <paramref name="name"/>.</summary>
    public static bool TryGetRanker(string name, [NotNullWhen(true)] out RankerDescription? ranker)
    {
        foreach (RankerDescription candidate in Rankers)
        {
            if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                ranker = candidate;
                return true;
            }
        }

        ranker = null;
        return false;
    }

    /// <summary>The built-in ranker <paramref name="ranker"/> is; false for a user's own.</summary>
    public static bool TryDescribe(SentenceRanker ranker, [NotNullWhen(true)] out RankerDescription? description)
    {
        foreach (RankerDescription candidate in Rankers)
        {
            if (candidate.Describes(ranker))
            {
                description = candidate;
                return true;
            }
        }

        description = null;
        return false;
    }

    /// <summary>A built-in similarity by name, or a thresholded cosine <c>cosine:T</c> with T in [0, 1].</summary>
    public static bool TryParseSimilarity(string name, [NotNullWhen(true)] out SentenceSimilarity? similarity)
    {
        if (Similarities.TryParse(name, out similarity))
        {
            return true;
        }

        if (name.StartsWith(ThresholdedCosinePrefix, StringComparison.OrdinalIgnoreCase)
            && double.TryParse(name.AsSpan(ThresholdedCosinePrefix.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out double threshold)
            && threshold >= 0 && threshold <= 1)
        {
            similarity = SentenceSimilarity.CreateCosine(threshold);
            return true;
        }

        similarity = null;
        return false;
    }

    /// <summary>
    /// Options with the scalar values <paramref name="values"/> gives, and everything else (and the scalars it does
    /// not give) from <paramref name="template"/>.
    /// </summary>
    public static SummarizerOptions Create(SummarizerOptions template, Func<ScalarOption, double?> values)
    {
        int Int(ScalarOption option) => (int)(values(option) ?? option.ValueOf(template));
        double Real(ScalarOption option) => values(option) ?? option.ValueOf(template);
        bool Flag(ScalarOption option) => (values(option) ?? option.ValueOf(template)) != 0;

        return new SummarizerOptions
        {
            Budget = template.Budget,
            Splitter = template.Splitter,
            Ranker = template.Ranker,
            Similarity = template.Similarity,
            BackgroundFrequencies = template.BackgroundFrequencies,
            Order = template.Order,
            Language = template.Language,
            KeywordCount = Int(KeywordCount),
            MaxEdgesPerSentence = Int(MaxEdgesPerSentence),
            MaxTermSentences = Int(MaxTermSentences),
            RedundancyThreshold = Real(RedundancyThreshold),
            MinSentenceWords = Int(MinSentenceWords),
            MaxSentenceWords = Int(MaxSentenceWords),
            IncludeHeadingsAndListItems = Flag(IncludeHeadingsAndListItems),
            IncludeRanking = Flag(IncludeRanking),
            MaxInputLength = Int(MaxInputLength),
        };
    }

    private static RankerDescription LearnedDescription()
    {
        LearnedRanker d = LearnedRanker.Default;
        ScalarOption queryWeight = ScalarOption.Real("query-weight", nameof(LearnedRanker.QueryWeight), (LearnedRanker r) => r.QueryWeight, d, OptionRange.Closed(0, 1), "How strongly --query steers the ranking");
        return new RankerDescription(
            d,
            "gradient-boosted trees over position, length, budget share and centralities (the shipped model)",
            [queryWeight],
            v => new LearnedRanker { QueryWeight = queryWeight.From(v) },
            r => ((LearnedRanker)r).IsShippedModel);
    }

    private static RankerDescription PageRankDescription()
    {
        PageRankRanker d = PageRankRanker.Default;
        ScalarOption damping = ScalarOption.Real("damping", nameof(PageRankRanker.Damping), (PageRankRanker r) => r.Damping, d, new OptionRange(0, 1, MinOpen: true, MaxOpen: true), "PageRank damping factor");
        ScalarOption tolerance = ScalarOption.Real("tolerance", nameof(PageRankRanker.Tolerance), (PageRankRanker r) => r.Tolerance, d, OptionRange.Positive, "PageRank stops when the L1 change of the scores falls below this");
        ScalarOption maxIterations = ScalarOption.Integer("max-iterations", nameof(PageRankRanker.MaxIterations), (PageRankRanker r) => r.MaxIterations, d, OptionRange.AtLeast(1), "PageRank stops after this many iterations");
        ScalarOption positionBias = ScalarOption.Real("position-bias", nameof(PageRankRanker.PositionBias), (PageRankRanker r) => r.PositionBias, d, OptionRange.AtLeast(0), "PageRank position prior: sentence i gets teleport weight (i+1)^-BIAS; 0 turns it off");
        ScalarOption queryWeight = ScalarOption.Real("query-weight", nameof(PageRankRanker.QueryWeight), (PageRankRanker r) => r.QueryWeight, d, OptionRange.Closed(0, 1), "How strongly --query steers the ranking");
        return new RankerDescription(d, "personalized PageRank", [damping, tolerance, maxIterations, positionBias, queryWeight], v => new PageRankRanker
        {
            Damping = damping.From(v),
            Tolerance = tolerance.From(v),
            MaxIterations = (int)maxIterations.From(v),
            PositionBias = positionBias.From(v),
            QueryWeight = queryWeight.From(v),
        });
    }

    private static RankerDescription PacSumDescription()
    {
        PacSumRanker d = PacSumRanker.Default;
        ScalarOption forward = ScalarOption.Real("pacsum-forward-weight", nameof(PacSumRanker.ForwardWeight), (PacSumRanker r) => r.ForwardWeight, d, OptionRange.Closed(-PacSumRanker.MaxWeight, PacSumRanker.MaxWeight), "PacSum: weight of edges to later sentences");
        ScalarOption backward = ScalarOption.Real("pacsum-backward-weight", nameof(PacSumRanker.BackwardWeight), (PacSumRanker r) => r.BackwardWeight, d, OptionRange.Closed(-PacSumRanker.MaxWeight, PacSumRanker.MaxWeight), "PacSum: weight of edges to earlier sentences");
        ScalarOption threshold = ScalarOption.Real("pacsum-threshold", nameof(PacSumRanker.Threshold), (PacSumRanker r) => r.Threshold, d, new OptionRange(0, 1, MaxOpen: true), "PacSum: edges below min + THRESHOLD (max - min) are dropped");
        ScalarOption queryWeight = ScalarOption.Real("query-weight", nameof(PacSumRanker.QueryWeight), (PacSumRanker r) => r.QueryWeight, d, OptionRange.Closed(0, 1), "How strongly --query steers the ranking");
        return new RankerDescription(d, "position-aware directed centrality", [forward, backward, threshold, queryWeight], v => new PacSumRanker
        {
            ForwardWeight = forward.From(v),
            BackwardWeight = backward.From(v),
            Threshold = threshold.From(v),
            QueryWeight = queryWeight.From(v),
        });
    }
}
