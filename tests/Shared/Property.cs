using System;
using CsCheck;

namespace Summarizer.Testing;

/// <summary>
/// Property tests with CsCheck. <c>gen.Sample(assert, iter: n)</c> runs a property on <c>n</c> generated inputs; when
/// one fails, CsCheck keeps generating and reports the smallest failing input it finds, with the seed that reproduces
/// it (rerun with the environment variable <c>CsCheck_Seed</c> set to it).
/// </summary>
internal static class Property
{
    /// <summary>
    /// A generator made from one of the tests' seeded builders (hostile text, random graphs, pages), which draw from a
    /// <see cref="Random"/>: CsCheck's generator state stands behind it, and <paramref name="size"/> says how large a
    /// value is, so that shrinking prefers smaller failing values (shorter texts, fewer nodes).
    /// </summary>
    public static Gen<T> FromRandom<T>(Func<Random, T> build, Func<T, int> size) => new RandomGen<T>(build, size);

    private sealed class RandomGen<T>(Func<Random, T> build, Func<T, int> size) : Gen<T>
    {
        public override T Generate(PCG pcg, Size? min, out Size size1)
        {
            T value = build(new PcgRandom(pcg));
            size1 = new Size((ulong)Math.Max(0, size(value)));
            return value;
        }
    }

    /// <summary>A <see cref="Random"/> that draws from CsCheck's generator state.</summary>
    private sealed class PcgRandom(PCG pcg) : Random
    {
        public override int Next() => (int)pcg.Next((uint)int.MaxValue);

        public override int Next(int maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
            return maxValue == 0 ? 0 : (int)pcg.Next((uint)maxValue);
        }

        public override int Next(int minValue, int maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
            long range = (long)maxValue - minValue;
            return range == 0 ? minValue : (int)(minValue + (long)pcg.Next64((ulong)range));
        }

        public override double NextDouble() => Sample();

        protected override double Sample() => (pcg.Next64() >> 11) * (1.0 / (1UL << 53));

        public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

        public override void NextBytes(Span<byte> buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (byte)pcg.Next(256);
            }
        }
    }
}
