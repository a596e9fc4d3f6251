namespace Summarizer;

/// <summary>How the terms of a document are made.</summary>
/// <param name="Language">The language of the text, or null to guess it with <see cref="Language.Detect(string)"/>.</param>
/// <param name="FoldDiacritics">Whether terms are folded to ASCII after stemming (<c>café</c> and <c>cafe</c> meet).</param>
internal sealed record TermOptions(Language? Language = null, bool FoldDiacritics = false)
{
    /// <summary>Guess the language, keep diacritics.</summary>
    public static TermOptions Default { get; } = new();
}
