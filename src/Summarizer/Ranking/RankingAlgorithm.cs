namespace Summarizer;

/// <summary>How sentences are ranked on the sentence graph.</summary>
public enum RankingAlgorithm
{
    /// <summary>Weighted PageRank by power iteration, personalized by the position prior and the query.</summary>
    PageRank = 0,

    /// <summary>
    /// Position-aware directed centrality in the manner of PacSum (Zheng &amp; Lapata 2019): edges to later sentences
    /// and to earlier ones weighted differently.
    /// </summary>
    PacSum = 1,
}
