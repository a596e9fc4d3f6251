using System;
using System.Buffers;
using System.Collections.Frozen;

namespace Summarizer;

/// <summary>
/// What the splitter reads around sentence ends besides words: quotations and brackets, markup pasted into plain text
/// (tags, character entities, rules), and the citation and footnote markers that follow a terminator. Every method
/// looks at a bounded window, so that the pass over the text stays linear.
/// </summary>
internal static class SplitMarkup
{
    /// <summary>
    /// The longest quotation or parenthesis kept whole (its closing mark at most this far from its opening one): a
    /// quoted phrase, exclamation or line of dialogue ("Fire! Fire!"). Longer quoted passages are speech of several
    /// full sentences, which news text quotes at length and summaries cut one by one.
    /// </summary>
    public const int MaxQuotation = 80;

    private const int MaxTag = 200;
    private const int MaxEntity = 10;
    private const int MaxCitation = 30;
    private const int MaxPageLocator = 24;

    /// <summary>The most numbers of a footnote's group glued to a period that <see cref="FootnoteNumberEnd"/> reads.</summary>
    private const int MaxFootnoteNumbers = 8;

    /// <summary>Characters that can open a quotation or a parenthesis.</summary>
    public static readonly SearchValues<char> QuoteOpeners = SearchValues.Create(
        "\"'`([{\u201C\u201E\u2018\u201A\u00AB\u00BB\u2039\u300C\u300E\uFF08");

    /// <summary>Characters a rule (a line drawn with punctuation: "• • •" too, and a bullet before a tag alone) is made of.</summary>
    private static readonly SearchValues<char> s_ruleChars = SearchValues.Create("-=_*~#./\\+|:\u2014\u2013\u2500\u2550\u00B7\u2022");

    /// <summary>
    /// The end of the e-mail or Markdown quotation prefix at <paramref name="k"/>, the first character of a line
    /// after its indentation: one or more '&gt;' each followed by spaces ("&gt; ", "&gt;&gt; ", "&gt; &gt; ", or
    /// '&gt;' alone on its line); the index of the first character after it, or -1 when there is none. A '&gt;'
    /// before a digit is a comparison ("&gt; 65 years") unless the line goes on a quotation
    /// (<paramref name="inQuotation"/>: the line before it is quoted), and one before a letter ("&gt;text") is markup, not a
    /// prefix.
    /// </summary>
    public static int QuotePrefixEnd(ReadOnlySpan<char> text, int k, bool inQuotation = false)
    {
        int q = k;
        while (q < text.Length && text[q] == '>')
        {
            q++;
            while (q < text.Length && text[q] is ' ' or '\t' or '\u00A0')
            {
                q++;
            }
        }

        if (q == k || (!SplitChars.EndsLine(text, q) && (text[q - 1] == '>' || (char.IsDigit(text[q]) && !inQuotation))))
        {
            return -1;
        }

        return q;
    }

    /// <summary>
    /// The most lines a page of pleading paper or a transcript numbers in its margin that <see cref="LineNumberEnd"/>
    /// reads back or ahead of a line (a page numbers 25 to 28).
    /// </summary>
    private const int MaxNumberedLines = 32;

    /// <summary>
    /// The fewest consecutive lines numbered one more each that make a block of numbered lines: a page of pleading
    /// paper or of a transcript, not a list numbered without periods ("1  Preheat the oven").
    /// </summary>
    private const int MinNumberedLines = 10;

    /// <summary>
    /// The end of the line number at <paramref name="k"/>, the first character of a line after its indentation, that a
    /// page of US pleading paper or a transcript prints in its margin: an integer of one or two digits followed by two
    /// spaces or more, a tab or the line's end, on a line inside a run of at least <see cref="MinNumberedLines"/> lines
    /// each numbered one more than the line before (numbering starts again on each page: "20  1. Plaintiff is ... residing"
    /// over "21  in the County of ..."); the index of the first character after it, or -1. The number is no word of the
    /// text, so a line that holds it alone is blank.
    /// </summary>
    public static int LineNumberEnd(ReadOnlySpan<char> text, int k)
    {
        int end = LineNumberAt(text, k, out int number);
        if (end < 0)
        {
            return -1;
        }

        int run = 1;
        int line = SplitChars.LineStart(text, k);
        for (int expected = number - 1; run < MinNumberedLines && line > 0 && expected > 0; expected--)
        {
            line = SplitChars.LineStart(text, line - 1);
            if (LineNumberAt(text, MarginEnd(text, line), out int found) < 0 || found != expected)
            {
                break;
            }

            run++;
        }

        line = k;
        for (int expected = number + 1; run < MinNumberedLines && expected <= MaxNumberedLines; expected++)
        {
            line = LineEnd(text, line) + 1;
            if (line >= text.Length || LineNumberAt(text, MarginEnd(text, line), out int found) < 0 || found != expected)
            {
                break;
            }

            run++;
        }

        return run >= MinNumberedLines ? end : -1;
    }

    /// <summary>The first character of the line at <paramref name="line"/> after its indentation and the form feed that opens a page.</summary>
    private static int MarginEnd(ReadOnlySpan<char> text, int line)
    {
        while (line < text.Length && text[line] is ' ' or '\t' or '\f')
        {
            line++;
        }

        return line;
    }

    /// <summary>The end of a margin's line number at <paramref name="k"/> (<see cref="LineNumberEnd"/>) read alone, whatever the lines around it hold, or -1.</summary>
    private static int LineNumberAt(ReadOnlySpan<char> text, int k, out int number)
    {
        number = 0;
        int q = k;
        while (q < text.Length && q - k < 2 && char.IsAsciiDigit(text[q]))
        {
            number = (number * 10) + text[q] - '0';
            q++;
        }

        if (q == k || number == 0 || number > MaxNumberedLines || (q < text.Length && char.IsAsciiDigit(text[q])))
        {
            return -1;
        }

        if (SplitChars.EndsLine(text, q))
        {
            return q;
        }

        int after = SplitChars.SkipSpaces(text, q);
        return text[q] == '\t' || after - q >= 2 ? after : -1;
    }

    /// <summary>Whether the line at <paramref name="k"/> (its first character after the indentation) holds only a quotation prefix: a quoted blank line.</summary>
    public static bool IsQuotedBlankLine(ReadOnlySpan<char> text, int k) => QuotePrefixEnd(text, k) is > 0 and int end && SplitChars.EndsLine(text, end);

    /// <summary>
    /// Where the quotation or parenthesis opened at <paramref name="p"/> closes: the index of its closing mark, or -1
    /// when <paramref name="p"/> opens none (an apostrophe, a quote mark after a word) or it does not close within
    /// <see cref="MaxQuotation"/> characters of the same paragraph. <paramref name="failed"/> remembers the last search
    /// that found no closing mark, so that a run of unclosed openers costs one search.
    /// </summary>
    public static int QuotationEnd(ReadOnlySpan<char> text, int segmentStart, int p, ref FailedSearch failed)
    {
        char c = text[p];
        bool afterSpace = p == segmentStart || SplitChars.IsWhiteSpace(text[p - 1])
            || SplitChars.Openers.Contains(text[p - 1]) || text[p - 1] is '-' or '\u2014' or '\u2013' or '/' or '>';
        bool beforeWord = p + 1 < text.Length && !SplitChars.IsWhiteSpace(text[p + 1]);
        char close;
        char alternative;
        switch (c)
        {
            case '"':
                if (!afterSpace || !beforeWord)
                {
                    return -1;
                }

                close = alternative = '"';
                break;
            case '\'':
                // An apostrophe starts an elided word ("'tis", "'90s", Dutch "'s Avonds") or ends a plural ("the
                // students'"): a single quote opens a quotation only before a letter and after a space.
                if (!afterSpace || !beforeWord || !(char.IsLetter(text[p + 1]) || text[p + 1] is '\u00BF' or '\u00A1')
                    || IsElidedWordAt(text, p))
                {
                    return -1;
                }

                close = alternative = '\'';
                break;
            case '`':
                close = '\'';
                alternative = '`';
                break;
            case '\u201C':
                close = alternative = '\u201D';
                break;
            case '\u201E':
                close = '\u201C';
                alternative = '\u201D';
                break;
            case '\u2018':
                close = alternative = '\u2019';
                break;
            case '\u201A':
                close = '\u2018';
                alternative = '\u2019';
                break;
            case '\u00AB':
                // French and Swiss quote «so» and « so »; German and Danish close with it, after a word or a mark and
                // before a comma or a space (»Kommst du mit?«, fragte sie): no quotation opens there.
                if (!afterSpace && !(beforeWord && char.IsLetterOrDigit(text[p + 1])))
                {
                    return -1;
                }

                close = alternative = '\u00BB';
                break;
            case '\u00BB':
                // German and Danish quote »so«; French closes with it, after a space too, before a comma or a mark
                // (« ... sans réponse sérieuse », a-t-il dit): a quotation opens only before a letter or a digit.
                if (!afterSpace || !beforeWord || !char.IsLetterOrDigit(text[p + 1]))
                {
                    return -1;
                }

                close = alternative = '\u00AB';
                break;
            case '\u2039':
                close = alternative = '\u203A';
                break;
            case '(':
                if (SplitChars.IsEmoticonMouthAt(text, p))
                {
                    // "It rained all week :( Still, we had fun.": the mouth of a frown opens no parenthesis.
                    return -1;
                }

                close = alternative = ')';
                break;
            case '[':
                close = alternative = ']';
                break;
            case '{':
                close = alternative = '}';
                break;
            case '\u300C':
                close = alternative = '\u300D';
                break;
            case '\u300E':
                close = alternative = '\u300F';
                break;
            case '\uFF08':
                close = alternative = '\uFF09';
                break;
            default:
                return -1;
        }

        int limit = Math.Min(text.Length, p + MaxQuotation);
        int k = p + 1;
        if (failed.Opener == c && p < failed.Until)
        {
            if (failed.Blocked || failed.Until >= limit)
            {
                return -1;
            }

            k = failed.Until;
        }

        bool apostrophes = close == '\'' || close == '\u2019';
        ReadOnlySpan<char> stops = [close, alternative, '\n', '\r', '\u2029', '`'];
        while (k < limit)
        {
            int found = text[k..limit].IndexOfAny(stops);
            if (found < 0)
            {
                break;
            }

            int q = k + found;
            if (text[q] == '`' && c != '`')
            {
                // A code span is opaque: its brackets and quote marks close nothing outside it ("(see `f(x)`) here").
                int spanEnd = CodeSpanEnd(text, q, limit);
                k = spanEnd > 0 ? spanEnd + 1 : q + 1;
                continue;
            }

            if (text[q] is '\n' or '\r' or '\u2029')
            {
                if (SplitChars.IsLineBreakAt(text, q) && BlankLineAt(text, q))
                {
                    failed = new FailedSearch(c, q, Blocked: true);
                    return -1;
                }
            }
            else if (close == '"' && SplitChars.IsWhiteSpace(text[q - 1]) && q + 1 < text.Length && !SplitChars.IsWhiteSpace(text[q + 1]))
            {
                // A mark that opens the next quotation: this one was left open (a quoted passage that runs on).
                return -1;
            }
            else if (!apostrophes || ClosesSingleQuote(text, q))
            {
                return q;
            }

            k = q + 1;
        }

        failed = new FailedSearch(c, limit, Blocked: limit >= text.Length);
        return -1;
    }

    /// <summary>
    /// The closing backtick of the Markdown code span opened at <paramref name="q"/>, on the same line and before
    /// <paramref name="limit"/>, or -1 when it stays open.
    /// </summary>
    private static int CodeSpanEnd(ReadOnlySpan<char> text, int q, int limit)
    {
        int found = text[(q + 1)..limit].IndexOfAny('`', '\n', '\r');
        return found >= 0 && text[q + 1 + found] == '`' ? q + 1 + found : -1;
    }

    /// <summary>A single quote mark that closes rather than elides: after a non-space and not inside a word.</summary>
    private static bool ClosesSingleQuote(ReadOnlySpan<char> text, int q) =>
        !SplitChars.IsWhiteSpace(text[q - 1]) && (q + 1 >= text.Length || !char.IsLetter(text[q + 1]));

    private static bool BlankLineAt(ReadOnlySpan<char> text, int newline)
    {
        if (text[newline] == '\u2029')
        {
            return true;
        }

        int k = newline + 1;
        while (k < text.Length && !SplitChars.IsLineBreakAt(text, k) && SplitChars.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k >= text.Length || SplitChars.IsLineBreakAt(text, k);
    }

    /// <summary>
    /// The end of the HTML comment that starts at <paramref name="k"/> and closes on the same line within the length of
    /// a tag ("&lt;!-- TODO: check --&gt;"), or -1 when none does.
    /// </summary>
    public static int InlineCommentEnd(ReadOnlySpan<char> text, int k)
    {
        if (!IsCommentOpen(text, k))
        {
            return -1;
        }

        ReadOnlySpan<char> window = text[(k + 4)..Math.Min(text.Length, k + MaxTag)];
        int close = window.IndexOf("-->");
        return close >= 0 && window[..close].IndexOfAny(SplitChars.LineBreaks) < 0 ? k + 4 + close + 3 : -1;
    }

    /// <summary>
    /// The end of the HTML or XML tag that starts at <paramref name="k"/>, or -1 when none starts there; an HTML comment
    /// closed on the same line within the length of a tag ("&lt;!-- TODO: check --&gt;") is read as a tag.
    /// </summary>
    public static int TagEnd(ReadOnlySpan<char> text, int k)
    {
        if (k + 2 >= text.Length || text[k] != '<')
        {
            return -1;
        }

        if (IsCommentOpen(text, k))
        {
            return InlineCommentEnd(text, k);
        }

        int name = text[k + 1] is '/' or '!' ? k + 2 : k + 1;
        if (name >= text.Length || !char.IsAsciiLetter(text[name]))
        {
            return -1;
        }

        int limit = Math.Min(text.Length, k + MaxTag);
        for (int q = name + 1; q < limit; q++)
        {
            char c = text[q];
            if (c == '>')
            {
                return q + 1;
            }

            if (c is '<' or '\n' or '\r' or '\v' or '\u2028' or '\u2029')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The end of the character entity (<c>&amp;nbsp;</c>, <c>&amp;#8221;</c>) at <paramref name="k"/>, or -1.</summary>
    private static int EntityEnd(ReadOnlySpan<char> text, int k, out ReadOnlySpan<char> name)
    {
        name = default;
        if (text[k] != '&')
        {
            return -1;
        }

        int limit = Math.Min(text.Length, k + MaxEntity);
        for (int q = k + 1; q < limit; q++)
        {
            char c = text[q];
            if (c == ';')
            {
                name = text[(k + 1)..q];
                return name.Length >= 2 ? q + 1 : -1;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '#')
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsSpaceEntity(ReadOnlySpan<char> name) =>
        name is "nbsp" or "ensp" or "emsp" or "thinsp" or "#160" or "#32" or "#xa0" or "#xA0" or "#8194" or "#8195" or "#8201";

    private static bool IsClosingQuoteEntity(ReadOnlySpan<char> name) =>
        name is "quot" or "rdquo" or "rsquo" or "raquo" or "apos" or "#34" or "#39" or "#x27" or "#8217" or "#8221" or "#187";

    /// <summary>
    /// Whether the invisible characters at <paramref name="k"/> (<see cref="SplitChars.Invisible"/>), after a terminator,
    /// pass for white space: before the text's end, or before a word (after its opening quotes) that opens with a
    /// capital, a digit or a letter of a script without case ("gone.\u200F The", "ت.\u200F وأضاف"). Before a word in lower
    /// case or a mark they stay glued, as they were written: tokenized text's "it.\u200E ' but" or "scared'.\u200E . mr"
    /// is read as it always was.
    /// </summary>
    private static bool OpensAfterInvisible(ReadOnlySpan<char> text, int k)
    {
        int next = SkipSpacing(text, k);
        if (next >= text.Length)
        {
            return true;
        }

        while (next < text.Length && SplitChars.Openers.Contains(text[next]))
        {
            next++;
        }

        return next < text.Length && char.IsLetterOrDigit(text[next]) && !SplitChars.IsLowerCase(text[next]);
    }

    /// <summary>White space, a tag, a space entity, or invisible characters before a word that may open a sentence (<see cref="OpensAfterInvisible"/>): what separates words in pasted markup.</summary>
    public static bool IsSpacing(ReadOnlySpan<char> text, int k)
    {
        char c = text[k];
        if (SplitChars.IsWhiteSpace(c))
        {
            return true;
        }

        if (SplitChars.Invisible.Contains(c))
        {
            return OpensAfterInvisible(text, k);
        }

        if (c == '<')
        {
            return TagEnd(text, k) > 0;
        }

        return c == '&' && EntityEnd(text, k, out ReadOnlySpan<char> name) > 0 && IsSpaceEntity(name);
    }

    /// <summary>
    /// The end of the sentence tag at <paramref name="k"/>, "&lt;s&gt;" or "&lt;/s&gt;" (either case) before white space or the
    /// text's end, as research corpora mark the sentences of plain text; <paramref name="k"/> itself when there is none.
    /// A tag glued to a word ("&lt;s&gt;old price&lt;/s&gt;", Markdown's strike-through) is not one.
    /// </summary>
    public static int SentenceTagEnd(ReadOnlySpan<char> text, int k)
    {
        int p = k + 1;
        if (p < text.Length && text[p] == '/')
        {
            p++;
        }

        return text[k] == '<' && p + 1 < text.Length && text[p] is 's' or 'S' && text[p + 1] == '>'
            && (p + 2 == text.Length || SplitChars.IsWhiteSpace(text[p + 2])) ? p + 2 : k;
    }

    /// <summary>Skips white space, tags, space entities and invisible characters with the escape sequences they open (<see cref="SplitChars.InvisibleLength"/>).</summary>
    public static int SkipSpacing(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length)
        {
            char c = text[k];
            if (SplitChars.IsWhiteSpace(c))
            {
                k++;
            }
            else if (SplitChars.InvisibleLength(text, k) is > 0 and int invisible)
            {
                k += invisible;
            }
            else if (c == '<' && TagEnd(text, k) is > 0 and var tagEnd)
            {
                k = tagEnd;
            }
            else if (c == '&' && EntityEnd(text, k, out ReadOnlySpan<char> name) is > 0 and var entityEnd && IsSpaceEntity(name))
            {
                k = entityEnd;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>
    /// Skips what stays with the sentence a terminator at <paramref name="terminator"/> closes, from
    /// <paramref name="k"/> (just past the terminator and its closing quotes): citation markers ("[3]", "[4][5]",
    /// "[citation needed]", superscript digits, and a footnote number glued to a period after a word: "reported.12
    /// The"), closing tags ("&lt;/b&gt;"), closing-quote entities, a Markdown emphasis's closing ("**Why?**"), an
    /// emoticon ("Thanks! :)"), and emoji after a space that end the line ("Great game! 🏀🔥").
    /// </summary>
    public static int SkipTrailers(ReadOnlySpan<char> text, int terminator, int k)
    {
        while (k < text.Length)
        {
            char c = text[k];
            int next = -1;
            if (c == '[')
            {
                next = CitationEnd(text, k);
            }
            else if (IsSuperscriptDigit(c)
                || (c is ',' or '\u207B' or '\u02D2' && k > terminator + 1 && IsSuperscriptDigit(text[k - 1]) && k + 1 < text.Length && IsSuperscriptDigit(text[k + 1])))
            {
                // A note's number in superscript, or several with commas and dashes between them ("mortality.¹⁻³ Because").
                next = k + 1;
            }
            else if (c == ':' && text[k - 1] == ']')
            {
                // The pages of a citation, as Wikipedia writes them: "closed in 1921.[5]: 23–25 The railway".
                next = PageLocatorEnd(text, k);
            }
            else if (c == '<' && k + 1 < text.Length && text[k + 1] == '/')
            {
                next = TagEnd(text, k);
            }
            else if (c == '&' && EntityEnd(text, k, out ReadOnlySpan<char> name) is > 0 and var entityEnd && IsClosingQuoteEntity(name))
            {
                next = entityEnd;
            }
            else if ((char.IsAsciiDigit(c) || c == '(') && k == terminator + 1 && text[terminator] is '.' or '?' or '!')
            {
                next = FootnoteNumberEnd(text, terminator, k);
            }
            else if (c is '*' or '_' && EmphasisCloseEnd(text, k) is > 0 and int emphasisEnd)
            {
                // Markdown emphasis closed after the mark: "**Are space heaters cheaper?**", "_Done._".
                next = emphasisEnd;
            }
            else if (SplitChars.EmoticonLength(text, c == ' ' && k + 1 < text.Length ? k + 1 : k) is > 0 and int emoticon)
            {
                // An emoticon after the mark, glued or after a space, closes the sentence: it opens none ("Thanks! :)
                // See you", "our own chain.:) Satisfied.").
                next = (c == ' ' ? k + 1 : k) + emoticon;
            }
            else if (c == ' ' && EmojiRunEnd(text, k + 1) is var emojiEnd && emojiEnd > k + 1
                && (SplitChars.EndsLine(text, emojiEnd) || SplitChars.IsFeelingEmoji(text, k + 1)))
            {
                // Emoji after the mark and a space that end the line stay with the sentence: "what a debate! 😀🎉"; in
                // the line they may open the next one, as bullets do ("the steps. 👉 Open the app."), unless they tell a
                // feeling, which closes what was said ("Love it! 😍 Would buy again.").
                next = emojiEnd;
            }

            if (next < 0)
            {
                break;
            }

            k = next;
        }

        return k;
    }

    /// <summary>
    /// The end of the page locator at <paramref name="colon"/> after a citation's bracket: a colon, a space or none, and
    /// page numbers, ranges or lists of them ("[5]: 23–25", "[12]:4, 9"), followed by white space, another citation or
    /// the end of the text; -1 otherwise. Reads at most <see cref="MaxPageLocator"/> characters.
    /// </summary>
    private static int PageLocatorEnd(ReadOnlySpan<char> text, int colon)
    {
        int k = colon + 1;
        if (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        int limit = Math.Min(text.Length, colon + MaxPageLocator);
        int digits = 0;
        while (k < limit)
        {
            char c = text[k];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == ',' && digits > 0 && k + 2 < text.Length && text[k + 1] == ' ' && char.IsAsciiDigit(text[k + 2]))
            {
                k++;
            }
            else if (!(c is '\u2013' or '-' && digits > 0 && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1])))
            {
                break;
            }

            k++;
        }

        return digits > 0 && (k >= text.Length || SplitChars.IsWhiteSpace(text[k]) || text[k] == '[') ? k : -1;
    }

    /// <summary>
    /// Whether the apostrophe at <paramref name="apostrophe"/> begins a word of one elided letter before a space: Dutch
    /// "'s" and "'t" ("'s Avonds"), and the possessive of tokenized text ("lloyd 's death"). No quotation opens there.
    /// </summary>
    public static bool IsElidedWordAt(ReadOnlySpan<char> text, int apostrophe) =>
        apostrophe + 2 < text.Length && text[apostrophe] is '\'' or '\u2019' && text[apostrophe + 1] is 's' or 't' && text[apostrophe + 2] == ' ';

    /// <summary>
    /// <paramref name="line"/> after the Markdown emphasis that opens it, a run of one to three of the same '*' or '_'
    /// before a letter or a digit ("*Photo: The new bridge.*", "**Read more:** ...", "__Related__: ..."), so that its
    /// opening words are read as those of the same line without it; a list's bullet ("* Item") is no emphasis.
    /// </summary>
    public static ReadOnlySpan<char> SkipOpeningEmphasis(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && k < 3 && line[k] is '*' or '_' && line[k] == line[0])
        {
            k++;
        }

        return k > 0 && k < line.Length && char.IsLetterOrDigit(line[k]) ? line[k..] : line;
    }

    /// <summary>The characters that Markdown's emphasis is written with, trimmed off a label that it wraps ("Photo**", "Related__").</summary>
    public const string EmphasisMarks = "*_";

    /// <summary>The end of the line that <paramref name="k"/> is on: its line break, or the text's end.</summary>
    public static int LineEnd(ReadOnlySpan<char> text, int k)
    {
        int breakAt = SplitChars.IndexOfLineBreak(text[k..]);
        return breakAt < 0 ? text.Length : k + breakAt;
    }

    /// <summary>
    /// The end of a Markdown emphasis that closes at <paramref name="k"/>: a run of one to three of the same '*' or '_'
    /// before white space or the text's end; -1 otherwise ("2*3" and "snake_case" close nothing).
    /// </summary>
    private static int EmphasisCloseEnd(ReadOnlySpan<char> text, int k)
    {
        int end = k + 1;
        while (end < text.Length && end - k < 3 && text[end] == text[k])
        {
            end++;
        }

        return end >= text.Length || SplitChars.IsWhiteSpace(text[end]) ? end : -1;
    }

    /// <summary>The end of the run of emoji that starts at <paramref name="k"/>; <paramref name="k"/> when none starts there.</summary>
    private static int EmojiRunEnd(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && SplitChars.EmojiLength(text, k) is > 0 and int length)
        {
            k += length;
        }

        return k;
    }

    /// <summary>
    /// "[3]", "[12, 14]", "[a]", "[citation needed]", a Markdown footnote's reference "[^1]": short, on one line, no
    /// sentence inside.
    /// </summary>
    private static int CitationEnd(ReadOnlySpan<char> text, int k)
    {
        int limit = Math.Min(text.Length, k + MaxCitation);
        int first = k + 1 < limit && text[k + 1] == '^' ? k + 2 : k + 1;
        for (int q = first; q < limit; q++)
        {
            char c = text[q];
            if (c == ']')
            {
                return q > first ? q + 1 : -1;
            }

            // A maintenance tag in another language than English abbreviates or asks ("[réf. nécessaire]", "[bron?]",
            // "[Lequel ?]"): a period after a letter and a question mark after the tag's first letter stay inside it.
            if (!char.IsLetterOrDigit(c) && c is not (' ' or ',' or '-' or '\u2013' or ';' or ':')
                && !(q > first && ((c == '.' && char.IsLetter(text[q - 1])) || (c == '?' && char.IsLetter(text[first])))))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A digit written in superscript ("¹", "⁴").</summary>
    private static bool IsSuperscriptDigit(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or '\u2070' or (>= '\u2074' and <= '\u2079');

    /// <summary>
    /// A footnote number glued to a period: the period follows a word or a closing bracket (not a digit, which would
    /// make a decimal), one to three digits follow it, or several such numbers with commas and dashes between them, as
    /// a paper's references are cited ("mortality.1,2 Because", ".12–14 Because"), or such numbers in brackets
    /// (".(1,2) Because"), and then a capitalized word.
    /// </summary>
    private static int FootnoteNumberEnd(ReadOnlySpan<char> text, int period, int k)
    {
        if (period == 0 || char.IsDigit(text[period - 1]) || SplitChars.IsWhiteSpace(text[period - 1]))
        {
            return -1;
        }

        bool bracketed = text[k] == '(';
        int q = bracketed ? k + 1 : k;
        for (int numbers = 0; ; numbers++)
        {
            int digits = q;
            while (q < text.Length && q - digits < 4 && char.IsAsciiDigit(text[q]))
            {
                q++;
            }

            if (q == digits || q - digits > 3 || numbers == MaxFootnoteNumbers)
            {
                return -1;
            }

            if (q + 1 < text.Length && text[q] is ',' or '-' or '\u2013' && char.IsAsciiDigit(text[q + 1]))
            {
                q++;
                continue;
            }

            break;
        }

        if (bracketed)
        {
            if (q >= text.Length || text[q] != ')')
            {
                return -1;
            }

            q++;
        }

        if (q >= text.Length || !SplitChars.IsWhiteSpace(text[q]))
        {
            return -1;
        }

        int word = q;
        while (word < text.Length && SplitChars.IsWhiteSpace(text[word]))
        {
            word++;
        }

        return word < text.Length && char.IsUpper(text[word]) ? q : -1;
    }

    /// <summary>
    /// Whether <paramref name="line"/> (without its line break) is made of Markdown links and images alone
    /// (<see cref="IsLinkLine"/>) and opens with an image, linked or not ("![Dashboard](old.png)",
    /// "[![npm](https://img.shields.io/npm/v/x.svg)](https://npm.im/x)").
    /// </summary>
    public static bool IsImageLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return (line.StartsWith("![") || line.StartsWith("[![")) && IsLinkLine(line);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is made of Markdown links and images alone, with spaces or separators ("|", "·",
    /// "-", a breadcrumb's "›" and "»") between them: a README's badges
    /// ("[![Build](https://ci.example/badge.svg)](https://ci.example)"), also written by reference
    /// ("[![NuGet][nuget-badge]][nuget]"), or a row of navigation links. It says nothing, however long its addresses make
    /// it. Reads the line once.
    /// </summary>
    public static bool IsLinkLine(ReadOnlySpan<char> line)
    {
        int links = 0;
        int k = 0;
        while (k < line.Length)
        {
            if (SplitChars.IsWhiteSpace(line[k]) || line[k] is '|' or '\u00B7' or '\u2022' or '-' or '\u2013' or '\u2014' or ',' or '\u203A' or '\u00BB')
            {
                k++;
                continue;
            }

            k = LinkEnd(line, k);
            if (k < 0)
            {
                return false;
            }

            links++;
        }

        return links > 0;
    }

    /// <summary>
    /// What a reader sees of <paramref name="line"/>, written to <paramref name="destination"/>: each inline Markdown
    /// link as its anchor's words ("[Lisbon](https://example.com/lisbon)" shows "Lisbon") and each image, linked or not,
    /// as nothing ("[![Image: Ana](a.jpg)](/ana) wrote a review" shows " wrote a review"). Returns the length written,
    /// or -1 when more than <paramref name="destination"/> holds would show. Reads the line once.
    /// </summary>
    public static int VisibleText(ReadOnlySpan<char> line, Span<char> destination)
    {
        const int MaxLinkTarget = 2048;
        int written = 0;
        int k = 0;
        while (k < line.Length)
        {
            int open = line[k..].IndexOf('[');
            int copyEnd = open < 0 ? line.Length : k + open;
            // An anchor longer than the destination could not show, and a target longer than a link's address is none:
            // each bracket is matched within those bounds, so that a line of brackets that never close is read in time
            // linear in its length.
            int label = open < 0 ? -1 : MatchingEnd(line[..Math.Min(line.Length, copyEnd + destination.Length + 2)], copyEnd, '[', ']');
            int target = label > 0 && label + 1 < line.Length && line[label + 1] == '('
                ? MatchingEnd(line[..Math.Min(line.Length, label + MaxLinkTarget + 3)], label + 1, '(', ')')
                : -1;
            if (open >= 0 && target < 0)
            {
                // A bracket that opens no link is text.
                copyEnd++;
            }

            bool image = target > 0 && copyEnd > k && line[copyEnd - 1] == '!';
            ReadOnlySpan<char> shown = target < 0 ? line[k..copyEnd]
                : line[k..(image ? copyEnd - 1 : copyEnd)];
            if (!TryAppend(shown, destination, ref written))
            {
                return -1;
            }

            if (target > 0 && !image)
            {
                // The anchor's words show, unless they are an image (a linked image, an avatar or a badge).
                ReadOnlySpan<char> anchor = line[(copyEnd + 1)..label];
                if (!(anchor.StartsWith("![") && IsLinkLine(anchor)) && !TryAppend(anchor, destination, ref written))
                {
                    return -1;
                }
            }

            k = target < 0 ? copyEnd : target + 1;
        }

        return written;

        static bool TryAppend(ReadOnlySpan<char> part, Span<char> destination, ref int written)
        {
            if (!part.TryCopyTo(destination[written..]))
            {
                return false;
            }

            written += part.Length;
            return true;
        }
    }

    /// <summary>The end of the Markdown link or image at <paramref name="k"/> ("[text](url)", "![alt](url)", "[text][ref]"); -1 when none starts there.</summary>
    private static int LinkEnd(ReadOnlySpan<char> line, int k)
    {
        k += line[k] == '!' ? 1 : 0;
        int label = k < line.Length && line[k] == '[' ? MatchingEnd(line, k, '[', ']') : -1;
        if (label < 0 || label + 1 >= line.Length)
        {
            return -1;
        }

        int target = line[label + 1] switch
        {
            '(' => MatchingEnd(line, label + 1, '(', ')'),
            '[' => MatchingEnd(line, label + 1, '[', ']'),
            _ => -1,
        };
        return target < 0 ? -1 : target + 1;
    }

    /// <summary>The index of the <paramref name="close"/> that matches the <paramref name="open"/> at <paramref name="k"/>, nesting counted; -1 when none does.</summary>
    private static int MatchingEnd(ReadOnlySpan<char> line, int k, char open, char close)
    {
        int depth = 0;
        for (int i = k; i < line.Length; i++)
        {
            if (line[i] == open)
            {
                depth++;
            }
            else if (line[i] == close && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The end of a run of three or more '|' or '*' at <paramref name="k"/> that a space or the text's end follows (the
    /// separator between the documents of a collection, "|||||", or a notice's "***" before a capital);
    /// <paramref name="k"/> otherwise.
    /// </summary>
    public static int SeparatorRunEnd(ReadOnlySpan<char> text, int k)
    {
        if (text[k] is not ('|' or '*'))
        {
            return k;
        }

        int end = k + 1;
        while (end < text.Length && text[end] == text[k])
        {
            end++;
        }

        if (end - k < 3 || (end < text.Length && !SplitChars.IsWhiteSpace(text[end])))
        {
            return k;
        }

        // Asterisks stand for a censored word too ("**** off", ". **** , marry"): a notice's open before a capital.
        int next = end;
        while (next < text.Length && next - end < 8 && text[next] is ' ' or '\t')
        {
            next++;
        }

        return text[k] == '|' || (next < text.Length && char.IsUpper(text[next])) ? end : k;
    }

    /// <summary>
    /// The end of the line at <paramref name="k"/> when that line holds only markup: a rule drawn with three or more
    /// punctuation characters ("----", "......", "////", a Markdown table's "|---|:--|"), or tags ("&lt;hr/&gt;"); or
    /// the end of a Markdown code block fenced with "```" or "~~~" that opens there and closes further on (code is no
    /// prose; a fence that never closes is text, "```` is four of them."); otherwise -1.
    /// </summary>
    public static int MarkupLineEnd(ReadOnlySpan<char> text, int k, ref CodeFences fences) => MarkupLineEnd(text, k, ref fences, tags: true);

    /// <summary>
    /// <see cref="MarkupLineEnd(ReadOnlySpan{char}, int, ref CodeFences)"/>, where a line of tags counts as markup only
    /// when <paramref name="tags"/> is set: an address in angle brackets alone on a line ("&lt;https://semver.org/&gt;.")
    /// reads as a tag, and a sentence may be wrapped onto it.
    /// </summary>
    public static int MarkupLineEnd(ReadOnlySpan<char> text, int k, ref CodeFences fences, bool tags)
    {
        if (CodeBlockEnd(text, k, ref fences) is > 0 and int codeEnd)
        {
            return codeEnd;
        }

        if (FrontMatterEnd(text, k) is > 0 and int metadataEnd)
        {
            return metadataEnd;
        }

        if (CommentBlockEnd(text, k, ref fences) is > 0 and int commentEnd)
        {
            return commentEnd;
        }

        if (RstMarkupEnd(text, k) is > 0 and int rstEnd)
        {
            return rstEnd;
        }

        if (TracebackEnd(text, k) is > 0 and int tracebackEnd)
        {
            return tracebackEnd;
        }

        if (StackTraceEnd(text, k) is > 0 and int stackTraceEnd)
        {
            return stackTraceEnd;
        }

        int q = k;
        int rule = 0;
        while (q < text.Length && !SplitChars.IsLineBreakAt(text, q))
        {
            char c = text[q];
            if (s_ruleChars.Contains(c))
            {
                rule++;
                q++;
            }
            else if (c == '<' && tags && TagEnd(text, q) is > 0 and var tagEnd)
            {
                rule += 3;
                q = tagEnd;
            }
            else if (c is ' ' or '\t' or '\r' or '\u00A0')
            {
                q++;
            }
            else
            {
                return -1;
            }
        }

        return rule >= 3 ? q : -1;
    }

    /// <summary>A Python traceback's first line, which a bug report pastes over the frames of the error.</summary>
    private const string TracebackHeader = "Traceback (most recent call last):";

    /// <summary>
    /// The end of the Python traceback that opens at <paramref name="k"/>, or -1: its header
    /// (<see cref="TracebackHeader"/>), the indented lines of its frames ("  File "export.py", line 141, in export_zip"
    /// and the code under each), and the line of the error at the header's margin after them ("FileNotFoundError: [Errno
    /// 2] No such file or directory"). A log of the program, not prose; what the report says of it is.
    /// </summary>
    private static int TracebackEnd(ReadOnlySpan<char> text, int k)
    {
        if (k >= text.Length || text[k] != 'T' || !text[k..].StartsWith(TracebackHeader, StringComparison.Ordinal))
        {
            return -1;
        }

        int end = LineEnd(text, k);
        if (end != k + TracebackHeader.Length && !text[(k + TracebackHeader.Length)..end].IsWhiteSpace())
        {
            return -1;
        }

        // The frames, indented deeper than the header; then the error's line, at the header's margin (a doctest indents
        // both), unless a blank line comes first.
        int margin = 0;
        while (k - margin > 0 && text[k - margin - 1] is ' ' or '\t')
        {
            margin++;
        }

        bool error = false;
        while (end < text.Length && !error)
        {
            int content = NextLineContent(text, end, out int next);
            if (content < 0)
            {
                break;
            }

            error = content - next <= margin;
            end = LineEnd(text, content);
        }

        return end;
    }

    /// <summary>
    /// Where the text of the line after the line break at <paramref name="end"/> starts, past its indent, or -1 when that
    /// line is blank or the text ends; <paramref name="next"/> is where the line starts.
    /// </summary>
    private static int NextLineContent(ReadOnlySpan<char> text, int end, out int next)
    {
        next = SkipLineBreak(text, end);
        int content = next;
        while (content < text.Length && text[content] is ' ' or '\t')
        {
            content++;
        }

        return content >= text.Length || SplitChars.IsLineBreakAt(text, content) ? -1 : content;
    }

    /// <summary>The word that opens each frame of a .NET or a Java stack trace (<see cref="StackTraceEnd"/>).</summary>
    private const string FrameOpener = "at ";

    /// <summary>The label of a Java trace's cause among its frames ("Caused by: java.io.IOException: Broken pipe").</summary>
    private const string CauseOpener = "Caused by: ";

    /// <summary>
    /// The end of the .NET or Java stack trace whose first frame opens at <paramref name="k"/>, or -1: indented lines
    /// that open with "at " and a method's dotted name before its brackets, which close the line or come before where
    /// the source stands ("   at Shop.Orders.Save(Order o) in /src/Orders.cs:line 88", "\tat shop.Orders.save(Orders.java:88)"),
    /// and among them a Java trace's "... 2 more" and "Caused by: ..." and .NET's "--- End of inner exception stack
    /// trace ---", up to a blank line or a line that is none of these. A log of the program, as a Python traceback is
    /// (<see cref="TracebackEnd"/>); the exception's message over the frames stays a line of its own.
    /// </summary>
    private static int StackTraceEnd(ReadOnlySpan<char> text, int k)
    {
        if (k == 0 || k >= text.Length || text[k] != 'a' || text[k - 1] is not (' ' or '\t') || !IsStackFrame(text[k..LineEnd(text, k)]))
        {
            return -1;
        }

        int end = LineEnd(text, k);
        while (end < text.Length)
        {
            int content = NextLineContent(text, end, out int next);
            if (content < 0)
            {
                break;
            }

            int lineEnd = LineEnd(text, content);
            ReadOnlySpan<char> line = text[content..lineEnd].TrimEnd();
            bool frame = content > next && (IsStackFrame(line) || IsOmittedFrames(line) || (line.StartsWith("--- ") && line.EndsWith(" ---")));
            if (!frame && !line.StartsWith(CauseOpener, StringComparison.Ordinal))
            {
                break;
            }

            end = lineEnd;
        }

        return end;
    }

    /// <summary>
    /// Whether <paramref name="line"/> (from its first character after the indent) is a frame of a .NET or a Java stack
    /// trace: "at ", a dotted name without spaces, brackets, and nothing after them but where the source stands (" in ...").
    /// </summary>
    private static bool IsStackFrame(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith(FrameOpener, StringComparison.Ordinal))
        {
            return false;
        }

        int open = line.IndexOf('(');
        int close = open < 0 ? -1 : line[open..].IndexOf(')');
        if (open <= FrameOpener.Length || close < 0)
        {
            return false;
        }

        ReadOnlySpan<char> method = line[FrameOpener.Length..open];
        ReadOnlySpan<char> after = line[(open + close + 1)..].TrimEnd();
        return method.IndexOf('.') > 0 && method.IndexOfAny(' ', '\t') < 0 && (after.IsEmpty || after.StartsWith(" in ", StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="line"/> is a Java trace's count of the frames it leaves out, as its cause shares them ("... 2 more").</summary>
    private static bool IsOmittedFrames(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("... ", StringComparison.Ordinal) || !line.EndsWith(" more", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> count = line[4..^5];
        return !count.IsEmpty && !count.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// The end of the block of indented code whose first line starts at <paramref name="k"/> (its first character after
    /// the indentation), or -1: lines indented by at least four columns (a tab is four), up to a blank or less indented
    /// line, as Markdown writes code ("    var client = new HttpClient();") and plain text pastes it. The block is code
    /// when no line of it reads as prose (at least four words, those of the lines without code that a sentence wraps
    /// over counting, and an end as prose ends: <see cref="EndsLikeProse"/>; no comment) and at least a third of its
    /// lines, and one at the least, read as code (<see cref="ReadsAsCode"/>); an indented paragraph, verse or quotation is not, even with an
    /// operator in a sentence ("x == y is true when the two are equal."). The splitter asks only where a paragraph opens,
    /// so each block is read once and the pass stays linear.
    /// </summary>
    public static int IndentedCodeEnd(ReadOnlySpan<char> text, int k) => IndentedCodeEnd(text, k, MinCodeIndent, int.MaxValue);

    /// <summary>
    /// The end of the block of code indented by at least <paramref name="minIndent"/> columns whose first line starts at
    /// <paramref name="k"/>, read as <see cref="IndentedCodeEnd(ReadOnlySpan{char}, int)"/> reads one, or -1; a block of
    /// more than <paramref name="maxLines"/> lines is not read to its end and is no code.
    /// </summary>
    public static int IndentedCodeEnd(ReadOnlySpan<char> text, int k, int minIndent, int maxLines)
    {
        int lineStart = k;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        if ((lineStart > 0 && !SplitChars.IsLineBreakAt(text, lineStart - 1)) || Indentation(text, lineStart, k) < minIndent)
        {
            return -1;
        }

        int lines = 0;
        int codeLines = 0;
        int end = -1;
        // The words (up to MinProseWords) of the lines just before that a sentence may wrap over: no code, no comment,
        // no final terminator. A sentence wrapped so that its last line is short ("Use this file rather than the
        // default of\n    ~/.manpath.") reads as prose too.
        int openWords = 0;
        for (int line = lineStart; line < text.Length;)
        {
            int content = SplitChars.SkipSpaces(text, line);
            int lineEnd = LineEnd(text, line);
            ReadOnlySpan<char> trimmed = text[content..lineEnd].TrimEnd();
            if (trimmed.IsEmpty || Indentation(text, line, content) < minIndent)
            {
                break;
            }

            if (lines == maxLines)
            {
                return -1;
            }

            // A comment after code ("$x->bneg();    # negation (sign)") is the code's: what is before it decides.
            ReadOnlySpan<char> body = BeforeTrailingComment(trimmed);
            bool ends = EndsLikeProse(body);
            int words = SplitChars.CountWords(body, MinProseWords);
            if (ends && !OpensComment(trimmed) && openWords + words >= MinProseWords)
            {
                return -1;
            }

            // Wrapped prose ends its sentences inside its lines ("Interrupt script execution.  It works more or less
            // like the"), where a line of code has no such end.
            if (openWords + words >= MinProseWords && !OpensComment(trimmed) && EndsSentenceInside(body) && !ReadsAsCode(trimmed))
            {
                return -1;
            }

            if (ReadsAsCode(trimmed))
            {
                codeLines++;
                openWords = 0;
            }
            else
            {
                openWords = ends || OpensComment(trimmed) ? 0 : Math.Min(openWords + words, MinProseWords);
            }

            lines++;
            end = content + trimmed.Length;
            line = SkipLineBreak(text, lineEnd);
        }

        return codeLines > 0 && codeLines * 3 >= lines ? end : -1;
    }

    /// <summary>How many columns the white space text[lineStart..content] fills, a tab counting to the next multiple of four.</summary>
    internal static int Indentation(ReadOnlySpan<char> text, int lineStart, int content)
    {
        int columns = 0;
        for (int q = lineStart; q < content; q++)
        {
            columns = NextColumn(columns, text[q]);
        }

        return columns;
    }

    /// <summary>The column after <paramref name="c"/> written at <paramref name="column"/>: a tab goes on to the next multiple of four.</summary>
    internal static int NextColumn(int column, char c) => c == '\t' ? (column / MinCodeIndent + 1) * MinCodeIndent : column + 1;

    /// <summary>
    /// Where the text before <paramref name="lineStart"/> ends once the white space before it is passed over, and how
    /// many line breaks that white space holds (<paramref name="breaks"/>).
    /// </summary>
    internal static int EndBeforeWhiteSpace(ReadOnlySpan<char> text, int lineStart, out int breaks)
    {
        int q = lineStart;
        breaks = 0;
        while (q > 0 && SplitChars.IsWhiteSpace(text[q - 1]))
        {
            q--;
            breaks += SplitChars.IsLineBreakAt(text, q) ? 1 : 0;
        }

        return q;
    }

    /// <summary>The end of text[start..end] once the white space at its end is passed over.</summary>
    internal static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && SplitChars.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>How far a line of code is indented, at the least, in Markdown and in the plain text that pastes it.</summary>
    internal const int MinCodeIndent = 4;

    /// <summary>Marks that a line of code holds and a line of prose does not: operators, a call's parentheses, a comment.</summary>
    private static readonly SearchValues<string> s_codeMarks = SearchValues.Create(
        ["=>", "->", "::", "==", "!=", "&&", "||", "+=", "-=", ":=", "++", "();", "//", "/*", "#include", "</", "/>"],
        StringComparison.Ordinal);

    /// <summary>
    /// Whether a line (trimmed) reads as code: it holds an operator or a comment (<see cref="s_codeMarks"/>), ends with a
    /// brace, with "):" (a Python block) or with a call ("print(total)", "client.Dispose();"), ends with ';' after an
    /// assignment, a bracket or at most three words ("using System;"), opens with a shell prompt ("$ dotnet build") or
    /// passes an option ("pip install -r requirements.txt", "summarize --sample", a manual page's synopsis "apropos
    /// [-s list] [-e|-w|-r] keyword").
    /// </summary>
    private static bool ReadsAsCode(ReadOnlySpan<char> line)
    {
        char last = line[^1];
        if (last is '{' or '}' || line.ContainsAny(s_codeMarks) || line.EndsWith("):") || line.StartsWith("$ "))
        {
            return true;
        }

        ReadOnlySpan<char> body = last == ';' ? line[..^1].TrimEnd() : line;
        if (last == ';' && (body.ContainsAny('=', '[', ']') || body.IndexOf('(') >= 0 || SplitChars.CountWords(body, 4) <= 3))
        {
            return true;
        }

        // A call: a name, then '(' with no space between, closing the line ("Console.WriteLine(total)").
        int open = body.IndexOf('(');
        if (open > 0 && body[^1] == ')' && (char.IsLetterOrDigit(body[open - 1]) || body[open - 1] == '_'))
        {
            return true;
        }

        for (int q = line.IndexOf('-'); q >= 0; q = line[(q + 1)..].IndexOf('-') is >= 0 and int next ? q + 1 + next : -1)
        {
            // An option: "-r", "-c Release", "--sample", or one in a synopsis's brackets ("[-s list]", "[-e|-w|-r]");
            // not a dash between words ("cost - about", "well-known").
            int name = q + 1 < line.Length && line[q + 1] == '-' ? q + 2 : q + 1;
            if (q > 0 && line[q - 1] is ' ' or '[' && name < line.Length && char.IsAsciiLetter(line[name])
                && (name > q + 1 || name + 1 == line.Length || line[name + 1] is ' ' or ']' or '|'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a line (trimmed) ends as a sentence of prose does: with a terminator ('.', '!', '?', perhaps before a
    /// closing quote or bracket). An ellipsis spaced from the word before it ends no prose: it repeats the argument of
    /// a synopsis ("[-s list] keyword ...").
    /// </summary>
    private static bool EndsLikeProse(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> body = line.TrimEnd("\"')\u201D\u2019");
        return !body.IsEmpty && body[^1] is '.' or '!' or '?' && !body.EndsWith(" ...");
    }

    /// <summary>
    /// A line (trimmed) up to the comment that code before it carries, set apart by a space ("total += v;  # the sum.",
    /// "client.Dispose(); // done."), trimmed; the whole line when no code stands before such a mark.
    /// </summary>
    private static ReadOnlySpan<char> BeforeTrailingComment(ReadOnlySpan<char> line)
    {
        for (int q = line.IndexOf(" #"); q > 0; q = line[(q + 2)..].IndexOf(" #") is >= 0 and int next ? q + 2 + next : -1)
        {
            if (q + 2 == line.Length || line[q + 2] == ' ')
            {
                return ReadsAsCode(line[..q].TrimEnd()) ? line[..q].TrimEnd() : line;
            }
        }

        int slashes = line.IndexOf(" //");
        return slashes > 0 && ReadsAsCode(line[..slashes].TrimEnd()) ? line[..slashes].TrimEnd() : line;
    }

    /// <summary>
    /// Whether a sentence ends inside a line: a word in lower case of at least two letters or a closing bracket or
    /// quote, a period, '!' or '?', white space and a capitalized word ("execution.  It works", "{name}.  The").
    /// </summary>
    private static bool EndsSentenceInside(ReadOnlySpan<char> line)
    {
        for (int q = 2; q + 2 < line.Length; q++)
        {
            if (line[q] is '.' or '!' or '?' && line[q + 1] == ' '
                && ((char.IsLower(line[q - 1]) && char.IsLower(line[q - 2])) || line[q - 1] is ')' or '}' or ']' or '"' or '\'' or '|'))
            {
                int next = q + 1;
                while (next < line.Length && line[next] == ' ')
                {
                    next++;
                }

                if (next < line.Length && char.IsUpper(line[next]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a line (trimmed) opens with the mark of a comment of code: "# Add them up.", "// Reuse the client.".</summary>
    private static bool OpensComment(ReadOnlySpan<char> line) =>
        line.StartsWith("//") || line.StartsWith("# ") || line.StartsWith("/*") || line.StartsWith("--");

    /// <summary>The fewest words of a line, or of the lines of a sentence, that reads as prose in a block of code (<see cref="IndentedCodeEnd(ReadOnlySpan{char}, int)"/>).</summary>
    private const int MinProseWords = 4;

    /// <summary>Whether an HTML comment opens at <paramref name="k"/>: "&lt;!--".</summary>
    private static bool IsCommentOpen(ReadOnlySpan<char> text, int k) => text[k..].StartsWith("<!--");

    /// <summary>
    /// The end of reStructuredText markup on the line at <paramref name="k"/> (its first character after the
    /// indentation), or -1. A literal block, the lines indented deeper than a paragraph that "::" ends, after a blank
    /// line ("Output::" over "    {\"Arn\": ...}"), and a paragraph of "::" alone, are no prose; nor is a directive
    /// whose content is code or a listing (".. code-block:: python", ".. literalinclude::", ".. toctree::",
    /// ".. image::": <see cref="s_rstLiteralDirectives"/>) with its indented block, a hyperlink target (".. _setup:",
    /// ".. _docs: https://...") or a substitution's definition (".. |logo| image:: logo.png"). Another directive's
    /// marker (".. note::", ".. versionadded:: 3.1", ".. py:function::") and the option fields under it
    /// ("   :caption: Setup") are no segment, and its text goes on after them: the markup's end is where the text after
    /// the marker starts. Each line and block is read once, where a segment would start.
    /// </summary>
    internal static int RstMarkupEnd(ReadOnlySpan<char> text, int k)
    {
        int lineStart = k;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        if (lineStart > 0 && !SplitChars.IsLineBreakAt(text, lineStart - 1))
        {
            return -1;
        }

        int indent = Indentation(text, lineStart, k);
        if (IsAfterLiteralMarker(text, lineStart, indent, out int markerIndent))
        {
            return IndentedBlockEnd(text, lineStart, markerIndent);
        }

        // Only a line that opens with "::" or ".. " is read to its end.
        if (!text[k..].StartsWith("::") && !text[k..].StartsWith(".. "))
        {
            return -1;
        }

        int lineEnd = LineEnd(text, k);
        ReadOnlySpan<char> line = text[k..lineEnd].TrimEnd();
        if (line.SequenceEqual("::"))
        {
            return lineEnd;
        }

        if (!line.StartsWith(".. ") || line.Length < 4)
        {
            return -1;
        }

        ReadOnlySpan<char> rest = line[3..];
        if (rest[0] == '_' || rest[0] == '|')
        {
            // ".. _setup:", ".. _docs: https://...", ".. __: https://...", ".. |logo| image:: logo.png".
            bool target = rest[0] == '_' && rest.IndexOf(':') > 0;
            bool substitution = rest[0] == '|' && rest.Length > 2 && rest[1..].IndexOf('|') > 0;
            return target || substitution ? IndentedBlockEnd(text, lineStart, indent) : -1;
        }

        int name = 0;
        while (name < rest.Length && (char.IsAsciiLetterOrDigit(rest[name]) || rest[name] is '-' or '_' or '.' or '+'
            || (rest[name] == ':' && name + 1 < rest.Length && rest[name + 1] != ':')))
        {
            name++;
        }

        if (name == 0 || !rest[name..].StartsWith("::"))
        {
            // ".. [1] A footnote", ".. a comment": text, read as any other.
            return -1;
        }

        ReadOnlySpan<char> directive = rest[..name];
        int domain = directive.LastIndexOf(':');
        if (s_rstLiteralDirectives.Contains(directive[(domain + 1)..]))
        {
            return IndentedBlockEnd(text, lineStart, indent);
        }

        int argument = SplitChars.SkipSpaces(text, k + 3 + name + 2);
        if (argument < lineEnd)
        {
            return argument;
        }

        // The option fields right under the marker (":caption: Setup", ":linenos:").
        int end = lineEnd;
        for (int next = SkipLineBreak(text, lineEnd); next < text.Length;)
        {
            int content = SplitChars.SkipSpaces(text, next);
            int nextEnd = LineEnd(text, content);
            if (content >= nextEnd || Indentation(text, next, content) <= indent || text[content] != ':'
                || text[(content + 1)..nextEnd].IndexOf(':') <= 0)
            {
                break;
            }

            end = nextEnd;
            next = SkipLineBreak(text, nextEnd);
        }

        return end;
    }

    /// <summary>
    /// Whether the line at <paramref name="lineStart"/>, indented by <paramref name="indent"/> columns, is the first of
    /// a reStructuredText literal block: the last line before it that is not blank ends with "::", a blank line lies
    /// between, and that line is indented less (<paramref name="markerIndent"/>). Reads back over the blank lines and
    /// that one line.
    /// </summary>
    private static bool IsAfterLiteralMarker(ReadOnlySpan<char> text, int lineStart, int indent, out int markerIndent)
    {
        markerIndent = 0;
        int q = EndBeforeWhiteSpace(text, lineStart, out int breaks);

        if (breaks < 2 || q < 2 || text[q - 1] != ':' || text[q - 2] != ':')
        {
            return false;
        }

        int markerStart = q - 1;
        while (markerStart > 0 && !SplitChars.IsLineBreakAt(text, markerStart - 1))
        {
            markerStart--;
        }

        // A directive's marker (".. note::") ends with "::" too, and its block is the directive's.
        int markerContent = SplitChars.SkipSpaces(text, markerStart);
        markerIndent = Indentation(text, markerStart, markerContent);
        return indent > markerIndent && !text[markerContent..].StartsWith(".. ");
    }

    /// <summary>
    /// The end of the last line that is not blank of the block at <paramref name="lineStart"/>: that line, and the lines
    /// after it that are blank or indented by more than <paramref name="indent"/> columns.
    /// </summary>
    private static int IndentedBlockEnd(ReadOnlySpan<char> text, int lineStart, int indent)
    {
        int end = TrimEnd(text, lineStart, LineEnd(text, lineStart));
        for (int line = SkipLineBreak(text, LineEnd(text, lineStart)); line < text.Length;)
        {
            int content = SplitChars.SkipSpaces(text, line);
            int lineEnd = LineEnd(text, content);
            if (content < lineEnd && !text[content..lineEnd].IsWhiteSpace())
            {
                if (Indentation(text, line, content) <= indent)
                {
                    break;
                }

                end = TrimEnd(text, content, lineEnd);
            }

            line = SkipLineBreak(text, lineEnd);
        }

        return end;
    }

    /// <summary>
    /// The reStructuredText and Sphinx directives whose content is code, markup or a listing rather than prose; a
    /// domain's prefix ("py:", "c:") is read off first.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_rstLiteralDirectives = FrozenSet.ToFrozenSet(
    [
        "code", "code-block", "sourcecode", "literalinclude", "parsed-literal", "highlight", "math", "productionlist",
        "raw", "toctree", "include", "image", "csv-table", "graphviz", "doctest", "testcode", "testoutput",
        "testsetup", "testcleanup", "ipython", "jupyter-execute", "code-cell", "autosummary", "automodule", "autoclass",
        "autofunction", "automethod", "autodata", "autoattribute", "autoexception", "contents", "sectnum", "index",
        "meta", "tabularcolumns", "default-role", "role", "mermaid", "plot", "uml", "prompt",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The end of the HTML comment that opens the line at <paramref name="k"/> ("&lt;!-- Migrated from the old blog.
    /// --&gt;", over one line or several), when nothing but white space follows it on the line where it closes, or -1:
    /// a note to whoever edits the file, no prose. <paramref name="fences"/> remembers where the next "--&gt;" lies, so
    /// that a text of many comments that never close is read once.
    /// </summary>
    private static int CommentBlockEnd(ReadOnlySpan<char> text, int k, ref CodeFences fences)
    {
        if (!IsCommentOpen(text, k))
        {
            return -1;
        }

        int searchFrom = k + 4;
        if (searchFrom < fences.CommentFrom || searchFrom > fences.CommentNext)
        {
            int close = text[searchFrom..].IndexOf("-->");
            fences.CommentFrom = searchFrom;
            fences.CommentNext = close < 0 ? text.Length : searchFrom + close;
        }

        if (fences.CommentNext >= text.Length)
        {
            return -1;
        }

        int end = fences.CommentNext + 3;
        int lineEnd = LineEnd(text, end);
        return text[end..lineEnd].IsWhiteSpace() ? lineEnd : -1;
    }

    /// <summary>
    /// The end of the front matter that opens a Markdown file at <paramref name="k"/>, or -1: a block of YAML fenced by
    /// "---" lines (Jekyll, Hugo, a static site's posts), or of TOML fenced by "+++", at the start of the text, whose
    /// lines are "key: value" pairs ("key = value" in TOML), list items, comments, indented continuations or blank,
    /// the first a pair with a lower-case key; YAML's block may close with "...". It holds a post's metadata (title, date, tags), no prose.
    /// </summary>
    private static int FrontMatterEnd(ReadOnlySpan<char> text, int k)
    {
        // The white-space test stops at the first letter of the text: cheap at every line.
        if (text[k] is not ('-' or '+') || k + 3 > text.Length || !text[..k].IsWhiteSpace())
        {
            return -1;
        }

        char fence = text[k];
        int openEnd = LineEnd(text, k);
        if (!text[k..openEnd].TrimEnd().SequenceEqual(fence == '-' ? "---" : "+++"))
        {
            return -1;
        }

        char separator = fence == '-' ? ':' : '=';
        bool first = true;
        int line = openEnd;
        while (line < text.Length)
        {
            line += text[line] == '\r' && line + 1 < text.Length && text[line + 1] == '\n' ? 2 : 1;
            int lineEnd = LineEnd(text, line);
            ReadOnlySpan<char> content = text[line..lineEnd].TrimEnd();
            if (content.SequenceEqual(fence == '-' ? "---" : "+++") || (fence == '-' && content.SequenceEqual("...")))
            {
                return first ? -1 : lineEnd;
            }

            // The first pair's key is in lower case, as static sites write them ("title:", "date:"): a text that opens
            // between two rules with "Note: ..." is prose.
            bool pair = IsMetadataPair(content, separator);
            if (first ? !pair || !char.IsAsciiLetterLower(content[0]) : !(pair || content.IsEmpty || content[0] is ' ' or '\t' or '#' || content.StartsWith("- ")))
            {
                return -1;
            }

            first = false;
            line = lineEnd;
        }

        return -1;
    }

    /// <summary>How far the front matter that opens <paramref name="text"/> reaches (<see cref="FrontMatterEnd"/>), or 0 when none does.</summary>
    public static int FrontMatterLength(ReadOnlySpan<char> text)
    {
        int start = TextStart(text);
        return start < text.Length && FrontMatterEnd(text, start) is > 0 and int end ? end : 0;
    }

    /// <summary>Where the first character of <paramref name="text"/> that is no white space stands, or its length.</summary>
    private static int TextStart(ReadOnlySpan<char> text)
    {
        int k = 0;
        while (k < text.Length && SplitChars.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// The title that the front matter opening <paramref name="text"/> gives (<see cref="FrontMatterEnd"/>: a "title:"
    /// or "title =" pair, its quotes taken off: <c>title: "How we cut our build times"</c>), or null.
    /// </summary>
    public static string? FrontMatterTitle(string text)
    {
        int k = TextStart(text);
        int end = k < text.Length ? FrontMatterEnd(text, k) : -1;
        if (end <= 0)
        {
            return null;
        }

        char separator = text[k] == '-' ? ':' : '=';
        for (int line = LineEnd(text, k); line < end; line = LineEnd(text, line))
        {
            line++;
            // A top-level key: an indented "title:" belongs to a nested map (an image's, a page's SEO block).
            ReadOnlySpan<char> content = text.AsSpan(line, LineEnd(text, line) - line).TrimEnd();
            int at = IsMetadataPair(content, separator) ? content.IndexOf(separator) : -1;
            if (at < 0 || !content[..at].TrimEnd().SequenceEqual("title"))
            {
                continue;
            }

            ReadOnlySpan<char> value = content[(at + 1)..].Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                value = value[1..^1].Trim();
            }

            return value.IsEmpty ? null : value.ToString();
        }

        return null;
    }

    /// <summary>Whether <paramref name="line"/> is a front matter's "key: value" (YAML) or "key = value" (TOML) pair: a name of letters, digits, '_' and '-' before the separator.</summary>
    private static bool IsMetadataPair(ReadOnlySpan<char> line, char separator)
    {
        int q = 0;
        while (q < line.Length && (char.IsLetterOrDigit(line[q]) || line[q] is '_' or '-'))
        {
            q++;
        }

        int key = q;
        while (q < line.Length && line[q] == ' ')
        {
            q++;
        }

        return key > 0 && q < line.Length && line[q] == separator && (q + 1 == line.Length || line[q + 1] is ' ' or '\t');
    }

    /// <summary>
    /// The end of the fenced code block whose opening fence ("```", "```python", "~~~") is at <paramref name="k"/>, or
    /// -1. <paramref name="fences"/> remembers where the next closing fence lies, so that a text of many opening fences
    /// is read once, not once per fence.
    /// </summary>
    public static int CodeBlockEnd(ReadOnlySpan<char> text, int k, ref CodeFences fences)
    {
        if (k + 3 > text.Length || text[k] is not ('`' or '~') || text[k + 1] != text[k] || text[k + 2] != text[k])
        {
            return -1;
        }

        char fence = text[k];
        int lineEnd = LineEnd(text, k);
        int info = k + 3;
        while (info < lineEnd && text[info] == fence)
        {
            info++;
        }

        int fenceLength = info - k;

        if (fence == '`' && text[info..lineEnd].Contains('`'))
        {
            // Inline code at the start of a line ("```x``` is a snippet"), not a fence.
            return -1;
        }

        // A closing fence is as long as the opening one or longer ("````" closes "```", not the reverse); the cache
        // holds the next fence line of at least three, and a shorter one than needed is passed over.
        ref int from = ref fence == '`' ? ref fences.BacktickFrom : ref fences.TildeFrom;
        ref int next = ref fence == '`' ? ref fences.BacktickNext : ref fences.TildeNext;
        int searchFrom = lineEnd;
        for (int passed = 0; ; passed++)
        {
            if (passed == MaxShorterFences)
            {
                // Fences too short to close this one, line after line: no code block worth the look.
                return -1;
            }

            if (searchFrom < from || searchFrom > next)
            {
                next = ClosingFence(text, searchFrom, fence);
                from = searchFrom;
            }

            if (next >= text.Length)
            {
                return -1;
            }

            int closeEnd = LineEnd(text, next);
            if (text[next..closeEnd].TrimEnd().Length >= fenceLength)
            {
                return closeEnd;
            }

            searchFrom = closeEnd;
        }
    }

    /// <summary>How many fences too short to close a code block are passed over before it counts as never closing.</summary>
    private const int MaxShorterFences = 16;

    /// <summary>The start of the first line after <paramref name="lineEnd"/> that is a closing fence of <paramref name="fence"/> (three or more, alone, perhaps indented); the text's length when none.</summary>
    private static int ClosingFence(ReadOnlySpan<char> text, int lineEnd, char fence)
    {
        int line = lineEnd;
        while (line < text.Length)
        {
            line = SkipLineBreak(text, line);
            int first = line;
            while (first < text.Length && text[first] is ' ' or '\t')
            {
                first++;
            }

            int end = LineEnd(text, line);
            ReadOnlySpan<char> content = text[first..end].TrimEnd();
            if (content.Length >= 3 && !content.ContainsAnyExcept(fence))
            {
                return first;
            }

            line = end;
        }

        return text.Length;
    }

    /// <summary>Where the line after the line break at <paramref name="k"/> starts (CR LF counts as one), at most the text's end.</summary>
    internal static int SkipLineBreak(ReadOnlySpan<char> text, int k) =>
        k + 1 < text.Length && text[k] == '\r' && text[k + 1] == '\n' ? k + 2 : Math.Min(text.Length, k + 1);
}

/// <summary>
/// Where the next closing code fence of each kind, and the next end of an HTML comment, lie, as last found: from a
/// position up to the fence or the comment's end.
/// </summary>
internal struct CodeFences
{
    public int BacktickFrom;
    public int BacktickNext;
    public int TildeFrom;
    public int TildeNext;
    public int CommentFrom;
    public int CommentNext;
}

/// <summary>The last search for a closing quote that failed: for which opener, up to where, and whether a blank line stopped it.</summary>
internal readonly record struct FailedSearch(char Opener, int Until, bool Blocked);
