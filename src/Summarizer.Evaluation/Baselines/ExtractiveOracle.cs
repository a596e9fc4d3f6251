using System;
using System.Collections.Generic;

namespace Summarizer.Evaluation;

/// <summary>The greedy extractive oracle: the document sentences that best match the references.</summary>
/// <remarks>
/// Starting from nothing, repeatedly adds the sentence whose addition gives the highest ROUGE-1 F1 + ROUGE-2 F1
/// of the selection (its sentences joined in reading order) against the references, ties going to the earlier
/// sentence, until <c>k</c> sentences are chosen or no sentence improves the objective (then, with
/// <c>fillToK</c>, it keeps adding the best remaining sentence anyway). Scoring uses the scorer's mode,
/// tokenization, stemming, stop words and multi-reference rule, but no length limits and no rounding.
/// </remarks>
public static class ExtractiveOracle
{
    /// <summary>Chooses up to <paramref name="k"/> sentences greedily.</summary>
    /// <param name="scorer">The scorer whose semantics to use.</param>
    /// <param name="sentences">The document's sentences in reading order.</param>
    /// <param name="references">The references, each a list of sentences.</param>
    /// <param name="k">The maximum number of sentences.</param>
    /// <param name="fillToK">When true, keep adding sentences after the objective stops improving, to return exactly min(k, sentence count).</param>
    /// <param name="required">Sentences the selection starts with (the best summary that holds them; null for none).</param>
    /// <returns>The chosen sentence indices in reading order.</returns>
    /// <exception cref="ArgumentNullException">An argument, a sentence or a reference is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="references"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative, or a required index is not a sentence's.</exception>
    public static IReadOnlyList<int> Select(RougeScorer scorer, IReadOnlyList<string> sentences, IReadOnlyList<IReadOnlyList<string>> references, int k, bool fillToK = false, IReadOnlyList<int>? required = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (references.Count == 0)
        {
            throw new ArgumentException("At least one reference is needed.", nameof(references));
        }

        PreparedText[] prepared = new PreparedText[references.Count];
        for (int i = 0; i < prepared.Length; i++)
        {
            prepared[i] = scorer.Prepare(references[i] ?? throw new ArgumentNullException(nameof(references), "A reference is null."));
        }

        int[][] tokens = new int[sentences.Count][];
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = scorer.TokenizeSentence(sentences[i] ?? throw new ArgumentNullException(nameof(sentences), "A sentence is null."));
        }

        bool[] chosen = new bool[tokens.Length];
        List<int> selection = [];
        double current = 0;
        List<int> buffer = [];
        foreach (int i in required ?? [])
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i, nameof(required));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, tokens.Length, nameof(required));
            if (!chosen[i])
            {
                chosen[i] = true;
                selection.Add(i);
            }
        }

        if (selection.Count > 0)
        {
            for (int j = 0; j < tokens.Length; j++)
            {
                if (chosen[j])
                {
                    buffer.AddRange(tokens[j]);
                }
            }

            int[] start = buffer.ToArray();
            current = scorer.NGramF1(start, prepared, 1) + scorer.NGramF1(start, prepared, 2);
        }

        while (selection.Count < Math.Min(k, tokens.Length))
        {
            int best = -1;
            double bestObjective = double.NegativeInfinity;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (chosen[i])
                {
                    continue;
                }

                buffer.Clear();
                for (int j = 0; j < tokens.Length; j++)
                {
                    if (chosen[j] || j == i)
                    {
                        buffer.AddRange(tokens[j]);
                    }
                }

                int[] candidate = buffer.ToArray();
                double objective = scorer.NGramF1(candidate, prepared, 1) + scorer.NGramF1(candidate, prepared, 2);
                if (objective > bestObjective)
                {
                    bestObjective = objective;
                    best = i;
                }
            }

            if (bestObjective <= current && !fillToK)
            {
                break;
            }

            chosen[best] = true;
            selection.Add(best);
            current = Math.Max(current, bestObjective);
        }

        selection.Sort();
        return selection;
    }
}
