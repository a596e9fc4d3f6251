using System;

namespace Summarizer;

/// <summary>
/// Options of an <see cref="ExtractiveSummarizer"/>. Immutable once built: set them with an object initializer, or vary
/// the defaults in one expression, <c>SummarizerOptions.Default with { KeywordCount = 5 }</c>. They are checked when a
/// summarizer is made from them.
/// </summary>
/// <remarks>
/// A record, so that <c>with</c> works; two option sets are equal when each property is (the budget by value, as
/// <see cref="SummaryBudget.Equals(SummaryBudget)"/> says; the ranker, splitter and similarity as those objects compare).
/// The defaults were chosen on the BBC and CNN/DailyMail dev sets only (the README's quality section has the figures
/// and the commands); one set of defaults serves both.
/// </remarks>
public sealed record SummarizerOptions
{
    /// <summary>The default options, shared.</summary>
    public static SummarizerOptions Default { get; } = new();

    /// <summary>How long a summary may be; three sentences by default.</summary>
    public SummaryBudget Budget { get; init; } = SummaryBudget.Default;

    /// <summary>
    /// The splitter that finds the sentences; null, the default, splits with the <see cref="Summarizer.Language.Splitter"/>
    /// of <see cref="Language"/> or, when that is null too, of the language guessed from each text. A splitter set here
    /// wins over the language's: it splits every text, whatever its language (which still chooses stop words and stemmer).
    /// </summary>
    public SentenceSplitter? Splitter { get; init; }

    /// <summary>
    /// The ranking stage: how sentences are scored (<see cref="SentenceRanker.Default"/> by default). Each ranker
    /// carries its own parameters (<see cref="PageRankRanker"/>, <see cref="PacSumRanker"/>).
    /// </summary>
    public SentenceRanker Ranker { get; init; } = SentenceRanker.Default;

    /// <summary>
    /// The edge weight of the sentence graph; <see cref="SentenceSimilarity.TextRank"/> by default (on the dev sets it
    /// beat BM25, BM25+ and TF-IDF cosine on BBC by 1-4 ROUGE-1 points and matched them on CNN/DailyMail).
    /// </summary>
    public SentenceSimilarity Similarity { get; init; } = SentenceSimilarity.TextRank;

    /// <summary>
    /// Background document frequencies for the IDF of the similarity (and of the query and redundancy weights stay
    /// per document); null, the default, uses the document's own sentence frequencies. They must count at least one
    /// document: over none, every term would get the same IDF (and every BM25 edge a weight of zero).
    /// </summary>
    public DocumentFrequencies? BackgroundFrequencies { get; init; }

    /// <summary>The default of <see cref="MaxEdgesPerSentence"/>.</summary>
    internal const int DefaultMaxEdgesPerSentence = 64;

    /// <summary>
    /// The long-input cap: each sentence keeps at most this many of its strongest edges (an edge stays when either end
    /// keeps it). 0 removes the cap. 64 by default, which news-length texts never reach. With this cap and
    /// <see cref="MaxTermSentences"/> both lifted, a graph links every pair of sentences that share a term and its memory
    /// grows with the square of the sentences: a text whose graph could then hold more than 33,554,432 edges (and more
    /// than this cap's default allows) is refused with <see cref="InvalidOperationException"/> when it is summarized,
    /// where it would otherwise take gigabytes.
    /// </summary>
    public int MaxEdgesPerSentence { get; init; } = DefaultMaxEdgesPerSentence;

    /// <summary>
    /// The long-input cap: terms held by more than this many sentences are skipped when linking sentences (too common
    /// to carry signal, and what makes pair counting quadratic). 0 removes the cap. 256 by default. See
    /// <see cref="MaxEdgesPerSentence"/> for a text summarized with both caps lifted.
    /// </summary>
    public int MaxTermSentences { get; init; } = 256;

    /// <summary>
    /// Redundancy control (MMR with a threshold): a sentence whose TF-IDF cosine with an already chosen sentence is
    /// above this is passed over. 1 turns it off.
    /// </summary>
    public double RedundancyThreshold { get; init; } = 0.6;

    /// <summary>
    /// Whether headings and list items may be chosen; false by default. A text with no sentence but them is summarized
    /// from them either way (its list items first, its headings only to fill a sentence count), and list items that hold
    /// more words than the text's sentences (a bill's lettered clauses, a listicle's long bullets) are chosen like
    /// sentences.
    /// </summary>
    public bool IncludeHeadingsAndListItems { get; init; }

    /// <summary>
    /// Sentences with fewer words than this are chosen only when a sentence-count budget cannot be filled otherwise,
    /// or under another budget when the text has no longer sentence (a review of short sentences under a budget of words);
    /// 6 by default. Short segments are rarely what a text is about, and on scraped pages they are often furniture
    /// ("No time to read?", "Share this"); on the dev sets 4, 6 and 8 score within 0.05 ROUGE of each other. A
    /// lead-in, a sentence that ends with a colon before what it announces ("The steps are:"), a caption ("Photo: ..."),
    /// a courtesy ("I hope this email finds you well."), a call to action ("Follow us on Twitter."), a call's procedure
    /// ("I would now like to turn the call over to Tom."), a review page's vote line ("12 people found this helpful"),
    /// the two parts of a sentence that a page break cut in text
    /// taken out of a PDF, the lines quoted under an e-mail reply's attribution ("On Mon, Oct 5, 2026, Jenna wrote:"), and
    /// back matter ("References", "About Acme", "Response from the owner") are likewise chosen only to fill a sentence
    /// count, whatever their length, or under another budget when nothing else is chosen. A transcript's speaker label
    /// ("Dana: ", "[00:00:12] Guest: ") is not counted: the length is what is said.
    /// </summary>
    public int MinSentenceWords { get; init; } = 6;

    /// <summary>Sentences with more words than this are never chosen; 0, the default, sets no maximum.</summary>
    public int MaxSentenceWords { get; init; }

    /// <summary>The order of the chosen sentences; reading order by default.</summary>
    public SummaryOrder Order { get; init; } = SummaryOrder.Reading;

    /// <summary>Whether <see cref="Summary.Ranking"/> lists every sentence with its score and rank; false by default.</summary>
    public bool IncludeRanking { get; init; }

    /// <summary>
    /// How many keyphrases <see cref="Summary.Keywords"/> holds at most (a short text may have fewer; in Chinese,
    /// Japanese, Korean and Thai only a phrase that recurs counts); 0, the default, extracts none.
    /// </summary>
    public int KeywordCount { get; init; }

    /// <summary>
    /// The language of the texts: it selects the sentence splitter (unless <see cref="Splitter"/> is set), the stop
    /// words and the stemmer together. Null, the default, guesses it per text with <see cref="Language.Detect(string)"/>,
    /// before splitting.
    /// </summary>
    public Language? Language { get; init; }

    /// <summary>The default of <see cref="MaxInputLength"/>: 16,777,216 UTF-16 code units (32 MB of text).</summary>
    public const int DefaultMaxInputLength = 16 * 1024 * 1024;

    /// <summary>
    /// The longest text (and query) a summarizer accepts, in UTF-16 code units; longer ones are refused with an
    /// <see cref="ArgumentException"/> before any work. 0 removes the limit. <see cref="DefaultMaxInputLength"/> by
    /// default: several whole novels, and a bound for a server that summarizes text it did not write: measured on 2
    /// cores, under 2 s and 300 MB for text of ordinary vocabulary, and up to 7 s and 0.8 GB peak for text whose every
    /// word is distinct (identifiers, hashes); a lower limit lowers both in proportion (docs/RELIABILITY.md).
    /// </summary>
    public int MaxInputLength { get; init; } = DefaultMaxInputLength;

    /// <summary>Throws when an option is missing, out of range, or contradicts another; the exception names the option.</summary>
    /// <exception cref="ArgumentNullException">The budget, the similarity or the ranker is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range, or the sentence-length bounds contradict each other.</exception>
    /// <exception cref="ArgumentException">The background frequencies count no documents.</exception>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Budget);
        ArgumentNullException.ThrowIfNull(Similarity);
        ArgumentNullException.ThrowIfNull(Ranker);
        if (BackgroundFrequencies is { DocumentCount: 0 })
        {
            throw new ArgumentException(
                "BackgroundFrequencies count no documents (built from an empty corpus, or loaded from a file that counts none): they would give every term the same IDF, and BM25 every edge a weight of zero; build them from at least one document, or leave them null to use the document's own sentence frequencies.",
                nameof(BackgroundFrequencies));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxEdgesPerSentence);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxTermSentences);
        ArgumentOutOfRangeException.ThrowIfNegative(KeywordCount);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxInputLength);
        ArgumentOutOfRangeException.ThrowIfNegative(MinSentenceWords);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxSentenceWords);
        if (MaxSentenceWords > 0 && MinSentenceWords > MaxSentenceWords)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxSentenceWords),
                MaxSentenceWords,
                $"MaxSentenceWords ({MaxSentenceWords}) is below MinSentenceWords ({MinSentenceWords}): no sentence could be chosen.");
        }

        if (!(RedundancyThreshold >= 0 && RedundancyThreshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(RedundancyThreshold), RedundancyThreshold, "RedundancyThreshold must be in [0, 1].");
        }

        if (!Enum.IsDefined(Order))
        {
            throw new ArgumentOutOfRangeException(nameof(Order), Order, "Order must be Reading or Score.");
        }
    }
}
