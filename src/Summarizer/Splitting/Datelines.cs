using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// A dateline that the splitter read as a sentence of its own, as wire copy in many languages writes it: a place, a
/// comma (or the Arabic comma) and a date, ending with a period ("Москва, 3 декабря.", "Madrid, 3 de diciembre de
/// 2026.", "Hà Nội, ngày 3 tháng 12.", "القاهرة، 3/12/2026."). It says where and when, not what happened: the
/// selection chooses it only to fill a count, and the learned ranker's features count the lead after it as the text's
/// first sentence.
/// </summary>
internal static class Datelines
{
    /// <summary>The most segments before a dateline (a title, a byline, a date line): all of them no sentences.</summary>
    private const int MaxSegmentsBefore = 4;

    /// <summary>The most words of a dateline's place, before its comma ("Rio de Janeiro").</summary>
    private const int MaxPlaceWords = 4;

    /// <summary>The most words of a dateline's date, after its comma ("3 de diciembre de 2026", "ngày 3 tháng 12").</summary>
    private const int MaxDateWords = 6;

    /// <summary>The most words of a date that are neither numbers nor months ("de", "le", "ngày", "г.").</summary>
    private const int MaxDateOtherWords = 3;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is a dateline: the text's first sentence (after at most
    /// <see cref="MaxSegmentsBefore"/> headings or list items), followed by a sentence, made of a place of at most
    /// <see cref="MaxPlaceWords"/> words and no digit, a comma, and a date, ending with a period. A date has at most
    /// <see cref="MaxDateWords"/> words: numbers (digits with '.', '/' or '-' between them), at most
    /// <see cref="MaxDateOtherWords"/> other words, and a month of the language (<see cref="SplittingRules.IsMonth"/>)
    /// with a number or two numbers ("3.12.2026", "ngày 3 tháng 12"): "Today, we launched version 2." and "Last
    /// year, sales grew 12 percent." are no datelines. Letter case plays no part.
    /// </summary>
    public static bool IsDateline(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        if (index > MaxSegmentsBefore || index + 1 >= sentences.Count || sentences[index].Kind != SentenceKind.Sentence
            || sentences[index + 1].Kind != SentenceKind.Sentence)
        {
            return false;
        }

        for (int i = 0; i < index; i++)
        {
            if (sentences[i].Kind == SentenceKind.Sentence)
            {
                return false;
            }
        }

        return IsPlaceAndDate(sentences[index].Slice(text), rules);
    }

    /// <summary>
    /// Whether <paramref name="segment"/> is a place, a comma and a date, ending with a period, as <see cref="IsDateline"/>
    /// reads one ("Москва, 3 декабря.", "Львів, 15 березня 2024 р.").
    /// </summary>
    public static bool IsPlaceAndDate(ReadOnlySpan<char> segment, SplittingRules rules)
    {
        int comma = segment.IndexOfAny(',', '\u060C');
        if (comma <= 0 || segment[^1] != '.')
        {
            return false;
        }

        ReadOnlySpan<char> place = segment[..comma];
        return place.IndexOfAnyInRange('0', '9') < 0 && SplitChars.CountWords(place, MaxPlaceWords + 1) <= MaxPlaceWords
            && IsDate(segment[(comma + 1)..], rules);
    }

    /// <summary>Whether <paramref name="date"/> reads as a date (see <see cref="IsDateline"/>).</summary>
    private static bool IsDate(ReadOnlySpan<char> date, SplittingRules rules)
    {
        int words = 0;
        int others = 0;
        int numbers = 0;
        bool month = false;
        for (int k = 0; k < date.Length; k++)
        {
            int start = k;
            while (k < date.Length && !SplitChars.IsWhiteSpace(date[k]))
            {
                k++;
            }

            ReadOnlySpan<char> word = date[start..k].TrimEnd(".,");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxDateWords)
            {
                return false;
            }

            if (!char.IsAsciiDigit(word[0]))
            {
                bool isMonth = rules.IsMonth(word);
                month |= isMonth;
                others += isMonth ? 0 : 1;
                continue;
            }

            foreach (char c in word)
            {
                if (!char.IsAsciiDigit(c) && c is not ('.' or '/' or '-'))
                {
                    return false;
                }
            }

            numbers += CountDigitRuns(word);
        }

        return others <= MaxDateOtherWords && numbers > 0 && (month || numbers >= 2);
    }

    private static int CountDigitRuns(ReadOnlySpan<char> word)
    {
        int runs = 0;
        for (int k = 0; k < word.Length; k++)
        {
            runs += char.IsAsciiDigit(word[k]) && (k == 0 || !char.IsAsciiDigit(word[k - 1])) ? 1 : 0;
        }

        return runs;
    }
}
