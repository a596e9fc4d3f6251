using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer;

/// <summary>
/// The content terms of each sentence of a document as interned ids, in compressed rows: the terms of sentence
/// <c>i</c> are <c>TermIds[RowStarts[i]..RowStarts[i + 1]]</c>, in order of occurrence (stop words removed).
/// </summary>
internal sealed class DocumentTerms
{
    private DocumentTerms(int[] rowStarts, int[] termIds, int[] wordCounts, Vocabulary vocabulary)
    {
        RowStarts = rowStarts;
        TermIds = termIds;
        WordCounts = wordCounts;
        Vocabulary = vocabulary;
    }

    public int[] RowStarts { get; }

    public int[] TermIds { get; }

    /// <summary>The number of word and number tokens of each sentence, stop words included.</summary>
    public int[] WordCounts { get; }

    public Vocabulary Vocabulary { get; }

    public int SentenceCount => RowStarts.Length - 1;

    public ReadOnlySpan<int> TermsOf(int sentence) =>
        TermIds.AsSpan(RowStarts[sentence], RowStarts[sentence + 1] - RowStarts[sentence]);

    public static DocumentTerms Build(ReadOnlySpan<char> text, IReadOnlyList<SentenceSpan> sentences, CancellationToken cancellationToken)
    {
        var vocabulary = new Vocabulary();
        var rowStarts = new int[sentences.Count + 1];
        var wordCounts = new int[sentences.Count];
        var termIds = new List<int>(sentences.Count * 12);
        char[]? rented = null;
        Span<char> buffer = stackalloc char[64];
        try
        {
            for (int s = 0; s < sentences.Count; s++)
            {
                if ((s & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                ReadOnlySpan<char> sentence = sentences[s].Slice(text);
                int words = 0;
                foreach (Token token in WordTokenizer.Enumerate(sentence))
                {
                    words++;
                    ReadOnlySpan<char> surface = token.Slice(sentence);
                    if (surface.Length > buffer.Length)
                    {
                        if (rented is not null)
                        {
                            ArrayPool<char>.Shared.Return(rented);
                        }

                        rented = ArrayPool<char>.Shared.Rent(surface.Length);
                        buffer = rented;
                    }

                    Span<char> lower = buffer[..surface.Length];
                    surface.ToLowerInvariant(lower);
                    if (StopWords.English.Contains(lower))
                    {
                        continue;
                    }

                    termIds.Add(vocabulary.GetOrAdd(lower));
                }

                wordCounts[s] = words;
                rowStarts[s + 1] = termIds.Count;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        return new DocumentTerms(rowStarts, termIds.ToArray(), wordCounts, vocabulary);
    }
}
