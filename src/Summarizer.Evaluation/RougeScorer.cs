using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer.Evaluation;

/// <summary>
/// Scores a candidate summary against one or several references with ROUGE-N, ROUGE-L and ROUGE-Lsum, with the
/// semantics of <c>rouge_score</c> or of <c>ROUGE-1.5.5.pl</c> (see <see cref="RougeMode"/>).
/// </summary>
/// <remarks>
/// Texts are sentences, one a line. Tokens are interned into integer ids in a vocabulary owned by the scorer (so
/// each distinct word is normalized and stemmed once); scoring then works on id arrays: clipped n-gram counts in a
/// hash keyed by n-gram position, LCS with a rolling row, union LCS with one pooled table. A scorer is safe to use
/// from several threads at once.
/// <para>
/// Both reference implementations read only the ASCII letters and digits of a text, and so does this scorer in both
/// modes: a word in another script (Cyrillic, Greek, Arabic, CJK...) is no token, and a summary in such a language
/// scores 0 against its own reference; an accented letter separates tokens ("café" reads as "caf"). ROUGE figures of
/// this scorer compare English (or ASCII-transliterated) texts.
/// </para>
/// </remarks>
public sealed partial class RougeScorer
{
    private readonly RougeMode _mode;
    private readonly bool _stem;
    private readonly int[] _orders;
    private readonly int _wordLimit;
    private readonly int _byteLimit;
    private readonly FrozenSet<string>? _stopWords;
    private readonly ConcurrentDictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly ConcurrentDictionary<string, int> _formIds = new(StringComparer.Ordinal);
    private int _lastFormId = -1;

    private RougeScorer(RougeOptions options, int[] orders)
    {
        Options = options;
        _mode = options.Mode;
        _stem = options.Stem;
        _orders = orders;
        _wordLimit = options.WordLimit;
        _byteLimit = options.ByteLimit;
        _stopWords = options.StopWords is null ? null : FrozenSet.ToFrozenSet(options.StopWords, StringComparer.Ordinal);
        _tokenLookup = _tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The options the scorer was created with.</summary>
    public RougeOptions Options { get; }

    /// <summary>Creates a scorer.</summary>
    /// <param name="options">The options; <see cref="RougeOptions.Default"/> when null.</param>
    /// <returns>A scorer for those options.</returns>
    /// <exception cref="ArgumentException">
    /// <see cref="RougeOptions.NGramOrders"/> is empty or holds an order below 1; <see cref="RougeOptions.Mode"/>
    /// is not defined; a word or byte limit is negative, both are set, or a limit or stop-word list is set outside
    /// <see cref="RougeMode.Rouge155"/>.
    /// </exception>
    public static RougeScorer Create(RougeOptions? options = null)
    {
        options ??= RougeOptions.Default;
        if (options.Mode is not (RougeMode.RougeScore or RougeMode.Rouge155))
        {
            throw new ArgumentException($"Unknown ROUGE mode {options.Mode}.", nameof(options));
        }

        if (options.NGramOrders is null || options.NGramOrders.Count == 0)
        {
            throw new ArgumentException("At least one n-gram order is needed.", nameof(options));
        }

        int[] orders = new int[options.NGramOrders.Count];
        for (int i = 0; i < orders.Length; i++)
        {
            orders[i] = options.NGramOrders[i];
            if (orders[i] < 1)
            {
                throw new ArgumentException($"N-gram orders must be at least 1 (got {orders[i]}).", nameof(options));
            }
        }

        if (options.WordLimit < 0 || options.ByteLimit < 0)
        {
            throw new ArgumentException("Word and byte limits cannot be negative.", nameof(options));
        }

        if (options.WordLimit > 0 && options.ByteLimit > 0)
        {
            throw new ArgumentException("Set a word limit or a byte limit, not both (as ROUGE-1.5.5 requires).", nameof(options));
        }

        if (options.Mode != RougeMode.Rouge155 && (options.WordLimit > 0 || options.ByteLimit > 0 || options.StopWords is not null))
        {
            throw new ArgumentException("Word limits, byte limits and stop words exist only in RougeMode.Rouge155.", nameof(options));
        }

        // The scorer keeps its own copy of the options: the caller's lists may change after.
        var snapshot = new RougeOptions
        {
            Mode = options.Mode,
            Stem = options.Stem,
            NGramOrders = Array.AsReadOnly((int[])orders.Clone()),
            WordLimit = options.WordLimit,
            ByteLimit = options.ByteLimit,
            StopWords = options.StopWords is null ? null : FrozenSet.ToFrozenSet(options.StopWords, StringComparer.Ordinal),
        };
        return new RougeScorer(snapshot, orders);
    }

    /// <summary>Scores a candidate against one reference; both are texts with one sentence a line.</summary>
    /// <param name="candidate">The candidate summary, sentences separated by <c>'\n'</c>.</param>
    /// <param name="reference">The reference summary, sentences separated by <c>'\n'</c>.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RougeScores Score(string candidate, string reference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        PreparedText[] references = [Prepare(reference)];
        return ScorePrepared(Prepare(candidate), references);
    }

    /// <summary>Scores a candidate against several references; all are texts with one sentence a line.</summary>
    /// <param name="candidate">The candidate summary, sentences separated by <c>'\n'</c>.</param>
    /// <param name="references">The references, each with sentences separated by <c>'\n'</c>.</param>
    /// <returns>The scores (best reference per measure, or pooled counts in <see cref="RougeMode.Rouge155"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument or a reference is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="references"/> is empty.</exception>
    public RougeScores Score(string candidate, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return ScorePrepared(Prepare(candidate), PrepareReferences(references, Prepare));
    }

    /// <summary>Scores candidate sentences against references given as sentences.</summary>
    /// <param name="candidateSentences">The candidate's sentences in order.</param>
    /// <param name="references">The references, each a list of sentences.</param>
    /// <returns>The scores (best reference per measure, or pooled counts in <see cref="RougeMode.Rouge155"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument, a reference or a sentence is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="references"/> is empty.</exception>
    public RougeScores Score(IReadOnlyList<string> candidateSentences, IReadOnlyList<IReadOnlyList<string>> references)
    {
        ArgumentNullException.ThrowIfNull(candidateSentences);
        return ScorePrepared(Prepare(candidateSentences), PrepareReferences(references, Prepare));
    }

    /// <summary>Checks and prepares the references of one candidate, whatever form they come in.</summary>
    private static PreparedText[] PrepareReferences<T>(IReadOnlyList<T> references, Func<T, PreparedText> prepare)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            throw new ArgumentException("At least one reference is needed.", nameof(references));
        }

        var prepared = new PreparedText[references.Count];
        for (int i = 0; i < prepared.Length; i++)
        {
            T reference = references[i] ?? throw new ArgumentNullException(nameof(references), "A reference is null.");
            prepared[i] = prepare(reference);
        }

        return prepared;
    }

    internal RougeScores ScorePrepared(PreparedText candidate, PreparedText[] references) =>
        _mode == RougeMode.RougeScore ? ScoreBestReference(candidate, references) : ScorePooled(candidate, references);

    private RougeScores ScoreBestReference(PreparedText candidate, PreparedText[] references)
    {
        RougeScore[] best = new RougeScore[_orders.Length];
        RougeScore bestL = default;
        RougeScore bestLsum = default;
        double[] bestF = new double[_orders.Length];
        bestF.AsSpan().Fill(-1);
        double bestLF = -1;
        double bestLsumF = -1;
        int[] c = candidate.NGram.Tokens;
        foreach (PreparedText reference in references)
        {
            int[] r = reference.NGram.Tokens;
            for (int k = 0; k < _orders.Length; k++)
            {
                RougeScore score = NGramScore(r, c, _orders[k]);
                if (score.F1 > bestF[k])
                {
                    bestF[k] = score.F1;
                    best[k] = score;
                }
            }

            RougeScore l = default;
            if (r.Length > 0 && c.Length > 0)
            {
                int lcs = RougeMath.LcsLength(r, c);
                double p = (double)lcs / c.Length;
                double rc = (double)lcs / r.Length;
                l = new RougeScore(p, rc, RougeMath.F1(p, rc));
            }

            if (l.F1 > bestLF)
            {
                bestLF = l.F1;
                bestL = l;
            }

            RougeScore lsum = default;
            if (reference.Lcs.SentenceCount > 0 && candidate.Lcs.SentenceCount > 0 && r.Length > 0 && c.Length > 0)
            {
                int hits = RougeMath.UnionLcsHits(reference.Lcs, candidate.Lcs, r, c);
                double p = (double)hits / c.Length;
                double rc = (double)hits / r.Length;
                lsum = new RougeScore(p, rc, RougeMath.F1(p, rc));
            }

            if (lsum.F1 > bestLsumF)
            {
                bestLsumF = lsum.F1;
                bestLsum = lsum;
            }
        }

        return new RougeScores(_orders, best, bestL, bestLsum);
    }

    private static RougeScore NGramScore(int[] reference, int[] candidate, int n)
    {
        int hits = RougeMath.NGramOverlap(reference, candidate, n);
        double p = (double)hits / Math.Max(RougeMath.NGramCount(candidate.Length, n), 1);
        double r = (double)hits / Math.Max(RougeMath.NGramCount(reference.Length, n), 1);
        return new RougeScore(p, r, RougeMath.F1(p, r));
    }

    private RougeScores ScorePooled(PreparedText candidate, PreparedText[] references)
    {
        // ROUGE-1.5.5 -f A: hits and counts are summed over the references (the candidate's count once per
        // reference), then R and P are rounded to 5 places and F is computed from the rounded values.
        long[] hits = new long[_orders.Length];
        long[] referenceCounts = new long[_orders.Length];
        long[] candidateCounts = new long[_orders.Length];
        long lsumHits = 0, lsumBase = 0, lsumCandidate = 0;
        long lHits = 0, lBase = 0, lCandidate = 0;
        int[] c = candidate.NGram.Tokens;
        TokenizedText candidateWhole = candidate.Lcs.AsOneSentence();
        foreach (PreparedText reference in references)
        {
            int[] r = reference.NGram.Tokens;
            for (int k = 0; k < _orders.Length; k++)
            {
                hits[k] += RougeMath.NGramOverlap(r, c, _orders[k]);
                referenceCounts[k] += RougeMath.NGramCount(r.Length, _orders[k]);
                candidateCounts[k] += RougeMath.NGramCount(c.Length, _orders[k]);
            }

            lsumHits += RougeMath.UnionLcsHits(reference.Lcs, candidate.Lcs, r, c);
            lsumBase += reference.Lcs.Tokens.Length;
            lsumCandidate += c.Length;

            lHits += RougeMath.UnionLcsHits(reference.Lcs.AsOneSentence(), candidateWhole, r, c);
            lBase += reference.Lcs.Tokens.Length;
            lCandidate += c.Length;
        }

        RougeScore[] scores = new RougeScore[_orders.Length];
        for (int k = 0; k < _orders.Length; k++)
        {
            scores[k] = Rounded(hits[k], referenceCounts[k], candidateCounts[k]);
        }

        return new RougeScores(_orders, scores, Rounded(lHits, lBase, lCandidate), Rounded(lsumHits, lsumBase, lsumCandidate));
    }

    private static RougeScore Rounded(long hits, long referenceCount, long candidateCount)
    {
        double recall = referenceCount != 0 ? RougeMath.RoundHalfEven5((double)hits / referenceCount) : 0;
        double precision = candidateCount != 0 ? RougeMath.RoundHalfEven5((double)hits / candidateCount) : 0;
        return new RougeScore(precision, recall, RougeMath.F155(precision, recall));
    }

    /// <summary>
    /// The F1 of ROUGE-<paramref name="n"/> for prepared texts with this scorer's reference rule (best reference,
    /// or pooled counts without rounding in <see cref="RougeMode.Rouge155"/>); used by the oracle.
    /// </summary>
    internal double NGramF1(int[] candidate, PreparedText[] references, int n)
    {
        if (_mode == RougeMode.RougeScore)
        {
            double best = 0;
            foreach (PreparedText reference in references)
            {
                best = Math.Max(best, NGramScore(reference.NGram.Tokens, candidate, n).F1);
            }

            return best;
        }

        long hits = 0, referenceCount = 0, candidateCount = 0;
        foreach (PreparedText reference in references)
        {
            int[] r = reference.NGram.Tokens;
            hits += RougeMath.NGramOverlap(r, candidate, n);
            referenceCount += RougeMath.NGramCount(r.Length, n);
            candidateCount += RougeMath.NGramCount(candidate.Length, n);
        }

        double recall = referenceCount > 0 ? (double)hits / referenceCount : 0;
        double precision = candidateCount > 0 ? (double)hits / candidateCount : 0;
        return RougeMath.F1(precision, recall);
    }

    /// <summary>The id of a normalized token's final form (stop word: -1), interning it on first sight.</summary>
    private int TermId(ReadOnlySpan<char> token)
    {
        if (_tokenLookup.TryGetValue(token, out int id))
        {
            return id;
        }

        string raw = token.ToString();
        string? form = Normalize(raw);
        id = form is null ? -1 : _formIds.GetOrAdd(form, static (_, scorer) => Interlocked.Increment(ref scorer._lastFormId), this);
        return _tokenIds.GetOrAdd(raw, id);
    }

    private string? Normalize(string raw)
    {
        if (_stopWords is not null && _stopWords.Contains(raw))
        {
            return null;
        }

        if (!_stem || raw.Length <= 3)
        {
            return raw;
        }

        if (_mode == RougeMode.RougeScore)
        {
            return NltkPorterStemmer.Stem(raw);
        }

        return WordNetExceptions.Map.TryGetValue(raw, out string? baseForm) ? baseForm : Rouge155PorterStemmer.Stem(raw);
    }
}
