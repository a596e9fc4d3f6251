using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer;

/// <summary>
/// The content terms of each sentence of a document as interned ids, in compressed rows: the terms of sentence
/// <c>i</c> are <c>TermIds[RowStarts[i]..RowStarts[i + 1]]</c>, in order of occurrence (stop words removed), and
/// occurrence <c>k</c> covers <c>TermLengths[k]</c> characters of the text from <c>TermStarts[k]</c>.
/// </summary>
internal sealed class DocumentTerms
{
    /// <summary>Texts of at least this many sentences are tokenized in chunks on the thread pool.</summary>
    internal const int ParallelSentences = 2048;

    private readonly bool _foldDiacritics;

    private DocumentTerms(int[] rowStarts, int[] termIds, int[] termStarts, int[] termLengths, int[] wordCounts, int[] sentenceLengths, Vocabulary vocabulary, Language language, bool foldDiacritics)
    {
        _foldDiacritics = foldDiacritics;
        RowStarts = rowStarts;
        TermIds = termIds;
        TermStarts = termStarts;
        TermLengths = termLengths;
        WordCounts = wordCounts;
        SentenceLengths = sentenceLengths;
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

    /// <summary>
    /// The length in words of each sentence without the speaker label that opens it (<see cref="SpeakerLabels"/>): what
    /// <see cref="SummarizerOptions.MinSentenceWords"/> and <see cref="SummarizerOptions.MaxSentenceWords"/> measure, so
    /// that "[00:00:12] Guest: Thanks for having me." is as short as what is said. <see cref="WordCounts"/> itself when
    /// the text has no speaker labels.
    /// </summary>
    public int[] SentenceLengths { get; }

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

        analyzer.Release();
        return ids.ToArray();
    }

    private static void Grow(ref int[] array, int count)
    {
        int[] larger = ArrayPool<int>.Shared.Rent(count * 2);
        array.AsSpan(0, count).CopyTo(larger);
        ArrayPool<int>.Shared.Return(array);
        array = larger;
    }

    public static DocumentTerms Build(string text, IReadOnlyList<SentenceSpan> sentences, CancellationToken cancellationToken) =>
        Build(text, sentences, TermOptions.Default, cancellationToken);

    public static DocumentTerms Build(string text, IReadOnlyList<SentenceSpan> sentences, TermOptions? options, CancellationToken cancellationToken) =>
        Build(text, sentences, options, ParallelSentences, cancellationToken);

    /// <summary>
    /// <paramref name="wordCounts"/> less the words of each sentence's speaker label (<paramref name="labels"/>, the
    /// label's length in characters), or <paramref name="wordCounts"/> itself when there are none.
    /// </summary>
    private static int[] LengthsWithoutLabels(ReadOnlySpan<char> text, IReadOnlyList<SentenceSpan> sentences, int[]? labels, int[] wordCounts)
    {
        if (labels is null)
        {
            return wordCounts;
        }

        var lengths = new int[wordCounts.Length];
        for (int s = 0; s < lengths.Length; s++)
        {
            int labelWords = 0;
            if (labels[s] > 0)
            {
                foreach (Token _ in WordTokenizer.Enumerate(text.Slice(sentences[s].Start, labels[s])))
                {
                    labelWords++;
                }
            }

            lengths[s] = wordCounts[s] - labelWords;
        }

        return lengths;
    }

    /// <summary>As above, in chunks of about half <paramref name="parallelSentences"/> sentences from that many (tests pin it).</summary>
    internal static DocumentTerms Build(string text, IReadOnlyList<SentenceSpan> sentences, TermOptions? options, int parallelSentences, CancellationToken cancellationToken)
    {
        options ??= TermOptions.Default;
        Language language = options.Language ?? Language.Detect(text);
        int n = sentences.Count;
        int[]? labels = SpeakerLabels.Find(text, sentences);
        if (n < parallelSentences || n < 2 || Environment.ProcessorCount == 1)
        {
            using Chunk whole = Chunk.Build(text, sentences, labels, 0, n, language, options.FoldDiacritics, cancellationToken);
            return new DocumentTerms(
                whole.RowEnds, whole.TermIds[..whole.Count], whole.TermStarts[..whole.Count], whole.TermLengths[..whole.Count], whole.WordCounts,
                LengthsWithoutLabels(text, sentences, labels, whole.WordCounts), whole.Vocabulary, language, options.FoldDiacritics);
        }

        return BuildInChunks(text, sentences, labels, language, options.FoldDiacritics, Math.Max(1, parallelSentences / 2), cancellationToken);
    }

    /// <summary>Long texts are tokenized in chunks of sentences on the thread pool, each with its own vocabulary.</summary>
    /// <remarks>
    /// Ids stay those of a sequential build: each chunk numbers its terms in order of first occurrence, so adding the
    /// terms of the chunks, chunk by chunk and in their id order, to the first chunk's vocabulary numbers every term in
    /// order of its first occurrence in the text.
    /// </remarks>
    private static DocumentTerms BuildInChunks(string text, IReadOnlyList<SentenceSpan> sentences, int[]? labels, Language language, bool foldDiacritics, int minChunkSentences, CancellationToken cancellationToken)
    {
        int n = sentences.Count;
        int chunkCount = Math.Min(4 * Environment.ProcessorCount, (n + minChunkSentences - 1) / minChunkSentences);
        int chunkSentences = (n + chunkCount - 1) / chunkCount;
        var chunks = new Chunk[chunkCount];
        try
        {
            var parallelOptions = new ParallelOptions { CancellationToken = cancellationToken };
            Parallel.For(0, chunkCount, parallelOptions, c =>
                chunks[c] = Chunk.Build(text, sentences, labels, c * chunkSentences, Math.Min(n, (c + 1) * chunkSentences), language, foldDiacritics, cancellationToken));

            Vocabulary vocabulary = chunks[0].Vocabulary;
            var rowStarts = new int[n + 1];
            var wordCounts = new int[n];
            int total = 0;
            foreach (Chunk chunk in chunks)
            {
                total += chunk.Count;
            }

            var termIds = new int[total];
            var termStarts = new int[total];
            var termLengths = new int[total];
            int offset = 0;
            for (int c = 0; c < chunkCount; c++)
            {
                Chunk chunk = chunks[c];
                Span<int> ids = termIds.AsSpan(offset, chunk.Count);
                chunk.TermIds.AsSpan(0, chunk.Count).CopyTo(ids);
                if (c > 0)
                {
                    var map = new int[chunk.Vocabulary.Count];
                    for (int id = 0; id < map.Length; id++)
                    {
                        map[id] = vocabulary.GetOrAdd(chunk.Vocabulary[id], chunk.Vocabulary.HashOf(id));
                    }

                    foreach (ref int id in ids)
                    {
                        id = map[id];
                    }
                }

                chunk.TermStarts.AsSpan(0, chunk.Count).CopyTo(termStarts.AsSpan(offset));
                chunk.TermLengths.AsSpan(0, chunk.Count).CopyTo(termLengths.AsSpan(offset));
                int from = c * chunkSentences;
                chunk.WordCounts.CopyTo(wordCounts.AsSpan(from));
                for (int r = 0; r < chunk.WordCounts.Length; r++)
                {
                    rowStarts[from + r + 1] = offset + chunk.RowEnds[r + 1];
                }

                offset += chunk.Count;
            }

            return new DocumentTerms(
                rowStarts, termIds, termStarts, termLengths, wordCounts, LengthsWithoutLabels(text, sentences, labels, wordCounts), vocabulary, language, foldDiacritics);
        }
        finally
        {
            foreach (Chunk? chunk in chunks)
            {
                chunk?.Dispose();
            }
        }
    }

    /// <summary>
    /// The terms of sentences <c>from..to</c> with ids of their own vocabulary; <see cref="RowEnds"/> is indexed from
    /// 1 (entry 0 is 0) so that a whole document's chunk serves as its row starts. The term arrays are rented.
    /// </summary>
    private sealed class Chunk : IDisposable
    {
        private Chunk(int[] rowEnds, int[] wordCounts, Vocabulary vocabulary)
        {
            RowEnds = rowEnds;
            WordCounts = wordCounts;
            Vocabulary = vocabulary;
        }

        public int[] RowEnds { get; }

        public int[] WordCounts { get; }

        public Vocabulary Vocabulary { get; }

        public int[] TermIds { get; private set; } = [];

        public int[] TermStarts { get; private set; } = [];

        public int[] TermLengths { get; private set; } = [];

        public int Count { get; private set; }

        /// <summary>The chunk of sentences <c>from..to</c>; the words of a speaker label (<paramref name="labels"/>, <see cref="SpeakerLabels"/>) count as words but give no terms.</summary>
        public static Chunk Build(ReadOnlySpan<char> text, IReadOnlyList<SentenceSpan> sentences, int[]? labels, int from, int to, Language language, bool foldDiacritics, CancellationToken cancellationToken)
        {
            // Sized from the text (about one distinct form per 12 characters in news, fewer in long texts), so that
            // short texts fill their tables without regrowing them; long texts still grow past the clamp.
            int length = from == to ? 0 : sentences[to - 1].Start + sentences[to - 1].Length - sentences[from].Start;
            int forms = Math.Clamp(length / 12, 16, 4096);
            var vocabulary = new Vocabulary(forms);
            var analyzer = new TermAnalyzer(language, vocabulary, foldDiacritics, capacity: forms);
            var chunk = new Chunk(new int[to - from + 1], new int[to - from], vocabulary);
            int capacity = Math.Max(16, length / 8);
            int[] termIds = ArrayPool<int>.Shared.Rent(capacity);
            int[] termStarts = ArrayPool<int>.Shared.Rent(capacity);
            int[] termLengths = ArrayPool<int>.Shared.Rent(capacity);
            int count = 0;
            try
            {
                for (int s = from; s < to; s++)
                {
                    if ((s & 255) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    SentenceSpan span = sentences[s];
                    ReadOnlySpan<char> sentence = span.Slice(text);
                    int words = 0;
                    int label = labels is null ? 0 : labels[s];
                    foreach (Token token in WordTokenizer.Enumerate(sentence))
                    {
                        words++;
                        if (token.Start < label)
                        {
                            continue;
                        }

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

                    chunk.WordCounts[s - from] = words;
                    chunk.RowEnds[s - from + 1] = count;
                }
            }
            catch
            {
                ArrayPool<int>.Shared.Return(termIds);
                ArrayPool<int>.Shared.Return(termStarts);
                ArrayPool<int>.Shared.Return(termLengths);
                throw;
            }

            analyzer.Release();
            chunk.TermIds = termIds;
            chunk.TermStarts = termStarts;
            chunk.TermLengths = termLengths;
            chunk.Count = count;
            return chunk;
        }

        public void Dispose()
        {
            if (TermIds.Length > 0)
            {
                ArrayPool<int>.Shared.Return(TermIds);
                ArrayPool<int>.Shared.Return(TermStarts);
                ArrayPool<int>.Shared.Return(TermLengths);
                TermIds = TermStarts = TermLengths = [];
            }
        }
    }
}
