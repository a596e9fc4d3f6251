using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace Summarizer;

public sealed partial class RuleBasedSentenceSplitter
{
    /// <summary>Enumerates the segments of a text; see <see cref="EnumerateSentences(ReadOnlySpan{char})"/>.</summary>
    /// <remarks>A mutable ref struct: use it once, in a <c>foreach</c> or by calling <see cref="MoveNext"/>.</remarks>
    public ref struct SentenceEnumerator
    {
        // Hard-wrapped lines that start with a capital are joined only when both lines look wrapped: text taken out of a
        // PDF has lines of up to 110 or 120 columns.
        private const int MinWrappedLine = 30;
        private const int MaxWrappedLine = 120;

        // A list item's line at least this long is taken to be wrapped onto an unindented next line.
        private const int MinWrappedItem = 60;

        // A line at least this long, from its margin, where a sentence starts late is read as a line of wrapped prose.
        private const int MinProseLine = 45;

        // The longest item of an inline list ("1) a 2) b") that ends where the next marker begins.
        private const int MaxInlineItem = 500;

        // A speaker's line without final punctuation is prose when the speaker says this many words or more.
        private const int MinSpokenWords = 4;

        /// <summary>The fewest words of a line without final punctuation that joins clauses and reads as prose (<see cref="ReadsAsHeading"/>).</summary>
        private const int MinClauseLineWords = 8;

        // A line in capitals that ends with a terminator is a sentence, not a heading, from this many words on, in a text
        // written in capitals: one that has at most one lower-case letter to CapitalsTextRatio capitals.
        private const int MinCapitalsSentenceWords = 5;
        private const int CapitalsTextRatio = 50;

        // How far a token around a period is read (a word, an abbreviation, a URL, a qualified name): a run of text
        // without spaces longer than this is no word, and reading it whole at each of its periods would be quadratic.
        private const int MaxTokenScan = 256;

        /// <summary>Characters of a web address, an e-mail address or a path, where a glued "?" or "!" ends nothing.</summary>
        private static readonly SearchValues<char> s_gluedMarkBreakers = SearchValues.Create("/\\@=&");
        private static readonly SearchValues<char> s_latinVowels = SearchValues.Create("aeiouy");

        /// <summary>The shortest word before a period that <see cref="OpensLowerCaseSentence"/> reads as a sentence's end.</summary>
        private const int MinLowerCaseEndWord = 3;

        /// <summary>The shortest capitalized noun before a period that <see cref="OpensLowerCaseSentence"/> reads as a sentence's end, in a language that capitalizes nouns.</summary>
        private const int MinCapitalizedEndWord = 5;

        /// <summary>The longest word after a number that <see cref="ReadsAsUnlistedAbbreviation"/> reads as a unit's abbreviation.</summary>
        private const int MaxUnitAbbreviation = 4;

        /// <summary>The most words of a bracketed aside between sentences (<see cref="IsBracketedAsideAt"/>).</summary>
        private const int MaxAsideWords = 3;

        /// <summary>The longest bracketed aside between sentences, brackets left out (<see cref="IsBracketedAsideAt"/>).</summary>
        private const int MaxAsideLength = 32;

        /// <summary>How far into a word a capital is looked for (<see cref="IsCamelCaseAt"/>).</summary>
        private const int MaxCamelCaseScan = 16;

        /// <summary>
        /// Whether the paragraph at <paramref name="below"/> (after a blank line, a form feed or a page's number) goes on a
        /// sentence cut above it: it opens in lower case and a terminator ends its first line ("the harbour, which has
        /// none."), where a byline under a headline has none ("di Giovanna Esposito").
        /// </summary>
        private static bool GoesOnBelow(ReadOnlySpan<char> text, int below)
        {
            int k = below;
            while (k < text.Length && (SplitChars.IsWhiteSpace(text[k]) || text[k] == '\f' || char.IsAsciiDigit(text[k])))
            {
                k++;
            }

            if (k >= text.Length || !SplitChars.IsLowerCase(text[k]))
            {
                return false;
            }

            ReadOnlySpan<char> line = text[k..SplitMarkup.LineEnd(text, k)];
            return line.IndexOfAny(SplitChars.Terminators) >= 0;
        }

        /// <summary>The most words of a headline's first part, before the period that parts it from its second (<see cref="PeriodBoundary"/>).</summary>
        private const int MaxHeadlinePartWords = 10;

        /// <summary>The longest bracketed stock ticker read after an abbreviation (<see cref="IsBracketedTicker"/>).</summary>
        private const int MaxTickerLength = 32;

        /// <summary>The most characters of the quoted names a filing defines in brackets after a company's name.</summary>
        private const int MaxDefinedNamesLength = 72;

        /// <summary>The longest word whose period tokenized text may have spaced from it (<see cref="SpacedAbbreviationGoesOn"/>).</summary>
        private const int MaxSpacedAbbreviation = 8;

        /// <summary>The longest word before a numbered reference that names its kind ("Pat. No. 5").</summary>
        private const int MaxReferenceKind = 5;

        /// <summary>How many words after a quoted question may lead to its attribution's verb (<see cref="AttributionAt"/>).</summary>
        private const int MaxAttributionWords = 4;

        // A line without final punctuation that stands alone is a heading when it reads as a label: headlines and
        // section titles rarely run over 20 words, and start with a capital, a digit or a mark unless they are a label
        // of a few words ("features", "contact manager"). Longer lines, and lower-case lines of more words, are prose
        // that was left without its final period (reviews, messages, transcripts).
        private const int MaxHeadingWords = 20;
        private const int MaxHeadingLength = 150;

        /// <summary>The most words of a Markdown heading longer than a heading of plain text may be (<see cref="MarkdownHeadingEnd"/>).</summary>
        private const int MaxMarkdownTitleWords = 40;

        /// <summary>The most characters of such a heading, its marks included.</summary>
        private const int MaxMarkdownTitleLength = 300;
        private const int MaxLowerCaseHeadingWords = 3;

        /// <summary>
        /// The fewest words of a line of its own without final punctuation that reads as prose in a text that leaves
        /// its paragraphs open (<see cref="ReadsAsOpenProse"/>); a heading of fewer words stays one.
        /// </summary>
        private const int MinOpenProseWords = 10;

        /// <summary>
        /// The fewest words of the unpunctuated sentence that ends a paragraph after a punctuated one on its line, for
        /// the text to count as leaving its paragraphs open (<see cref="LeavesParagraphsOpen"/>).
        /// </summary>
        private const int MinOpenEndWords = 5;

        /// <summary>How far before a segment the start of its line is looked for, over white space and markup ("## ", "> ").</summary>
        private const int MaxHeadlineIndent = 8;
        private const int MaxSalutationWords = 3;

        /// <summary>The longest label before a telephone number on a line of its own ("Telefon", "Tél.").</summary>
        private const int MaxPhoneLabel = 7;

        /// <summary>The fewest digits of a telephone number on a line of its own.</summary>
        private const int MinPhoneDigits = 6;

        /// <summary>The most words of a label that opens a line of its own ("Assenti giustificati:").</summary>
        private const int MaxLabelWords = 2;

        /// <summary>The most words of a salutation or closing that opens with a phrase of the language ("Sehr geehrte Frau Prof. Dr. Weber,").</summary>
        private const int MaxPhrasedSalutationWords = 8;

        /// <summary>The most words of the signature under a closing of more than three words, after a sentence (<see cref="IsSalutation"/>).</summary>
        private const int MaxPhrasedSignatureWords = 6;

        // The longest continuation of two words ("general assembly").
        private const int MaxPairLength = 40;

        // How many letters after a terminator and white space decide whether a text writes its sentences without capitals.
        private const int CaseSamples = 32;

        private readonly SplittingRules _rules;
        private readonly ReadOnlySpan<char> _text;
        private int _position;

        // The start of the last line read as quoted, so that a quoted line that starts with a number ("> 25 people")
        // after it is read as quoted too, however many such lines follow each other, without reading back over them.
        private int _quotedLine = -1;
        private int _paragraph;
        private bool _emitted;

        /// <summary>Whether a segment of kind <see cref="SentenceKind.Sentence"/> has been emitted: the text's title block is over.</summary>
        private bool _sentenceEmitted;
        private SentenceKind _lastKind;

        // Where the last salutation read as a heading ends, before any sentence or opening its paragraph, -1 when none: the
        // lines of vocatives right under it are the salutation's too (see ContinuesSalutation).
        private int _salutationEnd = -1;

        // Caches that keep the look-ahead for hard-wrapped lines linear: the first terminator and the first blank
        // line at or after the position each was searched from.
        private int _terminatorFrom;
        private int _nextTerminator;
        private int _blankFrom;
        private int _nextBlank;

        // The paragraph (by its blank line, _nextBlank) last read for automatic captions, and whether it holds them (see
        // IsCaptionBlock).
        private int _captionParagraph = -1;
        private bool _captionBlock;

        // The paragraph (by its blank line, _nextBlank) last read back for a sentence that ends inside a line, how far
        // it was read and whether one was found (see EndsSentenceInsideLine).
        private int _insideStopParagraph = -1;
        private int _insideStopScanned;
        private bool _insideStopFound;

        // The paragraph (by its blank line) last measured for its longest line, and that line's width (see FitsNextWord).
        private int _widthParagraph = -1;
        private int _paragraphWidth;

        // The paragraph (by its blank line) last read for how it ends, and how (see EndingOf).
        private int _endingParagraph = -1;
        private ParagraphEnding _ending;

        // Quotations and parentheses of the current segment: scanned up to _quoteScan; _quoteEnd is the closing mark of
        // the one open at the scan position (-1 when none), and _failedQuote the last search that found no closing mark.
        private int _quoteScan;
        private int _quoteEnd;
        private int _nextOpener;
        private CodeFences _fences;
        private FailedSearch _failedQuote;

        // The previous list marker (to continue "A.", "B." and "i", "ii"), and whether the previous segment was the
        // lead-in of an inline list ("Steps: 1. Heat 2. Stir").
        private ListMarker _lastMarker;
        private bool _afterLead;

        // Whether the current segment opens a numbered paragraph (see NumbersAParagraph): a sentence, if it ends as one.
        private bool _numberedParagraph;

        // Whether the current segment opens a paragraph that a hyphen opens alone (see OpensLoneHyphenParagraph): a
        // quotation's dash, a sentence if more sentences of the paragraph follow it on its line.
        private bool _hyphenParagraph;

        // Whether the current list item's marker is a number or a letter that opened its line (see MoveNext): the sentences
        // after its first on that line are the item's.
        private bool _lineItem;

        // Whether the text, and the current paragraph, write their sentences without capitals (see Caseless).
        // Read only when a terminator meets a lower-case word: _textCase is 0 until the text is read, then 1 or -1;
        // _caseKnown says whether _caseless holds for the paragraph that starts at _caseStart and ends at _caseEnd (a
        // separator or a markup line inside it opens no new reading).
        private sbyte _textCase;
        private bool _caseKnown;
        private bool _caseless;
        private int _caseStart;
        private int _caseEnd;

        // Whether the text leaves its paragraphs without final punctuation (see LeavesParagraphsOpen): 0 until read,
        // then 1 or -1. Read only when a long line of its own without final punctuation could be a heading.
        private sbyte _openEnds;

        // Whether the text is written in capitals (see IsWrittenInCapitals): 0 until read, then 1 or -1. Read only when a
        // line in capitals that ends like a sentence could be a heading.
        private sbyte _capitalsText;

        // Whether the text is a chat client's log, with its headers over the messages (see IsChatLog): 0 until read, then
        // 1 or -1. Read only where lines could be joined or a line could be a heading.
        private sbyte _chatLog;

        // The end of the run of words without punctuation being cut into chunks (see RunOnBoundaries); the chunks after
        // the first are read from the position up to it.
        private int _runEnd;

        // The names in lower case that the text defines near its start (see DefinedNames): null until read. Read only when
        // a period meets a lower-case word in a text written with capitals.
        private string[]? _definedNames;

        internal SentenceEnumerator(SplittingRules rules, ReadOnlySpan<char> text)
        {
            _rules = rules;
            _text = text;
            _terminatorFrom = int.MaxValue;
            _blankFrom = int.MaxValue;
            _nextOpener = -1;
            _fences = new CodeFences { BacktickFrom = int.MaxValue, TildeFrom = int.MaxValue, CommentFrom = int.MaxValue };
        }

        /// <summary>The segment at the current position.</summary>
        public SentenceSpan Current { get; private set; }

        /// <summary>Returns this enumerator.</summary>
        /// <returns>This enumerator.</returns>
        public readonly SentenceEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next segment.</summary>
        /// <returns>False when there are no more segments.</returns>
        public bool MoveNext()
        {
            ReadOnlySpan<char> text = _text;
            int i = _position;
            if (i < _runEnd)
            {
                while (SplitChars.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                return EmitChunk(i, _rules.RunOn.ChunkEnd(text, i, _runEnd));
            }

            int newlines = 0;
            while (true)
            {
                while (i < text.Length && SplitChars.IsWhiteSpace(text[i]))
                {
                    // A form feed, which text taken out of a PDF puts between pages, parts paragraphs as a blank line does.
                    newlines += text[i] == '\f' ? 2 : SplitChars.LineBreaksAt(text, i);
                    i++;
                }

                if (i < text.Length && SplitChars.InvisibleLength(text, i) is > 0 and int invisible)
                {
                    // An invisible character between sentences (a right-to-left mark after the period, a terminal's
                    // colour code) opens no sentence: it is passed over as white space is.
                    i += invisible;
                    continue;
                }

                if (i < text.Length && text[i] == '&')
                {
                    // A space entity between sentences ("end.&nbsp;A new") is white space.
                    int skipped = SplitMarkup.SkipSpacing(text, i);
                    if (skipped > i && SplitMarkup.TagEnd(text, i) < 0)
                    {
                        i = skipped;
                        continue;
                    }
                }

                if (i < text.Length && text[i] == '<' && SplitMarkup.SentenceTagEnd(text, i) is int tagEnd && tagEnd > i)
                {
                    // A research corpus's sentence tags ("<s> the council voted ... . </s> <s> the project ...") are no
                    // part of the sentences they mark.
                    i = tagEnd;
                    continue;
                }

                if (i >= text.Length)
                {
                    _position = text.Length;
                    return false;
                }

                // A line of markup alone (a rule of dashes or dots, a tag) is no sentence; it separates like a blank line.
                bool lineBegins = i == 0 || SplitChars.IsLineBreakAt(text, i - 1) || newlines > 0 || !_emitted;
                int markupEnd = lineBegins ? SplitMarkup.MarkupLineEnd(text, i, ref _fences) : -1;
                if (markupEnd >= 0)
                {
                    newlines++;
                    i = markupEnd;
                    continue;
                }

                // A block of indented code after a blank line ("    var client = new HttpClient();"), or under a heading
                // at the margin (a manual page's "SYNOPSIS\n       tidy [-q] file"), is no prose either; a paragraph
                // follows it.
                // So is an example indented under a lead-in that a colon ends inside a paragraph (an option's "Here is
                // how you would run it:" over "      gpg-connect-agent --exec gpgsm --server").
                int codeEnd = newlines >= 2 || !_emitted || (newlines == 1 && _lastKind == SentenceKind.Heading && UnderMarginLine(text, i))
                    ? SplitMarkup.IndentedCodeEnd(text, i) : newlines == 1 ? CodeUnderLeadInEnd(text, i) : -1;
                if (codeEnd >= 0)
                {
                    newlines += 2;
                    i = codeEnd;
                    continue;
                }

                // A run of separator marks between the documents of a collection ("||||| " in Multi-News) or before a
                // notice ("*** UPDATE") is no part of the sentence after it; it separates like a blank line.
                int separatorEnd = SplitMarkup.SeparatorRunEnd(text, i);
                if (separatorEnd > i)
                {
                    newlines += 2;
                    i = separatorEnd;
                    continue;
                }

                // An e-mail or Markdown quotation prefix ("> ") is no part of the sentence after it; a quoted blank
                // line (">" alone) then ends the paragraph like a blank line.
                int prefixEnd = lineBegins && text[i] == '>' ? SplitMarkup.QuotePrefixEnd(text, i, inQuotation: PreviousLineQuoted(text, i)) : -1;
                if (prefixEnd < 0 && lineBegins && char.IsAsciiDigit(text[i]) && StartsPageLine(text, i)
                    && SplitMarkup.LineNumberEnd(text, i) is > 0 and int numberEnd)
                {
                    // So is the number that pleading paper or a transcript prints at the margin of each line ("20  1.
                    // Plaintiff is ..."): the item after it is numbered "1.", and a line that holds only its number is blank.
                    i = numberEnd;
                    continue;
                }

                if (prefixEnd < 0)
                {
                    break;
                }

                _quotedLine = SplitChars.LineStart(text, i);
                i = prefixEnd;
            }

            if (newlines >= 2 && _emitted)
            {
                _paragraph++;
            }

            int start = i;
            if ((newlines >= 2 || !_emitted) && (!_caseKnown || start >= _caseEnd))
            {
                _caseStart = start;
                _caseKnown = false;
            }

            bool lineStart = !_emitted || newlines > 0;
            SentenceKind kind = SentenceKind.Sentence;
            int scan = start;
            int listLimit = text.Length;
            ListMarker previousMarker = _lastKind == SentenceKind.ListItem ? _lastMarker : default;
            ListMarker marker = ReadListMarker(text, start, lineStart, previousMarker, _afterLead);
            _afterLead = false;
            _quoteScan = start;
            _quoteEnd = -1;
            _numberedParagraph = false;
            _hyphenParagraph = false;
            if (marker.Length > 0)
            {
                kind = SentenceKind.ListItem;
                scan = start + marker.Length;
                listLimit = FindNextMarker(text, scan, marker);
                _lastMarker = marker;
                _numberedParagraph = (newlines >= 2 || !_emitted) && NumbersAParagraph(text, start, marker);
                _hyphenParagraph = (newlines >= 2 || !_emitted) && marker.Bullet == '-' && OpensLoneHyphenParagraph(text, start);
                _lineItem = lineStart && marker.Style != MarkerStyle.None;
            }
            else if (!lineStart && _lineItem && _lastKind == SentenceKind.ListItem)
            {
                // A sentence after a numbered item's first on the item's line is the item's too, as a recipe's or a
                // guide's step goes on ("1. Heat the oil in a pot. Add the onion and cook until soft."): not a sentence of
                // the text's prose, which a summary would take out of its list. A bullet's line may go on into prose that
                // lost its line break ("- Possible help for pensioners The stamp duty threshold rise is ... . Ten years
                // ago, ..."), or open a review's paragraph ("* * Not recommended * * Bought as a gift. Opened a week ago.").
                kind = SentenceKind.ListItem;
            }
            else
            {
                _lineItem = false;
            }

            if (kind == SentenceKind.Sentence && InlineFurnitureEnd(text, start) is > 0 and int furnitureEnd)
            {
                // A news page's label kept inline before a sentence is no part of it: "Advertisement The council voted ...".
                return Emit(start, furnitureEnd, SentenceKind.Heading);
            }

            if (kind == SentenceKind.Sentence && _emitted && StageDirectionEnd(text, start) is > 0 and int directionEnd)
            {
                // A transcript's note of what the audience did, in brackets after a sentence's end, is no part of the
                // sentence after it: "...looked bored. (Laughter) One man ...", "...gesagt. (Beifall) Wir ...".
                return Emit(start, directionEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && LeadingStampEnd(text, start) is > 0 and int liveStampEnd)
            {
                // A live page's time stamp kept on its entry's line is no part of its first sentence: "10:42 GMT The
                // Chancellor has ...", "Posted at 09:50 Protesters ...".
                return Emit(start, liveStampEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && TableRowEnd(text, start) is > 0 and int rowEnd)
            {
                // A row of a Markdown or text table stands alone, whatever its cells hold: "| -v | Verbose. Prints more. |".
                return Emit(start, rowEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && DefinitionHeaderEnd(text, start) is > 0 and int headerEnd)
            {
                // A Texinfo definition's header names what the text under it describes: " -- Function: int verify (...)".
                return Emit(start, headerEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && ChangelogHeaderEnd(text, start) is > 0 and int changelogEnd)
            {
                // A Debian changelog's entry opens with the package, its version, the distribution and the urgency:
                // "bash (5.2.15-2) unstable; urgency=medium".
                return Emit(start, changelogEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && RatingTitleLineEnd(text, start) is > 0 and int ratingEnd)
            {
                // A review's rating and its title are the review's header, whatever marks the title holds: "4.0 out of 5
                // stars Quiet and cold. But the manual is poor", "5つ星のうち4.0 静かでよく冷える。ただし説明書が不親切".
                return Emit(start, ratingEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && TimestampLineEnd(text, start) is > 0 and int stampEnd)
            {
                // A news page's time stamp on a line of its own says when, not what: "Published Sept. 3, 2025 at 9:02 a.m.".
                return Emit(start, stampEnd, SentenceKind.Heading);
            }

            if (!_emitted && kind == SentenceKind.Sentence && DottedBylineEnd(text, start) is > 0 and int dottedEnd)
            {
                // A byline whose fields a research corpus set apart by " . " is a byline still: "By . Anna Kerr .".
                return Emit(start, dottedEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && ClockEntryLineEnd(text, start) is > 0 and int clockEnd)
            {
                // A timed entry of a schedule or a show's notes names a part of it, as a table of contents' entry does, even
                // when it asks: "52:20 – Does talking to plants help?".
                return Emit(start, clockEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && FieldLineEnd(text, start) is > 0 and int fieldEnd)
            {
                // A recipe's or a listing's field whose value closes with an abbreviation's period: "Cook time: 1 hr. 10 min.".
                return Emit(start, fieldEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && CellsLineEnd(text, start) is > 0 and int cellsEnd)
            {
                // A line of cells whose periods are all abbreviations' holds values, not a clause: "Ponferrada | 11/08/2025 -
                // 08:15 h.", "Size: S/M (15-18 in.) | M/L (18-21 in.)", an infobox's "Education\tUniversity of Otago (B.Sc.)".
                return Emit(start, cellsEnd, SentenceKind.Heading);
            }

            if (lineStart && kind is SentenceKind.Sentence or SentenceKind.ListItem
                && (TocEntryEnd(text, start) is > 0 and int entryEnd || (entryEnd = LeaderLineEnd(text, start)) > 0))
            {
                // A table of contents' entry names a section and its page: "2.1 ASN.1 syntax .......... 2", numbered as
                // an item or not; a row whose leader parts a label from its value is one too: "Flow rate ...... 2 l/min".
                return Emit(start, entryEnd, kind == SentenceKind.Sentence ? SentenceKind.Heading : kind);
            }

            int headingEnd = !lineStart ? -1
                : kind == SentenceKind.Sentence && MarkdownHeadingEnd(text, start) is > 0 and int marked ? marked
                : kind == SentenceKind.Sentence && HtmlHeadingEnd(text, start) is > 0 and int element ? element
                : newlines >= 2 || !_emitted ? UnderlinedHeadingEnd(text, start)
                : -1;
            if (headingEnd > 0)
            {
                // A Markdown heading names what follows, whatever its punctuation: "## 1. Install it.", "# Why Summarizer?",
                // an HTML heading on its line ("<h2>1. Install it.</h2>"), or a line of its own, numbered or not,
                // underlined with '=' or '-' ("1. Why a floating library?\n-----").
                return Emit(start, headingEnd, SentenceKind.Heading);
            }

            if (lineStart && !_emitted && kind == SentenceKind.Sentence && _rules.ThaiSpace && ThaiTitleEnd(text, start) is > 0 and int titleEnd)
            {
                // A Thai title's line is read whole before its spaces part it: "รีวิว: นั่งรถไฟสายใหม่ ไปหนองคาย ครั้งแรกในชีวิต".
                return Emit(start, titleEnd, SentenceKind.Heading);
            }

            if (lineStart && kind == SentenceKind.Sentence && CapitalsLineEnd(text, start) is > 0 and int capitalsEnd
                && !ReadsAsSentenceInCapitals(start, capitalsEnd)
                && !((char.IsLetterOrDigit(text[capitalsEnd - 1]) || text[capitalsEnd - 1] is ',' or ';') && WrapsInCapitals(text, start, capitalsEnd)))
            {
                // A short line in capitals names what follows, whatever its periods: "SECTION 1. SHORT TITLE.". Not the
                // first line of a paragraph in capitals that it leaves open on a word, a comma or a semicolon (a grammar's
                // rule, "( ~[' \ LF CR TAB] | QUOTE_ESCAPE )" over "' SUFFIX?", is no such line).
                return Emit(start, capitalsEnd, SentenceKind.Heading);
            }

            int lineBegin = start;
            bool multiLine = false;

            // Whether a letter or digit stands in a list item's text before the scan (read up to wordScan, once).
            bool wordSeen = kind != SentenceKind.ListItem;
            int wordScan = scan;
            SearchValues<char> stops = _rules.ThaiSpace && kind == SentenceKind.Sentence
                ? SplitChars.StopsListLeadsAndSpace
                : SplitChars.StopsAndListLeads;
            while (true)
            {
                int found = text[scan..listLimit].IndexOfAny(stops);
                if (found < 0)
                {
                    return listLimit < text.Length
                        ? Emit(start, listLimit, kind)
                        : EmitAtLineEnd(start, text.Length, kind, lineStart && !multiLine);
                }

                int j = scan + found;
                if (text[j] == ' ')
                {
                    if (ThaiSpaceAt(text, start, j))
                    {
                        return Emit(start, j, kind);
                    }

                    scan = j + 1;
                    continue;
                }

                if (char.IsHighSurrogate(text[j]))
                {
                    if (EmojiBoundary(text, start, j) is > 0 and int emojiEnd)
                    {
                        return Emit(start, emojiEnd, kind);
                    }

                    scan = j + 1;
                    continue;
                }

                if (text[j] == '<')
                {
                    // An inline HTML comment ("The plan <!-- TODO: check. Ask Sam. --> was approved.") ends nothing.
                    scan = SplitMarkup.InlineCommentEnd(text, j) is > 0 and int commentEnd ? Math.Min(commentEnd, listLimit) : j + 1;
                    continue;
                }

                if (text[j] is ':' or ';' && SplitChars.EmoticonLength(text, j) is > 0 and int emoticon)
                {
                    if (EmojiBoundary(text, start, j) is > 0 and int emoticonEnd)
                    {
                        return Emit(start, emoticonEnd, kind);
                    }

                    scan = j + emoticon;
                    continue;
                }

                if (text[j] is ':' or '(' && !SplitChars.IsTypedStopAt(text, j))
                {
                    int lead = kind == SentenceKind.Sentence ? InlineListStart(text, start, j) : -1;
                    if (lead > start)
                    {
                        _afterLead = true;
                        return Emit(start, lead, kind);
                    }

                    scan = j + 1;
                    continue;
                }

                if (text[j] is '\n' or '\r' or '\v' or '\u2028' or '\u2029')
                {
                    if (!SplitChars.IsLineBreakAt(text, j))
                    {
                        // The CR of a CRLF: the LF breaks the line.
                        scan = j + 1;
                        continue;
                    }

                    if (ContinuesOnNextLine(text, start, lineBegin, j, out int nextLine))
                    {
                        multiLine = true;
                        lineBegin = nextLine;
                        scan = nextLine;
                        continue;
                    }

                    // A title wrapped over its paragraph's lines is read as a whole line is (IsWrappedTitle).
                    return EmitAtLineEnd(start, j, kind, lineStart && (!multiLine || (kind == SentenceKind.Sentence && IsWrappedTitle(text, start, j))));
                }

                if ((text[j] == ';' && !SplitChars.IsGreekQuestionAt(text, j)) || (text[j] == '\u1361' && !SplitChars.IsTypedStopAt(text, j)))
                {
                    scan = j + 1;
                    continue;
                }

                // Most terminators have no quotation open before them (the cached next opener lies beyond).
                if ((_quoteEnd > j || _nextOpener < j) && InsideQuotation(text, start, j, out int runEnd))
                {
                    scan = Math.Min(runEnd, listLimit);
                    continue;
                }

                while (!wordSeen && wordScan < j)
                {
                    wordSeen = char.IsLetterOrDigit(text[wordScan++]);
                }

                if (!wordSeen)
                {
                    // A mark before any word of a list item ends nothing: the item explains it ("- ? matches any
                    // character", "• ! negates a pattern").
                    scan = j + 1;
                    continue;
                }

                if (lineStart && kind == SentenceKind.Sentence && PaginationLineEnd(text, start, j) is > 0 and int pagesEnd)
                {
                    // A pagination line's ellipsis stands for the pages left out; it ends nothing: "Previous 1 2 3 ... 242 Next".
                    return Emit(start, pagesEnd, SentenceKind.Heading);
                }

                int end = TerminatorEnd(text, start, j, out int resume);
                if (end >= 0)
                {
                    return Emit(start, end, kind == SentenceKind.Sentence && lineStart
                        && (IsQuestionTitle(text, start, end)
                            || (SplitChars.EndsLine(text, end) && (IsBreadcrumb(text, start, end) || IsRatingCutShort(text, start, end, j)
                                || IsAbbreviatedHeadline(start, end))))
                        ? SentenceKind.Heading : kind);
                }

                Debug.Assert(resume > j, "The scan must advance.");
                scan = Math.Min(resume, listLimit);
            }
        }

        /// <summary>
        /// The end of the emoji or emoticon at <paramref name="j"/> (with those that follow it) when it ends a sentence
        /// without a mark, as posts and chat messages write them: after a word or a number ("with iOS 17 :) The app") of a
        /// sentence of at least three words,
        /// before a space and a capitalized word that often opens a sentence (the language's <c>[starters]</c>), or any
        /// capitalized word after an emoji that tells a feeling (<see cref="SplitChars.IsFeelingEmoji"/>): "We shipped it
        /// today 🎉 It took three months.", "Good prices :) The staff" and "remembered my name 🥹 Will be back" end after
        /// it, "I love 🍕 Pizza Hut" and "the 🚀 emoji" go on; -1 otherwise.
        /// </summary>
        private readonly int EmojiBoundary(ReadOnlySpan<char> text, int start, int j)
        {
            int before = j;
            while (before > start && text[before - 1] == ' ')
            {
                before--;
            }

            // Only the first emoji of a run follows a word, so only its run is read to its end; the words are counted
            // over the last MaxTokenScan characters only, so that emoji inside one long token cost no more than that each.
            if (before == start || !char.IsLetterOrDigit(text[before - 1]) || CountWords(text, Math.Max(start, before - MaxTokenScan), before, 3) < 3)
            {
                return -1;
            }

            int k = j;
            while (k < text.Length && (SplitChars.EmojiLength(text, k) is > 0 and int length || (length = SplitChars.EmoticonLength(text, k)) > 0))
            {
                k += length;
            }

            if (k == j || k >= text.Length || text[k] != ' ')
            {
                return -1;
            }

            int next = SplitChars.SkipSpaces(text, k);
            int wordEnd = next;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = text[next..wordEnd];
            return !word.IsEmpty && char.IsUpper(word[0]) && (_rules.IsStarter(word) || SplitChars.IsFeelingEmoji(text, j)) ? k : -1;
        }

        private bool Emit(int start, int end, SentenceKind kind)
        {
            end = TrimEnd(_text, start, end);
            Debug.Assert(end > start, "A segment holds at least one character.");
            if (kind == SentenceKind.ListItem
                && ((_numberedParagraph && SplitChars.EndsWithTerminator(_text, start, end)) || IsDashedQuotation(_text, start, end)
                    || (_hyphenParagraph && SplitChars.EndsWithTerminator(_text, start, end) && !EndsLine(_text, end) && EndsWithAttribution(_text, end))))
            {
                kind = SentenceKind.Sentence;
            }

            if (kind == SentenceKind.Sentence && EndsLine(_text, end) && SplitChars.StartsLine(_text, start)
                && _text[start..end].IndexOfAny(SplitChars.LineBreaks) < 0
                && (IsTableRow(_text, start) || IsTitleWithAbbreviation(start, end) || IsNameWithPostNominals(_text[start..end])))
            {
                // A table's row is no sentence, though an abbreviation's period ends it ("Key figures (EUR m)   Q3 2025
                // Q3 2024   Chg." over a row of figures), nor is a title whose last word is abbreviated ("John Walsh, Ph.D."),
                // nor a signature's name and degrees anywhere ("Maria Chen, M.D., Ph.D.").
                kind = SentenceKind.Heading;
            }

            if (kind == SentenceKind.Sentence && RunOnBoundaries.IsRun(_text[start..end]))
            {
                // Words without punctuation (a speech-recognition transcript) are cut where sentences most likely end.
                _runEnd = end;
                end = _rules.RunOn.ChunkEnd(_text, start, end);
            }

            return EmitChunk(start, end, kind);
        }

        /// <summary>Whether only spaces and tabs stand between <paramref name="end"/> and its line's break or the text's end.</summary>
        private static bool EndsLine(ReadOnlySpan<char> text, int end)
        {
            int k = end;
            while (k < text.Length && text[k] is ' ' or '\t')
            {
                k++;
            }

            return k == text.Length || SplitChars.IsLineBreakAt(text, k);
        }

        /// <summary>
        /// Whether the item text[start..end] is a quotation that a hyphen opens, as Danish, Norwegian, Polish and Russian
        /// news write speech ("- Vi er skuffede over kvartalet, siger direktør Henrik Andersen.", "- Мы разочарованы, -
        /// сказал директор."): a hyphen and a space, a terminator at its end, and a comma (and a dash) before a verb of
        /// the language's <c>[speech-verbs]</c>. A sentence of the story, not an item of a list.
        /// </summary>
        private readonly bool IsDashedQuotation(ReadOnlySpan<char> text, int start, int end)
        {
            return end - start >= 8 && text[start] == '-' && text[start + 1] == ' ' && SplitChars.EndsWithTerminator(text, start, end)
                && AttributesSpeech(text, start, end);
        }

        /// <summary>
        /// Whether a comma (and a dash) before a verb of the language's <c>[speech-verbs]</c> attributes the quotation in
        /// text[start..end] ("..., siger ministeren.", "..., - сказал он.").
        /// </summary>
        private readonly bool AttributesSpeech(ReadOnlySpan<char> text, int start, int end)
        {
            for (int comma = text[start..end].IndexOf(", "); comma > 0 && start + comma + 2 < end;)
            {
                int verb = start + comma + 2;
                if (verb + 2 < end && text[verb] is '-' or '\u2013' or '\u2014' && text[verb + 1] == ' ')
                {
                    // Russian writes a dash after the comma: "..., - сказал он."
                    verb += 2;
                }

                int verbEnd = verb;
                while (verbEnd < end && char.IsLetter(text[verbEnd]))
                {
                    verbEnd++;
                }

                if (verbEnd < end && text[verbEnd] == ' ' && _rules.IsSpeechVerb(text[verb..verbEnd]))
                {
                    return true;
                }

                int next = text[verbEnd..end].IndexOf(", ");
                comma = next < 0 ? -1 : verbEnd - start + next;
            }

            return false;
        }

        /// <summary>
        /// Whether the paragraph that goes on after <paramref name="end"/> ends with a sentence that attributes quoted
        /// speech (<see cref="AttributesSpeech"/>): "Men vi skal sikre ..., siger ministeren." after "- Vi lever længere."
        /// </summary>
        private readonly bool EndsWithAttribution(ReadOnlySpan<char> text, int end)
        {
            int paragraphEnd = TrimEnd(text, end, FindBlankLine(text, end));
            if (paragraphEnd - end < 8 || !SplitChars.EndsWithTerminator(text, end, paragraphEnd))
            {
                return false;
            }

            // The last sentence starts after the terminator before its own, and its closing quotes.
            int final = paragraphEnd - 1;
            while (final > end && SplitChars.Closers.Contains(text[final]))
            {
                final--;
            }

            int last = text[end..final].LastIndexOfAny(SplitChars.Terminators);
            return AttributesSpeech(text, last < 0 ? end : end + last + 1, paragraphEnd);
        }

        private bool EmitChunk(int start, int end, SentenceKind kind = SentenceKind.Sentence)
        {
            Current = new SentenceSpan(start, end - start, _paragraph, kind);
            _position = end;
            _emitted = true;
            _sentenceEmitted |= kind == SentenceKind.Sentence;
            _lastKind = kind;
            return true;
        }

        private bool EmitAtLineEnd(int start, int end, SentenceKind kind, bool wholeLine)
        {
            end = TrimEnd(_text, start, end);
            if (kind == SentenceKind.Sentence && wholeLine
                && (SpeakerLabels.IsHeaderLine(_text[start..end], out _) || SplitChars.OpensWithRating(_text[start..end]) || _rules.IsReviewStamp(_text[start..end]) || _rules.IsPostStamp(_text[start..end])
                    || IsPageFooterAt(_text, start)
                    || IsTableRow(_text, start) || IsDatedLine(_text, start) || GoesOnCapitalsHeading(start, end)
                    || (EndsWithPunctuation(_text, start, end)
                        ? IsSalutation(_text, start, end) || ContinuesSalutation(start, end) || IntroducesQuotedText(_text, end) || IsQuestionTitle(_text, start, end)
                            || IsHeaderFieldWithAbbreviation(_text, start, end) || IsBreadcrumb(_text, start, end)
                            || IsAbbreviatedHeadline(start, end)
                        : (ReadsAsHeading(_text, start, end) && !ReadsAsThaiProse(start, end) && !ContinuesVerse(_text, start)
                            && !ReadsAsProseUnderSentence(_text, start, end)
                            && !ReadsAsOpenProse(start, end)
                            && !ReadsAsProseBlock(_text, start, end)
                            && !ReadsAsChatMessage(start, end))
                            || ReadsAsLongTitle(start, end) || IsSpeechByline(start, end))))
            {
                kind = SentenceKind.Heading;
            }

            if (kind == SentenceKind.Heading && wholeLine
                && (ContinuesSalutation(start, end) || ((!_sentenceEmitted || OpensParagraph(_text, start)) && EndsWithPunctuation(_text, start, end) && IsSalutation(_text, start, end))))
            {
                _salutationEnd = end;
            }

            return Emit(start, end, kind);
        }

        /// <summary>The most words of a headline that <see cref="IsAbbreviatedHeadline"/> reads.</summary>
        private const int MaxAbbreviatedHeadlineWords = 14;

        /// <summary>
        /// Whether text[start..end], the text's first line alone in its paragraph over more text, of at most
        /// <see cref="MaxAbbreviatedHeadlineWords"/> words, ends with a street's suffix or a dotted initialism and its
        /// and reads as a heading without it (<see cref="ReadsAsHeading"/>): a headline, whose
        /// period is the abbreviation's, not a sentence's ("Council approves bike lanes on Harbor Blvd.", "Man held in
        /// London, U.K.").
        /// </summary>
        private readonly bool IsAbbreviatedHeadline(int start, int end)
        {
            ReadOnlySpan<char> text = _text;
            if (_emitted || end - start < 4 || text[end - 1] != '.' || !OpensText(text, start)
                || text[start..(end - 1)].IndexOfAny(SplitChars.Terminators) is >= 0 and int inner && !IsInsideWord(text, start + inner))
            {
                return false;
            }

            int wordStart = text[start..(end - 1)].LastIndexOfAny(' ', '\t') + start + 1;
            ReadOnlySpan<char> word = text[wordStart..(end - 1)];
            // A street's suffix or a dotted initialism: an abbreviation that is also a word ("Sun.", "Fig.") may end a lead.
            if (word.Length < 2 || !char.IsUpper(word[0]) || !(_rules.IsStreetSuffix(word) || (word.Contains('.') && _rules.IsAbbreviation(word)))
                || CountWords(text, start, end, MaxAbbreviatedHeadlineWords + 1) > MaxAbbreviatedHeadlineWords)
            {
                return false;
            }

            // Alone in its paragraph, over more text.
            int next = end, breaks = 0;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                breaks += SplitChars.IsLineBreakAt(text, next) ? 1 : 0;
                next++;
            }

            return breaks >= 2 && next < text.Length && ReadsAsHeading(text, start, end - 1);

            // A period between letters, as in "U.K.": no sentence's end.
            static bool IsInsideWord(ReadOnlySpan<char> text, int k) =>
                text[k] == '.' && k > 0 && char.IsLetter(text[k - 1]) && k + 1 < text.Length && char.IsLetter(text[k + 1]);
        }

        /// <summary>
        /// Whether the paragraph text[start..newline] is a title wrapped over at most <see cref="MaxWrappedTitleLines"/>
        /// lines at the head of the text, before any sentence (under headings of its paragraph or not): its first line of a wrapped line's length
        /// (<see cref="MinWrappedLine"/> columns) opens with a capital, and its paragraph ends at
        /// <paramref name="newline"/> ("Harbour Robotics reports record orders for its ZX-9 arm in\nthird quarter" over a
        /// blank line), before no list. Then it is a heading or prose as a whole line is (<see cref="EmitAtLineEnd"/>).
        /// </summary>
        private readonly bool IsWrappedTitle(ReadOnlySpan<char> text, int start, int newline)
        {
            // The paragraph ends with the segment: a blank line follows it (read from its end, so that a long paragraph
            // of such segments is not read to its end once for each).
            if (_sentenceEmitted || !char.IsUpper(text[start]) || !BlankLineOrEndAfter(text, newline, out _))
            {
                return false;
            }

            int firstBreak = SplitChars.IndexOfLineBreak(text[start..newline]);
            if (firstBreak < 0 || SplitChars.Columns(text[start..TrimEnd(text, start, start + firstBreak)]) < MinWrappedLine)
            {
                return false;
            }

            // No line of it is an address ("...is available at\nftp://alpha.example.org/gnu"), and no list follows it, which
            // a lead-in wrapped without its colon would lead into.
            if (text[start..newline].Contains("://", StringComparison.Ordinal))
            {
                return false;
            }

            int lines = 1;
            for (int k = start; k < newline; k++)
            {
                if (SplitChars.IsLineBreakAt(text, k))
                {
                    lines++;
                    if (lines > MaxWrappedTitleLines || IsAddressLine(text, SplitChars.SkipSpaces(text, k + 1)))
                    {
                        return false;
                    }
                }
            }

            int next = newline;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                next++;
            }

            return next == text.Length || ReadListMarker(text, next, lineStart: true, previous: default, afterLead: false).Length == 0;
        }

        /// <summary>The most lines of a title wrapped at the head of a text (<see cref="IsWrappedTitle"/>).</summary>
        private const int MaxWrappedTitleLines = 3;

        /// <summary>
        /// Whether <paramref name="line"/> is a name in title case of at most <see cref="MaxPostNominalNameWords"/> words and,
        /// after commas, the writer's degrees or post-nominal letters, each a word of capitals and periods with two
        /// capitals or more ("Maria Chen, M.D., Ph.D.", "Tom Ray, MBA, CPA."), as a letter's signature gives them.
        /// </summary>
        private static bool IsNameWithPostNominals(ReadOnlySpan<char> line)
        {
            int comma = line.IndexOf(", ", StringComparison.Ordinal);
            if (comma < 0 || !IsTitleLine(line[..comma]) || line[..comma].ContainsAnyInRange('0', '9')
                || SplitChars.CountWords(line[..comma], MaxPostNominalNameWords + 1) > MaxPostNominalNameWords)
            {
                return false;
            }

            foreach (Range range in line[(comma + 2)..].Split(", "))
            {
                ReadOnlySpan<char> letters = line[(comma + 2)..][range];
                int capitals = 0;
                foreach (char c in letters)
                {
                    if (!(char.IsAsciiLetter(c) || c == '.'))
                    {
                        return false;
                    }

                    capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
                }

                if (letters.Length is 0 or > MaxPostNominalLength || !char.IsAsciiLetterUpper(letters[0]) || capitals < 2)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The most words of the name before post-nominal letters (<see cref="IsNameWithPostNominals"/>).</summary>
        private const int MaxPostNominalNameWords = 4;

        /// <summary>The longest of a name's post-nominal letters, their periods among them ("F.R.C.P.C.").</summary>
        private const int MaxPostNominalLength = 10;

        /// <summary>
        /// Whether the line text[start..end], in the text's title block (no sentence before it) and the first of its
        /// paragraph, ends with an abbreviation's period, perhaps inside brackets, and reads as a heading in title case
        /// without it (<see cref="IsTitleLine"/>; not "Doors open at 7:30 p.m.", nor a quantity's unit: "Note: Bake it for 30
        /// min."): a title, a name or a headline whose last
        /// word is abbreviated ("Bractwo kurkowe w Sandomierzu w XVI i XVII w.",
        /// "John Walsh, Ph.D.", "... net profit of EUR 1.07 bn (+9.6% yr./yr.)").
        /// </summary>
        private readonly bool IsTitleWithAbbreviation(int start, int end)
        {
            ReadOnlySpan<char> text = _text;
            if (_sentenceEmitted || !StartsParagraph(text, start))
            {
                return false;
            }

            int period = end;
            while (period > start && text[period - 1] is ')' or ']')
            {
                period--;
            }

            if (period - start < 2 || text[period - 1] != '.')
            {
                return false;
            }

            int word = period - 1;
            while (word > start && !SplitChars.IsWhiteSpace(text[word - 1]) && text[word - 1] is not ('(' or '/'))
            {
                word--;
            }

            ReadOnlySpan<char> abbreviation = text[word..(period - 1)];
            return !abbreviation.IsEmpty && (_rules.IsAbbreviation(abbreviation) || IsInitialism(abbreviation))
                && !IsNumber(PreviousWord(text, start, word)) && IsTitleLine(text[start..(period - 1)]) && ReadsAsHeading(text, start, period - 1);

            static bool StartsParagraph(ReadOnlySpan<char> text, int start)
            {
                int line = SplitChars.LineStart(text, start);
                return line == 0 || text[SplitChars.LineStart(text, line - 1)..line].IsWhiteSpace();
            }
        }

        /// <summary>
        /// Whether the line text[start..end], the last of its paragraph, without final punctuation and at most
        /// <see cref="MaxHeadingWords"/> words, opens in lower case with a preposition or a word of the language's
        /// <c>[subtitle-openers]</c> right under a heading in capitals: the second line of an official title, which says
        /// what the notice is about ("CONSULTA PÚBLICA PREVIA" over "sobre el proyecto de Ordenanza ...", "ARRÊTÉ
        /// MUNICIPAL N° 2025-047" over "portant réglementation temporaire ...", "INFORMATION NOTICE" over "on the
        /// relocation of the office").
        /// </summary>
        private readonly bool GoesOnCapitalsHeading(int start, int end)
        {
            ReadOnlySpan<char> text = _text;
            if (!_emitted || _lastKind != SentenceKind.Heading || Current.Paragraph != _paragraph || !SplitChars.IsLowerCase(text[start])
                || EndsWithPunctuation(text, start, end) || !BlankLineOrEndAfter(text, end, out _)
                || CountWords(text, start, end, MaxHeadingWords + 1) > MaxHeadingWords)
            {
                return false;
            }

            // The heading is the whole line right above: only white space between the two, both at a line's start, and
            // no blank line between them (the same paragraph).
            int above = Current.Start;
            if (!text[(above + Current.Length)..start].IsWhiteSpace() || !SplitChars.StartsLine(text, start) || !SplitChars.StartsLine(text, above)
                || CapitalsLineEnd(text, above) < 0)
            {
                return false;
            }

            ReadOnlySpan<char> word = WordAt(text, start);
            return _rules.IsPreposition(word) || _rules.IsSubtitleOpener(word);
        }

        /// <summary>
        /// The fewest Thai characters of a line of its own, after the text's first, that reads as a sentence whatever its
        /// punctuation (<see cref="ReadsAsThaiProse"/>): a Thai section heading is shorter.
        /// </summary>
        private const int MinThaiProseLine = 40;

        /// <summary>The most characters of a Thai title line read whole (<see cref="ThaiTitleEnd"/>).</summary>
        private const int MaxThaiTitle = 100;

        /// <summary>
        /// Whether the line text[start..end] without final punctuation is a sentence of Thai, which writes no terminators
        /// (<see cref="SplittingRules.ThaiSpace"/>), so that their lack says nothing: it is not the text's first line (a
        /// title), has at least <see cref="MinThaiProseLine"/> Thai characters, and body text follows it, a next line as
        /// long, or none (a paragraph of one sentence: "จังหวัดเชียงใหม่ประกาศห้ามเผาในที่โล่งทุกชนิดเพื่อลดปัญหาฝุ่นละออง...", as
        /// a long unpunctuated line in English is); a headline over its dateline stays a heading. Reads the line and the
        /// next.
        /// </summary>
        private readonly bool ReadsAsThaiProse(int start, int end)
        {
            ReadOnlySpan<char> text = _text;
            if (!_rules.ThaiSpace || !_emitted || CountThai(text[start..end]) < MinThaiProseLine)
            {
                return false;
            }

            int next = end;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                next++;
            }

            return next >= text.Length || CountThai(text[next..SplitMarkup.LineEnd(text, next)]) >= MinThaiProseLine;

            static int CountThai(ReadOnlySpan<char> line)
            {
                int thai = 0;
                foreach (char c in line)
                {
                    thai += SplitChars.IsThai(c) ? 1 : 0;
                }

                return thai;
            }
        }

        /// <summary>
        /// The end of the text's first line when, in Thai (<see cref="SplittingRules.ThaiSpace"/>), it is a title that its
        /// spaces must not part: at most <see cref="MaxThaiTitle"/> characters with a space between Thai characters, no
        /// final punctuation, a paragraph of its own that a blank line parts from the text it heads, and read as a
        /// heading (<see cref="ReadsAsHeading"/>); -1 otherwise. Reads at most <see cref="MaxThaiTitle"/> characters and
        /// the white space after them.
        /// </summary>
        private readonly int ThaiTitleEnd(ReadOnlySpan<char> text, int start)
        {
            int lineEnd = SplitMarkup.LineEnd(text[..Math.Min(text.Length, start + MaxThaiTitle + 1)], start);
            if (lineEnd > start + MaxThaiTitle || lineEnd >= text.Length)
            {
                return -1;
            }

            int end = TrimEnd(text, start, lineEnd);
            int space = start;
            while (space < end && !(text[space] == ' ' && SplitChars.IsThai(text[space - 1]) && SplitChars.IsThai(text[space + 1])))
            {
                space++;
            }

            if (space >= end || EndsWithPunctuation(text, start, end))
            {
                return -1;
            }

            int next = lineEnd;
            int breaks = 0;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                breaks += SplitChars.LineBreaksAt(text, next);
                next++;
            }

            return breaks >= 2 && next < text.Length && ReadsAsHeading(text, start, end) ? end : -1;
        }

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it is written in capitals: at least three letters, none
        /// of them lower case or without case, at most <see cref="MaxHeadingWords"/> words and
        /// <see cref="MaxHeadingLength"/> characters ("SECTION 1. SHORT TITLE.", "SEC. 2. FINDINGS.", "CHAPTER IV."); -1
        /// otherwise. Reads at most <see cref="MaxHeadingLength"/> characters.
        /// </summary>
        private static int CapitalsLineEnd(ReadOnlySpan<char> text, int start)
        {
            int limit = Math.Min(text.Length, start + MaxHeadingLength + 1);
            int k = CapitalsRunEnd(text, start, limit, out int capitals);
            if (k < 0 || capitals < 3 || (k == limit && limit < text.Length))
            {
                return -1;
            }

            int end = TrimEnd(text, start, k);
            return CountWords(text, start, end, MaxHeadingWords + 1) <= MaxHeadingWords ? end : -1;
        }

        /// <summary>The most words of a title longer than a heading (<see cref="ReadsAsLongTitle"/>).</summary>
        private const int MaxCapitalsTitleWords = 60;

        /// <summary>The fewest capitals of a title in capitals longer than a heading (<see cref="ReadsAsLongTitle"/>).</summary>
        private const int MinCapitalsTitleLetters = 20;

        /// <summary>
        /// Whether the line text[start..end], without final punctuation and longer than a heading
        /// (<see cref="MaxHeadingWords"/>), is the title of an official document, in its title block (no sentence before
        /// it): at most <see cref="MaxCapitalsTitleWords"/> words, in title case (<see cref="IsTitleLine"/>: "Aging Drinking
        /// Water Systems in Small Communities: Condition, Funding Gaps and Options for ...") or in capitals in a text not
        /// written in capitals (<see cref="IsWrittenInCapitals"/>: "ORIENTAMENTI PER LA DEFINIZIONE DEGLI OBBLIGHI DI
        /// SERVIZIO PUBBLICO E DEI CRITERI DI AFFIDAMENTO ..." over the document's date). In a text written in capitals
        /// (a telegram, an old memo) a paragraph in capitals that long, on one line or several, is prose left without its
        /// period, as it would be in normal case: a heading there has at most <see cref="MaxHeadingWords"/> words.
        /// </summary>
        private bool ReadsAsLongTitle(int start, int end)
        {
            ReadOnlySpan<char> text = _text;
            if (_sentenceEmitted || CountWords(text, start, end, MaxCapitalsTitleWords + 1) is <= MaxHeadingWords or > MaxCapitalsTitleWords)
            {
                return false;
            }

            bool oneLine = CapitalsRunEnd(text, start, end, out int capitals) == end;
            return IsWrittenInCapitals()
                ? IsTitleLine(text[start..end]) && HasLowerCase(text[start..end])
                : IsTitleLine(text[start..end]) || (oneLine && capitals >= MinCapitalsTitleLetters);

            static bool HasLowerCase(ReadOnlySpan<char> line)
            {
                foreach (char c in line)
                {
                    if (SplitChars.IsLowerCase(c))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// Whether the line text[start..end] in capitals is a sentence of a text written in capitals (a wire copy, a
        /// telegram: <see cref="IsWrittenInCapitals"/>) rather than a heading: it ends with a terminator and has at least
        /// <see cref="MinCapitalsSentenceWords"/> words ("THE COUNCIL APPROVED THE BUDGET ON TUESDAY."; not "SECTION 1.
        /// SHORT TITLE.").
        /// </summary>
        private bool ReadsAsSentenceInCapitals(int start, int end)
        {
            ReadOnlySpan<char> text = _text;
            return SplitChars.EndsWithTerminator(text, start, end) && CountWords(text, start, end, MinCapitalsSentenceWords) >= MinCapitalsSentenceWords
                && IsWrittenInCapitals();
        }

        /// <summary>
        /// Where the line at <paramref name="start"/> ends (its line break, a CR, or <paramref name="limit"/>) when no
        /// letter on it before that is in lower case or without case, with its <paramref name="capitals"/> counted; -1
        /// otherwise.
        /// </summary>
        private static int CapitalsRunEnd(ReadOnlySpan<char> text, int start, int limit, out int capitals)
        {
            capitals = 0;
            int k = start;
            for (; k < limit && !SplitChars.IsLineBreakAt(text, k) && text[k] != '\r'; k++)
            {
                if (char.IsLetter(text[k]))
                {
                    if (!char.IsUpper(text[k]))
                    {
                        return -1;
                    }

                    capitals++;
                }
            }

            return k;
        }

        /// <summary>The most lines after its first that <see cref="WrapsInCapitals"/> reads for the end of a sentence.</summary>
        private const int MaxCapitalsLines = 24;

        /// <summary>
        /// Whether the line text[start..end] in capitals is wrapped onto the next, as a licence's disclaimer is ("THIS
        /// SOFTWARE IS PROVIDED BY THE AUTHORS ``AS IS'' AND\nANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED."): it
        /// has a wrapped line's length (<see cref="MinWrappedLine"/> to <see cref="MaxWrappedLine"/> columns) and no
        /// terminator at its end, and the lines after it in its paragraph are in capitals too, up to one that a terminator
        /// ends. Lines in capitals that end no sentence ("GNU LESSER GENERAL PUBLIC LICENSE\nTERMS AND CONDITIONS FOR
        /// COPYING" over a blank line) and short ones ("CHAPTER I\nTHE BOY WHO LIVED.") stay headings. Reads at most
        /// <see cref="MaxCapitalsLines"/> lines of at most <see cref="MaxWrappedLine"/> characters.
        /// </summary>
        private static bool WrapsInCapitals(ReadOnlySpan<char> text, int start, int end)
        {
            int columns = SplitChars.Columns(text[start..end]);
            if (columns < MinWrappedLine || columns > MaxWrappedLine || SplitChars.EndsWithTerminator(text, start, end))
            {
                return false;
            }

            int line = start;
            for (int lines = 0; lines <= MaxCapitalsLines; lines++)
            {
                int limit = Math.Min(text.Length, line + MaxWrappedLine + 1);
                int k = CapitalsRunEnd(text, line, limit, out int capitals);
                if (k < 0 || capitals == 0 || (k == limit && limit < text.Length))
                {
                    // A blank line, a line without letters or one longer than a wrapped line's: the paragraph has ended.
                    return false;
                }

                if (lines > 0 && SplitChars.EndsWithTerminator(text, line, TrimEnd(text, line, k)))
                {
                    return true;
                }

                if (k >= text.Length)
                {
                    return false;
                }

                line = SplitChars.SkipSpaces(text, SplitMarkup.SkipLineBreak(text, k));
            }

            return false;
        }

        /// <summary>
        /// Whether the text is written in capitals: at most one letter in <see cref="CapitalsTextRatio"/> of those with
        /// case is in lower case. Reads the text once.
        /// </summary>
        private bool IsWrittenInCapitals()
        {
            if (_capitalsText == 0)
            {
                long upper = 0;
                long lower = 0;
                foreach (char c in _text)
                {
                    upper += char.IsUpper(c) ? 1 : 0;
                    lower += SplitChars.IsLowerCase(c) ? 1 : 0;
                }

                _capitalsText = (sbyte)(lower * CapitalsTextRatio <= upper ? 1 : -1);
            }

            return _capitalsText > 0;
        }

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it is a Markdown heading: one to six '#' and a space, then a
        /// title of at most <see cref="MaxHeadingWords"/> words and <see cref="MaxHeadingLength"/> characters ("## 1.
        /// Install it.", "# Why Summarizer?"), which opens in lower case only without a terminator at its end, as a
        /// package's name does ("# xUnit.net v3", "# libnpmaccess"), or a longer title, of at most
        /// <see cref="MaxMarkdownTitleWords"/> words and <see cref="MaxMarkdownTitleLength"/> characters, that opens
        /// in upper case and ends without a terminator (a paper's full title); -1 otherwise ("# of users rose 5%.",
        /// "#ebike"). Reads at most <see cref="MaxMarkdownTitleLength"/> characters.
        /// </summary>
        private static int MarkdownHeadingEnd(ReadOnlySpan<char> text, int start)
        {
            int k = start;
            while (k < text.Length && text[k] == '#')
            {
                k++;
            }

            if (k - start > 6 || k >= text.Length || text[k] is not (' ' or '\t'))
            {
                return -1;
            }

            int first = SplitChars.SkipSpaces(text, k);
            int limit = Math.Min(text.Length, start + MaxMarkdownTitleLength + 1);
            int end = first;
            while (end < limit && !SplitChars.IsLineBreakAt(text, end))
            {
                end++;
            }

            if ((end == limit && limit < text.Length) || first >= end)
            {
                return -1;
            }

            end = TrimEnd(text, start, end);
            int words = CountWords(text, first, end, MaxMarkdownTitleWords + 1);
            bool terminated = SplitChars.EndsWithTerminator(text, first, end);
            if (words <= MaxHeadingWords && end - start <= MaxHeadingLength)
            {
                return !(SplitChars.IsLowerCase(text[first]) && terminated) ? end : -1;
            }

            // A paper's or a report's full title ("# Effet de la réduction de la vitesse maximale à 80 km/h sur la
            // mortalité routière : une analyse en double différence"): longer, but no sentence ends it.
            return words <= MaxMarkdownTitleWords && !terminated && !SplitChars.IsLowerCase(text[first]) ? end : -1;
        }

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it is one HTML element that titles what follows: a
        /// heading, a disclosure's summary, a term or a caption ("&lt;h2&gt;1. Install it.&lt;/h2&gt;", "&lt;summary&gt;Why
        /// another server?&lt;/summary&gt;"), of at most <see cref="MaxHeadingLength"/> characters; -1 otherwise. Reads at
        /// most that many characters and the tags.
        /// </summary>
        private static int HtmlHeadingEnd(ReadOnlySpan<char> text, int start)
        {
            int open = text[start] == '<' ? SplitMarkup.TagEnd(text, start) : -1;
            if (open < 0)
            {
                return -1;
            }

            ReadOnlySpan<char> tag = text[(start + 1)..(open - 1)];
            int nameEnd = tag.IndexOfAny(' ', '\t', '/');
            ReadOnlySpan<char> name = nameEnd < 0 ? tag : tag[..nameEnd];
            if (!IsTitlingElement(name))
            {
                return -1;
            }

            int limit = Math.Min(text.Length, open + MaxHeadingLength + name.Length + 4);
            int breakAt = text[open..limit].IndexOfAny(SplitChars.LineBreaks);
            if (breakAt < 0 && limit < text.Length)
            {
                return -1;
            }

            int end = TrimEnd(text, open, breakAt < 0 ? limit : open + breakAt);
            if (end <= open)
            {
                return -1;
            }

            ReadOnlySpan<char> line = text[open..end];
            return line.EndsWith(">") && line.LastIndexOf("</") is >= 0 and int close
                && line[(close + 2)..^1].Equals(name, StringComparison.OrdinalIgnoreCase) ? end : -1;

            static bool IsTitlingElement(ReadOnlySpan<char> name) =>
                (name.Length == 2 && (name[0] | 0x20) == 'h' && name[1] is >= '1' and <= '6')
                || name.Equals("summary", StringComparison.OrdinalIgnoreCase) || name.Equals("dt", StringComparison.OrdinalIgnoreCase)
                || name.Equals("caption", StringComparison.OrdinalIgnoreCase) || name.Equals("figcaption", StringComparison.OrdinalIgnoreCase)
                || name.Equals("title", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The end of the line at <paramref name="start"/>, which opens a paragraph, when the next line underlines it: a
        /// rule of one character repeated ('=', '-', '~', '*', '+' or '#', at least three, and at least half as long as
        /// the line; or '.', as long as the line and at least four), as Markdown, reStructuredText and Texinfo write a heading ("Why a
        /// floating library?\n-----------"); the
        /// line has at most <see cref="MaxHeadingWords"/> words and <see cref="MaxHeadingLength"/> characters. -1
        /// otherwise. Reads at most two lines of <see cref="MaxHeadingLength"/> characters and their rule.
        /// </summary>
        private static int UnderlinedHeadingEnd(ReadOnlySpan<char> text, int start)
        {
            int breakAt = SplitChars.IndexOfLineBreak(text[start..Math.Min(text.Length, start + MaxHeadingLength + 1)]);
            if (breakAt < 0)
            {
                return -1;
            }

            int end = start + breakAt;
            int ruleStart = SplitChars.SkipSpaces(text, end + 1);
            if (ruleStart >= text.Length || text[ruleStart] is not ('=' or '-' or '~' or '*' or '+' or '#' or '.'))
            {
                return -1;
            }

            char mark = text[ruleStart];
            int ruleEnd = ruleStart;
            int ruleLimit = Math.Min(text.Length, ruleStart + (2 * MaxHeadingLength));
            while (ruleEnd < ruleLimit && text[ruleEnd] == mark)
            {
                ruleEnd++;
            }

            int lineEnd = TrimEnd(text, start, end);
            int rule = ruleEnd - ruleStart;
            // Dots underline a heading as long as it is, four at the least (Texinfo's "7.2.1 Key generation\n
            // ...................."): a shorter run is an ellipsis.
            if (rule < 3 || rule * 2 < lineEnd - start || (mark == '.' && rule < Math.Max(4, lineEnd - start))
                || !SplitChars.EndsLine(text, SplitChars.SkipSpaces(text, ruleEnd)))
            {
                return -1;
            }

            return CountWords(text, start, lineEnd, MaxHeadingWords + 1) <= MaxHeadingWords ? lineEnd : -1;
        }

        /// <summary>
        /// The end of the Texinfo definition's header at <paramref name="start"/>, or -1: "-- ", a category of one to three
        /// words the first capitalized and a colon ("Function:", "Context struct:", "User Option:"), then the name and its
        /// arguments, on lines indented at least <see cref="MinHeaderWrapIndent"/> columns deeper than the first when
        /// they wrap (" -- Function: int dsa_verify (const struct dsa_params *PARAMS, const\n          mpz_t Y)").
        /// Reads the header's lines, at most <see cref="MaxHeadingLength"/> characters of the first before its colon.
        /// </summary>
        private static int DefinitionHeaderEnd(ReadOnlySpan<char> text, int start)
        {
            if (!text[start..].StartsWith("-- ") || start + 4 >= text.Length || !char.IsUpper(text[start + 3]))
            {
                return -1;
            }

            int lineEnd = SplitMarkup.LineEnd(text, start);
            ReadOnlySpan<char> line = text[(start + 3)..Math.Min(lineEnd, start + MaxHeadingLength)];
            int colon = line.IndexOf(": ");
            if (colon <= 0 || colon + 2 >= line.Length || SplitChars.CountWords(line[..colon], 4) > 3 || line[..colon].ContainsAnyExcept(s_categoryChars))
            {
                return -1;
            }

            int lineStart = SplitChars.LineStart(text, start);
            int indent = SplitMarkup.Indentation(text, lineStart, start);
            int end = TrimEnd(text, start, lineEnd);
            for (int next = SplitMarkup.SkipLineBreak(text, lineEnd); next < text.Length;)
            {
                int content = SplitChars.SkipSpaces(text, next);
                int nextEnd = SplitMarkup.LineEnd(text, content);
                if (content >= nextEnd || SplitMarkup.Indentation(text, next, content) < indent + MinHeaderWrapIndent)
                {
                    break;
                }

                end = TrimEnd(text, content, nextEnd);
                next = SplitMarkup.SkipLineBreak(text, nextEnd);
            }

            return end;
        }

        /// <summary>How much deeper than its first line a Texinfo definition's header wraps (nine columns; its text is four deeper).</summary>
        private const int MinHeaderWrapIndent = 6;

        /// <summary>The characters of a Texinfo definition's category ("Function", "Context struct", "Method on").</summary>
        private static readonly SearchValues<char> s_categoryChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -");

        /// <summary>The longest package name that <see cref="ChangelogHeaderEnd"/> reads.</summary>
        private const int MaxPackageName = 100;

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it opens an entry of a Debian changelog, or -1: a package's
        /// name without spaces, its version in round brackets, the distributions and "; urgency=" ("bash (5.2.15-2)
        /// unstable; urgency=medium"). Reads the name up to <see cref="MaxPackageName"/> characters, and the line only
        /// when a bracket follows the name.
        /// </summary>
        private static int ChangelogHeaderEnd(ReadOnlySpan<char> text, int start)
        {
            int k = start;
            int limit = Math.Min(text.Length, start + MaxPackageName);
            while (k < limit && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '-' or '.' or '+'))
            {
                k++;
            }

            if (k == start || k + 2 >= text.Length || text[k] != ' ' || text[k + 1] != '(')
            {
                return -1;
            }

            int lineEnd = Math.Min(SplitMarkup.LineEnd(text, k), k + MaxHeadingLength);
            ReadOnlySpan<char> rest = text[k..lineEnd];
            int close = rest.IndexOf(") ", StringComparison.Ordinal);
            return close > 2 && rest[close..].IndexOf("; urgency=", StringComparison.Ordinal) > 1 ? TrimEnd(text, start, lineEnd) : -1;
        }

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it is an entry of a table of contents, or -1: at most
        /// <see cref="MaxHeadingLength"/> characters of a title, then a leader of at least <see cref="MinLeaderDots"/>
        /// dots (spaced or not) and, at the line's end, a page's number ("2.1 ASN.1 syntax ........ 2", "Introduction . . .
        /// . . . . . iii") or a price (<see cref="PriceStart"/>: "Risotto (vegetarian) ........ $17.50").
        /// </summary>
        private static int TocEntryEnd(ReadOnlySpan<char> text, int start)
        {
            int end = ShortLineEnd(text, start, MaxHeadingLength + 17);
            if (end < 0)
            {
                return -1;
            }

            int q = PriceStart(text, start, end);
            while (q > start && (char.IsAsciiDigit(text[q - 1]) || text[q - 1] is 'i' or 'v' or 'x'))
            {
                q--;
            }

            // The page goes after a space or right after the leader's last dot; without it, dots at a line's end are an
            // ellipsis ("and we waited....").
            if (q == end || q == start || text[q - 1] is not (' ' or '\t' or '.'))
            {
                return -1;
            }

            int dots = 0;
            while (q > start && text[q - 1] is '.' or ' ' or '\t')
            {
                dots += text[q - 1] == '.' ? 1 : 0;
                q--;
            }

            return dots >= MinLeaderDots && q > start && (char.IsLetterOrDigit(text[q - 1]) || text[q - 1] is ')' or ']') ? end : -1;
        }

        /// <summary>
        /// The end of the line at <paramref name="start"/> when a dot leader parts a label from its value on it, or -1: at
        /// most <see cref="MaxHeadingLength"/> characters of a label that ends with a letter, a digit or a bracket, a space,
        /// a leader of at least <see cref="MinLeaderDots"/> dots (spaced or not; an ellipsis character counts three), or
        /// of <see cref="MinNumberLeaderDots"/> before a number (perhaps after a currency's symbol), and a value of at most
        /// <see cref="MaxRowValueWords"/> words that opens with a letter or a digit and that no terminator ends, as a
        /// specification sheet, a price list, a results table, a release's financial data or a table of contents writes a
        /// row ("Operating pressure ...... 1.5–6 bar", "Jane Roe (D) ..... 48,902 ..... 52.1%", "Net sales ......
        /// $2,410.3", "Net income ... 38.9", "Gross profit …… 797.8"): one segment, its leader no ellipsis, and never
        /// the end of the line above (<see cref="IsLeaderRow"/>). An ellipsis in prose follows its word without a space
        /// ("He waited.... Then he left.").
        /// </summary>
        private static int LeaderLineEnd(ReadOnlySpan<char> text, int start)
        {
            int end = ShortLineEnd(text, start, MaxHeadingLength + 17);
            if (end < 0 || SplitChars.Terminators.Contains(text[end - 1]))
            {
                return -1;
            }

            for (int label = text[start..end].IndexOf(' ') is >= 0 and int space ? start + space : end; label + 1 < end;)
            {
                int dots = 0;
                int value = label;
                while (value < end && text[value] is '.' or '\u2026' or ' ' or '\t')
                {
                    dots += text[value] == '.' ? 1 : text[value] == '\u2026' ? 3 : 0;
                    value++;
                }

                int digit = value + 1 < end && char.GetUnicodeCategory(text[value]) == UnicodeCategory.CurrencySymbol ? value + 1 : value;
                bool number = digit < end && char.IsAsciiDigit(text[digit]);
                if ((dots >= MinLeaderDots || (dots >= MinNumberLeaderDots && number)) && value < end && (char.IsLetterOrDigit(text[value]) || number)
                    && label > start && (char.IsLetterOrDigit(text[label - 1]) || text[label - 1] is ')' or ']' or '%'))
                {
                    return CountWords(text, value, end, MaxRowValueWords + 1) <= MaxRowValueWords ? end : -1;
                }

                int next = text[(value + 1)..end].IndexOf(' ');
                label = next < 0 ? end : value + 1 + next;
            }

            return -1;
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> is a table's row that a leader parts (<see cref="LeaderLineEnd"/>,
        /// <see cref="TocEntryEnd"/>): it goes on from no line above it ("Selected financial data (in millions):" over
        /// "Net sales ........ $2,410.3").
        /// </summary>
        private static bool IsLeaderRow(ReadOnlySpan<char> text, int k) => TocEntryEnd(text, k) > 0 || LeaderLineEnd(text, k) > 0;

        /// <summary>
        /// Where a price at the end of text[start..end] starts, so that a menu's or a price list's line reads as an entry
        /// of a table of contents does, its leader before its price ("Fish soup ........ £9.50", "Soupe ........ 9,50 €",
        /// "Tee ........ EUR 3,20"): at its first digit, when a currency's symbol or code of at most three capitals
        /// stands right before or after the amount; otherwise <paramref name="end"/>.
        /// </summary>
        private static int PriceStart(ReadOnlySpan<char> text, int start, int end)
        {
            int after = CurrencyStart(text, start, end);
            int amountEnd = after < end ? SkipSpacesBack(text, start, after) : end;
            int q = amountEnd;
            while (q > start && (char.IsAsciiDigit(text[q - 1]) || (text[q - 1] is '.' or ',' && q < amountEnd && q - 1 > start && char.IsAsciiDigit(text[q - 2]))))
            {
                q--;
            }

            if (q == amountEnd)
            {
                return end;
            }

            int beforeEnd = SkipSpacesBack(text, start, q);
            int before = CurrencyStart(text, start, beforeEnd);
            return before < beforeEnd ? before : after < end ? q : end;

            static int CurrencyStart(ReadOnlySpan<char> text, int start, int k)
            {
                int c = k;
                while (c > start && k - c < 3 && (char.GetUnicodeCategory(text[c - 1]) == System.Globalization.UnicodeCategory.CurrencySymbol || char.IsAsciiLetterUpper(text[c - 1])))
                {
                    c--;
                }

                return c < k && (c == start || !char.IsLetterOrDigit(text[c - 1])) ? c : k;
            }

            static int SkipSpacesBack(ReadOnlySpan<char> text, int start, int k)
            {
                while (k > start && text[k - 1] is ' ' or '\u00A0')
                {
                    k--;
                }

                return k;
            }
        }

        /// <summary>The fewest dots of a table of contents' leader (<see cref="TocEntryEnd"/>).</summary>
        private const int MinLeaderDots = 4;

        /// <summary>The fewest dots of a leader before a number (<see cref="LeaderLineEnd"/>: "Net income ... 38.9").</summary>
        private const int MinNumberLeaderDots = 3;

        /// <summary>The end of the line at <paramref name="start"/> when it is a table row: it starts with "| " and ends with " |" and has another '|' inside; otherwise -1.</summary>
        private static int TableRowEnd(ReadOnlySpan<char> text, int start)
        {
            if (text[start] != '|')
            {
                return -1;
            }

            int end = TrimEnd(text, start, SplitMarkup.LineEnd(text, start));
            // "| a | b |": spaced pipes, so that "|x| + |y| >= |x + y|" stays prose.
            return end - start >= 5 && text[start + 1] == ' ' && text[end - 1] == '|' && text[end - 2] == ' '
                && text[(start + 1)..(end - 1)].Contains('|') ? end : -1;
        }

        /// <summary>
        /// Whether a line of its own without final punctuation, which would read as a heading, is prose whose writer
        /// left the period out: in a text that leaves its paragraphs open (<see cref="LeavesParagraphsOpen"/>), a
        /// paragraph of one line of at least <see cref="MinOpenProseWords"/> words, not in title case, after the first
        /// segment (which may be a title): a thread's post or a forum message, not a section's heading.
        /// </summary>
        private bool ReadsAsOpenProse(int start, int end)
        {
            ReadOnlySpan<char> text = _text;
            ReadOnlySpan<char> shown = Shown(text[start..end], stackalloc char[MaxHeadingLength + 1]);
            if (!_emitted || SplitChars.CountWords(shown, MinOpenProseWords) < MinOpenProseWords || IsTitleLine(shown)
                || !IsParagraphOfOneLine(text, end))
            {
                return false;
            }

            if (_openEnds == 0)
            {
                _openEnds = (sbyte)(LeavesParagraphsOpen(text) ? 1 : -1);
            }

            return _openEnds > 0;
        }

        /// <summary>
        /// Whether text[start..end], the line of a segment after the first, is a paragraph of one line: it opens a
        /// paragraph (the segment emitted last is in another), and a blank line or the text's end follows it.
        /// </summary>
        private readonly bool IsParagraphOfOneLine(ReadOnlySpan<char> text, int end) =>
            Current.Paragraph != _paragraph && BlankLineOrEndAfter(text, end, out _);

        /// <summary>
        /// Whether only white space holding a blank line, or only white space up to the text's end, follows
        /// <paramref name="end"/>; <paramref name="next"/> is the first character after that white space.
        /// </summary>
        private static bool BlankLineOrEndAfter(ReadOnlySpan<char> text, int end, out int next)
        {
            int breaks = 0;
            next = end;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                breaks += SplitChars.LineBreaksAt(text, next);
                next++;
            }

            return next == text.Length || breaks >= 2;
        }

        /// <summary>
        /// Whether the text is a chat client's log: its lines hold the headers a client writes over the messages
        /// (<see cref="SpeakerLabels.IsHeaderLine"/>: "Carol Diaz  9:15 AM") of two senders or more, each with a line of
        /// message under it (a blank line between them aside). Each of its
        /// other lines is a message: no line is joined onto the next, and one of <see cref="MinSpokenWords"/> words or
        /// more, not in title case, is prose without its period, not a heading. Reads the text once.
        /// </summary>
        private bool IsChatLog()
        {
            if (_chatLog == 0)
            {
                // Two senders at least, each over a message: a live blog's "Updated 10:45 AM" over each entry is no
                // conversation, nor is an agenda's "Doors open  10:00" over "Meeting starts  10:30".
                // Every header holds a time, and so a colon: a text without one is read no further.
                ReadOnlySpan<char> text = _text;
                ReadOnlySpan<char> first = default;
                ReadOnlySpan<char> header = default;
                bool another = false;
                for (int lineStart = text.Contains(':') ? 0 : text.Length; lineStart < text.Length && !another;)
                {
                    int lineEnd = SplitMarkup.LineEnd(text, lineStart);
                    ReadOnlySpan<char> line = text[lineStart..lineEnd];
                    if (SpeakerLabels.IsHeaderLine(line, out Range sender))
                    {
                        header = line[sender];
                    }
                    else if (!header.IsEmpty && !line.IsWhiteSpace())
                    {
                        // The message under a header: its sender has spoken.
                        another = !first.IsEmpty && !header.Equals(first, StringComparison.OrdinalIgnoreCase);
                        first = first.IsEmpty ? header : first;
                        header = default;
                    }

                    lineStart = lineEnd + 1;
                }

                _chatLog = (sbyte)(another ? 1 : -1);
            }

            return _chatLog > 0;
        }

        /// <summary>Whether text[start..end], a line of its own without final punctuation, is a message of a chat client's log (<see cref="IsChatLog"/>).</summary>
        private bool ReadsAsChatMessage(int start, int end) =>
            CountWords(_text, start, end, MinSpokenWords) >= MinSpokenWords && !IsTitleLine(_text[start..end]) && IsChatLog();

        /// <summary>
        /// Whether <paramref name="line"/> is a rating field and the count it rests on: a label, a colon and a value in
        /// title case before a number and one word in lower case in brackets ("Overall Reviews: Very Positive (12,408
        /// reviews)", "Recent: Mostly Positive (611 ratings)"), a store's widget, as the bare count ("(611)") is.
        /// </summary>
        private static bool IsCountedRating(ReadOnlySpan<char> line)
        {
            int open = line.LastIndexOf('(');
            if (open <= 0 || line[^1] != ')' || !line[..open].Contains(':') || !IsTitleLine(line[..open].TrimEnd()))
            {
                return false;
            }

            ReadOnlySpan<char> count = line[(open + 1)..^1];
            int gap = count.IndexOf(' ');
            return gap > 0 && char.IsAsciiDigit(count[0]) && count[..gap].Trim("0123456789,.").IsEmpty
                && count[(gap + 1)..] is { IsEmpty: false } word && SplitChars.IsAllLetters(word) && SplitChars.IsLowerCase(word[0]);
        }

        /// <summary>
        /// Whether the text leaves paragraphs without final punctuation: a paragraph's last line ends with a letter or a
        /// digit (closing brackets and quotes aside) after a sentence that ends on it, and the unpunctuated sentence
        /// after that sentence's terminator opens with a capital and has at least <see cref="MinOpenEndWords"/> words
        /// ("2/ Startup is 3x faster. We rewrote the extension host so plugins load lazily"). The period of an
        /// abbreviation or an initial ("Mr. Smith said he would call") ends no sentence. Reads the text once.
        /// </summary>
        private readonly bool LeavesParagraphsOpen(ReadOnlySpan<char> text)
        {
            int lineStart = 0;
            while (lineStart < text.Length)
            {
                int lineEnd = SplitMarkup.LineEnd(text, lineStart);
                int next = lineEnd < text.Length ? lineEnd + 1 : lineEnd;
                int end = TrimEnd(text, lineStart, lineEnd);
                if (end > lineStart && char.IsLetterOrDigit(SplitChars.LastBeforeClosers(text, lineStart, end)) && IsParagraphEnd(text, lineEnd)
                    && EndsOpenAfterSentence(text, lineStart, end))
                {
                    return true;
                }

                lineStart = next;
            }

            return false;
        }

        /// <summary>
        /// Whether the line that breaks at <paramref name="lineEnd"/> ends its paragraph: the text ends, or a blank line
        /// follows and the next paragraph opens as a paragraph does, not in lower case nor with punctuation (a sentence
        /// that a blank line cut, "for the BBC's supernatural comedy\n\n. And the success").
        /// </summary>
        private static bool IsParagraphEnd(ReadOnlySpan<char> text, int lineEnd) =>
            BlankLineOrEndAfter(text, lineEnd, out int k)
            && (k == text.Length || (!SplitChars.IsLowerCase(text[k]) && !SplitChars.Terminators.Contains(text[k]) && text[k] is not (',' or ';' or ':')));

        /// <summary>
        /// Whether text[start..end], a line that ends without punctuation, holds a sentence that ends with a terminator
        /// and, after it, an unpunctuated sentence of at least <see cref="MinOpenEndWords"/> words that opens with a capital.
        /// </summary>
        private readonly bool EndsOpenAfterSentence(ReadOnlySpan<char> text, int start, int end)
        {
            int terminator = text[start..end].LastIndexOfAny(SplitChars.Terminators);
            if (terminator <= 0)
            {
                return false;
            }

            terminator += start;
            int after = SplitChars.SkipSpaces(text, terminator + 1);
            if (after == terminator + 1 || after >= end || !char.IsUpper(text[after]) || CountWords(text, after, end, MinOpenEndWords) < MinOpenEndWords)
            {
                return false;
            }

            if (text[terminator] != '.')
            {
                return true;
            }

            ReadOnlySpan<char> word = PreviousWord(text, start, terminator);
            return word.Length > 1 && !_rules.IsAbbreviation(word);
        }

        /// <summary>
        /// Whether the line at <paramref name="start"/> goes on with the line of verse before it: the segment emitted
        /// last is a sentence of the same paragraph that ends on the line before, with a comma, a semicolon or no mark
        /// ("Two roads diverged in a yellow wood,\nAnd sorry I could not travel both\nAnd be one traveler"), so a line
        /// without final punctuation under it is a line of the stanza, not a heading.
        /// </summary>
        private readonly bool ContinuesVerse(ReadOnlySpan<char> text, int start)
        {
            if (!RightUnderLastSentence(text, start))
            {
                return false;
            }

            char last = text[Current.End - 1];
            // A speaker's turn or a chat line is a record of its own, not a line of verse.
            return !(SplitChars.Terminators.Contains(last) || SplitChars.Closers.Contains(last) || last == ':')
                && SpeakerLabels.LabelLength(text[start..Math.Min(text.Length, start + MaxWrappedLine)], out _) == 0;
        }

        /// <summary>
        /// Whether the line at <paramref name="start"/> stands right under the segment emitted last, a sentence of the
        /// same paragraph: only white space with one line break between them.
        /// </summary>
        private readonly bool RightUnderLastSentence(ReadOnlySpan<char> text, int start)
        {
            if (!_emitted || _lastKind != SentenceKind.Sentence || Current.Paragraph != _paragraph)
            {
                return false;
            }

            int breaks = 0;
            for (int k = Current.End; k < start; k++)
            {
                if (!SplitChars.IsWhiteSpace(text[k]))
                {
                    return false;
                }

                breaks += SplitChars.LineBreaksAt(text, k);
            }

            return breaks == 1;
        }

        /// <summary>
        /// Whether the line text[start..end], without final punctuation, is a sentence whose writer left the period out
        /// rather than a heading: it opens with a capital, has at least <see cref="MinProseUnderSentenceWords"/> words and
        /// is not in title case, and a sentence of its paragraph that a terminator ends closes the line right before it
        /// ("I use it daily.\nIt crushes ice in seconds and the jar is easy to clean\nThe lid fits tight.", a review
        /// written a sentence a line). A heading stands over its text, after a blank line or at the text's start.
        /// </summary>
        private readonly bool ReadsAsProseUnderSentence(ReadOnlySpan<char> text, int start, int end) =>
            char.IsUpper(text[start]) && RightUnderLastSentence(text, start) && SplitChars.EndsWithTerminator(text, Current.Start, Current.End)
            && CountWords(text, start, end, MinProseUnderSentenceWords) >= MinProseUnderSentenceWords && !IsTitleLine(text[start..end]);

        /// <summary>
        /// Whether the line text[start..end] is one of <see cref="MinProseBlockLines"/> lines or more in a row, its own
        /// included, that each read as a sentence left without its period (<see cref="IsProseLine"/>): a story or a
        /// review written a sentence a line ("The location is perfect two minutes from the beach\nOur room on the 8th
        /// floor had a big balcony with a sea view\n..."), whatever its first line looks like. Headings do not come in
        /// stacks of such lines. Reads at most two lines before and after it.
        /// </summary>
        private static bool ReadsAsProseBlock(ReadOnlySpan<char> text, int start, int end)
        {
            if (!IsProseLine(text[start..end]))
            {
                return false;
            }

            int lines = 1;
            int first = SplitChars.LineStart(text, start);
            while (lines < MinProseBlockLines && first > 0)
            {
                int lineEnd = first - 1;
                int lineStart = lineEnd;
                while (lineStart > 0 && lineEnd - lineStart < MaxProseLineScan && !SplitChars.IsLineBreakAt(text, lineStart - 1))
                {
                    lineStart--;
                }

                if (!IsProseLine(text[lineStart..lineEnd]))
                {
                    break;
                }

                lines++;
                first = lineStart;
            }

            int last = end;
            while (lines < MinProseBlockLines)
            {
                while (last < text.Length && text[last] is ' ' or '\t' or '\r' && !SplitChars.IsLineBreakAt(text, last))
                {
                    last++;
                }

                if (last >= text.Length || !SplitChars.IsLineBreakAt(text, last))
                {
                    break;
                }

                int lineStart = last + 1;
                int lineEnd = lineStart;
                while (lineEnd < text.Length && lineEnd - lineStart < MaxProseLineScan && !SplitChars.IsLineBreakAt(text, lineEnd))
                {
                    lineEnd++;
                }

                if (!IsProseLine(text[lineStart..lineEnd]))
                {
                    break;
                }

                lines++;
                last = lineEnd;
            }

            return lines >= MinProseBlockLines;
        }

        /// <summary>
        /// Whether <paramref name="line"/> reads as a sentence left without its period: <see cref="MinProseBlockWords"/>
        /// words or more, most of them in lower case, not in title case, and no final punctuation.
        /// </summary>
        private static bool IsProseLine(ReadOnlySpan<char> line)
        {
            line = line.Trim(" \t\r");
            if (line.IsEmpty || EndsWithPunctuation(line, 0, line.Length) || IsTitleLine(line))
            {
                return false;
            }

            int words = 0, lower = 0;
            for (int k = 0; k < line.Length; k++)
            {
                if (char.IsLetter(line[k]) && (k == 0 || SplitChars.IsWhiteSpace(line[k - 1])))
                {
                    words++;
                    lower += SplitChars.IsLowerCase(line[k]) ? 1 : 0;
                }
            }

            return words >= MinProseBlockWords && 2 * lower > words;
        }

        /// <summary>The fewest lines of a block that <see cref="ReadsAsProseBlock"/> reads as prose.</summary>
        private const int MinProseBlockLines = 3;

        /// <summary>The fewest words of a line of such a block: headlines and section titles are mostly shorter.</summary>
        private const int MinProseBlockWords = 8;

        /// <summary>The most characters of a neighbouring line that <see cref="ReadsAsProseBlock"/> reads.</summary>
        private const int MaxProseLineScan = 400;

        /// <summary>The fewest words of a line without final punctuation that <see cref="ReadsAsProseUnderSentence"/> reads as a sentence.</summary>
        private const int MinProseUnderSentenceWords = 6;

        /// <summary>
        /// Whether a line of its own is a letter's salutation or closing: at most three words that start with a capital
        /// and end with a comma ("Hi Dana,", "Dear Dr. Ruiz,", "Best regards,"), at the start of the text, after a
        /// blank line (quoted or not) or after a line that ends a sentence or introduces a quotation ("...the
        /// report.\nBest regards,", "Dana wrote:\n&gt; Hi Sam,"), and not followed by another such line (verse:
        /// "Roses are red,\nViolets are blue,"). Like a heading, it frames the text and says nothing of it.
        /// </summary>
        private readonly bool IsSalutation(ReadOnlySpan<char> text, int start, int end)
        {
            if (!IsShortCommaLine(text, start, end) && !IsPhrasedSalutation(text, start, end))
            {
                return false;
            }

            // After a line that ends a sentence, only a closing: the signature, if any, is a short line ("Dana").
            bool closingOnly = false;
            int line = SplitChars.LineStart(text, start);
            if (line > 0)
            {
                int previous = SplitChars.LineStart(text, line - 1);
                int previousEnd = TrimEnd(text, previous, line);
                if (previousEnd > previous && !SplitMarkup.IsQuotedBlankLine(text, SplitChars.SkipSpaces(text, previous)) && text[previousEnd - 1] != ':')
                {
                    if (text[previousEnd - 1] is not ('.' or '!' or '?' or '\u2026' or '"' or '\u201D' or '\u00BB'))
                    {
                        return false;
                    }

                    closingOnly = true;
                }
            }

            int next = SplitChars.SkipSpaces(text, end);
            if (next < text.Length && text[next] == '\r')
            {
                next++;
            }

            if (next >= text.Length || !SplitChars.IsLineBreakAt(text, next))
            {
                return true;
            }

            int lineStart = SplitChars.SkipSpaces(text, next + 1);
            if (SplitMarkup.QuotePrefixEnd(text, lineStart, inQuotation: true) is > 0 and int prefixEnd)
            {
                lineStart = prefixEnd;
            }

            int lineEnd = TrimEnd(text, lineStart, SplitMarkup.LineEnd(text, lineStart));
            // A closing of its own words signs with a name and perhaps a rank and unit ("Ever your affectionate husband,"
            // over "J. Merriweather, Capt., Co. B"); a short comma line after a sentence, only with a name.
            // A speech's salutation of the language's words opens a block of vocatives before any sentence or after a blank
            // line ("Mr President," over "Honourable Members,"), not verse.
            int maxSignature = IsShortCommaLine(text, start, end) ? MaxSalutationWords : MaxPhrasedSignatureWords;
            return (!IsShortCommaLine(text, lineStart, lineEnd)
                    || (!closingOnly && (!_sentenceEmitted || OpensParagraph(text, start)) && _rules.StartsWithSalutation(text[start..end])))
                && (!closingOnly || CountWords(text, lineStart, lineEnd, maxSignature + 1) <= maxSignature);
        }

        /// <summary>
        /// Whether text[start..end], a line of its own right under a salutation read as a heading before any sentence or
        /// opening its paragraph (under a speech's "Es gilt das gesprochene Wort."), goes on with the salutation's block
        /// of vocatives: at most <see cref="MaxPhrasedSalutationWords"/> words that
        /// end with a comma, a colon or an exclamation mark and open with a capital or a phrase of the language's
        /// <c>[salutations]</c> ("Monsieur le Ministre," over "Madame la Présidente de la Région," and "Mesdames et
        /// Messieurs,"; "Sehr geehrter Herr Präsident," over "meine sehr geehrten Damen und Herren,"). A speech greets its
        /// listeners one line each before it says anything.
        /// </summary>
        private readonly bool ContinuesSalutation(int start, int end)
        {
            ReadOnlySpan<char> text = _text;
            if (_salutationEnd < 0 || start <= _salutationEnd || end <= start || text[end - 1] is not (',' or ':' or '!')
                || !(char.IsUpper(text[start]) || _rules.StartsWithSalutation(text[start..end]))
                || CountWords(text, start, end, MaxPhrasedSalutationWords + 1) > MaxPhrasedSalutationWords)
            {
                return false;
            }

            // Right under it: only white space and one line break between.
            int breaks = 0;
            for (int k = _salutationEnd; k < start; k++)
            {
                if (!SplitChars.IsWhiteSpace(text[k]))
                {
                    return false;
                }

                breaks += text[k] == '\n' ? 1 : 0;
            }

            return breaks == 1;
        }

        /// <summary>Whether the line at <paramref name="start"/> opens its paragraph: the text's first line or one under a blank line.</summary>
        private static bool OpensParagraph(ReadOnlySpan<char> text, int start)
        {
            int line = SplitChars.LineStart(text, start);
            if (line == 0)
            {
                return true;
            }

            int previous = SplitChars.LineStart(text, line - 1);
            return TrimEnd(text, previous, line) == previous;
        }

        /// <summary>
        /// Whether text[start..end], a line without final punctuation before any sentence, is a speech's byline, whatever
        /// its length: it opens with a phrase of <c>[speech-bylines]</c>, a speech's noun and the word before its speaker
        /// ("Rede von Prof. Dr. ..., Mitglied des Vorstands ..., am 16. April 2026", "Discours de M. ...", "Выступление
        /// ..."), as a long English one in title case reads as a title.
        /// </summary>
        private readonly bool IsSpeechByline(int start, int end) =>
            !_sentenceEmitted && end > start && char.IsUpper(_text[start]) && _rules.OpensSpeechByline(_text[start..end]);

        /// <summary>
        /// Whether text[start..end] is a salutation that opens with a phrase of the language's <c>[salutations]</c> and
        /// ends with a comma or, as Spanish and Portuguese letters write the salutation, a colon, or a closing that
        /// opens with one of its <c>[closings]</c> and ends with a comma: longer than a short comma line ("Sehr geehrte
        /// Damen und Herren,", "Com os melhores cumprimentos,", "Estimado Sr. Martínez:"), at most
        /// <see cref="MaxPhrasedSalutationWords"/> words.
        /// </summary>
        private readonly bool IsPhrasedSalutation(ReadOnlySpan<char> text, int start, int end) =>
            end > start && text[end - 1] is ',' or ':' && char.IsUpper(text[start])
            && CountWords(text, start, end, MaxPhrasedSalutationWords + 1) <= MaxPhrasedSalutationWords
            && (_rules.StartsWithSalutation(text[start..end]) || (text[end - 1] == ',' && _rules.StartsWithClosing(text[start..end])));

        private static bool IsShortCommaLine(ReadOnlySpan<char> text, int start, int end) =>
            end > start && text[end - 1] == ',' && char.IsUpper(text[start]) && CountWords(text, start, end, MaxSalutationWords + 1) <= MaxSalutationWords;

        /// <summary>
        /// Whether the line that ends at <paramref name="end"/> is the attribution of an e-mail quotation: it ends with a
        /// colon and the next line that is not blank is quoted ("On Monday, Dana wrote:\n&gt; ...").
        /// </summary>
        private static bool IntroducesQuotedText(ReadOnlySpan<char> text, int end)
        {
            if (text[end - 1] != ':')
            {
                return false;
            }

            int next = end;
            bool newLine = false;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                newLine |= SplitChars.IsLineBreakAt(text, next);
                next++;
            }

            return newLine && next < text.Length && SplitMarkup.QuotePrefixEnd(text, next) > 0;
        }

        /// <summary>
        /// Whether a line without final punctuation reads as a heading rather than as unpunctuated prose. A chat line's
        /// stamp and speaker ("[09:05] maria: the nightly build failed again") are passed over: what is said decides,
        /// from its first letter (or a number: "[14:12] &lt;mkrause&gt; 3) CI. our free credits ran out, last month CI
        /// cost us $1,340"). A speaker's name without a stamp ("Amanda: He called her last time we were at the
        /// park") opens prose when at least <see cref="MinSpokenWords"/> words follow it, from a letter and not in title
        /// case, the line before or after it opens with a speaker too (a chat's turns follow each other; a headline
        /// "Interview: the city's new transport chief on buses" stands alone), the name speaks again nearby or, without
        /// a digit, labels no block of <see cref="MinFieldRun"/> labelled lines ("Part 2: How the city rebuilt its
        /// harbour" and a spec sheet's "Codecs: SBC, AAC, aptX Adaptive, LDAC" are headings), and is not a field of a
        /// message's header ("Subject: Build fails after upgrading") nor a store's rating with its count
        /// (<see cref="IsCountedRating"/>: "Overall Reviews: Very Positive (12,408 reviews)"). A line of Markdown links and images alone
        /// (<see cref="SplitMarkup.IsLinkLine"/>) is a heading whatever its length.
        /// </summary>
        private readonly bool ReadsAsHeading(ReadOnlySpan<char> text, int start, int end)
        {
            if (text[start] is '[' or '!' && SplitMarkup.IsLinkLine(text[start..end]))
            {
                // A README's badges or a row of links: however long their addresses, they say nothing.
                return true;
            }

            if (IsFieldsLine(text[start..end]) || IsRunningHead(text[start..end]) || IsCallSignature(text[start..end]) || IsBreadcrumb(text, start, end))
            {
                // A line of labelled fields, however long: an info page's "File: grep.info,  Node: Usage,  Next:
                // Performance,  Up: Top"; a page's running head, whatever its case: "dpkg-deb(1)    dpkg suite    dpkg-deb(1)";
                // a function's signature over its documentation: "durations.parse_duration(text, *, strict=True)"; a
                // page's breadcrumb trail (IsBreadcrumb).
                return true;
            }

            int label = SpeakerLabels.LabelLength(text[start..end], out Range name);
            // A chat line's label opens with its timestamp ("[09:05] maria: ", "03/12/2024, 09:12 - Maria: "), or a time
            // in parentheses follows the name ("Maria (09:05): ").
            bool chat = label > 0 && (name.Start.Value > 0 || SpeakerLabels.IsStampedAfterName(text[start..end], name));
            if (label > 0 && !chat && SpeakerLabels.LabelledRun(text, start, MinFieldRun) >= MinFieldRun && !SpeakerLabels.SpeaksAgainNearby(text, start, end, text[start..end][name]))
            {
                // A field of a block of them, however long: a spec sheet's "In the box: headphones, hard-shell case, USB-C
                // cable (1.2 m), ..." under "Codecs: SBC, AAC, LDAC" (MinFieldRun). Below, a label is a field or a speaker
                // by the speaker's digit alone, as a block of fields has been told apart here.
                return true;
            }

            // A Markdown line is judged on what its reader sees: a link by its anchor's words, an image not at all (a
            // breadcrumb "[Home](https://example.com/) › [Guides](https://example.com/guides/) › Knots", an avatar's
            // "[![Image: Ana](a.jpg)](/ana) **[Ana](/ana)** wrote a review").
            ReadOnlySpan<char> shown = Shown(text[start..end], stackalloc char[MaxHeadingLength + 1]);
            int words = SplitChars.CountWords(shown, MaxHeadingWords + 1);
            if (words > MaxHeadingWords || shown.Length > MaxHeadingLength || EndsAsClauseOfList(text[start..end]))
            {
                // A line longer than a heading is none, nor is a clause of a legal list ("WHEREAS, Client operates a fleet; and").
                return false;
            }

            if (label > 0)
            {
                ReadOnlySpan<char> speaker = text[start..end][name];
                ReadOnlySpan<char> spoken = text[(start + label)..end];
                // A bare time without seconds opens a video's chapters as often as a chat's messages ("10:02 Receita do
                // substrato: terra vegetal, húmus e fibra de coco"): a chat's speakers speak again, a chapter's titles do
                // not, and such a line is read whole, as a line without a speaker is.
                if (chat && SpeakerLabels.OpensWithMinutes(text[start..end]) && !SomeSpeakerRepeatsNearby(text, start, end))
                {
                    chat = false;
                    label = 0;
                }
                else if ((char.IsLetter(spoken[0]) || (chat && char.IsDigit(spoken[0])))
                    && (chat || ((!speaker.ContainsAnyInRange('0', '9') || SpeakerLabels.SpeaksAgainNearby(text, start, end, speaker)) && !_rules.IsHeaderField(speaker)))
                    && CountWords(spoken, 0, spoken.Length, MinSpokenWords) >= MinSpokenWords && !IsTitleLine(spoken) && !IsFieldList(spoken)
                    && !IsCountedRating(text[start..end]) && HasLabelledNeighbour(text, start, end))
                {
                    return false;
                }

                label = chat ? label : 0;
            }
            int first = start + label;

            // What a chat line says is read from its first letter ("+1, let's ship it today", "2 more tests failing"):
            // a number that opens a message is no title's.
            while (first < end && !(chat ? char.IsLetter(text[first]) : char.IsLetterOrDigit(text[first])))
            {
                first++;
            }

            // A line of a post written a sentence a line without periods is prose when it joins two clauses with a comma
            // ("We still work remotely so the biggest problem is internet, we use a 5G router") or an emoji closes it
            // ("More in our stories and a full house tour on youtube this sunday 🏡"), from MinClauseLineWords words on:
            // a heading names, it does not go on in a second clause. Not the text's first line (a title), nor a line over
            // a paragraph that ends with a terminator, which it may head.
            if (words >= MinClauseLineWords && start > 0 && (SplitChars.EndsWithEmoji(text, start, end) || JoinsClauses(text[first..end]))
                && !IsTitleLine(text[first..end]) && !NextLineEndsSentence(text, end) && !IsWireHeadline(text, start, end))
            {
                return false;
            }

            // An address written in lower case ("jordan.ellis@example.com | (207) 555-0199") is no lower-case prose, nor
            // is a line of fields parted by spaced bars or middle dots, a forum comment's header ("alice_k 4 hours ago |
            // next [–]"), a blog post's byline ("posted on october 2, 2024 by wren · 6 min read · filed under: slow living").
            return words <= MaxLowerCaseHeadingWords || first == end || !SplitChars.IsLowerCase(text[first]) || StartsWithAddress(text, first, end)
                || IsFieldList(text[first..end]) || IsTrailerCode(text, first, end);
        }

        /// <summary>The most characters of a token of an agency's trailer code (<see cref="IsTrailerCode"/>).</summary>
        private const int MaxTrailerToken = 5;

        /// <summary>
        /// Whether the line text[start..end] is a news agency's trailer code that closes the text: nothing but white space
        /// after it, tokens of at most <see cref="MaxTrailerToken"/> letters or digits each, none a sentence starter, an
        /// open word or a preposition of the language, joined by slashes in one token at least ("dpa jbr/kpo yydd n1
        /// hoe", "bur-mla/ial/dch ia"): the editors' initials and the desk's codes, a signature, not prose.
        /// </summary>
        private readonly bool IsTrailerCode(ReadOnlySpan<char> text, int start, int end)
        {
            if (text[start..end].IndexOf('/') < 0)
            {
                return false;
            }

            for (int k = end; k < text.Length; k++)
            {
                if (!SplitChars.IsWhiteSpace(text[k]))
                {
                    return false;
                }
            }

            for (int k = start; k < end;)
            {
                int length = 0;
                while (k + length < end && char.IsLetterOrDigit(text[k + length]))
                {
                    length++;
                }

                ReadOnlySpan<char> token = text.Slice(k, length);
                if (length > MaxTrailerToken || (length == 0 && text[k] is not (' ' or '/' or '-'))
                    || (length > 0 && (_rules.IsStarter(token) || _rules.IsOpenEnd(token) || _rules.IsPreposition(token))))
                {
                    return false;
                }

                k += Math.Max(1, length);
            }

            return true;
        }

        /// <summary>
        /// What a reader sees of <paramref name="line"/> (<see cref="SplitMarkup.VisibleText"/>), in
        /// <paramref name="buffer"/>, when it holds a Markdown link or image; the line itself otherwise, or when more than
        /// the buffer holds would show.
        /// </summary>
        private static ReadOnlySpan<char> Shown(ReadOnlySpan<char> line, Span<char> buffer) =>
            line.Contains("](", StringComparison.Ordinal) && SplitMarkup.VisibleText(line, buffer) is >= 0 and int length ? buffer[..length] : line;

        /// <summary>
        /// Whether the line text[start..end] is a wire story's headline by what stands around it, whatever its commas
        /// ("Two dead, five hurt as ...", "..., police say"): a kicker opens it ("UPDATE 1-...";
        /// <see cref="SplittingRules.OpensWithKicker"/>) or stands alone on the line over it ("BREAKING";
        /// <see cref="SplittingRules.IsKicker"/>), or the next line that is not blank is a dateline's
        /// (<see cref="OpensWithDateline"/>), a byline (<see cref="IsBylineAt"/>) or a note in brackets ("(Adds ...)").
        /// </summary>
        private readonly bool IsWireHeadline(ReadOnlySpan<char> text, int start, int end)
        {
            if (_rules.OpensWithKicker(text[start..end]))
            {
                return true;
            }

            int next = end;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && (text[next] == '(' || IsBylineAt(text, next) || OpensWithDateline(text, next)))
            {
                return true;
            }

            int above = start;
            while (above > 0 && SplitChars.IsWhiteSpace(text[above - 1]))
            {
                above--;
            }

            return above > 0 && _rules.IsKicker(text[SplitChars.LineStart(text, above - 1)..above]);
        }

        /// <summary>The most characters of a dateline's date or state between its place and its credit or dash (<see cref="OpensWithDateline"/>).</summary>
        private const int MaxDatelineDateLength = 24;

        /// <summary>
        /// Whether the line at <paramref name="k"/> opens with a wire story's dateline: a place in capitals of at most
        /// <see cref="MaxDatelinePlaceWords"/> words, perhaps a comma and a date of at most
        /// <see cref="MaxDatelineDateLength"/> characters, then a news agency's credit in brackets or a dash ("BRUSSELS,
        /// Dec 4 (Reuters) - ", "BERLIN (dpa) - ", "ZURICH - ", "PARIS, 4 déc (AFP) - ").
        /// </summary>
        private static bool OpensWithDateline(ReadOnlySpan<char> text, int k)
        {
            int lineEnd = SplitMarkup.LineEnd(text, k);
            int p = k;
            int words = 0;
            while (p < lineEnd && (char.IsUpper(text[p]) || text[p] is '.' or '-' or '\'' or '\u2019'))
            {
                int wordStart = p;
                while (p < lineEnd && (char.IsUpper(text[p]) || text[p] is '.' or '-' or '\'' or '\u2019'))
                {
                    p++;
                }

                words += p - wordStart >= 2 ? 1 : MaxDatelinePlaceWords + 1;
                if (p < lineEnd && text[p] == ' ' && p + 1 < lineEnd && char.IsUpper(text[p + 1]))
                {
                    p++;
                }
            }

            if (words is 0 or > MaxDatelinePlaceWords || p >= lineEnd)
            {
                return false;
            }

            if (text[p] == ',')
            {
                int limit = Math.Min(lineEnd, p + MaxDatelineDateLength);
                p++;
                while (p < limit && text[p] != '(' && !(text[p] == ' ' && p + 1 < limit && text[p + 1] is '-' or '\u2013' or '\u2014'))
                {
                    p++;
                }

                if (p >= limit)
                {
                    return false;
                }
            }

            p = SplitChars.SkipSpaces(text, p);
            if (p < lineEnd && text[p] == '(')
            {
                // The agency's credit, in any case ("(Reuters)", "(dpa)"), before the dash or the report.
                int close = text[p..lineEnd].IndexOf(')');
                return close is >= 2 and <= MaxDatelineDateLength && !text.Slice(p + 1, close - 1).ContainsAny(SplitChars.Terminators);
            }

            return p + 1 < lineEnd && text[p] is '-' or '\u2013' or '\u2014' && text[p + 1] is ' ' or '-';
        }

        /// <summary>Whether the next line that is not blank after <paramref name="end"/> ends with a terminator.</summary>
        private static bool NextLineEndsSentence(ReadOnlySpan<char> text, int end)
        {
            int next = end;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length)
            {
                return false;
            }

            ReadOnlySpan<char> line = text[next..SplitMarkup.LineEnd(text, next)].TrimEnd();
            return !line.IsEmpty && SplitChars.Terminators.Contains(line[^1]);
        }

        /// <summary>
        /// Whether <paramref name="line"/> joins two clauses with a comma: a comma, a space and a sentence starter of the
        /// language in lower case that a word follows ("..., we use a 5G router", "..., it was getting rid of"); not an
        /// article or a conjunction, which an apposition or a list goes on with ("Marie Curie, the first woman to win"),
        /// nor a comma in brackets ("Pasta e patate (la ricetta vera, quella della domenica)").
        /// </summary>
        private readonly bool JoinsClauses(ReadOnlySpan<char> line)
        {
            for (int comma = line.IndexOf(", "); comma >= 0; comma = line[(comma + 1)..].IndexOf(", ") is >= 0 and int next ? comma + 1 + next : -1)
            {
                if (line[..comma].Count('(') > line[..comma].Count(')'))
                {
                    // A comma in brackets parts an aside's words: "Pasta e patate (la ricetta vera, quella della domenica)".
                    continue;
                }

                int word = comma + 2;
                ReadOnlySpan<char> starter = WordAt(line, word);
                if (starter.Length > 0 && SplitChars.IsLowerCase(starter[0]) && word + starter.Length + 1 < line.Length
                    && line[word + starter.Length] == ' ' && char.IsLetter(line[word + starter.Length + 1]) && _rules.IsStarter(starter)
                    && !_rules.IsOpenEnd(starter))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="value"/> is a list of fields parted by spaced middle dots or bars, as a review's or a
        /// product's details line gives them after its label ("Genre: Literary fiction · 384 pp. · Published Feb. 2024"):
        /// no speaker's words.
        /// </summary>
        private static bool IsFieldList(ReadOnlySpan<char> value) =>
            value.Contains(" \u00B7 ", StringComparison.Ordinal) || value.Contains(" | ", StringComparison.Ordinal);

        /// <summary>
        /// Whether <paramref name="line"/> is a page's running head or foot that opens and closes with the same word,
        /// set apart by column gaps (a tab, or two spaces or more): a manual page's "dpkg-deb(1)      dpkg suite
        /// dpkg-deb(1)", "LS(1)     User Commands     LS(1)".
        /// </summary>
        private static bool IsRunningHead(ReadOnlySpan<char> line)
        {
            int firstEnd = line.IndexOfAny(' ', '\t');
            int lastStart = line.LastIndexOfAny(' ', '\t') + 1;
            return firstEnd >= MinRunningHeadWord && lastStart > firstEnd + 1 && line[..firstEnd].SequenceEqual(line[lastStart..])
                && (line[firstEnd] == '\t' || line[firstEnd + 1] == ' ') && (line[lastStart - 1] == '\t' || line[lastStart - 2] is ' ' or '\t');
        }

        /// <summary>
        /// Whether the line <c>text[start..end]</c> is a page's breadcrumb trail: the first line of the text, the places
        /// above the page parted by the same spaced mark twice or more, none but the last with a word in lower case
        /// ("Forum: CityCyclists.org › Commuting › Bike theft at Central Station?", "Home » News » Local"), the first
        /// aside when it is one word, the site's name as it writes it ("noon › Electronics › Mobiles", "eBay > Phones >
        /// Cases"): where the page is, not what it says, whatever its end. An instruction's path to a setting is none
        /// ("Go to Settings › Privacy › Location and turn it off.").
        /// </summary>
        private static bool IsBreadcrumb(ReadOnlySpan<char> text, int start, int end)
        {
            if (text[..start].ContainsAnyExcept(" \t\r\n\uFEFF"))
            {
                return false;
            }

            ReadOnlySpan<char> line = text[start..end];
            foreach (string mark in (ReadOnlySpan<string>)[" \u203A ", " \u00BB ", " > "])
            {
                int last = line.LastIndexOf(mark, StringComparison.Ordinal);
                int first = line.IndexOf(mark, StringComparison.Ordinal);
                if (first >= 0 && last > first && !HasLowerCaseWord(line[(line[..first].Contains(' ') ? 0 : first)..last]))
                {
                    return true;
                }
            }

            return false;

            static bool HasLowerCaseWord(ReadOnlySpan<char> places)
            {
                for (int k = 0; k < places.Length; k++)
                {
                    if (SplitChars.IsLowerCase(places[k]) && (k == 0 || places[k - 1] == ' '))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// Whether <paramref name="line"/> is a function's signature as reference documentation heads its entry with it: a
        /// name of code (letters, digits, '_' and '.'; a letter or '_' first) and its parameters in brackets that close the
        /// line, perhaps before the type it returns ("parse_duration(text, *, default_unit="s", strict=True)",
        /// "os.path.join(a, *p) -> str").
        /// </summary>
        private static bool IsCallSignature(ReadOnlySpan<char> line)
        {
            int open = line.IndexOf('(');
            if (open < 1 || !(char.IsLetter(line[0]) || line[0] == '_'))
            {
                return false;
            }

            foreach (char c in line[..open])
            {
                if (!(char.IsLetterOrDigit(c) || c is '_' or '.'))
                {
                    return false;
                }
            }

            int close = line.LastIndexOf(')');
            ReadOnlySpan<char> returns = line[(close + 1)..];
            return close > open && (returns.IsEmpty || returns.StartsWith(" -> ", StringComparison.Ordinal) || returns.StartsWith(": ", StringComparison.Ordinal));
        }

        /// <summary>The fewest characters of the word that opens and closes a running head (<see cref="IsRunningHead"/>).</summary>
        private const int MinRunningHeadWord = 2;

        /// <summary>
        /// Whether <paramref name="line"/> is <see cref="MinFields"/> or more fields parted by commas, each a capitalized
        /// word, a colon and a value: "File: grep.info,  Node: Usage,  Next: Performance,  Up: Top".
        /// </summary>
        private static bool IsFieldsLine(ReadOnlySpan<char> line)
        {
            int fields = 0;
            foreach (Range range in line.Split(','))
            {
                ReadOnlySpan<char> field = line[range].TrimStart();
                int label = 0;
                while (label < field.Length && label <= MaxFieldLabel && char.IsLetter(field[label]))
                {
                    label++;
                }

                if (label == 0 || label > MaxFieldLabel || !char.IsUpper(field[0]) || label + 2 >= field.Length
                    || field[label] != ':' || field[label + 1] != ' ' || field[(label + 2)..].IsWhiteSpace())
                {
                    return false;
                }

                fields++;
            }

            return fields >= MinFields;
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> is a row of a table: of figures, as text laid out in columns has one (a
        /// report taken out of a PDF): <see cref="MinFields"/> fields or more apart by column gaps (two spaces or more, or a
        /// tab), more than half of those after the first a number ("Corredor Henares   27   26   23", "Zona   2021   2022
        /// 2023", "Revenue\t1,204\t1,377\t+14%"); or of labels and their values, as an infobox or a specification sheet
        /// copied out of a page lays them out (<see cref="IsLabelRow"/>), the line before or after it one too; or the
        /// header over a row of figures ("Key figures (EUR m)      Q3 2025    Q3 2024    Chg."); or <see cref="MinFields"/>
        /// fields or more parted by spaced pipes or middle dots, as a table, a byline or a footer pasted as text lays them
        /// out ("Division | T3 2025 | T3 2024 | Var. publiée", "By Tom Ridley | 9 Jan. 2026 | 8 min. read"). No sentence goes
        /// on onto it or from it.
        /// </summary>
        private static bool IsTableRow(ReadOnlySpan<char> text, int k)
        {
            int lineStart = SplitChars.LineStart(text, k);
            int lineEnd = SplitMarkup.LineEnd(text, lineStart);
            ReadOnlySpan<char> line = text[lineStart..lineEnd].Trim();
            if (CountsSpacedSeparators(line, MinFields - 1))
            {
                return true;
            }

            if (!line.Contains("  ", StringComparison.Ordinal) && !line.Contains('\t'))
            {
                // Most lines, prose wrapped or not, have no column gap: one vectorized search each.
                return false;
            }

            if (ReadFields(line, out int numbers, out _, out _) is var fields && fields >= MinFields
                && (numbers * 2 > fields - 1 || (lineEnd < text.Length && IsFiguresRow(text[(lineEnd + 1)..SplitMarkup.LineEnd(text, lineEnd + 1)].Trim()))))
            {
                return true;
            }

            return IsLabelRow(line)
                && ((lineStart > 0 && IsLabelRow(text[SplitChars.LineStart(text, lineStart - 1)..(lineStart - 1)].Trim()))
                    || (lineEnd < text.Length && IsLabelRow(text[(lineEnd + 1)..SplitMarkup.LineEnd(text, lineEnd + 1)].Trim())));
        }

        /// <summary>Whether <paramref name="line"/> is <see cref="MinFields"/> fields or more apart by column gaps, more than half of those after the first a number.</summary>
        private static bool IsFiguresRow(ReadOnlySpan<char> line) =>
            ReadFields(line, out int numbers, out _, out _) is var fields && fields >= MinFields && numbers * 2 > fields - 1;

        /// <summary>Whether <paramref name="line"/> holds at least <paramref name="count"/> pipes or middle dots with a space on either side.</summary>
        private static bool CountsSpacedSeparators(ReadOnlySpan<char> line, int count)
        {
            // Most lines have neither: one vectorized search each.
            int found = 0;
            int k = line.IndexOfAny('|', '\u00B7');
            while (k >= 0 && found < count)
            {
                if (k > 0 && k + 1 < line.Length && line[k - 1] == ' ' && line[k + 1] == ' ')
                {
                    found++;
                }

                int next = line[(k + 1)..].IndexOfAny('|', '\u00B7');
                k = next < 0 ? -1 : k + 1 + next;
            }

            return found >= count;
        }

        /// <summary>
        /// Whether text[start..end], a line of its own, is a field of a header (<c>[header-fields]</c>: "Date:", "Sent:",
        /// "From:") whose value ends with an abbreviation's period, not a sentence's ("Date: Oct. 8, 2024, 7 p.m.",
        /// "From: Acme Robotics Inc."): a heading as the same field without the period is. At most
        /// <see cref="MaxHeadingWords"/> words.
        /// </summary>
        private readonly bool IsHeaderFieldWithAbbreviation(ReadOnlySpan<char> text, int start, int end)
        {
            ReadOnlySpan<char> line = text[start..end];
            int colon = line.IndexOf(':');
            if (colon <= 0 || line[^1] != '.' || !_rules.IsHeaderField(line[..colon].Trim())
                || CountWords(text, start, end, MaxHeadingWords + 1) > MaxHeadingWords)
            {
                return false;
            }

            int last = line.Length - 1;
            int word = last;
            while (word > colon + 1 && !SplitChars.IsWhiteSpace(line[word - 1]))
            {
                word--;
            }

            ReadOnlySpan<char> abbreviation = line[word..last];
            return !abbreviation.IsEmpty && (_rules.IsAbbreviation(abbreviation) || IsInitialism(abbreviation));
        }

        /// <summary>
        /// Where a label of the language's <c>[inline-furniture]</c> ends that opens the segment at <paramref name="start"/>
        /// before white space and a capitalized word, an opening bracket or a quotation mark ("Advertisement The council
        /// ...", "Media playback is not supported on this device A passer-by ..."); -1 otherwise.
        /// </summary>
        private readonly int InlineFurnitureEnd(ReadOnlySpan<char> text, int start)
        {
            int end = start + _rules.InlineFurnitureLength(text[start..]);
            if (end == start || end >= text.Length || !SplitChars.IsWhiteSpace(text[end]))
            {
                return -1;
            }

            int next = SplitChars.SkipSpaces(text, end);
            return next < text.Length && (char.IsUpper(text[next]) || text[next] is '(' or '"' or '\u201C') ? end : -1;
        }

        /// <summary>The most words of a stage direction between sentences (<see cref="StageDirectionEnd"/>).</summary>
        private const int MaxStageDirectionWords = 5;

        /// <summary>The longest stage direction between sentences, brackets left out (<see cref="StageDirectionEnd"/>).</summary>
        private const int MaxStageDirectionLength = 40;

        /// <summary>
        /// Where a stage direction ends that opens the segment at <paramref name="start"/> after a sentence's final mark:
        /// one to <see cref="MaxStageDirectionWords"/> words of letters in round or square brackets, one of them of the
        /// language's <c>[audience-notes]</c>, perhaps in Markdown emphasis, closed on its line and followed on it by a
        /// capitalized word ("(Laughter) One man ...", "*[Sustained applause]* Thank you"); -1 otherwise. A bracketed name
        /// or role before a sentence is no such note ("(Rural affairs minister) Alun Michael has ...").
        /// </summary>
        private readonly int StageDirectionEnd(ReadOnlySpan<char> text, int start)
        {
            int before = start - 1;
            while (before >= 0 && SplitChars.IsWhiteSpace(text[before]))
            {
                before--;
            }

            if (before < 0 || text[before] is not ('.' or '!' or '?' or '…' or '"' or '”'))
            {
                return -1;
            }

            int k = start;
            while (k < text.Length && k - start < 2 && text[k] is '*' or '_')
            {
                k++;
            }

            int emphasis = k - start;
            if (k + 1 >= text.Length || text[k] is not ('(' or '[') || !char.IsLetter(text[k + 1]))
            {
                return -1;
            }

            char close = text[k] == '[' ? ']' : ')';
            int limit = Math.Min(text.Length, k + 1 + MaxStageDirectionLength);
            int words = 1;
            int word = k + 1;
            bool listed = false;
            int p = k + 1;
            for (; p < limit && text[p] != close; p++)
            {
                char c = text[p];
                if (c == ' ' && p + 1 < limit && char.IsLetter(text[p + 1]))
                {
                    listed |= _rules.IsAudienceNoteWord(text[word..p]);
                    word = p + 1;
                    words++;
                }
                else if ((!char.IsLetter(c) && c is not ('-' or '\'' or '\u2019')) || (char.IsUpper(c) && char.IsUpper(text[p - 1])))
                {
                    return -1;
                }
            }

            if (p == limit || words > MaxStageDirectionWords || !(listed || _rules.IsAudienceNoteWord(text[word..p])))
            {
                return -1;
            }

            p++;
            for (int e = 0; e < emphasis; e++, p++)
            {
                if (p >= text.Length || text[p] != text[start + e])
                {
                    return -1;
                }
            }

            int next = SplitChars.SkipSpaces(text, p);
            return next > p && next < text.Length && char.IsUpper(text[next]) ? p : -1;
        }

        /// <summary>
        /// Where a live page's time stamp ends that opens the line at <paramref name="start"/>
        /// (<see cref="SplittingRules.LeadingStampLength"/>) before white space and a capitalized word; -1 otherwise.
        /// </summary>
        private readonly int LeadingStampEnd(ReadOnlySpan<char> text, int start)
        {
            int end = start + _rules.LeadingStampLength(text[start..]);
            if (end == start || end >= text.Length || !SplitChars.IsWhiteSpace(text[end]))
            {
                return -1;
            }

            int next = SplitChars.SkipSpaces(text, end);
            return next < text.Length && char.IsUpper(text[next]) ? end : -1;
        }

        /// <summary>The most words of the name in a byline set apart by " . " (<see cref="DottedBylineEnd"/>).</summary>
        private const int MaxDottedBylineWords = 5;

        /// <summary>
        /// Where a byline ends that opens the text with its fields set apart by " . ", as the news pages of a research
        /// corpus keep it ("By . Anna Kerr . PUBLISHED: . ...", "by . daily mail reporter . ..."): a word of
        /// <c>[byline-openers]</c>, a spaced period, a name of at most <see cref="MaxDottedBylineWords"/> words with
        /// no period, and a spaced period; -1 otherwise.
        /// </summary>
        private readonly int DottedBylineEnd(ReadOnlySpan<char> text, int start)
        {
            int k = start;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            if (k == start || !_rules.IsBylineOpener(text[start..k]) || !text[k..].StartsWith(" . ", StringComparison.Ordinal))
            {
                return -1;
            }

            int name = k + 3;
            int words = 0;
            for (k = name; k < text.Length && words <= MaxDottedBylineWords; k++)
            {
                char c = text[k];
                if (c == ' ')
                {
                    if (k + 1 < text.Length && text[k + 1] == '.')
                    {
                        bool closed = k + 2 == text.Length || SplitChars.IsWhiteSpace(text[k + 2]);
                        return closed && words > 0 && char.IsLetter(text[k - 1]) ? k + 2 : -1;
                    }

                    continue;
                }

                if (!(char.IsLetter(c) || c is '-' or '\'' or '\u2019'))
                {
                    return -1;
                }

                words += k == name || text[k - 1] == ' ' ? 1 : 0;
            }

            return -1;
        }

        /// <summary>The longest byline or editor's note under a headline, in columns (<see cref="IsBylineAt"/>).</summary>
        private const int MaxBylineColumns = 80;

        /// <summary>The most words of a byline after its opener, or of an editor's note (<see cref="IsBylineAt"/>).</summary>
        private const int MaxBylineWords = 10;

        /// <summary>The most words of a byline in capitals after its opener (<see cref="IsBylineAt"/>).</summary>
        private const int MaxCapitalsBylineWords = 6;

        /// <summary>
        /// Whether the line at <paramref name="k"/> is a byline or an editor's note under a headline, which no sentence goes
        /// on onto or from, whatever its length: a capitalized word of <c>[byline-openers]</c> ("By", "Von", "Par") before
        /// at most <see cref="MaxBylineWords"/> words (<see cref="MaxCapitalsBylineWords"/> in a line without lower case:
        /// "BY EXERCISING ANY RIGHTS TO THE WORK..." is a licence's), every word of four letters or more capitalized, the
        /// line ended by a letter ("By Rachel Kim and Tom Ortiz, Staff Writers", "By RACHEL KIM, Associated Press"; not
        /// "By June, prices had risen", nor a wrapped line "by Jason R. Thorpe of the Numerical Aerospace Simulation
        /// Facility,"), or a note in brackets of two to <see cref="MaxBylineWords"/> words of letters alone, the first
        /// capitalized ("(Adds analyst comment, updates prices)"; not a changelog's "(Closes: #609114)"); at most
        /// <see cref="MaxBylineColumns"/> columns.
        /// </summary>
        private readonly bool IsBylineAt(ReadOnlySpan<char> text, int k)
        {
            if (k >= text.Length || !(char.IsUpper(text[k]) || text[k] == '('))
            {
                return false;
            }

            int lineEnd = SplitMarkup.LineEnd(text, k);
            ReadOnlySpan<char> line = text[k..lineEnd].TrimEnd();
            if (line.Length < 4 || line.Length > 2 * MaxBylineColumns || SplitChars.Columns(line) > MaxBylineColumns)
            {
                return false;
            }

            if (line[0] == '(')
            {
                ReadOnlySpan<char> note = line[1..^1];
                if (line[^1] != ')' || !char.IsUpper(note[0]))
                {
                    return false;
                }

                foreach (char c in note)
                {
                    if (!(char.IsLetter(c) || c is ' ' or ',' or '-'))
                    {
                        return false;
                    }
                }

                return SplitChars.CountWords(note, MaxBylineWords + 1) is >= 2 and <= MaxBylineWords;
            }

            ReadOnlySpan<char> opener = WordAt(line, 0);
            if (opener.Length + 1 >= line.Length || line[opener.Length] != ' ' || !char.IsUpper(line[opener.Length + 1])
                || !char.IsLetter(line[^1]) || !_rules.IsBylineOpener(opener))
            {
                return false;
            }

            ReadOnlySpan<char> names = line[(opener.Length + 1)..];
            bool lowerCase = false;
            for (int i = 0; i < names.Length;)
            {
                ReadOnlySpan<char> word = WordAt(names, i);
                if (word.Length >= 4 && !char.IsUpper(word[0]))
                {
                    return false;
                }

                // A loop rather than ContainsAnyInRange, which allocates until the JIT has optimized it.
                foreach (char c in word)
                {
                    lowerCase |= char.IsLower(c);
                }

                i += Math.Max(1, word.Length);
            }

            return SplitChars.CountWords(names, MaxBylineWords + 1) <= (lowerCase ? MaxBylineWords : MaxCapitalsBylineWords);
        }

        /// <summary>
        /// Whether <paramref name="line"/> (trimmed) is a label and its value apart by a tab ("Max. depth\t112 m (367 ft)",
        /// "Settlements\tSt. Aurel, Vellbach"): two fields, the label capitalized and of at most <see cref="MaxRowLabelWords"/>
        /// words, the value of at most <see cref="MaxRowValueWords"/> and ended by no terminator.
        /// </summary>
        private static bool IsLabelRow(ReadOnlySpan<char> line) =>
            line.Contains('\t') && !line.IsEmpty && char.IsUpper(line[0]) && line[^1] is not ('.' or '!' or '?' or ':' or ';')
            && ReadFields(line, out _, out int labelEnd, out bool tab) == 2 && tab
            && CountWords(line, 0, labelEnd, MaxRowLabelWords + 1) <= MaxRowLabelWords
            && CountWords(line, labelEnd, line.Length, MaxRowValueWords + 1) <= MaxRowValueWords;

        /// <summary>
        /// The fields of <paramref name="line"/> (trimmed) apart by column gaps (two spaces or more, or a tab): how many,
        /// how many after the first are figures, where the first ends and whether a tab parts it from the second.
        /// </summary>
        private static int ReadFields(ReadOnlySpan<char> line, out int numbers, out int labelEnd, out bool tab)
        {
            int fields = 0;
            numbers = 0;
            labelEnd = 0;
            tab = false;
            for (int i = 0; i < line.Length;)
            {
                int fieldStart = i;
                while (i < line.Length && line[i] != '\t' && !(line[i] == ' ' && i + 1 < line.Length && line[i + 1] is ' ' or '\t'))
                {
                    i++;
                }

                fields++;
                numbers += fields > 1 && IsFigure(line[fieldStart..i]) ? 1 : 0;
                labelEnd = fields == 1 ? i : labelEnd;
                while (i < line.Length && line[i] is ' ' or '\t')
                {
                    tab |= fields == 1 && line[i] == '\t';
                    i++;
                }
            }

            return fields;

            // A figure: digits with the marks of a number, a currency or a per cent ("1,204", "-3.5%", "€12", "n/a" is none).
            static bool IsFigure(ReadOnlySpan<char> field) =>
                field.IndexOfAnyInRange('0', '9') >= 0 && field.IndexOfAnyExcept(s_figureChars) < 0;
        }

        /// <summary>The characters of a figure in a table's cell (<see cref="IsTableRow"/>): digits, a number's marks, currencies.</summary>
        private static readonly SearchValues<char> s_figureChars = SearchValues.Create("0123456789.,%+-\u2212$\u20AC\u00A3()");

        /// <summary>The most words of a row's label before the tab that parts it from its value (<see cref="IsLabelRow"/>).</summary>
        private const int MaxRowLabelWords = 4;

        /// <summary>The most words of a row's value after its label (<see cref="IsLabelRow"/>).</summary>
        private const int MaxRowValueWords = 8;

        /// <summary>The fewest fields that make a line of fields (<see cref="IsFieldsLine"/>).</summary>
        private const int MinFields = 3;

        /// <summary>The longest label of a field (<see cref="IsFieldsLine"/>).</summary>
        private const int MaxFieldLabel = 12;

        /// <summary>Whether text[start..end] opens with a web or e-mail address ("sam@mail.example", "www.mail.example").</summary>
        /// <summary>Whether <paramref name="line"/> holds a spaced pipe or middle dot between two of its fields ("RRP £ 329.00 | You save £ 79.01").</summary>
        private static bool PartsFields(ReadOnlySpan<char> line) => CountsSpacedSeparators(line, 1);

        /// <summary>The start of the last token of text[lineBegin..lineEnd], after its last white space.</summary>
        private static int LastTokenStart(ReadOnlySpan<char> text, int lineBegin, int lineEnd)
        {
            int k = lineEnd;
            while (k > lineBegin && !SplitChars.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            return k;
        }

        private static bool StartsWithAddress(ReadOnlySpan<char> text, int start, int end)
        {
            int token = start;
            while (token < end && !SplitChars.IsWhiteSpace(text[token]))
            {
                token++;
            }

            ReadOnlySpan<char> word = text[start..token];
            int at = word.IndexOf('@');
            return (at > 0 && word[(at + 1)..].Contains('.'))
                || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// Whether the space at <paramref name="j"/> stands between Thai characters (after spaces and tabs), which ends a
        /// Thai segment unless it only sets a phrase apart (<see cref="SplittingRules.SpaceJoins"/>: "นายสมชาย ใจดี",
        /// "กล่าวว่า ฝนจะตก", "เชียงใหม่ น่าน และเลย", "ทั้งนี้ กรม...", "ถ้าฝนตก ถนน...") or stands inside a quotation that
        /// the segment opened.
        /// </summary>
        private readonly bool ThaiSpaceAt(ReadOnlySpan<char> text, int start, int j)
        {
            int next = SplitChars.SkipSpaces(text, j);
            if (!(j > start && SplitChars.IsThai(text[j - 1]) && next < text.Length && SplitChars.IsThai(text[next])))
            {
                return false;
            }

            int pieceStart = j;
            while (pieceStart > start && !SplitChars.IsWhiteSpace(text[pieceStart - 1]) && j - pieceStart < MaxTokenScan)
            {
                pieceStart--;
            }

            int pieceEnd = next;
            while (pieceEnd < text.Length && !SplitChars.IsWhiteSpace(text[pieceEnd]) && pieceEnd - next < MaxTokenScan)
            {
                pieceEnd++;
            }

            return !_rules.SpaceJoins(text[start..j], text[pieceStart..j], text[next..pieceEnd]) && !InOpenQuotation(text[start..j]);

            // A space inside a quotation ends nothing: '"ยายคะ ทำไมต้องรดทุกวันด้วย มันยังไม่มีลูกเลย" ฉันถาม' is one sentence.
            static bool InOpenQuotation(ReadOnlySpan<char> segment) =>
                segment.Count('"') % 2 == 1 || segment.Count('\u201C') > segment.Count('\u201D');
        }

        /// <summary>
        /// Whether the terminator at <paramref name="j"/> lies inside a quotation or parenthesis that goes on after it:
        /// then it does not end the enclosing sentence, and <paramref name="runEnd"/> is where to go on. The last
        /// terminator of a quotation (the one its closing mark follows) is decided as any other.
        /// </summary>
        private bool InsideQuotation(ReadOnlySpan<char> text, int start, int j, out int runEnd)
        {
            runEnd = j + 1;
            if (_quoteEnd < j)
            {
                if (_quoteEnd >= 0)
                {
                    _quoteScan = Math.Max(_quoteScan, _quoteEnd + 1);
                    _quoteEnd = -1;
                }

                while (true)
                {
                    if (_nextOpener < _quoteScan)
                    {
                        // The next opener is searched once and kept: most terminators have none before them.
                        int found = text[_quoteScan..].IndexOfAny(SplitMarkup.QuoteOpeners);
                        _nextOpener = found < 0 ? text.Length : _quoteScan + found;
                    }

                    int p = _nextOpener;
                    if (p >= j)
                    {
                        break;
                    }

                    if (p < j - SplitMarkup.MaxQuotation)
                    {
                        // Too far back to be open still: a quotation closes within MaxQuotation characters.
                        _quoteScan = p + 1;
                        continue;
                    }

                    int close = SplitMarkup.QuotationEnd(text, start, p, ref _failedQuote);
                    if (close > j)
                    {
                        _quoteEnd = close;
                        _quoteScan = p + 1;
                        break;
                    }

                    // A quotation that closed before the terminator is skipped whole; an opener without a close is not one.
                    _quoteScan = close >= 0 ? close + 1 : p + 1;
                }

                if (_quoteEnd < j)
                {
                    return false;
                }
            }

            int k = j + 1;
            while (k < text.Length && (SplitChars.Terminators.Contains(text[k])
                || (text[k] == ' ' && k + 1 < text.Length && SplitChars.Terminators.Contains(text[k + 1]))))
            {
                k++;
            }

            runEnd = k;
            bool tokenized = j > start && SplitChars.IsWhiteSpace(text[j - 1]);
            return SkipClosers(text, k, tokenized) <= _quoteEnd;
        }

        /// <summary>
        /// Where the list items of a lead-in start, when the colon or parenthesis at <paramref name="j"/> opens an
        /// inline list: "Steps: 1. Heat 2. Stir" (a colon, then a first marker whose next marker follows on the same
        /// line) or "Rules (i) be kind (ii) be brief" (an enclosed first marker after a space). -1 otherwise.
        /// </summary>
        private readonly int InlineListStart(ReadOnlySpan<char> text, int start, int j)
        {
            int markerStart;
            if (text[j] == ':')
            {
                markerStart = SplitChars.SkipSpaces(text, j + 1);
                if (markerStart == j + 1 || markerStart >= text.Length)
                {
                    return -1;
                }
            }
            else
            {
                if (j == start || !SplitChars.IsWhiteSpace(text[j - 1]))
                {
                    return -1;
                }

                markerStart = j;
            }

            ListMarker marker = ReadListMarker(text, markerStart, lineStart: false, previous: default, afterLead: true);
            bool first = marker.Bullet != '\0' || (marker.Style != MarkerStyle.None && marker.Number == FirstValue(marker.Style));
            if (marker.Length == 0 || !first || (text[j] == '(' && marker.Suffix != MarkerSuffix.Enclosed))
            {
                return -1;
            }

            int next = FindNextMarker(text, markerStart + marker.Length, marker);
            // Items that run on in a sentence are marked "(a)" or "a)"; a "1." marker's period would end a sentence there.
            bool runsOn = marker.Suffix is not (MarkerSuffix.Period or MarkerSuffix.PeriodParenthesis)
                && (RunsOnBefore(text, next) || (text[j] == '(' && EnumeratesInSentence(text, markerStart + marker.Length, next)));
            return next < text.Length && !runsOn && !IsInitialedName(text, markerStart, marker, next) ? (text[j] == ':' ? j + 1 : j) : -1;
        }

        /// <summary>
        /// Whether the items of an inline list without a colon, the first from <paramref name="item"/> to the next marker
        /// at <paramref name="next"/>, run on in a sentence that a terminator ends on their line: the first item holds no
        /// terminator and the line ends one after the next marker ("I ask the authors to (a) make the fraction depend on
        /// time, or at least (b) show how it changes.", "Fig. 3 shows reflectance (a) and emissivity (b) of the coating.";
        /// not "Rules (i) be kind (ii) be brief", a list without a sentence).
        /// </summary>
        private static bool EnumeratesInSentence(ReadOnlySpan<char> text, int item, int next)
        {
            if (next >= text.Length || text[item..next].IndexOfAny(SplitChars.Terminators) >= 0 || text[item..next].IndexOfAny(SplitChars.LineBreaks) >= 0)
            {
                return false;
            }

            return text[next..SplitMarkup.LineEnd(text, next)].IndexOfAny(SplitChars.Terminators) >= 0;
        }

        /// <summary>
        /// Whether the capital and period at <paramref name="markerStart"/> are the initial of a name in a list of names
        /// rather than a list's first marker: one capitalized word follows it, then a comma before the next "B."
        /// ("Present: A. Chen, B. Patel, C. Okafor"). An item of a lettered list says more than one word, or ends
        /// without a comma ("Options: A. Pay now B. Pay later").
        /// </summary>
        private static bool IsInitialedName(ReadOnlySpan<char> text, int markerStart, ListMarker marker, int next)
        {
            if (marker.Style != MarkerStyle.Upper || marker.Suffix != MarkerSuffix.Period)
            {
                return false;
            }

            ReadOnlySpan<char> item = text[(markerStart + marker.Length)..Math.Min(next, text.Length)].TrimEnd();
            if (item.Length < 3 || item[^1] != ',' || !char.IsUpper(item[0]))
            {
                return false;
            }

            foreach (char c in item[1..^1])
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '\u2019'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the item before the marker at <paramref name="marker"/> ends with a comma or semicolon, or a
        /// conjunction, or both: the items run on in one sentence ("must (a) pay rent, (b) keep it clean, and (c) allow",
        /// "needed to (a) repair damage and (b) pay unpaid rent", "unless (1) the right was violated and (2) ...").
        /// </summary>
        private readonly bool RunsOnBefore(ReadOnlySpan<char> text, int marker)
        {
            int end = marker;
            while (end > 0 && SplitChars.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            int begin = end;
            while (begin > 0 && char.IsLetter(text[begin - 1]))
            {
                begin--;
            }

            if (begin < end && _rules.IsListConjunction(text[begin..end]))
            {
                return true;
            }

            return end > 0 && text[end - 1] is ',' or ';';
        }

        /// <summary>
        /// Decides whether the terminator at <paramref name="j"/> ends the sentence. Returns the end of the sentence
        /// (after the terminators and closing quotes), or -1 with <paramref name="resume"/> set to where to go on.
        /// </summary>
        private int TerminatorEnd(ReadOnlySpan<char> text, int start, int j, out int resume)
        {
            char c = text[j];
            int length = text.Length;
            if (SplitChars.IsWideTerminator(c) || (c == '\uFF0E' && !BetweenDigits(text, j) && !NumbersSectionAt(text, start, j) && !(j + 1 < length && char.IsDigit(text[j + 1]))))
            {
                int k = j + 1;
                while (k < length && SplitChars.Terminators.Contains(text[k]))
                {
                    k++;
                }

                // After a CJK full stop '“' opens the next sentence's quotation (她没有回答。“好的。”) rather than
                // closing one, as it does in German.
                resume = k;
                while (resume < length && SplitChars.Closers.Contains(text[resume]) && text[resume] != '\u201C')
                {
                    resume++;
                }

                if (resume > k && resume < length && (SplitChars.IsCjkLetter(text[resume]) || text[resume] is '\u3001' or '\uFF0C')
                    && !QuotedAfterColon(text, start, k) && !EndsJapaneseQuotation(text, start, resume))
                {
                    // The attribution follows a quotation without a space: 「もう帰る。」と言った。, “好的。”他说。, or a comma
                    // (「ありがとう。」、そう言って). A quotation that a colon introduced (他说：“我们走吧。”她同意了。) had its
                    // attribution before it.
                    return -1;
                }

                return resume;
            }

            if (c == '\uFF0E')
            {
                resume = j + 1;
                return -1;
            }

            if (c == '!' && j + 1 < length && text[j + 1] == '[' && (j == start || SplitChars.IsWhiteSpace(text[j - 1]) || text[j - 1] is '(' or '['))
            {
                // A Markdown image opens at a word's start ("![Logo][logo-img]", "[![Build](badge.svg)](ci)"); the
                // brackets after it are its own, no citation after an exclamation ("Wow![1]").
                resume = j + 1;
                return -1;
            }

            if (SplitChars.IsMarkStop(c) || c is ';' or ':' or '\u1361')
            {
                int k = c == '\u1361' ? j + 2 : j + 1;
                while (k < length)
                {
                    if (SplitChars.IsMarkStop(text[k]) || text[k] is '.' or '\u2026')
                    {
                        k++;
                    }
                    else if (text[k] == ' ' && k + 1 < length && SplitChars.IsQuestionOrExclamation(text[k + 1]))
                    {
                        // Tokenized runs: "wanted ! ! !"
                        k += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                bool standalone = j > start && SplitChars.IsWhiteSpace(text[j - 1]);
                int markClosed = SkipClosers(text, k, standalone);
                int after = SplitMarkup.SkipTrailers(text, j, markClosed);
                if (standalone && text[k..markClosed].Contains('\u00BB'))
                {
                    // French typography spaces the mark and the closing guillemet: « Le pont ! » et recula.
                    standalone = false;
                }

                resume = after;
                if (after >= length)
                {
                    return after;
                }

                if (!SplitMarkup.IsSpacing(text, after))
                {
                    return text[after] is '\u00BF' or '\u00A1' || (after == k && GluedMarkBoundary(text, start, j, k)) ? after : -1;
                }

                int m = NextWordStart(text, after);
                if (m >= length)
                {
                    return after;
                }

                if (CommaFollows(text, after, m) || StandalonePeriodAt(text, after, m))
                {
                    // The mark closes a quotation or a title inside the sentence: "`` uptown funk ! '' , featuring",
                    // "' oh no you do n't ! ' , she said"; or the sentence's own period follows it, spaced as
                    // tokenized text spaces it ("how you going ? ' . but when"), and ends it there.
                    return -1;
                }

                if (standalone && IsPlaceholder(text, j, k) && !char.IsUpper(text[m]))
                {
                    // An unresolved reference ("see Fig. ?? for", "Table ??,"), not a question.
                    return -1;
                }

                if (c == '!' && k == j + 1 && _rules.IsExclamationName(text[WordStart(text, start, j)..j]) && !_rules.IsStarter(WordAt(text, m)))
                {
                    // A name written with the mark: "Yahoo! Mail", but "on Jeopardy! The prize".
                    return -1;
                }

                if (markClosed > k && StartsLowerCase(text, m) && AttributionAt(text, m))
                {
                    // A quoted question or exclamation goes on with its attribution, also where the case tells
                    // nothing (tokenized or lower-cased text): "' is it over ? ' he asked .", "! '' said the coach".
                    return -1;
                }

                if (markClosed > k && !standalone && char.IsUpper(text[m]) && NamedAttributionAt(text, m))
                {
                    // And with a speaker's name before the verb: "What does it say?" Tom asked. 'Stop!' Mary Ellen shouted.
                    return -1;
                }

                if (markClosed > k && IsBracketedCitationAt(text, after, m))
                {
                    // A quoted question's or exclamation's source in brackets goes with it: "...till seven times?" (Matt.
                    // 18:21).", ""Why call ye me Naomi?" (Ruth 1:21) was the question".
                    return -1;
                }

                // A mark standing alone between spaces (tokenized text) ends the sentence even before a lower-case
                // word; attached to its word it does not ("Yahoo! in", "'Stop!' she said"), nor between dashes ("then
                // -- bang! -- it fell"), nor in a language that spaces its marks, in a text with capitals, where a word
                // in lower case goes on with the speaker's words ("— Vous venez ? demanda-t-il", "— Bah ! dit M. Lebrun").
                // In a text without capitals a mark ends its sentence before lower case too, unless it opens the
                // segment ("asap.. ! nice find"): a mark alone is no sentence. So does one that no quote closes
                // before a sentence starter in lower case ("so good! the staff"), and one that ends its line without a
                // quote after it ("works great!\nshipping was fast").
                return StartsLowerCase(text, m) && (!standalone || _rules.SpacedColon) && !(j > start && IsCaseless(text))
                    && !(markClosed == k && SplitChars.SkipSpaces(text, after) >= m && OpensLowerCaseSentence(text[WordStart(text, start, j)..j], WordAt(text, m)))
                    && !(markClosed == k && j > start && LineBreakBetween(text, after, m)) ? -1 : after;
            }

            // A period or an ellipsis.
            if (j == start || (text[j - 1] is '[' or '(' && !SplitChars.IsEmoticonMouthAt(text, j - 1)))
            {
                // A leading ellipsis, or an omission mark "[...]": never a boundary ("It rained :(." ends).
                resume = SkipDots(text, j, out _, out _);
                return -1;
            }

            if (_rules.ThaiSpace && text[j] == '.' && SplitChars.IsThai(text[j - 1]))
            {
                // Thai ends its sentences with a space, never a period: a period after a Thai letter marks an
                // abbreviation ("ผบ.ตร.", "150 มม. ต่อวัน").
                resume = j + 1;
                return -1;
            }

            bool attached = !SplitChars.IsWhiteSpace(text[j - 1]);
            int runEnd = SkipDots(text, j, out int dots, out bool spaced);
            int closed = SkipClosers(text, runEnd, !attached, _rules.SpacedColon);
            if (!attached && closed == runEnd + 2 && text[runEnd] == ' ' && text[runEnd + 1] is '\'' or '\u2018' && EndsAttribution(text, j))
            {
                // Tokenized text writes a single quote the same whether it opens or closes: after an attribution the
                // quotation it followed is closed, so the quote after the period opens the next ("' it was over , '
                // she said . ' we knew it . '").
                closed = runEnd;
            }
            int end = SplitMarkup.SkipTrailers(text, j, closed);
            resume = end;
            if (end >= length)
            {
                return end;
            }

            if (dots == 1)
            {
                if (!SplitMarkup.IsSpacing(text, end))
                {
                    return end == runEnd && (text[end] is '\u00BF' or '\u00A1' || GluedBoundary(text, start, j)) ? end : -1;
                }

                if (closed > runEnd && text[runEnd] is '"' or '\u201C' or '\u201D' or '\u00BB' && IsBracketedCitationAt(text, end, NextWordStart(text, end)))
                {
                    // A quoted message or title that a period closes goes on with its code or source in brackets, as
                    // the question's does: "stopped with „Öldruck min.“ (Stör-Nr. 17) ab.", "the alarm "Low oil."
                    // (code 17) at noon".
                    return -1;
                }

                return PeriodBoundary(text, start, j, closed, end) ? end : -1;
            }

            if (!SplitMarkup.IsSpacing(text, end))
            {
                return -1;
            }

            int next = NextWordStart(text, end);
            if (next >= length)
            {
                return end;
            }

            if (CommaFollows(text, end, next))
            {
                // "see him have a child ... '' , ed lloyd said": the ellipsis trails off inside the sentence.
                return -1;
            }

            if (spaced && dots == 2)
            {
                // Tokenized text: an abbreviation's period followed by the sentence's own ("u.s. . officials").
                return end;
            }

            if (attached && !spaced && text[j - 1] is '/' or '\\' or ':')
            {
                // An address or a path cut short ("the fix for "ssh://..." URL", "under /usr/share/... Files"): the
                // dots elide a part of it.
                return -1;
            }

            if (SplitChars.IsLowerCase(text[next]))
            {
                return -1;
            }

            if (spaced)
            {
                if (attached && dots >= 4)
                {
                    // "compounds. . . . The": the sentence ends at its own period; the ellipsis opens the next.
                    resume = j + 1;
                    return j + 1;
                }

                // Three spaced dots mark an omission inside the sentence; four are an omission and a period.
                return dots >= 4 ? end : -1;
            }

            return end;
        }

        /// <summary>
        /// Whether, in a text written with capitals, a period after <paramref name="previous"/> ends a sentence that the
        /// writer went on in lower case, as reviews and messages often do ("The quality is the same. the brand is the
        /// same", "I love these boots. they fit"): the word before the period is a word in lower case of at least
        /// <see cref="MinLowerCaseEndWord"/> letters (or, in German, a capitalized noun of at least
        /// <see cref="MinCapitalizedEndWord"/>), no listed abbreviation (the caller has checked), and the word after
        /// it one of the language's sentence starters ("the", "they", "i"). A word such as "Amp." or "Corp." is left alone.
        /// </summary>
        private readonly bool OpensLowerCaseSentence(ReadOnlySpan<char> previous, ReadOnlySpan<char> next) =>
            !next.IsEmpty && _rules.IsStarter(next) && EndsSentenceInLowerCase(previous);

        /// <summary>
        /// Whether <paramref name="previous"/>, the word before a period, can end a sentence that goes on in lower case:
        /// a word in lower case of at least <see cref="MinLowerCaseEndWord"/> letters, or in a language that capitalizes
        /// its nouns a noun of at least <see cref="MinCapitalizedEndWord"/> (see <see cref="OpensLowerCaseSentence"/>).
        /// </summary>
        private readonly bool EndsSentenceInLowerCase(ReadOnlySpan<char> previous)
        {
            if (previous.Length < MinLowerCaseEndWord)
            {
                return false;
            }

            // A language that capitalizes its nouns ends such a sentence after a noun too ("am Bahnhof. das Personal"),
            // one long enough to be no abbreviation ("der Abt. die" is left alone).
            int from = _rules.NounCapitals && previous.Length >= MinCapitalizedEndWord && char.IsUpper(previous[0]) ? 1 : 0;
            foreach (char c in previous[from..])
            {
                if (!char.IsLetter(c) || !char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether <paramref name="previous"/>, the word before a period that starts at <paramref name="tokenStart"/>,
        /// reads as an abbreviation that no list holds rather than as the end of a sentence that goes on in lower case
        /// at <paramref name="m"/>: a word short enough to abbreviate a unit after a number ("3 mill. de euros", "4 mld.
        /// di euro", "5 xyz. in all"), or any word before one of the language's prepositions ("the mgmt. of the firm",
        /// "el depto. de ventas"). A "!" or "?" is no abbreviation's, and is not asked.
        /// </summary>
        private readonly bool ReadsAsUnlistedAbbreviation(ReadOnlySpan<char> text, int start, int tokenStart, ReadOnlySpan<char> previous, int m) =>
            (previous.Length <= MaxUnitAbbreviation && IsNumber(PreviousWord(text, start, tokenStart))) || _rules.IsPreposition(WordAt(text, m));

        /// <summary>
        /// Whether <paramref name="word"/> is two or more Latin letters and none of them a vowel, which no language writes
        /// in full: an abbreviation that no list holds, before a word in lower case ("da Nebengebäude grds. keine", "the
        /// bldgs. they own"). A name of code may be one ("should fill dst. `npm` reads it"), and is not asked.
        /// </summary>
        private static bool LacksVowel(ReadOnlySpan<char> word)
        {
            if (word.Length < 2)
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!char.IsAsciiLetter(c) || s_latinVowels.Contains(char.ToLowerInvariant(c)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the word after a terminator, at <paramref name="m"/> on the line of <paramref name="after"/>, is a
        /// comma or a semicolon standing alone: no sentence opens with one, so the terminator ends none there.
        /// </summary>
        private static bool CommaFollows(ReadOnlySpan<char> text, int after, int m) =>
            text[m] is ',' or ';' && m + 1 < text.Length && SplitChars.IsWhiteSpace(text[m + 1])
            && text[after..m].IndexOfAny(SplitChars.LineBreaks) < 0;

        /// <summary>A period standing alone at <paramref name="m"/>, on the line of <paramref name="after"/>: "? . the".</summary>
        private static bool StandalonePeriodAt(ReadOnlySpan<char> text, int after, int m) =>
            text[m] == '.' && m > after && (m + 1 == text.Length || SplitChars.IsWhiteSpace(text[m + 1]))
            && text[after..m].IndexOfAny(SplitChars.LineBreaks) < 0;

        /// <summary>
        /// Whether a period followed by white space ends the sentence; <paramref name="closed"/> is the end of the
        /// closing quotes and brackets after it, <paramref name="after"/> the end of its trailing markers.
        /// </summary>
        private bool PeriodBoundary(ReadOnlySpan<char> text, int start, int j, int closed, int after)
        {
            int m = NextWordStart(text, after);
            if (m >= text.Length)
            {
                return true;
            }

            if (CommaFollows(text, after, m))
            {
                // The period was an abbreviation's that tokenized text spaced from the comma after it ("in the u.s. , a
                // michigan man").
                return false;
            }

            if (SplitChars.StartsLine(text, start) && SpeakerLabels.PeriodLabelLength(text[start..Math.Min(text.Length, m + 1)], out Range label) > 0
                && label.End.Value == j - start && SpeakerLabels.PeriodLabelNearby(text, start, j))
            {
                // A record's speaker label opens the turn it names ("Senator ELLERY. Thank you, Mr. Tsai."), as "Ellery: " does.
                return false;
            }

            int tokenStart = TokenStart(text, start, j);
            int wordStart = tokenStart;
            while (wordStart < j && SplitChars.Openers.Contains(text[wordStart]))
            {
                wordStart++;
            }

            ReadOnlySpan<char> previous = text[wordStart..j];
            int apostrophe = previous.IndexOfAny('\'', '\u2019');
            if (apostrophe > 0 && _rules.IsElision(previous[..apostrophe]))
            {
                // "l'art. 3", "dell'avv. Rossi": the abbreviation after an elided article.
                previous = previous[(apostrophe + 1)..];
            }

            if (AfterJoiningDash(previous) is > 0 and int joined && joined < previous.Length)
            {
                // A dash glued to the word joins two phrases; the abbreviation is what follows it, as a wire service's
                // dateline writes the date ("BOSTON--(BUSINESS WIRE)--Sept. 9, 2024--", "Tokyo—Jan. 5").
                previous = previous[joined..];
            }

            if (previous.LastIndexOf('/') is > 0 and int slash && slash == previous.Length - 2 && char.IsUpper(previous[^1])
                && char.IsLetter(previous[slash - 1]))
            {
                // A capital after a slash glued to a word is an initial as after a space: a photographer's credit after
                // the agency's ("Foto: Reuters/J. Smith", "APA/EXPA/J. Groder", "the fire service/A. Jones said").
                previous = previous[(slash + 1)..];
            }

            if (previous.IsEmpty && wordStart > tokenStart && closed > j + 1 && StartsLowerCase(text, m))
            {
                // A period quoted on its own is the character named, as manuals name it ("a single period ('.') on a
                // line", "followed by '.' or ','"), not the end of the sentence that names it.
                return false;
            }

            if (previous.IsEmpty)
            {
                // A period standing alone, as in tokenized text ("the man said . he left"), unless it only closes
                // a list number ("3 . south ayrshire") or is an abbreviation's, spaced from it by the tokenizer.
                return !IsNumber(text[start..j].TrimEnd()) && !SpacedAbbreviationGoesOn(text, start, j, m);
            }

            if (_rules.IsPartOfSpeech(previous) && IsHeadwordBefore(text, start, tokenStart))
            {
                // A glossary's entry: the headword's part of speech labels the definition after it, which keeps its
                // headword ("apse n. A semicircular recess", "cloister (pl. cloisters) n. A covered walk").
                return false;
            }

            char first = text[m];
            if (IsDotNameAt(text, m) && previous.IndexOf('.') < 0 && !_rules.IsAbbreviation(previous))
            {
                // A dot-name, a platform's, opens a sentence after a word's period: "...last week. .NET 9 brings". After an
                // abbreviation it goes on ("e.g. .NET apps").
                return true;
            }

            if (IsShillings(previous) && IsPenceAt(text, m))
            {
                // Shillings before pence, as pre-decimal sums are written: "rose from 5s. 6d. a bushel", "£3 10s. 6d.".
                return false;
            }

            if (StartsLowerCase(text, m))
            {
                // A text without capitals ("so this happened. i was at work") ends its sentences before lower case,
                // and so does a line that the period ends ("...on a single charge.\nhighly recommend it"; not a number's in
                // a language that writes ordinals with a period, wrapped before the word it numbers: "2025.\náprilis"), but not after
                // an abbreviation (or a street's, "in der Hauptstr. und"), a word with a period inside (an initialism:
                // "e.g. the", "u.s. officials") or a single letter. After a hyphen the abbreviation is the word's last part ("then-sen.
                // obama", "kansas city-st. joseph").
                // In a text with capitals, a period ends the sentence before a sentence starter in lower case after a
                // word in lower case ("the same. the brand is"), and before a program's name that the text defines
                // ("apropos - search the manual page names" over "...available within it. apropos searches"), or a
                // name of code that quotes open and close ("...X.509 fingerprints. 'gpg' also allows", "...a generator.
                // `random(ctx, n, dst)` should").
                // An aside in brackets between two sentences, as a transcript notes what was heard ("...would not lend
                // it. [pause] That was the end", "...the end. (laughs) Anyway"), opens the next sentence, and so does a
                // web address in brackets after a sentence ("...the full report. (https://example.org/report)").
                ReadOnlySpan<char> last = previous[(previous.LastIndexOf('-') + 1)..];
                return last.Length > 1 && previous.IndexOf('.') < 0 && !_rules.IsAbbreviation(last) && !_rules.HasNumericSuffix(last)
                    && !(_rules.IsAfterOrdinal(previous) && IsOrdinalWord(PreviousWord(text, start, tokenStart)))
                    && (IsCaseless(text) || IsBracketedAsideAt(text, m) || IsBracketedAddressAt(text, m)
                        || (closed == j + 1 && LineBreakBetween(text, after, m) && !ReadsAsUnlistedAbbreviation(text, start, tokenStart, previous, m)
                            && !LacksVowel(previous)
                            && !(_rules.OrdinalDot && previous.IndexOfAnyExceptInRange('0', '9') < 0))
                        || (closed == j + 1 && !ReadsAsUnlistedAbbreviation(text, start, tokenStart, previous, m)
                        && (SplitChars.SkipSpaces(text, after) >= m
                            ? (OpensLowerCaseSentence(previous, WordAt(text, m)) && !LacksVowel(previous)) || IsDefinedNameAt(text, m)
                            : SplitChars.SkipSpaces(text, after) == m - 1 && EndsSentenceInLowerCase(previous) && IsQuotedNameAt(text, m))));
            }

            if (closed == j + 1 && (_rules.IsAbbreviation(previous) || IsInitialism(previous)) && InHeadline(text, start, m))
            {
                // "Apple Inc. Shares Jump After Earnings", "U.S. Stocks Rally as Fed Holds Rates": an abbreviation in a
                // line that reads as a headline ends nothing; the line's end decides it whole.
                return false;
            }

            if (closed == j + 1 && IsNumberedLabel(text, start, wordStart, previous) && InHeadline(text, start, m)
                && NamesAHeading(text, m))
            {
                // "Chapter 1. The Beginning", "Part IV. Methods": a numbered label that opens a line reading as a
                // heading titles what follows; the line is one heading.
                return false;
            }

            if (closed == j + 1 && char.IsUpper(text[m]) && !text[..start].ContainsAnyExcept(" \t\r\n\uFEFF")
                && CountWords(text, start, j, MaxHeadlinePartWords + 1) <= MaxHeadlinePartWords
                && TrimEnd(text, m, SplitMarkup.LineEnd(text, m)) is var headlineEnd && text[headlineEnd - 1] != ':'
                && !LeavesLineOpen(text, m, headlineEnd)
                && BlankLineOrEndAfter(text, headlineEnd, out int below) && !GoesOnBelow(text, below)
                && InHeadline(text, start, m, paragraphEnds: true))
            {
                // A news page's headline in two parts on the text's first line, a blank line under it ("Campi Flegrei,
                // nuova scossa di magnitudo 4.4. Paura a Pozzuoli, ma nessun ferito", "RPP obniżyła stopy procentowe.
                // Pierwsza obniżka od półtora roku"): the line's end decides it whole, as a heading. Not a sentence of
                // prose before a credit ("The ferry carried cars across the bay for forty-one years. Staff photo by Greg
                // Moss"), a lead-in ("Install it. Then run:") or a sentence that a page break cuts ("The council met on
                // Monday. The new budget will fund the").
                return false;
            }

            if (closed == j + 1 && SplitChars.SkipSpaces(text, after) is int dash && dash > after && dash + 1 < text.Length
                && text[dash] is '\u2013' or '\u2014' && text[dash + 1] == ' ' && SplitChars.StartsLine(text, start)
                && Datelines.IsPlaceAndDate(text[start..closed], _rules))
            {
                // A dateline's date, its year abbreviated, before the dash that opens the report: "Львів, 15 березня 2024 р. –
                // У Львові відкрили...", "София, 4 март 2024 г. – Столичната община...".
                return false;
            }

            if (closed == j + 1 && EntryDash(text, start) > j && SplitChars.StartsLine(text, start))
            {
                // "2:00 p.m. – Welcome and garden tours": the day period of the time that opens a schedule's entry.
                return false;
            }

            if (closed == j + 1 && IsNumberedLabel(text, start, wordStart, previous) && _rules.IsStepLabel(text[start..wordStart].TrimEnd(' '))
                && !LineBreakBetween(text, after, m))
            {
                // "Step 1. Remove the transport bolts.", "Paso 2. Conecte el cable.": the number of an instruction's step
                // opens the step's own sentence on its line.
                return false;
            }

            if (_rules.SpacedColon && first is ':' or ';' && closed == j + 1)
            {
                // A colon or semicolon opens no sentence: French spaces it after the abbreviation it follows ("Tél. :
                // +33 4 72", "etc. ; puis").
                return false;
            }

            if (first == '|' && m + 1 < text.Length && text[m + 1] is ' ' or '\t' && text[(j + 1)..m].IndexOfAny(SplitChars.LineBreaks) < 0
                && ((closed == j + 1 && _rules.IsAbbreviation(previous)) || IsTableRow(text, j)))
            {
                // "Acme Corp. | 500 Market Street": a spaced pipe on the abbreviation's line separates the fields of one
                // line (a signature, an address), not two sentences; and so it does in a table's row ("33–43 kg (Kinder
                // 11–12 J.) | 1 Tbl. | 4 Tbl.").
                return false;
            }

            if (closed > j + 1 && text[closed - 1] == ')' && (_rules.IsUnit(previous) || _rules.IsAbbreviation(previous))
                && SplitChars.StartsLine(text, start) && OpensWithQuantity(text, start) && !LineBreakBetween(text, after, m))
            {
                // "250 g (about 9 oz.) Italian sausage": an ingredient's other measure, in brackets, on its line.
                return false;
            }

            if (closed == j + 2 && text[j + 1] == ')' && wordStart == tokenStart + 1 && text[tokenStart] == '(' && IsDayAndMonth(previous))
            {
                // A date alone in brackets is no parenthesis that a sentence ends in: "Mitarbeiter (30.9.) 17.840".
                return false;
            }

            if (closed > j + 1)
            {
                // A closing quote or bracket after the period: the quotation or parenthesis ended the sentence.
                return true;
            }

            if (!_rules.NounCapitals && IsCitationPart(previous) && OpensCitationAt(text, m))
            {
                // A statute's or a court rule's abbreviated name runs on to its section or its number ("under Fed. R.
                // Civ. P. 12(b)(6)", "Cal. Civ. Code § 1542", "N.Y. Gen. Bus. Law § 349", "Fla. Stat. § 768.81", "Del.
                // Code Ann. tit. 8, § 102", "Tex. Bus. & Com. Code § 2.207").
                return false;
            }

            if (IsDatelineBeforeDash(text, start, j, after) || IsCapitalsPlaceAfterPrefix(text, start, tokenStart, previous, m))
            {
                // A dateline that opens its line, its state abbreviated before the dash that the report goes on after
                // ("COLUMBIA, S.C. — The board voted", "PORTLAND, Ore. - A fire"), and a place's abbreviated prefix in
                // a dateline in capitals ("ST. LOUIS —", "FT. LAUDERDALE, Fla. —"): the report goes on in its sentence.
                return false;
            }

            if (_rules.DoubledPlurals && IsDoubledInitial(previous) && IsDoubledInitial(WordAt(text, m))
                && m + 2 < text.Length && text[m + 2] == '.')
            {
                // "EE. UU.", "CC. OO.": the first half of a plural abbreviation; the second half is decided as any word.
                return false;
            }

            if (first == '/' && IsSlashedCredit(text, m))
            {
                // A news agency's credit after a dateline ("МОСКВА, 25 октября. /ТАСС/. Банк России") belongs to it.
                return false;
            }

            if (IsBracketedCredit(text, m))
            {
                // A news agency's credit in brackets after a dateline that ends with a period, the report going on
                // after a dash ("BUDAPEST, 2024. március 15. (MTI) – A kormány"), belongs to the dateline's sentence.
                return false;
            }

            if (IsBracketedTicker(text, m))
            {
                // A company's stock ticker after its name ("Acme Robotics Inc. (NASDAQ: ACME) today announced").
                return false;
            }

            if (IsBracketedNameBeforeLowerCase(text, m) && (_rules.IsAbbreviation(previous) || IsInitialism(previous)))
            {
                // A short name in brackets after an abbreviation, and the sentence going on in lower case after it: the
                // term a press release or a filing defines for a company ("Acme Robotics, Inc. ("Acme") announced",
                // "Beta Co. ('Beta'), a maker"), an exchange's ticker ("Acme Ltd. [NASDAQ: ACME] rose").
                return false;
            }

            if (_rules.IsUnit(previous) && IsBracketBeforeLowerCase(text, m) && AfterQuantity(text, start, tokenStart))
            {
                // A bracket after a quantity's unit that compares or explains it, the sentence going on in lower case
                // after it: "daalde naar € 38 mln. (H1 2024: € 71 mln.) als gevolg van", "fell to EUR 38 mln. (H1 2024:
                // EUR 71 mln.) because of".
                return false;
            }

            if (closed == j + 1 && IsSpacedDashAt(text, after) && (_rules.IsAbbreviation(previous) || _rules.IsUnit(previous))
                && !OpensQuotedSpeech(text, after))
            {
                // An abbreviation before a spaced dash and more words on its line: the dash goes on with a title, a
                // range or the report after a dateline, not a new sentence ("ustawy z dnia 14 grudnia 2016 r. – Prawo
                // oświatowe", "vom 3. Febr. – 14. März", "КАЗАНЬ, 12 мар. — Первый"); but a dash that opens quoted speech,
                // which another after a comma closes, opens a sentence ("...15 марта 2024 г. – Это успех, – сказал он.").
                return false;
            }

            ReadOnlySpan<char> nextWord = WordAt(text, m);
            if (char.IsLetter(first) && !char.IsUpper(first) && !char.IsAscii(previous[0]) && _rules.IsAbbreviation(previous))
            {
                // A script without capitals (Devanagari, Arabic) gives no sign that a sentence begins, and its
                // sentences end with marks of their own: a listed abbreviation goes on ("5 करोड़ रु. का निवेश").
                return false;
            }

            if (IndicInitials(previous) is > 0 and int initials
                && (initials > 1 || IsIndicInitialAt(text, m) || IsTitleOrIndicInitial(PreviousWord(text, start, tokenStart))))
            {
                // Initials of an Indic script, which ends its sentences with "।": glued ("ए.पी.जे. अब्दुल कलाम"), or one of
                // a run or after a title ("श्री ए. के. शर्मा ने", "डॉ. आर. के. जेनामणि"); a short word alone ends its sentence
                // ("वह अच्छा है. फिर").
                return false;
            }

            if (char.IsUpper(first) && _rules.IsUnit(previous) && AfterQuantity(text, start, tokenStart)
                && text[after..m].IndexOfAny('(', '[') < 0 && !(char.IsUpper(previous[0]) && _rules.IsTitle(previous)))
            {
                // (A capitalized title after a number is no unit: an agenda's "4.1 Ms. Nair presented", not "ms".)
                // (A bracket after the unit explains the quantity: "Mean age was 67.4 yrs. (SD 9.1) and". A quantity after
                // an article or another word that leaves its phrase open sizes the noun after it, which no sentence
                // starter is: "The 64 oz. BPA-free jar makes", "a 16 oz. LED-lit carafe"; "I returned the 12 oz. It
                // leaked" ends.)
                // "rose to 9.8 m. Thousands fled", "5 декабря 2024 г. Место", "5 млрд руб. Запуск": a unit after a
                // quantity is where sentences often end; "в г. Москве" has no quantity. A continuation or a month goes
                // on with it: "250 mil. Kč", "25 milj. EUR"; so does a year fronted by a preposition, which is no
                // sentence by itself: "В 1812 г. Москва сгорела", "W 1944 r. Warszawa została zniszczona" (but "Add 200
                // g. Stir well"); and so does a quantity that opens the segment before words that no terminator ends on
                // the line, as a recipe's ingredient line has them ("2 tbsp. Olive oil", "200 g. Butter"; but a live
                // report's "88 min. Chelsea hit the post.").
                return !_rules.IsContinuation(nextWord) && !_rules.IsMonth(nextWord) && !IsFrontedYear(text, start, tokenStart)
                    && !(!_rules.IsStarter(nextWord) && QuantityAfterOpenWord(text, start, tokenStart))
                    && (CountWords(text, start, tokenStart, 2) == 2 || text[m..SplitMarkup.LineEnd(text, m)].IndexOfAny(SplitChars.Terminators) >= 0);
            }

            if (char.IsDigit(first) && text[m - 1] == '(' && _rules.IsUnit(previous) && AfterQuantity(text, start, tokenStart))
            {
                // A quantity's conversion in brackets after its unit goes on with it: "about 4 mi. (6.4 km) south", "a 9
                // in. (23 cm) loaf pan".
                return false;
            }

            if ((!char.IsLetter(first) || (IsLetteredNumberAt(text, m) && !previous.SequenceEqual("no"))
                    || (char.IsUpper(previous[0]) && IsLetterLabelAt(text, m) && !previous.Equals("no", StringComparison.OrdinalIgnoreCase)))
                && _rules.IsNumericPrefix(previous))
            {
                // "No. 7", "Rs. 500", "Fig. ??", "Eq. (3)", "Fig. S2", "see Fig. A for": a reference or currency before
                // what it counts ("No. A friend" is an answer).
                return false;
            }

            if (previous.Equals("no", StringComparison.OrdinalIgnoreCase) && IsCodeAt(text, m)
                && PreviousWord(text, start, tokenStart) is { Length: > 1 } named && char.IsUpper(named[0]))
            {
                // A capitalized name of what is numbered before "no." and a code with a digit: "Model no. KX-200",
                // "Serial No. SN-0042", "Lot No. B45" ("They said no. G7 leaders" ends).
                return false;
            }

            if (char.IsDigit(first) && _rules.IsUnit(previous) && AfterQuantity(text, start, tokenStart) && UnitAfterNumberAt(text, m))
            {
                // A quantity in two units, the larger first: "за 2 мин. 40 сек.", "1 ч. 20 мин.", "3 ft. 4 in.".
                return false;
            }

            if (char.IsDigit(first) && _rules.IsNumericPlural(previous) && CountsSeveralAt(text, m))
            {
                // The plural of a reference before the numbers it counts: "regs. 14 and 15", "ss. 12–13", "artt. 2, 3",
                // "núms. 3 y 4" ("I love my pets. 5 stars" ends: one number, no list).
                return false;
            }

            if (char.GetUnicodeCategory(first) == UnicodeCategory.CurrencySymbol && m + 1 < text.Length && char.IsAsciiDigit(text[m + 1])
                && IsInitialism(previous))
            {
                // A country's initials before an amount in its currency: "cost U.S. $4.2 million", "paid U.K. £300".
                return false;
            }

            if (_rules.HasNumericSuffix(previous) && (char.IsDigit(first) || NumberedAfter(text, m, nextWord)))
            {
                // "Hauptstr. 5", "Kerkstr. 12": a street before its house number, or before the abbreviation that counts
                // it ("Goethestr. Nr. 5").
                return false;
            }

            if (IsCjkItemNumber(previous))
            {
                // An item's number glued to a CJK colon, semicolon or comma ("方法：1. 长按电源键；2. 换了"): the list runs on
                // in its sentence.
                return false;
            }

            if (IsNumber(previous))
            {
                if (tokenStart == start && !IsScore(previous))
                {
                    // "2. The second item": a number alone is no sentence. A score over its scale numbers no list: it
                    // ends a review's verdict ("10/10. Would buy again", "4,5/5. Polecam").
                    return false;
                }

                if (InSpacedDate(text, start, tokenStart, previous, m))
                {
                    // A date written with spaced periods, as Korean writes one: "정부는 2024. 3. 15. 국무회의에서".
                    return false;
                }

                if (char.IsLetter(first) && !char.IsUpper(first) && !char.IsLower(first) && previous.Count('.') >= 2)
                {
                    // A date written with periods before a word of a script without case goes on: "지난 2024.3.5. 시행된 조례".
                    return false;
                }

                if (char.IsAsciiDigit(first) && IsDayAndMonth(previous))
                {
                    // A day and a month written with periods, as German and the Nordic languages write a date without
                    // its year, go on before the time, the year or the figure that follows them: "vom 3.10. 22 Uhr bis
                    // 6.10. 5 Uhr", "Am 1.1. 2025 tritt", "Mitarbeiter (30.9.) 17.840".
                    return false;
                }

                // An ordinal is digits alone: "zum 1:0. Dann" is a score that ends its sentence. Ordinals joined by a
                // conjunction count what follows them: "in der 23. und 67. Minute"; so does one after a word and a comma
                // before a word that opens no sentence: "BGB, 83. Aufl.", "LG Stuttgart, 23. Zivilkammer" (not "1, 2, 3."); and
                // one or two digits before an acronym name a club or a faculty by its rank: "1. FC Köln", "1. LF UK".
                ReadOnlySpan<char> wordBefore = PreviousWord(text, start, tokenStart);
                return !(_rules.OrdinalDot && previous.Length <= 3 && previous.IndexOfAnyExceptInRange('0', '9') < 0
                    && (_rules.OrdinalDotAlways || _rules.IsMonth(nextWord) || _rules.IsOrdinalPrefix(wordBefore) || _rules.IsOrdinalNoun(nextWord)
                        || (wordBefore.Length > 1 && wordBefore[^1] == ',' && char.IsLetter(wordBefore[0]) && !_rules.IsStarter(nextWord))
                        || AfterJoinedOrdinal(text, start, tokenStart)
                        || (previous.Length <= 2 && (IsDayOrMonthNumberAt(text, m) || (char.IsDigit(first) && IsDayOrMonthNumber(wordBefore))
                            || IsAcronym(WordAt(text, m))))));
            }

            if (previous.Length > 1 && (tokenStart == start || _rules.OrdinalDotAlways
                    || (_rules.OrdinalDot && _rules.IsOrdinalPrefix(PreviousWord(text, start, tokenStart))))
                && RomanValue(previous, upper: true) > 0)
            {
                // A Roman number alone is no sentence ("XIX. Yüzyıl boyunca"), and a language that writes ordinals with a
                // period writes Roman ones so inside a sentence: "II. Mehmed", after an article too: "Der VIII.
                // Zivilsenat" (one letter is read as an initial below: "V. Mehmed").
                return false;
            }

            if (_rules.OrdinalDot && previous.Length > 1 && RomanValue(previous, upper: true) > 0
                && PreviousWord(text, start, tokenStart) is { Length: > 1 } name && char.IsUpper(name[0])
                && text[m - 1] == '(' && char.IsDigit(first))
            {
                // So does a ruler's number after the name, before the years in brackets: "Václav IV. (1361–1419) převzal
                // vládu". (Not before a capitalized word, which a byname and the next sentence both are: "Karlu IV.
                // Sličném", "papež Kliment VI. Do Čech se vrátil".)
                return false;
            }

            if (IsHyphenatedInitials(previous) && char.IsUpper(first) && (!_rules.IsStarter(nextWord) || IsInitialAt(text, m)))
            {
                // Two given names abbreviated around their hyphen, before the surname: "Prof. H.-J. Wendler", "J.-P. Sartre".
                return false;
            }

            if (previous.Length == 1 && char.IsLetter(previous[0]))
            {
                if (char.IsDigit(first))
                {
                    return false;
                }

                if (char.IsUpper(previous[0]))
                {
                    ReadOnlySpan<char> before = PreviousWord(text, start, tokenStart);
                    if ((_rules.IsLabeled(before) || IsReferenceAbbreviation(before)) && !IsInitialAt(text, m))
                    {
                        // A label, not an initial: "described in Appendix B. The data", "won by Team A. Team B", "see
                        // Sec. B. The proof".
                        return true;
                    }

                    if (previous[0] is 'K' or 'V' or 'A' && IsNumber(before) && char.IsUpper(first) && !IsInitialAt(text, m))
                    {
                        // A unit's symbol after a number (kelvin, volt, ampere), not an initial: "reached 6.8 K. The
                        // largest", "bis zu 5,2 K. Tab. 4.3 fasst", "delivers 12 V. The charger". Not a letter that also
                        // abbreviates a direction, a law report or a word before a noun ("500 S. Main St.", "138 S. Ct.
                        // 2206", German "3 J. Berufserfahrung", years).
                        return true;
                    }

                    if (_rules.IsStarter(nextWord) && !IsInitialAt(text, m) && ClosesInitialsAfterName(text, start, tokenStart, before))
                    {
                        // The second initial after a surname, as Russian official writing names a person ("сообщил
                        // начальник управления Иванов И. И. Он отметил"), before a sentence starter: the name ends the sentence.
                        return true;
                    }

                    if (before.IsEmpty || char.IsUpper(before[0]) || IsInitialAt(text, m))
                    {
                        // An initial: "Jonas E. Smith", "J. R. R. Tolkien", "by J. K. Rowling".
                        return false;
                    }

                    if (previous[0] == 'I' && _rules.PronounI)
                    {
                        return true;
                    }
                }
                else if (previous[0] == 'v' && char.IsUpper(PreviousWord(text, start, tokenStart) is { IsEmpty: false } party ? party[0] : 'a'))
                {
                    // "Smith v. Jones": versus between the parties of a case; "contains v. If" is a variable.
                    return false;
                }
                else if (ClosesSpacedTerminal(text, start, tokenStart, previous) && !_rules.IsContinuation(nextWord))
                {
                    // "и т. д. Потом": the second half of a spaced abbreviation that often closes a sentence ("т.д").
                    return true;
                }

                // A variable of one letter in lower case, Latin or Greek before Latin, closes a sentence before any
                // capitalized word ("weighted by λ. Setting λ = 0.3", "be k. Increasing k"), not before an initial or an
                // abbreviation ("v. Chr." is German's, which capitalizes its nouns and is not read so), nor when the language
                // lists the letter ("г. Москве", "м. Києві", "κ. Παπαδόπουλος").
                return (_rules.IsStarter(nextWord)
                        || (!_rules.NounCapitals && (char.IsAsciiLetterLower(previous[0]) || (previous[0] is >= '\u03B1' and <= '\u03C9' && char.IsAscii(first)))
                            && nextWord.Length > 1 && char.IsUpper(nextWord[0]) && char.IsLower(nextWord[1])
                            && (m + nextWord.Length >= text.Length || text[m + nextWord.Length] != '.')
                            && !_rules.IsAbbreviation(previous) && !_rules.IsUnit(previous)))
                    && !QuoteOpensAt(text, after, m);
            }

            if (_rules.IsTitle(previous) || IsTitleCompound(previous))
            {
                return false;
            }

            if (_rules.IsLanguageName(previous) && char.IsUpper(first) && _rules.IsPreposition(PreviousWord(text, start, tokenStart)))
            {
                // An etymology names the language it takes a word from, abbreviated, before the word: "from Lat.
                // Vindobona", "via OHG. Wenia", German "von lat. Castellum", French "du lat. castellum".
                return false;
            }

            // An acronym in capitals is no listed abbreviation of the same letters: "7:30 p.m. EST. Doors open" is not
            // "est." (established), nor "in Sacramento, CA. Officials" "ca." (circa).
            bool general = (_rules.IsGeneral(previous) && !IsAcronym(previous)) || IsInitialism(previous);
            if (char.IsDigit(first) && (general || _rules.IsNumericPrefix(previous)
                || (previous.LastIndexOfAny('-', '/') is > 0 and int joint && HoldsBeforeNumber(previous[(joint + 1)..]))))
            {
                // Before a number, and so after a compound or a pair whose last part is one ("Referenz-Nr. 2024-HR-31",
                // "Tel.-Nr. 040", a range or a pair of weekdays before a time: "Mon.-Wed. 9:30", "Mon./Wed. 9:30").
                return false;
            }

            if (_rules.IsNumericPrefix(previous)
                && (first == '\u2116' || (nextWord.Length >= 2 && IsRomanNumeral(nextWord))
                    || (nextWord.Length == 1 && char.IsUpper(nextWord[0]) && NumberAfterSpace(text, m + 1))))
            {
                // What holds before a number holds before the number sign and before the numbers of a document's parts:
                // "Исх. № 214", "Ref. II", "para. V 4.2", "Encl. A 3".
                return false;
            }

            if (!general)
            {
                // A short capitalized word before a numbered reference names its kind: "U.S. Pat. No. 5,240,268", "Ser.
                // No. 10/123", "Appl. No. 14"; and a capital letter with its period before the number of an article
                // names its part of a code: "art. L. 211-1", "des art. L. 234-1 et R. 234-1".
                return !((previous.Length <= MaxReferenceKind && char.IsUpper(previous[0]) && _rules.IsNumericPrefix(nextWord)
                        && NumberAfterPeriod(text, m + nextWord.Length))
                    || (nextWord.Length == 1 && char.IsUpper(nextWord[0]) && _rules.IsNumericPrefix(previous) && NumberAfterPeriod(text, m + 1)));
            }

            if (char.IsUpper(first) && IsEtAl(text, start, tokenStart, previous) && !IsInitialAt(text, m))
            {
                // "et al." before a capitalized word closes a citation's sentence: "as Kim et al. Conventional hinges".
                return true;
            }

            if (_rules.IsTerminal(previous) && _rules.IsNumericPrefix(nextWord) && NumberAfterPeriod(text, m + nextWord.Length))
            {
                // A number's label after a company's suffix gives the company's number: "Registered in England & Wales, Co.
                // No. 12345678".
                return false;
            }

            if (_rules.IsStreetSuffix(previous) && char.IsUpper(first) && EndsStreetName(text, start, tokenStart, m, nextWord))
            {
                // A street's suffix after its capitalized name ends the sentence before a capitalized word that a word in
                // lower case follows: "a building on Elm St. Voting opens", "on Baker Ave. Turnout was". Not Saint before a
                // name ("at St. Olaf College", "Mount St. Helens erupted").
                return true;
            }

            if (_rules.IsStarter(nextWord) && !IsInitialAt(text, m) && !(QuoteOpensAt(text, after, m) && !_rules.IsTerminal(previous)))
            {
                // A starter of one letter written with a period is an initial: "им. В. И. Ульянова" is no "В" (in). A
                // starter in quotes after an abbreviation that seldom ends a sentence opens a quoted name ("z. B. „Die
                // Zeit“", "bzw. „Die Brücke“", "vs. "The Matrix""), not a sentence.
                return true;
            }

            if (_rules.IsTerminal(previous))
            {
                // "at 9 p.m. Officials counted", "in the U.S. Farmers", "Initech Inc. Management": a terminal
                // abbreviation ends the sentence before a capitalized word, unless the word goes on with it ("p.m.
                // Friday", "U.S. Navy", "Jr. Day", "a.m. EST"), and a county after "Co." is no company's ("in Co. Westmeath").
                if (_rules.IsContinuation(nextWord) || ContinuesAsPair(text, m, nextWord) || _rules.IsMonth(nextWord) || IsShortCapitals(text, m, nextWord)
                    || (previous is "Co" && _rules.IsCounty(nextWord)))
                {
                    return false;
                }

                if (!_rules.IsTitle(nextWord))
                {
                    return true;
                }
            }

            // "...at 6 P.M. Mr. Smith then": a title after an abbreviation opens a sentence, unless the abbreviation
            // closes a short fronted phrase ("At 5 a.m. Mr. Smith went").
            int afterWord = m + nextWord.Length;
            return _rules.IsTitle(nextWord) && afterWord < text.Length && text[afterWord] == '.'
                && CountWords(text, start, tokenStart, 3) >= 3;
        }

        /// <summary>
        /// Whether the segment at <paramref name="start"/> opens its line (after white space or markup such as "# "),
        /// and the line, from <paramref name="m"/> on, ends without a terminator before a line that does not go on in
        /// lower case (or the caller knows that a blank line ends the paragraph there: <paramref name="paragraphEnds"/>,
        /// and an Italian byline's "di Luca Bernardi" may follow), and reads as a heading (<see cref="ReadsAsHeading"/>):
        /// a headline with an abbreviation in it. Reads at most <see cref="MaxHeadingLength"/> characters.
        /// </summary>
        private readonly bool InHeadline(ReadOnlySpan<char> text, int start, int m, bool paragraphEnds = false)
        {
            int lineStart = start;
            while (lineStart > 0 && start - lineStart < MaxHeadlineIndent && !SplitChars.IsLineBreakAt(text, lineStart - 1)
                && !char.IsLetterOrDigit(text[lineStart - 1]))
            {
                lineStart--;
            }

            if (lineStart > 0 && !SplitChars.IsLineBreakAt(text, lineStart - 1))
            {
                return false;
            }

            int limit = Math.Min(text.Length, start + MaxHeadingLength + 1);
            if (m >= limit)
            {
                return false;
            }

            int breakAt = SplitChars.IndexOfLineBreak(text[m..limit]);
            int lineEnd = breakAt >= 0 ? m + breakAt : limit;
            if ((breakAt < 0 && limit < text.Length) || text[m..lineEnd].IndexOfAny(SplitChars.Terminators) >= 0)
            {
                return false;
            }

            int next = lineEnd;
            while (next < text.Length && next - lineEnd < MaxHeadingLength && SplitChars.IsWhiteSpace(text[next]))
            {
                next++;
            }

            return (paragraphEnds || next >= text.Length || !SplitChars.IsLowerCase(text[next])) && ReadsAsHeading(text, start, TrimEnd(text, start, lineEnd));
        }

        /// <summary>
        /// Whether the period at <paramref name="j"/>, one space after the word before it as tokenized text writes
        /// every period, is that word's and goes on to the word at <paramref name="m"/>: a title before a name ("dr .
        /// shannon"), a numeric abbreviation before what it counts ("the no . 1 pick", "in sec . 3", "fig . ( 2 )"),
        /// "et al .", an abbreviation that stands before what it qualifies and a dotted initialism without its last
        /// period before anything but a sentence starter ("smith et al . ( 2019 ) show", "et al . @xcite", "st . louis",
        /// "good vs . evil", "the u.s . marshals", "9 p.m . et"). Other
        /// abbreviations end the sentence there, as most tokenized periods do ("the council said no . the idea").
        /// </summary>
        private readonly bool SpacedAbbreviationGoesOn(ReadOnlySpan<char> text, int start, int j, int m)
        {
            if (j - 2 < start || text[j - 1] != ' ' || !char.IsLetter(text[j - 2]))
            {
                return false;
            }

            int wordStart = j - 1;
            ReadOnlySpan<char> word = PreviousWord(text, start, wordStart);
            if (word.IsEmpty || word.Length > MaxSpacedAbbreviation)
            {
                return false;
            }

            char first = text[m];
            if (_rules.IsTitle(word))
            {
                return char.IsLetter(first);
            }

            int before = wordStart - word.Length - 1;
            if (_rules.IsNumericPrefix(word) && !(before >= start && text[before] is '\'' or '\u2019'))
            {
                // A bracket after it holds the reference, spaced as the rest: "fig . [ fig1 ]", "eq . ( 3 )",
                // "eq . ( [ eq : loss ] )". Not a possessive's "s" ("a chimpanzee 's . 2.8 million years ago").
                int k = m;
                while (k < text.Length && k - m < 2 && text[k] is ' ' or '[')
                {
                    k++;
                }

                return k < text.Length && (char.IsDigit(text[k]) || text[m - 1] == '[' || text[k - 1] == '[');
            }

            if (_rules.IsSpacedPrefix(word) || IsInitialism(word))
            {
                // A dotted initialism without its own last period had it spaced from it, and the sentence's period
                // after it too when a sentence starter follows: "the u.s . marshals", "9 p.m . et", but "fled to the
                // u.s . the crisis".
                return char.IsLetter(first) && !_rules.IsStarter(WordAt(text, m));
            }

            return IsEtAl(text, start, j - 1 - word.Length, word)
                && !_rules.IsStarter(WordAt(text, m));
        }

        /// <summary>
        /// Whether the letter <paramref name="letter"/> ends a terminal abbreviation written with a space inside, its
        /// first half the word before: "т. д" of "т.д", "т. п" of "т.п".
        /// </summary>
        private readonly bool ClosesSpacedTerminal(ReadOnlySpan<char> text, int start, int tokenStart, ReadOnlySpan<char> letter)
        {
            ReadOnlySpan<char> before = PreviousWord(text, start, tokenStart);
            if (before.Length is < 2 or > 8 || before[^1] != '.')
            {
                return false;
            }

            Span<char> joined = stackalloc char[before.Length + letter.Length];
            before.CopyTo(joined);
            letter.CopyTo(joined[before.Length..]);
            return _rules.IsTerminal(joined);
        }

        /// <summary>
        /// A "?" or "!" (or a run of them, from <paramref name="j"/> to <paramref name="k"/>) with no space after it,
        /// between a word and a capitalized one (<see cref="OpensGluedSentence"/>) or a lower-case starter
        /// (<see cref="OpensLowerCaseGluedSentence"/>), as hurried reviews write them: "the old town!!Room was small",
        /// "so fast!they said", "worth it?Yes", "Love it!I use it daily", "DO NOT BUY!!!It broke"; or between two
        /// letters of Chinese or Japanese ("晴れ!散歩に"). Not in a web address or a path ("search?Query=x"), nor after a
        /// name written with "!" ("Yahoo!Mail").
        /// </summary>
        private readonly bool GluedMarkBoundary(ReadOnlySpan<char> text, int start, int j, int k)
        {
            if (j > start && k < text.Length && SplitChars.IsCjkLetter(text[j - 1]) && SplitChars.IsCjkLetter(text[k]))
            {
                // Chinese and Japanese written with a half-width mark, which needs no space after it: "今日は晴れ!散歩に",
                // "你觉得怎么样?我觉得很好".
                return true;
            }

            if (!(OpensGluedSentence(text, k) || OpensLowerCaseGluedSentence(text, k)) || j - 2 < start
                || !char.IsLetter(text[j - 1]) || !char.IsLetter(text[j - 2]))
            {
                return false;
            }

            int tokenStart = TokenStart(text, start, j);
            if (text[j] == '!' && _rules.IsExclamationName(text[tokenStart..j]))
            {
                return false;
            }

            return text[tokenStart..TokenEnd(text, k)].IndexOfAny(s_gluedMarkBreakers) < 0;
        }

        /// <summary>
        /// Whether a sentence glued to the mark before it opens at <paramref name="next"/>: a capital before a lower-case
        /// letter ("Today"), or a one-letter word of the language's <c>[starters]</c> before a space or an apostrophe
        /// ("I love it", "I'm happy", "A week later"), or a title of one letter and its period before a space (French
        /// "tableau.M. Durand").
        /// </summary>
        private readonly bool OpensGluedSentence(ReadOnlySpan<char> text, int next) =>
            next + 1 < text.Length && char.IsUpper(text[next])
            && (SplitChars.IsLowerCase(text[next + 1])
                || (text[next + 1] is ' ' or '\'' or '\u2019' && _rules.IsStarter(text.Slice(next, 1)))
                || (text[next + 1] == '.' && next + 2 < text.Length && text[next + 2] == ' ' && _rules.IsTitle(text.Slice(next, 1))));

        /// <summary>
        /// Whether a sentence that its writer did not capitalize opens at <paramref name="next"/>, glued to the mark
        /// before it: a lower-case word of three letters or more that, capitalized, is one of the language's
        /// <c>[starters]</c>, before a space and a word ("nights.the room was", "fast!they said"), and no domain's suffix
        /// ("zara.com"). Shorter starters are parts of names and addresses as often ("site.it", "value.no", "file.in").
        /// </summary>
        private readonly bool OpensLowerCaseGluedSentence(ReadOnlySpan<char> text, int next)
        {
            const int MinLength = 3, MaxLength = 16;
            if (!_rules.HasStarters || next >= text.Length || !SplitChars.IsLowerCase(text[next]))
            {
                return false;
            }

            int end = next;
            while (end < text.Length && end - next <= MaxLength && SplitChars.IsLowerCase(text[end]))
            {
                end++;
            }

            int length = end - next;
            if (length < MinLength || length > MaxLength || end + 1 >= text.Length || text[end] != ' '
                || !(char.IsLetter(text[end + 1]) || SplitChars.Openers.Contains(text[end + 1]) || text[end + 1] is '\'' or '\u2019')
                || IsDomainSuffix(text[next..end]))
            {
                return false;
            }

            return _rules.IsLowerCaseStarter(text[next..end], innerCapitals: false);
        }

        /// <summary>Whether <paramref name="word"/> is a generic domain's suffix, which a language's starter can spell ("zara.com", Portuguese "Com").</summary>
        private static bool IsDomainSuffix(ReadOnlySpan<char> word) => word is "com" or "net" or "org" or "edu" or "gov" or "info" or "biz";

        /// <summary>
        /// A period with no space after it: "world.Today", "1,000.That", "5%.Sales", "value.I'm happy", and before a
        /// sentence its writer did not capitalize (<see cref="OpensLowerCaseGluedSentence"/>) after a lower-case word of
        /// three letters or more: "two nights.the room was clean".
        /// </summary>
        private readonly bool GluedBoundary(ReadOnlySpan<char> text, int start, int j)
        {
            int next = j + 1;
            bool lowerCase = false;
            if (!OpensGluedSentence(text, next) && !(lowerCase = OpensLowerCaseGluedSentence(text, next)))
            {
                return false;
            }

            int tokenStart = TokenStart(text, start, j);
            while (tokenStart < j && SplitChars.Openers.Contains(text[tokenStart]))
            {
                tokenStart++;
            }

            ReadOnlySpan<char> previous = text[tokenStart..j];
            if (previous.Length < (lowerCase ? 3 : 2) || (lowerCase && !SplitChars.IsLowerCase(previous[^1])) || GluedToCjk(text, start, j))
            {
                return false;
            }

            char last = previous[^1];
            if (!SplitChars.IsLowerCase(last) && !char.IsDigit(last) && last != '%' && !SplitChars.Closers.Contains(last))
            {
                return false;
            }

            if (_rules.OrdinalDot && previous.Length <= 2 && previous.IndexOfAnyExceptInRange('0', '9') < 0 && _rules.IsMonth(WordAt(text, next)))
            {
                // A day glued to its month in a language that writes ordinals with a period is a date, as one digit
                // is: "am 12.Dezember", "Do, 04.Dez 2025", "vom 12.Jänner" ("in 2019.The" ends).
                return false;
            }

            int tokenEnd = TokenEnd(text, next);

            // URLs, e-mail addresses and paths keep their periods.
            ReadOnlySpan<char> token = text[tokenStart..tokenEnd];
            if (token.IndexOfAny('@', '/', '\\') >= 0 || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // After a capitalized word the period joins the parts of a name in code ("String.Empty", "Math.Max") more
            // often than it ends a glued sentence, which opens with a word that often opens one or a title ("in
            // Phoenix.The pizza", "on Tuesday.Mr. Smith"); so it does after a dotted name in lower case, into a class's
            // name ("java.lang.NullPointerException", "torch.nn.Linear"), where a file's or a site's name still ends a
            // glued sentence ("settings.json.Then", "docs.python.org.The").
            // In a language that capitalizes its nouns, a plain noun before the period ends a glued sentence before a
            // plain capitalized word ("eine super Matratze.Liegt sich gut"), unless the noun names a class of code.
            if (!lowerCase && (char.IsUpper(previous[0]) || previous.Contains('.')) && _rules.HasStarters
                && WordAt(text, next) is var nextWord && !_rules.IsStarter(nextWord) && !_rules.IsTitle(nextWord)
                && !GluedAfterNoun(previous, nextWord))
            {
                return false;
            }

            // A unit after a number ends a glued sentence as it ends a spaced one, before a word that often opens one
            // ("delayed 2 hrs.The crew", "took 40 min.We waited").
            return (!_rules.IsAbbreviation(previous)
                    || (!lowerCase && _rules.IsUnit(previous) && AfterQuantity(text, start, tokenStart) && _rules.IsStarter(WordAt(text, next))))
                && !IsInitialism(previous) && !IsQualifiedName(previous, text[next..tokenEnd]);
        }

        /// <summary>
        /// Whether <paramref name="previous"/>, a period and <paramref name="nextWord"/> glue a sentence to a noun in a
        /// language that capitalizes its nouns: a plain capitalized word of <see cref="MinGluedNoun"/> letters or more,
        /// no class of code, before a plain capitalized word of three letters or more ("Matratze.Liegt", "Lage.Zimmer";
        /// not "String.Empty", "Console.WriteLine", "System.Text").
        /// </summary>
        private readonly bool GluedAfterNoun(ReadOnlySpan<char> previous, ReadOnlySpan<char> nextWord) =>
            _rules.NounCapitals && previous.Length >= MinGluedNoun && nextWord.Length >= 3
            && IsPlainCapitalized(previous) && IsPlainCapitalized(nextWord) && !_rules.IsCodeClass(previous);

        /// <summary>The fewest letters of a noun that a glued sentence ends with (<see cref="GluedAfterNoun"/>): shorter capitalized words are names of code and acronyms as often ("Foo.Bar", "Abc.Def").</summary>
        private const int MinGluedNoun = 4;

        /// <summary>Whether <paramref name="word"/> is a capital and lower-case letters only ("Matratze"; not "WriteLine", "Zi-mmer").</summary>
        private static bool IsPlainCapitalized(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (char c in word[1..])
            {
                if (!SplitChars.IsLowerCase(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the Latin word that ends before the period at <paramref name="j"/> is glued to CJK text before it,
        /// through a quote mark or a backtick or not ("あわせて、context.WithTimeoutを", "使用了`context.WithTimeout`来"): a name
        /// of code in a sentence of a script that ends its sentences with its own full stop, as "context.WithTimeout" is
        /// where a space stands before it; no glued Latin sentence ends there. Reads back to the word's start, at most
        /// <see cref="MaxTokenScan"/> characters, within the segment at <paramref name="start"/>.
        /// </summary>
        private static bool GluedToCjk(ReadOnlySpan<char> text, int start, int j)
        {
            int tokenStart = Math.Max(start, j - MaxTokenScan);
            int k = j;
            while (k > tokenStart && (char.IsAsciiLetterOrDigit(text[k - 1]) || text[k - 1] is '_' or '.'))
            {
                k--;
            }

            if (k == j || !char.IsAsciiLetter(text[j - 1]))
            {
                return false;
            }

            while (k > tokenStart && SplitChars.Openers.Contains(text[k - 1]))
            {
                k--;
            }

            return k > tokenStart && (SplitChars.IsCjkLetter(text[k - 1]) || text[k - 1] is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF65');
        }

        /// <summary>How far back the start of the line before a speaker's line is looked for.</summary>
        private const int MaxNeighbourScan = SpeakerLabels.MaxNeighbourScan;

        /// <summary>Whether the line at <paramref name="k"/> is a chat client's header line (<see cref="SpeakerLabels.IsHeaderLine"/>).</summary>
        private static bool IsHeaderLineAt(ReadOnlySpan<char> text, int k)
        {
            int limit = Math.Min(text.Length, k + MaxWrappedLine);
            int end = k;
            while (end < limit && !SplitChars.IsLineBreakAt(text, end) && text[end] != '\r')
            {
                end++;
            }

            return (end < limit || limit == text.Length) && SpeakerLabels.IsHeaderLine(text[k..end], out _);
        }

        /// <summary>
        /// The fewest lines opening with a label, one after the other, in which a label that opens no other line within
        /// <see cref="MaxNeighbourScan"/> characters names a field, not a speaker: a spec sheet's "Codecs: SBC, AAC, LDAC"
        /// among "Inputs: USB-C, 3.5 mm jack" and "In the box: headphones, case", where a dialogue's speakers speak again
        /// ("Amanda: Don't be shy, he's very nice" over "Hannah: If you say so" is two turns).
        /// </summary>
        private const int MinFieldRun = 4;

        /// <summary>
        /// Whether a speaker's label (<see cref="SpeakerLabels.LabelLength"/>) opens two lines or more within
        /// <see cref="MaxNeighbourScan"/> characters around the line text[start..end]: the turns of a conversation, not a
        /// list's titles that each name something once.
        /// </summary>
        private static bool SomeSpeakerRepeatsNearby(ReadOnlySpan<char> text, int start, int end)
        {
            int from = Math.Max(0, start - MaxNeighbourScan);
            while (from > 0 && from < start && !SplitChars.IsLineBreakAt(text, from - 1))
            {
                from++;
            }

            int to = Math.Min(text.Length, end + MaxNeighbourScan);
            var names = new List<string>();
            for (int k = from; k < to; k = SplitMarkup.LineEnd(text, k) + 1)
            {
                int first = SplitChars.SkipSpaces(text, k);
                ReadOnlySpan<char> line = text[first..SplitMarkup.LineEnd(text, k)];
                if (SpeakerLabels.LabelLength(line, out Range name) > 0)
                {
                    string speaker = line[name].ToString();
                    if (names.Exists(known => known.Equals(speaker, StringComparison.OrdinalIgnoreCase)))
                    {
                        return true;
                    }

                    names.Add(speaker);
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the line right before or right after the line text[start..end] (no blank line between) opens with a
        /// speaker's label (<see cref="SpeakerLabels.LabelLength"/>).
        /// </summary>
        private static bool HasLabelledNeighbour(ReadOnlySpan<char> text, int start, int end)
        {
            int before = start - 1;
            if (before >= 0 && text[before] is '\n' or '\r' or '\v' or '\u2028')
            {
                before -= text[before] == '\n' && before > 0 && text[before - 1] == '\r' ? 1 : 0;
                int lineStart = before;
                int limit = Math.Max(0, before - MaxNeighbourScan);
                while (lineStart > limit && !SplitChars.IsLineBreakAt(text, lineStart - 1))
                {
                    lineStart--;
                }

                if (lineStart == 0 || SplitChars.IsLineBreakAt(text, lineStart - 1))
                {
                    lineStart = SplitChars.SkipSpaces(text, lineStart);
                    if (lineStart < before && SpeakerLabels.LabelLength(text[lineStart..before], out _) > 0)
                    {
                        return true;
                    }
                }
            }

            int after = end;
            while (after < text.Length && text[after] is ' ' or '\t')
            {
                after++;
            }

            if (after >= text.Length || text[after] is not ('\n' or '\r' or '\v' or '\u2028'))
            {
                return false;
            }

            after += text[after] == '\r' && after + 1 < text.Length && text[after + 1] == '\n' ? 2 : 1;
            after = SplitChars.SkipSpaces(text, after);
            return after < text.Length && !SplitChars.IsLineBreakAt(text, after)
                && SpeakerLabels.LabelLength(text[after..Math.Min(text.Length, after + MaxWrappedLine)], out _) > 0;
        }

        /// <summary>
        /// Whether <paramref name="previous"/>, a period and <paramref name="rest"/> are one name of code or a file:
        /// "System.Text.Json", "Directory.Build.props", "Console.WriteLine()", "List.Add(item)". The rest goes on with
        /// another period before a letter or digit, opens a call or a type argument, or, after a capitalized name, has a
        /// capital inside a lower-case word ("WriteLine"); or the name before the period is a chain whose last part is
        /// capitalized ("System.Text"). A glued sentence's next word is a plain word ("sales.The company"), so it still
        /// ends there.
        /// </summary>
        private static bool IsQualifiedName(ReadOnlySpan<char> previous, ReadOnlySpan<char> rest)
        {
            int length = rest.Length;
            while (length > 0 && (SplitChars.Terminators.Contains(rest[length - 1]) || SplitChars.Closers.Contains(rest[length - 1]) || rest[length - 1] is ',' or ';' or ':'))
            {
                length--;
            }

            rest = rest[..length];
            // "System.Text" before ".Json": the name before the period is a chain whose last part is capitalized. After a
            // file's name the period ends a glued sentence ("Open settings.json.Then save it.").
            int dot = previous.LastIndexOf('.');
            if (dot > 0 && dot + 1 < previous.Length && char.IsUpper(previous[dot + 1]))
            {
                return true;
            }

            for (int i = 1; i < rest.Length; i++)
            {
                char c = rest[i];
                if ((c == '.' && i + 1 < rest.Length && char.IsLetterOrDigit(rest[i + 1])) || c is '(' or '<' or '_')
                {
                    return true;
                }
            }

            if (!char.IsUpper(previous[0]))
            {
                return false;
            }

            for (int i = 2; i < rest.Length; i++)
            {
                if (char.IsUpper(rest[i]) && SplitChars.IsLowerCase(rest[i - 1]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a thread's counter stands at <paramref name="k"/>: one that closes the line that ends there (<paramref
        /// name="atEnd"/>: "... 2/7", "... (2/7)") or opens the line that starts there before a space ("2/ The first plan",
        /// "2/7 What worked"), N of M with N at most M, and the post before or after it numbered as well within <see
        /// cref="MaxNeighbourScan"/> characters ("1/7" or "3/7", "1/" or "3/"): a date ("on 3/7") stands alone.
        /// </summary>
        private static bool ThreadCounterAt(ReadOnlySpan<char> text, int k, bool atEnd)
        {
            int start = k;
            int end = k;
            if (atEnd)
            {
                end -= end > 0 && text[end - 1] == ')' ? 1 : 0;
                start = end;
                while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '/'))
                {
                    start--;
                }

                if (start > 0 && text[start - 1] == '(')
                {
                    start--;
                }

                if (start == 0 || !SplitChars.IsWhiteSpace(text[start - 1]) && !char.IsSurrogate(text[start - 1]))
                {
                    return false;
                }
            }
            else
            {
                while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '/'))
                {
                    end++;
                }

                if (end >= text.Length || text[end] != ' ')
                {
                    return false;
                }
            }

            ReadOnlySpan<char> counter = text[start..end].Trim('(');
            int slash = counter.IndexOf('/');
            if (slash is < 1 or > 2 || counter.Length - slash - 1 > 2 || counter[(slash + 1)..].Contains('/')
                || !int.TryParse(counter[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n == 0)
            {
                return false;
            }

            ReadOnlySpan<char> total = counter[(slash + 1)..];
            if (total.IsEmpty ? atEnd : !int.TryParse(total, NumberStyles.None, CultureInfo.InvariantCulture, out int m) || n > m)
            {
                return false;
            }

            // The post before or after it, numbered the same way.
            int from = Math.Max(0, start - MaxNeighbourScan);
            int to = Math.Min(text.Length, end + MaxNeighbourScan);
            Span<char> neighbour = stackalloc char[8];
            foreach (int other in (ReadOnlySpan<int>)[n - 1, n + 1])
            {
                if (other >= 1 && other.TryFormat(neighbour, out int written, provider: CultureInfo.InvariantCulture))
                {
                    neighbour[written++] = '/';
                    total.CopyTo(neighbour[written..]);
                    written += total.Length;
                    if (ContainsCounter(text[from..to], neighbour[..written]))
                    {
                        return true;
                    }
                }
            }

            return false;

            static bool ContainsCounter(ReadOnlySpan<char> window, ReadOnlySpan<char> counter)
            {
                for (int at = window.IndexOf(counter); at >= 0; at = window[(at + 1)..].IndexOf(counter) is >= 0 and int next ? at + 1 + next : -1)
                {
                    bool before = at == 0 || !char.IsAsciiDigit(window[at - 1]);
                    int after = at + counter.Length;
                    if (before && (after == window.Length || !char.IsAsciiDigit(window[after])))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> is a page's footer, as text taken out of a PDF has one: the last line
        /// before a form feed, without final punctuation, its fields apart by a column gap of three spaces or more or its
        /// last word a number ("Flood Resilience Review - Interim Findings      Page 1 of 6", "Annual Report 2024   12").
        /// No sentence goes on onto it.
        /// </summary>
        private static bool IsPageFooterAt(ReadOnlySpan<char> text, int k)
        {
            int end = SplitMarkup.LineEnd(text, k);
            int next = end;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]) && text[next] != '\f')
            {
                next++;
            }

            ReadOnlySpan<char> line = text[k..end].TrimEnd();
            return next < text.Length && text[next] == '\f' && !line.IsEmpty && !SplitChars.Terminators.Contains(line[^1])
                && (line.Contains("   ", StringComparison.Ordinal) || char.IsDigit(line[^1]));
        }

        /// <summary>The most words of a heading on a line of its own in a text without capitals (<see cref="ContinuesOnNextLine"/>): "related work".</summary>
        private const int MaxCaselessHeadingWords = 3;

        /// <summary>The fewest words of the line under such a heading, which holds a sentence.</summary>
        private const int MinCaselessSentenceWords = 6;

        private bool ContinuesOnNextLine(ReadOnlySpan<char> text, int segmentStart, int lineBegin, int newline, out int nextLine)
        {
            int k = newline + 1;
            bool blank = text[newline] == '\u2029';
            while (k < text.Length && SplitChars.IsWhiteSpace(text[k]))
            {
                blank |= SplitChars.IsLineBreakAt(text, k) || text[k] == '\f';
                k++;
            }

            nextLine = k;
            int margin = SplitChars.SkipSpaces(text, SplitChars.LineStart(text, newline));
            if (char.IsAsciiDigit(text[margin]) && SplitMarkup.LineNumberEnd(text, margin) is > 0 and int marginNumberEnd)
            {
                // A line's text begins after the number pleading paper prints in its margin (SplitMarkup.LineNumberEnd).
                margin = marginNumberEnd;
            }

            if (k >= text.Length || blank || IsPageFooterAt(text, k)
                || ((IsTableRow(text, k) || IsTableRow(text, newline))
                    && !(BreaksWordAtEnd(text, lineBegin, TrimEnd(text, lineBegin, newline)) && SplitChars.IsLowerCase(text[k])))
                || IsBylineAt(text, k) || IsBylineAt(text, margin))
            {
                // (A word broken at a row's end goes on onto the next line in lower case: "... · Grund-\nschule ·
                // Mehrebenenanalyse".)
                return false;
            }

            // Quoted text ("> " at the start of each line of an e-mail reply) goes on only onto a line quoted as
            // well, and a quoted blank line ends it.
            bool quoted = SplitMarkup.QuotePrefixEnd(text, margin, inQuotation: true) > 0;
            int prefixEnd = SplitMarkup.QuotePrefixEnd(text, k, inQuotation: quoted);
            if (quoted != (prefixEnd > 0)
                || (prefixEnd > 0 && SplitMarkup.IsQuotedBlankLine(text, k)))
            {
                return false;
            }

            // A quoted line starts at the margin when its prefix does: the text after the prefix is where it begins.
            bool atMargin = SplitChars.IsLineBreakAt(text, k - 1);
            if (prefixEnd > 0)
            {
                _quotedLine = SplitChars.LineStart(text, k);
                k = nextLine = prefixEnd;
            }
            else if (char.IsAsciiDigit(text[k]) && SplitMarkup.LineNumberEnd(text, k) is > 0 and int numberEnd)
            {
                // A sentence goes on after the number that pleading paper prints in the margin of its next line ("...residing"
                // over "21  in the County of ..."), and a line numbered and blank else ends the paragraph as a blank line does.
                if (SplitChars.EndsLine(text, numberEnd))
                {
                    return false;
                }

                k = nextLine = numberEnd;
            }

            // A thread's posts copied one a line, numbered as a thread numbers them, are each its own: "...and scrapped it
            // 2/7" over "What worked instead: ...", "2/ The first plan" over "3/ What worked instead".
            if (ThreadCounterAt(text, TrimEnd(text, lineBegin, newline), atEnd: true) || ThreadCounterAt(text, k, atEnd: false))
            {
                return false;
            }

            ListMarker nextMarker = ReadListMarker(text, k, lineStart: true, previous: default, afterLead: false);
            if ((nextMarker.Length > 0 && !IsStrayLetter(text, segmentStart, newline, k, nextMarker) && !IsWrappedNumber(text, segmentStart, newline, k, nextMarker))
                || OpensWithClauseNumber(text, k))
            {
                return false;
            }

            // No line goes on onto a time stamp ("Storms knock out power across the Southeast" over "Published Sept. 3,
            // 2025 at 9:02 a.m."), nor onto a timed entry of a schedule or a show's notes ("02:45 – How Lena got into
            // plant science", ClockEntryDash), nor from a line that opens with a time of a video's or a show's chapters
            // onto another ("(07:15) Room vs. microphone: the experiment" over "(16:30) What foam actually does";
            // OpensWithClockTime), nor from a line that opens with a quantity onto another (a recipe's
            // ingredients: "60 g grated Parmesan, plus extra for the top" over "2 tbsp. chopped fresh parsley"), nor onto a
            // copyright notice ("Unsubscribe | Privacy policy" over "© 2024 Acme Media"),
            // nor onto a line of markup alone (a rule, a code fence, a reStructuredText directive; not an address in angle
            // brackets, which a sentence may wrap onto), and a line of Markdown images alone (a README's badges) goes on
            // onto no line, nor another onto it; a link may be a sentence's words, wrapped onto a line.
            if (TimestampLineEnd(text, k) > 0 || EntryDash(text, k) > 0 || (OpensWithQuantity(text, k) && OpensWithQuantity(text, margin))
                || (OpensWithClockTime(text, k) && OpensWithClockTime(text, margin))
                || SplitMarkup.MarkupLineEnd(text, k, ref _fences, tags: false) >= 0 || IsImageLineAt(text, k)
                || (IsDatedLine(text, k) && !LeavesLineOpen(text, lineBegin, TrimEnd(text, lineBegin, newline)))
                || (IsDatedLine(text, margin) && !SplitChars.Terminators.Contains(text[k]) && (!SplitChars.IsLowerCase(text[k]) || OpensWithHandle(text, k)))
                || text[k] == '\u00A9' || IsImageLineAt(text, margin))
            {
                return false;
            }

            // An example indented under a lead-in that a colon ends is no part of its sentence (CodeUnderLeadInEnd), and
            // a line less indented than the one before it but more than the segment's first closes a hanging block, as
            // a definition's header wrapped over lines deeper than its text is (Texinfo's " -- Function: int verify
            // (const\n          mpz_t y)" over "     Verifies a signature"), and a term's line over its description indented
            // deeper (OpensDefinitionBody).
            if (prefixEnd < 0 && (CodeUnderLeadInEnd(text, k) >= 0 || ClosesHangingBlock(text, segmentStart, newline, k)
                || OpensDefinitionBody(text, segmentStart, newline, k) || OpensLabelledBlock(text, segmentStart, newline, k)))
            {
                return false;
            }

            // Lines are joined only into a sentence that ends somewhere in the paragraph: a block of lines without
            // final punctuation is a list of headings ("features\ncontact manager"). Or in a paragraph of wrapped
            // prose, where a sentence has ended inside a line before, its last sentence goes on without its period, as a
            // page break cuts one ("... in March, and the authority\nexpects that growth to continue as the"), from a
            // line of wrapped length, measured from its margin however late in it the sentence starts ("...the registry. For
            // other\nregistries, scope it"), onto one, or onto the paragraph's last line ("Mix well\nflour\nsugar" is a list).
            // So is a list's lead-in, from four words on, wrapped onto a line in lower case that a colon ends before a
            // list, an example indented under it or the paragraph's end ("The options are supported by both the\ncommand
            // and the library:" over "- --verbose"; not a heading over one: "Setup\nrun these:"), and before an example
            // without the colon, after a line of prose's length ("...can be compiled and linked\nwith the command line"
            // over "     gcc sha.c"). And a line that leaves its phrase open (a comma,
            // "and", "of", an abbreviation such as "i.e." or "e.g.", a bracket left open) goes on onto a line in lower case,
            // in a list without final punctuation too ("* Runs before the package is packed, i.e.\nduring publish"), and so
            // does a list item onto a line in lower case indented to its text ("* Path to a folder (selects all\n  workspaces
            // in it)"), or no deeper than its marker from a line of a wrapped item's length ("- Format paragraph now
            // recognizes Python block comments and reformats\nthem correctly (MH)"), and a line of wrapped length that ends on
            // a word onto one that opens with a preposition or a conjunction in lower case ("...prints a leading zero on the
            // fractional part\nof ctime timestamps"; not code's "{\nfor await (const chunk of readable)") or that ends with one
            // ("...document available at\nhttp://www.gnu.org/software/coreutils/faq/"), but not onto a statement of code,
            // and a line that a title ends onto the name on the next ("...on this subject, Mr.\nBennet observed:").
            // A paragraph that a semicolon and a conjunction end, as an item of a legal list ("...of this License; or"),
            // ends a sentence as a terminator does, and so, for lines of wrapped length, does one that a colon, a comma or
            // a dash ends before what it introduces ("...she blushed as she\nanswered:" over a quotation).
            int lineEnd = TrimEnd(text, lineBegin, newline);
            if (BreaksWordAtEnd(text, lineBegin, lineEnd) && SplitChars.IsLowerCase(text[k]))
            {
                // A word broken at the line's end goes on onto the next line in lower case, in a block without final
                // punctuation too (".../concepts/time-\nsharing-gpus").
                return true;
            }

            // In a text written without capitals the next line's case tells nothing: a short line of its own between
            // sentences, without final punctuation and leaving no phrase open, over a line that ends a sentence, is a
            // section's heading ("related work" over "several approaches have been proposed ."), as its capitalized
            // form is.
            if (segmentStart == margin && lineEnd > margin && char.IsLetter(text[lineEnd - 1])
                && CountWords(text, margin, lineEnd, MaxCaselessHeadingWords + 1) <= MaxCaselessHeadingWords
                && text[k..SplitMarkup.LineEnd(text, k)].IndexOfAny(SplitChars.Terminators) >= 0
                && CountWords(text, k, SplitMarkup.LineEnd(text, k), MinCaselessSentenceWords) >= MinCaselessSentenceWords
                && !LeavesPhraseOpen(text, lineBegin, lineEnd) && IsCaseless(text))
            {
                return false;
            }

            if (!TerminatorBeforeParagraphEnd(text, k)
                && !JoinsCaptions(text, lineBegin, k)
                && EndingOf(text, k) is not ParagraphEnding.ClauseOfList
                && !((IsWrappedLength(text, margin, newline, k) || IsWrappedLength(text, lineBegin, newline, k))
                    && (EndingOf(text, k) is ParagraphEnding.Introduction || EndsSentenceInsideLine(text, newline)))
                && !(SplitChars.IsLowerCase(text[k])
                    && ((CountWords(text, segmentStart, newline, MinLeadInWords) >= MinLeadInWords && IsWrappedLeadIn(text, k, LeadsIntoExample(text, segmentStart, margin, lineEnd, k)))
                        || LeavesPhraseOpen(text, lineBegin, lineEnd)
                        || IndentedUnderItem(text, segmentStart, k)
                        || WrapsItem(text, segmentStart, lineEnd, k)
                        || (SplitChars.Columns(text[margin..lineEnd]) >= MinWrappedLine && lineEnd > lineBegin
                            && char.IsLetterOrDigit(text[lineEnd - 1]) && (OpensWithLinkWord(text, k) || EndsWithPreposition(text, lineBegin, lineEnd))
                            && !IsStatementLine(text, k))))
                && !EndsWithTitle(text, lineBegin, lineEnd))
            {
                return false;
            }

            // A wire story's dateline opens its lead, onto which no line above it goes on, one that leaves its phrase open
            // aside: a digest's headline over a short lead ("Bundestag beschließt Rentenpaket" over "BERLIN (dpa) - Der
            // Bundestag hat ...", "... heat pumps" over "BRUSSELS - The European Commission ...").
            if (lineEnd > lineBegin && OpensWithDateline(text, k) && !LeavesPhraseOpen(text, lineBegin, lineEnd))
            {
                return false;
            }

            // A table's row, a leader between its label and its value, goes on from no line above it: "Selected
            // financial data (in millions):" over "Net sales ........ $2,410.3".
            if (IsLeaderRow(text, k))
            {
                return false;
            }

            // A file's path or a name of code alone on a line, under another, is an item of a listing ("lib/Your/Module.pm\n
            // t/some_test.t"), not wrapped prose.
            if (IsPathLine(text[lineBegin..lineEnd]) && IsPathLine(text[k..TrimEnd(text, k, SplitMarkup.LineEnd(text, k))]))
            {
                return false;
            }

            // A web or e-mail address alone on a line without final punctuation, after a line that does not end in a
            // lower-case word, is a line of a contact block or a letterhead ("+1 412-555-0188\npress@acme.example"),
            // not the wrapped end of a sentence ("please write to\nhelp@acme.example.").
            if ((IsAddressLine(text, k) || IsPhoneLine(text, k)) && SplitChars.LastLowerCaseWord(text, lineBegin, lineEnd) < 0)
            {
                return false;
            }

            // Nor does an address that closes a line after a sentence, bracketed or not, go on onto a line that opens
            // with a capital ("Free Software Foundation, Inc. <https://fsf.org/>\nEveryone is permitted").
            if (lineBegin > margin && !SplitChars.IsLowerCase(text[k])
                && IsAddressLine(text, lineBegin + (text[lineBegin] == '<' ? 1 : 0)))
            {
                return false;
            }

            // A line of fields, parted by a spaced pipe or middle dot, or one that a web or e-mail address ends, is
            // a line of a letterhead, a footer, a byline or a contact block: it goes on onto no line that opens with a
            // capital ("Acme · Rua de S. Bento, 112, Lisboa · Tel. 21 345 67 89" over "Se não pretender ...", "For
            // information: tel. 055 438 2211; e-mail: grants@region.example.it" over "This call is published ...", "RRP £
            // 329.00 | You save £ 79.01" over "Incl. VAT.").
            if (lineEnd > lineBegin && !SplitChars.IsLowerCase(text[k])
                && (PartsFields(text[lineBegin..lineEnd]) || StartsWithAddress(text, LastTokenStart(text, lineBegin, lineEnd), lineEnd)))
            {
                return false;
            }

            // An e-mail reply's attribution ("On Tue, Dec 1, 2026 at 10:02 AM, Priya wrote:") is a line of its own, even
            // when the quoted text under it is quoted with it.
            if (lineEnd > lineBegin && text[lineEnd - 1] == ':' && _rules.IsReplyAttribution(text[lineBegin..lineEnd]))
            {
                return false;
            }

            // A letter's closing of the language's words on a line of its own goes on onto no signature, whatever
            // closes the signature's line ("Ever your affectionate husband,\nJ. Merriweather, Capt.", "Best regards,\nDana
            // Ruiz, Ph.D."), wherever the letter stands in a collection of letters.
            if (segmentStart == lineBegin && lineEnd > lineBegin && text[lineEnd - 1] == ',' && !SplitChars.IsLowerCase(text[k])
                && _rules.StartsWithClosing(text[lineBegin..lineEnd]) && IsSalutation(text, lineBegin, lineEnd))
            {
                return false;
            }

            // A letter's salutation of the language's words on a line of its own goes on onto no body, whatever the case
            // the body opens in, as German, French, Spanish, Dutch and casual English letters write it ("Sehr geehrte Frau
            // Lind,\nvielen Dank für ...", "Bonjour Paul,\nmerci pour ...").
            if (segmentStart == lineBegin && lineEnd > lineBegin && text[lineEnd - 1] == ',' && IsPhrasedSalutation(text, lineBegin, lineEnd)
                && _rules.StartsWithSalutation(text[lineBegin..lineEnd]) && IsSalutation(text, lineBegin, lineEnd))
            {
                return false;
            }

            // A step's heading, its label and number before a colon or a period, goes on onto no line that opens with a
            // capital, however short that line ("Step 2: Drain the tank" over "Pour it out.", "Étape 1 : Videz le réservoir").
            if (segmentStart == lineBegin && lineEnd > lineBegin && !SplitChars.Terminators.Contains(text[lineEnd - 1])
                && char.IsUpper(text[k]) && OpensWithStepLabel(text[lineBegin..lineEnd]))
            {
                return false;
            }

            // A speaker's turn after another's ("Amanda: Don't be shy\nHannah: If you say so."): each turn is a line.
            int turnStart = Math.Min(margin, lineEnd);
            if (SpeakerLabels.LabelLength(text[k..Math.Min(text.Length, k + MaxWrappedLine)], out _) > 0
                && SpeakerLabels.LabelLength(text[turnStart..lineEnd], out _) > 0)
            {
                return false;
            }

            // A review's rating over its title or its text ("5.0 out of 5 stars Lid broke after a month", "★★★★☆") is a
            // line of its own, and no line goes on onto one.
            if (SplitChars.OpensWithRating(text[turnStart..lineEnd]) || SplitChars.OpensWithRating(text[k..Math.Min(text.Length, k + MaxWrappedLine)]))
            {
                return false;
            }

            // So is the line of where and when a shop's review was written ("2026年1月21日に日本でレビュー済み",
            // "Reviewed in the United States on January 21, 2026").
            if (_rules.IsReviewStamp(text[turnStart..lineEnd]))
            {
                return false;
            }

            // A chat client's header over a message ("Carol Diaz  9:15 AM") is a line of its own, and so is each line of
            // a chat client's log.
            if (SpeakerLabels.IsHeaderLine(text[turnStart..lineEnd], out _) || IsHeaderLineAt(text, k) || IsChatLog())
            {
                return false;
            }

            if (!TerminatorBeforeParagraphEnd(text, k) && JoinsCaptions(text, lineBegin, k))
            {
                // Automatic captions pasted as text are speech wrapped at a caption's width: their lines are one run
                // of words, which the run-on cutter cuts where its sentences most likely end.
                return true;
            }

            if (SplitChars.Terminators.Contains(text[k]) || text[k] is ',' or ';' or ':')
            {
                // Punctuation that closes the line before it: "the last line\n." is one sentence.
                return true;
            }

            if (SplitChars.EndsWithEmoji(text, lineBegin, lineEnd))
            {
                // An emoji or emoticon closes its line's sentence, as messages and reviews write them: "book a tour
                // :)\nwould stay again".
                return false;
            }

            int first = k;
            while (first < text.Length && SplitChars.Openers.Contains(text[first]))
            {
                first++;
            }

            // A line of a review page's furniture that opens its segment, in title case and shorter than a wrapped line
            // ("Verified Purchase") or parted into fields ("Not Recommended | 12.1 hrs on record"), that the next line's
            // first word would have fitted on, within the paragraph's longest line, was not wrapped there: its writer
            // broke it, and the review under it opens a sentence in lower case too ("battery lasts two days...", "runs
            // like garbage on pc.").
            if (first < text.Length && lineBegin == segmentStart && lineBegin == margin
                && ((IsTitleLine(text[lineBegin..lineEnd]) && SplitChars.Columns(text[lineBegin..lineEnd]) < MinWrappedLine)
                    || PartsFields(text[lineBegin..lineEnd]))
                && !LeavesPhraseOpen(text, lineBegin, lineEnd) && !EndsWithTitle(text, lineBegin, lineEnd)
                && !BreaksWordAtEnd(text, lineBegin, lineEnd) && FitsNextWord(text, newline, lineEnd, first))
            {
                return false;
            }

            // A label's line that lists short values ("Cons: noise, small rooms, wifi kept dropping") is a line of its own:
            // a capitalized line under it opens a sentence ("Overall a solid 3.5/5 for a city break.").
            if (first < text.Length && char.IsUpper(text[first]) && lineBegin == margin && IsLabelLine(text, margin)
                && ListsShortValues(text[margin..lineEnd]) && !LeavesPhraseOpen(text, lineBegin, lineEnd))
            {
                return false;
            }

            // A line that opens with a bracket is judged like one that opens with a capital: after a heading it starts
            // the text ("Methods\n(All samples...").
            if (first < text.Length && SplitChars.IsLowerCase(text[first]) && text[k] != '(')
            {
                return true;
            }

            if (BreaksWordAtEnd(text, lineBegin, lineEnd))
            {
                // A word broken at the end of the line goes on on the next, whatever its case ("Sensi-\nData").
                return true;
            }

            if (EndsWithTitle(text, lineBegin, lineEnd) && char.IsUpper(text[k]))
            {
                // A title at the line's end goes on onto the name, whatever follows it ("I appeal to Mr.\nDarcy:--but").
                return true;
            }

            // A line in title case is a heading, but not a line that a sentence from the lines before goes on to ("...copies
            // of the Unicode Standard\nCore Specification, Unicode Technical Reports, Unicode Technical\nNotes, Unicode Code
            // Charts"), nor the end of a long line where a sentence starts late ("...as the day before had done. Mrs. Hurst
            // and Miss\nBingley had spent"), nor a line of a paragraph in capitals wrapped onto the next, as a licence's
            // disclaimer is (WrapsInCapitals), nor a line of wrapped length over a line that opens with the last words of
            // its sentence ("IDLE is Python's Integrated Development and Learning\nEnvironment. The user documentation is";
            // OpensWithFragment). A label's line ("Name: Jordan Ellis") is one of its own, but not under a line of wrapped
            // prose that a lower-case word leaves open ("...nothing in comparison of\nEnscombe: she did not cease"), or a
            // preposition or a word that leaves its phrase open ("...one main cause, identified by\nMicrosoft engineers: the
            // cache"). Nor a line that an article, a conjunction or "of" leaves open ("Defendant Northwind Ltd is a\nDelaware
            // company that"): no title ends in one.
            int fromMargin = SplitChars.Columns(text[margin..lineEnd]);
            bool lateInProse = lineBegin > margin && fromMargin >= MinProseLine;
            if ((!lateInProse && IsTitleLine(text[lineBegin..lineEnd]) && !_rules.EndsWithOpenWord(text[lineBegin..lineEnd])
                    && !GoesOnProse(text, segmentStart, lineBegin, lineEnd)
                    && !WrapsInCapitals(text, lineBegin, lineEnd) && !(fromMargin >= MinWrappedLine && OpensWithFragment(text, k)))
                || (IsLabelLine(text, k)
                    && !(fromMargin >= MinProseLine && SplitChars.LastLowerCaseWord(text, lineBegin, lineEnd) is >= 0 and int lastWord
                        && (EndsSentenceInsideLine(text, newline) || _rules.IsOpenEnd(text[lastWord..lineEnd]) || _rules.IsPreposition(text[lastWord..lineEnd])))))
            {
                return false;
            }

            if (atMargin)
            {
                // The next line starts at the margin (of the quotation, for a quoted line). A line stamped as the one
                // before it ("[10:33] alice: ...") or numbered as it is ("360519 memory.vgtest might fail with newer
                // gcc\n360571 Error about the runtime", a changelog's bug numbers) is a record of its own; after a short
                // list item it is no wrapped part of the item ("- Costs rose\nWe recommend"), after a long one, or one
                // that ends in a short lower-case word, it is ("strong sales in\nGermany").
                int physical = SplitChars.LineStart(text, newline);
                if (prefixEnd > 0)
                {
                    // The line before is quoted too (checked above): it is measured from its quotation's margin.
                    physical = SplitMarkup.QuotePrefixEnd(text, SplitChars.SkipSpaces(text, physical), inQuotation: true);
                }

                int begin = SplitChars.SkipSpaces(text, physical);
                if ((text[k] == '[' && text[begin] == '[' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))
                    || (IsRecordNumberAt(text, k) && IsRecordNumberAt(text, begin))
                    || (ReadListMarker(text, begin, lineStart: true, previous: default, afterLead: false).Length > 0
                        && lineEnd - physical < MinWrappedItem && !EndsWithShortLowerCaseWord(text, begin, lineEnd)))
                {
                    return false;
                }
            }

            // A segment's first line does not go on onto a short line that the paragraph goes on after, unless it leaves
            // its phrase open: wrapped prose leaves a line short at its paragraph's end, so such a line is one of its
            // own, as a byline or a dateline under a headline is ("Metro line opens tomorrow in Istanbul\nBy Jane
            // Doe\nUpdated: 12 March 2024 14:35"). Text taken out of a PDF runs its paragraphs on without a blank line:
            // the short last line of a sentence wrapped over several goes on with it ("...at 12h 00m Greenwich\nMean Time").
            // A short line indented deeper than the segment's is a sentence's example or an item's note, not a line of
            // its own ("...to do that pass\n\t-G Ninja\nto the cmake invocation").
            if (segmentStart >= SplitChars.LineStart(text, newline) && k - SplitChars.LineStart(text, k) <= margin - SplitChars.LineStart(text, newline)
                && IsShortLineInsideParagraph(text, k) && !LeavesPhraseOpen(text, lineBegin, lineEnd))
            {
                return false;
            }

            // A line that ends on a word in lower case does not go on onto one that opens with a sentence starter before
            // a word in lower case ("...the jar is easy to clean\nThe lid fits tight", a review written a sentence a line
            // without periods): wrapped prose would write the starter in lower case (OpensSentenceAfterLowerCaseWord).
            if (OpensSentenceAfterLowerCaseWord(text, lineBegin, lineEnd, first))
            {
                return false;
            }

            // A sentence that starts late in a line as long as wrapped prose's goes on onto the next ("...more cargo than
            // ever before in the previous year. Container\nTraffic rose"); in a short one it does not ("Step 2. Mix the
            // flour\nThen wait").
            // Lines are measured in columns, a wide character (CJK) counting two, as a terminal wraps them.
            int lineLength = SplitChars.Columns(text[lineBegin..lineEnd]);
            int measured = lateInProse ? fromMargin : lineLength;

            int nextBreak = text[k..].IndexOfAny(SplitChars.LineBreaks);
            int nextLength = SplitChars.Columns(nextBreak < 0 ? text[k..] : text.Slice(k, nextBreak));
            if (lineBegin == margin && measured >= MinWrappedLine && lineLength <= MaxCjkTitle && IsCjkTitleLine(text, lineBegin, lineEnd)
                && lineLength + CjkFirstUnitColumns(text, k) <= SplitChars.Columns(text[k..TrimEnd(text, k, nextBreak < 0 ? text.Length : k + nextBreak)]))
            {
                // A line of CJK without a terminator, as short as a title, that the next line's first character (a
                // Korean word) would have fitted on within the next line's own width was not wrapped there: it is a
                // review's or a section's title over its text ("駅前の新しい店で食べた限定の塩ラーメン" over a longer line of
                // prose). CJK wrapped at a width fills its lines, all but the last, and the next line is no longer.
                return false;
            }

            if (lineBegin == margin && measured >= MinWrappedLine && first < text.Length && char.IsUpper(text[first])
                && IsQuotedTitleLine(text[lineBegin..lineEnd]))
            {
                // A line that one quotation fills, without final punctuation inside it, is a review's title quoted whole
                // over a capitalized line ('"Quiet rooms, but a long walk to the beach"' over "Liked · Friendly staff"):
                // quoted speech wrapped in prose ends with a mark or goes on after its closing quote.
                return false;
            }

            return (measured >= MinWrappedLine || _rules.EndsWithOpenWord(text[lineBegin..lineEnd]) || EndsWithTitle(text, lineBegin, lineEnd))
                && lineLength <= MaxWrappedLine && nextLength <= MaxWrappedLine;
        }

        /// <summary>The quotation marks that <see cref="IsQuotedTitleLine"/> finds no more of inside its quotation.</summary>
        private static readonly SearchValues<char> s_quotationMarks = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB");

        /// <summary>
        /// Whether <paramref name="line"/> is one quotation and nothing else, in straight, curly or angle quotation marks
        /// ('"Easy to set up, hard to leave"', "„Gutes Hotel, laute Straße“", "«Bon séjour»"), with no other
        /// quotation mark inside and a letter or digit before its closing mark (no terminator, comma or dash).
        /// </summary>
        private static bool IsQuotedTitleLine(ReadOnlySpan<char> line)
        {
            if (line.Length < 3 || !char.IsLetterOrDigit(line[^2]))
            {
                return false;
            }

            char close = line[0] switch
            {
                '"' => '"',
                '\u201C' => '\u201D',
                '\u201E' => '\u201C',
                '\u00AB' => '\u00BB',
                '\u00BB' => '\u00AB',
                _ => '\0',
            };
            return close != '\0' && line[^1] == close && line[1..^1].IndexOfAny(s_quotationMarks) < 0;
        }

        /// <summary>The most columns of a CJK line without a terminator read as a title (<see cref="IsCjkTitleLine"/>): 30 wide characters, well under the 40 a line wrapped at 80 columns holds.</summary>
        private const int MaxCjkTitle = 60;

        /// <summary>
        /// Whether the line text[lineBegin..lineEnd] is written in CJK (its first and last characters Han, kana or
        /// Hangul, or a bracket or quotation mark around them) and holds no terminator: a title's shape ("中目黒で人気の
        /// 鶏白湯", "흡입력 좋고 조용한 청소기").
        /// </summary>
        private static bool IsCjkTitleLine(ReadOnlySpan<char> text, int lineBegin, int lineEnd)
        {
            ReadOnlySpan<char> line = text[lineBegin..lineEnd].Trim("\"'\u201C\u201D\u300C\u300D\u300E\u300F\uFF08\uFF09\u3010\u3011\u3014\u3015\u3008\u3009\u300A\u300B");
            return line.Length > 0 && SplitChars.IsCjkLetter(line[0]) && SplitChars.IsCjkLetter(line[^1])
                && text[lineBegin..lineEnd].IndexOfAny(SplitChars.Terminators) < 0;
        }

        /// <summary>
        /// The columns the first unit of the line at <paramref name="k"/> needs at the end of the line before: a Han
        /// character or kana and the one after it (a mark such as "、" that may not open a line travels with the
        /// character before it), or a word and the space before it in scripts that write spaces (Korean), or a number
        /// up to the Han character or kana after it ("20分").
        /// </summary>
        private static int CjkFirstUnitColumns(ReadOnlySpan<char> text, int k)
        {
            if (k < text.Length && IsHanOrKana(text[k]))
            {
                return SplitChars.Columns(text[k..Math.Min(text.Length, k + 2)]);
            }

            int end = k;
            while (end < text.Length && !SplitChars.IsWhiteSpace(text[end]) && !IsHanOrKana(text[end]))
            {
                end++;
            }

            return 1 + SplitChars.Columns(text[k..end]);

            static bool IsHanOrKana(char c) => SplitChars.IsCjkLetter(c) && c is < '\uAC00' or > '\uD7AF';
        }

        /// <summary>
        /// Whether the line text[lineBegin..lineEnd] ends where its phrase cannot: after a comma, a lower-case open word
        /// ("and", "of", "the"; <see cref="SplittingRules.EndsWithOpenWord"/>) or an abbreviation that ends a sentence only
        /// before a sentence starter ("cf.", "approx."; <see cref="SplittingRules.IsGeneral"/>) or never ("i.e.", "e.g.",
        /// "Mr."; <see cref="SplittingRules.IsTitle"/>), or with a round or
        /// square bracket left open ("(selects all", "[Large parts of this entry are quoted from a comment by Eric Blake in").
        /// </summary>
        private readonly bool LeavesPhraseOpen(ReadOnlySpan<char> text, int lineBegin, int lineEnd)
        {
            if (lineEnd <= lineBegin)
            {
                return false;
            }

            if (text[lineEnd - 1] == ',')
            {
                return true;
            }

            if (text[lineEnd - 1] != '.')
            {
                return _rules.EndsWithOpenWord(text[lineBegin..lineEnd]) || LeavesBracketOpen(text[lineBegin..lineEnd]);
            }

            int word = lineEnd - 1;
            while (word > lineBegin && !SplitChars.IsWhiteSpace(text[word - 1]) && !SplitChars.Openers.Contains(text[word - 1]))
            {
                word--;
            }

            return word < lineEnd - 1 && (_rules.IsGeneral(text[word..(lineEnd - 1)]) || _rules.IsTitle(text[word..(lineEnd - 1)]));
        }

        /// <summary>
        /// How the paragraph from <paramref name="from"/> ends, when it ends without a terminator (the caller has set
        /// <c>_nextBlank</c> to its end): with a semicolon and a list conjunction ("...; or", "...; and"), as an item of a
        /// legal list does, or with a colon, a comma or a dash, as a sentence that introduces a quotation or a list does.
        /// </summary>
        private ParagraphEnding EndingOf(ReadOnlySpan<char> text, int from)
        {
            if (_endingParagraph != _nextBlank)
            {
                // Once per paragraph: its lines share its end.
                _endingParagraph = _nextBlank;
                ReadOnlySpan<char> paragraph = text[from..Math.Max(from, _nextBlank)].TrimEnd();
                // A dash before a closing quotation mark breaks off a speech ("...how did she--\"").
                ReadOnlySpan<char> open = paragraph.TrimEnd("\"'\u201D\u2019)]");
                _ending = EndsAsClauseOfList(paragraph)
                    ? ParagraphEnding.ClauseOfList
                    : (paragraph.Length > 0 && paragraph[^1] is ':' or ',') || (open.Length > 0 && open[^1] is '\u2014' or '\u2013') || open.EndsWith("--")
                        ? ParagraphEnding.Introduction
                        : ParagraphEnding.None;
            }

            return _ending;
        }

        /// <summary>
        /// Whether <paramref name="span"/> ends as an item of a legal list does, with a semicolon and a list conjunction in
        /// lower case ("...of this License; or", "WHEREAS, the Client ...; and").
        /// </summary>
        private readonly bool EndsAsClauseOfList(ReadOnlySpan<char> span)
        {
            int word = SplitChars.LastLowerCaseWord(span, 0, span.Length);
            return word > 0 && _rules.IsListConjunction(span[word..]) && span[..word].TrimEnd().EndsWith(';');
        }

        /// <summary>The fewest digits of a number that opens a record's line (<see cref="IsRecordNumberAt"/>).</summary>
        private const int MinRecordDigits = 3;

        /// <summary>Whether a number of at least <see cref="MinRecordDigits"/> digits and a space or tab start at <paramref name="k"/> ("360519 Fix the crash").</summary>
        private static bool IsRecordNumberAt(ReadOnlySpan<char> text, int k)
        {
            int p = k;
            while (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                p++;
            }

            return p - k >= MinRecordDigits && p < text.Length && text[p] is ' ' or '\t';
        }

        /// <summary>Whether the line text[lineBegin..lineEnd] ends with a title and its period ("Mr.", "Dr."; <see cref="SplittingRules.IsTitle"/>), which a name follows.</summary>
        private readonly bool EndsWithTitle(ReadOnlySpan<char> text, int lineBegin, int lineEnd)
        {
            if (lineEnd - lineBegin < 2 || text[lineEnd - 1] != '.')
            {
                return false;
            }

            int word = lineEnd - 1;
            while (word > lineBegin && char.IsLetter(text[word - 1]))
            {
                word--;
            }

            return word < lineEnd - 1 && (word == lineBegin || !char.IsLetterOrDigit(text[word - 1])) && _rules.IsTitle(text[word..(lineEnd - 1)]);
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> is shorter than <see cref="MinWrappedLine"/> columns and ends without a
        /// terminator, and another line of its paragraph follows it (no blank line between) that opens no list item
        /// (after a list item's last line, "(Closes: #874264)", the next item opens) and that it does not go on onto (it
        /// leaves no phrase open, and the next line does not open in lower case): not a line that wrapped prose would
        /// leave short.
        /// </summary>
        private readonly bool IsShortLineInsideParagraph(ReadOnlySpan<char> text, int k)
        {
            int lineEnd = SplitMarkup.LineEnd(text, k);
            int end = TrimEnd(text, k, lineEnd);
            if (lineEnd >= text.Length || text[lineEnd] == '\u2029' || end <= k || SplitChars.Columns(text[k..end]) >= MinWrappedLine
                || SplitChars.EndsWithTerminator(text, k, end))
            {
                return false;
            }

            int next = SplitChars.SkipSpaces(text, lineEnd + 1);
            return next < text.Length && !SplitChars.IsLineBreakAt(text, next) && text[next] != '\r'
                && ReadListMarker(text, next, lineStart: true, previous: default, afterLead: false).Length == 0
                && !SplitChars.IsLowerCase(text[next]) && !LeavesPhraseOpen(text, k, end);
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> opens a sentence after the line text[lineBegin..lineEnd], which ends on
        /// a word in lower case that leaves no phrase open, or on a capitalized one (<see cref="CapitalizedLastWord"/>) (not "the", "of", "by": <see cref="SplittingRules.EndsWithOpenWord"/>,
        /// <see cref="SplittingRules.IsPreposition"/>): it opens with a capitalized sentence starter of two letters or
        /// more, not in capitals ("ITS data"), before a word in lower case ("clean\nThe lid fits", "loud\nWould recommend"), or
        /// any word in a language that capitalizes its nouns ("reinigen\nDer Deckel"). Not a name that opens
        /// with a starter ("by\nThe Times", "\nThe Hague"), a single letter ("type\nA personality") nor a starter the
        /// language capitalizes inside a sentence too ("können\nSie uns"; <see cref="SplittingRules.IsInnerCapital"/>).
        /// </summary>
        private readonly bool OpensSentenceAfterLowerCaseWord(ReadOnlySpan<char> text, int lineBegin, int lineEnd, int k)
        {
            int last = SplitChars.LastLowerCaseWord(text, lineBegin, lineEnd);
            if (last < 0)
            {
                // Or on a capitalized word, a name or a noun ("...woningbouw in Randstad\nHet geld gaat", "...Reform der
                // Grundsteuer\nNach monatelangem Streit"): a sentence does not go on from it onto a starter before a word
                // in lower case either.
                last = CapitalizedLastWord(text, lineBegin, lineEnd);
            }

            if (last < 0 || _rules.IsOpenEnd(text[last..lineEnd]) || _rules.IsPreposition(text[last..lineEnd]))
            {
                return false;
            }

            ReadOnlySpan<char> word = WordAt(text, k);
            int next = k + word.Length;
            return word.Length >= 2 && char.IsUpper(word[0]) && SplitChars.IsLowerCase(word[1]) && _rules.IsStarter(word) && !_rules.IsInnerCapital(word)
                && next + 1 < text.Length && text[next] == ' '
                && (SplitChars.IsLowerCase(text[next + 1]) || (_rules.NounCapitals && char.IsUpper(text[next + 1])));
        }

        /// <summary>
        /// Whether the line text[lineBegin..lineEnd] leaves its phrase open (<see cref="LeavesPhraseOpen"/>), with a
        /// preposition too ("...approved on"), or a colon ends it ("Deleted:"), before what the next line says.
        /// </summary>
        private readonly bool LeavesLineOpen(ReadOnlySpan<char> text, int lineBegin, int lineEnd) =>
            lineEnd > lineBegin
            && (LeavesPhraseOpen(text, lineBegin, lineEnd) || text[lineEnd - 1] == ':'
                || (SplitChars.LastLowerCaseWord(text, lineBegin, lineEnd) is >= 0 and int last && _rules.IsPreposition(text[last..lineEnd])));

        /// <summary>The most words of a dated line (<see cref="IsDatedLine"/>), its date's among them.</summary>
        private const int MaxDatedLineWords = 7;

        /// <summary>The most words, separators and the time among them, that a dated line's line is read for.</summary>
        private const int MaxDatedLineTokens = 12;

        /// <summary>
        /// Whether the line at <paramref name="k"/> is a name or a place and the date it stands for, as a review or a
        /// post gives its author and its date on a line of their own: at most <see cref="MaxDatedLineWords"/> words that end
        /// with a date, a day, a month of the language and a year of four digits, in either order ("filmfan_77 15 October
        /// 2023", "Jane D. · March 3, 2024", "Berlin, 3. März 2024"), or with how long ago, a number, a unit of the
        /// language's <c>[time-words]</c> and "ago", after a user's handle or a separator ("@mike_plays_blues 2 years ago",
        /// "Posted by u/ISS_Eng • 2 yr. ago"; not "we met 2 years ago"), and no terminator; the time of day may follow the date
        /// ("asked Jun 14, 2021 at 9:31", "by bitrot_hunter » Sat Mar 02, 2024 5:03 pm"), and separators ("·", "•", "»",
        /// "|", dashes) are no words; or a date written as one word before the time of day (<see cref="IsDateWord"/>: an
        /// issue tracker's "Dana Ruiz added a comment - 12/Feb/25 4:40 PM"); or the sender, a comma and the date and time
        /// in brackets, as a messenger's copied header ("Irene Peters, [14.04.2024 09:32]"): a heading. No line goes on
        /// onto it, unless the line before leaves its phrase open ("...was approved on\n15 October 2023", "Deleted:\nJuly
        /// 22, 1999"; <see cref="LeavesLineOpen"/>), and it goes on onto no line but one in lower case that opens with no
        /// user's handle (<see cref="OpensWithHandle"/>) or a terminator's.
        /// </summary>
        private readonly bool IsDatedLine(ReadOnlySpan<char> text, int k)
        {
            int end = SplitMarkup.LineEnd(text, k);
            ReadOnlySpan<char> line = text[k..end].Trim();
            if (line.Length >= 8 && line[^1] == ']' && line.LastIndexOf('[') is > 0 and int open
                && line[..open].TrimEnd() is [.., ','] sender && SplitChars.CountWords(sender, MaxLabelWordsBeforeStamp + 1) <= MaxLabelWordsBeforeStamp
                && SpeakerLabels.IsDateAndTime(line[(open + 1)..^1]))
            {
                // A messenger's copied header: the sender, a comma and the date and time in brackets ("Irene Peters,
                // [14.04.2024 09:32]", Telegram's).
                return true;
            }

            if (line.Length < 8 || !char.IsLetterOrDigit(line[^1]))
            {
                return false;
            }

            Span<Range> tokens = stackalloc Range[MaxDatedLineTokens + 1];
            int count = 0;
            bool separated = false, named = false;
            foreach (Range range in line.SplitAny(" \t"))
            {
                ReadOnlySpan<char> token = line[range];
                if (token.IsEmpty || token is "\u00B7" or "\u2022" or "\u00BB" or "|" or "-" or "\u2013" or "\u2014")
                {
                    separated |= !token.IsEmpty;
                    continue;
                }

                named |= token.IndexOfAny('@', '/', '_') >= 0;

                if (count == tokens.Length)
                {
                    return false;
                }

                tokens[count++] = range;
            }

            // The time of day after the date: "9:31", "5:03 pm", "at 9:40".
            if (count > 2 && line[tokens[count - 1]] is var meridiem && (meridiem.Equals("am", StringComparison.OrdinalIgnoreCase)
                || meridiem.Equals("pm", StringComparison.OrdinalIgnoreCase)) && IsClock(line[tokens[count - 2]]))
            {
                count--;
            }

            bool clocked = false;
            if (count > 2 && IsClock(line[tokens[count - 1]]))
            {
                clocked = true;
                count--;
                if (count > 3 && line[tokens[count - 1]] is { Length: <= 3 } before && !before.ContainsAnyExcept(s_letters))
                {
                    count--;
                }
            }

            if (clocked && count is >= 2 and <= MaxDatedLineWords && IsDateWord(line[tokens[count - 1]]))
            {
                // A comment's or a post's header that ends with its date written as one word and the time of day: an
                // issue tracker's "Dana Ruiz added a comment - 12/Feb/25 4:40 PM", "Posted by kestrel_9 14.02.2025 08:12".
                return true;
            }

            if (count < 3 || count > MaxDatedLineWords)
            {
                return false;
            }

            if (named && separated)
            {
                // A forum comment's header: a handle and its fields apart by separators, one of them a short age or a
                // score ("[–] u/frugal_frank · 5h · 418 points", "@dana_k · 3d").
                for (int t = 1; t < count; t++)
                {
                    ReadOnlySpan<char> field = line[tokens[t]];
                    if (IsShortAge(field) || (field is "points" or "point" && IsNumber(line[tokens[t - 1]])))
                    {
                        return true;
                    }
                }
            }

            ReadOnlySpan<char> last = line[tokens[count - 1]];
            ReadOnlySpan<char> second = line[tokens[count - 2]].TrimEnd(',');
            ReadOnlySpan<char> first = line[tokens[count - 3]];
            if (last is "ago")
            {
                // How long ago: "2 years ago", "a month ago", "2 yr. ago", after a user's handle or a separator.
                return _rules.IsTimeWord(second.TrimEnd('.')) && (IsNumber(first) || first is "a" or "an")
                    && (named || separated) && !_rules.IsStarter(line[tokens[0]]);
            }

            return last.Length == 4 && last.IndexOfAnyExceptInRange('0', '9') < 0 && last[0] is '1' or '2'
                && ((IsDay(first) && _rules.IsMonth(second.TrimEnd('.'))) || (_rules.IsMonth(first.TrimEnd('.')) && IsDay(second)));

            static bool IsDay(ReadOnlySpan<char> word)
            {
                word = word.TrimEnd('.');
                return word.Length is 1 or 2 && IsNumber(word);
            }

            static bool IsNumber(ReadOnlySpan<char> word) => !word.IsEmpty && word.IndexOfAnyExceptInRange('0', '9') < 0;

            // "5h", "3d", "2w", "1y", "12mo", "2yr": a post's age as a forum writes it.
            static bool IsShortAge(ReadOnlySpan<char> word)
            {
                int digits = word.IndexOfAnyExceptInRange('0', '9');
                return digits is > 0 and <= 3 && word[digits..] is "h" or "d" or "w" or "y" or "mo" or "yr" or "min";
            }

            // "9:31", "17:05:12".
            static bool IsClock(ReadOnlySpan<char> word) => SpeakerLabels.TimeLength(word) == word.Length && !word.IsEmpty;
        }

        /// <summary>
        /// Whether <paramref name="word"/> is a date written as one word: a day, a month and a year parted by the same '/',
        /// '.' or '-', the month in digits or one of the language's ("12/Feb/25", "14.02.2025", "2025-02-14").
        /// </summary>
        private readonly bool IsDateWord(ReadOnlySpan<char> word)
        {
            int first = word.IndexOfAny('/', '.', '-');
            int last = first < 1 ? -1 : word.LastIndexOf(word[first]);
            if (last <= first + 1 || last == word.Length - 1)
            {
                return false;
            }

            ReadOnlySpan<char> day = word[..first], month = word[(first + 1)..last], year = word[(last + 1)..];
            return day.Length + year.Length <= 6 && !day.ContainsAnyExceptInRange('0', '9') && !year.ContainsAnyExceptInRange('0', '9')
                && ((month.Length <= 2 && !month.ContainsAnyExceptInRange('0', '9')) || _rules.IsMonth(month));
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> opens with a user's handle, a word with '_' or '@' in it, as a forum's
        /// quotation under a post's dated header names its writer ("brewdad_ie wrote:"): no prose in lower case goes on so.
        /// </summary>
        private static bool OpensWithHandle(ReadOnlySpan<char> text, int k)
        {
            int end = k;
            while (end < text.Length && !SplitChars.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return text[k..end].TrimEnd(':').IndexOfAny('_', '@') > 0;
        }

        /// <summary>The most words of the sender before a bracketed date and time (<see cref="IsDatedLine"/>).</summary>
        private const int MaxLabelWordsBeforeStamp = 4;

        /// <summary>The ASCII letters, of which a short word before a time of day is ("at", "um", "à" aside).</summary>
        private static readonly SearchValues<char> s_letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u00E0");

        /// <summary>
        /// Where the word of letters that ends text[lineBegin..lineEnd] begins, when it is a whole word of two letters or
        /// more that opens with a capital and has a letter in lower case ("Randstad", "Grundsteuer"; not "NATO" or "I");
        /// otherwise -1.
        /// </summary>
        private static int CapitalizedLastWord(ReadOnlySpan<char> text, int lineBegin, int lineEnd)
        {
            int word = lineEnd;
            while (word > lineBegin && char.IsLetter(text[word - 1]))
            {
                word--;
            }

            return lineEnd - word >= 2 && (word == lineBegin || SplitChars.IsWhiteSpace(text[word - 1])) && char.IsUpper(text[word])
                && SplitChars.IsLowerCase(text[lineEnd - 1]) ? word : -1;
        }

        /// <summary>
        /// Whether <paramref name="marker"/>, a lower-case letter or roman numeral opening the line at <paramref name="k"/>
        /// after <paramref name="newline"/>, is a word of the sentence wrapped onto it rather than an item of a list. The
        /// segment is no list item, and its line ends in no terminator and no colon: a letter after "a" after a word
        /// ("...hold the CONTROL key and type\nu) to erase the line"; a list of letters opens with "a)" or goes on from an
        /// item); a spaced abbreviation's first letter after a word or a comma ("...die Hausaufgabenbetreuung,\nd. h. eine
        /// feste Zeit", "...the decline in pollinators,\ne. g. habitat loss"); or an enumeration's next item in brackets
        /// after a comma or a word that leaves the phrase open, its item before in the segment ("We asked (i) whether ...,
        /// (ii) whether ..., and\n(iii) whether").
        /// </summary>
        private readonly bool IsStrayLetter(ReadOnlySpan<char> text, int segmentStart, int newline, int k, ListMarker marker)
        {
            if (marker.Style is not (MarkerStyle.Lower or MarkerStyle.LowerRoman) || marker.Bullet != '\0'
                || ReadListMarker(text, segmentStart, lineStart: true, previous: default, afterLead: false).Length > 0)
            {
                return false;
            }

            int end = TrimEnd(text, segmentStart, newline);
            if (end <= segmentStart)
            {
                return false;
            }

            char last = text[end - 1];
            if (marker.Style == MarkerStyle.Lower && marker.Number != 0 && char.IsLetterOrDigit(last))
            {
                return true;
            }

            if (marker.Suffix == MarkerSuffix.Period && (char.IsLetterOrDigit(last) || last == ',') && SpacedInitialAt(text, k + marker.Length))
            {
                return true;
            }

            return marker.Suffix == MarkerSuffix.Enclosed && (last == ',' || _rules.EndsWithOpenWord(text[segmentStart..end]))
                && NamesItemBefore(text[segmentStart..end], marker);
        }

        /// <summary>Whether a single letter and a period stand at <paramref name="k"/> before a space: the "h." of "d. h.".</summary>
        private static bool SpacedInitialAt(ReadOnlySpan<char> text, int k) =>
            k + 2 < text.Length && char.IsLetter(text[k]) && text[k + 1] == '.' && SplitChars.IsWhiteSpace(text[k + 2]);

        /// <summary>
        /// Whether <paramref name="segment"/> holds, in brackets, the label of the item before <paramref name="marker"/>'s
        /// in its style: the "(ii)" before a wrapped "(iii)".
        /// </summary>
        private static bool NamesItemBefore(ReadOnlySpan<char> segment, ListMarker marker)
        {
            for (int open = segment.IndexOf('('); open >= 0; open = segment[(open + 1)..].IndexOf('(') is >= 0 and int next ? open + 1 + next : -1)
            {
                int close = segment[(open + 1)..].IndexOf(')');
                if (close is > 0 and <= 5 && ParseLabel(segment.Slice(open + 1, close), marker.Style) is var (style, value)
                    && style == marker.Style && value == marker.Number - 1)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="marker"/>, a number from 2 on opening the line after <paramref name="newline"/>, is the
        /// number of a section or a table that the sentence names at its line's end, wrapped onto the line, rather than an
        /// item of a list: the segment has at least <see cref="MinLeadInWords"/> words and its line ends on a word that a
        /// number labels ("...and any conditions added under section\n7. This requirement modifies";
        /// <see cref="SplittingRules.IsNumberLabel"/>). A list opens with "1.", or under a lead-in that a colon ends. So is
        /// a number from 2 on, or 1 before a month, after a line of hard-wrapped prose that ends on a month, or in lower
        /// case on a preposition, an article or a conjunction, or a word before an ordinal, when the segment is no list's
        /// item: "...den Tod der Zarin Elisabeth am\n5. Januar 1762", "...an dessen\n18. Geburtstag", "The boat left
        /// at\n11. Nobody else came.", "...happened on March\n3. It was", "...OPTIND is initialized to\n1." (not "...is
        /// documented at\n1. http://...", nor "6. database rights ... and\n7. other rights").
        /// </summary>
        private readonly bool IsWrappedNumber(ReadOnlySpan<char> text, int segmentStart, int newline, int k, ListMarker marker)
        {
            if (marker.Style != MarkerStyle.Digits || marker.Bullet != '\0' || marker.Number < 1)
            {
                return false;
            }

            int end = TrimEnd(text, segmentStart, newline);
            int word = end;
            while (word > segmentStart && char.IsLetter(text[word - 1]))
            {
                word--;
            }

            if (word == end || (word > segmentStart && !SplitChars.IsWhiteSpace(text[word - 1])))
            {
                return false;
            }

            ReadOnlySpan<char> last = text[word..end];
            bool wrapped = marker.Number >= 2 && _rules.IsNumberLabel(last);
            if (!wrapped && (marker.Number >= 2 || (k + marker.Length <= text.Length && _rules.IsMonth(WordAt(text, SplitChars.SkipSpaces(text, k + marker.Length))))))
            {
                wrapped = (_rules.IsMonth(last) || (SplitChars.IsLowerCase(last[0]) && (_rules.IsPreposition(last) || _rules.IsOpenEnd(last)
                        || (_rules.OrdinalDot && _rules.IsOrdinalPrefix(last)))))
                    && !FollowsItemNumbered(text, newline, marker.Number - 1);
            }

            return wrapped && CountWords(text, segmentStart, end, MinLeadInWords) >= MinLeadInWords;
        }

        /// <summary>
        /// Whether a line of the paragraph before <paramref name="newline"/>, within <see cref="MaxNeighbourScan"/>
        /// characters, opens with the number <paramref name="number"/> as a list's marker: the line after is that list's
        /// next item ("1. The GNU General Public License ...\n or\n 2. The Less License.").
        /// </summary>
        private static bool FollowsItemNumbered(ReadOnlySpan<char> text, int newline, int number)
        {
            int limit = Math.Max(0, newline - MaxNeighbourScan);
            for (int k = newline - 1; k >= limit; k--)
            {
                if (k > 0 && !SplitChars.IsLineBreakAt(text, k - 1))
                {
                    continue;
                }

                int first = SplitChars.SkipSpaces(text, k);
                if (first >= newline || SplitChars.IsLineBreakAt(text, first))
                {
                    return false;
                }

                if (ReadListMarker(text, first, lineStart: true, previous: default, afterLead: false) is { Length: > 0, Style: MarkerStyle.Digits } marker
                    && marker.Number == number)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="line"/> is one token that names a file or a piece of code, a '/', '\\', '.' or '_'
        /// inside it, without final punctuation and not in brackets or quotes (a cited address goes on its sentence):
        /// "lib/Your/Module.pm", "MANIFEST.SKIP", "bin/some_program".
        /// </summary>
        private static bool IsPathLine(ReadOnlySpan<char> line)
        {
            if (line.Length < 3 || line.Contains(' ') || line.IndexOfAny(SplitChars.OtherWhiteSpace) >= 0
                || !(char.IsLetterOrDigit(line[0]) || line[0] is '.' or '/' or '\\' or '~' or '_')
                || SplitChars.Terminators.Contains(line[^1]) || line[^1] is ',' or ';' or ':')
            {
                return false;
            }

            return line[1..^1].IndexOfAny(s_pathMarks) >= 0;
        }

        /// <summary>The marks inside a path or a name of code (<see cref="IsPathLine"/>).</summary>
        private static readonly SearchValues<char> s_pathMarks = SearchValues.Create("/\\._");

        /// <summary>
        /// Whether <paramref name="line"/> opens more round brackets than it closes, or more square brackets without ending
        /// on one, as a line of code does ("const types = [").
        /// </summary>
        private static bool LeavesBracketOpen(ReadOnlySpan<char> line) =>
            line.Count('(') > line.Count(')') || (line.Count('[') > line.Count(']') && line[^1] != '[');

        /// <summary>
        /// Whether the word at <paramref name="k"/>, before a space, is one of the language's prepositions or a conjunction
        /// before a list's last item ("of", "with", "and"), which go on a phrase rather than open a line of their own; of two
        /// letters or more, so that neither a listing's address ("e6:") nor a bullet written as a letter ("o Support for
        /// sized integer types") is read as Italian's "e" or Spanish's "o".
        /// </summary>
        private readonly bool OpensWithLinkWord(ReadOnlySpan<char> text, int k)
        {
            if (WordAt(text, k) is not { Length: >= 2 } word || k + word.Length >= text.Length || text[k + word.Length] != ' '
                || !(_rules.IsPreposition(word) || _rules.IsListConjunction(word)))
            {
                return false;
            }

            // A stack trace's frame opens with "at" too: the name after it is code ("at node:internal/main/run_main_module:17:47",
            // "at increaseSynergy (/home/actors.js:701:6)", "at <anonymous>").
            int next = k + word.Length + 1;
            int end = next;
            while (end < text.Length && end - next < MaxTokenScan && !SplitChars.IsWhiteSpace(text[end]))
            {
                end++;
            }

            ReadOnlySpan<char> token = text[next..end];
            return !token.IsEmpty && token.IndexOfAny(s_codeMarks) < 0
                && !(token.Length > 1 && (token[1..].ContainsAny(s_innerCodeMarks) || token[1..].ContainsAnyInRange('A', 'Z')));
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> holds a statement of code, one of ";{}=" within its first
        /// <see cref="MaxWrappedLine"/> characters ("for (let i = 0; i &lt; n; i++) {", "const err = check(host);").
        /// </summary>
        private static bool IsStatementLine(ReadOnlySpan<char> text, int k) =>
            text[k..Math.Min(SplitMarkup.LineEnd(text, k), k + MaxWrappedLine)].IndexOfAny(s_statementMarks) >= 0;

        /// <summary>Whether text[lineBegin..lineEnd] ends with one of the language's prepositions in lower case ("at", "to").</summary>
        private readonly bool EndsWithPreposition(ReadOnlySpan<char> text, int lineBegin, int lineEnd) =>
            SplitChars.LastLowerCaseWord(text, lineBegin, lineEnd) is >= 0 and int word && _rules.IsPreposition(text[word..lineEnd]);

        /// <summary>Marks of a statement of code on a line (<see cref="IsStatementLine"/>).</summary>
        private static readonly SearchValues<char> s_statementMarks = SearchValues.Create(";{}=");

        /// <summary>Marks that make a word a name of code or a path (<see cref="OpensWithLinkWord"/>).</summary>
        private static readonly SearchValues<char> s_codeMarks = SearchValues.Create(":/<>=.");

        /// <summary>Marks that make a word a name of code after its first character (<see cref="OpensWithLinkWord"/>).</summary>
        private static readonly SearchValues<char> s_innerCodeMarks = SearchValues.Create("([");

        /// <summary>
        /// Whether the segment at <paramref name="segmentStart"/> is a list item that opens its line, and the line at
        /// <paramref name="k"/> is indented to the item's text, where a Markdown list item goes on ("* Path to a\n  folder").
        /// </summary>
        private static bool IndentedUnderItem(ReadOnlySpan<char> text, int segmentStart, int k) =>
            ItemMarkerAt(text, segmentStart, out int line) is { Length: > 0 } marker
            && k - SplitChars.LineStart(text, k) == segmentStart + marker.Length - line;

        /// <summary>
        /// Whether the segment at <paramref name="segmentStart"/> is a list item that opens its line, the line that ends
        /// at <paramref name="lineEnd"/> has a wrapped item's length (<see cref="MinWrappedItem"/> columns) and the line at
        /// <paramref name="k"/> starts no deeper than the item's marker: the item is wrapped onto it, as plain text and
        /// Markdown's lazy lines write an item ("- Format paragraph now recognizes Python block comments and reformats\nthem
        /// correctly (MH)"). The caller has seen the line at <paramref name="k"/> open in lower case.
        /// </summary>
        private static bool WrapsItem(ReadOnlySpan<char> text, int segmentStart, int lineEnd, int k)
        {
            if (ItemMarkerAt(text, segmentStart, out int line).Length == 0)
            {
                return false;
            }

            int physical = SplitChars.LineStart(text, lineEnd);
            return k - SplitChars.LineStart(text, k) <= segmentStart - line && SplitChars.Columns(text[physical..lineEnd]) >= MinWrappedItem;
        }

        /// <summary>
        /// The list marker that opens the segment at <paramref name="segmentStart"/> when the segment opens its line, and
        /// where that line starts (<paramref name="line"/>); an empty marker otherwise.
        /// </summary>
        private static ListMarker ItemMarkerAt(ReadOnlySpan<char> text, int segmentStart, out int line)
        {
            line = segmentStart;
            while (line > 0 && !SplitChars.IsLineBreakAt(text, line - 1) && SplitChars.IsWhiteSpace(text[line - 1]))
            {
                line--;
            }

            return line > 0 && !SplitChars.IsLineBreakAt(text, line - 1)
                ? default
                : ReadListMarker(text, segmentStart, lineStart: true, previous: default, afterLead: false);
        }

        /// <summary>
        /// Whether the line before the one that holds <paramref name="k"/> is quoted, so that the line of
        /// <paramref name="k"/> goes on the quotation ("&gt; 25 percent" is then quoted, no comparison): it opens with a
        /// quotation prefix, or it was read as quoted (a line that starts with "&gt;" and a number after a quoted line:
        /// "&gt; 25 people came.\n&gt; 30 people left.").
        /// </summary>
        private readonly bool PreviousLineQuoted(ReadOnlySpan<char> text, int k)
        {
            int line = SplitChars.LineStart(text, k);
            if (line == 0)
            {
                return false;
            }

            int previous = SplitChars.LineStart(text, line - 1);
            return previous == _quotedLine || SplitMarkup.QuotePrefixEnd(text, SplitChars.SkipSpaces(text, previous)) > 0;
        }

        /// <summary>Whether only spaces, tabs and a form feed (a page's start in text taken out of a PDF) stand between the start of a line and <paramref name="k"/>.</summary>
        private static bool StartsPageLine(ReadOnlySpan<char> text, int k)
        {
            while (k > 0 && text[k - 1] is ' ' or '\t' or '\f')
            {
                k--;
            }

            return k == 0 || SplitChars.IsLineBreakAt(text, k - 1);
        }

        /// <summary>Whether the line at <paramref name="k"/> is a line of Markdown images and links (<see cref="SplitMarkup.IsImageLine"/>).</summary>
        private static bool IsImageLineAt(ReadOnlySpan<char> text, int k) =>
            (text[k..].StartsWith("![") || text[k..].StartsWith("[![")) && SplitMarkup.IsImageLine(text[k..SplitMarkup.LineEnd(text, k)]);

        /// <summary>
        /// The end of the example indented under a lead-in whose first line starts at <paramref name="k"/>, or -1: the
        /// line before ends with a colon, and the block is code (<see cref="SplitMarkup.IndentedCodeEnd(ReadOnlySpan{char}, int, int, int)"/>)
        /// indented at least <see cref="SplitMarkup.MinCodeIndent"/> columns deeper than the lead-in, of at most
        /// <see cref="MaxLeadInCodeLines"/> lines, so that lead-ins nested one under another read a bounded text each.
        /// </summary>
        private static int CodeUnderLeadInEnd(ReadOnlySpan<char> text, int k)
        {
            int end = SplitMarkup.EndBeforeWhiteSpace(text, SplitChars.LineStart(text, k), out int breaks);

            // The line just before, not across a blank line, ends with a colon; only then is it read back to its start.
            if (breaks != 1 || end == 0 || text[end - 1] != ':')
            {
                return -1;
            }

            int previous = SplitChars.LineStart(text, end - 1);
            int content = SplitChars.SkipSpaces(text, previous);

            int minIndent = SplitMarkup.Indentation(text, previous, content) + SplitMarkup.MinCodeIndent;
            return SplitMarkup.IndentedCodeEnd(text, k, minIndent, MaxLeadInCodeLines);
        }

        /// <summary>The most lines of an example that <see cref="CodeUnderLeadInEnd"/> reads.</summary>
        private const int MaxLeadInCodeLines = 40;

        /// <summary>
        /// Whether the line at <paramref name="k"/> opens the description of the term that the segment at
        /// <paramref name="segmentStart"/> names on the line that <paramref name="newline"/> ends, as a definition list
        /// lays them out: the segment opens that line, and the next line, indented at least
        /// <see cref="SplitMarkup.MinCodeIndent"/> columns deeper, opens with a capital (a module's "$bf->load_config()"
        /// over "        Update flags from the user configuration.", an option's "-n, --dry-run" over "     Show what
        /// would be done."); not when the term's line holds the description's first words where the next line starts
        /// ("%a  A value that says whether the" over "    action runs").
        /// </summary>
        private static bool OpensDefinitionBody(ReadOnlySpan<char> text, int segmentStart, int newline, int k)
        {
            int lineStart = SplitChars.LineStart(text, newline);
            int content = SplitChars.SkipSpaces(text, lineStart);
            if (segmentStart != content || !char.IsUpper(text[k]))
            {
                return false;
            }

            int indent = SplitMarkup.Indentation(text, SplitChars.LineStart(text, k), k);
            if (indent < SplitMarkup.Indentation(text, lineStart, content) + SplitMarkup.MinCodeIndent)
            {
                return false;
            }

            // A tag with its text on its line, the text's lines aligned under it, is one paragraph ("%a  A value that
            // says whether the" over "    action runs"): a word that starts at the next line's column goes on there.
            int column = 0;
            for (int q = lineStart; q < newline; q++)
            {
                if (column == indent)
                {
                    return !(q > lineStart && text[q - 1] == ' ' && !SplitChars.IsWhiteSpace(text[q]));
                }

                column = SplitMarkup.NextColumn(column, text[q]);
            }

            return true;
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/>, indented deeper, opens the block under a section's label that the
        /// segment at <paramref name="segmentStart"/> is alone on its line: one or two words, the first capitalized, and a
        /// colon, as a docstring heads its parts ("Parameters:" over "  text (str) – The duration to parse.", "Returns:",
        /// "See also:").
        /// </summary>
        private static bool OpensLabelledBlock(ReadOnlySpan<char> text, int segmentStart, int newline, int k)
        {
            int lineStart = SplitChars.LineStart(text, newline);
            int content = SplitChars.SkipSpaces(text, lineStart);
            int end = TrimEnd(text, content, newline);
            if (segmentStart != content || end - content < 3 || text[end - 1] != ':' || !char.IsUpper(text[content])
                || SplitMarkup.Indentation(text, SplitChars.LineStart(text, k), k) <= SplitMarkup.Indentation(text, lineStart, content))
            {
                return false;
            }

            int spaces = 0;
            foreach (char c in text[content..(end - 1)])
            {
                if (c == ' ' ? ++spaces > 1 : !char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> is less indented than the line that <paramref name="newline"/> ends
        /// and more than the line where the segment at <paramref name="segmentStart"/> starts: wrapped prose keeps its
        /// lines at one indentation, or comes back to its first line's (a list item's). A first line longer than
        /// <see cref="MaxWrappedLine"/> (where the scan for its start stops) is no such block's.
        /// </summary>
        private static bool ClosesHangingBlock(ReadOnlySpan<char> text, int segmentStart, int newline, int k)
        {
            int lineStart = SplitChars.LineStart(text, newline);
            int next = SplitMarkup.Indentation(text, SplitChars.LineStart(text, k), k);
            if (next >= SplitMarkup.Indentation(text, lineStart, SplitChars.SkipSpaces(text, lineStart)))
            {
                return false;
            }

            int first = segmentStart;
            int limit = Math.Max(0, segmentStart - MaxWrappedLine);
            while (first > limit && !SplitChars.IsLineBreakAt(text, first - 1))
            {
                first--;
            }

            return (first == 0 || SplitChars.IsLineBreakAt(text, first - 1))
                && SplitMarkup.Indentation(text, first, SplitChars.SkipSpaces(text, first)) < next;
        }

        /// <summary>
        /// Whether the line before the one at <paramref name="k"/> starts at the margin, indented less than a line of
        /// code (<see cref="SplitMarkup.MinCodeIndent"/>). A block of code read under such a line ends at the next one, so
        /// that no two blocks read overlap.
        /// </summary>
        private static bool UnderMarginLine(ReadOnlySpan<char> text, int k)
        {
            int lineStart = SplitChars.LineStart(text, k);
            if (lineStart == 0)
            {
                return false;
            }

            // "\r\n" breaks the line at its '\n' (SplitChars.IsLineBreakAt), so the '\r' is read as the line's.
            int previous = SplitChars.LineStart(text, lineStart - 1);
            return SplitMarkup.Indentation(text, previous, SplitChars.SkipSpaces(text, previous)) < SplitMarkup.MinCodeIndent;
        }

        /// <summary>Whether text[start..end] ends with a lower-case word of at most four letters ("in", "the", "with").</summary>
        private static bool EndsWithShortLowerCaseWord(ReadOnlySpan<char> text, int start, int end) =>
            SplitChars.LastLowerCaseWord(text, start, end) is >= 0 and int word && end - word <= 4;

        /// <summary>
        /// Whether the line at <paramref name="k"/> opens with the number of a clause or subsection, two or more levels
        /// deep, before a capitalized word ("1.2 \"Fees\" means", "3.1.4. The Supplier shall"): each numbered clause of a
        /// contract or a report starts a sentence of its own, even after an initial or a label with a period ("described
        /// in Schedule A.\n1.2 The fees"). A decimal that wraps onto a line goes on in lower case ("rose by\n12.5 percent").
        /// </summary>
        private static bool OpensWithClauseNumber(ReadOnlySpan<char> text, int k)
        {
            int p = SplitChars.SectionNumberEnd(text, k, out int levels);
            if (p < 0)
            {
                return false;
            }

            if (p < text.Length && text[p] == '.')
            {
                p++;
            }

            if (levels < 2 || p >= text.Length || text[p] is not (' ' or '\t' or '\u00A0'))
            {
                return false;
            }

            p = SplitChars.SkipSpaces(text, p);
            while (p < text.Length && SplitChars.Openers.Contains(text[p]))
            {
                p++;
            }

            return p < text.Length && char.IsUpper(text[p]);
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> holds one web or e-mail address and nothing else, without final
        /// punctuation ("press@acme.example", "www.acme.example", "https://acme.example/contact").
        /// </summary>
        private static bool IsAddressLine(ReadOnlySpan<char> text, int k)
        {
            int lineBreak = SplitChars.IndexOfLineBreak(text[k..]);
            int lineEnd = TrimEnd(text, k, lineBreak < 0 ? text.Length : k + lineBreak);
            ReadOnlySpan<char> line = text[k..lineEnd];
            if (line.Length < 5 || EndsWithPunctuation(text, k, lineEnd))
            {
                return false;
            }

            foreach (char c in line)
            {
                if (SplitChars.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return StartsWithAddress(text, k, lineEnd);
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> holds a telephone number and nothing else, after a label of a word
        /// or its abbreviation if any ("+49 40 555 123-45", "Tel. +39 02 0000 0000", "Fax: (030) 1234-56"): at least
        /// six digits, with only spaces, hyphens, slashes, periods and brackets between them.
        /// </summary>
        private static bool IsPhoneLine(ReadOnlySpan<char> text, int k)
        {
            int lineBreak = SplitChars.IndexOfLineBreak(text[k..]);
            int lineEnd = TrimEnd(text, k, lineBreak < 0 ? text.Length : k + lineBreak);
            int p = k;
            while (p < lineEnd && p - k <= MaxPhoneLabel && char.IsLetter(text[p]))
            {
                p++;
            }

            if (p - k > MaxPhoneLabel)
            {
                return false;
            }

            if (p > k)
            {
                p += p < lineEnd && text[p] == '.' ? 1 : 0;
                p = SplitChars.SkipSpaces(text, p);
                p += p < lineEnd && text[p] == ':' ? 1 : 0;
                p = SplitChars.SkipSpaces(text, p);
            }

            if (p >= lineEnd || !(char.IsAsciiDigit(text[p]) || text[p] is '+' or '('))
            {
                return false;
            }

            int digits = 0;
            for (; p < lineEnd; p++)
            {
                char c = text[p];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else if (c is not (' ' or '-' or '/' or '.' or '(' or ')' or '+'))
                {
                    return false;
                }
            }

            return digits >= MinPhoneDigits && char.IsAsciiDigit(text[lineEnd - 1]);
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> is a label of one or two words and its value without final
        /// punctuation ("Updated: 3 June 2024 14:30", "Stand: 03.06.2024 14:30 Uhr", "Assenti giustificati: prof. Neri",
        /// French "Lieu : salle polyvalente"): a line of its own, not the wrapped end of the line before.
        /// </summary>
        private static bool IsLabelLine(ReadOnlySpan<char> text, int k)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }

            // A label of one or two words ("Updated:", "Assenti giustificati:"), and its colon, which French spaces
            // ("Lieu : salle polyvalente").
            int p = k;
            for (int words = 1; ; words++)
            {
                int word = p;
                while (p < text.Length && char.IsLetter(text[p]))
                {
                    p++;
                }

                if (p == word || p >= text.Length)
                {
                    return false;
                }

                if (p + 1 < text.Length && text[p] is ' ' or '\u00A0' or '\u202F' && text[p + 1] == ':')
                {
                    p++;
                }

                if (text[p] == ':')
                {
                    // "Randomness::", "std::vector": a name of code or a cross-reference, no label.
                    if (p + 1 < text.Length && text[p + 1] == ':')
                    {
                        return false;
                    }

                    break;
                }

                if (words == MaxLabelWords || text[p] != ' ')
                {
                    return false;
                }

                p++;
            }

            int lineBreak = SplitChars.IndexOfLineBreak(text[p..]);
            int lineEnd = TrimEnd(text, p, lineBreak < 0 ? text.Length : p + lineBreak);
            return lineEnd - k <= MaxWrappedLine && !EndsWithPunctuation(text, k, lineEnd);
        }

        /// <summary>The most words of a value in a label's list (<see cref="ListsShortValues"/>).</summary>
        private const int MaxListedValueWords = 3;

        /// <summary>
        /// Whether the label's line <paramref name="line"/> ("Cons: noise, small rooms, wifi kept dropping") lists two
        /// values or more after its colon, each of at most <see cref="MaxListedValueWords"/> words: no clause of prose
        /// ("Summary: The board met on Tuesday, and it decided").
        /// </summary>
        private static bool ListsShortValues(ReadOnlySpan<char> line)
        {
            int colon = line.IndexOf(':');
            int values = 0;
            foreach (Range part in line[(colon + 1)..].Split(','))
            {
                int words = SplitChars.CountWords(line[(colon + 1)..][part], MaxListedValueWords + 1);
                if (words == 0 || words > MaxListedValueWords)
                {
                    return false;
                }

                values++;
            }

            return values >= 2;
        }

        /// <summary>
        /// Whether <paramref name="number"/> (at <paramref name="numberStart"/>), one to three digits or an upper-case
        /// roman numeral, follows a single capitalized word that opens the segment: "Chapter 1", "Part IV", "Kapitel 3".
        /// </summary>
        private static bool IsNumberedLabel(ReadOnlySpan<char> text, int start, int numberStart, ReadOnlySpan<char> number)
        {
            // A loop rather than ContainsAnyExceptInRange, which allocates until the JIT has optimized it, and the
            // splitter allocates nothing per sentence.
            bool digits = number.Length <= 3;
            foreach (char c in number)
            {
                digits &= char.IsAsciiDigit(c);
            }

            if (!digits && RomanValue(number, upper: true) <= 0)
            {
                return false;
            }

            ReadOnlySpan<char> label = text[start..numberStart].TrimEnd(' ');
            if (label.Length < 2 || label.Length == numberStart - start || !char.IsUpper(label[0]))
            {
                return false;
            }

            foreach (char c in label[1..])
            {
                if (!char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the rest of a heading's line from <paramref name="m"/> names it: in title case, or at most three words
        /// opening with a capital ("Introduction", "The Storm").
        /// </summary>
        private static bool NamesAHeading(ReadOnlySpan<char> text, int m)
        {
            int breakAt = SplitChars.IndexOfLineBreak(text[m..Math.Min(text.Length, m + MaxHeadingLength)]);
            ReadOnlySpan<char> rest = text[m..(breakAt < 0 ? Math.Min(text.Length, m + MaxHeadingLength) : m + breakAt)].TrimEnd();
            // The rest can be empty: "Chapter 2.\n(\n", whose next word starts at the line break after the bracket.
            return IsTitleLine(rest) || (!rest.IsEmpty && char.IsUpper(rest[0]) && CountWords(rest, 0, rest.Length, MaxLowerCaseHeadingWords + 1) <= MaxLowerCaseHeadingWords);
        }

        /// <summary>
        /// Whether the line text[lineBegin..lineEnd] goes on a sentence of prose from the lines before it in the segment
        /// at <paramref name="segmentStart"/>: the line before it and the line itself end on a word (a trademark's sign
        /// after it too) or a comma, and the line before has a word in lower case ("...make copies of the Unicode
        /// Standard\nCore Specification, Unicode Technical Reports, Unicode Technical\nNotes"; not a table's row in
        /// capitals, a grammar's rule or code).
        /// </summary>
        private static bool GoesOnProse(ReadOnlySpan<char> text, int segmentStart, int lineBegin, int lineEnd)
        {
            int physical = SplitChars.LineStart(text, lineBegin);
            if (segmentStart >= physical || lineEnd <= lineBegin || !EndsOnWord(text[lineEnd - 1]))
            {
                return false;
            }

            int from = Math.Max(segmentStart, SplitChars.LineStart(text, physical - 1));
            int before = TrimEnd(text, from, physical);
            return before > from && EndsOnWord(text[before - 1]) && HasLowerCaseWord(text[from..before]);

            static bool EndsOnWord(char c) => char.IsLetterOrDigit(c) || c is ',' or '\u00AE' or '\u2122';
        }

        /// <summary>Whether <paramref name="line"/> holds a word of two letters or more in lower case, set apart by spaces.</summary>
        private static bool HasLowerCaseWord(ReadOnlySpan<char> line)
        {
            foreach (Range range in line.Split(' '))
            {
                ReadOnlySpan<char> word = line[range].Trim(",;:");
                if (word.Length >= 2 && IsLowerCaseWord(word))
                {
                    return true;
                }
            }

            return false;

            static bool IsLowerCaseWord(ReadOnlySpan<char> word)
            {
                foreach (char c in word)
                {
                    if (!SplitChars.IsLowerCase(c))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> opens with a sentence's last one or two words and its terminator before
        /// a capital later on the line, as a sentence wrapped from the line before ends ("Environment.  The user
        /// documentation is"); no text under a heading opens with such a fragment, but a byline may open with a title
        /// ("By Dr. Jane Smith"). Reads at most two words.
        /// </summary>
        private readonly bool OpensWithFragment(ReadOnlySpan<char> text, int k)
        {
            int p = k;
            for (int words = 0; words < 2; words++)
            {
                int begin = p;
                while (p < text.Length && (char.IsLetter(text[p]) || (p > begin && text[p] is '\'' or '\u2019' or '-')))
                {
                    p++;
                }

                if (p == begin)
                {
                    return false;
                }

                if (p < text.Length && text[p] is '.' or '!' or '?')
                {
                    int next = SplitChars.SkipSpaces(text, p + 1);
                    return next > p + 1 && next < text.Length && char.IsUpper(text[next]) && !(text[p] == '.' && _rules.IsTitle(text[begin..p]));
                }

                if (p >= text.Length || text[p] != ' ')
                {
                    return false;
                }

                p++;
            }

            return false;
        }

        /// <summary>
        /// A line in title case without final punctuation: two or more words, every word of four or more letters
        /// capitalized ("A Short History of the Town"). Hard-wrapped prose has lower-case words on every line.
        /// </summary>
        private static bool IsTitleLine(ReadOnlySpan<char> line)
        {
            if (line.IsEmpty || EndsWithPunctuation(line, 0, line.Length))
            {
                return false;
            }

            int words = 0;
            int k = 0;
            while (k < line.Length)
            {
                while (k < line.Length && !char.IsLetterOrDigit(line[k]))
                {
                    k++;
                }

                int begin = k;
                while (k < line.Length && char.IsLetter(line[k]))
                {
                    k++;
                }

                if (k == begin)
                {
                    k++;
                    continue;
                }

                words++;
                if ((k - begin >= 4 || words == 1) && !char.IsUpper(line[begin]))
                {
                    return false;
                }
            }

            return words >= 2;
        }

        /// <summary>
        /// Whether the line at <paramref name="from"/> and at most <see cref="MaxLeadInLines"/> lines after it, without a
        /// terminator, end with a colon before a blank line, a list item, a line indented deeper (an example: "...you
        /// would use\nthese parameters:\n     Key-Type: default"), a web or e-mail address alone on its line ("...see the
        /// GNU Coding Standards at:\nhttps://www.gnu.org/prep/standards/") or the end of the text: the rest of a list's
        /// lead-in. Before an example, after a line of prose's length, the colon may be missing, as a manual's text leads
        /// into its examples ("...can be compiled and linked\nwith the command line\n     gcc"); what
        /// <paramref name="leadIn"/> allows (<see cref="LeadsIntoExample"/>).
        /// </summary>
        private static bool IsWrappedLeadIn(ReadOnlySpan<char> text, int from, LeadIn leadIn)
        {
            int lineStart = from;
            int indent = from - SplitChars.LineStart(text, from);
            for (int line = 0; line < MaxLeadInLines; line++)
            {
                int lineBreak = SplitChars.IndexOfLineBreak(text[lineStart..]);
                int lineEnd = lineBreak < 0 ? text.Length : lineStart + lineBreak;
                if (text[lineStart..lineEnd].IndexOfAny(SplitChars.Terminators) >= 0)
                {
                    return false;
                }

                int next = lineBreak < 0 ? text.Length : SplitChars.SkipSpaces(text, lineEnd + 1);
                bool endsLeadIn = next >= text.Length || SplitChars.IsLineBreakAt(text, next) || text[lineEnd] == '\u2029'
                    || ReadListMarker(text, next, lineStart: true, previous: default, afterLead: true).Length > 0
                    || IsAddressLine(text, next);
                // An example is indented deeper than the lead-in, whose lines share their margin, on the next line or
                // after a blank line.
                bool aligned = indent >= 0 && lineStart - SplitChars.LineStart(text, lineStart) == indent;
                indent = aligned ? indent : -1;
                int exampleStart = next;
                while (exampleStart < text.Length && SplitChars.IsWhiteSpace(text[exampleStart]))
                {
                    exampleStart++;
                }

                bool example = leadIn != LeadIn.ToList && aligned && exampleStart < text.Length
                    && (!endsLeadIn || exampleStart > next)
                    && exampleStart - SplitChars.LineStart(text, exampleStart) >= indent + MinExampleIndent;
                if (endsLeadIn || example)
                {
                    int end = TrimEnd(text, lineStart, lineEnd);
                    return end > lineStart && (text[end - 1] == ':' || (example && leadIn == LeadIn.AfterProse));
                }

                lineStart = next;
            }

            return false;
        }

        /// <summary>What a wrapped lead-in may lead into (<see cref="IsWrappedLeadIn"/>).</summary>
        private enum LeadIn
        {
            /// <summary>A list, a blank line or the end of the text, after a colon.</summary>
            ToList,

            /// <summary>Those, or an example indented under it, after a colon.</summary>
            ToExample,

            /// <summary>Those, or an example indented under it, with or without a colon.</summary>
            AfterProse,
        }

        /// <summary>
        /// What the line at <paramref name="k"/>, read as the wrapped rest of a lead-in, may lead into (<see cref="LeadIn"/>):
        /// an example only when it stands at the margin of the line before (indented as much, or a paragraph's first-line
        /// indent less: "   On a typical system, ...\nwith the command line") or indented to a list item's text, and
        /// without a colon only after a line of prose's length without columns ("ltmain.sh     file used to build" is a
        /// row of a table). A line indented deeper than the one before it is a line of an example itself
        /// ("File \"&lt;stdin&gt;\", line 1\n  def f:"), and one far to its left a term after its description.
        /// </summary>
        private static LeadIn LeadsIntoExample(ReadOnlySpan<char> text, int segmentStart, int margin, int lineEnd, int k)
        {
            int lineIndent = margin - SplitChars.LineStart(text, margin);
            int indent = k - SplitChars.LineStart(text, k);
            if (!(indent <= lineIndent && lineIndent - indent <= MaxParagraphIndent) && !IndentedUnderItem(text, segmentStart, k))
            {
                return LeadIn.ToList;
            }

            ReadOnlySpan<char> line = text[margin..Math.Max(margin, lineEnd)];
            return line.Length >= MinProseLine && !line.Contains('\t') && !line.Contains("   ", StringComparison.Ordinal)
                ? LeadIn.AfterProse : LeadIn.ToExample;
        }

        /// <summary>How much deeper than the lines after it the first line of a paragraph may be indented (<see cref="LeadsIntoExample"/>).</summary>
        private const int MaxParagraphIndent = 5;

        /// <summary>How many columns deeper than a lead-in's line an example under it is indented (<see cref="IsWrappedLeadIn"/>).</summary>
        private const int MinExampleIndent = 4;

        /// <summary>The most lines a wrapped lead-in goes on for after its first (<see cref="IsWrappedLeadIn"/>).</summary>
        private const int MaxLeadInLines = 4;

        /// <summary>The fewest words of a wrapped lead-in before the line it goes on to: a shorter one may be a heading over the lead-in.</summary>
        private const int MinLeadInWords = 4;

        /// <summary>The fewest lines of a block of automatic captions (<see cref="IsCaptionBlock"/>).</summary>
        private const int MinCaptionLines = 5;

        /// <summary>The most words of a caption's line (<see cref="IsCaptionBlock"/>).</summary>
        private const int MaxCaptionWords = 12;

        /// <summary>The fewest words of a caption's line on average (<see cref="IsCaptionBlock"/>): a list's items are shorter.</summary>
        private const int MinCaptionMeanWords = 4;

        /// <summary>
        /// Whether the lines from the one at <paramref name="lineBegin"/> to the paragraph's end (<c>_nextBlank</c>, set by
        /// <see cref="TerminatorBeforeParagraphEnd"/>, which has found no terminator before it) are automatic captions
        /// pasted as text: at least <see cref="MinCaptionLines"/> lines of at most <see cref="MaxCaptionWords"/> words,
        /// <see cref="MinCaptionMeanWords"/> on average, more than half of them opening in lower case, none a list's item
        /// ("so today we're finally doing the full\nreview of the new vacuum\nI've been using it for about\nsix weeks
        /// now ..."). A cue's line alone ("[Music]") is not counted. A block of headlines, a list, a poem or a song in
        /// capitals opens its lines with capitals; a list of short items has fewer words a line. Read once per paragraph.
        /// </summary>
        private bool IsCaptionBlock(ReadOnlySpan<char> text, int lineBegin)
        {
            if (_captionParagraph == _nextBlank)
            {
                return _captionBlock;
            }

            _captionParagraph = _nextBlank;
            _captionBlock = false;
            int lines = 0, lowerCase = 0, words = 0;
            int p = SplitChars.SkipSpaces(text, SplitChars.LineStart(text, lineBegin));
            int end = Math.Min(_nextBlank, text.Length);
            while (p < end)
            {
                int lineEnd = Math.Min(SplitMarkup.LineEnd(text, p), end);
                if (lineEnd > p && !IsCueLine(text, p))
                {
                    int count = CountWords(text, p, lineEnd, MaxCaptionWords + 1);
                    if (count > MaxCaptionWords || OpensWithFieldLabel(text[p..lineEnd])
                        || ReadListMarker(text, p, lineStart: true, previous: default, afterLead: false).Length > 0)
                    {
                        return false;
                    }

                    lines++;
                    words += count;
                    lowerCase += SplitChars.IsLowerCase(text[p]) ? 1 : 0;
                }

                p = lineEnd;
                while (p < end && SplitChars.IsWhiteSpace(text[p]))
                {
                    p++;
                }
            }

            _captionBlock = lines >= MinCaptionLines && words >= MinCaptionMeanWords * lines && 2 * lowerCase > lines;
            return _captionBlock;
        }

        /// <summary>
        /// Whether <paramref name="line"/> opens with a field's label of at most three words and a colon after a letter
        /// ("für: Landkreis Nordfriesland", "gültig von: Donnerstag, 12.12.2024"): a notice's header, which speech
        /// written down as captions has not (a clock's "15:00" is no label).
        /// </summary>
        private static bool OpensWithFieldLabel(ReadOnlySpan<char> line)
        {
            int colon = line.IndexOf(':');
            return colon > 0 && char.IsLetter(line[colon - 1]) && line[..colon].Count(' ') <= 2;
        }

        /// <summary>
        /// Whether the line at <paramref name="lineBegin"/> and the next, at <paramref name="k"/>, are lines of automatic
        /// captions (<see cref="IsCaptionBlock"/>) and neither a cue alone ("[Music]"), which stays a line of its own.
        /// </summary>
        private bool JoinsCaptions(ReadOnlySpan<char> text, int lineBegin, int k) =>
            IsCaptionBlock(text, lineBegin) && !IsCueLine(text, lineBegin) && !IsCueLine(text, k);

        /// <summary>Whether the line at <paramref name="k"/> is a caption's cue alone, in brackets ("[Music]", "(applause)").</summary>
        private static bool IsCueLine(ReadOnlySpan<char> text, int k)
        {
            int start = SplitChars.SkipSpaces(text, k);
            ReadOnlySpan<char> line = text[start..SplitMarkup.LineEnd(text, start)].TrimEnd();
            return line.Length >= 2 && ((line[0] == '[' && line[^1] == ']') || (line[0] == '(' && line[^1] == ')'));
        }

        private bool TerminatorBeforeParagraphEnd(ReadOnlySpan<char> text, int from)
        {
            if (from < _terminatorFrom || from > _nextTerminator)
            {
                // A period inside a number ("03.06.2024", "9.80") ends nothing: a heading above a dateline such as
                // "Stand: 03.06.2024 14:30 Uhr" is not prose wrapped onto it. Nor does one inside an address or a
                // name before a lower-case letter ("jordan.ellis@example.com", "Node.js"): a letterhead's lines stay
                // apart ("Portland, ME 04101\njordan.ellis@example.com"). Nor does an abbreviation's before a number on
                // its line ("Publicerad 14 maj 2024 kl. 06.00", "Publié le 2 oct. 2024"): a byline over it is no prose
                // wrapped onto it. Nor does an ordinal day's before its month ("Bonn, 18. September 2025"): a title over
                // a dateline is no prose either.
                int p = from;
                while (true)
                {
                    int found = text[p..].IndexOfAny(SplitChars.Terminators);
                    if (found < 0 || !(BetweenDigits(text, p + found) || InsideWord(text, p + found) || IsAbbreviationBeforeNumber(text, p + found)
                        || IsOrdinalDay(text, p + found)))
                    {
                        _nextTerminator = found < 0 ? text.Length : p + found;
                        break;
                    }

                    p += found + 1;
                }

                _terminatorFrom = from;
            }

            if (from < _blankFrom || from > _nextBlank)
            {
                _nextBlank = FindBlankLine(text, from);
                _blankFrom = from;
            }

            return _nextTerminator < _nextBlank;
        }

        /// <summary>
        /// Whether the period at <paramref name="j"/> follows a day's number written as an ordinal before a month's name,
        /// in a language that writes ordinals with a period (<see cref="SplittingRules.OrdinalDot"/>): "18. September
        /// 2025", "4. listopadu 2025". A date, no sentence's end.
        /// </summary>
        private readonly bool IsOrdinalDay(ReadOnlySpan<char> text, int j)
        {
            if (!_rules.OrdinalDot || text[j] != '.' || j + 2 >= text.Length || text[j + 1] != ' ')
            {
                return false;
            }

            int day = j;
            while (day > 0 && j - day < 3 && char.IsAsciiDigit(text[day - 1]))
            {
                day--;
            }

            return day < j && j - day <= 2 && (day == 0 || !char.IsLetterOrDigit(text[day - 1]) && text[day - 1] != '.')
                && _rules.IsMonth(WordAt(text, SplitChars.SkipSpaces(text, j + 1)));
        }

        /// <summary>
        /// Whether the line text[lineBegin..newline] and the next, at <paramref name="next"/>, have the length of
        /// hard-wrapped prose: the first at least <see cref="MinWrappedLine"/> characters and at most
        /// <see cref="MaxWrappedLine"/>, the next as long, or the paragraph's last (the caller has set <c>_nextBlank</c>
        /// to its end).
        /// </summary>
        private readonly bool IsWrappedLength(ReadOnlySpan<char> text, int lineBegin, int newline, int next)
        {
            int length = SplitChars.Columns(text[lineBegin..TrimEnd(text, lineBegin, newline)]);
            if (length < MinWrappedLine || length > MaxWrappedLine)
            {
                return false;
            }

            int nextBreak = text[next..].IndexOfAny(SplitChars.LineBreaks);
            int nextEnd = nextBreak < 0 ? text.Length : next + nextBreak;
            // The paragraph's last line (its end read without the white space before the blank line or the text's end,
            // a CR among it) may be short.
            return nextEnd >= TrimEnd(text, next, Math.Max(next, _nextBlank)) || SplitChars.Columns(text[next..TrimEnd(text, next, nextEnd)]) >= MinWrappedLine;
        }

        /// <summary>
        /// Whether the line that ends at <paramref name="lineEnd"/> (before <paramref name="newline"/>), a space and the
        /// first word of the next line, at <paramref name="first"/>, fit within the longest line of the paragraph, in
        /// columns: a program that wrapped the paragraph would have put the word on the line. Reads the paragraph's lines
        /// once per paragraph (the caller has set <c>_nextBlank</c> to its end).
        /// </summary>
        private bool FitsNextWord(ReadOnlySpan<char> text, int newline, int lineEnd, int first)
        {
            if (_widthParagraph != _nextBlank)
            {
                _widthParagraph = _nextBlank;
                _paragraphWidth = 0;
                int end = Math.Max(newline, _nextBlank);
                for (int line = ParagraphStart(text, newline, MaxInsideStopScan); line < end; line = SplitMarkup.LineEnd(text, line) + 1)
                {
                    int lineStop = Math.Min(end, SplitMarkup.LineEnd(text, line));
                    _paragraphWidth = Math.Max(_paragraphWidth, SplitChars.Columns(text[line..TrimEnd(text, line, lineStop)]));
                }
            }

            int wordEnd = first;
            while (wordEnd < text.Length && !SplitChars.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            int lineStart = SplitChars.LineStart(text, newline);
            return SplitChars.Columns(text[lineStart..lineEnd]) + 1 + SplitChars.Columns(text[first..wordEnd]) <= _paragraphWidth;
        }

        /// <summary>The farthest <see cref="EndsSentenceInsideLine"/> reads back, in characters.</summary>
        private const int MaxInsideStopScan = 2000;

        /// <summary>
        /// Whether a sentence of the paragraph ends inside a line before <paramref name="newline"/>: a terminator followed
        /// on its line by a word ("the previous year. Container traffic"), as hard-wrapped prose has them and a list of
        /// headings or a text of one sentence a line does not. A period inside a number or a word ends nothing. Reads back
        /// to the paragraph's start, at most <see cref="MaxInsideStopScan"/> characters, and each paragraph once (the
        /// caller has set <c>_nextBlank</c> to its end).
        /// </summary>
        private bool EndsSentenceInsideLine(ReadOnlySpan<char> text, int newline)
        {
            int from;
            if (_insideStopParagraph == _nextBlank && newline >= _insideStopScanned)
            {
                if (_insideStopFound)
                {
                    return true;
                }

                from = _insideStopScanned;
            }
            else
            {
                from = ParagraphStart(text, newline, MaxInsideStopScan);
                _insideStopParagraph = _nextBlank;
                _insideStopFound = false;
            }

            for (int p = from; p < newline && !_insideStopFound; p++)
            {
                _insideStopFound = SplitChars.Terminators.Contains(text[p]) && StopsInsideLine(text, p) && !ClosesAbbreviation(text, p);
            }

            _insideStopScanned = newline;
            return _insideStopFound;
        }

        /// <summary>The most words of a subhead that a question ends (<see cref="IsQuestionTitle"/>): "What happens next?".</summary>
        private const int MaxQuestionSubheadWords = 6;

        /// <summary>The most words of a title with a colon that a question or an exclamation ends (<see cref="IsQuestionTitle"/>).</summary>
        private const int MaxQuestionTitleWords = 16;

        /// <summary>The longest pagination line, in characters (<see cref="PaginationLineEnd"/>).</summary>
        private const int MaxPaginationLength = 120;

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it is a page's pagination and the ellipsis at
        /// <paramref name="j"/>, after a page's number and a space, stands in it for pages left out: only pages' numbers
        /// (two at least), ellipses, arrows and words of the <c>[pagination]</c> data ("Previous 1 2 3 4 5 ... 242 Next",
        /// "1 2 3 ...", "« Zurück 1 2 … 12 Weiter »"); at most <see cref="MaxPaginationLength"/> characters; -1 otherwise.
        /// </summary>
        private readonly int PaginationLineEnd(ReadOnlySpan<char> text, int start, int j)
        {
            if (j - start < 3 || text[j] is not ('.' or '\u2026') || text[j - 1] != ' ' || !char.IsAsciiDigit(text[j - 2])
                || SplitChars.LineStart(text, j) != start)
            {
                return -1;
            }

            int lineEnd = SplitMarkup.LineEnd(text[..Math.Min(text.Length, start + MaxPaginationLength + 1)], start);
            if (lineEnd > start + MaxPaginationLength)
            {
                return -1;
            }

            int numbers = 0;
            foreach (Range range in text[start..lineEnd].SplitAny(" \t"))
            {
                ReadOnlySpan<char> token = text[start..lineEnd][range];
                if (IsNumber(token))
                {
                    numbers++;
                }
                else if (!(token.IsEmpty || token is "..." or "\u2026" or "\u00AB" or "\u00BB" or "\u2039" or "\u203A" or "<" or ">" or "|"
                    || _rules.IsPaginationWord(token)))
                {
                    return -1;
                }
            }

            return numbers >= 2 ? TrimEnd(text, start, lineEnd) : -1;
        }

        /// <summary>
        /// Whether the line text[start..end] is a review's rating and a title cut short by the ellipsis at
        /// <paramref name="j"/> that ends it ("4.0 out of 5 stars Good but..."): a heading, as the title is in full.
        /// </summary>
        private static bool IsRatingCutShort(ReadOnlySpan<char> text, int start, int end, int j) =>
            (text[j] == '\u2026' || (j + 2 < end && text[j] == '.' && text[j + 1] == '.' && text[j + 2] == '.'))
            && SplitChars.OpensWithRating(text[start..end]);

        /// <summary>The most words of a headline that a byline or a dated line follows (<see cref="IsQuestionTitle"/>).</summary>
        private const int MaxBylinedTitleWords = 40;

        /// <summary>The most words of a kicker over a headline ("ANALYSIS", "EXCLUSIVE"; <see cref="OpensText"/>).</summary>
        private const int MaxKickerWords = 3;

        /// <summary>
        /// Whether the segment text[start..end] is a title or a subhead that a question ends, as news and blogs write them:
        /// a paragraph of one line, with no other terminator, that a "?" ends over a paragraph that goes on, of at most
        /// <see cref="MaxQuestionSubheadWords"/> words ("Worum geht es?", "Que prévoit la réforme ?", "What happens
        /// next?"), or of at most <see cref="MaxQuestionTitleWords"/> with a colon that parts a title ("Test du Galaxy
        /// S24 : l'IA au service de la photo ?"); the text's first line may end with a "!" too ("Receita: bolo de
        /// cenoura (o melhor que já fiz!)"). A longer question alone in its paragraph is a sentence, as news written a
        /// sentence a paragraph has them ("So what is the gap between Labour and the Tories nowadays?"), and so is a
        /// question inside a paragraph or one that closes the text. The text's first line (<see cref="OpensText"/>) of at
        /// most <see cref="MaxBylinedTitleWords"/> words is its headline whatever mark ends it when a byline or a dated
        /// line opens the next paragraph, or the one after a standfirst of one line when the story goes on under it ("Is
        /// the office party dead?", "Row over a tree house: 'It blocks the sun!'" over "By Ann Lee"), not a user's handle
        /// and how long ago, which a forum's post is under; a lead that the text's first paragraph goes on from stays a
        /// sentence ("The mayor has resigned.").
        /// </summary>
        private readonly bool IsQuestionTitle(ReadOnlySpan<char> text, int start, int end)
        {
            int j = end - 1;
            while (j > start && (SplitChars.Closers.Contains(text[j]) || text[j] is ' ' or '\t'))
            {
                j--;
            }

            bool question = text[j] is '?' or '\uFF1F';
            bool headline = !_sentenceEmitted && text[j] is '?' or '\uFF1F' or '!' or '\uFF01' or '.' or '\u3002';
            if (!(question || headline || (!_emitted && text[j] is '!' or '\uFF01')) || !SplitChars.EndsLine(text, end))
            {
                return false;
            }

            // A blank line (or the text's start) before it, and a blank line after it with more text under it.
            if (!text[ParagraphStart(text, start, MaxHeadingLength)..start].IsWhiteSpace())
            {
                return false;
            }

            int next = SplitChars.SkipSpaces(text, end);
            int breaks = 0;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                breaks += SplitChars.IsLineBreakAt(text, next) ? 1 : 0;
                next++;
            }

            ReadOnlySpan<char> title = text[start..j];
            if (next >= text.Length || breaks < 2 || title.IndexOfAny(SplitChars.Terminators) >= 0)
            {
                return false;
            }

            int words = SplitChars.CountWords(title, MaxBylinedTitleWords + 1);
            return ((question || !_emitted) && text[j] is not '.' and not '\u3002'
                    && (words <= MaxQuestionSubheadWords || (words <= MaxQuestionTitleWords && title.Contains(':'))))
                || (headline && words <= MaxBylinedTitleWords && (OpensByline(text, next) || (AfterStandfirst(text, next) is int byline && OpensByline(text, byline)
                    && SplitMarkup.LineEnd(text, byline) is int bylineEnd && !text[bylineEnd..].IsWhiteSpace()))
                    && OpensText(text, start));
        }

        /// <summary>
        /// Whether a byline or a dated line opens the line at <paramref name="k"/>, not a user's handle and how long ago
        /// (<see cref="IsQuestionTitle"/>).
        /// </summary>
        private readonly bool OpensByline(ReadOnlySpan<char> text, int k) =>
            k < text.Length && (IsBylineAt(text, k) || (IsDatedLine(text, k) && text[k..SplitMarkup.LineEnd(text, k)].IndexOfAny('@', '/', '_') < 0));

        /// <summary>
        /// The start of the paragraph after the one of a single line at <paramref name="k"/>, a standfirst between a
        /// headline and its byline; the text's end otherwise.
        /// </summary>
        private static int AfterStandfirst(ReadOnlySpan<char> text, int k)
        {
            int lineEnd = SplitMarkup.LineEnd(text, k);
            if (FindBlankLine(text, k) != lineEnd)
            {
                return text.Length;
            }

            int next = lineEnd;
            while (next < text.Length && SplitChars.IsWhiteSpace(text[next]))
            {
                next++;
            }

            return next;
        }

        /// <summary>
        /// Whether the line at <paramref name="start"/> is the text's first, or the first under a kicker: a line of its own
        /// of at most <see cref="MaxKickerWords"/> words, one word or without lower case ("ANALYSIS", "Exclusive").
        /// </summary>
        private static bool OpensText(ReadOnlySpan<char> text, int start)
        {
            ReadOnlySpan<char> before = text[..start].Trim();
            if (before.IsEmpty)
            {
                return true;
            }

            if (before.Length > MaxHeadingLength || before.IndexOfAny(SplitChars.LineBreaks) >= 0 || SplitChars.CountWords(before, MaxKickerWords + 1) is int words && words > MaxKickerWords)
            {
                return false;
            }

            foreach (char c in before)
            {
                if (char.IsLower(c) && words > 1)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the fullwidth period at <paramref name="j"/> closes a section's or an item's number or a single letter's
        /// label, as an ASCII period does a list's, that opens the segment at <paramref name="start"/> or follows a label's
        /// colon ("１．背景", "2．方法", "Q．だし汁がない場合は？", "附件：1．课后服务项目备案表"): a marker, not the end of a
        /// sentence (nor is one before a digit: "Ver．２．０").
        /// </summary>
        private static bool NumbersSectionAt(ReadOnlySpan<char> text, int start, int j)
        {
            int from = j;
            while (from > start && j - from < 3 && (char.IsAsciiLetterOrDigit(text[from - 1]) || char.IsDigit(text[from - 1])))
            {
                from--;
            }

            ReadOnlySpan<char> label = text[from..j];
            if (label.IsEmpty || !(IsNumber(label) || (label.Length == 1 && char.IsAsciiLetter(label[0]))))
            {
                return false;
            }

            int before = from;
            while (before > start && text[before - 1] is ' ' or '\u3000')
            {
                before--;
            }

            return before == start || (from > start && text[before - 1] is ':' or '\uFF1A');
        }

        /// <summary>Whether a quotation mark opens the word at <paramref name="m"/>, after <paramref name="after"/>.</summary>
        private static bool QuoteOpensAt(ReadOnlySpan<char> text, int after, int m) =>
            m > after && text[m - 1] is '"' or '\u201C' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\u201A' or '\u300C' or '\u300E';

        /// <summary>Whether a line break stands between <paramref name="from"/> and <paramref name="to"/>.</summary>
        private static bool LineBreakBetween(ReadOnlySpan<char> text, int from, int to) =>
            from < to && text[from..to].IndexOfAny(SplitChars.LineBreaks) >= 0;

        /// <summary>Whether the line text[lineBegin..lineEnd] ends with a letter and a hyphen that breaks its last word.</summary>
        private static bool BreaksWordAtEnd(ReadOnlySpan<char> text, int lineBegin, int lineEnd) =>
            lineEnd - lineBegin >= 2 && SplitChars.IsBreakingHyphen(text[lineEnd - 1]) && char.IsLetter(text[lineEnd - 2]);

        /// <summary>
        /// Whether the period at <paramref name="p"/> closes an initialism or a listed abbreviation ("U.S.", "vs.") before
        /// a word in lower case: a line of headlines or of key figures has them without any sentence ending there ("U.S.
        /// stocks fall as yields climb" over "Oil rises 2% on supply worries", "EPS of $2.57 vs. consensus of $2.19"), so
        /// they say nothing of prose wrapped over the lines ("65536L becomes (png_uint_32)65536L, etc. (Glenn R-P)" does).
        /// </summary>
        private readonly bool ClosesAbbreviation(ReadOnlySpan<char> text, int p)
        {
            int k = p;
            while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] == '.'))
            {
                k--;
            }

            ReadOnlySpan<char> word = text[k..p];
            int next = SplitChars.SkipSpaces(text, p + 1);
            return text[p] == '.' && !word.IsEmpty && next < text.Length && SplitChars.IsLowerCase(text[next])
                && (IsInitialism(word) || _rules.IsAbbreviation(word));
        }

        /// <summary>Whether the terminator at <paramref name="p"/> is followed on its line, after its closing marks and a space, by a word.</summary>
        private static bool StopsInsideLine(ReadOnlySpan<char> text, int p)
        {
            if (BetweenDigits(text, p) || InsideWord(text, p))
            {
                return false;
            }

            int k = p + 1;
            while (k < text.Length && SplitChars.Closers.Contains(text[k]))
            {
                k++;
            }

            if (k >= text.Length || text[k] is not (' ' or '\t'))
            {
                return false;
            }

            k = SplitChars.SkipSpaces(text, k);
            return k < text.Length && (char.IsLetter(text[k]) || SplitChars.Openers.Contains(text[k]));
        }

        /// <summary>
        /// Whether a dot-name opens at <paramref name="dot"/>: a period glued to a capital, a platform's name (".NET"); a
        /// word in lower case glued to a stray dot is as often a sentence's going on ("twice now. .once at lunch").
        /// </summary>
        private static bool IsDotNameAt(ReadOnlySpan<char> text, int dot) =>
            text[dot] == '.' && dot + 1 < text.Length && char.IsUpper(text[dot + 1]);

        /// <summary>
        /// Where the paragraph that <paramref name="k"/> is in starts: after the blank line before it, or at the text's
        /// start; at most <paramref name="limit"/> characters back.
        /// </summary>
        private static int ParagraphStart(ReadOnlySpan<char> text, int k, int limit)
        {
            int stop = Math.Max(0, k - limit);
            bool lineBreak = false;
            for (int p = k - 1; p >= stop; p--)
            {
                char c = text[p];
                if (c == '\u2029')
                {
                    return p + 1;
                }

                if (c is '\n' or '\r' or '\v' or '\u2028')
                {
                    if (lineBreak)
                    {
                        return p + 1;
                    }

                    // CRLF is one line break.
                    p -= c == '\n' && p > stop && text[p - 1] == '\r' ? 1 : 0;
                    lineBreak = true;
                }
                else if (!SplitChars.IsWhiteSpace(c))
                {
                    lineBreak = false;
                }
            }

            return stop;
        }

        private static int FindBlankLine(ReadOnlySpan<char> text, int from)
        {
            int p = from;
            while (p < text.Length)
            {
                int newline = SplitChars.IndexOfLineBreak(text[p..]);
                if (newline < 0)
                {
                    return text.Length;
                }

                int q = p + newline + 1;
                while (q < text.Length && !SplitChars.IsLineBreakAt(text, q) && SplitChars.IsWhiteSpace(text[q]))
                {
                    q++;
                }

                if (q >= text.Length || SplitChars.IsLineBreakAt(text, q) || text[p + newline] == '\u2029' || SplitMarkup.IsQuotedBlankLine(text, q))
                {
                    return p + newline;
                }

                p = q;
            }

            return text.Length;
        }

        private static int SkipSpacesAndZeroWidth(ReadOnlySpan<char> text, int k)
        {
            while (k < text.Length && text[k] is ' ' or '\u200B')
            {
                k++;
            }

            return k;
        }

        private static int SkipDots(ReadOnlySpan<char> text, int j, out int dots, out bool spaced)
        {
            int k = j;
            dots = 0;
            spaced = false;
            while (k < text.Length)
            {
                char d = text[k];
                if (d == '.')
                {
                    dots++;
                }
                else if (d == '\u2026')
                {
                    dots += 3;
                }
                else if (d is ' ' or '\u200B' && SkipSpacesAndZeroWidth(text, k) is var dot && dot < text.Length && text[dot] is '.' or '\u2026'
                    && !(dots == 1 && IsDotNameAt(text, dot)))
                {
                    // Spaced dots, a zero-width space among the spaces or not: "u.s. . officials", "targets.\u200B ."; not
                    // a dot-name's after a period ("last week. .NET 9 brings", PeriodBoundary), while a dot glued to a
                    // word after an ellipsis is the ellipsis's ("spent ... .now the worst part", "is . . .i like").
                    spaced = true;
                    k = dot - 1;
                }
                else
                {
                    break;
                }

                k++;
            }

            return k;
        }

        /// <summary>
        /// Where the closing quotes and brackets after a terminator end (tokenized text's spaced ones too, when
        /// <paramref name="tokenized"/>; French typography's spaced "»", and its "?" or "!" spaced after an ellipsis when
        /// <paramref name="spacedMarks"/>).
        /// </summary>
        private static int SkipClosers(ReadOnlySpan<char> text, int k, bool tokenized = false, bool spacedMarks = false)
        {
            while (k < text.Length)
            {
                char c = text[k];
                if (SplitChars.Closers.Contains(c))
                {
                    k++;
                }
                else if (tokenized && c == ' ' && k + 1 < text.Length && SplitChars.Closers.Contains(text[k + 1])
                    && text[k + 1] is not '\u201C' and not '\u00AB' && ClosingToken(text, k + 1))
                {
                    // Tokenized text puts closing quotes after the period as tokens of their own: "home . '' chris".
                    k++;
                }
                else if (spacedMarks && c is ' ' or '\u00A0' or '\u202F' or '\u2009' && k + 1 < text.Length && text[k + 1] is '?' or '!'
                    && text[k - 1] is '.' or '\u2026')
                {
                    // French typography spaces the mark after an ellipsis too: "Et vous... ?", "Non… !".
                    k += 2;
                }
                else if (c is ' ' or '\u00A0' or '\u202F' or '\u2009' && k + 1 < text.Length && text[k + 1] is '\u00BB' or '\u203A'
                    && !(k + 2 < text.Length && char.IsLetterOrDigit(text[k + 2])))
                {
                    // French typography: « Arrêtez ! »; before a word the mark opens a German quotation ("Er schüttelte den
                    // Kopf. »Nein.«").
                    k += 2;
                }
                else if (SplitChars.EmojiLength(text, k) is > 0 and int emoji)
                {
                    // An emoji after the mark stays with its sentence: "what a debate.😀 Critics".
                    k += emoji;
                }
                else
                {
                    break;
                }
            }

            return k;
        }

        private static bool ClosingToken(ReadOnlySpan<char> text, int k)
        {
            int end = k;
            while (end < text.Length && SplitChars.Closers.Contains(text[end]))
            {
                end++;
            }

            return end >= text.Length || SplitChars.IsWhiteSpace(text[end]);
        }

        private static int NextWordStart(ReadOnlySpan<char> text, int k)
        {
            k = SplitMarkup.SkipSpacing(text, k);
            while (k < text.Length && SplitChars.Openers.Contains(text[k]))
            {
                k++;
            }

            // A dash before the attribution of quoted speech (Стой!» — крикнул он) or after an aside (bang! -- it fell).
            if (k < text.Length && text[k] is '\u2014' or '\u2013')
            {
                k = SplitMarkup.SkipSpacing(text, k + 1);
            }
            else if (k + 2 < text.Length && text[k] == '-' && text[k + 1] == '-' && SplitChars.IsWhiteSpace(text[k + 2]))
            {
                k = SplitMarkup.SkipSpacing(text, k + 2);
            }

            return k;
        }

        /// <summary>The end of the token that goes on at <paramref name="k"/>: the next white space, at most <see cref="MaxTokenScan"/> characters on.</summary>
        private static int TokenEnd(ReadOnlySpan<char> text, int k)
        {
            int scanEnd = Math.Min(text.Length, k + MaxTokenScan);
            while (k < scanEnd && !SplitChars.IsWhiteSpace(text[k]))
            {
                k++;
            }

            return k;
        }

        private static int TokenStart(ReadOnlySpan<char> text, int start, int j)
        {
            int k = j;
            start = Math.Max(start, j - MaxTokenScan);
            while (k > start && !SplitChars.IsWhiteSpace(text[k - 1])
                && !(SplitChars.IsWide(text[k - 1]) && k < j && char.IsAsciiLetter(text[k])))
            {
                k--;
            }

            return k;
        }

        /// <summary>Where the token before the one at <paramref name="tokenStart"/> ends: the white space before it skipped, not past <paramref name="start"/>.</summary>
        private static int PreviousTokenEnd(ReadOnlySpan<char> text, int start, int tokenStart)
        {
            int end = tokenStart;
            while (end > start && SplitChars.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        /// <summary>The word before the token at <paramref name="tokenStart"/>, openers stripped; empty when none.</summary>
        /// <summary>
        /// Whether the street's suffix that ends at the token at <paramref name="tokenStart"/> ends a street's name, before
        /// <paramref name="nextWord"/> at <paramref name="m"/>: the word before the suffix is capitalized and no word of
        /// <c>[saint-places]</c> ("Elm St.", not "Mount St."), the next word is no abbreviation and a word in lower case
        /// follows it ("Voting opens", not "St. Louis Park").
        /// </summary>
        private readonly bool EndsStreetName(ReadOnlySpan<char> text, int start, int tokenStart, int m, ReadOnlySpan<char> nextWord)
        {
            ReadOnlySpan<char> name = PreviousWord(text, start, tokenStart);
            int after = m + nextWord.Length;
            if (name.IsEmpty || !char.IsUpper(name[0]) || _rules.IsSaintPlace(name.TrimEnd('.')) || _rules.IsAbbreviation(nextWord)
                || after + 1 >= text.Length || text[after] != ' ')
            {
                return false;
            }

            return SplitChars.IsLowerCase(text[after + 1]);
        }

        /// <summary>
        /// Whether <paramref name="line"/> opens with a word of <c>[step-labels]</c>, a number and a colon or a period, the
        /// colon spaced as French spaces it: "Step 3:", "Étape 1 :", "Schritt 2:", "Paso 4.".
        /// </summary>
        private readonly bool OpensWithStepLabel(ReadOnlySpan<char> line)
        {
            int space = line.IndexOf(' ');
            if (space <= 0 || !_rules.IsStepLabel(line[..space]))
            {
                return false;
            }

            int k = space + 1;
            int digits = k;
            while (k < line.Length && char.IsAsciiDigit(line[k]))
            {
                k++;
            }

            if (k == digits)
            {
                return false;
            }

            if (k < line.Length && line[k] == ' ')
            {
                k++;
            }

            return k < line.Length && line[k] is ':' or '.';
        }

        /// <summary>
        /// Whether <paramref name="word"/> is an ordinal written with digits and a suffix ("15th", "3rd") or a Roman
        /// number ("XIV"), which an abbreviation such as "cent." follows.
        /// </summary>
        private static bool IsOrdinalWord(ReadOnlySpan<char> word)
        {
            int digits = word.IndexOfAnyExceptInRange('0', '9');
            return (digits > 0 && word.Length - digits == 2 && word[digits..] is "st" or "nd" or "rd" or "th")
                || (word.Length > 1 && RomanValue(word, upper: true) > 0);
        }

        /// <summary>
        /// Whether <paramref name="word"/> joins two titles with a hyphen after a period, as a degree does ("Dr.-Ing.",
        /// "Dr.-Med.", "Prof.-Dr."), whatever pair the language lists as titles alone.
        /// </summary>
        private readonly bool IsTitleCompound(ReadOnlySpan<char> word)
        {
            int joint = word.IndexOf(".-");
            return joint > 0 && _rules.IsTitle(word[..joint]) && _rules.IsTitle(word[(joint + 2)..]);
        }

        private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> text, int start, int tokenStart)
        {
            int end = PreviousTokenEnd(text, start, tokenStart);

            int begin = TokenStart(text, start, end);
            while (begin < end && SplitChars.Openers.Contains(text[begin]))
            {
                begin++;
            }

            return text[begin..end];
        }

        /// <summary>The start of the word that ends at <paramref name="end"/>, its opening quotes and brackets skipped.</summary>
        private static int WordStart(ReadOnlySpan<char> text, int start, int end)
        {
            int k = TokenStart(text, start, end);
            while (k < end && SplitChars.Openers.Contains(text[k]))
            {
                k++;
            }

            return k;
        }

        /// <summary>"??" as a token of its own: the mark LaTeX prints for a reference it could not resolve.</summary>
        private static bool IsPlaceholder(ReadOnlySpan<char> text, int j, int runEnd) =>
            runEnd - j >= 2 && !text[j..runEnd].ContainsAnyExcept('?');

        /// <summary>A short word in capitals at <paramref name="m"/> ("EST", "GMT", "CEO"), not a word of a sentence.</summary>
        private static bool IsShortCapitals(ReadOnlySpan<char> text, int m, ReadOnlySpan<char> word)
        {
            if (word.Length is < 2 or > 5 || (m + word.Length < text.Length && char.IsLetterOrDigit(text[m + word.Length])))
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the current paragraph writes its sentences without capitals (see <see cref="Caseless"/>): a paragraph
        /// decides for itself when it has enough sentences to tell (a review written in lower case among others that are
        /// not); otherwise the text does. Each paragraph and the text are read once, when first asked.
        /// </summary>
        private bool IsCaseless(ReadOnlySpan<char> text)
        {
            if (!_caseKnown)
            {
                _caseEnd = FindBlankLine(text, _caseStart);
                int caseless = Caseless(text[_caseStart.._caseEnd]);
                if (caseless == 0 && _textCase == 0)
                {
                    _textCase = (sbyte)(Caseless(text) > 0 ? 1 : -1);
                }

                _caseless = caseless == 0 ? _textCase > 0 : caseless > 0;
                _caseKnown = true;
            }

            return _caseless;
        }

        /// <summary>
        /// Whether <paramref name="text"/> writes its sentences without capitals (chat, forums, lower-cased corpora):
        /// 1 when, of the first <see cref="CaseSamples"/> letters after a terminator, its closing quotes and white
        /// space, at most one in ten is a capital; -1 when more are; 0 when fewer than three letters with case were
        /// found. Reads until it has that many, or to the text's end.
        /// </summary>
        private static int Caseless(ReadOnlySpan<char> text)
        {
            int upper = 0;
            int total = 0;
            int k = 0;
            while (total < CaseSamples && k < text.Length)
            {
                int found = text[k..].IndexOfAny('.', '!', '?');
                if (found < 0)
                {
                    break;
                }

                k += found + 1;
                int n = k;
                while (n < text.Length && n - k < 4 && SplitChars.Closers.Contains(text[n]))
                {
                    n++;
                }

                int spaces = n;
                while (n < text.Length && n - spaces < 8 && SplitChars.IsWhiteSpace(text[n]))
                {
                    n++;
                }

                if (n > spaces && n + 2 < text.Length && (SplitChars.Bullets.Contains(text[n])
                    || (text[spaces..n].IndexOfAny(SplitChars.LineBreaks) >= 0 && SplitChars.LineBulletLength(text, n) > 0)))
                {
                    // A bulleted item's first letter, past its bullet ("...54,7 proc. głosów.\n• Frekwencja"): each item's
                    // capital counts, or a list whose items hold an abbreviation before lower case reads as caseless.
                    n = SplitChars.SkipSpaces(text, n + (SplitChars.Bullets.Contains(text[n]) ? 1 : SplitChars.LineBulletLength(text, n)));
                }

                if (n > spaces && n < text.Length)
                {
                    upper += char.IsUpper(text[n]) ? 1 : 0;
                    total += char.IsUpper(text[n]) || SplitChars.IsLowerCase(text[n]) ? 1 : 0;
                }
            }

            return total < 3 ? 0 : upper * 10 <= total ? 1 : -1;
        }

        /// <summary>
        /// Whether the word at <paramref name="m"/> starts in lower case, save Dutch "'s" and "'t" before a capitalized
        /// word ("'s Avonds", "'t Hooft"), which open sentences as capitals do.
        /// </summary>
        private static bool StartsLowerCase(ReadOnlySpan<char> text, int m)
        {
            if (!SplitChars.IsLowerCase(text[m]) || IsCamelCaseAt(text, m))
            {
                return false;
            }

            // The elided word can end the text ("Stop. 's "): nothing after it is no capital.
            return !(m > 0 && SplitMarkup.IsElidedWordAt(text, m - 1) && m + 2 < text.Length && char.IsUpper(text[m + 2]));
        }

        /// <summary>
        /// Whether the word at <paramref name="m"/> opens an aside in brackets after white space, one to
        /// <see cref="MaxAsideWords"/> words of letters in lower case ("[pause]", "(laughs)", "[crosstalk]", "(inaudible
        /// speech)") closed on its line, before a capitalized word: a transcript's note of what was heard, between two
        /// sentences. Reads at most <see cref="MaxAsideLength"/> characters.
        /// </summary>
        private static bool IsBracketedAsideAt(ReadOnlySpan<char> text, int m)
        {
            if (!OpensBracketAfterSpace(text, m))
            {
                return false;
            }

            char close = text[m - 1] == '[' ? ']' : ')';
            int limit = Math.Min(text.Length, m + MaxAsideLength);
            int words = 1;
            int k = m;
            for (; k < limit && text[k] != close; k++)
            {
                char c = text[k];
                if (c == ' ' && k + 1 < limit && char.IsLower(text[k + 1]))
                {
                    words++;
                }
                else if (!char.IsLower(c) && c is not ('-' or '\'' or '\u2019'))
                {
                    return false;
                }
            }

            if (k == limit || words > MaxAsideWords)
            {
                return false;
            }

            int next = k + 1;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }

            return next < text.Length && char.IsUpper(text[next]);
        }

        /// <summary>The longest time stamp on a line of its own (<see cref="TimestampLineEnd"/>).</summary>
        private const int MaxTimestampLength = 80;

        /// <summary>The most words before a time stamp's first number (<see cref="TimestampLineEnd"/>): "Last updated on Tuesday".</summary>
        private const int MaxTimestampLabelWords = 4;

        /// <summary>The day periods that may follow the time of a timed entry (<see cref="ClockEntryDash"/>).</summary>
        private static readonly string[] s_dayPeriods = ["a.m.", "p.m.", "am", "pm", "Uhr", "h"];

        /// <summary>
        /// Where the dash stands when <paramref name="k"/> opens a timed entry of a schedule or a show's notes: a clock time
        /// ("00:00", "2:00", "1:02:45"), its day period if any ("a.m.", "pm", "Uhr"), spaces and a dash before a space
        /// ("00:00 – Intro and listener mail", "2:00 p.m. – Welcome and garden tours", "14:30 - Kaffeepause"); -1 otherwise.
        /// </summary>
        private static int ClockEntryDash(ReadOnlySpan<char> text, int k)
        {
            int time = k < text.Length && char.IsAsciiDigit(text[k]) ? SpeakerLabels.TimeLength(text[k..]) : 0;
            if (time == 0)
            {
                return -1;
            }

            int p = SplitChars.SkipSpaces(text, k + time);
            foreach (string period in s_dayPeriods)
            {
                if (p > k + time && text[p..].StartsWith(period, StringComparison.OrdinalIgnoreCase)
                    && p + period.Length < text.Length && text[p + period.Length] is ' ' or '\t')
                {
                    p = SplitChars.SkipSpaces(text, p + period.Length);
                    break;
                }
            }

            return p + 1 < text.Length && text[p] is '-' or '\u2013' or '\u2014' && text[p + 1] is ' ' or '\t' ? p : -1;
        }

        /// <summary>
        /// Where the dash stands when <paramref name="k"/> opens a timed or a dated entry of a schedule or a diary: a clock
        /// time (<see cref="ClockEntryDash"/>), or a date, its weekday first if any, a day's number and a month, named or
        /// abbreviated, before a spaced dash ("Mon. 24 Mar. – Year 4 trip to the Roman Museum", "Friday 4 April – Last day
        /// of term", "Tue. 22 Apr. – Children return"); -1 otherwise.
        /// </summary>
        private readonly int EntryDash(ReadOnlySpan<char> text, int k)
        {
            int clock = ClockEntryDash(text, k);
            if (clock >= 0 || k >= text.Length || !char.IsLetterOrDigit(text[k]))
            {
                return clock;
            }

            int p = k;
            if (char.IsLetter(text[p]))
            {
                // The weekday: a word, its period if abbreviated.
                while (p < text.Length && char.IsLetter(text[p]))
                {
                    p++;
                }

                p += p < text.Length && text[p] == '.' ? 1 : 0;
                p = SplitChars.SkipSpaces(text, p);
            }

            int day = p;
            while (p < text.Length && p - day < 2 && char.IsAsciiDigit(text[p]))
            {
                p++;
            }

            if (p == day)
            {
                return -1;
            }

            // An ordinal's ending or period ("21st", "3.").
            while (p < text.Length && p - day < 4 && (char.IsAsciiLetter(text[p]) || text[p] == '.'))
            {
                p++;
            }

            p = SplitChars.SkipSpaces(text, p);
            int month = p;
            while (p < text.Length && char.IsLetter(text[p]))
            {
                p++;
            }

            if (p == month || !_rules.IsMonth(text[month..p]))
            {
                return -1;
            }

            p += p < text.Length && text[p] == '.' ? 1 : 0;
            p = SplitChars.SkipSpaces(text, p);
            return p + 1 < text.Length && p > month && text[p] is '\u2013' or '\u2014' or '-' && text[p + 1] is ' ' or '\t' ? p : -1;
        }

        /// <summary>The longest timed entry that <see cref="ClockEntryLineEnd"/> reads as a heading.</summary>
        private const int MaxClockEntryLine = 120;

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it is a timed entry (<see cref="ClockEntryDash"/>) of at most
        /// <see cref="MaxClockEntryLine"/> characters with no sentence ending inside it ("08:10 – Overwatering: the number
        /// one killer", "52:20 – Does talking to plants help?"); -1 otherwise ("9:00 – Doors open. Coffee is served.").
        /// </summary>
        private readonly int ClockEntryLineEnd(ReadOnlySpan<char> text, int start)
        {
            if (EntryDash(text, start) < 0)
            {
                return -1;
            }

            int lineBreak = SplitChars.IndexOfLineBreak(text[start..Math.Min(text.Length, start + MaxClockEntryLine + 1)]);
            int lineEnd = TrimEnd(text, start, lineBreak < 0 ? text.Length : start + lineBreak);
            if (lineEnd - start > MaxClockEntryLine)
            {
                return -1;
            }

            ReadOnlySpan<char> line = text[start..lineEnd];
            for (int k = 1; k + 2 < line.Length; k++)
            {
                if (line[k] is '.' or '!' or '?' && line[k + 1] == ' ' && char.IsUpper(line[k + 2]) && char.IsLetter(line[k - 1]) && char.IsLower(line[k - 1]))
                {
                    return -1;
                }
            }

            return lineEnd;
        }

        /// <summary>
        /// Whether the line at <paramref name="k"/> opens with a clock time, bare or in brackets, and a space: a chapter's
        /// start in a video's description or a show's notes ("(07:15) Room vs. microphone", "[1:02:30] Questions", "21:05
        /// Ruedas: ...").
        /// </summary>
        private static bool OpensWithClockTime(ReadOnlySpan<char> text, int k)
        {
            int p = k < text.Length && text[k] is '(' or '[' ? k + 1 : k;
            int time = SpeakerLabels.TimeLength(text[p..Math.Min(text.Length, p + MaxClockTimeLength)]);
            if (time == 0)
            {
                return false;
            }

            p += time;
            p += p < text.Length && p > k + time && text[p] is ')' or ']' ? 1 : 0;
            return p < text.Length && text[p] == ' ' && (text[k] is not ('(' or '[') || text[p - 1] is ')' or ']');
        }

        /// <summary>The longest clock time that <see cref="OpensWithClockTime"/> reads ("10:32:15").</summary>
        private const int MaxClockTimeLength = 9;

        /// <summary>
        /// Whether <paramref name="k"/> opens a quantity: a number (digits with '.', ',' or '/', or a vulgar fraction) and a
        /// unit or an abbreviation of the language ("2 tbsp. chopped parsley", "250 g flour", "1 kg whole wheat flour").
        /// </summary>
        private readonly bool OpensWithQuantity(ReadOnlySpan<char> text, int k)
        {
            int p = k;
            while (p < text.Length && (char.IsAsciiDigit(text[p]) || (p > k && text[p] is '.' or ',' or '/') || text[p] is >= '\u00BC' and <= '\u00BE'))
            {
                p++;
            }

            if (p == k || p >= text.Length || text[p] != ' ')
            {
                return false;
            }

            int wordStart = p + 1;
            int wordEnd = wordStart;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = text[wordStart..wordEnd];
            return !word.IsEmpty && (wordEnd == text.Length || !char.IsLetterOrDigit(text[wordEnd]))
                && (_rules.IsUnit(word) || _rules.IsAbbreviation(word));
        }

        /// <summary>
        /// Whether <paramref name="word"/> is a number as a field or a time stamp writes one: digits with '.', ',', '/', '-'
        /// or '–' between them ("1.200", "3/4", "8–10"), and ':' too for a <paramref name="clock"/> ("9:02").
        /// </summary>
        private static bool IsNumberWord(ReadOnlySpan<char> word, bool clock)
        {
            foreach (char c in word)
            {
                if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or '/' or '-' or '\u2013') && !(clock && c == ':'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The longest line that <see cref="FieldLineEnd"/> reads.</summary>
        private const int MaxFieldLine = 64;

        /// <summary>The most words of a field's label (<see cref="FieldLineEnd"/>).</summary>
        private const int MaxFieldLabelWords = 3;

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it is a field, at most <see cref="MaxFieldLine"/>
        /// characters: a capitalized label of at most <see cref="MaxFieldLabelWords"/> words without digits, a colon, then
        /// only numbers (digits with '.', ',', '/', '-' or '–'), dashes and the language's abbreviations or units, at least
        /// one number, and an abbreviation's period last: "Prep time: 30 min.", "Cook time: 1 hr. 10 min.", "Backzeit: ca.
        /// 45 Min.", "Temps de cuisson : 20 min."; -1 otherwise. The period is the abbreviation's: the line is a field, as
        /// "Serves: 8" is, not a sentence. Not "Note: Bake for 30 min." (a word that is no abbreviation).
        /// </summary>
        private readonly int FieldLineEnd(ReadOnlySpan<char> text, int start)
        {
            if (start >= text.Length || !char.IsUpper(text[start]))
            {
                return -1;
            }

            int lineEnd = ShortLineEnd(text, start, MaxFieldLine + 1);
            if (lineEnd < 0)
            {
                return -1;
            }

            ReadOnlySpan<char> line = text[start..lineEnd];
            int colon = line.IndexOf(':');
            if (colon <= 0 || line[^1] != '.' || line[..colon].IndexOfAnyInRange('0', '9') >= 0
                || CountWords(line, 0, colon, MaxFieldLabelWords + 1) > MaxFieldLabelWords)
            {
                return -1;
            }

            bool number = false;
            ReadOnlySpan<char> last = default;
            foreach (Range range in line[(colon + 1)..].Split(' '))
            {
                ReadOnlySpan<char> token = line[(colon + 1)..][range];
                if (token.IsEmpty || token is "-" or "\u2013")
                {
                    continue;
                }

                if (char.IsAsciiDigit(token[0]))
                {
                    if (!IsNumberWord(token, clock: false))
                    {
                        return -1;
                    }

                    number = true;
                    last = default;
                    continue;
                }

                ReadOnlySpan<char> word = token.TrimEnd('.');
                if (word.IsEmpty || !(_rules.IsAbbreviation(word) || _rules.IsUnit(word)))
                {
                    return -1;
                }

                last = token;
            }

            return number && last.Length > 1 && last[^1] == '.' ? lineEnd : -1;
        }

        /// <summary>
        /// The end of the line at <paramref name="start"/>, white space at its end passed over, when it ends within
        /// <paramref name="maxLength"/> characters (or the text does); -1 otherwise. A bounded look: a paragraph's long
        /// line is read no further.
        /// </summary>
        private static int ShortLineEnd(ReadOnlySpan<char> text, int start, int maxLength)
        {
            int limit = Math.Min(text.Length, start + maxLength);
            int lineBreak = SplitChars.IndexOfLineBreak(text[start..limit]);
            return lineBreak < 0 && limit < text.Length ? -1 : TrimEnd(text, start, lineBreak < 0 ? limit : start + lineBreak);
        }

        /// <summary>The longest line that <see cref="CellsLineEnd"/> reads.</summary>
        private const int MaxCellsLine = 160;

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it is a row of cells, at most <see cref="MaxCellsLine"/>
        /// characters: cells parted by " | " or a label parted from its value by a tab, every '.', '!' or '?' before white
        /// space or the line's end an abbreviation's period (a listed abbreviation or unit, or one with a period inside,
        /// "a.m.", "B.Sc."), and the last character such a period, before any closing brackets: "Ponferrada | 11/08/2025 -
        /// 08:15 h.", "Published May 2, 2025 at 6:00 a.m. | Updated May 2, 2025 at 9:45 a.m.", "Size: S/M (15-18 in.) |
        /// M/L (18-21 in.)", "Education\tUniversity of Otago (B.Sc.)"; -1 otherwise. Such a line holds values, dates and
        /// places, not a clause, as a line of cells without the last period is read. Not "Free returns | Ships in 2 days."
        /// (a word that is no abbreviation).
        /// </summary>
        private readonly int CellsLineEnd(ReadOnlySpan<char> text, int start)
        {
            int lineEnd = ShortLineEnd(text, start, MaxCellsLine + 1);
            if (lineEnd < 0)
            {
                return -1;
            }

            ReadOnlySpan<char> line = text[start..lineEnd];
            int tab = line.IndexOf('\t');
            if (line.IsEmpty || !char.IsLetterOrDigit(line[0]) || !line.TrimEnd(")]").EndsWith('.')
                || (line.IndexOf(" | ", StringComparison.Ordinal) < 0 && (tab <= 0 || line[..tab].IndexOfAny('.', ':') >= 0)))
            {
                return -1;
            }

            for (int k = 0; k < line.Length; k++)
            {
                if (line[k] is not ('.' or '!' or '?'))
                {
                    continue;
                }

                int after = k + 1;
                while (after < line.Length && line[after] is ')' or ']')
                {
                    after++;
                }

                if (after < line.Length && !SplitChars.IsWhiteSpace(line[after]))
                {
                    continue;
                }

                int wordStart = k;
                while (wordStart > 0 && (char.IsLetter(line[wordStart - 1]) || line[wordStart - 1] == '.'))
                {
                    wordStart--;
                }

                ReadOnlySpan<char> word = line[wordStart..k];
                if (line[k] != '.' || word.IsEmpty || !char.IsLetter(word[0])
                    || !(word.IndexOf('.') > 0 || _rules.IsAbbreviation(word) || _rules.IsUnit(word)))
                {
                    return -1;
                }
            }

            return lineEnd;
        }

        /// <summary>The most words of a review's rating line and the title on it (<see cref="RatingTitleLineEnd"/>).</summary>
        private const int MaxRatingTitleWords = 16;

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it opens with a review's rating
        /// (<see cref="SplitChars.OpensWithRating"/>) before a title that holds a sentence's end and closes without a
        /// period, in at most <see cref="MaxRatingTitleWords"/> words ("4.0 out of 5 stars Quiet and cold. But the manual
        /// is poor", "5つ星のうち4.0 静かでよく冷える。ただし説明書が不親切"): a shop's title is often two short sentences,
        /// and the line is the review's header, a heading; -1 otherwise, as for a review's text on its rating's line
        /// ("5 out of 5 stars. Works well. Would buy again.").
        /// </summary>
        private static int RatingTitleLineEnd(ReadOnlySpan<char> text, int start)
        {
            if (start >= text.Length || !(char.IsAsciiDigit(text[start]) || text[start] is '\u2605' or '\u2606' or '\u2B50'))
            {
                return -1;
            }

            int end = SplitMarkup.LineEnd(text, start);
            int last = TrimEnd(text, start, end);
            if (last <= start || text[last - 1] is '.' or '\u3002' or '\uFF0E' || text[start..last].IndexOfAny(SplitChars.Terminators) < 0
                || !SplitChars.OpensWithRating(text[start..last]) || CountWords(text, start, last, MaxRatingTitleWords + 1) > MaxRatingTitleWords)
            {
                return -1;
            }

            // The title goes on after its last sentence end with a word ("... cold. But the manual is poor"), not with a
            // reviewer's name under a dash: "★★★★★ 降噪效果真的惊艳。——用户 小鹿***" is a one-line review and its writer.
            int after = start + text[start..last].LastIndexOfAny(SplitChars.Terminators) + 1;
            while (after < last && text[after] is ' ' or '\u3000')
            {
                after++;
            }

            return after < last && char.IsLetter(text[after]) ? last : -1;
        }

        /// <summary>The most words after a time stamp's first number that are neither numbers nor "a.m." or "p.m." ("at", "ET", "Uhr").</summary>
        private const int MaxTimestampOtherWords = 3;

        /// <summary>
        /// The end of the line at <paramref name="start"/> when it is a news page's time stamp, at most
        /// <see cref="MaxTimestampLength"/> characters: up to <see cref="MaxTimestampLabelWords"/> words of the language's
        /// <c>[stamp-labels]</c> (with a colon or not), months, listed abbreviations ("Sept.") or connectors of at most three
        /// letters, then numbers (digits with '.', ',', '/', '-', '–' or ':') among which a clock time ("9:02") and at most
        /// <see cref="MaxTimestampOtherWords"/> short words, "a.m." and "p.m." aside: "Published Sept. 3, 2025 at 9:02
        /// a.m.", "Updated Oct. 14, 2025, 3:42 p.m. ET", "July 2, 2025, 2:05 p.m.", "Date: Oct. 9, 2025, 7:00–8:45 p.m.",
        /// "입력 2025.10.13. 오후 3:21"; not "Doors open at 7:30 p.m." (-1).
        /// </summary>
        private readonly int TimestampLineEnd(ReadOnlySpan<char> text, int start)
        {
            if (start >= text.Length || !char.IsLetterOrDigit(text[start]))
            {
                return -1;
            }

            // Most lines are longer or hold no clock time's colon: one vectorized search each decides them.
            int limit = Math.Min(text.Length, start + MaxTimestampLength + 1);
            int lineBreak = SplitChars.IndexOfLineBreak(text[start..limit]);
            int lineEnd = lineBreak < 0 ? limit : start + lineBreak;
            if ((lineBreak < 0 && limit < text.Length) || text[start..lineEnd].IndexOf(':') < 0)
            {
                return -1;
            }

            lineEnd = TrimEnd(text, start, lineEnd);
            int labels = 0;
            int others = 0;
            bool numbers = false;
            bool clock = false;
            for (int k = start; k < lineEnd; k++)
            {
                int wordStart = k;
                while (k < lineEnd && !SplitChars.IsWhiteSpace(text[k]))
                {
                    k++;
                }

                ReadOnlySpan<char> word = text[wordStart..k].TrimEnd(",:|·");
                if (word.IsEmpty)
                {
                    continue;
                }

                if (char.IsAsciiDigit(word[0]))
                {
                    if (!IsNumberWord(word, clock: true))
                    {
                        return -1;
                    }

                    int colon = word.IndexOf(':');
                    clock |= colon > 0 && colon + 2 < word.Length && char.IsAsciiDigit(word[colon + 1]) && char.IsAsciiDigit(word[colon + 2]);
                    numbers = true;
                    continue;
                }

                ReadOnlySpan<char> bare = word.TrimEnd('.');
                if (bare.IsEmpty)
                {
                    return -1;
                }

                if (bare.Equals("a.m", StringComparison.OrdinalIgnoreCase) || bare.Equals("p.m", StringComparison.OrdinalIgnoreCase))
                {
                    if (!numbers)
                    {
                        return -1;
                    }

                    continue;
                }

                if (numbers)
                {
                    // A label after the time opens a chat's message ("03/12/2024, 09:12 - Tom: ok").
                    if (bare.Length > 4 || text[k - 1] == ':' || ++others > MaxTimestampOtherWords)
                    {
                        return -1;
                    }

                    continue;
                }

                if (++labels > MaxTimestampLabelWords
                    || !(_rules.IsStampLabel(bare) || _rules.IsMonth(bare) || (bare.Length < word.Length && _rules.IsAbbreviation(bare))
                        || (bare.Length <= 3 && SplitChars.IsLowerCase(bare[0]))))
                {
                    return -1;
                }
            }

            return clock ? lineEnd : -1;
        }

        /// <summary>Whether a bracket opened after white space just before <paramref name="m"/> holds a web address ("(https://...", "[www.").</summary>
        private static bool IsBracketedAddressAt(ReadOnlySpan<char> text, int m) =>
            OpensBracketAfterSpace(text, m) && (text[m..].StartsWith("https://", StringComparison.Ordinal)
                || text[m..].StartsWith("http://", StringComparison.Ordinal) || text[m..].StartsWith("www.", StringComparison.Ordinal));

        /// <summary>Whether the character before <paramref name="m"/> is a round or square bracket opened after white space.</summary>
        private static bool OpensBracketAfterSpace(ReadOnlySpan<char> text, int m) =>
            m >= 2 && text[m - 1] is '[' or '(' && SplitChars.IsWhiteSpace(text[m - 2]);

        /// <summary>
        /// A name written with a lower-case first letter and a capital after it ("iPhone", "eBay", "macOS", "mRNA"): it
        /// opens a sentence as a capitalized word does ("Sales slowed. iPhone shipments fell"). Reads at most
        /// <see cref="MaxCamelCaseScan"/> letters.
        /// </summary>
        private static bool IsCamelCaseAt(ReadOnlySpan<char> text, int m)
        {
            int limit = Math.Min(text.Length, m + MaxCamelCaseScan);
            for (int k = m + 1; k < limit && char.IsLetter(text[k]); k++)
            {
                if (char.IsUpper(text[k]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A number after one or two letters at <paramref name="m"/>: "S2", "A3", "SI4" (supplementary figures, sheets).</summary>
        private static bool IsLetteredNumberAt(ReadOnlySpan<char> text, int m)
        {
            int k = m;
            while (k < text.Length && k - m < 3 && char.IsLetter(text[k]))
            {
                k++;
            }

            return k > m && k - m <= 2 && k < text.Length && char.IsAsciiDigit(text[k]);
        }

        /// <summary>A capitalized numeric abbreviation with its period ("Fig.", "Sec."), which labels the letter after it.</summary>
        private readonly bool IsReferenceAbbreviation(ReadOnlySpan<char> word) =>
            word.Length > 2 && word[^1] == '.' && char.IsUpper(word[0]) && _rules.IsNumericPrefix(word[..^1])
            && !word[..^1].Equals("no", StringComparison.OrdinalIgnoreCase);

        /// <summary>A single Latin capital at <paramref name="m"/> that no letter or digit follows: "Fig. A", "Appx. C,".</summary>
        private static bool IsLetterLabelAt(ReadOnlySpan<char> text, int m) =>
            char.IsAsciiLetterUpper(text[m]) && (m + 1 == text.Length || !char.IsLetterOrDigit(text[m + 1]));

        /// <summary>
        /// Whether <paramref name="nextWord"/> (at <paramref name="m"/>) and the word after it, capitalized and one space
        /// apart, are a continuation of two words ("Security Council", "Human Rights"): the first alone often opens a
        /// sentence ("Security was tight", "Human rights groups", "General Motors said").
        /// </summary>
        private readonly bool ContinuesAsPair(ReadOnlySpan<char> text, int m, ReadOnlySpan<char> nextWord)
        {
            int after = m + nextWord.Length;
            if (nextWord.IsEmpty || after + 1 >= text.Length || text[after] != ' ' || !char.IsUpper(text[after + 1]))
            {
                return false;
            }

            ReadOnlySpan<char> second = WordAt(text, after + 1);
            if (nextWord.Length + 1 + second.Length > MaxPairLength)
            {
                return false;
            }

            Span<char> pair = stackalloc char[MaxPairLength];
            nextWord.CopyTo(pair);
            pair[nextWord.Length] = ' ';
            second.CopyTo(pair[(nextWord.Length + 1)..]);
            return _rules.IsContinuation(pair[..(nextWord.Length + 1 + second.Length)]);
        }

        /// <summary>
        /// Whether the words at <paramref name="m"/> attribute quoted speech: a speech verb within the first
        /// <see cref="MaxAttributionWords"/> words ("asked", "he asked", "the coach added"), none of them before it a
        /// conjunction that opens a clause of its own ("and she said") and no punctuation among them.
        /// </summary>
        private readonly bool AttributionAt(ReadOnlySpan<char> text, int m)
        {
            int k = m;
            for (int words = 0; words < MaxAttributionWords && k < text.Length && char.IsLetter(text[k]); words++)
            {
                ReadOnlySpan<char> word = WordAt(text, k);
                if (_rules.IsSpeechVerb(word))
                {
                    return true;
                }

                if (_rules.IsListConjunction(word))
                {
                    return false;
                }

                k = WordStartAfterSpace(text, k, word);
                if (k < 0)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the words at <paramref name="m"/> name a speaker and attribute quoted speech to them: one to
        /// <see cref="MaxSpeakerNameWords"/> capitalized words, the first no sentence starter (not "Police said the
        /// suspect fled", a sentence of its own) but for the pronoun "I", and a title may keep its period ("Dr. Varga");
        /// then a speech verb in lower case, with at most one of the language's <c>[speech-complements]</c> ("asked
        /// me", "wondered aloud"), that punctuation closes ("Tom asked.", "I said.", "Mary Ellen shouted, and"; not
        /// "Mr Blair said he would not respond", reported speech of its own).
        /// </summary>
        private readonly bool NamedAttributionAt(ReadOnlySpan<char> text, int m)
        {
            int k = m;
            for (int words = 0; words <= MaxSpeakerNameWords; words++)
            {
                ReadOnlySpan<char> word = WordAt(text, k);
                if (word.IsEmpty)
                {
                    return false;
                }

                if (words > 0 && SplitChars.IsLowerCase(word[0]))
                {
                    if (!_rules.IsSpeechVerb(word))
                    {
                        return false;
                    }

                    int next = WordStartAfterSpace(text, k, word);
                    ReadOnlySpan<char> complement = next < 0 ? default : WordAt(text, next);
                    int after = _rules.IsSpeechComplement(complement) ? next + complement.Length : k + word.Length;
                    return after == text.Length || text[after] is '.' or ',' or ';' or '!' or '?' or '\u2014' or '\u2013';
                }

                bool pronoun = words == 0 && _rules.PronounI && word is "I";
                if (words == MaxSpeakerNameWords || !char.IsUpper(word[0]) || (words == 0 && !pronoun && _rules.IsStarter(word)))
                {
                    return false;
                }

                if (pronoun)
                {
                    // The pronoun is the whole speaker: the speech verb comes next ("I asked."), not a name ("I Tom").
                    words = MaxSpeakerNameWords - 1;
                }
                else if (k + word.Length + 1 < text.Length && text[k + word.Length] == '.' && _rules.IsTitle(word))
                {
                    // A title's period is no end of the name: "Dr. Varga asked".
                    k++;
                }

                k = WordStartAfterSpace(text, k, word);
                if (k < 0)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Where the word after <paramref name="word"/>, at <paramref name="k"/>, starts when one space follows it; -1 otherwise.</summary>
        private static int WordStartAfterSpace(ReadOnlySpan<char> text, int k, ReadOnlySpan<char> word)
        {
            int end = k + word.Length;
            return end < text.Length && text[end] == ' ' ? end + 1 : -1;
        }

        /// <summary>The most words of a speaker's name before a speech verb (<see cref="NamedAttributionAt"/>).</summary>
        private const int MaxSpeakerNameWords = 3;

        /// <summary>
        /// Whether the period at <paramref name="j"/>, spaced from its word as tokenized text spaces it, closes the
        /// attribution of a quotation: at most <see cref="MaxAttributionWords"/> words, a speech verb among them, after
        /// a closing quote that stands alone ("' it was over , ' she said .", "? '' said the coach ."), which may have
        /// ended the sentence before (". ' he said .").
        /// </summary>
        private readonly bool EndsAttribution(ReadOnlySpan<char> text, int j)
        {
            bool verb = false;
            int end = j - 1;
            for (int words = 0; words <= MaxAttributionWords; words++)
            {
                if (end <= 0 || text[end] != ' ')
                {
                    return false;
                }

                int begin = end;
                while (begin > 0 && char.IsLetter(text[begin - 1]))
                {
                    begin--;
                }

                if (begin == end)
                {
                    int quote = end;
                    while (quote > 0 && text[quote - 1] is '\'' or '\u2019')
                    {
                        quote--;
                    }

                    return verb && quote < end && (quote == 0 || text[quote - 1] == ' ');
                }

                verb |= _rules.IsSpeechVerb(text[begin..end]);
                end = begin - 1;
            }

            return false;
        }

        /// <summary>
        /// Whether the period after <paramref name="previous"/>, a number that the token at <paramref name="tokenStart"/>
        /// holds, is inside a date written with spaced periods, as Korean official writing dates ("2024. 3. 15.(금)",
        /// "정부는 2024. 3. 15. 국무회의에서"): after a year of four digits before a month and a day of one or two digits with
        /// their periods, after the month of such a year before its day, and after the day of such a date before anything
        /// but a capital (<paramref name="m"/>, the next word's start).
        /// </summary>
        private static bool InSpacedDate(ReadOnlySpan<char> text, int start, int tokenStart, ReadOnlySpan<char> previous, int m)
        {
            if (IsAsciiNumber(previous, 4, 4))
            {
                return SpacedDatePartAt(text, m) is > 0 and int day && SpacedDatePartAt(text, day) > 0;
            }

            if (!IsAsciiNumber(previous, 1, 2))
            {
                return false;
            }

            int end = PreviousTokenEnd(text, start, tokenStart);

            int begin = TokenStart(text, start, end);
            ReadOnlySpan<char> before = text[begin..end];
            if (before.Length > 1 && before[^1] == '.' && IsAsciiNumber(before[..^1], 4, 4))
            {
                // The month: its day follows.
                return SpacedDatePartAt(text, m) > 0;
            }

            // The day: a month and a year before it, and no capital after it.
            ReadOnlySpan<char> year = PreviousWord(text, start, begin);
            return before.Length > 1 && before[^1] == '.' && IsAsciiNumber(before[..^1], 1, 2)
                && year.Length > 1 && year[^1] == '.' && IsAsciiNumber(year[..^1], 4, 4)
                && (m >= text.Length || !char.IsUpper(text[m]));
        }

        /// <summary>Where the next part of a spaced date starts after the part at <paramref name="k"/> (one or two digits and a period, then a space); -1 when none is there.</summary>
        private static int SpacedDatePartAt(ReadOnlySpan<char> text, int k)
        {
            int p = k;
            while (p < text.Length && p - k < 3 && char.IsAsciiDigit(text[p]))
            {
                p++;
            }

            return p > k && p - k <= 2 && p < text.Length && text[p] == '.' ? (p + 1 < text.Length && text[p + 1] == ' ' ? p + 2 : p + 1) : -1;
        }

        /// <summary>Whether <paramref name="word"/> is <paramref name="min"/> to <paramref name="max"/> ASCII digits.</summary>
        private static bool IsAsciiNumber(ReadOnlySpan<char> word, int min, int max)
        {
            if (word.Length < min || word.Length > max)
            {
                return false;
            }

            // A loop, as in IsNumberedLabel: the span search allocates until the JIT has optimized it.
            foreach (char c in word)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The most characters of a source's reference in brackets (<see cref="IsBracketedCitationAt"/>).</summary>
        private const int MaxBracketedCitation = 40;

        /// <summary>
        /// Whether a bracket opens between <paramref name="after"/> and <paramref name="m"/> on the line over a source's
        /// reference (at most <see cref="MaxBracketedCitation"/> characters of letters, digits, spaces and ". : , ; – -",
        /// a digit among them: "Matt. 18:21", "Ruth 1:21", "Mt 18,21", "p. 45") and a terminator, a comma, a semicolon or a
        /// word in lower case follows its close.
        /// </summary>
        private static bool IsBracketedCitationAt(ReadOnlySpan<char> text, int after, int m)
        {
            int open = text[after..m].IndexOf('(');
            if (open < 0 || text[after..m].IndexOfAny(SplitChars.LineBreaks) >= 0)
            {
                return false;
            }

            open += after;
            bool digit = false;
            int k = open + 1;
            while (k < text.Length && k - open <= MaxBracketedCitation && text[k] != ')')
            {
                char c = text[k];
                if (!char.IsLetterOrDigit(c) && c is not (' ' or '.' or ':' or ',' or ';' or '\u2013' or '-'))
                {
                    return false;
                }

                digit |= char.IsAsciiDigit(c);
                k++;
            }

            if (!digit || k >= text.Length || text[k] != ')')
            {
                return false;
            }

            int next = SplitChars.SkipSpaces(text, k + 1);
            return next < text.Length && (text[next] is '.' or ',' or ';' || SplitChars.IsLowerCase(text[next]));
        }

        /// <summary>The longest code <see cref="IsCodeAt"/> reads ("DS-KX8-EN-0042").</summary>
        private const int MaxCodeLength = 20;

        /// <summary>
        /// Whether a product's or a document's code starts at <paramref name="m"/>: capitals, digits and hyphens, at least
        /// one digit and one capital, no lower case ("KX-200", "SN-0042", "B45"), and a space or a mark after it.
        /// </summary>
        private static bool IsCodeAt(ReadOnlySpan<char> text, int m)
        {
            bool digit = false;
            bool capital = false;
            int k = m;
            for (; k < text.Length && k - m <= MaxCodeLength; k++)
            {
                char c = text[k];
                if (char.IsAsciiDigit(c))
                {
                    digit = true;
                }
                else if (char.IsAsciiLetterUpper(c))
                {
                    capital = true;
                }
                else if (c != '-' || k == m)
                {
                    break;
                }
            }

            return digit && capital && k - m <= MaxCodeLength && text[k - 1] != '-'
                && (k == text.Length || !char.IsLetterOrDigit(text[k]));
        }

        /// <summary>Whether a number and a listed unit after it start at <paramref name="m"/>: the "40 сек." of "2 мин. 40 сек.".</summary>
        private readonly bool UnitAfterNumberAt(ReadOnlySpan<char> text, int m)
        {
            int k = m;
            while (k < text.Length && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            if (k - m is 0 or > 3 || k >= text.Length || text[k] != ' ')
            {
                return false;
            }

            ReadOnlySpan<char> unit = WordAt(text, k + 1);
            return !unit.IsEmpty && _rules.IsUnit(unit);
        }

        /// <summary>Whether <paramref name="word"/> is a sum of shillings: one to three digits and "s" ("5s", "10s").</summary>
        private static bool IsShillings(ReadOnlySpan<char> word) =>
            word.Length is >= 2 and <= 4 && word[^1] == 's' && IsNumber(word[..^1]);

        /// <summary>Whether a sum of pence starts at <paramref name="m"/>: one or two digits, "d" and a period ("6d.").</summary>
        private static bool IsPenceAt(ReadOnlySpan<char> text, int m)
        {
            int k = m;
            while (k < text.Length && k - m <= 2 && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            return k > m && k - m <= 2 && k + 1 < text.Length && text[k] == 'd' && text[k + 1] == '.';
        }

        /// <summary>Whether <paramref name="word"/>, starting at <paramref name="wordStart"/>, is the "al" of "et al".</summary>
        private static bool IsEtAl(ReadOnlySpan<char> text, int start, int wordStart, ReadOnlySpan<char> word) =>
            word.Equals("al", StringComparison.OrdinalIgnoreCase)
            && PreviousWord(text, start, wordStart).Equals("et", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether <paramref name="word"/> is an abbreviation that goes on before a number: a numeric one, or a general one that is no acronym ("Nr", "Wed").</summary>
        private readonly bool HoldsBeforeNumber(ReadOnlySpan<char> word) =>
            _rules.IsNumericPrefix(word) || (_rules.IsGeneral(word) && !IsAcronym(word));

        /// <summary>Whether a digit follows text[k], a space, as a part's letter is numbered ("V 4.2", "A 3").</summary>
        private static bool NumberAfterSpace(ReadOnlySpan<char> text, int k) =>
            k + 1 < text.Length && text[k] == ' ' && char.IsAsciiDigit(text[k + 1]);

        /// <summary>Whether <paramref name="word"/> is written in the capitals of Roman numerals ("II", "XIV").</summary>
        private static bool IsRomanNumeral(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether a period at <paramref name="k"/> and a number after it follow: "No. 5", "No.5".</summary>
        private static bool NumberAfterPeriod(ReadOnlySpan<char> text, int k)
        {
            if (k >= text.Length || text[k] != '.')
            {
                return false;
            }

            k++;
            if (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            return k < text.Length && char.IsAsciiDigit(text[k]);
        }

        /// <summary>
        /// Whether the word at <paramref name="m"/> opens right after a quote mark or a backtick that closes again on its
        /// line within <see cref="MaxQuotedName"/> characters, as a manual quotes a program's or a function's name
        /// ("'gpg'", "‘random(ctx, n, dst)’", "`npm`"): such a name opens a sentence in lower case.
        /// </summary>
        private static bool IsQuotedNameAt(ReadOnlySpan<char> text, int m)
        {
            char close = m > 0 ? text[m - 1] switch
            {
                '\'' => '\'',
                '`' => '`',
                '\u2018' => '\u2019',
                '"' => '"',
                '\u201C' => '\u201D',
                _ => '\0',
            } : '\0';
            if (close == '\0')
            {
                return false;
            }

            ReadOnlySpan<char> rest = text[m..Math.Min(text.Length, m + MaxQuotedName + 1)];
            int end = rest.IndexOf(close);
            // An apostrophe inside a word ("don't") is no closing quote.
            return end > 0 && rest[..end].IndexOfAny(SplitChars.LineBreaks) < 0
                && (end + 1 == rest.Length || !char.IsLetter(rest[end + 1]));
        }

        /// <summary>The longest quoted name that <see cref="IsQuotedNameAt"/> reads.</summary>
        private const int MaxQuotedName = 64;

        /// <summary>
        /// Whether a name that the text defines in lower case (<see cref="DefinedNames"/>) stands at <paramref name="m"/>,
        /// whole: not followed by another character of a name.
        /// </summary>
        private bool IsDefinedNameAt(ReadOnlySpan<char> text, int m)
        {
            _definedNames ??= DefinedNames(text);
            foreach (string name in _definedNames)
            {
                int end = m + name.Length;
                if (text[m..].StartsWith(name, StringComparison.Ordinal) && (end == text.Length || !IsNameChar(text[end]) || (text[end] == '.' && (end + 1 == text.Length || !IsNameChar(text[end + 1])))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The names in lower case that a line near the text's start defines, as a manual page's NAME line does: one name
        /// or several parted by commas at the line's start, then a dash between spaces and what they are ("apropos -
        /// search the manual page names", "gzip, gunzip, zcat - compress or expand files", "dpkg-deb - Debian package
        /// archive manipulation tool"); and a Markdown heading that holds one such name alone (<see cref="HeadingName"/>).
        /// Reads at most <see cref="MaxDefinitionScan"/> characters, and at most <see cref="MaxDefinedNames"/> names.
        /// </summary>
        private static string[] DefinedNames(ReadOnlySpan<char> text)
        {
            List<string>? names = null;
            ReadOnlySpan<char> head = text[..Math.Min(text.Length, MaxDefinitionScan)];
            for (int line = 0; line < head.Length;)
            {
                int lineEnd = SplitMarkup.LineEnd(head, line);
                ReadOnlySpan<char> rest = head[line..lineEnd].TrimStart(" \t");
                if (HeadingName(rest) is { Length: >= MinDefinedName and <= MaxDefinedName } titled && (names?.Count ?? 0) < MaxDefinedNames)
                {
                    (names ??= new List<string>()).Add(titled.ToString());
                }

                while (rest.Length > 0 && rest[0] is >= 'a' and <= 'z')
                {
                    int k = 1;
                    while (k < rest.Length && IsNameChar(rest[k]))
                    {
                        k++;
                    }

                    ReadOnlySpan<char> name = rest[..k].TrimEnd('.');
                    ReadOnlySpan<char> after = rest[k..];
                    if (name.Length < MinDefinedName || name.Length > MaxDefinedName)
                    {
                        break;
                    }

                    if (after.StartsWith(", "))
                    {
                        rest = after[2..];
                        continue;
                    }

                    ReadOnlySpan<char> dash = after.TrimStart(" \t");
                    if (dash.Length < after.Length && dash.Length > 2 && dash[0] is '-' or '\u2010' or '\u2013' or '\u2014' && dash[1] is ' ' or '\t')
                    {
                        // The names before it on the line, and this one.
                        ReadOnlySpan<char> all = head[line..lineEnd].TrimStart(" \t");
                        foreach (Range part in all[..(all.Length - after.Length)].Split(", "))
                        {
                            names ??= new List<string>();
                            if (names.Count < MaxDefinedNames)
                            {
                                names.Add(all[part].TrimEnd('.').ToString());
                            }
                        }
                    }

                    break;
                }

                line = SplitMarkup.SkipLineBreak(head, lineEnd);
            }

            return names?.ToArray() ?? [];
        }

        /// <summary>
        /// The name in lower case that a Markdown heading of <paramref name="line"/> holds alone, as a project's README
        /// opens ("# fastgrid", "## left-pad ##"), or empty.
        /// </summary>
        private static ReadOnlySpan<char> HeadingName(ReadOnlySpan<char> line)
        {
            int hashes = line.IndexOfAnyExcept('#');
            if (hashes is < 1 or > 6 || line[hashes] != ' ')
            {
                return default;
            }

            ReadOnlySpan<char> name = line[hashes..].Trim(" \t#");
            if (name.Length == 0 || name[0] is not (>= 'a' and <= 'z'))
            {
                return default;
            }

            foreach (char c in name)
            {
                if (!IsNameChar(c))
                {
                    return default;
                }
            }

            return name.TrimEnd('.');
        }

        /// <summary>Whether <paramref name="c"/> can stand in a program's name: a lower-case letter, a digit, '.', '_', '+' or '-'.</summary>
        private static bool IsNameChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_' or '+' or '-';

        /// <summary>How far from the text's start <see cref="DefinedNames"/> reads, in characters.</summary>
        private const int MaxDefinitionScan = 4096;

        /// <summary>The most names <see cref="DefinedNames"/> keeps.</summary>
        private const int MaxDefinedNames = 8;

        /// <summary>The fewest characters of a defined name: a shorter word ("a - b") defines nothing.</summary>
        private const int MinDefinedName = 2;

        /// <summary>The most characters of a defined name.</summary>
        private const int MaxDefinedName = 40;

        private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int m)
        {
            int k = m;
            while (k < text.Length && (char.IsLetter(text[k])
                || (text[k] is '\'' or '\u2019' && k + 1 < text.Length && char.IsLetter(text[k + 1]))))
            {
                k++;
            }

            return text[m..k];
        }

        private static int CountWords(ReadOnlySpan<char> text, int start, int end, int cap) =>
            end > start ? SplitChars.CountWords(text[start..end], cap) : 0;

        /// <summary>
        /// Whether the number at <paramref name="m"/> (digits with their letters, brackets, dots and colons: "12(3)(a)",
        /// "6:248") is followed on its line by another after a dash, a comma, or a short word (a conjunction, "to"): the
        /// numbers that a reference's plural counts ("14 and 15", "12–13", "2, 3", "3 to 5", "4 e 5").
        /// </summary>
        private static bool CountsSeveralAt(ReadOnlySpan<char> text, int m)
        {
            int k = m;
            while (k < text.Length && k - m < MaxCountedNumber && (char.IsLetterOrDigit(text[k]) || text[k] is '(' or ')' or '.' or ':'))
            {
                k++;
            }

            if (k < text.Length && text[k] is '-' or '\u2013' or ',')
            {
                k = SplitChars.SkipSpaces(text, k + 1);
                return k < text.Length && char.IsAsciiDigit(text[k]);
            }

            k = SplitChars.SkipSpaces(text, k);
            int word = k;
            while (k < text.Length && k - word <= MaxCountingWord && (char.IsLetter(text[k]) || text[k] == '&'))
            {
                k++;
            }

            return k > word && k - word <= MaxCountingWord && k < text.Length && text[k] == ' ' && SplitChars.SkipSpaces(text, k) is int next
                && next < text.Length && char.IsAsciiDigit(text[next]);
        }

        /// <summary>The longest number <see cref="CountsSeveralAt"/> reads ("12(3)(a)(ii)").</summary>
        private const int MaxCountedNumber = 16;

        /// <summary>The longest word between two counted numbers ("and", "und", "och", "bis").</summary>
        private const int MaxCountingWord = 3;

        /// <summary>
        /// Whether <paramref name="word"/>, at <paramref name="m"/>, is a <c>[numeric]</c> abbreviation with its period
        /// and a number after it on the line: the "Nr. 5" of "Goethestr. Nr. 5".
        /// </summary>
        private bool NumberedAfter(ReadOnlySpan<char> text, int m, ReadOnlySpan<char> word)
        {
            int k = m + word.Length;
            if (word.IsEmpty || k >= text.Length || text[k] != '.' || !_rules.IsNumericPrefix(word))
            {
                return false;
            }

            k = SplitChars.SkipSpaces(text, k + 1);
            return k < text.Length && char.IsAsciiDigit(text[k]);
        }

        /// <summary>
        /// Whether the sentence that starts at <paramref name="start"/> holds, before <paramref name="tokenStart"/>, only
        /// a short word and a year: the fronted phrase of "В 1812 г. Москва сгорела", "W 1944 r. Warszawa".
        /// </summary>
        private readonly bool IsFrontedYear(ReadOnlySpan<char> text, int start, int tokenStart)
        {
            ReadOnlySpan<char> year = PreviousWord(text, start, tokenStart);
            if (year.Length != 4 || !IsNumber(year) || year[0] is not ('1' or '2'))
            {
                return false;
            }

            if (CountWords(text, start, tokenStart, 3) == 2)
            {
                ReadOnlySpan<char> word = WordAt(text, SplitChars.SkipSpaces(text, start));
                return word.Length is > 0 and <= 3;
            }

            return IsFrontedDate(text, start, PreviousTokenEnd(text, start, tokenStart) - year.Length);
        }

        /// <summary>The most words, each of at most <see cref="MaxFrontingWordLetters"/> letters, before a fronted date.</summary>
        private const int MaxFrontingWords = 3;

        /// <summary>The most letters of a word that fronts a date ("w dniu", "że w dniu", "в конце").</summary>
        private const int MaxFrontingWordLetters = 5;

        /// <summary>
        /// Whether the year at <paramref name="yearStart"/> closes a date written with its month (and its day) that short
        /// words front at the start of the sentence or of a clause after a comma, before any verb: "W dniu 2 grudnia 2025
        /// r. Zarząd podjął", "informuje, że w dniu 13 listopada 2025 r. Emitent zawarł", "В конце августа 1830 г. Пушкин
        /// выехал" (but "Umowę zawarto 13 listopada 2025 r. Emitent" ends, and so does a date alone on its line).
        /// </summary>
        private readonly bool IsFrontedDate(ReadOnlySpan<char> text, int start, int yearStart)
        {
            ReadOnlySpan<char> month = PreviousWord(text, start, yearStart);
            if (!_rules.IsDateMonth(month))
            {
                return false;
            }

            int k = WordStart(text, start, PreviousTokenEnd(text, start, yearStart));
            ReadOnlySpan<char> day = PreviousWord(text, start, k);
            if (day.Length is > 0 and <= 2 && IsNumber(day))
            {
                k = WordStart(text, start, PreviousTokenEnd(text, start, k));
            }

            int clause = Math.Max(start, text[start..k].LastIndexOf(',') + start + 1);
            if (text[clause..k].IndexOfAny('\n', '\r') >= 0)
            {
                return false;
            }

            ReadOnlySpan<char> fronting = text[clause..k];
            int words = 0;
            foreach (Range range in fronting.Split(' '))
            {
                ReadOnlySpan<char> word = fronting[range];
                if (word.IsEmpty)
                {
                    continue;
                }

                if (++words > MaxFrontingWords || word.Length > MaxFrontingWordLetters || !SplitChars.IsAllLetters(word))
                {
                    return false;
                }
            }

            return words > 0;
        }

        /// <summary>
        /// Whether <paramref name="word"/>, the word before a period, ends with a number of one or two digits glued to a
        /// CJK colon, semicolon, comma or enumeration comma ("方法：1", "30秒；2").
        /// </summary>
        private static bool IsCjkItemNumber(ReadOnlySpan<char> word)
        {
            int digits = word.Length;
            while (digits > 0 && word.Length - digits < 3 && char.IsAsciiDigit(word[digits - 1]))
            {
                digits--;
            }

            return digits > 0 && digits < word.Length && word.Length - digits <= 2 && word[digits - 1] is '\uFF1A' or '\uFF1B' or '\uFF0C' or '\u3001';
        }

        /// <summary>The most letters of an initial of an Indic script, which spells a Latin letter in syllables ("आर", "एस").</summary>
        private const int MaxIndicInitialLetters = 2;

        /// <summary>The most words of a glossary's headword before its part of speech ("barrel vault n.").</summary>
        private const int MaxHeadwordWords = 2;

        /// <summary>
        /// How many initials of an Indic script (Devanagari to Sinhala) <paramref name="word"/>, the word before a period,
        /// is, the periods between them kept: each at most <see cref="MaxIndicInitialLetters"/> letters with their vowel
        /// signs and marks ("ए", "के", "आर": 1; "ए.पी.जे": 3); 0 when it is none.
        /// </summary>
        private static int IndicInitials(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty || word[0] is < '\u0900' or > '\u0DFF')
            {
                return 0;
            }

            int initials = 0;
            int letters = 0;
            foreach (char c in word)
            {
                if (c == '.')
                {
                    if (letters == 0)
                    {
                        return 0;
                    }

                    initials++;
                    letters = 0;
                }
                else if (c is < '\u0900' or > '\u0DFF')
                {
                    return 0;
                }
                else if (char.IsLetter(c))
                {
                    if (++letters > MaxIndicInitialLetters)
                    {
                        return 0;
                    }
                }
                else if (char.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                {
                    return 0;
                }
            }

            return letters > 0 ? initials + 1 : 0;
        }

        /// <summary>
        /// Whether the word at <paramref name="m"/> is an initial of an Indic script with its period ("के." in "ए. के. शर्मा"),
        /// not a listed title, which opens a name rather than going on with one ("आहे. डॉ. नायडू": a sentence ends before it).
        /// </summary>
        private readonly bool IsIndicInitialAt(ReadOnlySpan<char> text, int m)
        {
            int end = m;
            while (end < text.Length && end - m <= MaxTokenScan && !SplitChars.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return end - m >= 2 && text[end - 1] == '.' && IndicInitials(text[m..(end - 1)]) > 0 && !_rules.IsTitle(text[m..(end - 1)]);
        }

        /// <summary>Whether <paramref name="word"/>, the word before an initial, is a title ("श्री", "डॉ.") or an Indic initial with its period.</summary>
        private readonly bool IsTitleOrIndicInitial(ReadOnlySpan<char> word) =>
            word.Length >= 2 && word[^1] == '.' ? _rules.IsTitle(word[..^1]) || IndicInitials(word[..^1]) > 0 : _rules.IsTitle(word);

        /// <summary>
        /// Whether the token at <paramref name="tokenStart"/> follows a list conjunction after a number of one to three
        /// digits and a period, an ordinal it is joined to ("23. und 67.", "1. oder 2.").
        /// </summary>
        private readonly bool AfterJoinedOrdinal(ReadOnlySpan<char> text, int start, int tokenStart)
        {
            int end = PreviousTokenEnd(text, start, tokenStart);

            int conjunction = TokenStart(text, start, end);
            if (conjunction == end || !_rules.IsListConjunction(text[conjunction..end]))
            {
                return false;
            }

            ReadOnlySpan<char> ordinal = PreviousWord(text, start, conjunction);
            return ordinal.Length is >= 2 and <= 4 && ordinal[^1] == '.' && ordinal[..^1].IndexOfAnyExceptInRange('0', '9') < 0;
        }

        /// <summary>The most units after one another after a quantity ("3 тыс. кв. м.").</summary>
        private const int MaxUnitRun = 3;

        /// <summary>
        /// Whether the token at <paramref name="tokenStart"/> follows a quantity: a number, or a unit after a number
        /// ("5 млрд руб.", "5 тыс. руб.").
        /// </summary>
        private readonly bool AfterQuantity(ReadOnlySpan<char> text, int start, int tokenStart)
        {
            ReadOnlySpan<char> before = PreviousWord(text, start, tokenStart);
            if (IsNumber(before))
            {
                return true;
            }

            // A unit may follow another ("5 млрд руб.", "3 тыс. кв. м.", "2 sq. ft.").
            for (int units = 0; units < MaxUnitRun; units++)
            {
                if (!_rules.IsUnit(before.EndsWith('.') ? before[..^1] : before))
                {
                    return false;
                }

                tokenStart = TokenStart(text, start, PreviousTokenEnd(text, start, tokenStart));
                before = PreviousWord(text, start, tokenStart);
                if (IsNumber(before))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the number before the unit that starts at <paramref name="tokenStart"/> follows a word that leaves its
        /// phrase open (<see cref="SplittingRules.IsOpenEnd"/>: "the 64", "a 16", "our 5"), not a preposition ("with 5 lb.
        /// Potatoes are next" ends), nor a conjunction after another number, which closes a range rather than sizes a noun
        /// ("between 5 and 10 lbs. Shipping was fast" ends).
        /// </summary>
        private readonly bool QuantityAfterOpenWord(ReadOnlySpan<char> text, int start, int tokenStart)
        {
            int end = PreviousTokenEnd(text, start, tokenStart);

            int numberStart = TokenStart(text, start, end);
            if (!IsNumber(text[numberStart..end]))
            {
                return false;
            }

            ReadOnlySpan<char> word = PreviousWord(text, start, numberStart);
            int wordStart = TokenStart(text, start, PreviousTokenEnd(text, start, numberStart));
            return _rules.IsOpenEnd(word) && !_rules.IsPreposition(word) && !IsNumber(PreviousWord(text, start, wordStart));
        }

        /// <summary>
        /// Whether the initial whose token starts at <paramref name="tokenStart"/> follows another, <paramref name="before"/>,
        /// and that one a capitalized word of letters alone, a surname ("Иванов И. И.", "Петров А. В."); not "J. R. R." nor a
        /// title's "Dr. A. B.".
        /// </summary>
        private static bool ClosesInitialsAfterName(ReadOnlySpan<char> text, int start, int tokenStart, ReadOnlySpan<char> before)
        {
            if (before.Length != 2 || !char.IsUpper(before[0]) || before[1] != '.')
            {
                return false;
            }

            int end = PreviousTokenEnd(text, start, tokenStart);

            ReadOnlySpan<char> name = PreviousWord(text, start, TokenStart(text, start, end));
            if (name.Length < 2 || !char.IsUpper(name[0]))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether text[start..tokenStart] opens its line with a headword of one or two words of letters (a hyphen or an
        /// apostrophe inside, a comma after the last), each maybe followed by a bracket that closes on the line and holds
        /// no line break: "apse ", "barrel vault ", "run, ", "abacus (pl. abaci) ", "chevet [Fr.] ".
        /// </summary>
        private static bool IsHeadwordBefore(ReadOnlySpan<char> text, int start, int tokenStart)
        {
            if (tokenStart <= start || !SplitChars.StartsLine(text, start) || text[start..tokenStart].IndexOfAny(SplitChars.LineBreaks) >= 0)
            {
                return false;
            }

            int words = 0;
            int k = start;
            while (k < tokenStart)
            {
                char c = text[k];
                if (c is '(' or '[')
                {
                    int close = text[k..tokenStart].IndexOf(c == '(' ? ')' : ']');
                    if (close < 0 || words == 0)
                    {
                        return false;
                    }

                    k += close + 1;
                }
                else if (char.IsLetter(c))
                {
                    if (++words > MaxHeadwordWords)
                    {
                        return false;
                    }

                    while (k < tokenStart && (char.IsLetter(text[k]) || (text[k] is '-' or '\'' or '\u2019' && k + 1 < tokenStart && char.IsLetter(text[k + 1]))))
                    {
                        k++;
                    }

                    if (k < tokenStart && text[k] == ',')
                    {
                        k++;
                    }
                }
                else if (c is ' ' or '\t')
                {
                    k++;
                }
                else
                {
                    return false;
                }
            }

            return words > 0;
        }

        /// <summary>An agency's credit between slashes at <paramref name="m"/>: "/ТАСС/", "/AP/".</summary>
        private static bool IsSlashedCredit(ReadOnlySpan<char> text, int m)
        {
            int k = m + 1;
            int limit = Math.Min(text.Length, m + 32);
            while (k < limit && (char.IsLetter(text[k]) || text[k] is ' ' or '-'))
            {
                k++;
            }

            return k > m + 1 && k < limit && text[k] == '/' && char.IsUpper(text[m + 1]);
        }

        /// <summary>
        /// Whether the Japanese quotation that closes before <paramref name="resume"/> with 「」 or 『』 after its full
        /// stop ends the sentence: Japanese attaches what is said to its sentence with a particle (「もう帰る。」と言った。,
        /// 「…。」って, 「…。」という, 「…。」など, 「…。」、), so a quotation that none follows is a sentence of its own
        /// (「見張ってあげる。」その一言が…). The segment is Japanese when it has hiragana; Chinese, which writes none, goes on
        /// with its attribution without a particle (「好的。」他說。).
        /// </summary>
        private static bool EndsJapaneseQuotation(ReadOnlySpan<char> text, int start, int resume)
        {
            if (text[resume - 1] is not ('\u300D' or '\u300F') || text[start..resume].IndexOfAnyInRange('\u3041', '\u309F') < 0)
            {
                return false;
            }

            ReadOnlySpan<char> next = text[resume..];
            return !(next[0] is '\u3068' or '\u3063' or '\u3001' or '\uFF0C' || next.StartsWith("\u306A\u3069", StringComparison.Ordinal));
        }

        /// <summary>
        /// Whether the quotation whose closing mark is at <paramref name="close"/> opens right after a colon ("他说：“…”").
        /// The opener is looked for within <see cref="SplitMarkup.MaxQuotation"/> characters, so the check is bounded.
        /// </summary>
        private static bool QuotedAfterColon(ReadOnlySpan<char> text, int start, int close)
        {
            char opener = text[close] switch
            {
                '\u201D' => '\u201C',
                '\u300D' => '\u300C',
                '\u300F' => '\u300E',
                _ => '\0',
            };
            int limit = Math.Max(start, close - SplitMarkup.MaxQuotation);
            for (int p = close - 1; opener != '\0' && p >= limit; p--)
            {
                if (text[p] == opener)
                {
                    int q = p;
                    while (q > start && SplitChars.IsWhiteSpace(text[q - 1]))
                    {
                        q--;
                    }

                    return q > start && text[q - 1] is ':' or '\uFF1A';
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a bracket opened before <paramref name="m"/> holds a stock ticker: an exchange in capitals, a colon and
        /// a symbol in capitals ("(NASDAQ: ACME)", "(NYSE: X)", "(TSX-V: ABC.U)", "(ASX: BHP)"). Reads at most
        /// <see cref="MaxTickerLength"/> characters.
        /// </summary>
        private static bool IsBracketedTicker(ReadOnlySpan<char> text, int m)
        {
            if (m == 0 || text[m - 1] != '(')
            {
                return false;
            }

            int limit = Math.Min(text.Length, m + MaxTickerLength);
            int k = m;
            while (k < limit && (char.IsAsciiLetterUpper(text[k]) || text[k] == '-'))
            {
                k++;
            }

            if (k - m < 2 || k + 2 >= limit || text[k] != ':' || text[k + 1] != ' ')
            {
                return false;
            }

            int symbol = k + 2;
            k = symbol;
            while (k < limit && (char.IsAsciiLetterUpper(text[k]) || char.IsAsciiDigit(text[k]) || text[k] is '.' or '-'))
            {
                k++;
            }

            return k > symbol && k < limit && text[k] is ')' or ';' or ',';
        }

        /// <summary>The most characters between a bracket after a quantity and its close (<see cref="IsBracketBeforeLowerCase"/>).</summary>
        private const int MaxQuantityBracket = 80;

        /// <summary>
        /// Whether a bracket opened just before <paramref name="m"/> (with quotes after it) closes on its line within
        /// <see cref="MaxTickerLength"/> characters (<see cref="MaxDefinedNamesLength"/> when a quote opens the names) over
        /// a short name or names (letters, digits, spaces, quotes, '&amp;',
        /// '-', ':', commas, no terminator), and the sentence goes on after it with a word in lower case or a comma, or
        /// quoted names close it: "("Acme") announced", "("Stride", "we", "us" or "our") collects", "[NASDAQ: ACME] rose",
        /// "(Acme), a maker", "("Quillstack," "we" or "us").".
        /// No sentence opens that way.
        /// </summary>
        /// <summary>
        /// Whether a bracket opened just before <paramref name="m"/> closes on its line within
        /// <see cref="MaxQuantityBracket"/> characters, with no question or exclamation mark and no period before a
        /// space inside it but at its end, and a word in lower case or a comma follows it: "(H1 2024: € 71 mln.) als".
        /// </summary>
        private static bool IsBracketBeforeLowerCase(ReadOnlySpan<char> text, int m)
        {
            int open = m - 1;
            if (open < 0 || text[open] is not ('(' or '['))
            {
                return false;
            }

            char close = text[open] == '(' ? ')' : ']';
            int limit = Math.Min(text.Length, m + MaxQuantityBracket);
            int k = m;
            while (k < limit && text[k] != close)
            {
                if (text[k] is '?' or '!' or '\n' or '\r' or '(' or '[' || (text[k] == '.' && k + 1 < text.Length && text[k + 1] == ' '))
                {
                    return false;
                }

                k++;
            }

            if (k == limit)
            {
                return false;
            }

            int next = SplitChars.SkipSpaces(text, k + 1);
            return next > k + 1 && next < text.Length && (text[next] == ',' || SplitChars.IsLowerCase(text[next]));
        }

        /// <summary>
        /// Whether a spaced en or em dash follows the period whose trailing markers end at <paramref name="after"/>, on its
        /// line, and a word goes on after it on the same line.
        /// </summary>
        private static bool IsSpacedDashAt(ReadOnlySpan<char> text, int after)
        {
            if (after >= text.Length || text[after] != ' ')
            {
                return false;
            }

            int dash = SplitChars.SkipSpaces(text, after);
            if (dash + 2 >= text.Length || text[dash] is not ('\u2013' or '\u2014') || text[dash + 1] != ' ')
            {
                return false;
            }

            int word = SplitChars.SkipSpaces(text, dash + 1);
            return word < text.Length && char.IsLetterOrDigit(text[word]);
        }

        /// <summary>
        /// Whether the spaced dash after <paramref name="after"/> opens quoted speech: another dash after a comma on the
        /// same line closes it, before the verb of speech ("– Это успех, – сказал он.").
        /// </summary>
        private static bool OpensQuotedSpeech(ReadOnlySpan<char> text, int after)
        {
            int dash = SplitChars.SkipSpaces(text, after);
            ReadOnlySpan<char> line = text[(dash + 1)..SplitMarkup.LineEnd(text, dash + 1)];
            return line.Contains(", \u2013", StringComparison.Ordinal) || line.Contains(", \u2014", StringComparison.Ordinal)
                || line.Contains(",\u2013", StringComparison.Ordinal) || line.Contains(",\u2014", StringComparison.Ordinal);
        }

        private static bool IsBracketedNameBeforeLowerCase(ReadOnlySpan<char> text, int m)
        {
            int open = m - 1;
            while (open >= 0 && SplitChars.Openers.Contains(text[open]) && text[open] is not ('(' or '['))
            {
                open--;
            }

            if (open < 0 || text[open] is not ('(' or '[') || !char.IsUpper(text[m]))
            {
                return false;
            }

            // Names in quotes may be several that a filing defines at once ("Brightwater Medical Devices, Inc.
            // ("Brightwater," "we" or the "Company") announced"), longer than a ticker.
            char close = text[open] == '(' ? ')' : ']';
            int limit = Math.Min(text.Length, m + (open < m - 1 ? MaxDefinedNamesLength : MaxTickerLength));
            int k = m;
            while (k < limit && text[k] != close)
            {
                char c = text[k];
                if (!char.IsLetterOrDigit(c) && c is not (' ' or '&' or '-' or ':' or ',' or '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D'))
                {
                    return false;
                }

                k++;
            }

            if (k == limit)
            {
                return false;
            }

            // Names in quotes may close their sentence too: "...provided by Quillstack, Inc. ("Quillstack," "we," "us" or
            // "our"). By using".
            int next = SplitChars.SkipSpaces(text, k + 1);
            return next < text.Length && (text[next] == ',' || SplitChars.IsLowerCase(text[next]) || (open < m - 1 && text[next] is '.' or ';'));
        }

        /// <summary>
        /// Whether the word at <paramref name="m"/> is a news agency's credit in brackets followed by a dash: "(MTI) –",
        /// "(ANSA) - ", "(Agerpres) —". A bracketed word and a dash open no sentence; they follow a dateline.
        /// </summary>
        private static bool IsBracketedCredit(ReadOnlySpan<char> text, int m)
        {
            if (m == 0 || text[m - 1] != '(' || !char.IsUpper(text[m]))
            {
                return false;
            }

            int k = m + 1;
            int limit = Math.Min(text.Length, m + 24);
            while (k < limit && (char.IsLetter(text[k]) || text[k] is ' ' or '-'))
            {
                k++;
            }

            if (k >= limit || text[k] != ')' || k - m < 2)
            {
                return false;
            }

            k++;
            if (k >= text.Length || text[k] != ' ')
            {
                return false;
            }

            k = SplitMarkup.SkipSpacing(text, k);
            return k + 1 < text.Length && text[k] is '-' or '\u2013' or '\u2014' && text[k + 1] is ' ' or '-';
        }

        /// <summary>The most words of a dateline's place before its comma (<see cref="IsDatelineBeforeDash"/>): "MT. PLEASANT".</summary>
        private const int MaxDatelinePlaceWords = 4;

        /// <summary>The most letters of a word of a dateline's abbreviated state or province ("Calif", "S.C", "N.L").</summary>
        private const int MaxDatelineStateLetters = 5;

        /// <summary>
        /// Where the word <paramref name="word"/> goes on after the last dash glued inside it ("--", an en or em dash):
        /// "WIRE)--Sept" goes on at "Sept"; 0 when no dash is inside it.
        /// </summary>
        private static int AfterJoiningDash(ReadOnlySpan<char> word)
        {
            int dash = word.LastIndexOfAny('\u2014', '\u2013');
            int doubled = word.LastIndexOf("--");
            return Math.Max(dash + 1, doubled >= 0 ? doubled + 2 : 0);
        }

        /// <summary>
        /// Whether the period at <paramref name="j"/> closes a dateline's abbreviated state or province, and a dash follows
        /// it on its line, spaced or doubled, before the report: the segment from <paramref name="start"/> opens its line
        /// and is a place of at most <see cref="MaxDatelinePlaceWords"/> capitalized words without digits, a comma, and one
        /// or two capitalized words of at most <see cref="MaxDatelineStateLetters"/> letters each ("COLUMBIA, S.C. —",
        /// "PORTLAND, Ore. -", "WASHINGTON, D.C. --", "St. John's, N.L. –").
        /// </summary>
        private static bool IsDatelineBeforeDash(ReadOnlySpan<char> text, int start, int j, int after)
        {
            int q = SplitChars.SkipSpaces(text, after);
            if (q == after || q + 1 >= text.Length
                || !(text[q] is '\u2014' or '\u2013' || (text[q] == '-' && text[q + 1] is ' ' or '-')) || !SplitChars.StartsLine(text, start))
            {
                return false;
            }

            ReadOnlySpan<char> dateline = text[start..j];
            int comma = dateline.IndexOf(',');
            if (comma <= 0 || dateline[(comma + 1)..].Contains(',') || dateline.IndexOfAny(SplitChars.LineBreaks) >= 0
                || dateline.IndexOfAnyInRange('0', '9') >= 0)
            {
                return false;
            }

            return CapitalizedWords(dateline[..comma], maxLetters: int.MaxValue) is > 0 and <= MaxDatelinePlaceWords
                && CapitalizedWords(dateline[(comma + 1)..], MaxDatelineStateLetters) is 1 or 2;
        }

        /// <summary>
        /// How many words <paramref name="phrase"/> has, each opening with a capital and of at most
        /// <paramref name="maxLetters"/> letters (periods, apostrophes and hyphens inside it aside); -1 when a word is not so.
        /// </summary>
        private static int CapitalizedWords(ReadOnlySpan<char> phrase, int maxLetters)
        {
            int words = 0;
            foreach (Range range in phrase.SplitAny(" \t"))
            {
                ReadOnlySpan<char> word = phrase[range];
                if (word.IsEmpty)
                {
                    continue;
                }

                int letters = 0;
                foreach (char c in word)
                {
                    if (char.IsLetter(c))
                    {
                        letters++;
                    }
                    else if (c is not ('.' or '\'' or '\u2019' or '-'))
                    {
                        return -1;
                    }
                }

                if (!char.IsUpper(word[0]) || letters > maxLetters)
                {
                    return -1;
                }

                words++;
            }

            return words;
        }

        /// <summary>
        /// Whether <paramref name="previous"/>, a general abbreviation in capitals that opens the line ("ST", "FT", "MT"),
        /// is a place's prefix in a dateline written in capitals: the word at <paramref name="m"/> is in capitals, and a
        /// comma, a dash or a bracket follows it or the next word in capitals ("ST. LOUIS —", "ST. PAUL, Minn. (AP) —",
        /// "FT. LAUDERDALE, Fla. —", "MT. PLEASANT, S.C. —").
        /// </summary>
        private readonly bool IsCapitalsPlaceAfterPrefix(ReadOnlySpan<char> text, int start, int tokenStart, ReadOnlySpan<char> previous, int m)
        {
            if (tokenStart != start || !IsAcronym(previous) || !SplitChars.StartsLine(text, start) || !_rules.IsGeneral(previous))
            {
                return false;
            }

            int k = m;
            for (int words = 0; words < 2; words++)
            {
                int wordStart = k;
                while (k < text.Length && (char.IsAsciiLetterUpper(text[k]) || text[k] is '\'' or '\u2019'))
                {
                    k++;
                }

                if (k - wordStart < 2)
                {
                    return false;
                }

                int next = SplitChars.SkipSpaces(text, k);
                if (next < text.Length && (text[k] == ',' || (next > k && text[next] is '\u2014' or '\u2013' or '-' or '(')))
                {
                    return true;
                }

                if (next == k || next >= text.Length)
                {
                    return false;
                }

                k = next;
            }

            return false;
        }

        /// <summary>A capital written twice, the initial of a plural ("EE", "UU").</summary>
        private static bool IsDoubledInitial(ReadOnlySpan<char> word) =>
            word.Length == 2 && char.IsUpper(word[0]) && word[1] == word[0];

        private static bool IsInitialAt(ReadOnlySpan<char> text, int m) =>
            m + 1 < text.Length && char.IsUpper(text[m]) && text[m + 1] == '.';

        /// <summary>Two to five capital letters and nothing else: "EST", "CA", "NASA".</summary>
        private static bool IsAcronym(ReadOnlySpan<char> word)
        {
            if (word.Length is < 2 or > 5)
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The most words <see cref="OpensCitationAt"/> reads before a citation's section or number.</summary>
        private const int MaxCitationWords = 6;

        /// <summary>
        /// Whether <paramref name="word"/>, written before a period, can be part of a law's abbreviated name: a
        /// capitalized word of at most five letters with the rest in lower case ("Fed", "Cal", "Stat", "Com"), or an
        /// initialism ("N.Y"); not an acronym in capitals, which a sentence ends with before one that opens with its
        /// section ("the BGB. § 823 governs"). A language that capitalizes its nouns ends sentences with such words
        /// ("über dem Plan. Laut Nr. 4"), so the rule is not read for it.
        /// </summary>
        private static bool IsCitationPart(ReadOnlySpan<char> word)
        {
            if (IsInitialism(word))
            {
                return true;
            }

            if (word.Length is < 2 or > 5 || !char.IsUpper(word[0]))
            {
                return false;
            }

            // A loop rather than ContainsAnyExceptInRange, which allocates until the JIT has optimized it.
            foreach (char c in word[1..])
            {
                if (!char.IsAsciiLetterLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether a section sign follows at <paramref name="m"/>, or words one space apart on the line run on to one or
        /// to a number within <see cref="MaxCitationWords"/> words, each capitalized (and no sentence starter) or a listed
        /// abbreviation in lower case ("tit."; not "Fed. Powell spoke. 5 people"), an ampersand between them; before a number, one of them is abbreviated
        /// with a period ("R. Civ. P. 12"), or the number is a law report's series before its page ("Cal. App. 4th 1443"):
        /// the rest of a statute's, a rule's or a report's name ("Leeds. Chelsea 2 Arsenal 1" is a score). Reads at most
        /// that many words.
        /// </summary>
        private readonly bool OpensCitationAt(ReadOnlySpan<char> text, int m)
        {
            bool abbreviated = false;
            for (int k = m, words = 0; k < text.Length && words <= MaxCitationWords; words++)
            {
                if (text[k] == '\u00A7')
                {
                    return true;
                }

                if (char.IsAsciiDigit(text[k]))
                {
                    return abbreviated || IsReporterSeriesAt(text, k);
                }

                int end = k;
                while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '.'))
                {
                    end++;
                }

                ReadOnlySpan<char> word = text[k..end];
                if (end == k && text[k] == '&')
                {
                    end = k + 1;
                }
                else if (word.IsEmpty || !char.IsLetter(word[0])
                    || (char.IsUpper(word[0]) ? _rules.IsStarter(word.TrimEnd('.')) : word[^1] != '.' || !_rules.IsAbbreviation(word[..^1])))
                {
                    return false;
                }

                abbreviated |= end > k && text[end - 1] == '.';
                if (end + 1 >= text.Length || text[end] != ' ')
                {
                    return false;
                }

                k = end + 1;
            }

            return false;
        }

        /// <summary>
        /// Whether a law report's series and the page after it start at <paramref name="k"/>: an ordinal written as "4th",
        /// "2d" or "3rd", a space and a number ("Cal. App. 4th 1443", "F. Supp. 3d 45").
        /// </summary>
        private static bool IsReporterSeriesAt(ReadOnlySpan<char> text, int k)
        {
            int end = k;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            int letters = end;
            while (letters < text.Length && letters - end < 2 && char.IsAsciiLetterLower(text[letters]))
            {
                letters++;
            }

            ReadOnlySpan<char> suffix = text[end..letters];
            return suffix is "st" or "nd" or "rd" or "th" or "d" && letters + 1 < text.Length && text[letters] == ' '
                && char.IsAsciiDigit(text[letters + 1]);
        }

        /// <summary>The longest abbreviation <see cref="IsAbbreviationBeforeNumber"/> reads, periods inside counted ("inv.nr", "wöchentl").</summary>
        private const int MaxAbbreviationLength = 16;

        /// <summary>Whether <paramref name="word"/>, before a period, is two initials joined by a hyphen: "H.-J", "J.-P".</summary>
        private static bool IsHyphenatedInitials(ReadOnlySpan<char> word) =>
            word.Length == 4 && char.IsUpper(word[0]) && word[1] == '.' && word[2] == '-' && char.IsUpper(word[3]);

        /// <summary>Single letters separated by periods: "U.S", "e.g", "a.m", "U.S.A".</summary>
        private static bool IsInitialism(ReadOnlySpan<char> word)
        {
            if (word.Length < 3 || (word.Length & 1) == 0)
            {
                return false;
            }

            for (int k = 0; k < word.Length; k++)
            {
                if ((k & 1) == 0 ? !char.IsLetter(word[k]) : word[k] != '.')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether a day or month number written with its period starts at <paramref name="m"/>: one or two digits and a
        /// period, as the "3." of "12. 3. 2024", the numeric date of the languages that write ordinals with a period.
        /// </summary>
        private static bool IsDayOrMonthNumberAt(ReadOnlySpan<char> text, int m)
        {
            int digits = 0;
            while (m + digits < text.Length && digits < 3 && char.IsAsciiDigit(text[m + digits]))
            {
                digits++;
            }

            return digits is 1 or 2 && m + digits < text.Length && text[m + digits] == '.';
        }

        /// <summary>Whether <paramref name="word"/> is a day and a month parted by a period, without the period after them: "30.9", "1.10".</summary>
        private static bool IsDayAndMonth(ReadOnlySpan<char> word)
        {
            int dot = word.IndexOf('.');
            return dot is 1 or 2 && word.Length - dot - 1 is 1 or 2 && int.TryParse(word[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
                && int.TryParse(word[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int month) && day is >= 1 and <= 31 && month is >= 1 and <= 12;
        }

        /// <summary>Whether <paramref name="word"/> is a day or month number with its period ("12."), the word before the "3." of "12. 3. 2024".</summary>
        private static bool IsDayOrMonthNumber(ReadOnlySpan<char> word) =>
            word.Length is 2 or 3 && word[^1] == '.' && IsDayOrMonthNumberAt(word, 0);

        /// <summary>Digits with separators, signs, currency and percent: "1,000", "$100.00", "5%", "12:30".</summary>
        private static bool IsNumber(ReadOnlySpan<char> word)
        {
            bool digit = false;
            foreach (char c in word)
            {
                if (char.IsDigit(c))
                {
                    digit = true;
                }
                else if (c is not ('.' or ',' or ':' or '%' or '+' or '-' or '\u2013' or '/' or '\'')
                    && char.GetUnicodeCategory(c) != UnicodeCategory.CurrencySymbol)
                {
                    return false;
                }
            }

            return digit && (char.IsDigit(word[^1]) || word[^1] == '%');
        }

        /// <summary>
        /// Whether <paramref name="word"/> is a score over its scale, digits (a decimal's separator among them) on either
        /// side of one slash, the first at most the second: "10/10", "4.5/5", "3,5/5" (not a date: "12/3", "3/12/2024").
        /// </summary>
        private static bool IsScore(ReadOnlySpan<char> word)
        {
            int slash = word.IndexOf('/');
            if (slash <= 0 || slash == word.Length - 1 || word[(slash + 1)..].IndexOfAnyExceptInRange('0', '9') >= 0)
            {
                return false;
            }

            ReadOnlySpan<char> score = word[..slash];
            int separator = score.IndexOfAny('.', ',');
            ReadOnlySpan<char> whole = separator < 0 ? score : score[..separator];
            ReadOnlySpan<char> scale = word[(slash + 1)..];
            return !whole.IsEmpty && whole.IndexOfAnyExceptInRange('0', '9') < 0
                && (separator < 0 || (separator < score.Length - 1 && score[(separator + 1)..].IndexOfAnyExceptInRange('0', '9') < 0))
                && int.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out int points)
                && int.TryParse(scale, NumberStyles.None, CultureInfo.InvariantCulture, out int most)
                && points <= most && most > 1;
        }

        /// <summary>Whether the period at <paramref name="j"/> has a letter or digit before it and a lower-case letter or digit after it.</summary>
        private static bool InsideWord(ReadOnlySpan<char> text, int j) =>
            text[j] == '.' && j > 0 && j + 1 < text.Length && char.IsLetterOrDigit(text[j - 1])
            && (SplitChars.IsLowerCase(text[j + 1]) || char.IsDigit(text[j + 1]));

        /// <summary>
        /// Whether the period at <paramref name="j"/> closes a listed abbreviation, a month or a unit that a number
        /// follows on its line ("kl. 06.00", "2 oct. 2024", "insg. 10 Tage"). Not one before a word in lower case or a
        /// comma, which wrapped prose without its final period joins its lines by ("...isn't\navailable (e.g. on
        /// Cygwin)", "Foundation, Inc., 51 Franklin Street").
        /// </summary>
        private readonly bool IsAbbreviationBeforeNumber(ReadOnlySpan<char> text, int j)
        {
            if (text[j] != '.' || j == 0 || !char.IsLetter(text[j - 1]) || j + 1 >= text.Length)
            {
                return false;
            }

            int next = SplitChars.SkipSpaces(text, j + 1);
            if (next == j + 1 || next >= text.Length || !char.IsDigit(text[next]))
            {
                return false;
            }

            // An abbreviation is short: a longer run of letters is read no further back (nor is it one).
            int w = j;
            while (w > 0 && j - w <= MaxAbbreviationLength && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
            {
                w--;
            }

            ReadOnlySpan<char> word = text[w..j].TrimStart('.');
            return j - w <= MaxAbbreviationLength && (_rules.IsAbbreviation(word) || _rules.IsMonth(word) || _rules.IsUnit(word));
        }

        private static bool BetweenDigits(ReadOnlySpan<char> text, int j) =>
            j > 0 && j + 1 < text.Length && char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]);

        private static int TrimEnd(ReadOnlySpan<char> text, int start, int end) => SplitMarkup.TrimEnd(text, start, end);

        /// <summary>
        /// Whether the number <paramref name="marker"/> at <paramref name="start"/>, which opens a paragraph, numbers the
        /// paragraph rather than an item of a list: no other line of the paragraph opens with a number ("1. The
        /// applicant challenges the decision. ...\n\n2. The Minister refused ..." as court judgments and reports number
        /// their paragraphs, where "1. Heat the pan.\n2. Add the oil." is a list). So does an en or em dash that opens a
        /// paragraph no other line of which opens with it: the dash of quoted speech, as Scandinavian, Polish and
        /// Russian news set a quotation ("– Det här är en budget för att bryta inflationen, sade Svantesson."), where
        /// "– mjölk\n– bröd" is a list. Its first sentence, when it ends as a sentence does, is a sentence, not a list
        /// item; "1. Budget" stays an item.
        /// </summary>
        private static bool NumbersAParagraph(ReadOnlySpan<char> text, int start, ListMarker marker)
        {
            bool dash = marker.Bullet is '\u2013' or '\u2014';
            if (!dash && (marker.Style != MarkerStyle.Digits || marker.Bullet != '\0'))
            {
                return false;
            }

            int lineEnd = SplitMarkup.LineEnd(text, start);
            while (lineEnd < text.Length && text[lineEnd] != '\u2029')
            {
                int first = SplitMarkup.SkipLineBreak(text, lineEnd);
                while (first < text.Length && text[first] is ' ' or '\t')
                {
                    first++;
                }

                if (first >= text.Length || text[first] is '\n' or '\r' or '\v' or '\u2028' or '\u2029')
                {
                    // A blank line ends the paragraph.
                    return true;
                }

                if (dash
                    ? text[first] == marker.Bullet
                    : char.IsAsciiDigit(text[first])
                        && ReadListMarker(text, first, lineStart: true, previous: marker, afterLead: false) is { Length: > 0, Style: MarkerStyle.Digits })
                {
                    return false;
                }

                lineEnd = SplitMarkup.LineEnd(text, first);
            }

            return true;
        }

        /// <summary>
        /// Whether the hyphen at <paramref name="start"/>, which opens a paragraph, stands alone as the dash of quoted speech
        /// does in Danish, Norwegian and Swedish news ("- Vi lever længere, og så må vi arbejde længere. Men ..., siger
        /// ministeren.", whose first sentence is then a sentence when the paragraph goes on after it on its line and its
        /// last sentence attributes the quotation; <see cref="EndsWithAttribution"/>): no other line of its paragraph opens with a bullet, nor does the line before it, which no colon
        /// ends (a list's lead-in), nor the next paragraph's first line ("- Fixed a crash.\n\n- Faster builds." is a list).
        /// </summary>
        private static bool OpensLoneHyphenParagraph(ReadOnlySpan<char> text, int start)
        {
            int before = SplitChars.LineStart(text, start);
            while (before > 0 && SplitChars.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }

            if (before > 0 && (text[before - 1] == ':' || OpensBulletLine(text, SplitChars.SkipSpaces(text, SplitChars.LineStart(text, before - 1)))))
            {
                return false;
            }

            int lineEnd = SplitMarkup.LineEnd(text, start);
            while (lineEnd < text.Length)
            {
                int first = SplitMarkup.SkipLineBreak(text, lineEnd);
                first = SplitChars.SkipSpaces(text, first);
                if (first < text.Length && SplitChars.IsLineBreakAt(text, first))
                {
                    // A blank line ends the paragraph; the next one's first line is no bullet's.
                    while (first < text.Length && SplitChars.IsWhiteSpace(text[first]))
                    {
                        first++;
                    }

                    return !OpensBulletLine(text, first);
                }

                if (OpensBulletLine(text, first))
                {
                    return false;
                }

                lineEnd = SplitMarkup.LineEnd(text, first);
            }

            return true;
        }

        /// <summary>Whether a bullet and a space open the line at <paramref name="first"/> ("- ", "* ", "• ", "– ").</summary>
        private static bool OpensBulletLine(ReadOnlySpan<char> text, int first) =>
            first + 1 < text.Length && text[first] is '-' or '*' or '\u2022' or '\u2013' or '\u2014' && text[first + 1] is ' ' or '\t';

        private static bool EndsWithPunctuation(ReadOnlySpan<char> text, int start, int end) =>
            SplitChars.LastBeforeClosers(text, start, end) is var last && (SplitChars.Terminators.Contains(last) || last is ':' or ';' or ',');

        /// <summary>
        /// The list marker at <paramref name="position"/>: a bullet, or a number, letter or roman numeral with its
        /// punctuation ("1.", "2)", "(iii)", "b)", "A.", "IV."). Letters and roman numerals open a segment only at the
        /// start of a line, after a list's lead-in, or when they continue <paramref name="previous"/>; a capital with a
        /// period ("A. Smith") only when it starts a sequence or continues one, before a capitalized word.
        /// </summary>
        private static ListMarker ReadListMarker(ReadOnlySpan<char> text, int position, bool lineStart, ListMarker previous, bool afterLead)
        {
            int length = text.Length;
            int p = position;
            char bullet = '\0';
            char c = text[p];
            if (SplitChars.Bullets.Contains(c))
            {
                bullet = c;
                p = SplitChars.SkipSpaces(text, p + 1);
            }
            else if (lineStart && SplitChars.LineBulletLength(text, p) is > 0 and int bulletLength && p + bulletLength < length
                && text[p + bulletLength] is ' ' or '\t' or '\u00A0')
            {
                return new ListMarker(SplitChars.SkipSpaces(text, p + bulletLength) - position, c, -1, MarkerStyle.None, default);
            }
            else if (lineStart && CjkMarkerLength(text, p) is > 0 and int cjkLength)
            {
                // A Chinese or Japanese list's marker, which no space follows ("・ノイズキャンセリングが強力",
                // "①12月29日", "1、烟花爆竹销售点须取得许可证；", "一、总则", "（二）报备").
                return new ListMarker(SplitChars.SkipSpaces(text, p + cjkLength) - position, c, -1, MarkerStyle.None, default);
            }
            else if (lineStart && c == ':' && FieldNameLength(text, p) is > 0 and int fieldLength)
            {
                // A field of a reStructuredText field list (":description: Advanced settings", ":param path: The file.")
                // or an emoji code that marks a release note's item (":bug: Fix the crash") is an item, not prose.
                return new ListMarker(SplitChars.SkipSpaces(text, p + fieldLength) - position, c, -1, MarkerStyle.None, default);
            }

            int q = p;
            if (lineStart && q + 2 < length && text[q] == '`' && text[q + 1] == '`' && text[q + 2] == '(')
            {
                // A bill quotes the text it inserts into a law, each of its lines opening with the quote marks that
                // tokenized legal text writes: "``(1) funds awarded under this section ...; and".
                q += 2;
            }

            // A leaderboard ranks players who tie with a 'T' or an '=' before their place ("T3. T. Hadley -14 274",
            // "=3. E. Grillo", "T-3 E. Grillo"): a number of the list as "3." is.
            int tieEnd = lineStart && bullet == '\0' ? TieMarkerEnd(text, q) : -1;
            if (tieEnd > q)
            {
                int digits = text[q + 1] == '-' ? q + 2 : q + 1;
                if (tieEnd > digits && (text[tieEnd] == '.' || text[q + 1] == '-'))
                {
                    int after = text[tieEnd] == '.' ? tieEnd + 1 : tieEnd;
                    if (after < length && text[after] is ' ' or '\t' or '\u00A0')
                    {
                        return new ListMarker(SplitChars.SkipSpaces(text, after) - position, bullet, ParseLabel(text[digits..tieEnd], default).Value, MarkerStyle.Digits,
                            text[tieEnd] == '.' ? MarkerSuffix.Period : MarkerSuffix.None);
                    }
                }
            }

            bool paren = q < length && text[q] == '(';
            if (paren)
            {
                q++;
            }

            int labelStart = q;
            while (q < length && q - labelStart < 5 && (char.IsAsciiLetterOrDigit(text[q]) || ArabicDigitValue(text[q]) >= 0))
            {
                q++;
            }

            // Most segments and lines start with a word: no marker punctuation after it, nothing more to read.
            bool punctuated = q > labelStart && q < length && text[q] is '.' or ')';
            (MarkerStyle style, int value) = punctuated ? ParseLabel(text[labelStart..q], previous.Style) : default;
            if (style != MarkerStyle.None)
            {
                MarkerSuffix suffix = MarkerSuffix.None;
                if (paren)
                {
                    if (q < length && text[q] == ')')
                    {
                        suffix = MarkerSuffix.Enclosed;
                        q++;
                    }
                }
                else if (q + 1 < length && text[q] == '.' && text[q + 1] == ')')
                {
                    suffix = MarkerSuffix.PeriodParenthesis;
                    q += 2;
                }
                else if (q < length && text[q] == ')')
                {
                    suffix = MarkerSuffix.Parenthesis;
                    q++;
                }
                else if (q < length && text[q] == '.')
                {
                    suffix = MarkerSuffix.Period;
                    q++;
                }

                bool followedBySpace = q < length && text[q] is ' ' or '\t' or '\u00A0';
                bool continues = previous.Style == style && previous.Number + 1 == value;
                bool allowed = bullet != '\0' || continues || afterLead || style switch
                {
                    MarkerStyle.Digits => lineStart || suffix != MarkerSuffix.Period,
                    MarkerStyle.Lower or MarkerStyle.LowerRoman => lineStart,
                    _ => lineStart && (suffix != MarkerSuffix.Period
                        || ((value == FirstValue(style) || q - labelStart > 2) && q + 1 < length && char.IsUpper(text[q + 1]))),
                };
                if (suffix != MarkerSuffix.None && followedBySpace && allowed)
                {
                    return new ListMarker(SplitChars.SkipSpaces(text, q) - position, bullet, value, style, suffix);
                }
            }

            return bullet != '\0' ? new ListMarker(p - position, bullet, -1, MarkerStyle.None, default) : default;
        }

        /// <summary>
        /// The end of the digits of a leaderboard's tied place at <paramref name="k"/>: 'T', "T-" or '=' before one or two
        /// digits ("T3", "T-12", "=3"); -1 when there is none.
        /// </summary>
        private static int TieMarkerEnd(ReadOnlySpan<char> text, int k)
        {
            if (k + 1 >= text.Length || text[k] is not ('T' or '='))
            {
                return -1;
            }

            int digits = text[k] == 'T' && text[k + 1] == '-' ? k + 2 : k + 1;
            int q = digits;
            while (q < text.Length && q - digits < 3 && char.IsAsciiDigit(text[q]))
            {
                q++;
            }

            return q > digits && q - digits <= 2 && q < text.Length ? q : -1;
        }

        /// <summary>
        /// The length of the Chinese or Japanese list marker at <paramref name="k"/>, before text on its line: a katakana
        /// middle dot ("・"), a circled number ("①" to "⑳", a space after it or not), one to three digits or Chinese
        /// numerals before an ideographic comma or a fullwidth period ("1、", "十二、", "1．", a space after it or not),
        /// such a number in brackets ("（一）", "(1)"), or before an ASCII period ("1.各学校"), before a CJK letter in the
        /// last two cases; otherwise 0.
        /// </summary>
        private static int CjkMarkerLength(ReadOnlySpan<char> text, int k)
        {
            char c = text[k];
            int end;
            bool spaced;
            bool cjkAfter = false;
            if (c == '\u30FB' || c is >= '\u2460' and <= '\u2473')
            {
                end = k + 1;
                spaced = c != '\u30FB';
            }
            else
            {
                int q = c is '\uFF08' or '(' ? k + 1 : k;
                int digits = q;
                while (q < text.Length && q - digits < 4 && (char.IsAsciiDigit(text[q]) || "一二三四五六七八九十".Contains(text[q])))
                {
                    q++;
                }

                if (q == digits || q - digits > 3 || q >= text.Length)
                {
                    return 0;
                }

                char mark = text[q];
                bool closes = c switch
                {
                    '\uFF08' => mark == '\uFF09',
                    '(' => mark == ')',
                    _ => mark is '\u3001' or '\uFF0E' or '.',
                };
                if (!closes)
                {
                    return 0;
                }

                end = q + 1;
                spaced = mark == '\uFF0E';
                cjkAfter = c == '(' || mark == '.';
            }

            int first = end;
            while (spaced && first < text.Length && text[first] is ' ' or '\u3000')
            {
                first++;
            }

            return first < text.Length && !SplitChars.IsWhiteSpace(text[first]) && text[first] != '\u30FB'
                && (!cjkAfter || SplitChars.IsCjkLetter(text[first]))
                ? end - k : 0;
        }

        /// <summary>
        /// The length of the field name at <paramref name="colon"/> with its two colons (":description:", ":related
        /// command:", ":param path:"): one to <see cref="MaxFieldName"/> letters, digits, spaces, hyphens, underscores,
        /// periods or plus signs, opening with a letter, a digit or a plus sign and not ending with a space, before a space, a
        /// tab or the end of the line; otherwise 0.
        /// </summary>
        private static int FieldNameLength(ReadOnlySpan<char> text, int colon)
        {
            int q = colon + 1;
            int limit = Math.Min(text.Length, q + MaxFieldName + 1);
            if (q >= limit || !(char.IsLetterOrDigit(text[q]) || text[q] == '+'))
            {
                return 0;
            }

            while (q < limit && (char.IsLetterOrDigit(text[q]) || text[q] is ' ' or '-' or '_' or '.' or '+'))
            {
                q++;
            }

            return q < limit && text[q] == ':' && text[q - 1] != ' ' && (q + 1 == text.Length || text[q + 1] is ' ' or '\t' || SplitChars.IsLineBreakAt(text, q + 1) || text[q + 1] == '\r')
                ? q + 1 - colon
                : 0;
        }

        /// <summary>The longest field name <see cref="FieldNameLength"/> reads.</summary>
        private const int MaxFieldName = 40;

        /// <summary>
        /// Reads a marker's label: one to three digits, a letter, or a roman numeral up to 39. A lone "i", "v" or "x"
        /// is a roman numeral after one, a letter after a letter, and otherwise "i" starts roman numbering.
        /// </summary>
        /// <summary>The value of an Arabic-Indic or an Eastern Arabic-Indic (Persian, Urdu) digit ("١", "۲"), or -1.</summary>
        private static int ArabicDigitValue(char c) =>
            c is >= '\u0660' and <= '\u0669' ? c - '\u0660' : c is >= '\u06F0' and <= '\u06F9' ? c - '\u06F0' : -1;

        private static (MarkerStyle Style, int Value) ParseLabel(ReadOnlySpan<char> label, MarkerStyle previous)
        {
            if (label.IsEmpty)
            {
                return default;
            }

            if (char.IsAsciiDigit(label[0]) || ArabicDigitValue(label[0]) >= 0)
            {
                int value = 0;
                foreach (char d in label)
                {
                    int digit = char.IsAsciiDigit(d) ? d - '0' : ArabicDigitValue(d);
                    if (digit < 0)
                    {
                        return default;
                    }

                    value = (value * 10) + digit;
                }

                return label.Length <= 3 ? (MarkerStyle.Digits, value) : default;
            }

            bool upper = char.IsAsciiLetterUpper(label[0]);
            MarkerStyle letter = upper ? MarkerStyle.Upper : MarkerStyle.Lower;
            MarkerStyle roman = upper ? MarkerStyle.UpperRoman : MarkerStyle.LowerRoman;
            int romanValue = RomanValue(label, upper);
            if (label.Length == 1)
            {
                int index = char.ToLowerInvariant(label[0]) - 'a';
                bool asRoman = romanValue > 0 && (previous == roman || (previous != letter && romanValue == 1));
                return asRoman ? (roman, romanValue) : (letter, index);
            }

            return romanValue > 0 ? (roman, romanValue) : default;
        }

        private static int FirstValue(MarkerStyle style) => style is MarkerStyle.Lower or MarkerStyle.Upper ? 0 : 1;

        /// <summary>The value of a roman numeral up to 39 written in one case, or 0 when it is not one.</summary>
        private static int RomanValue(ReadOnlySpan<char> label, bool upper)
        {
            if (label.Length > 7)
            {
                return 0;
            }

            int value = 0;
            for (int k = 0; k < label.Length; k++)
            {
                int digit = RomanDigit(label[k]);
                if (digit == 0 || char.IsAsciiLetterUpper(label[k]) != upper)
                {
                    return 0;
                }

                int next = k + 1 < label.Length ? RomanDigit(label[k + 1]) : 0;
                value += next > digit ? -digit : digit;
            }

            // Only the canonical spelling counts ("iiii" and "vx" are words, not numbers).
            Span<char> canonical = stackalloc char[8];
            return value is > 0 and < 40 && canonical[..FormatRoman(value, upper, canonical)].SequenceEqual(label) ? value : 0;
        }

        private static int RomanDigit(char c) => c switch
        {
            'i' or 'I' => 1,
            'v' or 'V' => 5,
            'x' or 'X' => 10,
            _ => 0,
        };

        /// <summary>Writes <paramref name="value"/> (1 to 39) as a roman numeral; returns the number of characters.</summary>
        private static int FormatRoman(int value, bool upper, Span<char> destination)
        {
            char one = upper ? 'I' : 'i';
            char five = upper ? 'V' : 'v';
            char ten = upper ? 'X' : 'x';
            int count = 0;
            for (int tens = value / 10; tens > 0; tens--)
            {
                destination[count++] = ten;
            }

            int units = value % 10;
            if (units == 9)
            {
                destination[count++] = one;
                destination[count++] = ten;
                return count;
            }

            if (units == 4)
            {
                destination[count++] = one;
                destination[count++] = five;
                return count;
            }

            if (units >= 5)
            {
                destination[count++] = five;
                units -= 5;
            }

            for (; units > 0; units--)
            {
                destination[count++] = one;
            }

            return count;
        }

        /// <summary>Where the next item of an inline list starts on this line ("1) a 2) b"), or the text's length.</summary>
        private static int FindNextMarker(ReadOnlySpan<char> text, int from, ListMarker marker)
        {
            // An inline item is short: the look-ahead is bounded, so that a long line of markers stays linear.
            int window = Math.Min(text.Length, from + MaxInlineItem);
            int lineBreak = text[from..window].IndexOfAny(SplitChars.LineBreaks);
            int lineEnd = lineBreak < 0 ? window : from + lineBreak;
            ReadOnlySpan<char> line = text[from..lineEnd];
            Span<char> expected = stackalloc char[16];
            int count;
            if (marker.Bullet != '\0' && SplitChars.Bullets.Contains(marker.Bullet))
            {
                expected[0] = marker.Bullet;
                count = 1;
            }
            else if (marker.Number >= 0 && marker.Suffix != MarkerSuffix.None)
            {
                count = 0;
                if (marker.Suffix == MarkerSuffix.Enclosed)
                {
                    expected[count++] = '(';
                }

                int next = marker.Number + 1;
                switch (marker.Style)
                {
                    case MarkerStyle.Lower or MarkerStyle.Upper:
                        if (next > 25)
                        {
                            return text.Length;
                        }

                        expected[count++] = (char)((marker.Style == MarkerStyle.Upper ? 'A' : 'a') + next);
                        break;
                    case MarkerStyle.LowerRoman or MarkerStyle.UpperRoman:
                        if (next >= 40)
                        {
                            return text.Length;
                        }

                        count += FormatRoman(next, marker.Style == MarkerStyle.UpperRoman, expected[count..]);
                        break;
                    default:
                        bool formatted = next.TryFormat(expected[count..], out int written, default, CultureInfo.InvariantCulture);
                        Debug.Assert(formatted, "Four digits fit.");
                        count += written;
                        break;
                }

                if (marker.Suffix == MarkerSuffix.PeriodParenthesis)
                {
                    expected[count++] = '.';
                    expected[count++] = ')';
                }
                else
                {
                    expected[count++] = marker.Suffix == MarkerSuffix.Period ? '.' : ')';
                }
            }
            else
            {
                return text.Length;
            }

            ReadOnlySpan<char> needle = expected[..count];
            int offset = 0;
            while (offset < line.Length)
            {
                int hit = line[offset..].IndexOf(needle);
                if (hit < 0)
                {
                    break;
                }

                int at = offset + hit;
                int after = at + needle.Length;
                bool spaceBefore = at > 0 && SplitChars.IsWhiteSpace(line[at - 1]);
                bool spaceAfter = count == 1 || (after < line.Length && SplitChars.IsWhiteSpace(line[after]));
                if (spaceBefore && spaceAfter)
                {
                    return from + at;
                }

                offset = at + 1;
            }

            return text.Length;
        }
    }

    private enum MarkerSuffix : byte
    {
        None,
        Period,
        Parenthesis,
        PeriodParenthesis,
        Enclosed,
    }

    private enum MarkerStyle : byte
    {
        None,
        Digits,
        Lower,
        Upper,
        LowerRoman,
        UpperRoman,
    }

    /// <summary>How a paragraph without a terminator ends (see SentenceEnumerator.EndingOf).</summary>
    private enum ParagraphEnding
    {
        /// <summary>Otherwise.</summary>
        None,

        /// <summary>With a semicolon and a list conjunction: "...; or".</summary>
        ClauseOfList,

        /// <summary>With a colon, a comma or a dash, before what it introduces.</summary>
        Introduction,
    }

    /// <summary>
    /// A list marker at the start of a segment: its length (with the spaces after it), its bullet, and its number
    /// (the value of digits and roman numerals, the zero-based index of a letter; -1 for a bullet alone).
    /// </summary>
    private readonly record struct ListMarker(int Length, char Bullet, int Number, MarkerStyle Style, MarkerSuffix Suffix);
}
