using System;

namespace Summarizer.Evaluation;

/// <summary>Term ids of a text, sentence by sentence (compressed rows: sentence i is Tokens[Starts[i]..Starts[i+1]]).</summary>
internal sealed class TokenizedText
{
    public static readonly TokenizedText Empty = new([], [0]);

    public TokenizedText(int[] tokens, int[] starts)
    {
        Tokens = tokens;
        Starts = starts;
    }

    public int[] Tokens { get; }

    public int[] Starts { get; }

    public int SentenceCount => Starts.Length - 1;

    public ReadOnlySpan<int> Sentence(int i) => Tokens.AsSpan(Starts[i], Starts[i + 1] - Starts[i]);

    /// <summary>The same tokens seen as one sentence.</summary>
    public TokenizedText AsOneSentence() => SentenceCount == 1 ? this : new TokenizedText(Tokens, [0, Tokens.Length]);
}

/// <summary>
/// A text ready for scoring: the tokens n-grams are counted on, and the sentences ROUGE-L(sum) aligns. They differ
/// only under ROUGE-1.5.5's byte limit, which the script applies differently to the two.
/// </summary>
internal sealed class PreparedText
{
    public PreparedText(TokenizedText nGram, TokenizedText lcs)
    {
        NGram = nGram;
        Lcs = lcs;
    }

    public TokenizedText NGram { get; }

    public TokenizedText Lcs { get; }
}
