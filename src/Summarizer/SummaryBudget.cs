using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.ML.Tokenizers;

namespace Summarizer;

/// <summary>What a budget counts.</summary>
public enum BudgetUnit
{
    /// <summary>A number of sentences.</summary>
    Sentences = 0,

    /// <summary>A fraction of the document's sentences, rounded to the nearest whole sentence (at least one).</summary>
    Ratio = 1,

    /// <summary>
    /// A number of words: the tokens of the word tokenizer (words, numbers, URLs, e-mail addresses, hashtags); in
    /// Chinese, Japanese, Korean and Thai, written without spaces, each overlapping character bigram counts, so a
    /// sentence of n characters costs about n - 1 words there.
    /// </summary>
    Words = 2,

    /// <summary>A number of UTF-16 characters of the summary text (the chosen sentences and the single spaces between them).</summary>
    Characters = 3,

    /// <summary>A number of tokens of a large language model's tokenizer.</summary>
    Tokens = 4,
}

/// <summary>How long a summary may be. Create one with the static factories; instances are immutable.</summary>
/// <remarks>
/// Two budgets are equal when they count the same unit to the same limit and, for <see cref="BudgetUnit.Tokens"/>,
/// with the same tokenizer instance: a <see cref="Microsoft.ML.Tokenizers.Tokenizer"/> has no value equality and
/// does not say which model it was made for, and two made for one model may still differ (special tokens, a
/// normalizer), so tokenizers compare by reference. Share one tokenizer for token budgets that should be equal.
/// </remarks>
public sealed class SummaryBudget : IEquatable<SummaryBudget>
{
    private SummaryBudget(BudgetUnit unit, double limit, Tokenizer? tokenizer)
    {
        Unit = unit;
        Limit = limit;
        Tokenizer = tokenizer;
    }

    /// <summary>The default budget: three sentences.</summary>
    public static SummaryBudget Default { get; } = new(BudgetUnit.Sentences, 3, null);

    /// <summary>What the budget counts.</summary>
    public BudgetUnit Unit { get; }

    /// <summary>The limit, in <see cref="Unit"/>s (a fraction for <see cref="BudgetUnit.Ratio"/>).</summary>
    public double Limit { get; }

    /// <summary>The tokenizer that counts a <see cref="BudgetUnit.Tokens"/> budget; null for other units.</summary>
    public Tokenizer? Tokenizer { get; }

    /// <summary>At most <paramref name="count"/> sentences.</summary>
    /// <param name="count">The number of sentences, at least 1.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static SummaryBudget Sentences(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new SummaryBudget(BudgetUnit.Sentences, count, null);
    }

    /// <summary>
    /// A fraction of the document's sentences, rounded to the nearest whole number but at least one: of the segments the
    /// summary chooses from, so not its headings (nor its list items, unless they carry the text) when it has sentences.
    /// </summary>
    /// <param name="ratio">The fraction, greater than 0 and at most 1.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is not in (0, 1].</exception>
    public static SummaryBudget Ratio(double ratio)
    {
        if (!(ratio > 0 && ratio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "The ratio must be greater than 0 and at most 1.");
        }

        return new SummaryBudget(BudgetUnit.Ratio, ratio, null);
    }

    /// <summary>At most <paramref name="count"/> words.</summary>
    /// <param name="count">The number of words, at least 1.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static SummaryBudget Words(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new SummaryBudget(BudgetUnit.Words, count, null);
    }

    /// <summary>At most <paramref name="count"/> characters (UTF-16 code units of <see cref="Summary.Text"/>).</summary>
    /// <param name="count">The number of characters, at least 1.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static SummaryBudget Characters(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new SummaryBudget(BudgetUnit.Characters, count, null);
    }

    /// <summary>At most <paramref name="count"/> tokens of <paramref name="tokenizer"/>, counted on <see cref="Summary.Text"/>.</summary>
    /// <param name="count">The number of tokens, at least 1.</param>
    /// <param name="tokenizer">The tokenizer of the model the summary is meant for.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="tokenizer"/> is null.</exception>
    public static SummaryBudget Tokens(int count, Tokenizer tokenizer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(tokenizer);
        return new SummaryBudget(BudgetUnit.Tokens, count, tokenizer);
    }

    /// <summary>Whether two budgets are equal (see the remarks of <see cref="SummaryBudget"/>).</summary>
    /// <param name="left">A budget, or null.</param>
    /// <param name="right">A budget, or null.</param>
    /// <returns>True when both are null, or both count the same unit to the same limit with the same tokenizer.</returns>
    public static bool operator ==(SummaryBudget? left, SummaryBudget? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two budgets differ (see the remarks of <see cref="SummaryBudget"/>).</summary>
    /// <param name="left">A budget, or null.</param>
    /// <param name="right">A budget, or null.</param>
    /// <returns>True when one is null and the other not, or they count a different unit, limit or tokenizer.</returns>
    public static bool operator !=(SummaryBudget? left, SummaryBudget? right) => !(left == right);

    /// <summary>Whether <paramref name="other"/> counts the same unit to the same limit, with the same tokenizer instance.</summary>
    /// <param name="other">A budget, or null.</param>
    /// <returns>True when the budgets are equal; false for null.</returns>
    public bool Equals(SummaryBudget? other) =>
        other is not null && Unit == other.Unit && Limit.Equals(other.Limit) && ReferenceEquals(Tokenizer, other.Tokenizer);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SummaryBudget);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Unit, Limit, Tokenizer is null ? 0 : RuntimeHelpers.GetHashCode(Tokenizer));

    /// <inheritdoc/>
    public override string ToString() => Unit == BudgetUnit.Ratio
        ? FormattableString.Invariant($"{(Limit >= 0.0005 ? Limit.ToString("0.###", CultureInfo.InvariantCulture) : Limit.ToString("G3", CultureInfo.InvariantCulture))} of the sentences")
        : FormattableString.Invariant($"{Limit:0} {(Limit == 1 ? Unit.ToString().ToLowerInvariant()[..^1] : Unit.ToString().ToLowerInvariant())}");

    /// <summary>
    /// The budget's share of the whole text in the budget's own unit, in [0, 1]: sentences (a ratio is its own share),
    /// words, characters of the joined sentences, or tokens (counted on the text, or extrapolated from its first
    /// <see cref="TokenSampleLength"/> characters when it is longer).
    /// </summary>
    internal double ShareOf(string text, IReadOnlyList<SentenceSpan> sentences, int[] wordCounts)
    {
        double total;
        switch (Unit)
        {
            case BudgetUnit.Ratio:
                return Math.Min(1, Limit);
            case BudgetUnit.Words:
                total = 0;
                foreach (int words in wordCounts)
                {
                    total += words;
                }

                break;
            case BudgetUnit.Characters:
                total = sentences.Count - 1;
                foreach (SentenceSpan sentence in sentences)
                {
                    total += sentence.Length;
                }

                break;
            case BudgetUnit.Tokens:
                total = EstimateTokens(text, Tokenizer!);
                break;
            default:
                total = sentences.Count;
                break;
        }

        return total > 0 ? Math.Min(1, Limit / total) : 1;
    }

    /// <summary>How much of a long text is tokenized to estimate its token count.</summary>
    internal const int TokenSampleLength = 1 << 16;

    private static double EstimateTokens(string text, Tokenizer tokenizer)
    {
        if (text.Length <= TokenSampleLength)
        {
            return tokenizer.CountTokens(text);
        }

        // Cut between the halves of a surrogate pair never.
        int length = char.IsHighSurrogate(text[TokenSampleLength - 1]) ? TokenSampleLength - 1 : TokenSampleLength;
        return (double)tokenizer.CountTokens(text.AsSpan(0, length)) * text.Length / length;
    }
}
