namespace Summarizer;

/// <summary>What a segment of text is: a sentence of running prose, a heading line, or a list item.</summary>
public enum SentenceKind
{
    /// <summary>A sentence of running text.</summary>
    Sentence = 0,

    /// <summary>A line that stands alone without final punctuation, such as a headline or a navigation link.</summary>
    Heading = 1,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem = 2,
}
