using System;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer;

/// <summary>
/// What the pipeline knows of one document when it ranks its sentences: the text and its sentences (with kinds and
/// paragraphs), word counts, content terms as ids, the sentence graph of the summarizer's similarity, the budget and
/// its share of the text, and the query. Made by the <see cref="ExtractiveSummarizer"/> for one call; what a ranker
/// asks for is computed once, on first use.
/// </summary>
public sealed class RankingContext
{
    private readonly SummarizerOptions _options;
    // Most rankers ask for one graph, some for two or three: a short list, searched by reference.
    private readonly List<(SentenceSimilarity Similarity, SentenceGraph Graph)> _graphs = new(1);

    // Graphs over a subset of the sentences (the learned ranker's content sentences), for the diagnostics.
    private readonly List<(SentenceSimilarity Similarity, SentenceGraph Graph)> _subsetGraphs = [];
    private TermStatistics? _statistics;
    private double? _budgetShare;
    private double[]? _queryRelevance;

    internal RankingContext(
        string text,
        IReadOnlyList<SentenceSpan> sentences,
        DocumentTerms terms,
        TermMatrix matrix,
        SummarizerOptions options,
        SummaryBudget budget,
        string? query,
        SplittingRules rules,
        CancellationToken cancellationToken)
    {
        Rules = rules;
        Text = text;
        Sentences = sentences;
        Terms = terms;
        Matrix = matrix;
        _options = options;
        Budget = budget;
        Query = string.IsNullOrWhiteSpace(query) ? null : query;
        CancellationToken = cancellationToken;
    }

    /// <summary>The whole input text.</summary>
    public string Text { get; }

    /// <summary>The sentences (and headings and list items) of the text, in order, with their kinds and paragraphs.</summary>
    public IReadOnlyList<SentenceSpan> Sentences { get; }

    /// <summary>The number of sentences.</summary>
    public int SentenceCount => Sentences.Count;

    /// <summary>The language the text is read in: the caller's, or the guessed one.</summary>
    public Language Language => Terms.Language;

    /// <summary>How long the summary may be.</summary>
    public SummaryBudget Budget { get; }

    /// <summary>
    /// The budget's share of the whole text in the budget's own unit, in [0, 1]: 3 sentences of 30 is 0.1; words,
    /// characters and tokens are counted over the text (tokens of a very long text are estimated from its start).
    /// </summary>
    public double BudgetShare => _budgetShare ??= Budget.ShareOf(Text, Sentences, Terms.WordCounts);

    /// <summary>What the reader is looking for; null for a generic summary.</summary>
    public string? Query { get; }

    /// <summary>Cancels the work; a long ranking observes it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The similarity the summarizer's sentence graph is weighted with.</summary>
    public SentenceSimilarity Similarity => _options.Similarity;

    /// <summary>The number of distinct content terms of the document; term ids run from 0 to this, exclusive.</summary>
    public int TermCount => Matrix.TermCount;

    /// <summary>The number of undirected edges of the sentence graph of <see cref="Similarity"/>.</summary>
    public int EdgeCount => Graph.EdgeCount;

    internal DocumentTerms Terms { get; }

    /// <summary>The splitting rules of the text's language (its months, for <see cref="Datelines.IsDateline"/>).</summary>
    internal SplittingRules Rules { get; }

    /// <summary>Segments with fewer words than this are not content (the options' <see cref="SummarizerOptions.MinSentenceWords"/>).</summary>
    internal int MinSentenceWords => _options.MinSentenceWords;

    internal TermMatrix Matrix { get; }

    /// <summary>The graph of the summarizer's similarity.</summary>
    internal SentenceGraph Graph => GraphOf(_options.Similarity);

    /// <summary>Whether the long-input cap changed a graph built so far.</summary>
    internal bool CapApplied
    {
        get
        {
            return _graphs.Exists(g => g.Graph.CapApplied) || _subsetGraphs.Exists(g => g.Graph.CapApplied);
        }
    }

    /// <summary>
    /// The edge count the summary reports: of the graph of <see cref="Similarity"/> the ranking used, the one over
    /// every segment when it was built, else the one over the subset a ranker built it for (the learned ranker's
    /// content sentences), so that the diagnostics do not build a graph the ranking did not need; the graph over every
    /// segment when neither was built.
    /// </summary>
    internal int ReportedEdgeCount
    {
        get
        {
            return Built(_graphs) ?? Built(_subsetGraphs) ?? EdgeCount;

            int? Built(List<(SentenceSimilarity Similarity, SentenceGraph Graph)> graphs)
            {
                foreach ((SentenceSimilarity similarity, SentenceGraph graph) in graphs)
                {
                    if (ReferenceEquals(similarity, _options.Similarity))
                    {
                        return graph.EdgeCount;
                    }
                }

                return null;
            }
        }
    }

    /// <summary>The number of words (and numbers) of sentence <paramref name="sentence"/>, stop words included.</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns>The word count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentence"/> is not a sentence index.</exception>
    public int WordCountOf(int sentence)
    {
        CheckSentence(sentence);
        return Terms.WordCounts[sentence];
    }

    /// <summary>The content terms of sentence <paramref name="sentence"/> as ids, in order of occurrence (stop words left out, stems interned).</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns>The term ids.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentence"/> is not a sentence index.</exception>
    public ReadOnlySpan<int> TermsOf(int sentence)
    {
        CheckSentence(sentence);
        return Terms.TermsOf(sentence);
    }

    /// <summary>The neighbours of sentence <paramref name="sentence"/> in the sentence graph, ascending.</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns>The neighbours' indices, parallel to <see cref="EdgeWeightsOf(int)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentence"/> is not a sentence index.</exception>
    public ReadOnlySpan<int> NeighboursOf(int sentence)
    {
        CheckSentence(sentence);
        return Graph.NeighboursOf(sentence);
    }

    /// <summary>The weights of the edges of sentence <paramref name="sentence"/>, parallel to <see cref="NeighboursOf(int)"/>.</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns>The edge weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentence"/> is not a sentence index.</exception>
    public ReadOnlySpan<float> EdgeWeightsOf(int sentence)
    {
        CheckSentence(sentence);
        return Graph.WeightsOf(sentence);
    }

    /// <summary>
    /// How near each sentence is to <see cref="Query"/>: the cosine of TF-IDF vectors over the document's terms, in
    /// [0, 1]; all zero when there is no query.
    /// </summary>
    public ReadOnlySpan<double> QueryRelevance => _queryRelevance ??= Query is null
        ? new double[SentenceCount]
        : Summarizer.QueryRelevance.Compute(Query, Terms, Matrix);

    /// <summary>The relevance array itself, or null when there is no query (the built-in rankers skip the work then).</summary>
    internal double[]? QueryRelevanceOrNull => Query is null ? null : (_queryRelevance ??= Summarizer.QueryRelevance.Compute(Query, Terms, Matrix));

    /// <summary>The sentence graph of <paramref name="similarity"/>, built on first use under the summarizer's caps.</summary>
    internal SentenceGraph GraphOf(SentenceSimilarity similarity)
    {
        if (Known(similarity) is { } known)
        {
            return known;
        }

        _statistics ??= TermStatistics.Create(Matrix, Terms, _options.BackgroundFrequencies);
        SentenceGraph graph = BuildGraph(Matrix, _statistics.Value, similarity);
        _graphs.Add((similarity, graph));
        return graph;
    }

    /// <summary>
    /// The graph of <paramref name="similarity"/> over the sentences of <paramref name="matrix"/> (this document's, or a
    /// subset of them), under the summarizer's caps.
    /// </summary>
    internal SentenceGraph GraphOf(TermMatrix matrix, SentenceSimilarity similarity)
    {
        if (ReferenceEquals(matrix, Matrix))
        {
            return GraphOf(similarity);
        }

        SentenceGraph graph = BuildGraph(matrix, TermStatistics.Create(matrix, Terms, _options.BackgroundFrequencies), similarity);
        _subsetGraphs.Add((similarity, graph));
        return graph;
    }

    /// <summary>
    /// The graphs of <paramref name="similarities"/> over the sentences of <paramref name="matrix"/> (this document's, or
    /// a subset of them), into <paramref name="graphs"/>: those not built yet are built together, in one walk of the
    /// matrix's inverted index, and are the same graphs as <see cref="GraphOf(TermMatrix, SentenceSimilarity)"/> builds.
    /// </summary>
    internal void GraphsOf(TermMatrix matrix, ReadOnlySpan<SentenceSimilarity> similarities, Span<SentenceGraph> graphs)
    {
        bool whole = ReferenceEquals(matrix, Matrix);
        int missing = 0;
        Span<int> build = stackalloc int[similarities.Length];
        for (int k = 0; k < similarities.Length; k++)
        {
            SentenceGraph? known = whole ? Known(similarities[k]) : null;
            if (known is null)
            {
                build[missing++] = k;
            }
            else
            {
                graphs[k] = known;
            }
        }

        if (missing == 0)
        {
            return;
        }

        TermStatistics statistics = whole
            ? _statistics ??= TermStatistics.Create(Matrix, Terms, _options.BackgroundFrequencies)
            : TermStatistics.Create(matrix, Terms, _options.BackgroundFrequencies);
        var toBuild = new SentenceSimilarity[missing];
        var weights = new SimilarityWeights[missing];
        var built = new SentenceGraph[missing];
        for (int k = 0; k < missing; k++)
        {
            toBuild[k] = similarities[build[k]];
            weights[k] = toBuild[k].Weigh(matrix, statistics);
        }

        SentenceGraphBuilder.BuildAll(matrix, toBuild, weights, _options.MaxEdgesPerSentence, _options.MaxTermSentences, built, CancellationToken);
        for (int k = 0; k < missing; k++)
        {
            graphs[build[k]] = built[k];
            (whole ? _graphs : _subsetGraphs).Add((toBuild[k], built[k]));
        }
    }

    private SentenceGraph? Known(SentenceSimilarity similarity)
    {
        foreach ((SentenceSimilarity known, SentenceGraph built) in _graphs)
        {
            if (ReferenceEquals(known, similarity))
            {
                return built;
            }
        }

        return null;
    }

    private SentenceGraph BuildGraph(TermMatrix matrix, TermStatistics statistics, SentenceSimilarity similarity)
    {
        SimilarityWeights weights = similarity.Weigh(matrix, statistics);
        return SentenceGraphBuilder.Build(matrix, similarity, weights, _options.MaxEdgesPerSentence, _options.MaxTermSentences, CancellationToken);
    }

    private void CheckSentence(int sentence)
    {
        if ((uint)sentence >= (uint)SentenceCount)
        {
            throw new ArgumentOutOfRangeException(nameof(sentence), sentence, $"The document has {SentenceCount} sentences.");
        }
    }
}
