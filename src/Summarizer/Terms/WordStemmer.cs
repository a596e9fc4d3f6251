using System;
using Lucene.Net.Tartarus.Snowball;

namespace Summarizer;

/// <summary>
/// The stemmer of one language and the spelling normalization that comes before its stop-word lookup, over a
/// lower-cased word in a <c>char</c> array. Not thread-safe: one per <see cref="TermAnalyzer"/>.
/// </summary>
/// <remarks>
/// Snowball stemmers and Lucene's light stemmers (Arabic, Hindi, Czech...) have different shapes; this is the one
/// <see cref="TermAnalyzer"/> calls. Only classes that neither use Lucene's <c>CharArraySet</c> nor other J2N
/// collections are wrapped: those reach code that is not trim- or AOT-safe.
/// </remarks>
internal abstract class WordStemmer
{
    /// <summary>
    /// Normalizes the spelling of <paramref name="buffer"/>'s first <paramref name="length"/> characters in place
    /// (diacritics that do not change the word, letter variants), before the stop-word lookup; returns the new length.
    /// </summary>
    public virtual int Normalize(char[] buffer, int length) => length;

    /// <summary>Stems the first <paramref name="length"/> characters of <paramref name="buffer"/>, already normalized.</summary>
    /// <returns>The array that holds the stem (<paramref name="buffer"/> or another) from index 0, and its length.</returns>
    public abstract (char[] Buffer, int Length) Stem(char[] buffer, int length);

    /// <summary>A Snowball stemmer.</summary>
    public static WordStemmer Snowball(SnowballProgram program) => new SnowballStemmer(program);

    /// <summary>
    /// A stemmer that works in place, such as Lucene's <c>ArabicStemmer.Stem(char[], int)</c>, with an optional
    /// normalization that works in place too.
    /// </summary>
    /// <param name="stem">Stems in place and returns the new length; null to leave words unstemmed.</param>
    /// <param name="normalize">Normalizes in place and returns the new length; null for none.</param>
    public static WordStemmer InPlace(Func<char[], int, int>? stem, Func<char[], int, int>? normalize = null) =>
        new InPlaceStemmer(stem, normalize);

    /// <summary>
    /// Greek spelling folded as Lucene's Greek stop list is spelled: the final sigma as <c>σ</c>, the tonos and the
    /// dialytika dropped (<c>ά</c> as <c>α</c>, <c>ΐ</c> as <c>ι</c>), and so are combining marks, so that text in
    /// decomposed form (a vowel and U+0301) folds as the composed form does. The word is already lower-cased.
    /// </summary>
    public static int FoldGreek(char[] buffer, int length)
    {
        int written = 0;
        for (int i = 0; i < length; i++)
        {
            char c = buffer[i];
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            buffer[written++] = c switch
            {
                '\u03C2' => '\u03C3',
                '\u03AC' => '\u03B1',
                '\u03AD' => '\u03B5',
                '\u03AE' => '\u03B7',
                '\u03AF' or '\u0390' or '\u03CA' => '\u03B9',
                '\u03CC' => '\u03BF',
                '\u03CD' or '\u03B0' or '\u03CB' => '\u03C5',
                '\u03CE' => '\u03C9',
                _ => c,
            };
        }

        return written;
    }

    private sealed class SnowballStemmer(SnowballProgram program) : WordStemmer
    {
        public override (char[] Buffer, int Length) Stem(char[] buffer, int length)
        {
            // The stemmer works in the array it is given and may swap it for a larger one.
            program.SetCurrent(buffer, length);
            program.Stem();
            return (program.CurrentBuffer, program.CurrentBufferLength);
        }
    }

    private sealed class InPlaceStemmer(Func<char[], int, int>? stem, Func<char[], int, int>? normalize) : WordStemmer
    {
        public override int Normalize(char[] buffer, int length) => normalize is null ? length : normalize(buffer, length);

        public override (char[] Buffer, int Length) Stem(char[] buffer, int length) => (buffer, stem is null ? length : stem(buffer, length));
    }
}
