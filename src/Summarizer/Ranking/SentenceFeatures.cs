using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;

namespace Summarizer;

/// <summary>
/// The per-sentence features of the <see cref="LearnedRanker"/>: position, length, the budget's share of the text,
/// centrality under three similarities (the BM25+ graph's, and the cosine graph's PageRank, only for a model that
/// reads them: see <see cref="Parts"/>), directed (PacSum) centrality, and similarity to the opening and to the whole
/// document. Every feature is computed from sentence positions, word counts and the interned (lower-cased, stemmed)
/// terms, never from letter case, punctuation tokens or paragraph layout, so that no feature tells one data set's
/// formatting from another's.
/// </summary>
/// <remarks>
/// Positions count content sentences only (not headings, list items unless they are content
/// (<see cref="SentenceKinds.ContentListItems"/>), segments shorter than
/// <see cref="SummarizerOptions.MinSentenceWords"/> or a dateline), so that a headline, a byline, a dateline or page
/// furniture before a text does not move its lead. Paragraphs are left out on purpose: in the training data they identify the set (one paragraph per CNN/DailyMail
/// story, four or five per BBC article, exactly eight per review text), so a model would learn the set, not the text.
/// </remarks>
internal static class SentenceFeatures
{
    /// <summary>The feature names, in the order of a feature row; a model file lists the same names.</summary>
    public static readonly string[] Names =
    [
        "position",
        "relativePosition",
        "positionFromEnd",
        "contentSentences",
        "budgetShare",
        "budgetSentences",
        "words",
        "relativeWords",
        "contentTerms",
        "relativeIdf",
        "textRank",
        "textRankRank",
        "textRankDegree",
        "bm25PlusRank",
        "cosineRank",
        "cosineDegree",
        "forwardCentrality",
        "backwardCentrality",
        "similarityToFirst",
        "similarityToDocument",
        "maxSimilarityBefore",
        "maxSimilarity",
        "sharedTermShare",
        "openingTextRankRank",
        "openingSimilarityToDocument",
        "isHeadingOrListItem",
    ];

    /// <summary>The number of features a row holds.</summary>
    public static int Count => Names.Length;

    /// <summary>Computes the features of every sentence, row-major: sentence <c>i</c>'s are <c>[i * Count, (i + 1) * Count)</c>.</summary>
    public static float[] Compute(RankingContext context)
    {
        var rows = new float[context.SentenceCount * Count];
        Compute(context, rows, Parts.All);
        return rows;
    }

    /// <summary>The parts of the features that take a graph or a PageRank of their own, and are left out when no model reads them.</summary>
    [Flags]
    public enum Parts
    {
        /// <summary>Only the features of the TextRank graph, the TF-IDF vectors, position and length.</summary>
        None = 0,

        /// <summary>The cosine graph's degree, directed centrality and largest similarities.</summary>
        CosineGraph = 1,

        /// <summary>The PageRank of the cosine graph (<c>cosineRank</c>; takes the graph).</summary>
        CosineCentrality = 2,

        /// <summary>The BM25+ graph and its PageRank (<c>bm25PlusRank</c>).</summary>
        Bm25PlusCentrality = 4,

        /// <summary>Every feature.</summary>
        All = CosineGraph | CosineCentrality | Bm25PlusCentrality,
    }

    /// <summary>The parts whose features <paramref name="model"/> reads (its features must be <see cref="Names"/>).</summary>
    public static Parts PartsReadBy(RankingModel model)
    {
        Parts parts = Parts.None;
        foreach (int feature in (ReadOnlySpan<int>)[CosineDegree, ForwardCentrality, BackwardCentrality, MaxSimilarityBefore, MaxSimilarity])
        {
            parts |= model.Uses(feature) ? Parts.CosineGraph : Parts.None;
        }

        parts |= model.Uses(CosineRank) ? Parts.CosineGraph | Parts.CosineCentrality : Parts.None;
        parts |= model.Uses(BM25PlusRank) ? Parts.Bm25PlusCentrality : Parts.None;
        return parts;
    }

    /// <summary>Computes the features of every sentence into <paramref name="rows"/>, row-major: sentence <c>i</c>'s are <c>[i * Count, (i + 1) * Count)</c>.</summary>
    /// <remarks>
    /// Everything but the length and kind of a segment is computed on the content sentences alone (their own term
    /// matrix and graphs when the text has other segments), so that furniture around a text, which may share words
    /// with it ("share", "read", "summary"), changes none of its sentences' features. Other segments get the position
    /// of the next content sentence and no centrality.
    /// </remarks>
    /// <param name="context">The document.</param>
    /// <param name="rows">Where the rows go.</param>
    /// <param name="parts">
    /// The parts to compute. The features of the others are left at 0, unless a part computed builds the same graph (the
    /// BM25+ part builds the cosine graph too, as the three are built in one walk).
    /// </param>
    public static void Compute(RankingContext context, Span<float> rows, Parts parts)
    {
        int n = context.SentenceCount;
        int f = Count;
        Debug.Assert(rows.Length == n * f, "a row per sentence");
        int[] wordCounts = context.Terms.WordCounts;
        IReadOnlyList<SentenceSpan> sentences = context.Sentences;

        // Content sentences: not headings, list items or short segments (a text of short segments only: every one).
        bool[] contentArray = ArrayPool<bool>.Shared.Rent(n);
        int[] memberArray = ArrayPool<int>.Shared.Rent(2 * n);
        try
        {
            Span<bool> content = contentArray.AsSpan(0, n);
            int m = ContentSentences(context, content);

            // The content sentences in order (their rows are written in place), and their words.
            Span<int> members = memberArray.AsSpan(0, m);
            Span<int> words = memberArray.AsSpan(n, m);
            for (int s = 0, j = 0; s < n; s++)
            {
                if (content[s])
                {
                    members[j] = s;
                    words[j++] = wordCounts[s];
                }
            }

            // The content sentences' matrix is read here only (their graphs hold arrays of their own): rented.
            TermMatrix matrix = m == n ? context.Matrix : TermMatrix.RentSubset(context.Matrix, content);
            try
            {
                ComputeContent(context, matrix, words, members, rows, parts);
            }
            finally
            {
                if (!ReferenceEquals(matrix, context.Matrix))
                {
                    matrix.Return();
                }
            }

            // Budget: a sentence budget is a share of the content sentences; words, characters or tokens a share of the
            // text, where furniture weighs little.
            double share = context.Budget.Unit == BudgetUnit.Sentences ? Math.Min(1, context.Budget.Limit / m) : context.BudgetShare;
            for (int s = 0, j = 0; s < n; s++)
            {
                Span<float> row = rows.Slice(s * f, f);
                if (content[s])
                {
                    j++;
                }
                else
                {
                    // Position of the next content sentence, its own length, and the document-level values; no centrality.
                    int p = Math.Min(j, m - 1);
                    rows.Slice(members[p] * f, f).CopyTo(row);
                    row[Words] = wordCounts[s];
                    row[RelativeWords] = row[Words] / Math.Max(1e-6f, MeanOf(words));
                    row[ContentTerms] = context.Terms.TermsOf(s).Length;
                    row[TextRank..(SharedTermShare + 1)].Clear();
                    row[TextRankRank] = row[BM25PlusRank] = row[CosineRank] = 1;
                }

                row[BudgetShare] = (float)share;
                row[BudgetSentences] = (float)(share * m);
                row[IsHeadingOrListItem] = sentences[s].Kind == SentenceKind.Sentence ? 0 : 1;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(memberArray);
            ArrayPool<bool>.Shared.Return(contentArray);
        }
    }

    /// <summary>
    /// Marks the content sentences: not headings, list items, segments shorter than the minimum sentence length or a
    /// dateline read as a sentence (<see cref="Datelines.IsDateline"/>; in a text of such segments only, every segment).
    /// </summary>
    /// <returns>How many there are.</returns>
    internal static int ContentSentences(RankingContext context, Span<bool> content)
    {
        int[] lengths = context.Terms.SentenceLengths;
        IReadOnlyList<SentenceSpan> sentences = context.Sentences;
        int m = 0;
        bool[]? listItems = SentenceKinds.ContentListItems(context.Text, sentences, lengths, context.MinSentenceWords, context.Rules);
        for (int s = 0; s < content.Length; s++)
        {
            SentenceKind kind = sentences[s].Kind;
            content[s] = (kind == SentenceKind.Sentence || (kind == SentenceKind.ListItem && SentenceKinds.IsContentListItem(listItems, s)))
                && lengths[s] >= context.MinSentenceWords
                && !Datelines.IsDateline(context.Text, sentences, s, context.Rules);
            m += content[s] ? 1 : 0;
        }

        if (m == 0)
        {
            content.Fill(true);
            m = content.Length;
        }

        return m;
    }

    /// <summary>The similarities whose graphs give the centralities: TextRank's, the cosine and BM25+, in that order.</summary>
    private static readonly SentenceSimilarity[] s_centralities = [SentenceSimilarity.TextRank, SentenceSimilarity.Cosine, SentenceSimilarity.Bm25Plus];

    // Indices of the features the loop above sets itself.
    private const int Words = 6;
    private const int RelativeWords = 7;
    private const int ContentTerms = 8;
    private const int TextRank = 10;
    private const int TextRankRank = 11;
    private const int BM25PlusRank = 13;
    private const int CosineRank = 14;
    private const int CosineDegree = 15;
    private const int ForwardCentrality = 16;
    private const int BackwardCentrality = 17;
    private const int MaxSimilarityBefore = 20;
    private const int MaxSimilarity = 21;
    private const int SharedTermShare = 22;
    private const int BudgetShare = 4;
    private const int BudgetSentences = 5;
    private const int IsHeadingOrListItem = 25;

    private static float MeanOf(ReadOnlySpan<int> values)
    {
        double sum = 0;
        foreach (int v in values)
        {
            sum += v;
        }

        return values.Length > 0 ? (float)(sum / values.Length) : 0;
    }

    /// <summary>
    /// The features of the content sentences, over their own matrix: content sentence <c>j</c> (row <c>j</c> of
    /// <paramref name="matrix"/>) is written to the row of sentence <c>members[j]</c> of <paramref name="rows"/>.
    /// </summary>
    private static void ComputeContent(RankingContext context, TermMatrix matrix, ReadOnlySpan<int> wordCounts, ReadOnlySpan<int> members, Span<float> rows, Parts parts)
    {
        int n = matrix.SentenceCount;
        int f = Count;
        // Scratch from the pool: ten per-sentence columns, the unit TF-IDF entries, and the document vector, the IDFs
        // and the mean IDFs.
        float[] columns = ArrayPool<float>.Shared.Rent(10 * n);
        float[] unit = ArrayPool<float>.Shared.Rent(matrix.EntryCount);
        double[] sums = ArrayPool<double>.Shared.Rent((2 * matrix.TermCount) + n);
        try
        {
            columns.AsSpan(0, 10 * n).Clear();
            ComputeContent(context, matrix, wordCounts, members, rows, parts, columns, unit, sums);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
            ArrayPool<float>.Shared.Return(unit);
            ArrayPool<float>.Shared.Return(columns);
        }
    }

    private static void ComputeContent(
        RankingContext context, TermMatrix matrix, ReadOnlySpan<int> wordCounts, ReadOnlySpan<int> members, Span<float> rows, Parts parts, float[] columns, float[] unit, double[] sums)
    {
        int n = matrix.SentenceCount;
        int f = Count;
        Span<float> textRankRank = columns.AsSpan(0, n);
        Span<float> bm25Rank = columns.AsSpan(n, n);
        Span<float> cosineRank = columns.AsSpan(2 * n, n);
        Span<float> textRankDegree = columns.AsSpan(3 * n, n);
        Span<float> cosineDegree = columns.AsSpan(4 * n, n);
        Span<float> toDocument = columns.AsSpan(5 * n, n);
        Span<float> forward = columns.AsSpan(6 * n, n);
        Span<float> backward = columns.AsSpan(7 * n, n);
        Span<float> maxBefore = columns.AsSpan(8 * n, n);
        Span<float> maxAny = columns.AsSpan(9 * n, n);
        Span<double> document = sums.AsSpan(0, matrix.TermCount);
        Span<double> meanIdf = sums.AsSpan(matrix.TermCount, n);
        Span<double> idf = sums.AsSpan(matrix.TermCount + n, matrix.TermCount);

        // The graphs in one walk of the term pairs (TextRank's, and the cosine and BM25+ when their features are read),
        // and their PageRanks: the three in one loop when all are wanted.
        int graphCount = (parts & Parts.Bm25PlusCentrality) != 0 ? 3 : (parts & Parts.CosineGraph) != 0 ? 2 : 1;
        var graphs = new SentenceGraph[graphCount];
        context.GraphsOf(matrix, s_centralities.AsSpan(0, graphCount), graphs);
        SentenceGraph textRankGraph = graphs[0];
        SentenceGraph? cosineGraph = graphCount > 1 ? graphs[1] : null;
        double[] textRank;
        if (parts == Parts.All)
        {
            var centralities = new double[3][];
            PageRank.RankThree(graphs, 0.85, 1e-6, 100, centralities, context.CancellationToken);
            textRank = centralities[0];
            RelativeRanks(centralities[1], cosineRank);
            RelativeRanks(centralities[2], bm25Rank);
        }
        else
        {
            textRank = Centrality(textRankGraph, context.CancellationToken);
            if ((parts & Parts.CosineCentrality) != 0)
            {
                RelativeRanks(Centrality(graphs[1], context.CancellationToken), cosineRank);
            }

            if ((parts & Parts.Bm25PlusCentrality) != 0)
            {
                RelativeRanks(Centrality(graphs[2], context.CancellationToken), bm25Rank);
            }
        }

        RelativeRanks(textRank, textRankRank);
        Degrees(textRankGraph, textRankDegree);
        double textRankMean = Mean(textRank);

        // Unit TF-IDF rows, and the document's vector as the sum of the sentences'.
        document.Clear();
        TfIdf.Idf(matrix, idf);
        for (int s = 0; s < n; s++)
        {
            TfIdf.UnitRow(matrix, idf, s, unit);
            double idfSum = 0;
            int start = matrix.RowStarts[s];
            int end = matrix.RowStarts[s + 1];
            for (int e = start; e < end; e++)
            {
                idfSum += idf[matrix.Terms[e]];
                document[matrix.Terms[e]] += unit[e];
            }

            meanIdf[s] = end > start ? idfSum / (end - start) : 0;
        }

        double documentNorm = 0;
        foreach (double v in document)
        {
            documentNorm += v * v;
        }

        documentNorm = Math.Sqrt(documentNorm);
        double totalWords = 0;
        for (int s = 0; s < n; s++)
        {
            double dot = 0;
            for (int e = matrix.RowStarts[s]; e < matrix.RowStarts[s + 1]; e++)
            {
                dot += unit[e] * document[matrix.Terms[e]];
            }

            toDocument[s] = documentNorm > 0 ? (float)(dot / documentNorm) : 0;
            totalWords += wordCounts[s];
        }

        double meanIdfOfDocument = Mean(meanIdf);

        // Directed centrality over the cosine graph, without PacSum's threshold (the model finds its own use for it).
        for (int s = 0; cosineGraph is not null && s < n; s++)
        {
            ReadOnlySpan<int> neighbours = cosineGraph.NeighboursOf(s);
            ReadOnlySpan<float> weights = cosineGraph.WeightsOf(s);
            double after = 0;
            double before = 0;
            for (int k = 0; k < neighbours.Length; k++)
            {
                float w = weights[k];
                maxAny[s] = Math.Max(maxAny[s], w);
                if (neighbours[k] > s)
                {
                    after += w;
                }
                else
                {
                    before += w;
                    maxBefore[s] = Math.Max(maxBefore[s], w);
                }
            }

            forward[s] = (float)after;
            backward[s] = (float)before;
        }

        if (cosineGraph is not null)
        {
            Degrees(cosineGraph, cosineDegree);
            Normalize(forward);
            Normalize(backward);
        }

        double meanWords = n > 0 ? totalWords / n : 0;
        float openingRank = n > 0 ? textRankRank[0] : 0;
        float openingToDocument = n > 0 ? toDocument[0] : 0;
        for (int s = 0; s < n; s++)
        {
            int shared = 0;
            int start = matrix.RowStarts[s];
            int end = matrix.RowStarts[s + 1];
            for (int e = start; e < end; e++)
            {
                if (matrix.SentenceFrequency(matrix.Terms[e]) > 1)
                {
                    shared++;
                }
            }

            Span<float> row = rows.Slice(members[s] * f, f);
            int c = 0;
            row[c++] = s;
            row[c++] = n > 1 ? (float)s / (n - 1) : 0;
            row[c++] = n - 1 - s;
            row[c++] = n;
            c += 2; // the budget's share and sentences, set by the caller
            row[c++] = wordCounts[s];
            row[c++] = meanWords > 0 ? (float)(wordCounts[s] / meanWords) : 0;
            row[c++] = matrix.Lengths[s];
            row[c++] = meanIdfOfDocument > 0 ? (float)(meanIdf[s] / meanIdfOfDocument) : 0;
            row[c++] = textRankMean > 0 ? (float)(textRank[s] / textRankMean) : 0;
            row[c++] = textRankRank[s];
            row[c++] = textRankDegree[s];
            row[c++] = bm25Rank[s];
            row[c++] = cosineRank[s];
            row[c++] = cosineDegree[s];
            row[c++] = forward[s];
            row[c++] = backward[s];
            row[c++] = (float)SentenceSelector.Cosine(matrix, unit, s, 0);
            row[c++] = toDocument[s];
            row[c++] = maxBefore[s];
            row[c++] = maxAny[s];
            row[c++] = end > start ? (float)shared / (end - start) : 0;
            row[c++] = openingRank;
            row[c++] = openingToDocument;
            Debug.Assert(c == f - 1, "every feature but the kind is set here");
        }
    }

    /// <summary>The graph's PageRank scores, as <see cref="PageRank.RankThree"/> gives them.</summary>
    private static double[] Centrality(SentenceGraph graph, System.Threading.CancellationToken cancellationToken) =>
        PageRank.Rank(graph, 0.85, 1e-6, 100, cancellationToken).Scores;

    /// <summary>Each score's rank among the document's, as a fraction: 0 for the highest, ties to the earlier sentence.</summary>
    private static void RelativeRanks(double[] scores, Span<float> ranks)
    {
        int[] order = SentenceSelector.RankOrder(scores);
        float scale = scores.Length > 1 ? 1f / (scores.Length - 1) : 0;
        for (int r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r * scale;
        }
    }

    /// <summary>Each node's total edge weight over the document's largest.</summary>
    private static void Degrees(SentenceGraph graph, Span<float> degrees)
    {
        Debug.Assert(degrees.Length == graph.NodeCount, "a degree per node");
        for (int s = 0; s < degrees.Length; s++)
        {
            double sum = 0;
            foreach (float w in graph.WeightsOf(s))
            {
                sum += w;
            }

            degrees[s] = (float)sum;
        }

        Normalize(degrees);
    }

    /// <summary>Divides by the largest value (leaves the values alone when that is not positive).</summary>
    private static void Normalize(Span<float> values)
    {
        float max = 0;
        foreach (float v in values)
        {
            max = Math.Max(max, v);
        }

        if (max > 0)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] /= max;
            }
        }
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return values.Length > 0 ? sum / values.Length : 0;
    }
}
