using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using Microsoft.ML.Tokenizers;

namespace Summarizer.Cli;

/// <summary>
/// The options of <see cref="SummarizerOptions"/> on the command line, defined once for <c>summarize</c> and
/// <c>summarize eval</c>. The scalar options and the rankers with their parameters are made from the library's one
/// description of them (<see cref="OptionCatalog"/>): names, help, defaults and range checks included, so the command
/// line never drifts from the library.
/// </summary>
internal sealed class SummarizerOptionSet
{
    private static readonly SummarizerOptions s_defaults = SummarizerOptions.Default;

    /// <summary>The models <c>--tokenizer</c> accepts, each a name <see cref="TiktokenTokenizer.CreateForModel(string, IReadOnlyDictionary{string, int}?, Normalizer?)"/> knows.</summary>
    internal static readonly string[] s_tokenizerModels =
    [
        "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-5", "o1", "o3", "o4-mini", "gpt-4", "gpt-3.5-turbo", "text-embedding-3-small", "text-embedding-3-large",
    ];

    /// <summary>The command-line option of each scalar option and ranker parameter, by its name (rankers share a name such as <c>query-weight</c>).</summary>
    private readonly Dictionary<string, Option> _scalars = new(StringComparer.Ordinal);

    /// <summary>What tells, for a command line, whether the command refuses the <see cref="SummarizerOnly"/> options; null when it never does.</summary>
    private Func<CommandResult, bool>? _refusesSummarizerOnly;

    public SummarizerOptionSet(string sentencesDescription = "How many sentences the summary has (the default budget).")
    {
        Sentences = CliOptions.WholeNumber(
            "--sentences", sentencesDescription, OptionRange.AtLeast(1),
            s_defaults.Budget.Unit == BudgetUnit.Sentences ? (int)s_defaults.Budget.Limit : 3, "-n");
        Ratio = CliOptions.OptionalNumber("--ratio", "Budget: this fraction of the document's sentences, in (0, 1].", new OptionRange(0, 1, MinOpen: true));
        Words = CliOptions.OptionalWholeNumber("--words", "Budget: at most this many words (list bullets, emoji and lone symbols such as \"&\" are no words, so wc -w may count more).", OptionRange.AtLeast(1));
        Chars = CliOptions.OptionalWholeNumber("--chars", "Budget: at most this many characters.", OptionRange.AtLeast(1));
        Tokens = CliOptions.OptionalWholeNumber("--tokens", "Budget: at most this many LLM tokens of --tokenizer.", OptionRange.AtLeast(1));
        Tokenizer = new Option<string>("--tokenizer")
        {
            Description = "The model whose tokenizer counts --tokens: gpt-4o (o200k, also gpt-4o-mini, gpt-4.1, gpt-5, o1, o3, o4-mini) or gpt-4 (cl100k, also gpt-3.5-turbo, text-embedding-3-*).",
            DefaultValueFactory = _ => "gpt-4o",
        };
        CliOptions.AcceptOnly(Tokenizer, s_tokenizerModels);
        Query = new Option<string?>("--query", "-q") { Description = "Favour sentences about this (query-focused summary)." };
        Algorithm = new Option<string>("--algorithm", "-a")
        {
            Description = "How sentences are scored: " + RankerHelp() + ". Each ranker flag applies to the rankers named in its help.",
            DefaultValueFactory = _ => SentenceRanker.Default.Name,
        };
        CliOptions.AcceptOnly(Algorithm, RankerNames());
        Similarity = new Option<string>("--similarity")
        {
            Description = $"Edge weight of the sentence graph: {OptionCatalog.Similarities} or {OptionCatalog.ThresholdedCosinePrefix}THRESHOLD (thresholded LexRank).",
            DefaultValueFactory = _ => SimilarityName(s_defaults.Similarity),
        };
        Similarity.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && !OptionCatalog.TryParseSimilarity(r.Tokens[0].Value, out _))
            {
                r.AddError($"--similarity must be one of {OptionCatalog.Similarities} or {OptionCatalog.ThresholdedCosinePrefix}THRESHOLD (0-1), not '{r.Tokens[0].Value}'.");
            }
        });
        Order = new Option<string>("--order")
        {
            Description = $"Order of the chosen sentences: {OptionCatalog.Orders}.",
            DefaultValueFactory = _ => OptionCatalog.Orders.TryGetName(s_defaults.Order, out string? name) ? name : s_defaults.Order.ToString(),
        };
        CliOptions.AcceptOnly(Order, OptionCatalog.Orders.Names);
        Splitter = CreateSplitterOption();
        foreach (ScalarOption option in OptionCatalog.Scalars)
        {
            _scalars.Add(option.Name, CreateOption(option, [option]));
        }

        foreach (IGrouping<string, ScalarOption> parameters in RankerParameters().GroupBy(p => p.Name, StringComparer.Ordinal))
        {
            _scalars.Add(parameters.Key, CreateOption(parameters.First(), [.. parameters]));
        }

        Keywords = (Option<int>)_scalars[OptionCatalog.KeywordCount.Name];
        Language = CreateLanguageOption();
        Background = new Option<string?>("--background-frequencies")
        {
            Description = "Document frequencies of a background corpus (a file saved by DocumentFrequencies.Save) for the IDF.",
        };
        CliOptions.RequireFileName(Background);
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

    public Option<string?> Background { get; }

    public Option<string> Language { get; }

    private IEnumerable<Option> All =>
    [
        Sentences, Ratio, Words, Chars, Tokens, Tokenizer, Query, Algorithm, Similarity, Order, Splitter, Background, Language, .. _scalars.Values,
    ];

    /// <summary>The command-line option of the scalar option or ranker parameter named <paramref name="name"/>.</summary>
    public Option OptionNamed(string name) => _scalars[name];

    /// <summary>
    /// The options only a summarizer honours: all but the sentence count, what finds the sentences (<c>--splitter</c>,
    /// <c>--language</c>) and the input limit, which <c>eval</c>'s Lead-k and oracle baselines use too.
    /// </summary>
    public IEnumerable<Option> SummarizerOnly => All.Where(IsSummarizerOnly);

    private bool IsSummarizerOnly(Option option) =>
        option != Sentences && option != Splitter && option != Language && option != _scalars[OptionCatalog.MaxInputLength.Name];

    /// <summary>
    /// True when the command refuses <paramref name="option"/> (one of this set's) on this command line: a
    /// <see cref="SummarizerOnly"/> option, when the command given to <see cref="AddTo"/> refuses those.
    /// </summary>
    public bool IsRefused(CommandResult result, Option option) =>
        _refusesSummarizerOnly?.Invoke(result) == true && IsSummarizerOnly(option);

    /// <summary>True when <paramref name="option"/> is written on the command line and the command does not refuse it.</summary>
    public bool IsGivenAndTaken(CommandResult result, Option option) =>
        result.GetResult(option) is { Implicit: false } && !IsRefused(result, option);

    /// <summary>The budget options, which exclude each other.</summary>
    public Option[] BudgetOptions => [Sentences, Ratio, Words, Chars, Tokens];

    /// <summary>
    /// Adds every option to <paramref name="command"/>, with the checks between them: at most one budget, and bounds
    /// and flags that must agree with one another.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="refusesSummarizerOnly">
    /// For a command that refuses the <see cref="SummarizerOnly"/> options on some command lines (<c>eval</c> with a
    /// baseline): true on those. The command reports each such option as refused (<see cref="IsRefused"/>); a check
    /// between options is not made with a refused one, whose value is ignored, so that only the refusal is reported.
    /// </param>
    public void AddTo(Command command, Func<CommandResult, bool>? refusesSummarizerOnly = null)
    {
        _refusesSummarizerOnly = refusesSummarizerOnly;
        foreach (Option option in All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            // A check between options is made only when the command refuses none of them.
            bool Checked(params ReadOnlySpan<Option> options)
            {
                foreach (Option option in options)
                {
                    if (IsRefused(result, option))
                    {
                        return false;
                    }
                }

                return true;
            }

            var given = new List<string>();
            foreach (Option option in BudgetOptions)
            {
                if (IsGivenAndTaken(result, option))
                {
                    given.Add(option.Name);
                }
            }

            if (given.Count > 1)
            {
                result.AddError($"{string.Join(" and ", given)} are different budgets; give one.");
            }

            if (Checked(Tokenizer, Tokens) && result.GetResult(Tokenizer) is { Implicit: false } && result.GetResult(Tokens) is not { Implicit: false })
            {
                result.AddError("--tokenizer needs --tokens N.");
            }

            // The summarizer refuses a query longer than --max-input-length per document; say so once, up front. Read
            // from the tokens: a value that failed to parse is reported by its own check.
            int maxLength = WrittenInteger(result, OptionCatalog.MaxInputLength) ?? 0;
            if (Checked(Query, _scalars[OptionCatalog.MaxInputLength.Name])
                && result.GetResult(Query) is { Tokens: [{ } queryToken] } && maxLength > 0 && queryToken.Value.Length > maxLength)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture,
                    $"--query is {queryToken.Value.Length} characters, more than --max-input-length ({maxLength}) allows; raise it, or 0 for no limit."));
            }

            // The library refuses contradicting sentence-length bounds in its own words (property names); say it in the
            // options' words, up front, with the default named when the user did not write it.
            if (Checked(_scalars[OptionCatalog.MaxSentenceWords.Name], _scalars[OptionCatalog.MinSentenceWords.Name])
                && WrittenInteger(result, OptionCatalog.MaxSentenceWords) is { } maxWords and > 0
                && WrittenInteger(result, OptionCatalog.MinSentenceWords) is { } minWords && minWords > maxWords)
            {
                result.AddError(result.GetResult(_scalars[OptionCatalog.MinSentenceWords.Name]) is { Implicit: false }
                    ? string.Create(CultureInfo.InvariantCulture, $"--max-words ({maxWords}) is below --min-words ({minWords}): no sentence could be chosen; raise --max-words or lower --min-words.")
                    : string.Create(CultureInfo.InvariantCulture, $"--max-words ({maxWords}) is below --min-words ({minWords}, the default); lower --min-words."));
            }

            // Without a query there is nothing for its weight to steer: the flag would be ignored silently.
            var queryWeight = (Option<double>)_scalars["query-weight"];
            if (Checked(Query, queryWeight) && CliOptions.Given(result, queryWeight) && result.GetResult(Query) is not { Implicit: false })
            {
                result.AddError("--query-weight sets how strongly --query steers the ranking; give --query too.");
            }

            // A ranker flag the chosen ranker does not have would be ignored silently: refuse it.
            // Read from the token, not the value: a ranker name that failed to parse is reported by its own check, as is
            // --algorithm given more than once (then no ranker is chosen, and none is checked against).
            string? name = result.GetResult(Algorithm) switch
            {
                null or { Implicit: true } => SentenceRanker.Default.Name,
                { Tokens: [{ } token] } => token.Value,
                _ => null,
            };
            if (name is not null && OptionCatalog.TryGetRanker(name, out RankerDescription? ranker))
            {
                foreach (ScalarOption parameter in RankerParameters())
                {
                    if (Checked(Algorithm, _scalars[parameter.Name])
                        && result.GetResult(_scalars[parameter.Name]) is { Implicit: false } && !ranker.HasParameter(parameter.Name))
                    {
                        result.AddError($"--{parameter.Name} applies to --algorithm {RankersWith(parameter.Name)}, not {ranker.Name}.");
                    }
                }
            }
        });
    }

    /// <summary>
    /// The whole number the command line gives <paramref name="option"/>, read from its token (its default when not
    /// written); null when the value does not parse, which the option's own check reports.
    /// </summary>
    private int? WrittenInteger(CommandResult result, ScalarOption option) => result.GetResult(_scalars[option.Name]) switch
    {
        null or { Implicit: true } => (int)option.Default,
        { Tokens: [{ } token] } when int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int written) => written,
        _ => null,
    };

    /// <summary>True when the command line names a budget other than <c>--sentences</c>.</summary>
    public bool HasNonSentenceBudget(ParseResult result) =>
        result.GetResult(Ratio) is { Implicit: false } || result.GetResult(Words) is { Implicit: false }
        || result.GetResult(Chars) is { Implicit: false } || result.GetResult(Tokens) is { Implicit: false };

    /// <summary>True when <paramref name="option"/> was written on the command line (not defaulted).</summary>
    public static bool IsGiven(ParseResult result, Option option) => result.GetResult(option) is { Implicit: false };

    /// <summary>Builds the summarizer options the command line asks for.</summary>
    /// <exception cref="InputException">The background frequencies cannot be read (standard input named as a file when it was closed, too), or count no documents.</exception>
    public SummarizerOptions Build(ParseResult result, int? keywordOverride = null)
    {
        if (!OptionCatalog.TryParseSimilarity(result.GetValue(Similarity)!, out SentenceSimilarity? similarity))
        {
            throw new ArgumentException($"Unknown similarity '{result.GetValue(Similarity)}'.");
        }

        if (!OptionCatalog.TryGetRanker(result.GetValue(Algorithm)!, out RankerDescription? ranker))
        {
            throw new ArgumentException($"Unknown ranker '{result.GetValue(Algorithm)}'.");
        }

        if (!OptionCatalog.Orders.TryParse(result.GetValue(Order)!, out SummaryOrder order))
        {
            throw new ArgumentException($"Unknown order '{result.GetValue(Order)}'.");
        }

        Language? language = ParseLanguage(result.GetValue(Language)!);
        // Without --splitter lines the library splits with the rules of the chosen or guessed language.
        SentenceSplitter? splitter = SplitterOf(result, Splitter);
        var template = new SummarizerOptions
        {
            Budget = BuildBudget(result),
            Splitter = splitter,
            Language = language,
            Ranker = ranker.Create(option => ValueOf(result, option)),
            Similarity = similarity,
            BackgroundFrequencies = LoadBackground(result.GetValue(Background)),
            Order = order,
        };
        return OptionCatalog.Create(
            template,
            option => keywordOverride is { } keywords && ReferenceEquals(option, OptionCatalog.KeywordCount) ? keywords : ValueOf(result, option));
    }

    /// <summary>The value written on the command line for <paramref name="option"/>; null when it was not written.</summary>
    private double? ValueOf(ParseResult result, ScalarOption option)
    {
        Option written = _scalars[option.Name];
        if (!IsGiven(result, written))
        {
            return null;
        }

        return written switch
        {
            Option<int> integer => result.GetValue(integer),
            Option<bool> flag => result.GetValue(flag) ? 1 : 0,
            _ => result.GetValue((Option<double>)written),
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

        // Descriptor 0 named as a file when standard input was closed would block on the runtime's own pipe.
        FileKinds.RefuseClosedStandardInput(path);
        if (Directory.Exists(path))
        {
            // The runtime says "Access to the path is denied" of a directory.
            throw new InputException($"{path}: is a directory, not a file of document frequencies.");
        }

        DocumentFrequencies frequencies;
        try
        {
            frequencies = DocumentFrequencies.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            throw new InputException($"{path}: cannot be read as document frequencies ({e.Message}).");
        }

        // The library refuses these in its own words (a property name); the file is what the user can change.
        return frequencies.DocumentCount > 0
            ? frequencies
            : throw new InputException($"{path}: counts no documents; --background-frequencies needs frequencies of at least one document.");
    }

    private static string SimilarityName(SentenceSimilarity similarity) =>
        OptionCatalog.Similarities.TryGetName(similarity, out string? name) ? name : similarity.Name;

    /// <summary>The language of a <c>--language</c> value: null for auto (in any case), else its code's.</summary>
    internal static Language? ParseLanguage(string code) => IsAuto(code) ? null : Summarizer.Language.FromCode(code);

    private static bool IsAuto(string code) => string.Equals(code.Trim(), "auto", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The <c>--max-input-length</c> option on its own, for a command that reads inputs without summarizing them
    /// (<c>split</c>): the same description, default and range check as the summarizer's.
    /// </summary>
    /// <summary>The <c>--splitter</c> option, shared with <c>split</c>: <see cref="SplitterOf"/> reads it.</summary>
    internal static Option<string> CreateSplitterOption()
    {
        var option = new Option<string>("--splitter")
        {
            Description = "How sentences are found: rules (the rules of the --language, or of the language guessed per text) or lines (each non-blank line is a sentence).",
            DefaultValueFactory = _ => "rules",
        };
        CliOptions.AcceptOnly(option, ["rules", "lines"]);
        return option;
    }

    /// <summary>The splitter <paramref name="option"/> names: null for the rules (the summarizer's own choice), the presplit one for lines.</summary>
    internal static SentenceSplitter? SplitterOf(ParseResult result, Option<string> option) =>
        result.GetValue(option) == "lines" ? SentenceSplitter.Presplit : null;

    internal static Option<int> CreateMaxInputLengthOption() =>
        (Option<int>)CreateOption(OptionCatalog.MaxInputLength, [OptionCatalog.MaxInputLength]);

    /// <summary>The <c>--language</c> option: a code <see cref="Language.FromCode(string)"/> accepts, or auto.</summary>
    internal static Option<string> CreateLanguageOption()
    {
        var option = new Option<string>("--language", "-l")
        {
            Description = "The language of the texts (sentence rules, stop words, stemmer), an ISO 639-1 code or BCP 47 tag (" + Summarizer.Language.SupportedCodes + "), or auto to guess it per text.",
            DefaultValueFactory = _ => s_defaults.Language?.Code ?? "auto",
        };
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && !IsAuto(r.Tokens[0].Value) && !Summarizer.Language.TryFromCode(r.Tokens[0].Value, out _))
            {
                r.AddError($"--language must be auto or one of {Summarizer.Language.SupportedCodes}, not '{r.Tokens[0].Value}'.");
            }
        });
        return option;
    }

    private static IEnumerable<ScalarOption> RankerParameters() => OptionCatalog.Rankers.SelectMany(r => r.Parameters);

    private static string RankersWith(string parameter) =>
        string.Join(" or ", OptionCatalog.Rankers.Where(r => r.HasParameter(parameter)).Select(r => r.Name));

    private static string[] RankerNames() => [.. OptionCatalog.Rankers.Select(r => r.Name)];

    private static string RankerHelp() => string.Join(", ", OptionCatalog.Rankers.Select(r => $"{r.Name} ({r.Help})"));

    /// <summary>
    /// The command-line option of a scalar option, or of a parameter the rankers in <paramref name="sharing"/> share
    /// (they must agree on type and range): <c>--NAME</c> with its aliases, help with the range (and the rankers it
    /// applies to), the default, and a parser that names the option and its range when a value is refused.
    /// </summary>
    private static Option CreateOption(ScalarOption option, ScalarOption[] sharing)
    {
        foreach (ScalarOption other in sharing)
        {
            if (other.Type != option.Type || other.Range != option.Range)
            {
                throw new InvalidOperationException($"The ranker parameters named {option.Name} differ in type or range.");
            }
        }

        string rankers = RankerParameters().Contains(option) ? $" Ranker: {RankersWith(option.Name)}." : string.Empty;
        string name = "--" + option.Name;
        Option result = option.Type switch
        {
            OptionType.Flag => new Option<bool>(name) { DefaultValueFactory = _ => option.Default != 0 },
            OptionType.Integer => new Option<int>(name) { DefaultValueFactory = _ => (int)option.Default, CustomParser = r => (int)Parse(r, option) },
            _ => new Option<double>(name) { DefaultValueFactory = _ => option.Default, CustomParser = r => Parse(r, option) },
        };
        result.Description = option.Type == OptionType.Flag ? $"{option.Help}.{rankers}" : $"{option.Help}; {option.Range}.{rankers}";
        foreach (string alias in option.Aliases)
        {
            result.Aliases.Add(alias);
        }

        return result;
    }

    private static double Parse(ArgumentResult result, ScalarOption option) =>
        CliOptions.ParseNumber(result, "--" + option.Name, option.Type == OptionType.Integer, option.Range) ?? option.Default;
}
