using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Summarizer.Evaluation;

/// <summary>The counting kernels shared by both modes: clipped n-gram overlap, LCS length, union LCS.</summary>
internal static class RougeMath
{
    /// <summary>rouge_score's F1: 2PR/(P+R), evaluated in the same order as the Python code.</summary>
    public static double F1(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

    /// <summary>ROUGE-1.5.5's F with alpha 0.5 from already-rounded P and R.</summary>
    public static double F155(double precision, double recall)
    {
        double denominator = (0.5 * precision) + (0.5 * recall);
        return denominator > 0 ? RoundHalfEven5(precision * recall / denominator) : 0;
    }

    /// <summary>
    /// <c>sprintf("%7.5f", x)</c> read back as a number: the exact binary value rounded half-to-even at 5 decimals
    /// (glibc's rule), then the nearest double. Exact ties such as 1/64 = 0.015625 do occur for ROUGE ratios.
    /// </summary>
    public static double RoundHalfEven5(double x)
    {
        if (!(x > 0))
        {
            return 0;
        }

        long bits = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((bits >> 52) & 0x7FF);
        ulong mantissa = (ulong)bits & 0xF_FFFF_FFFF_FFFFUL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1UL << 52;
        }

        int shift = 1075 - exponent; // x = mantissa * 2^-shift
        UInt128 scaled = (UInt128)mantissa * 100_000;
        UInt128 rounded;
        if (shift <= 0)
        {
            rounded = scaled << -shift;
        }
        else if (shift >= 127)
        {
            rounded = 0;
        }
        else
        {
            UInt128 quotient = scaled >> shift;
            UInt128 remainder = scaled - (quotient << shift);
            UInt128 half = (UInt128)1 << (shift - 1);
            if (remainder > half || (remainder == half && (quotient & 1) == 1))
            {
                quotient++;
            }

            rounded = quotient;
        }

        return (double)rounded / 100_000.0;
    }

    /// <summary>The number of n-grams of a sequence.</summary>
    public static int NGramCount(int length, int n) => Math.Max(length - n + 1, 0);

    /// <summary>Sum over distinct n-grams of min(count in target, count in prediction).</summary>
    public static int NGramOverlap(int[] target, int[] prediction, int n)
    {
        int targetCount = NGramCount(target.Length, n);
        int predictionCount = NGramCount(prediction.Length, n);
        if (targetCount == 0 || predictionCount == 0)
        {
            return 0;
        }

        if (n == 1)
        {
            return UnigramOverlap(target, prediction);
        }

        // N-grams are keyed by their start in one buffer holding both sequences, so no key is ever allocated.
        int[] buffer = ArrayPool<int>.Shared.Rent(target.Length + prediction.Length);
        try
        {
            target.CopyTo(buffer, 0);
            prediction.CopyTo(buffer, target.Length);
            Dictionary<int, int> remaining = new(targetCount, new NGramComparer(buffer, n));
            for (int i = 0; i < targetCount; i++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(remaining, i, out _)++;
            }

            int hits = 0;
            for (int i = 0; i < predictionCount; i++)
            {
                ref int left = ref CollectionsMarshal.GetValueRefOrNullRef(remaining, target.Length + i);
                if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref left) && left > 0)
                {
                    left--;
                    hits++;
                }
            }

            return hits;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private static int UnigramOverlap(int[] target, int[] prediction)
    {
        Dictionary<int, int> remaining = new(target.Length);
        foreach (int t in target)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(remaining, t, out _)++;
        }

        int hits = 0;
        foreach (int t in prediction)
        {
            ref int left = ref CollectionsMarshal.GetValueRefOrNullRef(remaining, t);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref left) && left > 0)
            {
                left--;
                hits++;
            }
        }

        return hits;
    }

    /// <summary>Length of the longest common subsequence, with one rolling row.</summary>
    public static int LcsLength(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        int[] rented = ArrayPool<int>.Shared.Rent(b.Length + 1);
        try
        {
            Span<int> row = rented.AsSpan(0, b.Length + 1);
            row.Clear();
            for (int i = 0; i < a.Length; i++)
            {
                int diagonal = 0; // row[j] of the previous row, before it is overwritten
                int ai = a[i];
                for (int j = 1; j <= b.Length; j++)
                {
                    int up = row[j];
                    row[j] = ai == b[j - 1] ? diagonal + 1 : Math.Max(up, row[j - 1]);
                    diagonal = up;
                }
            }

            return row[b.Length];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Summary-level LCS hits (ROUGE-1.5.5 <c>lcs</c>, rouge_score <c>_summary_level_lcs</c>): for each reference
    /// sentence the union of its LCS positions with every candidate sentence, each hit consuming one unit of the
    /// token's count in both texts so no token is credited twice.
    /// </summary>
    public static int UnionLcsHits(TokenizedText reference, TokenizedText candidate, int[] referenceUnigrams, int[] candidateUnigrams)
    {
        Dictionary<int, int> referenceLeft = Counts(referenceUnigrams);
        Dictionary<int, int> candidateLeft = Counts(candidateUnigrams);
        int maxReference = 0;
        for (int i = 0; i < reference.SentenceCount; i++)
        {
            maxReference = Math.Max(maxReference, reference.Sentence(i).Length);
        }

        int maxCandidate = 0;
        for (int i = 0; i < candidate.SentenceCount; i++)
        {
            maxCandidate = Math.Max(maxCandidate, candidate.Sentence(i).Length);
        }

        if (maxReference == 0 || maxCandidate == 0)
        {
            return 0;
        }

        bool[] mask = ArrayPool<bool>.Shared.Rent(maxReference);
        int[] table = ArrayPool<int>.Shared.Rent((maxReference + 1) * (maxCandidate + 1));
        try
        {
            int hits = 0;
            for (int r = 0; r < reference.SentenceCount; r++)
            {
                ReadOnlySpan<int> sentence = reference.Sentence(r);
                if (sentence.IsEmpty)
                {
                    continue;
                }

                Span<bool> hit = mask.AsSpan(0, sentence.Length);
                hit.Clear();
                for (int c = 0; c < candidate.SentenceCount; c++)
                {
                    MarkLcs(sentence, candidate.Sentence(c), hit, table);
                }

                for (int j = 0; j < sentence.Length; j++)
                {
                    if (!hit[j])
                    {
                        continue;
                    }

                    int token = sentence[j];
                    ref int inReference = ref CollectionsMarshal.GetValueRefOrNullRef(referenceLeft, token);
                    ref int inCandidate = ref CollectionsMarshal.GetValueRefOrNullRef(candidateLeft, token);
                    if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref inReference)
                        && !System.Runtime.CompilerServices.Unsafe.IsNullRef(ref inCandidate)
                        && inReference > 0 && inCandidate > 0)
                    {
                        hits++;
                        inReference--;
                        inCandidate--;
                    }
                }
            }

            return hits;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
            ArrayPool<bool>.Shared.Return(mask);
        }
    }

    /// <summary>Marks the reference positions of one LCS (ties go up, as both reference implementations do).</summary>
    internal static void MarkLcs(ReadOnlySpan<int> reference, ReadOnlySpan<int> candidate, Span<bool> hit, int[] table)
    {
        int m = reference.Length;
        int n = candidate.Length;
        if (m == 0 || n == 0)
        {
            return;
        }

        int width = n + 1;
        Span<int> t = table.AsSpan(0, (m + 1) * width);
        t[..width].Clear();
        for (int i = 1; i <= m; i++)
        {
            int row = i * width;
            int previous = row - width;
            t[row] = 0;
            int ri = reference[i - 1];
            for (int j = 1; j <= n; j++)
            {
                t[row + j] = ri == candidate[j - 1]
                    ? t[previous + j - 1] + 1
                    : Math.Max(t[previous + j], t[row + j - 1]);
            }
        }

        int a = m;
        int b = n;
        while (a > 0 && b > 0)
        {
            if (reference[a - 1] == candidate[b - 1])
            {
                hit[a - 1] = true;
                a--;
                b--;
            }
            else if (t[(a * width) + b - 1] > t[((a - 1) * width) + b])
            {
                b--;
            }
            else
            {
                a--;
            }
        }
    }

    private static Dictionary<int, int> Counts(int[] tokens)
    {
        Dictionary<int, int> counts = new(tokens.Length);
        foreach (int t in tokens)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, t, out _)++;
        }

        return counts;
    }

    private sealed class NGramComparer(int[] buffer, int n) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => buffer.AsSpan(x, n).SequenceEqual(buffer.AsSpan(y, n));

        public int GetHashCode(int obj)
        {
            HashCode hash = default;
            foreach (int t in buffer.AsSpan(obj, n))
            {
                hash.Add(t);
            }

            return hash.ToHashCode();
        }
    }
}
