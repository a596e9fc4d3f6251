using System;
using System.Collections.Generic;

namespace Summarizer.Evaluation;

/// <summary>The Lead-k baseline: the first k sentences.</summary>
public static class LeadBaseline
{
    /// <summary>The indices of the first <paramref name="k"/> sentences (fewer when the document is shorter).</summary>
    /// <param name="sentenceCount">The number of sentences in the document.</param>
    /// <param name="k">The number of sentences wanted.</param>
    /// <returns>0, 1, ..., min(k, sentenceCount) - 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentenceCount"/> or <paramref name="k"/> is negative.</exception>
    public static IReadOnlyList<int> Select(int sentenceCount, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentenceCount);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        int[] indices = new int[Math.Min(sentenceCount, k)];
        for (int i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

        return indices;
    }
}
