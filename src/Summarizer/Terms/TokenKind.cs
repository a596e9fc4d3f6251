namespace Summarizer;

/// <summary>What a token found by <see cref="WordTokenizer"/> is.</summary>
public enum TokenKind
{
    /// <summary>A word of letters (and combining marks), possibly with inner apostrophes or hyphens.</summary>
    Word = 0,

    /// <summary>A number, possibly with inner separators such as <c>3.14</c> or <c>1,000</c>.</summary>
    Number = 1,
}
