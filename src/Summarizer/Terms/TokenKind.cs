namespace Summarizer;

/// <summary>What a token found by <see cref="WordTokenizer"/> is.</summary>
public enum TokenKind
{
    /// <summary>A word of letters (and combining marks), possibly with inner apostrophes or hyphens.</summary>
    Word = 0,

    /// <summary>A number, possibly with inner separators such as <c>3.14</c> or <c>1,000</c>.</summary>
    Number = 1,

    /// <summary>A web address that starts with <c>http://</c>, <c>https://</c>, <c>ftp://</c> or <c>www.</c>.</summary>
    Url = 2,

    /// <summary>An e-mail address such as <c>name@example.com</c>.</summary>
    Email = 3,

    /// <summary>A hashtag: <c>#</c> followed by letters, digits or underscores, <c>#</c> included.</summary>
    Hashtag = 4,

    /// <summary>
    /// Two adjacent characters of a run of Han, Hiragana, Katakana, Hangul or Thai script (a character bigram; one
    /// character when the run has only one). Consecutive bigrams of a run overlap by one character.
    /// </summary>
    Cjk = 5,
}
