using System;
using System.Collections.Generic;

namespace Summarizer.Evaluation;

/// <summary>Corpus-level ROUGE: every measure of <see cref="RougeScores"/> as a mean with a bootstrap interval.</summary>
public sealed class RougeAggregate
{
    private readonly int[] _orders;
    private readonly RougeInterval[] _nGrams;

    internal RougeAggregate(int documentCount, int[] orders, RougeInterval[] nGrams, RougeInterval rougeL, RougeInterval rougeLsum)
    {
        DocumentCount = documentCount;
        _orders = orders;
        _nGrams = nGrams;
        RougeL = rougeL;
        RougeLsum = rougeLsum;
    }

    /// <summary>The number of documents aggregated.</summary>
    public int DocumentCount { get; }

    /// <summary>The n-gram orders aggregated.</summary>
    public IReadOnlyList<int> NGramOrders => _orders;

    /// <summary>ROUGE-1.</summary>
    /// <exception cref="InvalidOperationException">Order 1 was not computed.</exception>
    public RougeInterval Rouge1 => NGram(1);

    /// <summary>ROUGE-2.</summary>
    /// <exception cref="InvalidOperationException">Order 2 was not computed.</exception>
    public RougeInterval Rouge2 => NGram(2);

    /// <summary>ROUGE-L (whole-text LCS).</summary>
    public RougeInterval RougeL { get; }

    /// <summary>ROUGE-Lsum (summary-level union LCS; ROUGE-1.5.5's ROUGE-L).</summary>
    public RougeInterval RougeLsum { get; }

    /// <summary>ROUGE-N for order <paramref name="n"/>.</summary>
    /// <param name="n">An order listed in <see cref="NGramOrders"/>.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="n"/> was not computed.</exception>
    public RougeInterval NGram(int n)
    {
        int index = Array.IndexOf(_orders, n);
        if (index < 0)
        {
            throw new InvalidOperationException($"ROUGE-{n} was not computed.");
        }

        return _nGrams[index];
    }
}
