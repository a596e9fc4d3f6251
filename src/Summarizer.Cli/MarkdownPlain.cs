using System;
using System.Buffers;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// A sentence of a Markdown source as plain text, for the text output of a <c>.md</c> input: the inline markup a reader
/// does not see once rendered goes (emphasis, strikethrough, code spans' backticks, a link's or an image's brackets and
/// address, a backslash's escape), and what it marks stays ("**Note:** This project is in **beta**." prints "Note: This
/// project is in beta."). Intraword underscores (<c>snake_case</c>) and marks that open or close nothing stay as written.
/// </summary>
internal static class MarkdownPlain
{
    private static readonly SearchValues<char> s_marks = SearchValues.Create("*_`[!\\~");

    /// <summary><paramref name="sentence"/> without its inline Markdown markup; the same string when it has none.</summary>
    public static string Of(string sentence)
    {
        if (sentence.AsSpan().IndexOfAny(s_marks) < 0)
        {
            return sentence;
        }

        var builder = new StringBuilder(sentence.Length);
        int i = 0;
        while (i < sentence.Length)
        {
            char c = sentence[i];
            if (c == '\\' && i + 1 < sentence.Length && char.IsAscii(sentence[i + 1]) && (char.IsPunctuation(sentence[i + 1]) || char.IsSymbol(sentence[i + 1])))
            {
                // An escaped mark prints as the mark.
                builder.Append(sentence[i + 1]);
                i += 2;
            }
            else if (c == '`' && CodeSpanEnd(sentence, i) is > 0 and int codeEnd)
            {
                int run = RunLength(sentence, i);
                builder.Append(sentence.AsSpan(i + run, codeEnd - run - i).Trim(' '));
                i = codeEnd + run;
            }
            else if ((c == '[' || (c == '!' && i + 1 < sentence.Length && sentence[i + 1] == '[')) && LinkEnd(sentence, c == '!' ? i + 1 : i, out int textStart, out int textEnd) is > 0 and int linkEnd)
            {
                builder.Append(Of(sentence[textStart..textEnd]));
                i = linkEnd;
            }
            else if (c is '*' or '_' or '~' && IsDelimiter(sentence, i, out int delimiter))
            {
                i += delimiter;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>The length of the run of the character at <paramref name="i"/>.</summary>
    private static int RunLength(string text, int i)
    {
        int k = i;
        while (k < text.Length && text[k] == text[i])
        {
            k++;
        }

        return k - i;
    }

    /// <summary>Where the backticks that close the code span opened at <paramref name="i"/> start (a run as long), or -1.</summary>
    private static int CodeSpanEnd(string text, int i)
    {
        int run = RunLength(text, i);
        for (int k = i + run; k < text.Length; k++)
        {
            if (text[k] == '`')
            {
                int closing = RunLength(text, k);
                if (closing == run)
                {
                    return k;
                }

                k += closing - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The end of the inline link or image whose text opens with the bracket at <paramref name="open"/>, or -1:
    /// <c>[text](address)</c> or <c>[text][reference]</c>; <paramref name="textStart"/> and <paramref name="textEnd"/>
    /// bound its text.
    /// </summary>
    private static int LinkEnd(string text, int open, out int textStart, out int textEnd)
    {
        textStart = open + 1;
        textEnd = -1;
        int depth = 0;
        for (int k = textStart; k < text.Length; k++)
        {
            if (text[k] == '[')
            {
                depth++;
            }
            else if (text[k] == ']' && depth-- == 0)
            {
                textEnd = k;
                break;
            }
        }

        if (textEnd < 0 || textEnd + 1 >= text.Length || text[textEnd + 1] is not ('(' or '['))
        {
            return -1;
        }

        char close = text[textEnd + 1] == '(' ? ')' : ']';
        int end = text.IndexOf(close, textEnd + 2);
        return end < 0 || text.AsSpan(textEnd + 2, end - textEnd - 2).IndexOfAny('\n', '\r') >= 0 ? -1 : end + 1;
    }

    /// <summary>
    /// Whether the run of '*', '_' or '~' at <paramref name="i"/> opens or closes emphasis (or strikethrough: two
    /// tildes): a run of one to three that a letter, digit or mark follows and white space or the start precedes, or
    /// the other way round; an underscore only at a word's edge. <paramref name="length"/> is the run's length.
    /// </summary>
    private static bool IsDelimiter(string text, int i, out int length)
    {
        length = RunLength(text, i);
        if (length > 3 || (text[i] == '~' && length != 2))
        {
            return false;
        }

        char before = i > 0 ? text[i - 1] : ' ';
        char after = i + length < text.Length ? text[i + length] : ' ';
        bool opens = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || char.IsPunctuation(before));
        bool closes = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
        if (text[i] == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
        {
            return false;
        }

        return opens || closes || (text[i] == '*' && !char.IsWhiteSpace(before) && !char.IsWhiteSpace(after) && HasPartner(text, i, length));
    }

    /// <summary>Whether the same run as the one at <paramref name="i"/> stands again later (an intraword "**bold**er").</summary>
    private static bool HasPartner(string text, int i, int length) =>
        text.AsSpan(i + length).IndexOf(new string(text[i], length), StringComparison.Ordinal) >= 0;
}
