using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// Chooses sentences by score, highest first (ties to the earlier sentence), while they fit the budget, then
/// returns them in reading order. A sentence that does not fit is passed over and smaller ones still tried.
/// </summary>
internal static class SentenceSelector
{
    public static int[] RankOrder(double[] scores)
    {
        var order = new int[scores.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int byScore = scores[b].CompareTo(scores[a]);
            return byScore != 0 ? byScore : a.CompareTo(b);
        });
        return order;
    }

    public static List<int> Select(
        string text,
        IReadOnlyList<SentenceSpan> sentences,
        DocumentTerms terms,
        int[] rankOrder,
        SummarizerOptions options,
        SummaryBudget budget,
        out double used)
    {
        int eligibleCount = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            if (IsEligible(i, sentences, terms, options))
            {
                eligibleCount++;
            }
        }

        double limit = budget.Unit == BudgetUnit.Ratio
            ? Math.Max(1, Math.Round(budget.Limit * sentences.Count, MidpointRounding.AwayFromZero))
            : budget.Limit;

        var chosen = new List<int>();
        used = 0;
        foreach (int index in rankOrder)
        {
            if (!IsEligible(index, sentences, terms, options))
            {
                continue;
            }

            double cost = Cost(text, sentences[index], terms.WordCounts[index], budget);
            if (used + cost > limit)
            {
                if (budget.Unit is BudgetUnit.Sentences or BudgetUnit.Ratio)
                {
                    break;
                }

                continue;
            }

            chosen.Add(index);
            used += cost;
        }

        chosen.Sort();
        return chosen;
    }

    private static bool IsEligible(int index, IReadOnlyList<SentenceSpan> sentences, DocumentTerms terms, SummarizerOptions options) =>
        (options.IncludeHeadingsAndListItems || sentences[index].Kind == SentenceKind.Sentence)
        && terms.WordCounts[index] >= options.MinSentenceWords;

    private static double Cost(string text, SentenceSpan sentence, int words, SummaryBudget budget) => budget.Unit switch
    {
        BudgetUnit.Words => words,
        BudgetUnit.Characters => sentence.Length,
        BudgetUnit.Tokens => budget.Tokenizer!.CountTokens(text.AsSpan(sentence.Start, sentence.Length)),
        _ => 1,
    };
}
