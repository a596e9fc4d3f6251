using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// A rule-based sentence splitter: terminators and their runs, ellipses, closing quotes and brackets, abbreviation
/// lists per language, numbers, URLs and e-mail addresses, list items, headings, blank-line paragraphs and
/// hard-wrapped lines.
/// </summary>
/// <remarks>
/// <para>
/// One forward pass: find the next candidate terminator or newline with a vectorized search, then decide from the
/// word before it and the word after it whether a sentence ends there. Allocates nothing per sentence when
/// enumerated with <see cref="EnumerateSentences(ReadOnlySpan{char})"/>. Instances are immutable and thread-safe.
/// </para>
/// <para>What is a boundary, by family (the abbreviation classes are data, per language, in <c>Splitting/Data</c>):</para>
/// <list type="bullet">
/// <item><description><b>Abbreviations.</b> A title (<c>Mr.</c>, <c>Dr.</c>, French <c>M.</c>, Spanish <c>Sr.</c>)
/// never ends a sentence before a capitalized word. A reference or currency abbreviation (<c>No.</c>, <c>Fig.</c>,
/// <c>Rs.</c>, <c>Eq.</c>) does not end one before a number or a symbol (<c>Fig. ??</c>), nor, capitalized, before a
/// single capital that labels what it counts ("see Fig. A for"); the letter's own period then ends the sentence before
/// a capitalized word ("see Sec. B. The proof"). A terminal abbreviation
/// (<c>a.m.</c>, <c>p.m.</c>, <c>U.S.</c>, <c>U.K.</c>, <c>Inc.</c>, <c>Co.</c>, <c>Jr.</c>, <c>etc.</c>) is where
/// sentences often end, so before a capitalized word it ends one unless that word goes on with it: a weekday, a
/// month, a time zone or a short word in capitals ("9 p.m. Friday", "7 a.m. EST"), an institution ("U.S. Navy",
/// "U.K. Government"), a name part ("Jr. Day") or a stock ticker in brackets ("Acme Inc. (NASDAQ: ACME)"), as does a short name in brackets before a
/// word in lower case or a comma (a company's defined term: "Acme Robotics, Inc. ("Acme") announced"); what follows decides, because the abbreviation reads the same in
/// both. Other abbreviations (<c>e.g.</c>, <c>approx.</c>, German <c>Mio.</c>) end a sentence only before a typical
/// sentence starter. A unit or currency after a number (<c>[units]</c>: metric units in every language, <c>9,80 m.</c>, <c>5 km.</c>, <c>150 ms.</c>;
/// English ones, <c>2 hrs.</c>, <c>5 lbs.</c>, <c>2 tbsp.</c>; Russian <c>2024 г.</c>, <c>5 млрд руб.</c>) ends
/// one before a capitalized word that does not go on with it, unless the quantity opens the segment, as an ingredient's
/// line does (<c>2 tbsp. Olive oil</c>). A Spanish plural abbreviated by doubled initials
/// (<c>EE. UU.</c>) is one abbreviation; after an elided article (<c>[elisions]</c>: Italian <c>l'art.</c>) the
/// abbreviation is read without it; a word with an abbreviated ending (<c>[numeric-suffixes]</c>: German and Dutch
/// <c>Hauptstr.</c>) goes on before a number. German-style ordinals ("am 3. Oktober", "am 26. Sept.")
/// are not boundaries before a month, after a preposition or after an ordinal and a conjunction ("in der 23. und 67.
/// Minute"), but a score is no ordinal ("zum 1:0. Dann"); Turkish ones ("1. Cumhurbaşkanı", "II. Mehmed") before any
/// word, as Turkish ends its sentences with a verb; a Roman number alone opens its sentence ("XIX. Yüzyıl boyunca",
/// "II. The second part"). A date written with spaced periods, as Korean official writing dates ("2024. 3. 15.(금)",
/// "2024. 3. 15. 국무회의에서"), is one token. Initials of an Indic script, which ends its sentences with the danda, go on
/// in a run, glued or after a title ("श्री ए. के. शर्मा", "ए.पी.जे. अब्दुल कलाम"); a short word alone before a period ends
/// its sentence.</description></item>
/// <item><description><b>Lists.</b> A numbered, lettered or roman marker ("1.", "2)", "(iii)", "b)", "A.", "IV.")
/// opens a list item at the start of a line, after a list's lead-in, or when it continues the previous item's
/// sequence, and so do a bullet and a reStructuredText field (":description: ...", ":param path: ...") at the start of
/// a line, and a Chinese or Japanese list's marker, which no space follows ("・...", "①...", "1、...", "一、...",
/// "（一）..."); inline lists ("Steps: 1. Heat 2. Stir", "Rules (i) be kind (ii) be brief") end the lead-in at the colon
/// or before the first marker when the next marker follows on the same line, and each item ends where the next
/// begins, unless the items are punctuated as parts of one sentence ("must (a) pay rent, (b) keep it clean, and (c)
/// allow inspections") or are names with their initials ("Present: A. Chen, B. Patel, C. Okafor"). A letter after "a"
/// that opens a line outside a list, after a line that leaves its sentence open, is a word of that sentence ("...and
/// type\nu) to erase"). Each item is a
/// segment of kind <see cref="SentenceKind.ListItem"/>, but for a numbered paragraph (a number that opens a paragraph no
/// other line of which opens with a number, as judgments and reports number theirs), whose first sentence, when it ends
/// as one, is a <see cref="SentenceKind.Sentence"/>.</description></item>
/// <item><description><b>Citation and footnote markers</b> after a terminator ("1848.[3]", "rights.[4][5]",
/// Markdown's "WebGPU.[^1]", "reported.12 The", "(2004).2 In", superscript digits), with the pages a bracketed one
/// cites ("1921.[5]: 23–25 The"), stay with the sentence they close: they refer to it. A
/// number after a period that follows a digit is a decimal, not a footnote. So does a Markdown emphasis closed after
/// the terminator ("**Why not?**", "*so good.*"): one to three '*' or '_' before white space. A transcript's note in
/// brackets after a terminator and a space, one to three words in lower case before a capitalized word ("...lend it.
/// [pause] That was", "(laughs) Anyway"), opens the next sentence, as does a web address in brackets ("...the full
/// report. (https://example.org/report)"). An item's number glued to a CJK colon, semicolon or comma ("方法：1. 长按电源键；2.
/// 换了") runs on in its sentence.</description></item>
/// <item><description><b>Quotations and parentheses</b> up to 80 characters are kept whole: a <c>!</c>, <c>?</c> or
/// <c>.</c> inside one that goes on does not end the enclosing sentence ("He shouted "Fire! Fire!" and ran."), so a
/// quotation is never cut into fragments with unbalanced marks. Straight, curly, single, double, backtick, guillemet
/// and CJK quotes are matched, an apostrophe is not taken for a quote, and a quotation that is not closed within the
/// paragraph is ignored. The last terminator of a quotation is decided as any other ("'Stop!' she cried" goes on;
/// "He said "Go." Then" ends). Longer quoted passages are split at their sentences: news quotes speech of several
/// full sentences, which readers and extractive summaries take one at a time. In CJK, "“" after a full stop opens the next
/// sentence, and a CJK letter right after a closing quote or bracket is the attribution that goes on
/// (「もう帰る。」と言った。) unless a colon introduced the quotation (他说：“走吧。”她同意了。) or, in Japanese, 「」 or 『』
/// closes after the full stop and no particle or comma goes on from it (「寒い。」私は言った。 ends after 」).</description></item>
/// <item><description><b>Marks that are not ends.</b> <c>!</c> or <c>?</c> followed by a dash and a lower-case word
/// is an aside ("then -- bang! -- it fell"); a name written with <c>!</c> ("Yahoo! Mail") ends a sentence only before a
/// sentence starter; <c>??</c> standing alone before a lower-case word is an unresolved reference. A single letter and
/// a period end a sentence before a sentence starter ("let x be in X. Suppose", "contains v. If"), except
/// <c>v.</c> between the capitalized parties of a case ("Smith v. Jones"). A period with no space after it ends a
/// glued sentence ("Sales fell.The company", "was full.M. Roux spoke", after a unit before a sentence starter: "took 3
/// hrs.We left"), but not inside the name of code or a file ("System.Text.Json",
/// "Console.WriteLine", "Directory.Build.props", "Items.Add(item)"); after a capitalized word only before a sentence
/// starter or a title ("in Phoenix.The pizza", not "String.Empty"), or, in a language that capitalizes its nouns, after
/// a plain noun before a plain capitalized word ("eine super Matratze.Liegt", not after a class of code: "String.Empty"); and before a sentence its writer did not
/// capitalize, when the word after it is one of the language's sentence starters of three letters or more before another
/// word and the word before it is of three letters or more ("two nights.the room was", not "site.it", "zara.com").
/// So does a "?" or "!" glued between a lower-case word and a capitalized one or such a starter ("the old town!!Room",
/// "so fast!they said"), but not in a web address or a path ("search?Query=x") nor after a name written with "!"
/// ("Yahoo!Mail"). A period quoted on its own names the character before a lower-case word
/// ("a single period ('.') on a line").</description></item>
/// <item><description><b>Text without capitals.</b> When at most one in ten of the letters after a terminator (of the
/// first 32, and at least three) is a capital, as in chat, forums and lower-cased corpora, in a paragraph (or, when
/// it has fewer than three, in the whole text), a terminator ends its
/// sentence before a lower-case word too ("so this happened. i was at work"), except a period after an abbreviation
/// (its last part after a hyphen: "then-sen. obama"), an initialism or a single letter ("u.s. officials", "v.
/// jones"). In a text written with capitals, a period after a word in lower case of at least three letters, or a "!"
/// or "?" that no quote closes, ends the sentence before a sentence starter written in lower case, as reviews and
/// messages write them ("The quality is the same. the brand is the same"), and so does a period before a program's
/// name that the text defines near its start, as a manual page's NAME line does ("apropos - search the manual page
/// names" over "...within it. apropos searches"), and so does a period after a word in lower case before a name of code
/// that a quote or a backtick opens and closes on its line ("...by fingerprint. 'gpg' also takes"). In any text a name written with a lower-case first letter and a capital after it ("iPhone", "eBay",
/// "mRNA") opens a sentence as a capitalized word does. Tokenized text spaces every period from its word: one after a title before a word ("sgt . jim clark"),
/// after a reference abbreviation before a number or a bracket ("the no . 1 pick", "fig . [ fig1 ]") or after "et al"
/// an abbreviation that stands before what it qualifies (<c>[spaced-prefixes]</c>) or a dotted initialism without its
/// last period before anything but a sentence starter ("zheng et al . ( 2019 ) show", "st . louis", "good vs . evil",
/// "the u.s . marshals") is still that word's; after any other
/// word it ends the sentence ("the council said no . the idea"). No sentence opens with a comma or a semicolon ("in
/// the u.s. , a michigan man", "`` uptown funk ! '' , featuring"), nor with a period standing alone: after "?" or "!"
/// the sentence ends at it ("how you going ? ' . but"). A quoted question or exclamation goes on with an attribution
/// in lower case that a speech verb (<c>[speech-verbs]</c>) closes within four words ("' is it over ? ' he asked .",
/// "`` why ? '' said the coach"), as it does in text written with capitals, where a speaker's name of up to three
/// capitalized words may stand before a speech verb that punctuation closes (""What does it say?" Tom asked."; not
/// "'Why now?' Police said the man fled", whose first word is a sentence starter, nor "...act?" Mr Blair said he
/// would", reported speech of its own).</description></item>
/// <item><description><b>Text without punctuation.</b> A sentence of at least 80 words with fewer than one clause
/// mark (comma, semicolon, colon not between digits, dash, bracket, quote) in 50 words is a run a speech recognizer or automatic captions
/// wrote: it is cut into chunks of 4 to 30 words where a sentence most likely ends, in English by a table learned from
/// punctuated text (<c>Splitting/Data/run-on-boundaries-en.txt</c>), in other languages before a word of the
/// language's <c>[starters]</c>, in chunks of at least 8 words.</description></item>
/// <item><description><b>Layout.</b> Lines end at LF, CRLF, CR alone or U+2028; a blank line or U+2029 ends a
/// paragraph. A line without final punctuation that stands alone (short, or in title case, before a line that starts
/// with a capital or a bracket) is a <see cref="SentenceKind.Heading"/> when it reads as one: at most 20 words and 150
/// characters, not starting in lower case unless it has at most three words (after a chat line's stamp and speaker,
/// "[09:05] maria: ", "03/12/2024, 09:12 - Maria: ", "[09:05] &lt;maria&gt; ", from the first letter of what is said;
/// after a speaker's name, "Amanda: He called her last time", four words or more not in title case are prose next to
/// another speaker's line, unless the name, without a stamp, has a digit and labels no other line near it ("Part 2:",
/// not "Speaker 2:" nor "SPEAKER_01:") or is a field of a message's header ("Subject:", "To:"); a chat client's header over a message, "Carol
/// Diaz  9:15 AM", "carol — Today at 9:15 AM", "[9:15 AM] Carol Diaz", "10:32:15 From Carol Diaz to Everyone:", is a heading and a line of its own, and in a log
/// with the headers of two senders or more every other line is a message, joined to no other, prose from four words
/// on unless in title case); longer or lower-case lines are prose left without its final period. So is a
/// line of verse: one right under a sentence of its paragraph that ends with a comma, a semicolon or no mark ("Two
/// roads diverged in a yellow wood,\nAnd sorry I could not travel both"), not a speaker's turn, and so is a line of six
/// words or more, not in title case, right under a sentence of its paragraph that a terminator ends ("I use it
/// daily.\nIt crushes ice in seconds and the jar is easy to clean"). A line that ends on a lower-case word goes on onto
/// no line that opens with a capitalized sentence starter before a lower-case word ("...easy to clean\nThe lid fits
/// tight"; not "by\nThe Times", "type\nA personality", "after\nYour receipt", German "können\nSie uns":
/// <c>[inner-capitals]</c>), and a segment's first line onto no short line (under 30 columns, no terminator, at the same
/// margin) that its paragraph goes on after, unless one of them leaves its phrase open: a byline or a dateline under a
/// headline is a line of its own ("Metro line opens tomorrow\nBy Jane Doe\nUpdated: 12 March 2024 14:35"). An
/// abbreviation inside a line that opens its segment and reads as a heading ends nothing, so such a headline is one
/// heading ("Apple Inc. Shares Jump After Earnings", "U.S. Stocks Rally"), and so does the period after a numbered
/// label that opens such a line when the rest names the heading ("Chapter 1. The Beginning", "Part IV. Methods"; not
/// "Step 2. Mix the flour and water"). A line of its own in capitals (three
/// capitals or more, no lower-case letter, at most 20 words and 150 characters) is one heading whatever its periods
/// ("SECTION 1. SHORT TITLE.", "CHAPTER IV."), except in a text written in capitals (a wire copy, a telegram), where
/// such a line of five words or more that ends with a terminator is a sentence, and except for the lines of a paragraph in
/// capitals wrapped over them, as a licence's disclaimer is: a line of 30 to 120 columns that ends on a word, a comma or a
/// semicolon, over lines in capitals down to one that a terminator ends ("THE SOFTWARE IS PROVIDED "AS IS", WITHOUT
/// WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED. IN NO EVENT..."), is read as its sentences. A number alone on a line is a heading too,
/// and so is an entry of a table of contents, its dot leader before its page ("2.1 Harbour syntax ........ 2"), a row
/// whose leader after a space parts a label from a short value ("Flow rate ........ 4 l/min"), a Debian
/// changelog's entry line ("bash (5.2.15-2) unstable; urgency=medium"), a news page's time stamp, onto which no line
/// goes on ("Published Sept. 3, 2025 at 9:02 a.m.": words of <c>[stamp-labels]</c>, months or weekdays, then a date and a
/// clock time), and a
/// Texinfo definition's header, wrapped or not (" -- Function: int verify (const\n          size_t n)"), and so is a page's running head that opens and closes with the same word set apart by column gaps
/// ("dpkg-deb(1)    dpkg suite    dpkg-deb(1)"). A line indented less than the one before it and more than its
/// segment's first closes a hanging block, as a definition's header wrapped deeper than its text does (Texinfo's
/// " -- Function: int verify (const\n          size_t n)" over "     Verifies a signature"), and no line goes on onto a
/// line of markup alone (a code fence, a rule, a directive) or from or onto a line of Markdown images alone (a README's
/// badges), nor from a term's line onto its description indented four columns deeper that opens with a capital, unless
/// the term's line holds the description's first words where the next line starts. Other single newlines inside a sentence
/// are hard wrapping and are joined (lines measured in columns, a wide CJK character counting two, and up to 120 of them, as text taken out of a PDF has them; lines are joined only in a paragraph with a terminator, a period inside a number
/// not counting, or in a list's lead-in of four words or more wrapped onto lines in lower case that a colon ends before
/// a list, a blank line or the end, "The following options are supported by the\ncommand:", or before an example
/// indented under it, where after a line of prose's length the colon may be missing ("...compiled and linked\nwith the
/// command line" over "     gcc sha.c"); and never onto a label line such as "Updated: 3 June 2024 14:30" (a name before "::" labels nothing), nor from
/// one path or name of code alone on a line onto another, a listing's "lib/Your/Module.pm\nt/some_test.t"; a line shorter than a wrapped one is
/// joined when it ends with a lower-case word that leaves its phrase open, an article, a conjunction, "of" or "with":
/// "met with\nMayor Ruiz"; and a line of wrapped length that ends on a word onto a line in lower case that opens with a
/// preposition or a conjunction, or after a preposition, "...on the fractional part\nof ctime timestamps", "...available
/// at\nftp://...", not onto a statement of code; a list item's line of a wrapped item's length onto a line in lower case
/// no deeper than its marker; a line in title case that a sentence of prose goes on to from the line before, or over a
/// line that opens with the sentence's last words: "...Development and Learning\nEnvironment.  The user"; and a number
/// from 2 on after a word that labels it, "...under section\n7. This requirement", is no list item), a line that ends
/// with a word broken by a hyphen goes on whatever the case after it ("Sensi-\nData"), never onto a line that opens with
/// a clause number two or more levels deep before a
/// capital ("1.2 The fees", "3.1.4. The Supplier": a clause of its own, even after "Schedule A."), and a line that
/// starts with punctuation (a period after a newline) closes the line before it. An e-mail or Markdown quotation prefix ("&gt; " at the start of each quoted line, "&gt;&gt; " nested) is
/// no part of a sentence: a segment starts after it, a quoted line is joined only onto a quoted line, and "&gt;" alone
/// on a line ends a paragraph like a blank line; "&gt;" before a digit ("&gt; 65 years") is a comparison. A line of its own
/// that ends with a colon before quoted text ("On Monday, Dana wrote:") and a letter's salutation or closing (at most
/// three words, capitalized, ending with a comma: "Hi Dana,", "Best regards,") are headings too. A dated reply
/// attribution ("On Tue, Dec 1, 2026 at 10:02 AM, Priya wrote:", <c>[reply-attributions]</c>) is a line of its own
/// even inside the quotation, and so is a speaker's turn after another's ("Amanda: Don't be shy\nHannah: Ok.").</description></item>
/// <item><description><b>Other scripts' marks.</b> The Devanagari danda and double danda, the Arabic question mark,
/// the Urdu full stop and the Greek question mark (U+037E, or ';' right after a Greek letter, which is how Greek
/// writes it) end a sentence like '?': scripts without case give no capital to decide by. ';' elsewhere is a
/// semicolon.</description></item>
/// <item><description><b>Thai</b> (its rules only) writes no terminators: a space between Thai characters ends a
/// segment; a space next to a Latin word or a number (in ASCII or Thai digits) does not, nor does one that only sets a phrase apart (after a
/// title and a first name, around a verb of saying and its "that", after "namely" or a conjunction, before a
/// conjunction or a piece of four characters or fewer, after an abbreviation's period: <c>[space-openers]</c>,
/// <c>[space-closers]</c>, <c>[space-titles]</c>, <c>[space-attributions]</c>), nor, within a sentence's length, one after
/// a connective alone, around a subordinate clause or after a titled name and its surname, with the post that follows
/// them (<c>[space-connectives]</c>, <c>[space-leads]</c>, <c>[space-clauses]</c>, <c>[space-appositions]</c>), and a period after a Thai letter marks an abbreviation ("150 มม. ต่อวัน").
/// The text's first line, a title, is read whole before its spaces, and a long line after it is a sentence, not a
/// heading, however it ends.</description></item>
/// <item><description><b>Emoji.</b> An emoji after a terminator stays with its sentence ("What a debate.😀 Critics").
/// Without a terminator, an emoji after a word of a sentence of three words or more ends it before a capitalized word
/// of the language's <c>[starters]</c> ("We shipped it today 🎉 It took months."), as posts and chat messages write;
/// before a name it goes on ("at the mall 🍕 Pizza Hut was full"). An ASCII emoticon (":)", ";-)", ":D") is read the
/// same way, and after a mark, glued or spaced, it closes the sentence ("Thanks! :) See you"); a frown's mouth opens no
/// parenthesis. An emoji or emoticon that ends a line closes its sentence, even before a line in lower case ("book a
/// tour :)" before "would stay again"). In a run of words without punctuation, the run-on cutter ends a chunk after
/// an emoji cluster that follows a word as after a terminator ("a group of 9 😍 | the staff pushed").</description></item>
/// <item><description><b>Pasted markup.</b> Offsets always point into the original text. Tags and space entities
/// separate words like white space (so "&lt;/p&gt;&lt;p&gt;" between sentences is a boundary), closing tags and
/// closing-quote entities after a terminator stay with its sentence, and a line of markup alone (a rule of dashes,
/// dots, slashes or asterisks, a tag such as &lt;hr/&gt;) is not a segment and separates like a blank
/// line; neither are a Markdown code block fenced with ``` or ~~~, code indented four columns after a blank line or
/// under a heading at the margin, or four columns deeper than a lead-in that a colon ends inside a paragraph (a line of it reads as code, none as prose: "    pip install -r requirements.txt", a
/// manual page's synopsis "tidy [-q|--quiet] file ..."), reStructuredText's markup (a literal block under a paragraph
/// that "::" ends, a directive whose content is code such as ".. code-block:: python" with its block, a hyperlink
/// target, a substitution's definition, another directive's marker such as ".. note::" but not its text) nor a Markdown file's front matter ("key: value"
/// lines between "---" lines at the start of the text, or TOML's between "+++"). A run of three or more '|' or '*'
/// before a space where a segment would start (the separator "|||||" between the documents of a collection, a
/// notice's "*** UPDATE", before a capital: "**** off" is a censored word) is no part of it and separates like a blank
/// line.</description></item>
/// </list>
/// </remarks>
public sealed partial class RuleBasedSentenceSplitter : SentenceSplitter
{
    private readonly SplittingRules _rules;

    private RuleBasedSentenceSplitter(string language, SplittingRules rules)
    {
        Language = language;
        _rules = rules;
    }

    /// <summary>The English splitter, shared and thread-safe.</summary>
    public static RuleBasedSentenceSplitter English => Summarizer.Language.English.RuleSplitter;

    /// <summary>
    /// The code of the language this splitter is for (<c>en</c>, <c>de</c>, <c>sv</c>...). Languages without their
    /// own rules file (see <see cref="SupportedLanguages"/>) use the language-neutral rules.
    /// </summary>
    public string Language { get; }

    /// <summary>The languages with their own rules file: en, de, fr, es, it, pt, nl, ru, sv, da, no, tr (abbreviation lists) and th (spaces).</summary>
    public static IReadOnlyCollection<string> SupportedLanguages => SplittingRules.SupportedLanguages;

    /// <summary>Returns the shared splitter of a language, the one <see cref="Summarizer.Language.Splitter"/> holds.</summary>
    /// <param name="language">
    /// A code <see cref="Summarizer.Language.FromCode(string)"/> accepts: an ISO 639-1 code or a BCP 47 tag
    /// (<c>en</c>, <c>de-AT</c>, <c>pt_BR</c>), case-insensitive, of which only the primary subtag is used. A supported
    /// language without its own lists gets the language-neutral rules, which still handle punctuation, numbers,
    /// layout and the Latin abbreviations common to all languages.
    /// </param>
    /// <returns>A cached, thread-safe splitter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException">No supported language has that code; the message lists the supported codes.</exception>
    public static RuleBasedSentenceSplitter Create(string language) =>
        Summarizer.Language.Find(language, nameof(language)).RuleSplitter;

    /// <summary>A new splitter for <paramref name="language"/>; <see cref="Summarizer.Language.Splitter"/> keeps the shared one.</summary>
    internal static RuleBasedSentenceSplitter For(Summarizer.Language language) =>
        new(language.Code, SplittingRules.For(language.Code));

    /// <summary>Enumerates the segments of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>An enumerator of <see cref="SentenceSpan"/> values in reading order.</returns>
    public SentenceEnumerator EnumerateSentences(ReadOnlySpan<char> text) => new(_rules, text);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public override void Split(ReadOnlySpan<char> text, ICollection<SentenceSpan> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        foreach (SentenceSpan sentence in EnumerateSentences(text))
        {
            destination.Add(sentence);
        }
    }

    internal bool IsAbbreviation(ReadOnlySpan<char> word) => _rules.IsAbbreviation(word);

    /// <summary>Whether <paramref name="word"/> is no keyword in this language (<see cref="SplittingRules.IsKeywordExclusion"/>).</summary>
    internal bool IsKeywordExclusion(ReadOnlySpan<char> word) => _rules.IsKeywordExclusion(word);
}
