using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// Splits text into sentences, headings and list items, as ranges into the original text.
/// </summary>
/// <remarks>
/// This is the extension point for another segmenter (ICU, a model, a caller's own rules): derive from it and
/// implement <see cref="Split(ReadOnlySpan{char}, ICollection{SentenceSpan})"/>. Implementations must be thread-safe
/// and return ranges in reading order that lie inside the text and do not overlap.
/// </remarks>
public abstract class SentenceSplitter
{
    /// <summary>
    /// The built-in rule-based splitter for English, shared and thread-safe. A summarizer whose options set no
    /// splitter does not use it for every text: it splits with the splitter of the chosen or guessed language.
    /// </summary>
    public static SentenceSplitter Default => RuleBasedSentenceSplitter.English;

    /// <summary>
    /// A splitter for text whose sentences the caller has already found: each non-blank line is one sentence, and
    /// blank lines separate paragraphs. Join the sentences with <see cref="PresplitSentenceSplitter.Join"/>.
    /// </summary>
    public static SentenceSplitter Presplit => PresplitSentenceSplitter.Instance;

    /// <summary>Returns the shared rule-based splitter of a language: <see cref="Language.Splitter"/> of <see cref="Language.FromCode(string)"/>.</summary>
    /// <param name="isoCode">
    /// An ISO 639-1 code or BCP 47 tag (<c>en</c>, <c>de</c>, <c>fr-CA</c>...), read as <see cref="Language.FromCode(string)"/>
    /// reads it. Supported languages without their own abbreviation lists get language-neutral rules.
    /// </param>
    /// <returns>A cached, thread-safe splitter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="isoCode"/> is null.</exception>
    /// <exception cref="ArgumentException">No supported language has that code; the message lists the supported codes.</exception>
    public static SentenceSplitter ForLanguage(string isoCode) => Language.Find(isoCode, nameof(isoCode)).Splitter;

    /// <summary>Appends the segments of <paramref name="text"/> to <paramref name="destination"/>, in reading order.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="destination">Receives the segments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public abstract void Split(ReadOnlySpan<char> text, ICollection<SentenceSpan> destination);

    /// <summary>Splits <paramref name="text"/> into segments, in reading order.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The segments; empty for empty or white-space text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<SentenceSpan>();
        Split(text.AsSpan(), result);
        return result;
    }
}
