using System;

namespace Summarizer;

/// <summary>Options of an <see cref="ExtractiveSummarizer"/>. Immutable once built; set them with object initializers.</summary>
/// <remarks>
/// The defaults were chosen on the BBC and CNN/DailyMail dev sets only (the README's quality section has the figures
/// and the commands); one set of defaults serves both.
/// </remarks>
public sealed class SummarizerOptions
{
    /// <summary>The default options, shared.</summary>
    public static SummarizerOptions Default { get; } = new();

    /// <summary>How long a summary may be; three sentences by default.</summary>
    public SummaryBudget Budget { get; init; } = SummaryBudget.Default;

    /// <summary>The splitter that finds the sentences; <see cref="SentenceSplitter.Default"/> by default.</summary>
    public SentenceSplitter Splitter { get; init; } = SentenceSplitter.Default;

    /// <summary>The ranking algorithm; <see cref="RankingAlgorithm.PageRank"/> by default.</summary>
    public RankingAlgorithm Algorithm { get; init; } = RankingAlgorithm.PageRank;

    /// <summary>
    /// The edge weight of the sentence graph; <see cref="SentenceSimilarity.TextRank"/> by default (on the dev sets it
    /// beat BM25, BM25+ and TF-IDF cosine on BBC by 1-4 ROUGE-1 points and matched them on CNN/DailyMail).
    /// </summary>
    public SentenceSimilarity Similarity { get; init; } = SentenceSimilarity.TextRank;

    /// <summary>
    /// Background document frequencies for the IDF of the similarity (and of the query and redundancy weights stay
    /// per document); null, the default, uses the document's own sentence frequencies.
    /// </summary>
    public DocumentFrequencies? BackgroundFrequencies { get; init; }

    /// <summary>The PageRank damping factor, in (0, 1); 0.85 by default.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>PageRank stops when the L1 change of the scores falls below this; 1e-6 by default.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>PageRank stops after this many iterations even if it has not converged; 100 by default.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// The position prior of PageRank's personalization: sentence <c>i</c> (from 0) gets teleport weight proportional
    /// to <c>(i + 1)^-PositionBias</c>, so earlier sentences are favoured throughout the ranking. 0, the default, turns
    /// it off: the lead is favoured by <see cref="LeadWeight"/> instead, which the dev sets preferred (a prior strong
    /// enough to match the lead on CNN/DailyMail cost 2-3 ROUGE-1 points on BBC for each point it gained there, and on
    /// a novel returns little but the opening sentences).
    /// </summary>
    public double PositionBias { get; init; }

    /// <summary>
    /// The lead weight of PageRank scores: when the budget is a small share of the text, the score of sentence
    /// <c>i</c> (from 0) is multiplied by <c>1 + LeadWeight * exp(-i / LeadDecay) * s</c>, where <c>s</c> is 1 when
    /// the budget is at most 12% of the text (in the budget's own unit: sentences, words, characters or tokens), 0
    /// from 25% on and linear between (<see cref="SummaryDiagnostics.LeadStrength"/> reports it). A short digest of a
    /// news text is its lead; a longer abridgement is its central content. 0 turns it off; 2 by default. Not applied
    /// with a query or with <see cref="RankingAlgorithm.PacSum"/>, which has its own position weighting.
    /// </summary>
    /// <remarks>
    /// On the dev sets (ROUGE-1.5.5 ROUGE-1 F1): CNN/DailyMail, 3 sentences, 41.38 (37.97 with 0, Lead-3 41.21);
    /// BBC, 3 sentences, 59.09 (61.82 with 0, Lead-3 46.04); BBC with as many sentences as the reference (about 43% of
    /// the text, so no weight) 83.20.
    /// </remarks>
    public double LeadWeight { get; init; } = 2.0;

    /// <summary>
    /// How fast the lead weight fades with the position, in sentences: the boost of sentence <c>i</c> is
    /// <c>exp(-i / LeadDecay)</c> of the first sentence's. Positive; 8 by default.
    /// </summary>
    public double LeadDecay { get; init; } = 8.0;

    /// <summary>
    /// How strongly a query steers the ranking, in [0, 1]: the share of the personalization given to sentences by
    /// their TF-IDF cosine with the query (the rest follows the position prior); 0.8 by default.
    /// </summary>
    public double QueryWeight { get; init; } = 0.8;

    /// <summary>PacSum: the weight of edges to later sentences; 1 by default.</summary>
    public double PacSumForwardWeight { get; init; } = 1.0;

    /// <summary>PacSum: the weight of edges to earlier sentences (negative penalizes repeating what came before); -2 by default.</summary>
    public double PacSumBackwardWeight { get; init; } = -2.0;

    /// <summary>PacSum: edge weights below <c>min + beta (max - min)</c> are dropped and the rest shifted down by it, in [0, 1); 0.6 by default.</summary>
    public double PacSumThreshold { get; init; } = 0.6;

    /// <summary>
    /// The long-input cap: each sentence keeps at most this many of its strongest edges (an edge stays when either end
    /// keeps it). 0 removes the cap. 64 by default, which news-length texts never reach.
    /// </summary>
    public int MaxEdgesPerSentence { get; init; } = 64;

    /// <summary>
    /// The long-input cap: terms held by more than this many sentences are skipped when linking sentences (too common
    /// to carry signal, and what makes pair counting quadratic). 0 removes the cap. 256 by default.
    /// </summary>
    public int MaxTermSentences { get; init; } = 256;

    /// <summary>
    /// Redundancy control (MMR with a threshold): a sentence whose TF-IDF cosine with an already chosen sentence is
    /// above this is passed over. 1 turns it off.
    /// </summary>
    public double RedundancyThreshold { get; init; } = 0.6;

    /// <summary>Whether headings and list items may be chosen; false by default.</summary>
    public bool IncludeHeadingsAndListItems { get; init; }

    /// <summary>
    /// Sentences with fewer words than this are chosen only when a sentence-count budget cannot be filled otherwise;
    /// 6 by default. Short segments are rarely what a text is about, and on scraped pages they are often furniture
    /// ("No time to read?", "Share this"); on the dev sets 4, 6 and 8 score within 0.05 ROUGE of each other.
    /// </summary>
    public int MinSentenceWords { get; init; } = 6;

    /// <summary>Sentences with more words than this are never chosen; 0, the default, sets no maximum.</summary>
    public int MaxSentenceWords { get; init; }

    /// <summary>The order of the chosen sentences; reading order by default.</summary>
    public SummaryOrder Order { get; init; } = SummaryOrder.Reading;

    /// <summary>Whether <see cref="Summary.Ranking"/> lists every sentence with its score and rank; false by default.</summary>
    public bool IncludeRanking { get; init; }

    /// <summary>How many keyphrases <see cref="Summary.Keywords"/> holds; 0, the default, extracts none.</summary>
    public int KeywordCount { get; init; }

    /// <summary>The language of the texts (stop words, stemmer); null, the default, guesses it per text.</summary>
    public Language? Language { get; init; }

    /// <summary>The default of <see cref="MaxInputLength"/>: 16,777,216 UTF-16 code units (32 MB of text).</summary>
    public const int DefaultMaxInputLength = 16 * 1024 * 1024;

    /// <summary>
    /// The longest text (and query) a summarizer accepts, in UTF-16 code units; longer ones are refused with an
    /// <see cref="ArgumentException"/> before any work. 0 removes the limit. <see cref="DefaultMaxInputLength"/> by
    /// default: several whole novels, and at most a few seconds and a few hundred megabytes on any input (see
    /// docs/RELIABILITY.md), so that a server that summarizes text it did not write has a bound.
    /// </summary>
    public int MaxInputLength { get; init; } = DefaultMaxInputLength;

    /// <summary>Throws when the options are inconsistent.</summary>
    /// <exception cref="ArgumentException">An option is out of range or missing.</exception>
    internal void Validate()
    {
        if (Budget is null || Splitter is null || Similarity is null)
        {
            throw new ArgumentException("The budget, the splitter and the similarity must be set.");
        }

        if (!(Damping > 0 && Damping < 1))
        {
            throw new ArgumentException($"Damping must be in (0, 1), not {Damping}.");
        }

        if (!(Tolerance > 0) || MaxIterations < 1 || MinSentenceWords < 0 || MaxSentenceWords < 0)
        {
            throw new ArgumentException("Tolerance must be positive, MaxIterations at least 1 and the sentence lengths not negative.");
        }

        if (!(PositionBias >= 0) || double.IsInfinity(PositionBias) || !(QueryWeight >= 0 && QueryWeight <= 1))
        {
            throw new ArgumentException("PositionBias must be finite and not negative, QueryWeight in [0, 1].");
        }

        if (!(LeadWeight >= 0) || double.IsInfinity(LeadWeight) || !(LeadDecay > 0) || double.IsInfinity(LeadDecay))
        {
            throw new ArgumentException("LeadWeight must be finite and not negative, LeadDecay finite and positive.");
        }

        if (!double.IsFinite(PacSumForwardWeight) || !double.IsFinite(PacSumBackwardWeight) || !(PacSumThreshold >= 0 && PacSumThreshold < 1))
        {
            throw new ArgumentException("The PacSum weights must be finite and the threshold in [0, 1).");
        }

        if (MaxEdgesPerSentence < 0 || MaxTermSentences < 0 || KeywordCount < 0 || MaxInputLength < 0 || !(RedundancyThreshold >= 0 && RedundancyThreshold <= 1))
        {
            throw new ArgumentException("The caps, the maximum input length and the keyword count must not be negative, the redundancy threshold in [0, 1].");
        }

        if (!Enum.IsDefined(Algorithm) || !Enum.IsDefined(Order))
        {
            throw new ArgumentException("Unknown algorithm or order.");
        }
    }
}
