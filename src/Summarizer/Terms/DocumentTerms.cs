using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer;

/// <summary>
/// The content terms of each sentence of a document as interned ids, in compressed rows: the terms of sentence
/// <c>i</c> are <c>TermIds[RowStarts[i]..RowStarts[i + 1]]</c>, in order of occurrence (stop words removed), and
/// occurrence <c>k</c> covers <c>TermLengths[k]</c> characters of the text from <c>TermStarts[k]</c>.
/// </summary>
internal sealed class DocumentTerms
{
    private readonly bool _foldDiacritics;

    private DocumentTerms(int[] rowStarts, int[] termIds, int[] termStarts, int[] termLengths, int[] wordCounts, Vocabulary vocabulary, Language language, bool foldDiacritics)
    {
        _foldDiacritics = foldDiacritics;
        RowStarts = rowStarts;
        TermIds = termIds;
        TermStarts = termStarts;
        TermLengths = termLengths;
        WordCounts = wordCounts;
        Vocabulary = vocabulary;
        Language = language;
    }

    public int[] RowStarts { get; }

    public int[] TermIds { get; }

    /// <summary>The offset in the whole text of each term occurrence, parallel to <see cref="TermIds"/>.</summary>
    public int[] TermStarts { get; }

    /// <summary>The length in the text of each term occurrence (the surface form), parallel to <see cref="TermIds"/>.</summary>
    public int[] TermLengths { get; }

    /// <summary>The number of tokens of each sentence (words, numbers, addresses, hashtags, CJK bigrams), stop words included.</summary>
    public int[] WordCounts { get; }

    public Vocabulary Vocabulary { get; }

    /// <summary>The language the terms were made in: the caller's, or the guessed one.</summary>
    public Language Language { get; }

    public int SentenceCount => RowStarts.Length - 1;

    public ReadOnlySpan<int> TermsOf(int sentence) =>
        TermIds.AsSpan(RowStarts[sentence], RowStarts[sentence + 1] - RowStarts[sentence]);

    /// <summary>
    /// The ids of the terms of <paramref name="text"/> (a query, a title) that this document has, in order of
    /// occurrence, made the way the document's terms were; stop words and terms the document lacks are left out.
    /// </summary>
    public int[] LookUp(ReadOnlySpan<char> text)
    {
        var analyzer = new TermAnalyzer(Language, Vocabulary, _foldDiacritics, addTerms: false);
        var ids = new List<int>();
        foreach (Token token in WordTokenizer.Enumerate(text))
        {
            int id = analyzer.TermOf(token.Slice(text), token.Kind);
            if (id >= 0)
            {
                ids.Add(id);
            }
        }

        return ids.ToArray();
    }

    private static void Grow(ref int[] array, int count)
    {
        int[] larger = ArrayPool<int>.Shared.Rent(count * 2);
        array.AsSpan(0, count).CopyTo(larger);
        ArrayPool<int>.Shared.Return(array);
        array = larger;
    }

    public static DocumentTerms Build(ReadOnlySpan<char> text, IReadOnlyList<SentenceSpan> sentences, CancellationToken cancellationToken) =>
        Build(text, sentences, TermOptions.Default, cancellationToken);

    public static DocumentTerms Build(ReadOnlySpan<char> text, IReadOnlyList<SentenceSpan> sentences, TermOptions? options, CancellationToken cancellationToken)
    {
        options ??= TermOptions.Default;
        Language language = options.Language ?? Language.Detect(text);
        // Sized from the text (about one distinct form per 12 characters in news, fewer in long texts), so that short
        // texts fill their tables without regrowing them; long texts still grow past the clamp.
        int forms = Math.Clamp(text.Length / 12, 16, 4096);
        var vocabulary = new Vocabulary(forms * 3 / 4);
        var analyzer = new TermAnalyzer(language, vocabulary, options.FoldDiacritics, capacity: forms);
        var rowStarts = new int[sentences.Count + 1];
        var wordCounts = new int[sentences.Count];
        int capacity = Math.Max(16, text.Length / 8);
        int[] termIds = ArrayPool<int>.Shared.Rent(capacity);
        int[] termStarts = ArrayPool<int>.Shared.Rent(capacity);
        int[] termLengths = ArrayPool<int>.Shared.Rent(capacity);
        int count = 0;
        try
        {
            for (int s = 0; s < sentences.Count; s++)
            {
                if ((s & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                SentenceSpan span = sentences[s];
                ReadOnlySpan<char> sentence = span.Slice(text);
                int words = 0;
                foreach (Token token in WordTokenizer.Enumerate(sentence))
                {
                    words++;
                    int id = analyzer.TermOf(token.Slice(sentence), token.Kind);
                    if (id < 0)
                    {
                        continue;
                    }

                    if (count == termIds.Length)
                    {
                        Grow(ref termIds, count);
                        Grow(ref termStarts, count);
                        Grow(ref termLengths, count);
                    }

                    termIds[count] = id;
                    termStarts[count] = span.Start + token.Start;
                    termLengths[count] = token.Length;
                    count++;
                }

                wordCounts[s] = words;
                rowStarts[s + 1] = count;
            }

            return new DocumentTerms(rowStarts, termIds[..count], termStarts[..count], termLengths[..count], wordCounts, vocabulary, language, options.FoldDiacritics);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(termIds);
            ArrayPool<int>.Shared.Return(termStarts);
            ArrayPool<int>.Shared.Return(termLengths);
        }
    }
}
