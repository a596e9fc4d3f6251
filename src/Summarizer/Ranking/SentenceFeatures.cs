using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Summarizer;

/// <summary>
/// The per-sentence features of the <see cref="LearnedRanker"/>: position, length, the budget's share of the text,
/// centrality under three similarities, directed (PacSum) centrality, and similarity to the opening and to the whole
/// document. Every feature is computed from sentence positions, word counts and the interned (lower-cased, stemmed)
/// terms, never from letter case, punctuation tokens or paragraph layout, so that no feature tells one data set's
/// formatting from another's.
/// </summary>
/// <remarks>
/// Positions count content sentences only (not headings, list items or segments shorter than
/// <see cref="SummarizerOptions.MinSentenceWords"/>), so that a headline, a byline or page furniture before a text
/// does not move its lead. Paragraphs are left out on purpose: in the training data they identify the set (one paragraph per CNN/DailyMail
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
    /// <remarks>
    /// Everything but the length and kind of a segment is computed on the content sentences alone (their own term
    /// matrix and graphs when the text has other segments), so that furniture around a text, which may share words
    /// with it ("share", "read", "summary"), changes none of its sentences' features. Other segments get the position
    /// of the next content sentence and no centrality.
    /// </remarks>
    public static float[] Compute(RankingContext context)
    {
        int n = context.SentenceCount;
        int f = Count;
        var rows = new float[n * f];
        int[] wordCounts = context.Terms.WordCounts;
        IReadOnlyList<SentenceSpan> sentences = context.Sentences;

        // Content sentences: not headings, list items or short segments (a text of short segments only: every one).
        var content = new bool[n];
        int m = 0;
        for (int s = 0; s < n; s++)
        {
            content[s] = sentences[s].Kind == SentenceKind.Sentence && wordCounts[s] >= context.MinSentenceWords;
            m += content[s] ? 1 : 0;
        }

        if (m == 0)
        {
            Array.Fill(content, true);
            m = n;
        }

        // The content sentences in order, and their words.
        var members = new int[m];
        var words = new int[m];
        for (int s = 0, j = 0; s < n; s++)
        {
            if (content[s])
            {
                members[j] = s;
                words[j++] = wordCounts[s];
            }
        }

        TermMatrix matrix = m == n ? context.Matrix : TermMatrix.Subset(context.Terms, content, context.CancellationToken);
        float[] contentRows = ComputeContent(context, matrix, words);

        // Budget: a sentence budget is a share of the content sentences; words, characters or tokens a share of the
        // text, where furniture weighs little.
        double share = context.Budget.Unit == BudgetUnit.Sentences ? Math.Min(1, context.Budget.Limit / m) : context.BudgetShare;
        for (int s = 0, j = 0; s < n; s++)
        {
            Span<float> row = rows.AsSpan(s * f, f);
            if (content[s])
            {
                contentRows.AsSpan(j * f, f).CopyTo(row);
                j++;
            }
            else
            {
                // Position of the next content sentence, its own length, and the document-level values; no centrality.
                int p = Math.Min(j, m - 1);
                contentRows.AsSpan(p * f, f).CopyTo(row);
                row[Words] = wordCounts[s];
                row[RelativeWords] = row[Words] / Math.Max(1e-6f, MeanOf(words));
                row[ContentTerms] = context.Terms.TermsOf(s).Length;
                for (int k = TextRank; k <= SharedTermShare; k++)
                {
                    row[k] = 0;
                }

                row[TextRankRank] = row[BM25PlusRank] = row[CosineRank] = 1;
            }

            row[BudgetShare] = (float)share;
            row[BudgetSentences] = (float)(share * m);
            row[IsHeadingOrListItem] = sentences[s].Kind == SentenceKind.Sentence ? 0 : 1;
        }

        return rows;
    }

    // Indices of the features the loop above sets itself.
    private const int Words = 6;
    private const int RelativeWords = 7;
    private const int ContentTerms = 8;
    private const int TextRank = 10;
    private const int TextRankRank = 11;
    private const int BM25PlusRank = 13;
    private const int CosineRank = 14;
    private const int SharedTermShare = 22;
    private const int BudgetShare = 4;
    private const int BudgetSentences = 5;
    private const int IsHeadingOrListItem = 25;

    private static float MeanOf(int[] values)
    {
        double sum = 0;
        foreach (int v in values)
        {
            sum += v;
        }

        return values.Length > 0 ? (float)(sum / values.Length) : 0;
    }

    /// <summary>The features of the content sentences, over their own matrix (rows of <paramref name="matrix"/>).</summary>
    private static float[] ComputeContent(RankingContext context, TermMatrix matrix, int[] wordCounts)
    {
        int n = matrix.SentenceCount;
        int f = Count;
        var rows = new float[n * f];
        SentenceGraph textRankGraph = context.GraphOf(matrix, SentenceSimilarity.TextRank);
        SentenceGraph cosineGraph = context.GraphOf(matrix, SentenceSimilarity.Cosine);
        SentenceGraph bm25Graph = context.GraphOf(matrix, SentenceSimilarity.Bm25Plus);
        double[] textRank = PageRank.Rank(textRankGraph, 0.85, 1e-6, 100, context.CancellationToken).Scores;
        double[] bm25 = PageRank.Rank(bm25Graph, 0.85, 1e-6, 100, context.CancellationToken).Scores;
        double[] cosine = PageRank.Rank(cosineGraph, 0.85, 1e-6, 100, context.CancellationToken).Scores;
        float[] textRankRank = RelativeRanks(textRank);
        float[] bm25Rank = RelativeRanks(bm25);
        float[] cosineRank = RelativeRanks(cosine);
        float[] textRankDegree = Degrees(textRankGraph);
        float[] cosineDegree = Degrees(cosineGraph);
        double textRankMean = Mean(textRank);

        // Unit TF-IDF rows, and the document's vector as the sum of the sentences'.
        var unit = new float[matrix.Terms.Length];
        var document = new double[matrix.TermCount];
        var meanIdf = new double[n];
        for (int s = 0; s < n; s++)
        {
            double squares = 0;
            double idfSum = 0;
            int start = matrix.RowStarts[s];
            int end = matrix.RowStarts[s + 1];
            for (int e = start; e < end; e++)
            {
                double w = TfIdf.Weight(matrix, e);
                unit[e] = (float)w;
                squares += w * w;
                idfSum += TfIdf.Idf(matrix, matrix.Terms[e]);
            }

            meanIdf[s] = end > start ? idfSum / (end - start) : 0;
            float inverse = squares > 0 ? (float)(1 / Math.Sqrt(squares)) : 0;
            for (int e = start; e < end; e++)
            {
                unit[e] *= inverse;
                document[matrix.Terms[e]] += unit[e];
            }
        }

        double documentNorm = 0;
        foreach (double v in document)
        {
            documentNorm += v * v;
        }

        documentNorm = Math.Sqrt(documentNorm);
        var toDocument = new float[n];
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
        var forward = new float[n];
        var backward = new float[n];
        var maxBefore = new float[n];
        var maxAny = new float[n];
        for (int s = 0; s < n; s++)
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

        Normalize(forward);
        Normalize(backward);

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

            Span<float> row = rows.AsSpan(s * f, f);
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

        return rows;
    }

    /// <summary>Each score's rank among the document's, as a fraction: 0 for the highest, ties to the earlier sentence.</summary>
    private static float[] RelativeRanks(double[] scores)
    {
        int[] order = SentenceSelector.RankOrder(scores);
        var ranks = new float[scores.Length];
        float scale = scores.Length > 1 ? 1f / (scores.Length - 1) : 0;
        for (int r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r * scale;
        }

        return ranks;
    }

    /// <summary>Each node's total edge weight over the document's largest.</summary>
    private static float[] Degrees(SentenceGraph graph)
    {
        var degrees = new float[graph.NodeCount];
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
        return degrees;
    }

    /// <summary>Divides by the largest value (leaves the values alone when that is not positive).</summary>
    private static void Normalize(float[] values)
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

    private static double Mean(double[] values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return values.Length > 0 ? sum / values.Length : 0;
    }
}
