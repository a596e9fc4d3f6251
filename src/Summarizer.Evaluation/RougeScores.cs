using System;
using System.Collections.Generic;

namespace Summarizer.Evaluation;

/// <summary>The ROUGE scores of one candidate against its references.</summary>
public sealed class RougeScores
{
    private readonly int[] _orders;
    private readonly RougeScore[] _nGrams;

    internal RougeScores(int[] orders, RougeScore[] nGrams, RougeScore rougeL, RougeScore rougeLsum)
    {
        _orders = orders;
        _nGrams = nGrams;
        RougeL = rougeL;
        RougeLsum = rougeLsum;
    }

    /// <summary>The n-gram orders computed, in the order of <see cref="RougeOptions.NGramOrders"/>.</summary>
    public IReadOnlyList<int> NGramOrders => _orders;

    /// <summary>ROUGE-1.</summary>
    /// <exception cref="InvalidOperationException">Order 1 was not among <see cref="RougeOptions.NGramOrders"/>.</exception>
    public RougeScore Rouge1 => NGram(1);

    /// <summary>ROUGE-2.</summary>
    /// <exception cref="InvalidOperationException">Order 2 was not among <see cref="RougeOptions.NGramOrders"/>.</exception>
    public RougeScore Rouge2 => NGram(2);

    /// <summary>
    /// ROUGE-L: one longest common subsequence over the whole texts (newlines ignored), as <c>rouge_score</c>'s
    /// <c>rougeL</c>. Note that what ROUGE-1.5.5 reports as "ROUGE-L" for sentence-per-line input is
    /// <see cref="RougeLsum"/>.
    /// </summary>
    public RougeScore RougeL { get; }

    /// <summary>
    /// ROUGE-Lsum: summary-level union LCS over the sentences (newline-separated lines), with ROUGE-1.5.5's
    /// clipping of repeated tokens; this is ROUGE-1.5.5's ROUGE-L.
    /// </summary>
    public RougeScore RougeLsum { get; }

    /// <summary>ROUGE-N for order <paramref name="n"/>.</summary>
    /// <param name="n">An order listed in <see cref="NGramOrders"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="n"/> was not computed.</exception>
    public RougeScore NGram(int n)
    {
        int index = Array.IndexOf(_orders, n);
        if (index < 0)
        {
            throw new InvalidOperationException($"ROUGE-{n} was not computed; add {n} to RougeOptions.NGramOrders.");
        }

        return _nGrams[index];
    }

    internal RougeScore NGramAt(int index) => _nGrams[index];

    internal int[] Orders => _orders;
}
