using System;

namespace Summarizer;

/// <summary>What a <see cref="SentenceRanker"/> returns: a score per sentence, and how an iterative ranking ended.</summary>
public readonly struct SentenceRanking
{
    /// <summary>Creates a ranking.</summary>
    /// <param name="scores">One score per sentence of the document, in document order; higher is better.</param>
    /// <param name="iterations">How many iterations the ranking ran; 1 for a ranking that does not iterate.</param>
    /// <param name="converged">Whether an iterative ranking converged within its cap.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is negative.</exception>
    public SentenceRanking(double[] scores, int iterations = 1, bool converged = true)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        Scores = scores;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>One score per sentence, in document order.</summary>
    public double[] Scores { get; }

    /// <summary>How many iterations the ranking ran.</summary>
    public int Iterations { get; }

    /// <summary>Whether an iterative ranking converged within its cap.</summary>
    public bool Converged { get; }
}
