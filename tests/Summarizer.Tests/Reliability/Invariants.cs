using System;
using System.Collections.Generic;
using System.Linq;

namespace Summarizer.Tests.Reliability;

/// <summary>Thrown when an output breaks one of the invariants of <see cref="Invariants"/>.</summary>
internal sealed class InvariantException(string message) : Exception(message);

/// <summary>
/// The output invariants that hold for every input: ranges lie inside the text, in order and without overlap, the
/// offsets reproduce the returned text, and the summary respects its budget. Plain code that throws
/// <see cref="InvariantException"/>, so that the property tests, the fuzzing harness and the stress tool share it.
/// </summary>
internal static class Invariants
{
    /// <summary>Checks the segments of a splitter against <paramref name="text"/>.</summary>
    public static void CheckSentences(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        int previousEnd = 0;
        int previousParagraph = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            SentenceSpan s = sentences[i];
            Ensure(s.Length > 0, $"sentence {i} is empty ({s})");
            Ensure(s.Start >= previousEnd, $"sentence {i} ({s}) starts before the previous one ends ({previousEnd})");
            Ensure(s.End <= text.Length, $"sentence {i} ({s}) ends past the text ({text.Length})");
            Ensure(s.Paragraph >= previousParagraph, $"sentence {i} ({s}) goes back a paragraph");
            Ensure(!char.IsWhiteSpace(text[s.Start]) && !char.IsWhiteSpace(text[s.End - 1]), $"sentence {i} ({s}) is not trimmed");
            Ensure(Enum.IsDefined(s.Kind), $"sentence {i} has an unknown kind");
            previousEnd = s.End;
            previousParagraph = s.Paragraph;
        }
    }

    /// <summary>
    /// Checks the tokens of <paramref name="text"/>: non-empty, inside the text, starts strictly increasing, and
    /// no overlap except between consecutive CJK bigrams, which overlap by design.
    /// </summary>
    public static List<Token> CheckTokens(ReadOnlySpan<char> text)
    {
        var tokens = new List<Token>();
        Token previous = default;
        bool any = false;
        foreach (Token token in WordTokenizer.Enumerate(text))
        {
            Ensure(token.Length > 0, $"token {tokens.Count} is empty ({token})");
            Ensure(token.Start >= 0 && token.End <= text.Length, $"token {tokens.Count} ({token}) is outside the text ({text.Length})");
            Ensure(Enum.IsDefined(token.Kind), $"token {tokens.Count} has an unknown kind");
            if (any)
            {
                Ensure(token.Start > previous.Start, $"token {tokens.Count} ({token}) does not start after the previous one ({previous})");
                bool bigrams = token.Kind == TokenKind.Cjk && previous.Kind == TokenKind.Cjk;
                Ensure(bigrams || token.Start >= previous.End, $"token {tokens.Count} ({token}) overlaps the previous one ({previous})");
            }

            Ensure(tokens.Count <= text.Length, "more tokens than characters");
            tokens.Add(token);
            previous = token;
            any = true;
        }

        return tokens;
    }

    /// <summary>Checks a summary of <paramref name="text"/> made under <paramref name="options"/>.</summary>
    public static void CheckSummary(string text, Summary summary, SummarizerOptions options, SummaryBudget budget)
    {
        Ensure(summary.Sentences.Count <= summary.SentenceCount, "more chosen sentences than segments");
        bool reading = options.Order == SummaryOrder.Reading;
        var seen = new HashSet<int>();
        int previousEnd = 0;
        int previousIndex = -1;
        foreach (SummarySentence s in summary.Sentences)
        {
            CheckRange(text, s.Start, s.Length, "summary sentence");
            Ensure(string.Equals(s.Text, text.Substring(s.Start, s.Length), StringComparison.Ordinal), $"summary sentence {s.Index} text does not match its offsets");
            Ensure(s.Index >= 0 && s.Index < summary.SentenceCount, $"summary sentence index {s.Index} out of range");
            Ensure(s.Rank >= 1 && s.Rank <= summary.SentenceCount, $"summary sentence rank {s.Rank} out of range");
            Ensure(seen.Add(s.Index), $"summary sentence {s.Index} chosen twice");
            Ensure(!double.IsNaN(s.Score), $"summary sentence {s.Index} has a NaN score");
            if (reading)
            {
                Ensure(s.Index > previousIndex && s.Start >= previousEnd, $"summary sentence {s.Index} out of reading order or overlapping");
                previousIndex = s.Index;
                previousEnd = s.End();
            }
        }

        CheckBudget(text, summary, budget);

        if (summary.Ranking is { } ranking)
        {
            Ensure(ranking.Count == summary.SentenceCount, "the ranking does not list every segment");
            previousEnd = 0;
            var ranks = new bool[ranking.Count + 1];
            for (int i = 0; i < ranking.Count; i++)
            {
                SummarySentence s = ranking[i];
                Ensure(s.Index == i, $"ranking entry {i} has index {s.Index}");
                CheckRange(text, s.Start, s.Length, "ranking entry");
                Ensure(s.Start >= previousEnd, $"ranking entry {i} overlaps the previous one");
                Ensure(string.Equals(s.Text, text.Substring(s.Start, s.Length), StringComparison.Ordinal), $"ranking entry {i} text does not match its offsets");
                Ensure(s.Rank >= 1 && s.Rank <= ranking.Count && !ranks[s.Rank], $"ranking entry {i} has a bad or repeated rank {s.Rank}");
                ranks[s.Rank] = true;
                previousEnd = s.End();
            }
        }

        var phrases = new HashSet<string>(StringComparer.Ordinal);
        Ensure(summary.Keywords.Count <= Math.Max(0, options.KeywordCount), "more keywords than asked for");
        foreach (Keyword keyword in summary.Keywords)
        {
            Ensure(keyword.Text.Length > 0, "an empty keyword");
            Ensure(phrases.Add(keyword.Text), $"keyword '{keyword.Text}' listed twice");
            Ensure(keyword.Count > 0 && double.IsFinite(keyword.Score), $"keyword '{keyword.Text}' has no occurrence or a bad score");
            Ensure(keyword.Forms.Count > 0 && keyword.Forms.Contains(keyword.Text), $"keyword '{keyword.Text}' is not one of its forms");
            Ensure(keyword.Count == keyword.Occurrences.Count, $"keyword '{keyword.Text}' counts {keyword.Count} but lists {keyword.Occurrences.Count} occurrences");
            foreach (KeywordOccurrence occurrence in keyword.Occurrences)
            {
                // A form reads through the breaks of a word (soft hyphens, and "com-\npany" across a line break) and has
                // one space between its words.
                string shown = AsForm(text.Substring(occurrence.Start, occurrence.Length));
                if (summary.Language == Language.Turkish)
                {
                    shown = shown.Replace('I', '\u0131').Replace('\u0130', 'i');
                }

                Ensure(keyword.Forms.Contains(shown.ToLowerInvariant()), $"keyword '{keyword.Text}' has an occurrence '{shown}' that is none of its forms ({string.Join(", ", keyword.Forms)})");
            }

            previousEnd = 0;
            foreach (KeywordOccurrence occurrence in keyword.Occurrences)
            {
                CheckRange(text, occurrence.Start, occurrence.Length, "keyword occurrence");
                Ensure(occurrence.Start >= previousEnd, $"keyword '{keyword.Text}' occurrences out of order or overlapping");
                previousEnd = occurrence.End;
            }
        }
    }

    /// <summary>Checks that two summaries of the same input are the same, to the last bit of every score.</summary>
    public static void CheckSame(Summary expected, Summary actual)
    {
        Ensure(expected.SentenceCount == actual.SentenceCount && expected.Sentences.Count == actual.Sentences.Count, "a different number of sentences");
        for (int i = 0; i < expected.Sentences.Count; i++)
        {
            Ensure(expected.Sentences[i] == actual.Sentences[i], $"sentence {i} differs: {expected.Sentences[i]} vs {actual.Sentences[i]}");
        }

        Ensure(expected.Keywords.Count == actual.Keywords.Count, "a different number of keywords");
        for (int i = 0; i < expected.Keywords.Count; i++)
        {
            Keyword a = expected.Keywords[i];
            Keyword b = actual.Keywords[i];
            Ensure(a.Text == b.Text && a.Score.Equals(b.Score) && a.Count == b.Count, $"keyword {i} differs: {a.Text} vs {b.Text}");
        }

        SummaryDiagnostics x = expected.Diagnostics;
        SummaryDiagnostics y = actual.Diagnostics;
        Ensure(
            x.EdgeCount == y.EdgeCount && x.Iterations == y.Iterations && x.Converged == y.Converged && x.CapApplied == y.CapApplied
            && x.BudgetUsed.Equals(y.BudgetUsed) && x.BudgetLimit.Equals(y.BudgetLimit),
            "the diagnostics differ");
        Ensure(expected.Language == actual.Language, "the language differs");
    }

    private static void CheckBudget(string text, Summary summary, SummaryBudget budget)
    {
        double limit = budget.Unit == BudgetUnit.Ratio
            ? Math.Max(1, Math.Round(budget.Limit * summary.SentenceCount, MidpointRounding.AwayFromZero))
            : budget.Limit;
        switch (budget.Unit)
        {
            case BudgetUnit.Sentences:
            case BudgetUnit.Ratio:
                Ensure(summary.Sentences.Count <= limit, $"{summary.Sentences.Count} sentences over a budget of {limit}");
                break;
            case BudgetUnit.Characters:
                Ensure(summary.Text.Length <= limit, $"{summary.Text.Length} characters over a budget of {limit}");
                break;
            case BudgetUnit.Words:
                int words = 0;
                foreach (SummarySentence s in summary.Sentences)
                {
                    foreach (Token token in WordTokenizer.Enumerate(text.AsSpan(s.Start, s.Length)))
                    {
                        words++;
                    }
                }

                Ensure(words <= limit, $"{words} words over a budget of {limit}");
                break;
            case BudgetUnit.Tokens:
                Ensure(budget.Tokenizer!.CountTokens(summary.Text) <= limit, "tokens over the budget");
                break;
        }

        Ensure(summary.Diagnostics.BudgetUsed <= limit + 1e-9 && summary.Diagnostics.BudgetUsed >= 0, $"budget used {summary.Diagnostics.BudgetUsed} outside [0, {limit}]");
    }

    private static void CheckRange(string text, int start, int length, string what) =>
        Ensure(start >= 0 && length > 0 && start <= text.Length - length, $"{what} ({start}, {length}) outside the text ({text.Length})");

    private static int End(this SummarySentence s) => s.Start + s.Length;

    /// <summary>
    /// A keyword occurrence as its form reads it, written here apart from the library's code: without invisible characters (soft hyphens, word joiners, bidirectional marks),
    /// without a hyphen at a line's end and the white space around the line break before a lower-case letter (the
    /// hyphen stays when the word already has one: "state-of-the-\nart"), and with one space for each run of spaces,
    /// tabs and no-break spaces.
    /// </summary>
    /// <summary>
    /// The characters that print nothing and that a keyword's form leaves out: controls other than white space, the soft
    /// hyphen, the bidirectional marks, embeddings and isolates, the word joiner and the invisible operators.
    /// </summary>
    private static bool IsInvisible(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r')) || (c is >= '\u007F' and <= '\u009F' && c != '\u0085')
        || c is '\u00AD' or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069');

    private static string AsForm(string surface)
    {
        var form = new System.Text.StringBuilder(surface.Length);
        int wordStart = 0;
        for (int i = 0; i < surface.Length; i++)
        {
            char c = surface[i];
            if (IsInvisible(c))
            {
                continue;
            }

            if (c == '-' && i > 0 && char.IsLetter(surface[i - 1]) && BrokenWordRest(surface, i + 1) is > 0 and int rest)
            {
                if (form.ToString(wordStart, form.Length - wordStart).Contains('-'))
                {
                    form.Append('-');
                }

                i = rest - 1;
                continue;
            }

            if (c is ' ' or '\t' or '\u00A0')
            {
                if (form.Length > 0 && form[^1] != ' ')
                {
                    form.Append(' ');
                }

                wordStart = form.Length;
                continue;
            }

            form.Append(c);
        }

        return form.ToString();
    }

    /// <summary>Where the rest of a word broken at a line's end starts: after spaces, one line break and spaces, a lower-case letter; -1 otherwise.</summary>
    private static int BrokenWordRest(string text, int k)
    {
        while (k < text.Length && text[k] is ' ' or '\t' or '\u00A0')
        {
            k++;
        }

        int lineBreak = k;
        k += k < text.Length && text[k] == '\r' ? 1 : 0;
        k += k < text.Length && text[k] == '\n' ? 1 : 0;
        if (k == lineBreak)
        {
            return -1;
        }

        while (k < text.Length && text[k] is ' ' or '\t' or '\u00A0')
        {
            k++;
        }

        return k < text.Length && char.IsLower(text[k]) ? k : -1;
    }

    private static void Ensure(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }
}
