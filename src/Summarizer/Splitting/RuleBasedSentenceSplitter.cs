using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// A rule-based sentence splitter: terminators and their runs, ellipses, closing quotes and brackets, abbreviation
/// lists per language, numbers, URLs and e-mail addresses, list items, headings, blank-line paragraphs and
/// hard-wrapped lines.
/// </summary>
/// <remarks>
/// One forward pass: find the next candidate terminator or newline with a vectorized search, then decide from the
/// word before it and the word after it whether a sentence ends there. Allocates nothing per sentence when
/// enumerated with <see cref="EnumerateSentences(ReadOnlySpan{char})"/>. Instances are immutable and thread-safe.
/// </remarks>
public sealed partial class RuleBasedSentenceSplitter : SentenceSplitter
{
    private static readonly ConcurrentDictionary<string, RuleBasedSentenceSplitter> s_cache = new(StringComparer.Ordinal);

    private readonly SplittingRules _rules;

    private RuleBasedSentenceSplitter(SplittingRules rules)
    {
        _rules = rules;
    }

    /// <summary>The English splitter, shared and thread-safe.</summary>
    public static RuleBasedSentenceSplitter English { get; } = Create("en");

    /// <summary>
    /// The language whose abbreviation lists this splitter uses (<c>en</c>, <c>de</c>, <c>fr</c>, <c>es</c>,
    /// <c>it</c>, <c>pt</c>, <c>nl</c>, <c>ru</c>), or the empty string for the language-neutral rules.
    /// </summary>
    public string Language => _rules.Language;

    /// <summary>The languages with their own abbreviation lists: en, de, fr, es, it, pt, nl, ru.</summary>
    public static IReadOnlyCollection<string> SupportedLanguages => SplittingRules.SupportedLanguages;

    /// <summary>Returns the shared splitter for a language.</summary>
    /// <param name="language">
    /// An ISO 639-1 code or a BCP 47 tag (<c>en</c>, <c>de-AT</c>, <c>pt_BR</c>); only the primary subtag is used,
    /// case-insensitively. A language without its own lists gets the language-neutral rules, which still handle
    /// punctuation, numbers, layout and the Latin abbreviations common to all languages.
    /// </param>
    /// <returns>A cached, thread-safe splitter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is empty or white space.</exception>
    public static RuleBasedSentenceSplitter Create(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        string code = PrimarySubtag(language);
        if (!SplittingRules.SupportedLanguages.Contains(code))
        {
            code = string.Empty;
        }

        return s_cache.GetOrAdd(code, static c => new RuleBasedSentenceSplitter(SplittingRules.Load(c)));
    }

    /// <summary>Enumerates the segments of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>An enumerator of <see cref="SentenceSpan"/> values in reading order.</returns>
    public SentenceEnumerator EnumerateSentences(ReadOnlySpan<char> text) => new(_rules, text);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public override void Split(ReadOnlySpan<char> text, ICollection<SentenceSpan> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        foreach (SentenceSpan sentence in EnumerateSentences(text))
        {
            destination.Add(sentence);
        }
    }

    internal bool IsAbbreviation(ReadOnlySpan<char> word) => _rules.IsAbbreviation(word);

    private static string PrimarySubtag(string language)
    {
        ReadOnlySpan<char> span = language.AsSpan().Trim();
        int dash = span.IndexOfAny('-', '_');
        if (dash >= 0)
        {
            span = span[..dash];
        }

        return span.ToString().ToLowerInvariant();
    }
}
