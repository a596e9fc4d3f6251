using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Summarizer;

/// <summary>
/// The distinct terms of each sentence with their counts (compressed rows, terms sorted by id), and the inverted
/// index over them: the postings of term <c>t</c> are <c>PostingSentences[PostingStarts[t]..PostingStarts[t + 1]]</c>
/// in sentence order, each with the position of that (sentence, term) entry in the rows.
/// </summary>
internal sealed class TermMatrix
{
    // Whether the arrays are rented (see RentSubset): longer than the matrix, and given back by Return.
    private bool _rented;

    /// <summary>The sentences whose rows <see cref="Build(DocumentTerms, bool[], CancellationToken)"/> left empty, or null.</summary>
    private bool[]? _leftOut;

    private TermMatrix(int sentenceCount, int termCount, int[] rowStarts, int[] terms, float[] counts, int[] lengths, int[] postingStarts, int[] postingSentences, int[] postingEntries)
    {
        SentenceCount = sentenceCount;
        TermCount = termCount;
        RowStarts = rowStarts;
        Terms = terms;
        Counts = counts;
        Lengths = lengths;
        PostingStarts = postingStarts;
        PostingSentences = postingSentences;
        PostingEntries = postingEntries;
    }

    public int SentenceCount { get; }

    public int TermCount { get; }

    public int[] RowStarts { get; }

    /// <summary>The number of entries (sentence, distinct term) of the rows; the arrays of a rented matrix are longer.</summary>
    public int EntryCount => RowStarts[SentenceCount];

    /// <summary>The distinct term ids of each sentence, ascending within a row.</summary>
    public int[] Terms { get; }

    /// <summary>How often each entry's term occurs in its sentence.</summary>
    public float[] Counts { get; }

    /// <summary>The number of term occurrences (not distinct) of each sentence.</summary>
    public int[] Lengths { get; }

    public int[] PostingStarts { get; }

    public int[] PostingSentences { get; }

    public int[] PostingEntries { get; }

    /// <summary>The number of sentences that hold term <paramref name="term"/>.</summary>
    public int SentenceFrequency(int term) => PostingStarts[term + 1] - PostingStarts[term];

    public static TermMatrix Build(DocumentTerms documentTerms, CancellationToken cancellationToken) =>
        Build(documentTerms.RowStarts, documentTerms.TermIds, documentTerms.Vocabulary.Count, cancellationToken);

    /// <summary>
    /// The matrix of <paramref name="documentTerms"/> with the rows of the sentences that <paramref name="leftOut"/>
    /// marks empty (<see cref="QuotedCopies"/>), or all of them when it is null: the sentences keep their indices.
    /// </summary>
    public static TermMatrix Build(DocumentTerms documentTerms, bool[]? leftOut, CancellationToken cancellationToken)
    {
        if (leftOut is null)
        {
            return Build(documentTerms, cancellationToken);
        }

        int[] sourceRowStarts = documentTerms.RowStarts;
        var rowStarts = new int[sourceRowStarts.Length];
        var termIds = new List<int>(sourceRowStarts[^1]);
        for (int s = 0; s < leftOut.Length; s++)
        {
            if (!leftOut[s])
            {
                termIds.AddRange(documentTerms.TermsOf(s));
            }

            rowStarts[s + 1] = termIds.Count;
        }

        TermMatrix matrix = Build(rowStarts, termIds.ToArray(), documentTerms.Vocabulary.Count, cancellationToken);
        matrix._leftOut = leftOut;
        return matrix;
    }

    /// <summary>Whether the row of sentence <paramref name="sentence"/> was left empty when the matrix was built (<see cref="QuotedCopies"/>).</summary>
    public bool IsLeftOut(int sentence) => _leftOut is { } leftOut && leftOut[sentence];

    /// <summary>
    /// The matrix of the sentences of <paramref name="source"/> that <paramref name="keep"/> marks, in order: over the
    /// same term ids (a term held only by dropped sentences has no postings): the matrix <see cref="Build(DocumentTerms, CancellationToken)"/>
    /// makes of those sentences' terms, from rows that are sorted and counted already.
    /// </summary>
    public static TermMatrix Subset(TermMatrix source, ReadOnlySpan<bool> keep) => Subset(source, keep, rent: false);

    /// <summary>
    /// As <see cref="Subset(TermMatrix, ReadOnlySpan{bool})"/>, in arrays from the pool, which may be longer than the
    /// matrix (read <see cref="EntryCount"/>, not an array's length); give them back with <see cref="Return"/> once
    /// nothing reads the matrix.
    /// </summary>
    public static TermMatrix RentSubset(TermMatrix source, ReadOnlySpan<bool> keep) => Subset(source, keep, rent: true);

    /// <summary>Gives the arrays of a matrix made by <see cref="RentSubset"/> back to the pool; the matrix must not be read after.</summary>
    public void Return()
    {
        Debug.Assert(_rented, "only a rented matrix is given back");
        _rented = false;
        ArrayPool<int>.Shared.Return(RowStarts);
        ArrayPool<int>.Shared.Return(Terms);
        ArrayPool<float>.Shared.Return(Counts);
        ArrayPool<int>.Shared.Return(Lengths);
        ArrayPool<int>.Shared.Return(PostingStarts);
        ArrayPool<int>.Shared.Return(PostingSentences);
        ArrayPool<int>.Shared.Return(PostingEntries);
    }

    private static T[] NewOrRented<T>(int length, bool rent) => rent ? ArrayPool<T>.Shared.Rent(length) : new T[length];

    private static TermMatrix Subset(TermMatrix source, ReadOnlySpan<bool> keep, bool rent)
    {
        int kept = 0;
        int entries = 0;
        for (int s = 0; s < keep.Length; s++)
        {
            if (keep[s])
            {
                kept++;
                entries += source.RowStarts[s + 1] - source.RowStarts[s];
            }
        }

        int[] rowStarts = NewOrRented<int>(kept + 1, rent);
        int[] terms = NewOrRented<int>(entries, rent);
        float[] counts = NewOrRented<float>(entries, rent);
        int[] lengths = NewOrRented<int>(kept, rent);
        int[] postingStarts = NewOrRented<int>(source.TermCount + 1, rent);
        rowStarts[0] = 0;
        postingStarts.AsSpan(0, source.TermCount + 1).Clear();
        for (int s = 0, row = 0; s < keep.Length; s++)
        {
            if (keep[s])
            {
                int start = source.RowStarts[s];
                int length = source.RowStarts[s + 1] - start;
                int at = rowStarts[row];
                source.Terms.AsSpan(start, length).CopyTo(terms.AsSpan(at));
                source.Counts.AsSpan(start, length).CopyTo(counts.AsSpan(at));
                lengths[row] = source.Lengths[s];
                rowStarts[++row] = at + length;
            }
        }

        foreach (int term in terms.AsSpan(0, entries))
        {
            postingStarts[term + 1]++;
        }

        for (int t = 0; t < source.TermCount; t++)
        {
            postingStarts[t + 1] += postingStarts[t];
        }

        int[] postingSentences = NewOrRented<int>(entries, rent);
        int[] postingEntries = NewOrRented<int>(entries, rent);
        int[] fill = ArrayPool<int>.Shared.Rent(source.TermCount);
        Array.Copy(postingStarts, fill, source.TermCount);
        for (int s = 0; s < kept; s++)
        {
            for (int e = rowStarts[s]; e < rowStarts[s + 1]; e++)
            {
                int p = fill[terms[e]]++;
                postingSentences[p] = s;
                postingEntries[p] = e;
            }
        }

        ArrayPool<int>.Shared.Return(fill);
        return new TermMatrix(kept, source.TermCount, rowStarts, terms, counts, lengths, postingStarts, postingSentences, postingEntries)
        {
            _rented = rent,
        };
    }

    private static TermMatrix Build(int[] sourceRowStarts, int[] source, int termCount, CancellationToken cancellationToken)
    {
        int n = sourceRowStarts.Length - 1;
        // Scratch, rented: the rows sorted in place, and below each term's next posting.
        int[] sorted = ArrayPool<int>.Shared.Rent(source.Length);
        Array.Copy(source, sorted, source.Length);
        var rowStarts = new int[n + 1];
        var lengths = new int[n];
        var postingStarts = new int[termCount + 1];

        // First pass: sort each row in place and count the distinct entries and the postings per term.
        int distinctTotal = 0;
        for (int s = 0; s < n; s++)
        {
            if ((s & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int start = sourceRowStarts[s];
            int end = sourceRowStarts[s + 1];
            Span<int> row = sorted.AsSpan(start, end - start);
            row.Sort();
            lengths[s] = row.Length;
            for (int k = 0; k < row.Length; k++)
            {
                if (k == 0 || row[k] != row[k - 1])
                {
                    distinctTotal++;
                    postingStarts[row[k] + 1]++;
                }
            }
        }

        for (int t = 0; t < termCount; t++)
        {
            postingStarts[t + 1] += postingStarts[t];
        }

        var terms = new int[distinctTotal];
        var counts = new float[distinctTotal];
        var postingSentences = new int[distinctTotal];
        var postingEntries = new int[distinctTotal];
        int[] fill = ArrayPool<int>.Shared.Rent(termCount);
        Array.Copy(postingStarts, fill, termCount);
        int entry = 0;
        for (int s = 0; s < n; s++)
        {
            int start = sourceRowStarts[s];
            int end = sourceRowStarts[s + 1];
            for (int k = start; k < end; k++)
            {
                int term = sorted[k];
                if (k > start && term == sorted[k - 1])
                {
                    counts[entry - 1]++;
                    continue;
                }

                terms[entry] = term;
                counts[entry] = 1;
                int p = fill[term]++;
                postingSentences[p] = s;
                postingEntries[p] = entry;
                entry++;
            }

            rowStarts[s + 1] = entry;
        }

        ArrayPool<int>.Shared.Return(sorted);
        ArrayPool<int>.Shared.Return(fill);
        return new TermMatrix(n, termCount, rowStarts, terms, counts, lengths, postingStarts, postingSentences, postingEntries);
    }
}
