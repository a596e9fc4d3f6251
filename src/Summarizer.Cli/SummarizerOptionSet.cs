using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using Microsoft.ML.Tokenizers;

namespace Summarizer.Cli;

/// <summary>
/// The options of <see cref="SummarizerOptions"/> on the command line, defined once for <c>summarize</c> and
/// <c>summarize eval</c>. Every default is read from <see cref="SummarizerOptions.Default"/>, so the command line never
/// drifts from the library.
/// </summary>
internal sealed class SummarizerOptionSet
{
    private static readonly SummarizerOptions s_defaults = SummarizerOptions.Default;

    /// <summary>The models <c>--tokenizer</c> accepts, each a name <see cref="TiktokenTokenizer.CreateForModel(string, IReadOnlyDictionary{string, int}?, Normalizer?)"/> knows.</summary>
    internal static readonly string[] s_tokenizerModels =
    [
        "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-5", "o1", "o3", "o4-mini", "gpt-4", "gpt-3.5-turbo", "text-embedding-3-small", "text-embedding-3-large",
    ];

    private static readonly string[] s_similarityNames = ["textrank", "bm25", "bm25+", "cosine"];

    public SummarizerOptionSet(string sentencesDescription = "How many sentences the summary has (the default budget).")
    {
        Sentences = new Option<int>("--sentences", "-n")
        {
            Description = sentencesDescription,
            DefaultValueFactory = _ => s_defaults.Budget.Unit == BudgetUnit.Sentences ? (int)s_defaults.Budget.Limit : 3,
        };
        CliApp.RequireAtLeast(Sentences, 1);
        Ratio = new Option<double?>("--ratio") { Description = "Budget: this fraction of the document's sentences, in (0, 1]." };
        Ratio.Validators.Add(r => CheckRange(r, Ratio, 0, 1, lowOpen: true));
        Words = new Option<int?>("--words") { Description = "Budget: at most this many words." };
        RequireAtLeast(Words, 1);
        Chars = new Option<int?>("--chars") { Description = "Budget: at most this many characters." };
        RequireAtLeast(Chars, 1);
        Tokens = new Option<int?>("--tokens") { Description = "Budget: at most this many LLM tokens of --tokenizer." };
        RequireAtLeast(Tokens, 1);
        Tokenizer = new Option<string>("--tokenizer")
        {
            Description = "The model whose tokenizer counts --tokens: gpt-4o (o200k, also gpt-4o-mini, gpt-4.1, gpt-5, o1, o3, o4-mini) or gpt-4 (cl100k, also gpt-3.5-turbo, text-embedding-3-*).",
            DefaultValueFactory = _ => "gpt-4o",
        };
        Tokenizer.AcceptOnlyFromAmong(s_tokenizerModels);
        Query = new Option<string?>("--query", "-q") { Description = "Favour sentences about this (query-focused summary)." };
        Keywords = new Option<int>("--keywords", "-k")
        {
            Description = "How many keyphrases to extract (json, jsonl, markdown).",
            DefaultValueFactory = _ => s_defaults.KeywordCount,
        };
        CliApp.RequireAtLeast(Keywords, 0);
        Algorithm = new Option<string>("--algorithm", "-a")
        {
            Description = "Ranking: pagerank (personalized PageRank) or pacsum (position-aware directed centrality).",
            DefaultValueFactory = _ => Name(s_defaults.Algorithm),
        };
        Algorithm.AcceptOnlyFromAmong("pagerank", "pacsum");
        Similarity = new Option<string>("--similarity")
        {
            Description = "Edge weight of the sentence graph: textrank, bm25, bm25+, cosine or cosine:THRESHOLD (thresholded LexRank).",
            DefaultValueFactory = _ => SimilarityName(s_defaults.Similarity),
        };
        Similarity.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && !TryParseSimilarity(r.Tokens[0].Value, out _))
            {
                r.AddError($"--similarity must be one of textrank, bm25, bm25+, cosine or cosine:THRESHOLD (0-1), not '{r.Tokens[0].Value}'.");
            }
        });
        Order = new Option<string>("--order")
        {
            Description = "Order of the chosen sentences: reading or score.",
            DefaultValueFactory = _ => s_defaults.Order == SummaryOrder.Score ? "score" : "reading",
        };
        Order.AcceptOnlyFromAmong("reading", "score");
        Splitter = new Option<string>("--splitter")
        {
            Description = "How sentences are found: rules (the rule-based splitter) or lines (each non-blank line is a sentence).",
            DefaultValueFactory = _ => "rules",
        };
        Splitter.AcceptOnlyFromAmong("rules", "lines");
        Damping = Double("--damping", "PageRank damping factor, in (0, 1).", s_defaults.Damping);
        Damping.Validators.Add(r => CheckRange(r, Damping, 0, 1, lowOpen: true, highOpen: true));
        Tolerance = Double("--tolerance", "PageRank stops when the L1 change of the scores falls below this.", s_defaults.Tolerance);
        Tolerance.Validators.Add(r => CheckRange(r, Tolerance, 0, double.MaxValue, lowOpen: true));
        MaxIterations = Int("--max-iterations", "PageRank stops after this many iterations.", s_defaults.MaxIterations, 1);
        PositionBias = Double("--position-bias", "Position prior: sentence i gets teleport weight (i+1)^-BIAS; 0 turns it off.", s_defaults.PositionBias);
        PositionBias.Validators.Add(r => CheckRange(r, PositionBias, 0, double.MaxValue));
        LeadWeight = Double("--lead-weight", "Lead weight: scores of the opening sentences multiplied by up to 1 + WEIGHT when the budget is a small share of the text; 0 turns it off.", s_defaults.LeadWeight);
        LeadWeight.Validators.Add(r => CheckRange(r, LeadWeight, 0, double.MaxValue));
        LeadDecay = Double("--lead-decay", "How fast the lead weight fades, in sentences: sentence i gets exp(-i/DECAY) of it.", s_defaults.LeadDecay);
        LeadDecay.Validators.Add(r => CheckRange(r, LeadDecay, 0, double.MaxValue, lowOpen: true));
        QueryWeight = Double("--query-weight", "How strongly --query steers the ranking, in [0, 1].", s_defaults.QueryWeight);
        QueryWeight.Validators.Add(r => CheckRange(r, QueryWeight, 0, 1));
        PacSumForward = Double("--pacsum-forward-weight", "PacSum: weight of edges to later sentences.", s_defaults.PacSumForwardWeight);
        PacSumBackward = Double("--pacsum-backward-weight", "PacSum: weight of edges to earlier sentences.", s_defaults.PacSumBackwardWeight);
        PacSumThreshold = Double("--pacsum-threshold", "PacSum: edge-weight threshold beta, in [0, 1).", s_defaults.PacSumThreshold);
        PacSumThreshold.Validators.Add(r => CheckRange(r, PacSumThreshold, 0, 1, highOpen: true));
        MaxEdges = Int("--max-edges-per-sentence", "Long-input cap: strongest edges kept per sentence; 0 removes the cap.", s_defaults.MaxEdgesPerSentence, 0);
        MaxTermSentences = Int("--max-term-sentences", "Long-input cap: terms in more sentences than this do not link sentences; 0 removes the cap.", s_defaults.MaxTermSentences, 0);
        Redundancy = Double("--redundancy", "Redundancy threshold: skip a sentence whose TF-IDF cosine with a chosen one is above this; 1 turns it off.", s_defaults.RedundancyThreshold);
        Redundancy.Aliases.Add("--redundancy-threshold");
        Redundancy.Validators.Add(r => CheckRange(r, Redundancy, 0, 1));
        MinWords = Int("--min-words", "Sentences with fewer words are chosen only to fill a sentence count.", s_defaults.MinSentenceWords, 0);
        MinWords.Aliases.Add("--min-sentence-words");
        MaxWords = Int("--max-words", "Sentences with more words are never chosen; 0 sets no maximum.", s_defaults.MaxSentenceWords, 0);
        MaxWords.Aliases.Add("--max-sentence-words");
        IncludeHeadings = new Option<bool>("--include-headings")
        {
            Description = "Headings and list items may be chosen.",
            DefaultValueFactory = _ => s_defaults.IncludeHeadingsAndListItems,
        };
        IncludeRanking = new Option<bool>("--ranking")
        {
            Description = "JSON: also list every sentence with its score and rank.",
            DefaultValueFactory = _ => s_defaults.IncludeRanking,
        };
        IncludeRanking.Aliases.Add("--include-ranking");
        Language = CreateLanguageOption();
        Background = new Option<string?>("--background-frequencies")
        {
            Description = "Document frequencies of a background corpus (a file saved by DocumentFrequencies.Save) for the IDF.",
        };
    }

    public Option<int> Sentences { get; }

    public Option<double?> Ratio { get; }

    public Option<int?> Words { get; }

    public Option<int?> Chars { get; }

    public Option<int?> Tokens { get; }

    public Option<string> Tokenizer { get; }

    public Option<string?> Query { get; }

    public Option<int> Keywords { get; }

    public Option<string> Algorithm { get; }

    public Option<string> Similarity { get; }

    public Option<string> Order { get; }

    public Option<string> Splitter { get; }

    public Option<double> Damping { get; }

    public Option<double> Tolerance { get; }

    public Option<int> MaxIterations { get; }

    public Option<double> PositionBias { get; }

    public Option<double> LeadWeight { get; }

    public Option<double> LeadDecay { get; }

    public Option<double> QueryWeight { get; }

    public Option<double> PacSumForward { get; }

    public Option<double> PacSumBackward { get; }

    public Option<double> PacSumThreshold { get; }

    public Option<int> MaxEdges { get; }

    public Option<int> MaxTermSentences { get; }

    public Option<double> Redundancy { get; }

    public Option<int> MinWords { get; }

    public Option<int> MaxWords { get; }

    public Option<bool> IncludeHeadings { get; }

    public Option<bool> IncludeRanking { get; }

    public Option<string?> Background { get; }

    public Option<string> Language { get; }

    private IEnumerable<Option> All =>
    [
        Sentences, Ratio, Words, Chars, Tokens, Tokenizer, Query, Keywords, Algorithm, Similarity, Order, Splitter, Damping, Tolerance,
        MaxIterations, PositionBias, LeadWeight, LeadDecay, QueryWeight, PacSumForward, PacSumBackward, PacSumThreshold, MaxEdges, MaxTermSentences, Redundancy,
        MinWords, MaxWords, IncludeHeadings, IncludeRanking, Background, Language,
    ];

    private Option[] BudgetOptions => [Sentences, Ratio, Words, Chars, Tokens];

    /// <summary>Adds every option to <paramref name="command"/>, with the check that at most one budget is given.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            var given = new List<string>();
            foreach (Option option in BudgetOptions)
            {
                if (result.GetResult(option) is { Implicit: false })
                {
                    given.Add(option.Name);
                }
            }

            if (given.Count > 1)
            {
                result.AddError($"{string.Join(" and ", given)} are different budgets; give one.");
            }

            if (result.GetResult(Tokenizer) is { Implicit: false } && result.GetResult(Tokens) is not { Implicit: false })
            {
                result.AddError("--tokenizer needs --tokens N.");
            }
        });
    }

    /// <summary>True when the command line names a budget other than <c>--sentences</c>.</summary>
    public bool HasNonSentenceBudget(ParseResult result) =>
        result.GetResult(Ratio) is { Implicit: false } || result.GetResult(Words) is { Implicit: false }
        || result.GetResult(Chars) is { Implicit: false } || result.GetResult(Tokens) is { Implicit: false };

    /// <summary>True when <paramref name="option"/> was written on the command line (not defaulted).</summary>
    public static bool IsGiven(ParseResult result, Option option) => result.GetResult(option) is { Implicit: false };

    /// <summary>Builds the summarizer options the command line asks for.</summary>
    /// <exception cref="InputException">The background frequencies cannot be read.</exception>
    public SummarizerOptions Build(ParseResult result, int? keywordOverride = null)
    {
        if (!TryParseSimilarity(result.GetValue(Similarity)!, out SentenceSimilarity? similarity))
        {
            throw new ArgumentException($"Unknown similarity '{result.GetValue(Similarity)}'.");
        }

        string code = result.GetValue(Language)!;
        Language? language = code == "auto" ? null : Summarizer.Language.FromCode(code);
        SentenceSplitter splitter = result.GetValue(Splitter) == "lines" ? SentenceSplitter.Presplit : RuleSplitterFor(language);
        return new SummarizerOptions
        {
            Budget = BuildBudget(result),
            Splitter = splitter,
            Language = language,
            Algorithm = result.GetValue(Algorithm) == "pacsum" ? RankingAlgorithm.PacSum : RankingAlgorithm.PageRank,
            Similarity = similarity,
            BackgroundFrequencies = LoadBackground(result.GetValue(Background)),
            Damping = result.GetValue(Damping),
            Tolerance = result.GetValue(Tolerance),
            MaxIterations = result.GetValue(MaxIterations),
            PositionBias = result.GetValue(PositionBias),
            LeadWeight = result.GetValue(LeadWeight),
            LeadDecay = result.GetValue(LeadDecay),
            QueryWeight = result.GetValue(QueryWeight),
            PacSumForwardWeight = result.GetValue(PacSumForward),
            PacSumBackwardWeight = result.GetValue(PacSumBackward),
            PacSumThreshold = result.GetValue(PacSumThreshold),
            MaxEdgesPerSentence = result.GetValue(MaxEdges),
            MaxTermSentences = result.GetValue(MaxTermSentences),
            RedundancyThreshold = result.GetValue(Redundancy),
            IncludeHeadingsAndListItems = result.GetValue(IncludeHeadings),
            MinSentenceWords = result.GetValue(MinWords),
            MaxSentenceWords = result.GetValue(MaxWords),
            Order = result.GetValue(Order) == "score" ? SummaryOrder.Score : SummaryOrder.Reading,
            IncludeRanking = result.GetValue(IncludeRanking),
            KeywordCount = keywordOverride ?? result.GetValue(Keywords),
        };
    }

    private SummaryBudget BuildBudget(ParseResult result)
    {
        if (result.GetValue(Ratio) is { } ratio)
        {
            return SummaryBudget.Ratio(ratio);
        }

        if (result.GetValue(Words) is { } words)
        {
            return SummaryBudget.Words(words);
        }

        if (result.GetValue(Chars) is { } chars)
        {
            return SummaryBudget.Characters(chars);
        }

        if (result.GetValue(Tokens) is { } tokens)
        {
            return SummaryBudget.Tokens(tokens, CreateTokenizer(result.GetValue(Tokenizer)!));
        }

        return SummaryBudget.Sentences(result.GetValue(Sentences));
    }

    /// <summary>The tiktoken tokenizer of <paramref name="model"/> (o200k or cl100k, from the bundled data packages).</summary>
    internal static Tokenizer CreateTokenizer(string model) => TiktokenTokenizer.CreateForModel(model);

    private static DocumentFrequencies? LoadBackground(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return DocumentFrequencies.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            throw new InputException($"{path}: cannot be read as document frequencies ({e.Message}).");
        }
    }

    internal static bool TryParseSimilarity(string value, [NotNullWhen(true)] out SentenceSimilarity? similarity)
    {
        similarity = value switch
        {
            "textrank" => SentenceSimilarity.TextRank,
            "bm25" => SentenceSimilarity.Bm25,
            "bm25+" => SentenceSimilarity.Bm25Plus,
            "cosine" => SentenceSimilarity.Cosine,
            _ => null,
        };
        if (similarity is null
            && value.StartsWith("cosine:", StringComparison.Ordinal)
            && double.TryParse(value.AsSpan(7), NumberStyles.Float, CultureInfo.InvariantCulture, out double threshold)
            && threshold >= 0 && threshold <= 1)
        {
            similarity = SentenceSimilarity.CreateCosine(threshold);
        }

        return similarity is not null;
    }

    private static string SimilarityName(SentenceSimilarity similarity)
    {
        foreach (string name in s_similarityNames)
        {
            if (TryParseSimilarity(name, out SentenceSimilarity? candidate) && ReferenceEquals(candidate, similarity))
            {
                return name;
            }
        }

        return similarity.Name;
    }

    /// <summary>The <c>--language</c> option: an ISO 639-1 code the library knows, or auto.</summary>
    internal static Option<string> CreateLanguageOption()
    {
        var option = new Option<string>("--language", "-l")
        {
            Description = "The language of the texts, an ISO 639-1 code (" + LanguageCodes() + "), or auto to guess it per text.",
            DefaultValueFactory = _ => s_defaults.Language?.Code ?? "auto",
        };
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && r.Tokens[0].Value != "auto" && !Summarizer.Language.TryFromCode(r.Tokens[0].Value, out _))
            {
                r.AddError($"--language must be auto or one of {LanguageCodes()}, not '{r.Tokens[0].Value}'.");
            }
        });
        return option;
    }

    /// <summary>The rule-based splitter for a language: its own rules when it has them, else the default splitter.</summary>
    internal static SentenceSplitter RuleSplitterFor(Language? language) =>
        language is not null && ContainsOrdinal(RuleBasedSentenceSplitter.SupportedLanguages, language.Code)
            ? SentenceSplitter.ForLanguage(language.Code)
            : s_defaults.Splitter;

    private static string LanguageCodes()
    {
        var codes = new List<string>();
        foreach (Language language in Summarizer.Language.All)
        {
            codes.Add(language.Code);
        }

        return string.Join(", ", codes);
    }

    private static bool ContainsOrdinal(IReadOnlyCollection<string> values, string value)
    {
        foreach (string candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Name(RankingAlgorithm algorithm) => algorithm == RankingAlgorithm.PacSum ? "pacsum" : "pagerank";

    private static Option<double> Double(string name, string description, double defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    };

    private static Option<int> Int(string name, string description, int defaultValue, int minimum)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
        };
        CliApp.RequireAtLeast(option, minimum);
        return option;
    }

    private static void RequireAtLeast(Option<int?> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                && value < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum}, not {value}.");
            }
        });
    }

    private static void CheckRange(OptionResult result, Option option, double low, double high, bool lowOpen = false, bool highOpen = false)
    {
        if (result.Tokens.Count != 1
            || !double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return;
        }

        bool ok = (lowOpen ? value > low : value >= low) && (highOpen ? value < high : value <= high) && double.IsFinite(value);
        if (!ok)
        {
            string range = high == double.MaxValue
                ? (lowOpen ? "greater than " : "at least ") + low.ToString(CultureInfo.InvariantCulture)
                : $"in {(lowOpen ? '(' : '[')}{low.ToString(CultureInfo.InvariantCulture)}, {high.ToString(CultureInfo.InvariantCulture)}{(highOpen ? ')' : ']')}";
            result.AddError($"{option.Name} must be {range}, not {result.Tokens[0].Value}.");
        }
    }
}
