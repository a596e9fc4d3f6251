using System;
using System.Collections.Generic;
using System.Numerics;

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
    public static float[] Compute(RankingContext context)
    {
        int n = context.SentenceCount;
        int f = Count;
        var rows = new float[n * f];
        TermMatrix matrix = context.Matrix;
        int[] wordCounts = context.Terms.WordCounts;
        IReadOnlyList<SentenceSpan> sentences = context.Sentences;

        // Content sentences (not headings, list items or short segments) set every scale: positions, ranks, means and
        // maxima are taken over them, so that furniture around a text changes none of its sentences' features.
        var content = new bool[n];
        var position = new int[n];
        int contentCount = 0;
        int opening = -1;
        for (int s = 0; s < n; s++)
        {
            position[s] = contentCount;
            content[s] = sentences[s].Kind == SentenceKind.Sentence && wordCounts[s] >= context.MinSentenceWords;
            if (content[s])
            {
                opening = opening < 0 ? s : opening;
                contentCount++;
            }
        }

        // A text of short segments only: every segment counts, as selection then takes them too.
        if (contentCount == 0)
        {
            Array.Fill(content, true);
            for (int s = 0; s < n; s++)
            {
                position[s] = s;
            }

            contentCount = n;
            opening = 0;
        }

        SentenceGraph textRankGraph = context.GraphOf(SentenceSimilarity.TextRank);
        SentenceGraph cosineGraph = context.GraphOf(SentenceSimilarity.Cosine);
        SentenceGraph bm25Graph = context.GraphOf(SentenceSimilarity.Bm25Plus);
        double[] textRank = PageRank.Rank(textRankGraph, 0.85, 1e-6, 100, context.CancellationToken).Scores;
        double[] bm25 = PageRank.Rank(bm25Graph, 0.85, 1e-6, 100, context.CancellationToken).Scores;
        double[] cosine = PageRank.Rank(cosineGraph, 0.85, 1e-6, 100, context.CancellationToken).Scores;
        float[] textRankRank = RelativeRanks(textRank, content);
        float[] bm25Rank = RelativeRanks(bm25, content);
        float[] cosineRank = RelativeRanks(cosine, content);
        float[] textRankDegree = Degrees(textRankGraph, content);
        float[] cosineDegree = Degrees(cosineGraph, content);
        double textRankMean = MeanOver(textRank, content);

        // Unit TF-IDF rows, and the document's vector as the sum of the sentences'.
        var unit = new float[matrix.Terms.Length];
        var document = new double[matrix.TermCount];
        var meanIdf = new float[n];
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

            meanIdf[s] = end > start ? (float)(idfSum / (end - start)) : 0;
            float inverse = squares > 0 ? (float)(1 / Math.Sqrt(squares)) : 0;
            for (int e = start; e < end; e++)
            {
                unit[e] *= inverse;
                if (content[s])
                {
                    document[matrix.Terms[e]] += unit[e];
                }
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
            totalWords += content[s] ? wordCounts[s] : 0;
        }

        double meanIdfOfContent = MeanOver(meanIdf, content);

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

        Normalize(forward, content);
        Normalize(backward, content);

        // A segment that is not content takes the position of the next content sentence.
        int m = Math.Max(contentCount, 1);
        double meanWords = totalWords / m;

        // A sentence budget is a share of the content sentences; a budget in words, characters or tokens is a share
        // of the text, where furniture weighs little.
        double share = context.Budget.Unit == BudgetUnit.Sentences ? Math.Min(1, context.Budget.Limit / m) : context.BudgetShare;
        float openingRank = n > 0 ? textRankRank[opening] : 0;
        float openingToDocument = n > 0 ? toDocument[opening] : 0;
        for (int s = 0; s < n; s++)
        {
            int p = Math.Min(position[s], m - 1);
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
            row[c++] = p;
            row[c++] = m > 1 ? (float)p / (m - 1) : 0;
            row[c++] = m - 1 - p;
            row[c++] = m;
            row[c++] = (float)share;
            row[c++] = (float)(share * m);
            row[c++] = wordCounts[s];
            row[c++] = meanWords > 0 ? (float)(wordCounts[s] / meanWords) : 0;
            row[c++] = end - start;
            row[c++] = meanIdfOfContent > 0 ? (float)(meanIdf[s] / meanIdfOfContent) : 0;
            row[c++] = textRankMean > 0 ? (float)(textRank[s] / textRankMean) : 0;
            row[c++] = textRankRank[s];
            row[c++] = textRankDegree[s];
            row[c++] = bm25Rank[s];
            row[c++] = cosineRank[s];
            row[c++] = cosineDegree[s];
            row[c++] = forward[s];
            row[c++] = backward[s];
            row[c++] = (float)SentenceSelector.Cosine(matrix, unit, s, opening);
            row[c++] = toDocument[s];
            row[c++] = maxBefore[s];
            row[c++] = maxAny[s];
            row[c++] = end > start ? (float)shared / (end - start) : 0;
            row[c++] = openingRank;
            row[c++] = openingToDocument;
            row[c++] = sentences[s].Kind == SentenceKind.Sentence ? 0 : 1;
        }

        return rows;
    }

    /// <summary>
    /// Each content sentence's rank among the content sentences by score, as a fraction: 0 for the highest, ties to the
    /// earlier sentence; other segments rank 1.
    /// </summary>
    private static float[] RelativeRanks(double[] scores, bool[] content)
    {
        int[] order = SentenceSelector.RankOrder(scores);
        var ranks = new float[scores.Length];
        Array.Fill(ranks, 1f);
        int count = 0;
        foreach (bool c in content)
        {
            count += c ? 1 : 0;
        }

        float scale = count > 1 ? 1f / (count - 1) : 0;
        int r = 0;
        foreach (int s in order)
        {
            if (content[s])
            {
                ranks[s] = r++ * scale;
            }
        }

        return ranks;
    }

    /// <summary>Each node's total edge weight over the largest of a content sentence.</summary>
    private static float[] Degrees(SentenceGraph graph, bool[] content)
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

        Normalize(degrees, content);
        return degrees;
    }

    /// <summary>Divides by the largest value of a content sentence (leaves the values alone when that is not positive).</summary>
    private static void Normalize(float[] values, bool[] content)
    {
        float max = 0;
        for (int i = 0; i < values.Length; i++)
        {
            max = content[i] ? Math.Max(max, values[i]) : max;
        }

        if (max > 0)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] /= max;
            }
        }
    }

    /// <summary>The mean over the content sentences.</summary>
    private static double MeanOver<T>(T[] values, bool[] content)
        where T : INumberBase<T>
    {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (content[i])
            {
                sum += double.CreateTruncating(values[i]);
                count++;
            }
        }

        return count > 0 ? sum / count : 0;
    }
}
