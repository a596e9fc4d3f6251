using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Summarizer.Evaluation;

namespace Summarizer.Training;

/// <summary>
/// One document and budget seen by the summary gate: the gate's features for the learned ranker's summary and
/// Lead-k, and each candidate's ROUGE against the references.
/// </summary>
/// <param name="Example">The document and budget.</param>
/// <param name="Features">The values named by <see cref="SummaryGate.FeatureNames"/>.</param>
/// <param name="Learned">The learned summary's R-1, R-2 and R-Lsum F1 (x100).</param>
/// <param name="Lead">Lead-k's.</param>
internal sealed record GateRow(Example Example, double[] Features, (double R1, double R2, double RL) Learned, (double R1, double R2, double RL) Lead)
{
    /// <summary>How much Lead-k gains over the learned summary in R-1 + R-2 (the gate's label is its sign, its weight its size).</summary>
    public double LeadGain => Lead.R1 + Lead.R2 - Learned.R1 - Learned.R2;
}

/// <summary>
/// A summary-level gate: logistic regression over standardized features of two whole candidate summaries, the learned
/// ranker's and the first k sentences, that chooses Lead-k for a document and budget when it predicts that Lead-k
/// has the higher ROUGE-1.5.5 R-1 + R-2. The features say how well each candidate covers the document (KL-Sum's
/// divergence and the cosine of term counts), how much the two share, how central the lead is, how long the text is
/// against the budget, how sure the ranker is of its k-th sentence, and how long and where its sentences are.
/// </summary>
/// <remarks>
/// Its parameters are a handful of numbers (a mean, a spread and a weight per feature, and a bias), so that the core
/// could evaluate it without Microsoft.ML. Each training row is weighed by the size of the ROUGE difference between the
/// two candidates (and its set's repeat count), so that the fit maximizes the ROUGE gained rather than the count of
/// documents decided right; rows whose candidates score the same (the learned summary is the lead) carry no weight.
/// </remarks>
internal sealed class SummaryGate
{
    /// <summary>The gate's features, in the order of <see cref="GateRow.Features"/>.</summary>
    public static readonly string[] FeatureNames =
    [
        "klLearned",
        "klLead",
        "klDifference",
        "cosineLearned",
        "cosineLead",
        "cosineDifference",
        "overlap",
        "leadTextRankRank",
        "logContentSentences",
        "budgetShare",
        "scoreMargin",
        "learnedRelativeWords",
        "leadRelativeWords",
        "learnedRelativePosition",
    ];

    private static readonly int s_position = Array.IndexOf(SentenceFeatures.Names, "relativePosition");
    private static readonly int s_contentSentences = Array.IndexOf(SentenceFeatures.Names, "contentSentences");
    private static readonly int s_relativeWords = Array.IndexOf(SentenceFeatures.Names, "relativeWords");
    private static readonly int s_textRankRank = Array.IndexOf(SentenceFeatures.Names, "textRankRank");

    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double[] _weights;
    private readonly double _bias;

    private SummaryGate(double[] mean, double[] scale, double[] weights, double bias)
    {
        _mean = mean;
        _scale = scale;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>The gate's parameters, one line per feature (mean, spread, weight on the standardized value) and the bias.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        for (int f = 0; f < FeatureNames.Length; f++)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {FeatureNames[f],-24} mean {_mean[f],9:0.0000} sd {_scale[f],9:0.0000} weight {_weights[f],8:+0.000;-0.000}"));
        }

        return text.Append(string.Create(CultureInfo.InvariantCulture, $"  {"bias",-24} {_bias:+0.000;-0.000}")).ToString();
    }

    /// <summary>The predicted probability that Lead-k scores higher than the learned summary on <paramref name="row"/>.</summary>
    public double LeadProbability(GateRow row)
    {
        double z = _bias;
        for (int f = 0; f < _weights.Length; f++)
        {
            z += _weights[f] * (row.Features[f] - _mean[f]) / _scale[f];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Whether the gate chooses Lead-k for <paramref name="row"/>.</summary>
    public bool ChoosesLead(GateRow row) => LeadProbability(row) > 0.5;

    /// <summary>The learned summary's scores on <paramref name="rows"/>.</summary>
    public static SystemScores LearnedScores(IReadOnlyList<GateRow> rows) =>
        new([.. rows.Select(r => r.Learned.R1)], [.. rows.Select(r => r.Learned.R2)], [.. rows.Select(r => r.Learned.RL)]);

    /// <summary>Lead-k's scores on <paramref name="rows"/>.</summary>
    public static SystemScores LeadScores(IReadOnlyList<GateRow> rows) =>
        new([.. rows.Select(r => r.Lead.R1)], [.. rows.Select(r => r.Lead.R2)], [.. rows.Select(r => r.Lead.RL)]);

    /// <summary>
    /// Fits the gate on <paramref name="rows"/> by Newton's method on the weighted, L2-penalized logistic loss over
    /// standardized features; row <c>i</c> weighs <c>|LeadGain| * repeats(i)</c>.
    /// </summary>
    /// <param name="rows">The training rows.</param>
    /// <param name="repeats">The weight of a row's set (the ranker's repeat counts).</param>
    /// <param name="penalty">The L2 penalty on the weights (not the bias), relative to the total weight.</param>
    /// <exception cref="ArgumentException">No row has weight.</exception>
    public static SummaryGate Fit(IReadOnlyList<GateRow> rows, Func<Example, double> repeats, double penalty = 1e-3)
    {
        int d = FeatureNames.Length;
        var weight = new double[rows.Count];
        double total = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            weight[i] = Math.Abs(rows[i].LeadGain) * repeats(rows[i].Example);
            total += weight[i];
        }

        if (total <= 0)
        {
            throw new ArgumentException("No training row of the gate has weight.", nameof(rows));
        }

        // Standardize by the weighted mean and spread, so that the weights are comparable and the penalty fair.
        var mean = new double[d];
        var scale = new double[d];
        for (int f = 0; f < d; f++)
        {
            double sum = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                sum += weight[i] * rows[i].Features[f];
            }

            mean[f] = sum / total;
            double squares = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                double delta = rows[i].Features[f] - mean[f];
                squares += weight[i] * delta * delta;
            }

            scale[f] = Math.Max(1e-9, Math.Sqrt(squares / total));
        }

        var x = new double[rows.Count][];
        var y = new double[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            x[i] = new double[d + 1];
            for (int f = 0; f < d; f++)
            {
                x[i][f] = (rows[i].Features[f] - mean[f]) / scale[f];
            }

            x[i][d] = 1;
            y[i] = rows[i].LeadGain > 0 ? 1 : 0;
        }

        var beta = new double[d + 1];
        double lambda = penalty * total;
        for (int iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (int i = 0; i < rows.Count; i++)
            {
                if (weight[i] == 0)
                {
                    continue;
                }

                double z = 0;
                for (int f = 0; f <= d; f++)
                {
                    z += beta[f] * x[i][f];
                }

                double p = 1 / (1 + Math.Exp(-z));
                double g = weight[i] * (p - y[i]);
                double h = weight[i] * p * (1 - p);
                for (int a = 0; a <= d; a++)
                {
                    gradient[a] += g * x[i][a];
                    for (int b = 0; b <= d; b++)
                    {
                        hessian[a, b] += h * x[i][a] * x[i][b];
                    }
                }
            }

            for (int f = 0; f < d; f++)
            {
                gradient[f] += lambda * beta[f];
                hessian[f, f] += lambda;
            }

            double[] step = Solve(hessian, gradient);
            double largest = 0;
            for (int f = 0; f <= d; f++)
            {
                beta[f] -= step[f];
                largest = Math.Max(largest, Math.Abs(step[f]));
            }

            if (largest < 1e-8)
            {
                break;
            }
        }

        return new SummaryGate(mean, scale, beta[..d], beta[d]);
    }

    /// <summary>
    /// The gate's rows for <paramref name="examples"/> as <paramref name="ranker"/> summarizes them (with the
    /// summarizer's default options, as <see cref="Evaluator.Ranker"/> does), in the same order.
    /// </summary>
    public static GateRow[] Rows(IReadOnlyList<Example> examples, SentenceRanker ranker)
    {
        var capture = new ScoreCapture(ranker);
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = capture });
        var rows = new GateRow[examples.Count];
        Parallel.For(0, examples.Count, i => rows[i] = RowOf(examples[i], summarizer));
        return rows;
    }

    private static GateRow RowOf(Example example, ExtractiveSummarizer summarizer)
    {
        ScoreCapture.Reset();
        string text = example.Source.Text;
        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(example.K));
        double[] scores = ScoreCapture.Scores ?? [];
        DocumentTerms? terms = ScoreCapture.Terms;
        IReadOnlyList<SentenceSpan> spans = ScoreCapture.Sentences ?? SentenceSplitter.Default.Split(text);
        int n = spans.Count;

        int[] learned = [.. summary.Sentences.Select(s => s.Index)];
        int[] lead = [.. Enumerable.Range(0, Math.Min(example.K, n))];
        string[] learnedTexts = [.. summary.Sentences.Select(s => s.Text)];
        string[] leadTexts = [.. lead.Select(j => text.Substring(spans[j].Start, spans[j].Length))];

        // Term counts of the document and of each candidate, over the summarizer's own terms (stems, stop words out).
        var documentCounts = new Dictionary<int, int>();
        for (int s = 0; terms is not null && s < n; s++)
        {
            foreach (int t in terms.TermsOf(s))
            {
                documentCounts[t] = documentCounts.GetValueOrDefault(t) + 1;
            }
        }

        Dictionary<int, int> learnedCounts = CountsOf(terms, learned);
        Dictionary<int, int> leadCounts = CountsOf(terms, lead);
        double klLearned = Divergence(documentCounts, learnedCounts);
        double klLead = Divergence(documentCounts, leadCounts);
        double cosineLearned = Cosine(documentCounts, learnedCounts);
        double cosineLead = Cosine(documentCounts, leadCounts);

        int f = SentenceFeatures.Count;
        float[] rowsOf = example.Rows;
        bool hasRows = rowsOf.Length == n * f && n > 0;
        double contentSentences = hasRows ? rowsOf[s_contentSentences] : Math.Max(1, n);
        double Mean(int[] picked, int feature) => hasRows && picked.Length > 0 ? picked.Average(j => rowsOf[(j * f) + feature]) : 0;

        double[] sorted = [.. scores.OrderDescending()];
        double margin = sorted.Length > example.K ? sorted[example.K - 1] - sorted[example.K] : 0;

        double[] features =
        [
            klLearned,
            klLead,
            klLearned - klLead,
            cosineLearned,
            cosineLead,
            cosineLearned - cosineLead,
            learned.Length > 0 ? (double)learned.Count(j => j < lead.Length) / learned.Length : 1,
            Mean(lead, s_textRankRank),
            Math.Log(contentSentences),
            Math.Min(1, example.K / contentSentences),
            margin,
            Mean(learned, s_relativeWords),
            Mean(lead, s_relativeWords),
            Mean(learned, s_position),
        ];

        return new GateRow(example, features, Score(learnedTexts, example), Score(leadTexts, example));
    }

    private static (double R1, double R2, double RL) Score(string[] summary, Example example)
    {
        RougeScores scores = ExampleBuilder.Scorer.Score(summary, example.Source.References);
        return (100 * scores.Rouge1.F1, 100 * scores.Rouge2.F1, 100 * scores.RougeLsum.F1);
    }

    private static Dictionary<int, int> CountsOf(DocumentTerms? terms, int[] sentences)
    {
        var counts = new Dictionary<int, int>();
        foreach (int s in sentences)
        {
            if (terms is null || s >= terms.SentenceCount)
            {
                continue;
            }

            foreach (int t in terms.TermsOf(s))
            {
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }
        }

        return counts;
    }

    /// <summary>KL(document || summary) over the document's terms, the summary's counts smoothed by 0.01 (KL-Sum).</summary>
    private static double Divergence(Dictionary<int, int> document, Dictionary<int, int> summary)
    {
        double documentTotal = document.Values.Sum();
        double summaryTotal = summary.Values.Sum() + (0.01 * document.Count);
        double kl = 0;
        foreach ((int term, int count) in document)
        {
            double p = count / documentTotal;
            double q = (summary.GetValueOrDefault(term) + 0.01) / summaryTotal;
            kl += p * Math.Log(p / q);
        }

        return kl;
    }

    private static double Cosine(Dictionary<int, int> a, Dictionary<int, int> b)
    {
        double dot = 0;
        foreach ((int term, int count) in b)
        {
            dot += count * (double)a.GetValueOrDefault(term);
        }

        double normA = Math.Sqrt(a.Values.Sum(v => (double)v * v));
        double normB = Math.Sqrt(b.Values.Sum(v => (double)v * v));
        return normA > 0 && normB > 0 ? dot / (normA * normB) : 0;
    }

    /// <summary>Solves <c>a x = b</c> by Gaussian elimination with partial pivoting (a small, positive definite system).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (int c = 0; c < n; c++)
        {
            int pivot = c;
            for (int r = c + 1; r < n; r++)
            {
                pivot = Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]) ? r : pivot;
            }

            for (int k = 0; k < n; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            (v[c], v[pivot]) = (v[pivot], v[c]);
            for (int r = c + 1; r < n; r++)
            {
                double factor = m[r, c] / m[c, c];
                for (int k = c; k < n; k++)
                {
                    m[r, k] -= factor * m[c, k];
                }

                v[r] -= factor * v[c];
            }
        }

        var x = new double[n];
        for (int r = n - 1; r >= 0; r--)
        {
            double sum = v[r];
            for (int k = r + 1; k < n; k++)
            {
                sum -= m[r, k] * x[k];
            }

            x[r] = sum / m[r, r];
        }

        return x;
    }

    /// <summary>A ranker that ranks with another and keeps, per thread, the scores, terms and sentences of the last document.</summary>
    private sealed class ScoreCapture(SentenceRanker inner) : SentenceRanker
    {
        [ThreadStatic]
        private static double[]? s_scores;

        [ThreadStatic]
        private static DocumentTerms? s_terms;

        [ThreadStatic]
        private static IReadOnlyList<SentenceSpan>? s_sentences;

        public static double[]? Scores => s_scores;

        public static DocumentTerms? Terms => s_terms;

        public static IReadOnlyList<SentenceSpan>? Sentences => s_sentences;

        public override string Name => inner.Name;

        public static void Reset()
        {
            s_scores = null;
            s_terms = null;
            s_sentences = null;
        }

        public override SentenceRanking Rank(RankingContext context)
        {
            SentenceRanking ranking = inner.Rank(context);
            s_scores = ranking.Scores;
            s_terms = context.Terms;
            s_sentences = context.Sentences;
            return ranking;
        }
    }
}
