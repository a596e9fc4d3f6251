using System;
using System.Collections.Generic;
using System.Text;

namespace Summarizer;

/// <summary>
/// Accepts sentences the caller split: each non-blank line of the text is one sentence (surrounding white space
/// trimmed), and a blank line starts a new paragraph.
/// </summary>
/// <remarks>
/// Use <see cref="Join(IEnumerable{string})"/> to build such a text from a list of sentences; the ranges this
/// splitter returns then point into that text.
/// </remarks>
public sealed class PresplitSentenceSplitter : SentenceSplitter
{
    private PresplitSentenceSplitter()
    {
    }

    /// <summary>The shared instance.</summary>
    public static PresplitSentenceSplitter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public override void Split(ReadOnlySpan<char> text, ICollection<SentenceSpan> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        int paragraph = 0;
        bool blank = false;
        bool emitted = false;
        int position = 0;
        while (position < text.Length)
        {
            int newline = text[position..].IndexOf('\n');
            int lineEnd = newline < 0 ? text.Length : position + newline;
            int start = position;
            int end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                blank = true;
            }
            else
            {
                if (blank && emitted)
                {
                    paragraph++;
                }

                destination.Add(new SentenceSpan(start, end - start, paragraph, SentenceKind.Sentence));
                emitted = true;
                blank = false;
            }

            position = lineEnd + 1;
        }
    }

    /// <summary>Joins sentences into one text, one a line, for <see cref="Split(ReadOnlySpan{char}, ICollection{SentenceSpan})"/>.</summary>
    /// <param name="sentences">The sentences, in reading order. Line breaks inside a sentence become spaces.</param>
    /// <returns>The text; sentence <c>i</c> of the input is segment <c>i</c> of the split, unless it is blank: a blank
    /// or white-space item is no segment and parts paragraphs, as a blank line does (the next segment opens a new one).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> or one of its items is null.</exception>
    public static string Join(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var builder = new StringBuilder();
        foreach (string sentence in sentences)
        {
            ArgumentNullException.ThrowIfNull(sentence, nameof(sentences));
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            int from = builder.Length;
            builder.Append(sentence);
            builder.Replace('\r', ' ', from, sentence.Length).Replace('\n', ' ', from, sentence.Length);
        }

        return builder.ToString();
    }
}
