using System;
using System.Linq;

namespace Summarizer.Tests.Graph;

public sealed class SentenceGraphBuilderTests
{
    private static readonly SentenceSimilarity[] s_similarities =
    [
        SentenceSimilarity.TextRank,
        SentenceSimilarity.Cosine,
        SentenceSimilarity.Bm25Plus,
        SentenceSimilarity.Bm25,
        SentenceSimilarity.CreateCosine(0.1),
    ];

    [Theory]
    [InlineData(1, 30, 64, 256, false)] // a short text: every candidate kept, columns read off the marks
    [InlineData(2, 300, 64, 256, true)] // the default caps cut the rows of the most common words
    [InlineData(3, 300, 8, 20, true)] // both caps cut, graphs symmetrized
    [InlineData(4, 200, 3, 0, true)] // the edge cap only
    [InlineData(5, 150, 0, 0, false)] // no cap: past the dense rows, candidates sorted
    [InlineData(6, 1, 64, 256, false)] // a single sentence
    public void BuildAll_SameGraphsAsABuildEach_ToTheBit(int seed, int sentences, int maxEdges, int maxTermSentences, bool cut)
    {
        DocumentTerms terms = TestText.Terms(TestText.Document(seed, sentences), out _);
        TermMatrix matrix = TermMatrix.Build(terms, default);
        TermStatistics statistics = TermStatistics.Create(matrix, terms, null);
        SimilarityWeights[] weights = [.. s_similarities.Select(s => s.Weigh(matrix, statistics))];
        var graphs = new SentenceGraph[s_similarities.Length];

        SentenceGraphBuilder.BuildAll(matrix, s_similarities, weights, maxEdges, maxTermSentences, graphs, default);

        bool anyCap = false;
        for (int k = 0; k < s_similarities.Length; k++)
        {
            SentenceGraph alone = SentenceGraphBuilder.Build(matrix, s_similarities[k], weights[k], maxEdges, maxTermSentences, default);
            Assert.Equal(alone.CapApplied, graphs[k].CapApplied);
            Assert.Equal(alone.RowStarts, graphs[k].RowStarts);
            Assert.Equal(alone.Columns.AsSpan(0, alone.EntryCount).ToArray(), graphs[k].Columns.AsSpan(0, graphs[k].EntryCount).ToArray());
            Assert.Equal(
                alone.Weights.AsSpan(0, alone.EntryCount).ToArray().Select(BitConverter.SingleToInt32Bits),
                graphs[k].Weights.AsSpan(0, graphs[k].EntryCount).ToArray().Select(BitConverter.SingleToInt32Bits));
            anyCap |= alone.CapApplied;
        }

        Assert.Equal(cut, anyCap);
    }

    [Theory]
    [InlineData(13, 26, 64, 256, false)] // an article's length, the default caps
    [InlineData(14, 64, 64, 256, false)] // the longest text summed pair by pair
    [InlineData(15, 50, 0, 0, false)] // no cap
    [InlineData(16, 40, 64, 12, true)] // the common words skipped
    [InlineData(17, 2, 64, 256, false)] // two sentences
    public void Build_ShortText_PairSumsGiveTheSparseBuildsGraphs_ToTheBit(int seed, int sentences, int maxEdges, int maxTermSentences, bool cut)
    {
        DocumentTerms terms = TestText.Terms(TestText.Document(seed, sentences, 4, 30), out _);
        TermMatrix matrix = TermMatrix.Build(terms, default);
        TermStatistics statistics = TermStatistics.Create(matrix, terms, null);
        SimilarityWeights[] weights = [.. s_similarities.Select(s => s.Weigh(matrix, statistics))];
        var graphs = new SentenceGraph[s_similarities.Length];

        SentenceGraphBuilder.BuildAll(matrix, s_similarities, weights, maxEdges, maxTermSentences, graphs, default);

        for (int k = 0; k < s_similarities.Length; k++)
        {
            // The row-by-row build of one chunk, which walks each row's postings.
            SentenceGraph sparse = SentenceGraphBuilder.Build(matrix, s_similarities[k], weights[k], maxEdges, maxTermSentences, int.MaxValue, default);
            SentenceGraph alone = SentenceGraphBuilder.Build(matrix, s_similarities[k], weights[k], maxEdges, maxTermSentences, default);
            foreach (SentenceGraph graph in (SentenceGraph[])[graphs[k], alone])
            {
                Assert.Equal(cut, graph.CapApplied);
                Assert.Equal(sparse.RowStarts, graph.RowStarts);
                Assert.Equal(sparse.Columns.AsSpan(0, sparse.EntryCount).ToArray(), graph.Columns.AsSpan(0, graph.EntryCount).ToArray());
                Assert.Equal(
                    sparse.Weights.AsSpan(0, sparse.EntryCount).ToArray().Select(BitConverter.SingleToInt32Bits),
                    graph.Weights.AsSpan(0, graph.EntryCount).ToArray().Select(BitConverter.SingleToInt32Bits));
            }

            Assert.True(sentences < 3 || sparse.EntryCount > sentences, "the text's sentences share terms");
        }
    }

    [Theory]
    [InlineData(7, 40)]
    [InlineData(8, 400)]
    public void Subset_RowsAndPostingsOfTheKeptSentences(int seed, int sentences)
    {
        DocumentTerms terms = TestText.Terms(TestText.Document(seed, sentences), out _);
        TermMatrix matrix = TermMatrix.Build(terms, default);
        var random = new Random(seed);
        bool[] keep = [.. Enumerable.Range(0, matrix.SentenceCount).Select(_ => random.Next(3) > 0)];
        int[] kept = [.. Enumerable.Range(0, keep.Length).Where(s => keep[s])];

        TermMatrix subset = TermMatrix.Subset(matrix, keep);

        Assert.Equal(kept.Length, subset.SentenceCount);
        Assert.Equal(matrix.TermCount, subset.TermCount);
        for (int r = 0; r < kept.Length; r++)
        {
            int s = kept[r];
            Assert.Equal(Row(matrix.Terms, matrix.RowStarts, s), Row(subset.Terms, subset.RowStarts, r));
            Assert.Equal(Row(matrix.Counts, matrix.RowStarts, s), Row(subset.Counts, subset.RowStarts, r));
            Assert.Equal(matrix.Lengths[s], subset.Lengths[r]);
        }

        // The postings of a term: the kept rows that hold it, ascending, each pointing at its entry.
        for (int t = 0; t < subset.TermCount; t++)
        {
            int[] expected = [.. Enumerable.Range(0, kept.Length).Where(r => Row(subset.Terms, subset.RowStarts, r).Contains(t))];
            int[] postings = subset.PostingSentences[subset.PostingStarts[t]..subset.PostingStarts[t + 1]];
            Assert.Equal(expected, postings);
            for (int p = subset.PostingStarts[t]; p < subset.PostingStarts[t + 1]; p++)
            {
                int entry = subset.PostingEntries[p];
                Assert.Equal(t, subset.Terms[entry]);
                Assert.InRange(entry, subset.RowStarts[subset.PostingSentences[p]], subset.RowStarts[subset.PostingSentences[p] + 1] - 1);
            }
        }
    }

    [Fact]
    public void Subset_EverySentence_SameMatrix()
    {
        DocumentTerms terms = TestText.Terms(TestText.Document(9, 60), out _);
        TermMatrix matrix = TermMatrix.Build(terms, default);
        bool[] all = [.. Enumerable.Repeat(true, matrix.SentenceCount)];

        TermMatrix subset = TermMatrix.Subset(matrix, all);

        Assert.Equal(matrix.RowStarts, subset.RowStarts);
        Assert.Equal(matrix.Terms, subset.Terms);
        Assert.Equal(matrix.Counts, subset.Counts);
        Assert.Equal(matrix.Lengths, subset.Lengths);
        Assert.Equal(matrix.PostingStarts, subset.PostingStarts);
        Assert.Equal(matrix.PostingSentences, subset.PostingSentences);
        Assert.Equal(matrix.PostingEntries, subset.PostingEntries);
    }

    [Theory]
    [InlineData(11, 40)]
    [InlineData(12, 300)]
    public void RentSubset_AfterOthersUsedThePool_SameMatrixAsSubset(int seed, int sentences)
    {
        // Rented arrays come back dirty and longer than asked: a larger subset given back first leaves other values in
        // them, which must not show within the matrix's own entries (the posting counts start from zero).
        var random = new Random(seed);
        TermMatrix matrix = TermMatrix.Build(TestText.Terms(TestText.Document(seed, sentences), out _), default);
        bool[] most = [.. Enumerable.Range(0, matrix.SentenceCount).Select(_ => random.Next(10) > 0)];
        bool[] fewer = [.. Enumerable.Range(0, matrix.SentenceCount).Select(_ => random.Next(3) == 0)];
        TermMatrix.RentSubset(matrix, most).Return();

        TermMatrix rented = TermMatrix.RentSubset(matrix, fewer);
        TermMatrix subset = TermMatrix.Subset(matrix, fewer);

        Assert.Equal(subset.SentenceCount, rented.SentenceCount);
        Assert.Equal(subset.EntryCount, rented.EntryCount);
        int n = subset.SentenceCount;
        int entries = subset.EntryCount;
        Assert.Equal(subset.RowStarts, rented.RowStarts[..(n + 1)]);
        Assert.Equal(subset.Terms, rented.Terms[..entries]);
        Assert.Equal(subset.Counts, rented.Counts[..entries]);
        Assert.Equal(subset.Lengths, rented.Lengths[..n]);
        Assert.Equal(subset.PostingStarts, rented.PostingStarts[..(subset.TermCount + 1)]);
        Assert.Equal(subset.PostingSentences, rented.PostingSentences[..entries]);
        Assert.Equal(subset.PostingEntries, rented.PostingEntries[..entries]);
        rented.Return();
    }

    [Theory]
    [InlineData(10.0, new float[] { 0, 1, 2, 3, 3, 10, 12, 2.5f, 127, 128, 4000, 1e7f })]
    [InlineData(3e6, new float[] { 1, 1, 5, 200, 100_000, 2_999_999, 0.5f })]
    public void Idf_SameBitsAsTheFormulaPerTerm(double unitCount, float[] frequencies)
    {
        float[] idf = TfIdf.Idf(new TermStatistics(unitCount, frequencies));

        Assert.Equal(frequencies.Select(df => BitConverter.SingleToInt32Bits((float)TfIdf.Idf(unitCount, df))), idf.Select(BitConverter.SingleToInt32Bits));
    }

    private static T[] Row<T>(T[] values, int[] rowStarts, int row) => values[rowStarts[row]..rowStarts[row + 1]];
}
