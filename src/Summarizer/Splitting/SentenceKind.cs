namespace Summarizer;

/// <summary>What a segment of text is: a sentence of running prose, a heading line, or a list item.</summary>
public enum SentenceKind
{
    /// <summary>A sentence of running text.</summary>
    Sentence = 0,

    /// <summary>
    /// A line that stands alone without final punctuation, such as a headline or a navigation link, or that frames a
    /// text without saying anything of it: a letter's salutation or closing ("Hi Dana,", "Best regards,"), the
    /// attribution line of an e-mail quotation ("On Monday, Dana wrote:").
    /// </summary>
    Heading = 1,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem = 2,
}
