using System;
using System.Collections.Generic;
using System.Threading;

namespace Summarizer;

/// <summary>
/// Chooses sentences by score, highest first (ties to the earlier sentence), while they fit the budget: a sentence
/// that does not fit is passed over and shorter ones still tried (except for sentence counts, which stop when full),
/// and with redundancy control a sentence too similar to one already chosen is passed over (MMR with a threshold).
/// </summary>
internal static class SentenceSelector
{
    public static int[] RankOrder(double[] scores)
    {
        var order = new int[scores.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        order.AsSpan().Sort(new ScoreComparer(scores));
        return order;
    }

    public static int[] Ranks(int[] order)
    {
        var ranks = new int[order.Length];
        for (int r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r + 1;
        }

        return ranks;
    }

    /// <summary>The budget limit in its own unit; a ratio of <paramref name="sentenceCount"/> becomes a sentence count (at least one).</summary>
    public static double LimitOf(SummaryBudget budget, int sentenceCount) => budget.Unit == BudgetUnit.Ratio
        ? Math.Max(1, Math.Round(budget.Limit * sentenceCount, MidpointRounding.AwayFromZero))
        : budget.Limit;

    /// <summary>
    /// The sentences of the summary, in the order of <paramref name="options"/>: the best-ranked eligible ones within
    /// the budget. The <paramref name="terms"/>' word counts are what a sentence costs under a budget of words, their
    /// <see cref="DocumentTerms.SentenceLengths"/> what the sentence-length limits measure.
    /// </summary>
    public static List<int> Select(
        string text,
        IReadOnlyList<SentenceSpan> sentences,
        DocumentTerms terms,
        TermMatrix matrix,
        int[] rankOrder,
        SummarizerOptions options,
        SummaryBudget budget,
        SplittingRules rules,
        CancellationToken cancellationToken,
        out double used,
        out double limit)
    {
        int[] wordCounts = terms.WordCounts;
        int[] lengths = terms.SentenceLengths;
        // A text whose list items carry it is summarized from them as from its sentences, and so is a list item that is a
        // sentence of its own or goes on from a lead-in (SentenceKinds.ContentListItems).
        bool[]? listItems = options.IncludeHeadingsAndListItems ? null : SentenceKinds.ContentListItems(text, sentences, lengths, options.MinSentenceWords, rules);
        // Headings that only fill, as what says nothing by itself does (IsFillOnly): see below.
        bool headingsFill = false;
        bool hasSentence = HasSentence(sentences, lengths, options);
        if (!options.IncludeHeadingsAndListItems && !hasSentence)
        {
            // A text of headings and list items alone is summarized from them, as the ranker ranks them: not emptied.
            // So is one whose only sentences are too short to be chosen, such as a slide deck's closing "Questions?"
            // or a form's "Thank you!": its lists carry it, not those lines. Where it has list items of the allowed
            // length, they come first and its headings only fill (a changelog's version lines, a deck's slide titles).
            options = options with { IncludeHeadingsAndListItems = true };
            headingsFill = HasListItem(sentences, lengths, options);
        }

        // A ratio is of the segments the summary chooses from: the sentences (and the list items that carry the text),
        // not the headings a text of sentences leaves out.
        int choosable = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            choosable += KindAllowed(sentences, i, options, listItems) ? 1 : 0;
        }

        limit = LimitOf(budget, choosable);
        bool countsSentences = budget.Unit is BudgetUnit.Sentences or BudgetUnit.Ratio;
        // Shorter sentences fill a count; under another budget only a text that has no longer sentence, such as a
        // review of short ones, is summarized from them (a budget that no long sentence fits gives no scraps).
        bool fillShort = countsSentences || !hasSentence;
        RedundancyWeights? redundancyWeights = options.RedundancyThreshold < 1 ? new RedundancyWeights(matrix) : null;
        // The chosen sentences' forms (FoldedHash), once there are many of them (HasFormOfChosen).
        HashSet<ulong>? chosenForms = null;
        var chosen = new List<int>();
        int backMatter = BackMatterStart(text, sentences, lengths, options, rules);
        int frontMatter = FrontMatterEnd(text, sentences, rules);
        // Under a budget of words, characters or tokens, once a sentence did not fit, the room left is filled only from the
        // upper half of the ranking: the lower half's short sentences are what the ranker ranks least ("去皮后切成小块。"),
        // not a summary's.
        bool skipped = false;
        int fillRanks = Math.Max(1, rankOrder.Length / 2);
        // What each segment holds of boilerplate, a call's procedure or a vote: 0 not read yet (ReadPhrases).
        var phrases = new sbyte[sentences.Count];
        // An interview's interviewer, when a label other than "Q:" names the one who asks (SpeakerLabels.Interviewer).
        string? interviewer = SpeakerLabels.Interviewer(text, sentences);
        bool[]? repeated = RepeatedSegments(text, sentences, wordCounts);
        // The language the summary is in: the text's as guessed, or, for a text in two languages that none leads
        // (Language.Undetermined) and for one whose language the caller named (which may not be the text's: a service
        // that names English for every text it is given), that of its best sentence that reads as one, read when a
        // sentence first may be in another language (LanguageOfBest reads up to three sentences).
        bool languageRead = terms.Language != Language.Undetermined && options.Language is null;
        Language? textLanguage = languageRead ? terms.Language : null;
        used = 0;

        Language? TextLanguage()
        {
            if (!languageRead)
            {
                textLanguage = LanguageOfBest(text, sentences, rankOrder);
                languageRead = true;
            }

            return textLanguage;
        }

        // Pass 0 takes sentences of the allowed length; when a sentence count is not reached that way, pass 1 fills it
        // from the shorter sentences of content, pass 2 from the sentences of front and back matter of the allowed
        // length (an e-mail's earlier messages, a press release's "About" section) and pass 3 from their shorter ones
        // and what says nothing by itself (lead-ins, courtesies, calls to action, boilerplate, what a template
        // repeats), so that a text of short sentences still gets the sentences asked for, "Kritik kam von der
        // Opposition." fills a count before "Lesen Sie auch: ...", and a reply's "Agreed." is followed by the thread
        // it answers rather than by its confidentiality notice.
        bool OutsideBody(int index) => index < frontMatter || index >= backMatter;

        bool FillOnly(int index) =>
            (headingsFill && sentences[index].Kind == SentenceKind.Heading) || repeated?[index] == true || matrix.IsLeftOut(index)
            || IsFillOnly(text, sentences, index, rules, phrases, interviewer)
            || (MayBeInOtherLanguage(terms, index) && TextLanguage() is Language language
                && LanguageGuesser.ReadsAsOther(sentences[index].Slice(text), language));

        for (int pass = 0; pass < 4; pass++)
        {
            // Passes 1 to 3 fill a sentence count that is not reached; under a budget of words, characters or tokens
            // they run only when nothing else was chosen, so that a text of short sentences only ("Great blender, works
            // fine! Love it." under 50 words) or whose only sentence announces a list is not summarized as nothing.
            if (pass > 0 && !(countsSentences ? used < limit : chosen.Count == 0))
            {
                break;
            }

            for (int r = 0; r < rankOrder.Length; r++)
            {
                if ((r & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (skipped && r >= fillRanks && chosen.Count > 0)
                {
                    break;
                }

                int index = rankOrder[r];
                bool full = IsEligible(index, sentences, lengths, options, listItems);
                bool eligible = pass switch
                {
                    0 => full && !FillOnly(index) && !OutsideBody(index),
                    1 => fillShort && IsShortButOtherwiseEligible(index, sentences, lengths, options, listItems) && !FillOnly(index) && !OutsideBody(index),
                    2 => full && OutsideBody(index) && !FillOnly(index),
                    _ => (full || (fillShort && IsShortButOtherwiseEligible(index, sentences, lengths, options, listItems)))
                        && (FillOnly(index) || (OutsideBody(index) && !full)),
                };
                if (!eligible)
                {
                    continue;
                }

                double cost = Cost(text, sentences[index], wordCounts[index], budget, chosen.Count > 0);
                if (used + cost > limit)
                {
                    if (countsSentences)
                    {
                        break;
                    }

                    skipped = true;
                    continue;
                }

                if (redundancyWeights is not null
                    && (IsRedundant(index, chosen, matrix, redundancyWeights, options.RedundancyThreshold)
                        || HasFormOfChosen(text, sentences, wordCounts, index, chosen, ref chosenForms)))
                {
                    continue;
                }

                chosen.Add(index);
                chosenForms?.Add(FoldedHash(sentences[index].Slice(text)));

                used += cost;
                if (countsSentences && used >= limit)
                {
                    break;
                }
            }
        }

        if (options.Order == SummaryOrder.Reading)
        {
            chosen.Sort();
        }
        else
        {
            // Each pass adds in rank order, but a later pass appends after the earlier one's sentences.
            SortByRank(chosen, rankOrder);
        }

        if (budget.Unit == BudgetUnit.Tokens)
        {
            used = FitTokens(text, sentences, chosen, rankOrder, budget, cancellationToken);
        }

        return chosen;
    }

    /// <summary>The fewest times a segment is written in a text for it to be a template's (<see cref="RepeatedSegments"/>).</summary>
    private const int MinRepeats = 3;

    /// <summary>
    /// Marks the segments that the text writes in <see cref="MinRepeats"/> paragraphs or more, numbers and runs of white
    /// space aside: what a template writes under every review or message ("Helpful 4 Thanks 0 Love this 0 Oh no 1", "Date de
    /// la visite : mars 2024", a confidentiality notice under each message of a thread), which says nothing of any
    /// one of them; null when there is none. Segments are compared by a 64-bit hash of that form, and hashed only when
    /// two others share their word count and their first and last characters.
    /// </summary>
    internal static bool[]? RepeatedSegments(string text, IReadOnlyList<SentenceSpan> sentences, int[] wordCounts)
    {
        int n = sentences.Count;
        if (n < MinRepeats)
        {
            return null;
        }

        // Counts of a cheap key (word count, first and last character), in 256 buckets.
        Span<byte> buckets = stackalloc byte[256];
        buckets.Clear();
        for (int i = 0; i < n; i++)
        {
            ref byte count = ref buckets[BucketOf(text, sentences[i], wordCounts[i])];
            count = (byte)Math.Min(count + 1, MinRepeats);
        }

        List<(ulong Hash, int Index)>? hashed = null;
        for (int i = 0; i < n; i++)
        {
            if (buckets[BucketOf(text, sentences[i], wordCounts[i])] >= MinRepeats)
            {
                (hashed ??= []).Add((FoldedHash(sentences[i].Slice(text)), i));
            }
        }

        if (hashed is null)
        {
            return null;
        }

        hashed.Sort();
        bool[]? repeated = null;
        int marked = 0;
        // A page's running header or footer, in text taken out of a PDF with a form feed between pages (PageFurniture).
        bool[]? pageFurniture = null;
        bool paged = text.Contains('\f');
        for (int start = 0; start < hashed.Count;)
        {
            int end = start + 1;
            while (end < hashed.Count && hashed[end].Hash == hashed[start].Hash)
            {
                end++;
            }

            // Copies in paragraphs of their own, as under each review or message; a story that writes a sentence
            // again in one paragraph (a caption repeating its lead) keeps it as content.
            int paragraphs = 0;
            for (int k = start; k < end; k++)
            {
                paragraphs += k == start || sentences[hashed[k].Index].Paragraph != sentences[hashed[k - 1].Index].Paragraph ? 1 : 0;
            }

            bool furniture = paged && paragraphs >= MinRepeats && IsPageFurniture(text, sentences, hashed, start, end);
            for (int k = start; paragraphs >= MinRepeats && k < end; k++)
            {
                (repeated ??= new bool[n])[hashed[k].Index] = true;
                marked++;
                if (furniture)
                {
                    (pageFurniture ??= new bool[n])[hashed[k].Index] = true;
                }
            }

            start = end;
        }

        // A template's lines are a few among the text's; when most of the text is written three times or more, it is the
        // text repeated (a page pasted again and again, a log of the same line), whose copies the redundancy check
        // keeps out of one summary, not a template's furniture around it; a short report's running header and footer
        // stay furniture, however few its lines of text between them.
        return marked * 2 > n ? pageFurniture : repeated;

        static int BucketOf(string text, SentenceSpan span, int words)
        {
            char first = span.Length > 0 ? text[span.Start] : ' ';
            char last = span.Length > 0 ? text[span.Start + span.Length - 1] : ' ';
            return (int)((uint)((words * 31) + (char.IsAsciiDigit(first) ? '0' : first) + ((char.IsAsciiDigit(last) ? '0' : last) * 7)) & 255);
        }
    }

    /// <summary>The most lines of text that stand between a page's running header or footer and the page's edge, its own line counted (<see cref="IsPageFurniture"/>).</summary>
    private const int MaxPageEdgeLines = 3;

    /// <summary>
    /// Whether the copies <paramref name="start"/> to <paramref name="end"/> of <paramref name="hashed"/> are a page's
    /// running header or footer ("Confidential. Prepared for Acme by Brightline Consulting. Page 2 of 7", a journal's
    /// "Ann. Appl. Biol. 31 (2024)"): each stands within <see cref="MaxPageEdgeLines"/> lines of text of a form feed or
    /// of the text's start or end, in a text whose pages a form feed parts, as PDF text tools write them. A chorus, a
    /// dialogue's "Thank you." and reviews' "Great product." have no pages.
    /// </summary>
    private static bool IsPageFurniture(string text, IReadOnlyList<SentenceSpan> sentences, List<(ulong Hash, int Index)> hashed, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            SentenceSpan span = sentences[hashed[k].Index];
            if (LinesToPageEdge(text, span.Start - 1, -1) > MaxPageEdgeLines && LinesToPageEdge(text, span.End, 1) > MaxPageEdgeLines)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How many lines holding text (up to one more than <see cref="MaxPageEdgeLines"/>) stand from <paramref name="k"/>,
    /// in the direction <paramref name="step"/>, to the next form feed or the text's edge, the rest of the line of
    /// <paramref name="k"/> counted.
    /// </summary>
    private static int LinesToPageEdge(string text, int k, int step)
    {
        int lines = 0;
        bool inLine = false;
        for (; k >= 0 && k < text.Length; k += step)
        {
            char c = text[k];
            if (c == '\f')
            {
                break;
            }

            if (c is '\n' or '\r')
            {
                inLine = false;
            }
            else if (!inLine && !char.IsWhiteSpace(c))
            {
                inLine = true;
                if (++lines > MaxPageEdgeLines)
                {
                    break;
                }
            }
        }

        return lines;
    }

    /// <summary>
    /// Whether the sentence at <paramref name="index"/> differs from a chosen one in its numbers and spacing alone ("...
    /// (item 16)." after "... (item 2)."): redundant, however rare its numbers make its terms in the cosine. Forms are
    /// compared by <see cref="FoldedHash"/>, only with the chosen sentences of as many words while they are few, and
    /// through a set of their forms (<paramref name="forms"/>, made here and kept by the caller) once they are many.
    /// </summary>
    private static bool HasFormOfChosen(string text, IReadOnlyList<SentenceSpan> sentences, int[] wordCounts, int index, List<int> chosen, ref HashSet<ulong>? forms)
    {
        if (forms is null && chosen.Count < RedundancyWeights.MinIndexed)
        {
            ulong form = 0;
            foreach (int other in chosen)
            {
                if (wordCounts[other] == wordCounts[index])
                {
                    form = form == 0 ? FoldedHash(sentences[index].Slice(text)) : form;
                    if (FoldedHash(sentences[other].Slice(text)) == form)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        if (forms is null)
        {
            forms = new HashSet<ulong>(chosen.Count * 2);
            foreach (int other in chosen)
            {
                forms.Add(FoldedHash(sentences[other].Slice(text)));
            }
        }

        return forms.Contains(FoldedHash(sentences[index].Slice(text)));
    }

    /// <summary>
    /// A 64-bit hash (FNV-1a) of a segment with each run of digits one '0' and each run of white space one space: the
    /// same for two segments that differ in their numbers and spacing alone.
    /// </summary>
    private static ulong FoldedHash(ReadOnlySpan<char> segment)
    {
        ulong hash = 14695981039346656037;
        char previous = '\0';
        foreach (char c in segment)
        {
            char folded = char.IsDigit(c) ? '0' : char.IsWhiteSpace(c) ? ' ' : c;
            if (folded != previous || (folded != '0' && folded != ' '))
            {
                hash = (hash ^ folded) * 1099511628211;
            }

            previous = folded;
        }

        return hash;
    }

    /// <summary>Puts <paramref name="chosen"/> in the order of <paramref name="rankOrder"/>, in one walk over it.</summary>
    private static void SortByRank(List<int> chosen, int[] rankOrder)
    {
        var isChosen = new bool[rankOrder.Length];
        foreach (int index in chosen)
        {
            isChosen[index] = true;
        }

        chosen.Clear();
        foreach (int index in rankOrder)
        {
            if (isChosen[index])
            {
                chosen.Add(index);
            }
        }
    }

    private static bool IsEligible(int index, IReadOnlyList<SentenceSpan> sentences, int[] lengths, SummarizerOptions options, bool[]? listItems = null) =>
        KindAllowed(sentences, index, options, listItems)
        && lengths[index] >= options.MinSentenceWords
        && (options.MaxSentenceWords == 0 || lengths[index] <= options.MaxSentenceWords);

    /// <summary>The fewest words of a sentence that <see cref="MayBeInOtherLanguage"/> reads.</summary>
    private const int MinOtherLanguageWords = 8;

    /// <summary>
    /// Whether the sentence at <paramref name="index"/> may be prose in another language than the text's, which is then
    /// chosen only to fill, as what says nothing by itself is (the summary is in the text's language): a quotation in
    /// the language it was said in ("Ce n'est pas une victoire, c'est une pause," he told reporters), the other
    /// language's half of a bilingual notice. Of its words, <see cref="MinOtherLanguageWords"/> or more, under a quarter
    /// are stop words of the language its terms were made in (prose of that language has about a third and more); its
    /// own stop words decide (<see cref="LanguageGuesser.ReadsAsOther"/>).
    /// </summary>
    private static bool MayBeInOtherLanguage(DocumentTerms terms, int index)
    {
        int words = terms.WordCounts[index];
        int content = terms.RowStarts[index + 1] - terms.RowStarts[index];
        return words >= MinOtherLanguageWords && (words - content) * 4 < words;
    }

    /// <summary>How many of the best-ranked sentences <see cref="LanguageOfBest"/> reads.</summary>
    private const int LanguageOfBestReads = 3;

    /// <summary>
    /// The language of the first of the <see cref="LanguageOfBestReads"/> best-ranked sentences that reads as prose in
    /// one (<see cref="LanguageGuesser.ProseLanguage"/>), or null: what a summary of a text in two languages is in.
    /// </summary>
    private static Language? LanguageOfBest(string text, IReadOnlyList<SentenceSpan> sentences, int[] rankOrder)
    {
        for (int r = 0; r < Math.Min(LanguageOfBestReads, rankOrder.Length); r++)
        {
            if (LanguageGuesser.ProseLanguage(sentences[rankOrder[r]].Slice(text)) is Language language)
            {
                return language;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> says nothing by itself: a lead-in (<see cref="IsLeadIn"/>); a
    /// caption, a line of its own that opens with the language's caption label ("Photo: A cyclist rides along Main
    /// Street.", "Pictured: ...", "Video: ..."; <see cref="SplittingRules.IsCaption"/>), with the rest of its line (a
    /// credit), or that a credit closes (<see cref="BeforeCreditOnItsLine"/>), which describes a picture beside the
    /// text rather than the story; a note to the editors (<see cref="IsInEditorsNote"/>); an interviewer's question, the line
    /// that a question label opens ("Q: ...", "Frage: ..."); a courtesy ("I hope this email finds you well.", "Thank
    /// you for your time and consideration."; <see cref="SplittingRules.IsCourtesy"/>); or a page's call to action
    /// ("Follow us on Twitter for the latest updates.", "Click here to sign up..."; <see cref="SplittingRules.IsCallToAction"/>);
    /// or a court story's closing line that names the case ("The case is Smith v. Jones, No. 1:24-cv-00318.";
    /// <see cref="SplittingRules.IsCaseCaption"/>);
    /// or boilerplate ("Acme is an equal opportunity employer.", "All rights reserved."; <see cref="IsInBoilerplate"/>),
    /// or a speech's salutation on a line of its own (<see cref="IsExclaimedSalutation"/>);
    /// or a call's procedure ("I would now like to turn the call over to Tom."; <see cref="SplittingRules.IsProcedure"/>);
    /// or a review page's vote line ("12 people found this helpful"; <see cref="SplittingRules.IsVote"/>), or its vote
    /// buttons with their counts in any language and the question over them (<see cref="IsInVoteWidget"/>);
    /// or a contact line, a short sentence around an e-mail address (<see cref="IsContactLine"/>);
    /// or a time stamp alone, a byline's field ("07:40 EST, 3 March 2015 ."; <see cref="SplittingRules.IsTimeStamp"/>);
    /// or a note on the author at the text's top or end (<see cref="IsInAuthorNote"/>);
    /// or a line-up or a list of scorers (<see cref="IsRoster"/>), or a line of a box of labelled fields (<see cref="IsInFieldBox"/>);
    /// or a business's reply under a review (<see cref="IsInBusinessReply"/>);
    /// or a dateline that ends with a period (<see cref="Datelines.IsDateline"/>: "Madrid, 3 de diciembre de 2026.");
    /// or a line quoted under an e-mail reply's attribution (<see cref="IsQuotedReply"/>);
    /// or a line of an embedded social post quoted with "&gt;" (<see cref="IsQuotedEmbed"/>);
    /// or a part of a sentence that a page break cut in two (<see cref="PageBreaks.IsFragment"/>). Each is chosen only
    /// to fill a sentence count that cannot be reached otherwise, or under another budget when nothing else was chosen.
    /// </summary>
    private static bool IsFillOnly(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules, sbyte[] phrases, string? interviewer) =>
        IsLeadIn(text, sentences, index)
        || Datelines.IsDateline(text, sentences, index, rules)
        || IsInCaptionOrQuestionTurn(text, sentences, index, rules, interviewer)
        || IsInEditorsNote(text, sentences, index, rules)
        || BeforeCreditOnItsLine(text, sentences, index, rules)
        || rules.IsCourtesy(sentences[index].Slice(text))
        || IsExclaimedSalutation(text, sentences[index], rules)
        || rules.IsCallToAction(sentences[index].Slice(text))
        || rules.IsCaseCaption(sentences[index].Slice(text))
        || (HoldsBoilerplateProcedureOrVoteAt(text, sentences, index, rules, phrases)
            && (rules.IsProcedure(sentences[index].Slice(text)) || rules.IsVote(sentences[index].Slice(text))))
        || IsInBoilerplate(text, sentences, index, rules, phrases)
        || IsInAuthorNote(text, sentences, index, rules)
        || IsRoster(sentences[index].Slice(text))
        || IsInFieldBox(text, sentences, index, rules)
        || IsInBusinessReply(text, sentences, index, rules)
        || IsInVoteWidget(text, sentences[index])
        || IsContactLine(sentences[index].Slice(text))
        || rules.IsTimeStamp(sentences[index].Slice(text))
        || IsQuotedReply(text, sentences, index, rules)
        || IsQuotedEmbed(text, sentences, index)
        || PageBreaks.IsFragment(text, sentences, index, rules);

    /// <summary>The most words of a salutation that <see cref="IsExclaimedSalutation"/> reads.</summary>
    private const int MaxSalutationWords = 8;

    /// <summary>
    /// Whether <paramref name="segment"/> is a speech's or a letter's salutation, exclaimed on a line of its own: it opens
    /// with a phrase of the language's <c>[salutations]</c> and ends with "!", in at most
    /// <see cref="MaxSalutationWords"/> words ("Liebe Lena, lieber Jonas, liebe Familien, liebe Freunde!", "Дорогие
    /// друзья!"). It greets the listeners and says nothing of what follows; a salutation that ends with a comma is a
    /// heading already.
    /// </summary>
    private static bool IsExclaimedSalutation(string text, SentenceSpan segment, SplittingRules rules)
    {
        ReadOnlySpan<char> words = segment.Slice(text).TrimEnd();
        return words.Length > 1 && words[^1] == '!' && SplitChars.StartsLine(text, segment.Start) && SplitChars.EndsLine(text, segment.End)
            && SplitChars.CountWords(words, MaxSalutationWords + 1) <= MaxSalutationWords && rules.StartsWithSalutation(words);
    }

    /// <summary>The most segments back that the heading of a business's reply is looked for (<see cref="IsInBusinessReply"/>).</summary>
    private const int MaxReplySegments = 16;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is in a business's reply under a review: the nearest heading
    /// before it, in its paragraph or ending the one before, is the reply's ("Response from the owner 1 week ago",
    /// "Developer Response", "Reply from Parcelo" over "2 days ago"; <see cref="SplittingRules.IsBusinessReplyHeadingOver"/>),
    /// perhaps over the line of when it was written, or its paragraph or a line of it opens with the reply's label ("Response from the
    /// owner: Thank you, Sarah!") or heading line, at most <see cref="MaxReplySegments"/> segments back. The next review's rating or name line ends it. The business thanks, apologizes and restates the review's
    /// words, which makes its reply central; it is not what the reviewers say.
    /// </summary>
    private static bool IsInBusinessReply(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        int paragraph = sentences[index].Paragraph;
        for (int i = index; i >= 0 && index - i <= MaxReplySegments; i--)
        {
            SentenceSpan span = sentences[i];
            if (span.Paragraph != paragraph && span.Kind != SentenceKind.Heading)
            {
                return false;
            }

            if (span.Kind == SentenceKind.Heading && i < index)
            {
                // The paragraph before may end with the reply's heading, over the reply's own paragraph; the line of
                // when it was written may stand between them ("Reply from Parcelo" over "1 day ago").
                if (IsBusinessReplyHeadingAt(text, span.Start, span.End, rules))
                {
                    return true;
                }

                if (!rules.IsWhenWritten(span.Slice(text)))
                {
                    return false;
                }

                paragraph = span.Paragraph;
                continue;
            }

            if (i == 0 || sentences[i - 1].Paragraph != paragraph || SplitChars.StartsLine(text, span.Start))
            {
                // A line of its own, the paragraph's first or one under the review's in the same paragraph: the
                // reply's label before its text ("Seller response: Thank you!" under "Helpful (34)"), or its heading over it.
                int lineBreak = span.Slice(text).IndexOfAny(SplitChars.LineBreaks);
                if (IsBusinessReplyHeadingAt(text, span.Start, span.End, rules)
                    || (lineBreak > 0 && IsBusinessReplyHeadingAt(text, span.Start, span.Start + lineBreak, rules)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the line from <paramref name="start"/> to <paramref name="end"/> is a business's reply heading, read
    /// over the line under it (<see cref="SplittingRules.IsBusinessReplyHeadingOver"/>).
    /// </summary>
    private static bool IsBusinessReplyHeadingAt(string text, int start, int end, SplittingRules rules)
    {
        return rules.IsBusinessReplyHeadingOver(text.AsSpan(start, end - start), NextLine(text, SplitMarkup.LineEnd(text, end)));
    }

    /// <summary>The line after the line break at <paramref name="lineEnd"/> ("\n", "\r\n" or another), empty at the text's end.</summary>
    private static ReadOnlySpan<char> NextLine(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return [];
        }

        int next = SplitMarkup.SkipLineBreak(text, lineEnd);
        return text.AsSpan(next, SplitMarkup.LineEnd(text, next) - next);
    }

    /// <summary>The most words of a contact line besides its e-mail address (<see cref="IsContactLine"/>).</summary>
    private const int MaxContactWords = 12;

    /// <summary>
    /// Whether <paramref name="segment"/> is a contact line in any language: it holds an e-mail address, a name, '@' and
    /// a domain with a dot, in at most <see cref="MaxContactWords"/> other words, a phone number's groups of digits
    /// counted as one ("Escríbanos a hola@ejemplo.org o llame al 910 555 210.", "Schreiben Sie uns an info@beispiel.de.",
    /// "Questions? Email jobs@example.org."). It tells the reader where to write, not what the text says.
    /// </summary>
    private static bool IsContactLine(ReadOnlySpan<char> segment)
    {
        int at = segment.IndexOf('@');
        if (at <= 0 || at + 3 >= segment.Length || !char.IsLetterOrDigit(segment[at - 1]) || !char.IsLetterOrDigit(segment[at + 1]))
        {
            return false;
        }

        int end = segment[at..].IndexOfAny(' ', '\t', '\n') is int space and >= 0 ? at + space : segment.Length;
        ReadOnlySpan<char> domain = segment[(at + 1)..end].TrimEnd(".,;:!?)");
        if (domain.IndexOf('.') is <= 0 || domain[^1] == '.')
        {
            return false;
        }

        int words = 0;
        bool inWord = false;
        bool digits = false;
        foreach (char c in segment)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                // A phone number's next group of digits is the same word: "924 555 310".
                bool digit = char.IsAsciiDigit(c);
                words += digit && digits ? 0 : 1;
                digits = digit;
                inWord = true;
            }
            else
            {
                digits &= char.IsAsciiDigit(c) || c is '-' or '.';
            }
        }

        return words - 1 <= MaxContactWords;
    }

    /// <summary>The most words of a vote button's label before its count (<see cref="IsVoteButtons"/>).</summary>
    private const int MaxVoteLabelWords = 3;

    /// <summary>The longest line that a vote widget's question and buttons take (<see cref="IsInVoteWidget"/>).</summary>
    private const int MaxVoteLine = 200;

    /// <summary>
    /// Whether <paramref name="segment"/> is on a review's vote widget, whatever its language: it goes on to the end of
    /// its line as vote buttons (<see cref="IsVoteButtons"/>: "Có (12) | Không (3)"), or it is a question over them,
    /// on their line or the line under it ("Bạn thấy đánh giá này hữu ích không? Có (12) | Không (3)", "Was this helpful?"
    /// over "Yes (12) · No (3)"). The question asks the reader to vote; it says nothing of the review. Reads at most
    /// <see cref="MaxVoteLine"/> characters of each line, so that a text of one long line is read once, not once for
    /// each of its segments: a line longer than that is no widget.
    /// </summary>
    private static bool IsInVoteWidget(string text, SentenceSpan segment)
    {
        int limit = Math.Min(text.Length, segment.Start + MaxVoteLine);
        int lineEnd = SplitMarkup.LineEnd(text.AsSpan(0, limit), segment.Start);
        if (lineEnd == limit && limit < text.Length && !SplitChars.IsLineBreakAt(text, limit))
        {
            return false;
        }

        if (IsVoteButtons(text.AsSpan(segment.Start, lineEnd - segment.Start)))
        {
            return true;
        }

        ReadOnlySpan<char> words = segment.Slice(text).TrimEnd();
        if (words.IsEmpty || words[^1] is not ('?' or '\uFF1F' or '\u061F') || segment.End > lineEnd)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text.AsSpan(segment.End, lineEnd - segment.End);
        if (rest.IsWhiteSpace())
        {
            // The buttons on the line under the question.
            rest = NextLine(text, lineEnd);
            rest = rest[..Math.Min(rest.Length, MaxVoteLine)];
        }

        return IsVoteButtons(rest);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a row of at least two vote buttons parted by '|', '·', '•' or spaces, each a label of
    /// at most <see cref="MaxVoteLabelWords"/> words and its count in brackets, in any script's digits ("Yes (45) | No
    /// (2)", "Utile (3) · Non utile (1)", "ใช่ (๑๒) | ไม่ใช่ (๓)").
    /// </summary>
    private static bool IsVoteButtons(ReadOnlySpan<char> line)
    {
        int buttons = 0;
        line = line.Trim();
        while (!line.IsEmpty)
        {
            // Each button closes with its count's bracket; separators, or spaces alone ("Tak (8) Nie (1)"), part them.
            int close = line.IndexOf(')');
            ReadOnlySpan<char> button = close < 0 ? line : line[..(close + 1)];
            line = close < 0 ? [] : line[(close + 1)..].TrimStart().TrimStart("|\u00B7\u2022").TrimStart();
            int open = button.LastIndexOf('(');
            if (open <= 0 || button[^1] != ')' || button.Length - open < 3)
            {
                return false;
            }

            foreach (char c in button[(open + 1)..^1])
            {
                if (!char.IsDigit(c) && c is not ('.' or ','))
                {
                    return false;
                }
            }

            ReadOnlySpan<char> label = button[..open].Trim().Trim("|\u00B7\u2022").Trim();
            if (label.IsEmpty || label.ContainsAny("()?.:") || label.ContainsAny('|', '\u00B7', '\u2022') || SplitChars.CountWords(label, MaxVoteLabelWords + 1) > MaxVoteLabelWords)
            {
                return false;
            }

            buttons++;
        }

        return buttons >= 2;
    }

    /// <summary>The fewest lines, one under the other, that labels open in a box of fields (<see cref="IsInFieldBox"/>).</summary>
    private const int MinFieldBoxLines = 3;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is on a line of a box of fields: its line opens with a label
    /// (<see cref="SpeakerLabels.LabelLength"/>) that opens no other line nearby, among at least
    /// <see cref="MinFieldBoxLines"/> lines in a row that labels open (<see cref="SpeakerLabels.LabelledRun"/>), as a
    /// spec sheet's lines are headings for the splitter. A match report's facts ("Scorers: 18' Moreno, 71' Diallo.",
    /// "Referee: A. Taylor.", "Attendance: 41,200."), a listing's or a form's fields: data that the story tells, not
    /// its sentences. A dialogue's speakers speak again, and a numbered label ("Option 2: a national ban;") names one of
    /// the items that a list sets out. A fact check's box ("Claim: ...", "Verdict: ...", "Our rating: False";
    /// <see cref="SplittingRules.IsFactCheckLabel"/>) states what the check found: its lines are no fields.
    /// </summary>
    private static bool IsInFieldBox(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        int opener = LineOpener(text, sentences, index);
        if (opener < 0)
        {
            return false;
        }

        int start = sentences[opener].Start;
        ReadOnlySpan<char> line = text.AsSpan(start, SplitMarkup.LineEnd(text, start) - start);
        // The name opens the line, or Markdown's bold around it does ("**Staff present:** ...").
        return SpeakerLabels.LabelLength(line, out Range name) > 0 && (name.Start.Value == 0 || (name.Start.Value == 2 && line[0] is '*' or '_'))
            && !line[name].ContainsAnyInRange('0', '9') && !rules.IsFactCheckLabel(line[name])
            && SpeakerLabels.LabelledRun(text, start, MinFieldBoxLines) >= MinFieldBoxLines
            && !SpeakerLabels.SpeaksAgainNearby(text, start, start + line.Length, line[name]);
    }

    /// <summary>The longest label before the colon of a roster (<see cref="IsRoster"/>), in characters.</summary>
    private const int MaxRosterLabel = 40;

    /// <summary>The fewest commas and semicolons after a roster's label (<see cref="IsRoster"/>).</summary>
    private const int MinRosterSeparators = 3;

    /// <summary>
    /// Whether <paramref name="segment"/> is a roster: a label of at most <see cref="MaxRosterLabel"/> characters and a
    /// colon, then names parted by at least <see cref="MinRosterSeparators"/> commas or semicolons, with no word of three
    /// letters or more in lower case but one (a list's "and") outside brackets: a match report's line-up ("Arsenal:
    /// Raya; White, Saliba, Gabriel, Timber; Rice, ..."), its scorers ("Goals: Saka 52, 78, Havertz 60; Palmer 70
    /// (pen).", "RETI: 15' pt Zielinski (rig.), 21' pt Vlahovic, ..."), a cast list. It names who took part, not what
    /// happened; "Other contributors include Sting, Mariah Carey, Elton John and Simon Cowell." says what they did.
    /// </summary>
    private static bool IsRoster(ReadOnlySpan<char> segment)
    {
        int colon = segment[..Math.Min(segment.Length, MaxRosterLabel + 1)].IndexOf(':');
        if (colon <= 0 || (colon + 1 < segment.Length && char.IsAsciiDigit(segment[colon + 1])))
        {
            // No label, or a time or a score ("10:30", "2:1").
            return false;
        }

        int separators = 0;
        int lowerCaseWords = 0;
        int depth = 0;
        for (int k = colon + 1; k < segment.Length; k++)
        {
            char c = segment[k];
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            separators += c is ',' or ';' ? 1 : 0;
            if (depth == 0 && char.IsLetter(c) && (k == 0 || !char.IsLetter(segment[k - 1])) && SplitChars.IsLowerCase(c))
            {
                int end = k;
                while (end < segment.Length && char.IsLetter(segment[end]))
                {
                    end++;
                }

                lowerCaseWords += end - k >= 3 ? 1 : 0;
                if (lowerCaseWords > 1)
                {
                    return false;
                }
            }
        }

        return separators >= MinRosterSeparators;
    }

    /// <summary>The most segments of a paragraph that an author's note opens at the top of a text (<see cref="IsInAuthorNote"/>).</summary>
    private const int MaxTopNoteSegments = 2;

    /// <summary>The most segments of a paragraph that an author's note opens at the end of a text (<see cref="IsInAuthorNote"/>).</summary>
    private const int MaxNoteSegments = 4;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is in a note on the text's author: a paragraph that opens with a
    /// sentence such as "Helen Achebe is a former council member and the author of "Streets for People."" or "Rachel
    /// Kim covers city government for The Daily Ledger." or "The writer is a senior fellow at ..."
    /// (<see cref="SplittingRules.AuthorNoteName"/>), at the top of
    /// the text (under headings only, at most <see cref="MaxTopNoteSegments"/> segments, an op-ed's note under its
    /// headline) or at its end (at most <see cref="MaxNoteSegments"/> segments and no sentence after them but what a
    /// page sets under such a note, <see cref="IsTrailer"/>: the note and a "Reach her at ..." after it; there a role
    /// of any kind will do, "Tom Reyes is a civil engineer in Fresno."), where
    /// another paragraph holds a sentence and no sentence outside the note names the author's last name. A profile
    /// that opens "Jane Doe is an American journalist and author." names her again; a source that the story quotes
    /// is named before its last paragraph.
    /// </summary>
    private static bool IsInAuthorNote(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        if (!ParagraphAround(sentences, index, MaxNoteSegments, out int first, out int last)
            || sentences[first].Kind != SentenceKind.Sentence)
        {
            return false;
        }

        // The name first: most paragraphs open with no such name, and whether the note is at the bottom reads the
        // paragraphs after it. A name read with any role is the one read without it, when that reads one.
        ReadOnlySpan<char> opening = sentences[first].Slice(text);
        Range name = rules.AuthorNoteName(opening, anyRole: true);
        if (name.End.Value == 0
            || (!IsBottom(text, sentences, last, rules) && (!IsTop(sentences, first, last) || rules.AuthorNoteName(opening).End.Value == 0)))
        {
            return false;
        }

        // A name's last word, not "writer" in "The writer is ...".
        ReadOnlySpan<char> surname = opening[name];
        surname = char.IsUpper(surname[0]) ? surname : [];
        bool otherParagraph = false;
        for (int i = 0; i < sentences.Count; i++)
        {
            if ((i >= first && i <= last) || sentences[i].Kind == SentenceKind.Heading)
            {
                continue;
            }

            otherParagraph |= sentences[i].Kind == SentenceKind.Sentence;
            if (!surname.IsEmpty && HoldsWord(sentences[i].Slice(text), surname))
            {
                return false;
            }
        }

        return otherParagraph;

        static bool IsBottom(string text, IReadOnlyList<SentenceSpan> sentences, int last, SplittingRules rules)
        {
            for (int i = last + 1; i < sentences.Count; i++)
            {
                if (sentences[i].Kind == SentenceKind.Sentence && !IsTrailer(text, sentences, i, rules))
                {
                    return false;
                }
            }

            return true;
        }

        static bool IsTop(IReadOnlyList<SentenceSpan> sentences, int first, int last)
        {
            for (int i = 0; i < first; i++)
            {
                if (sentences[i].Kind != SentenceKind.Heading)
                {
                    return false;
                }
            }

            return last - first < MaxTopNoteSegments;
        }
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is in a paragraph that a page sets under a note on its author
    /// without saying anything of the text (<see cref="IsInAuthorNote"/>): one that holds a disclaimer of
    /// <c>[bio-trailers]</c> ("Opinions expressed in this column are those of the author.", "Мнение автора может не
    /// совпадать с позицией редакции."), boilerplate ("© 2026 The Daily Ledger"), a call to action ("Read more:",
    /// "Share on Facebook") or a contact line ("To submit a commentary, email opinion@example.com.").
    /// </summary>
    private static bool IsTrailer(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        ParagraphAround(sentences, index, MaxNoteSegments, out int first, out int last);
        for (int i = first; i <= last; i++)
        {
            ReadOnlySpan<char> segment = sentences[i].Slice(text);
            if (rules.IsBioTrailer(segment) || rules.IsBoilerplate(segment) || rules.IsCallToAction(segment) || IsContactLine(segment))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="segment"/> holds <paramref name="word"/> as a whole word, letter case counting.</summary>
    private static bool HoldsWord(ReadOnlySpan<char> segment, ReadOnlySpan<char> word)
    {
        for (int from = 0; from + word.Length <= segment.Length;)
        {
            int at = segment[from..].IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(segment[at - 1])) && (end == segment.Length || !char.IsLetter(segment[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>How many segments back the reply attribution over a quoted line is looked for (<see cref="IsQuotedReply"/>).</summary>
    private const int MaxQuotedReplySegments = 64;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is on a line quoted with "&gt;" under an e-mail reply's attribution
    /// ("On Mon, Oct 5, 2026 at 9:14 AM, Jenna Park &lt;jenna@example.com&gt; wrote:"; <see cref="SplittingRules.IsReplyAttribution"/>),
    /// or a forum's ("Quote from: plumbdude on May 12, 2024"; <see cref="SplittingRules.IsQuoteAttribution"/>), with
    /// only quoted lines between them, at most <see cref="MaxQuotedReplySegments"/> segments back, or in a text that
    /// opens as a reply (<see cref="OpensAsReply"/>): the earlier message, which the reply answers. A quotation in a
    /// blog post, under no attribution and after the post's own words, is content.
    /// </summary>
    private static bool IsQuotedReply(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        if (!OnQuotedLine(text, sentences, index))
        {
            return false;
        }

        if (OpensAsReply(text, sentences, index, rules))
        {
            // A text that opens with a quotation, or whose first quotation is under an attribution, is a reply, as a
            // forum's or a mailing list's is: its quoted lines are what it answers ("> Has anyone tried the new
            // firmware?" over "I updated two days ago...", and the lines it quotes further down to answer them too).
            return true;
        }

        for (int i = index - 1; i >= 0 && index - i <= MaxQuotedReplySegments; i--)
        {
            if (sentences[i].Kind == SentenceKind.Heading && IsAttribution(sentences[i].Slice(text), rules))
            {
                return true;
            }

            if (!OnQuotedLine(text, sentences, i))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is on a line quoted with "&gt;" in a quotation whose lines, from
    /// it on, hold an embedded post's signature or picture link (<see cref="IsEmbedSignature"/>), at most
    /// <see cref="MaxQuotedReplySegments"/> segments on: a tweet, as a page copied into Markdown quotes it ("&gt; Flooding
    /// on I-95 southbound. pic.twitter.com/xyz", "&gt; — Maryland Transportation Authority (@TheMDTA) December 3, 2026"),
    /// which repeats the story's words and would win the ranking.
    /// </summary>
    private static bool IsQuotedEmbed(string text, IReadOnlyList<SentenceSpan> sentences, int index)
    {
        if (!OnQuotedLine(text, sentences, index))
        {
            return false;
        }

        for (int i = index; i < sentences.Count && i - index <= MaxQuotedReplySegments; i++)
        {
            // A segment that goes on the line of the one before is on a quoted line too.
            if (i > index && !OnOneLine(text, sentences, i - 1) && !OnQuotedLine(text, sentences, i))
            {
                return false;
            }

            if (IsEmbedSignature(sentences[i].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="segment"/> holds a tweet's picture link ("pic.twitter.com/xyz") or is a social post's
    /// signature: a dash, a name and a handle in brackets, then a date ("— Jane Doe (@janedoe) March 4, 2026").
    /// </summary>
    private static bool IsEmbedSignature(ReadOnlySpan<char> segment)
    {
        if (segment.Contains("pic.twitter.com/", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        segment = segment.TrimStart();
        int handle = segment.IndexOf("(@", StringComparison.Ordinal);
        int close = handle < 0 ? -1 : segment[handle..].IndexOf(')');
        return segment.Length > 0 && segment[0] is '\u2014' or '\u2013' or '-' && close > 2
            && segment[(handle + close)..].IndexOfAnyInRange('0', '9') >= 0;
    }

    /// <summary>
    /// Whether the first quoted line of the text, among its first <see cref="MaxQuotedReplySegments"/> segments and
    /// before <paramref name="index"/> or at it, opens the text or stands under a reply's or a forum's attribution
    /// (<see cref="SplittingRules.IsReplyAttribution"/>, <see cref="SplittingRules.IsQuoteAttribution"/>).
    /// </summary>
    private static bool OpensAsReply(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        for (int k = 0; k <= index && k < MaxQuotedReplySegments; k++)
        {
            if (OnQuotedLine(text, sentences, k))
            {
                return k == 0 || (sentences[k - 1].Kind == SentenceKind.Heading && IsAttribution(sentences[k - 1].Slice(text), rules));
            }
        }

        return false;
    }

    private static bool IsAttribution(ReadOnlySpan<char> segment, SplittingRules rules) =>
        rules.IsReplyAttribution(segment) || rules.IsQuoteAttribution(segment);

    /// <summary>Whether the line of the segment at <paramref name="index"/> opens with "&gt;" (an e-mail's quotation), spaces aside.</summary>
    private static bool OnQuotedLine(string text, IReadOnlyList<SentenceSpan> sentences, int index)
    {
        int opener = index;
        while (opener > 0 && index - opener < MaxLineSegments && OnOneLine(text, sentences, opener - 1))
        {
            opener--;
        }

        int k = sentences[opener].Start;
        bool marked = false;
        while (k > 0 && text[k - 1] is ' ' or '\t' or '>')
        {
            marked |= text[k - 1] == '>';
            k--;
        }

        return marked && (k == 0 || SplitChars.IsLineBreakAt(text, k - 1));
    }

    /// <summary>The most segments after a line's first that are read as going on what it opens (a caption, a question's turn).</summary>
    private const int MaxLineSegments = 3;

    /// <summary>
    /// The segment that opens the line the segment at <paramref name="index"/> is on, at most
    /// <see cref="MaxLineSegments"/> segments back in its paragraph; -1 when none does within that reach.
    /// </summary>
    private static int LineOpener(string text, IReadOnlyList<SentenceSpan> sentences, int index)
    {
        int first = index;
        while (first > 0 && index - first < MaxLineSegments && OnOneLine(text, sentences, first - 1))
        {
            first--;
        }

        return SplitChars.StartsLine(text, sentences[first].Start) ? first : -1;
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is on a line that a caption opens
    /// (<see cref="SplittingRules.IsCaption"/>: "Image: A fallen tree blocks a road in Portland. (Photo by John
    /// Smith/Getty Images)" is a caption to its credit)
    /// or a footnote's mark (<see cref="OpensFootnote"/>), or a document's field of record ("Keywords: ...", "Date: ...",
    /// "Present: ..."; <see cref="SplittingRules.IsFieldLine"/>), or an interviewer's question label ("Q: Cyclists say the bike
    /// lanes are dangerous. Will you fix them?";
    /// <see cref="SplittingRules.IsQuestionLabel"/>: the question asks for what the answer says, up to an answer's label
    /// on its line, <see cref="AnswerOnLine"/>), or the label of an
    /// interview's <paramref name="interviewer"/> on a turn that asks ("ZEIT: Frau Körber, ...?"; <see cref="SpeakerLabels.Interviewer"/>;
    /// the interviewer's statement that opens the interview is content), or that is right under
    /// a picture's credit (<see cref="UnderPhotoCredit"/>) or a caption's label alone on its line (<see cref="UnderCaptionLabel"/>).
    /// </summary>
    private static bool IsInCaptionOrQuestionTurn(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules, string? interviewer)
    {
        int opener = LineOpener(text, sentences, index);
        if (opener < 0)
        {
            return false;
        }

        ReadOnlySpan<char> line = sentences[opener].Slice(text);
        return rules.IsCaption(line) || OpensFootnote(line) || rules.IsFieldLine(line) || rules.IsStageDirection(line)
            || IsBracketedParagraph(text, sentences, index) || IsBracketedLine(text, sentences, opener)
            || (SpeakerLabels.LabelLength(line, out Range name) > 0
                && ((rules.IsQuestionLabel(line[name]) && !AnswerOnLine(text, sentences, opener, index, rules))
                    || (line[name].Equals(interviewer, StringComparison.OrdinalIgnoreCase) && SpeakerLabels.TurnAsks(text, sentences, opener))))
            || UnderPhotoCredit(text, sentences, opener, rules) || UnderCaptionLabel(text, sentences, opener, rules)
            || IsImageCaption(text, sentences, opener, rules);
    }

    /// <summary>
    /// Whether a segment after <paramref name="opener"/>, up to <paramref name="index"/>, opens with an answer's label
    /// (<see cref="SplittingRules.IsAnswerLabel"/>): a plain-text FAQ puts the answer on its question's line ("Q: Do
    /// you ship abroad? A: Yes, to 40 countries."), and the question's turn ends where the answer starts.
    /// </summary>
    private static bool AnswerOnLine(string text, IReadOnlyList<SentenceSpan> sentences, int opener, int index, SplittingRules rules)
    {
        for (int k = opener + 1; k <= index; k++)
        {
            ReadOnlySpan<char> segment = sentences[k].Slice(text);
            if (SpeakerLabels.LabelLength(segment, out Range name) > 0 && rules.IsAnswerLabel(segment[name]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most segments of a paragraph wholly in brackets (<see cref="IsBracketedParagraph"/>).</summary>
    private const int MaxBracketedSegments = 12;

    /// <summary>The most words of a note's label before its colon, which makes a paragraph in brackets a labelled note (<see cref="IsBracketedParagraph"/>).</summary>
    private const int MaxNoteLabelWords = 3;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is in a paragraph wholly inside one pair of round or square
    /// brackets, perhaps before a period: a play's stage direction ("(DAVID sits. GWEN goes back to the ironing. Lights
    /// fade slowly.)", "[They both look at the door.]") or an editor's note set apart from the text, with final punctuation
    /// or without ("(Adds union comment in paragraph 6,\nupdates shares)", "(Corrects name in paragraph 3, not Andrew)"),
    /// which describe what the text does rather than say what it says. A paragraph that opens with a bracket and goes on after it ("(Reuters)
    /// - The company said ...") is prose.
    /// </summary>
    private static bool IsBracketedParagraph(string text, IReadOnlyList<SentenceSpan> sentences, int index)
    {
        int first = ParagraphOpener(sentences, index);
        if (first < 0 || text[sentences[first].Start] is not ('(' or '['))
        {
            return false;
        }

        int paragraph = sentences[index].Paragraph;

        int last = index;
        while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == paragraph)
        {
            if (++last - first >= MaxBracketedSegments)
            {
                return false;
            }
        }

        ReadOnlySpan<char> span = text.AsSpan(sentences[first].Start, sentences[last].End - sentences[first].Start).TrimEnd().TrimEnd('.');
        int colon = span.IndexOf(':');
        if (colon > 0 && span[1..colon].Count(' ') < MaxNoteLabelWords)
        {
            // A labelled note ("[Update 2: ...]", "[Illustration: ...]"): its label decides (SplittingRules.IsCaption).
            return false;
        }

        // The bracket that opens the paragraph closes it, with words inside: a sentence's, or a wire story's note on
        // what its take changes ("(Adds union comment in paragraph 6,\nupdates shares)").
        return ClosesWhole(span);
    }

    /// <summary>
    /// Whether the bracket that opens <paramref name="span"/> closes it, with words inside, counting only brackets of
    /// its kind: "(Adds union comment,\nupdates shares)", "(Zuruf: Wer zahlt das [frei nach Kant]?)".
    /// </summary>
    private static bool ClosesWhole(ReadOnlySpan<char> span)
    {
        char open = span[0];
        char close = open == '(' ? ')' : ']';
        int depth = 0;
        for (int k = 0; k < span.Length; k++)
        {
            if (span[k] == open)
            {
                depth++;
            }
            else if (span[k] == close && --depth == 0)
            {
                return k == span.Length - 1 && k > 2;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the line that the segment at <paramref name="opener"/> opens is wholly inside one pair of round or
    /// square brackets, perhaps before a period, in a paragraph that goes on around it: a verbatim record's
    /// interjection or applause on a line of its own ("(Beifall bei der SPD)", "(Zuruf von der FDP: Wer zahlt das?)",
    /// "[Applause.]"), which records the room, not the speech, as a paragraph in brackets does (<see cref="IsBracketedParagraph"/>).
    /// </summary>
    private static bool IsBracketedLine(string text, IReadOnlyList<SentenceSpan> sentences, int opener)
    {
        int start = sentences[opener].Start;
        if (text[start] is not ('(' or '['))
        {
            return false;
        }

        int lineEnd = SplitMarkup.LineEnd(text, start);
        int last = opener;
        while (last + 1 < sentences.Count && sentences[last + 1].Start < lineEnd)
        {
            last++;
        }

        int paragraph = sentences[opener].Paragraph;
        bool inParagraph = (opener > 0 && sentences[opener - 1].Paragraph == paragraph)
            || (last + 1 < sentences.Count && sentences[last + 1].Paragraph == paragraph);
        return inParagraph && sentences[last].End <= lineEnd
            && ClosesWhole(text.AsSpan(start, sentences[last].End - start).TrimEnd().TrimEnd('.'));
    }

    /// <summary>
    /// The first segment of the paragraph of the segment at <paramref name="index"/>, or -1 when it lies more than
    /// <see cref="MaxBracketedSegments"/> segments before it.
    /// </summary>
    private static int ParagraphOpener(IReadOnlyList<SentenceSpan> sentences, int index)
    {
        int paragraph = sentences[index].Paragraph;
        int first = index;
        while (first > 0 && sentences[first - 1].Paragraph == paragraph)
        {
            if (index - --first >= MaxBracketedSegments)
            {
                return -1;
            }
        }

        return first;
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is in a note to the editors: a paragraph that opens with an
    /// editors' label, perhaps inside a bracket (<see cref="SplittingRules.IsEditorsNote"/>: "Eds: UPDATES with
    /// evacuation figures.", "(Korrespondenten-Hinweis: Weitere Informationen folgen.)"), however its lines are wrapped.
    /// </summary>
    private static bool IsInEditorsNote(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        int first = ParagraphOpener(sentences, index);
        return first >= 0 && SplitChars.StartsLine(text, sentences[first].Start)
            && rules.IsEditorsNote(text.AsSpan(sentences[first].Start, sentences[index].End - sentences[first].Start));
    }

    /// <summary>
    /// Whether <paramref name="line"/> opens with a footnote's mark and a space: superscript digits ("¹ Environment
    /// Agency, Flood incident summary (2023).") or a number in square brackets ("[3] Smith, J. (2021). ..."), as a
    /// report or a paper notes its sources at the foot of a page or under its text.
    /// </summary>
    private static bool OpensFootnote(ReadOnlySpan<char> line)
    {
        int k = 0;
        if (line.StartsWith('['))
        {
            k = 1;
            while (k < line.Length && char.IsAsciiDigit(line[k]))
            {
                k++;
            }

            if (k == 1 || k >= line.Length || line[k] != ']')
            {
                return false;
            }

            k++;
        }
        else
        {
            while (k < line.Length && line[k] is '\u00B9' or '\u00B2' or '\u00B3' or '\u2070' or (>= '\u2074' and <= '\u2079'))
            {
                k++;
            }
        }

        return k > 0 && k < line.Length && line[k] == ' ';
    }

    /// <summary>
    /// Whether the line the segment at <paramref name="opener"/> opens is right under a caption's label alone on its line
    /// ("Image caption," over "Passengers were told not to travel", as a copied news page gives it; "Photo:" over the
    /// caption): the caption the label names.
    /// </summary>
    private static bool UnderCaptionLabel(string text, IReadOnlyList<SentenceSpan> sentences, int opener, SplittingRules rules)
    {
        if (!UnderLineOfItsOwn(text, sentences, opener))
        {
            return false;
        }

        ReadOnlySpan<char> above = sentences[opener - 1].Slice(text).TrimEnd();
        return above.Length > 1 && above[^1] is ':' or ',' && rules.IsCaption(above);
    }

    /// <summary>
    /// Whether the line the segment at <paramref name="opener"/> opens is right under a picture's credit, a heading line
    /// of its own (<see cref="SplittingRules.IsPhotoCredit"/>: "Getty Images" over "The ferry carried cars across the bay
    /// for forty-one years."): the picture's caption, as a copied news page gives it.
    /// </summary>
    private static bool UnderPhotoCredit(string text, IReadOnlyList<SentenceSpan> sentences, int opener, SplittingRules rules) =>
        UnderLineOfItsOwn(text, sentences, opener) && sentences[opener - 1].Kind == SentenceKind.Heading
        && rules.IsPhotoCredit(sentences[opener - 1].Slice(text));

    /// <summary>The most words of a line under a Markdown image that make it the image's caption (<see cref="IsImageCaption"/>).</summary>
    private const int MaxImageCaptionWords = 10;

    /// <summary>The fewest characters of an image's alt text that a caption repeating it is read by (<see cref="RepeatsAltText"/>).</summary>
    private const int MinAltTextLength = 12;

    /// <summary>
    /// Whether the line the segment at <paramref name="opener"/> opens is a Markdown image's caption: it is under the
    /// image's line, directly or after one blank line, and is emphasized whole ("![Dashboard](old.png)" over "*Our old
    /// dashboard, circa 2021.*"), as a blog post captions one, or ends its paragraph (perhaps before a credit line,
    /// <see cref="SplittingRules.IsCopyrightCredit"/>) in at most <see cref="MaxImageCaptionWords"/> words ("Bathers on
    /// the beach, Friday.") or repeating the image's alt text (<see cref="RepeatsAltText"/>), as a copied news page
    /// gives a caption. A longer paragraph under an image is the story's.
    /// </summary>
    private static bool IsImageCaption(string text, IReadOnlyList<SentenceSpan> sentences, int opener, SplittingRules rules)
    {
        if (opener == 0 || sentences[opener - 1].Kind != SentenceKind.Heading || !SplitChars.StartsLine(text, sentences[opener - 1].Start))
        {
            return false;
        }

        ReadOnlySpan<char> image = sentences[opener - 1].Slice(text);
        ReadOnlySpan<char> between = text.AsSpan(sentences[opener - 1].End, sentences[opener].Start - sentences[opener - 1].End);
        if (!SplitMarkup.IsImageLine(image) || between.Count('\n') > 2 || !between.IsWhiteSpace())
        {
            return false;
        }

        int start = sentences[opener].Start;
        if (IsEmphasizedLine(text, start))
        {
            return true;
        }

        int lineEnd = SplitMarkup.LineEnd(text, start);
        int next = opener + 1;
        while (next < sentences.Count && sentences[next].Start < lineEnd)
        {
            next++;
        }

        int paragraph = sentences[opener].Paragraph;
        bool endsParagraph = next == sentences.Count || sentences[next].Paragraph != paragraph
            || (SplittingRules.IsCopyrightCredit(sentences[next].Slice(text)) && (next + 1 == sentences.Count || sentences[next + 1].Paragraph != paragraph));
        ReadOnlySpan<char> caption = text.AsSpan(start, lineEnd - start).Trim();
        return endsParagraph
            && (SplitChars.CountWords(caption, MaxImageCaptionWords + 1) <= MaxImageCaptionWords || RepeatsAltText(image, caption));
    }

    /// <summary>
    /// Whether <paramref name="caption"/> opens with the alt text of the Markdown image <paramref name="image"/>, of at
    /// least <see cref="MinAltTextLength"/> characters, read after a label that a page copier puts before it ("![Image 2:
    /// The beach at Albigny, Friday.](...)" over "The beach at Albigny, Friday. © The Lake Courier").
    /// </summary>
    private static bool RepeatsAltText(ReadOnlySpan<char> image, ReadOnlySpan<char> caption)
    {
        int open = image.IndexOf("![", StringComparison.Ordinal);
        int close = open < 0 ? -1 : image[open..].IndexOf("](", StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        ReadOnlySpan<char> alt = image[(open + 2)..(open + close)].Trim();
        int colon = alt.IndexOf(':');
        if (colon > 0 && alt[..colon].Count(' ') < 2)
        {
            alt = alt[(colon + 1)..].TrimStart();
        }

        alt = alt.TrimEnd('.');
        return alt.Length >= MinAltTextLength && caption.StartsWith(alt, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the segment before <paramref name="opener"/> opens the line right above the one <paramref name="opener"/> opens.</summary>
    private static bool UnderLineOfItsOwn(string text, IReadOnlyList<SentenceSpan> sentences, int opener)
    {
        if (opener == 0 || !SplitChars.StartsLine(text, sentences[opener - 1].Start))
        {
            return false;
        }

        ReadOnlySpan<char> between = text.AsSpan(sentences[opener - 1].End, sentences[opener].Start - sentences[opener - 1].End);
        int lineBreak = between.IndexOfAny(SplitChars.LineBreaks);
        return lineBreak >= 0 && between[(lineBreak + 1)..].IndexOfAny(SplitChars.LineBreaks) < 0;
    }

    /// <summary>
    /// Whether the line that opens at <paramref name="start"/> is emphasized whole, as Markdown writes a picture's caption
    /// under it ("*Our old dashboard, circa 2021.*", "_The new tram stop._").
    /// </summary>
    private static bool IsEmphasizedLine(string text, int start)
    {
        ReadOnlySpan<char> line = text.AsSpan(start, SplitMarkup.LineEnd(text, start) - start).TrimEnd();
        return line.Length > 2 && line[0] is '*' or '_' && line[^1] == line[0];
    }

    /// <summary>Whether the segments at <paramref name="earlier"/> and the one after it are in one paragraph and on one line.</summary>
    private static bool OnOneLine(string text, IReadOnlyList<SentenceSpan> sentences, int earlier) =>
        sentences[earlier + 1].Paragraph == sentences[earlier].Paragraph
        && text.AsSpan(sentences[earlier].End, sentences[earlier + 1].Start - sentences[earlier].End).IndexOfAny(SplitChars.LineBreaks) < 0;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is, or is followed on its line within
    /// <see cref="MaxLineSegments"/> segments by, a picture's credit that closes the line, a caption label and a credit
    /// ("The ferry carried cars across the bay. Photograph: Jane Smith/Reuters", as a copied news page gives a caption;
    /// <see cref="SplittingRules.IsCaption"/>, <see cref="SplittingRules.IsPhotoCredit"/>), a credit with a slash between
    /// the photographer and the agency ("... on Sunday. Justin Sullivan/Getty Images") after a caption's label too
    /// ("Credit: Greg Moss/The Courier"), a credit after the copyright sign ("... on Friday. © The Lake Courier / Jean
    /// Bonnet"; <see cref="SplittingRules.IsCopyrightCredit"/>), a credit that says it is one
    /// ("... on Saturday morning. Staff photo by Greg Moss"; <see cref="SplittingRules.IsNamedPhotoCredit"/>), or a credit
    /// in brackets ("... on Wednesday. (AP Photo/Ethan Swope)"; <see cref="IsBracketedCredit"/>): the picture's caption or
    /// its credit.
    /// </summary>
    private static bool BeforeCreditOnItsLine(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules)
    {
        int last = index;
        while (last + 1 < sentences.Count && last - index < MaxLineSegments && OnOneLine(text, sentences, last))
        {
            last++;
        }

        if (!SplitChars.EndsLine(text, sentences[last].End))
        {
            return false;
        }

        ReadOnlySpan<char> credit = sentences[last].Slice(text);
        bool caption = rules.IsCaption(credit);
        return ((caption || credit.Contains('/')) && rules.IsPhotoCredit(credit)) || (caption && credit.Contains('/'))
            || rules.IsNamedPhotoCredit(credit) || SplittingRules.IsCopyrightCredit(credit) || IsBracketedCredit(credit, rules);
    }

    /// <summary>The most words of a picture's credit in brackets (<see cref="IsBracketedCredit"/>).</summary>
    private const int MaxBracketedCreditWords = 8;

    /// <summary>The most characters of a Chinese picture credit in brackets (<see cref="IsBracketedCredit"/>): "新华社记者 欧阳明 摄".</summary>
    private const int MaxChineseCreditLength = 16;

    /// <summary>
    /// Whether <paramref name="segment"/> is a picture's credit in brackets, as a news page closes a caption with it:
    /// at most <see cref="MaxBracketedCreditWords"/> words without a terminator (a web address has a dot), with a slash
    /// between a word and a capitalized one ("(AP Photo/Ethan Swope)", "(John Smith/The Springfield Times)"), or a
    /// caption's label or a phrase that says it is a credit ("(Photo: Greg Moss, The Courier)", Korean "(사진=한빛에너지)", "(Photo courtesy of the
    /// city)"), or a Chinese credit in full-width brackets that ends with 摄 ("taken by") as Chinese papers write it
    /// under a picture ("（记者 王明 摄）", "（新华社记者李华摄）").
    /// </summary>
    private static bool IsBracketedCredit(ReadOnlySpan<char> segment, SplittingRules rules)
    {
        segment = segment.Trim();
        if (segment.Length < 3 || !((segment[0] == '(' && segment[^1] == ')') || (segment[0] == '\uFF08' && segment[^1] == '\uFF09')))
        {
            return false;
        }

        ReadOnlySpan<char> inner = segment[1..^1].Trim();
        if (inner.IndexOfAny(SplitChars.Terminators) >= 0 || SplitChars.CountWords(inner, MaxBracketedCreditWords + 1) > MaxBracketedCreditWords)
        {
            return false;
        }

        if (rules.IsCaption(inner) || rules.IsCaption(segment) || rules.IsNamedPhotoCredit(inner))
        {
            // "(Photo: Greg Moss, The Courier)", "(사진=한빛에너지)", "(Photo courtesy of the city)".
            return true;
        }

        if (inner.Length is > 1 and <= MaxChineseCreditLength && inner[^1] == '\u6444')
        {
            // "（记者 王明 摄）": a name before 摄, at most a news agency's and a reporter's.
            return true;
        }

        for (int k = 1; k + 1 < inner.Length; k++)
        {
            if (inner[k] == '/' && char.IsLetter(inner[k - 1]) && char.IsUpper(inner[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most sentences of a paragraph that one boilerplate sentence makes boilerplate throughout.</summary>
    private const int MaxBoilerplateParagraph = 4;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is boilerplate (<see cref="SplittingRules.IsBoilerplate"/>) or
    /// in a paragraph of at most <see cref="MaxBoilerplateParagraph"/> segments that holds boilerplate: an
    /// employer's "Acme is an equal opportunity employer. We welcome applicants of all backgrounds. If you need an
    /// accommodation, please let us know." and an e-mail's "This message is confidential. If you are not the intended
    /// recipient, ..." are boilerplate throughout, not only in the sentence that names what they are.
    /// </summary>
    private static bool IsInBoilerplate(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules, sbyte[]? memo = null)
    {
        if (IsInFooter(text, sentences, index, rules, memo))
        {
            return true;
        }

        if (!ParagraphAround(sentences, index, MaxBoilerplateParagraph, out int first, out int last))
        {
            return IsBoilerplateAt(text, sentences, index, rules, memo);
        }

        for (int i = first; i <= last; i++)
        {
            if (IsBoilerplateAt(text, sentences, i, rules, memo))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first and last segments of the paragraph of the segment at <paramref name="index"/>, read at most
    /// <paramref name="max"/> segments from it: whether the paragraph has at most <paramref name="max"/> segments.
    /// </summary>
    private static bool ParagraphAround(IReadOnlyList<SentenceSpan> sentences, int index, int max, out int first, out int last)
    {
        int paragraph = sentences[index].Paragraph;
        first = index;
        while (first > 0 && sentences[first - 1].Paragraph == paragraph && index - first < max)
        {
            first--;
        }

        last = index;
        while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == paragraph && last - first < max)
        {
            last++;
        }

        return last - first < max;
    }

    /// <summary>The most segments from the line that opens a text's footer to the text's end (<see cref="IsInFooter"/>).</summary>
    private const int MaxFooterSegments = 8;

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is at or after a line that boilerplate opens among the text's
    /// last <see cref="MaxFooterSegments"/> segments, in its second half, whatever paragraph it stands in: a newsletter's
    /// or a page's footer ("You are receiving this email because you are a member." over "Copyright (c) 2026 Acme
    /// Co-op." and "All rights reserved."), all of which closes the text without saying anything of it. A notice that
    /// opens a short text ("We use cookies ...") is no footer.
    /// </summary>
    private static bool IsInFooter(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules, sbyte[]? memo)
    {
        int from = Math.Max(sentences.Count - MaxFooterSegments, (sentences.Count + 1) / 2);
        for (int j = index; j > 0 && j >= from; j--)
        {
            if (SplitChars.StartsLine(text, sentences[j].Start) && IsBoilerplateAt(text, sentences, j, rules, memo))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is boilerplate (<see cref="SplittingRules.IsBoilerplate"/>), read
    /// once for a summary when <paramref name="memo"/> keeps what was found (<see cref="ReadPhrases"/>): a candidate's
    /// paragraph is read for each candidate in it.
    /// </summary>
    private static bool IsBoilerplateAt(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules, sbyte[]? memo) =>
        memo is null ? rules.IsBoilerplate(sentences[index].Slice(text)) : ReadPhrases(text, sentences, index, rules, memo) == BoilerplatePhrase;

    /// <summary>Whether the segment at <paramref name="index"/> holds a phrase of boilerplate, a call's procedure or a vote (<see cref="ReadPhrases"/>).</summary>
    private static bool HoldsBoilerplateProcedureOrVoteAt(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules, sbyte[] memo) =>
        ReadPhrases(text, sentences, index, rules, memo) != NoPhrase;

    /// <summary>What <see cref="ReadPhrases"/> keeps for a segment that holds no phrase of boilerplate, a call's procedure or a vote.</summary>
    private const sbyte NoPhrase = -1;

    /// <summary>What <see cref="ReadPhrases"/> keeps for a segment that is boilerplate.</summary>
    private const sbyte BoilerplatePhrase = 1;

    /// <summary>What <see cref="ReadPhrases"/> keeps for a segment that holds a phrase of a call's procedure or a vote, and is no boilerplate.</summary>
    private const sbyte OtherPhrase = 2;

    /// <summary>
    /// What the segment at <paramref name="index"/> holds, read once for a summary into <paramref name="memo"/> (0 not
    /// read yet): <see cref="NoPhrase"/> for most segments, told by one reading of the three sections together
    /// (<see cref="SplittingRules.HoldsBoilerplateProcedureOrVote"/>), else <see cref="BoilerplatePhrase"/> or
    /// <see cref="OtherPhrase"/>.
    /// </summary>
    private static sbyte ReadPhrases(string text, IReadOnlyList<SentenceSpan> sentences, int index, SplittingRules rules, sbyte[] memo)
    {
        ref sbyte known = ref memo[index];
        if (known == 0)
        {
            ReadOnlySpan<char> segment = sentences[index].Slice(text);
            known = !rules.HoldsBoilerplateProcedureOrVote(segment) ? NoPhrase : rules.IsBoilerplate(segment) ? BoilerplatePhrase : OtherPhrase;
        }

        return known;
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> is the lead-in of what follows it: a sentence ending with a
    /// colon, shorter than <see cref="MinContentLeadInWords"/> words ("Create a cache, then call Set and Get:", "The
    /// steps are:"), or a question on a line of its own before
    /// its answer (an FAQ's "Do you ship internationally?", an interview's "Q: Why now?", an article's "So what went
    /// wrong?") or one that closes its paragraph or its speaker's turn before the next (an interviewer's "HOST: Let's
    /// start with the basics. How much sleep do we need?" before the guest's answer, in its own paragraph or on the line
    /// before "GUEST: ..." or a chat client's header; a question at the end of a hard-wrapped line inside its paragraph is
    /// none); a question before a heading or a letter's closing answers to nothing that follows ("Can you
    /// join on Friday?\nBest,\nSam") and says what it asks. Without the list, code, quotation or answer it announces it says
    /// nothing, so it is chosen only when a sentence count cannot be reached otherwise, or under another budget when
    /// nothing else was chosen; the text's last segment is a lead-in when it ends with a colon and a block of code
    /// follows it ("Add the following to `~/.ssh/config`:" over a fenced block). A colon after an Armenian letter is Armenian's full stop as keyboards type it, as the
    /// splitter reads it, and leads in nothing.
    /// </summary>
    private static bool IsLeadIn(string text, IReadOnlyList<SentenceSpan> sentences, int index)
    {
        if (sentences[index].Length == 0 || (index + 1 >= sentences.Count && text.AsSpan(sentences[index].End).IsWhiteSpace()))
        {
            return false;
        }

        int last = sentences[index].End - 1;
        return text[last] switch
        {
            // The last segment leads in what no segment holds after it, a block of code. A long sentence that a colon
            // ends says something by itself: a decision over its reasons ("The council hereby REFUSES planning
            // permission for the erection of a two-storey rear extension at 14 Mill Lane for the following reasons:").
            ':' or '\uFF1A' => !SplitChars.IsTypedStopAt(text, last)
                && SplitChars.CountWords(sentences[index].Slice(text), MinContentLeadInWords) < MinContentLeadInWords,
            _ when index + 1 >= sentences.Count => false,
            '?' or '\uFF1F' or '\u061F' or '\u037E' =>
                OpensTurn(text, sentences[index + 1])
                    ? SplitChars.EndsLine(text, last + 1)
                    : (SplitChars.StartsLine(text, sentences[index].Start) || sentences[index + 1].Paragraph != sentences[index].Paragraph)
                        && SplitChars.EndsLine(text, last + 1)
                        && (sentences[index + 1].Kind != SentenceKind.Heading || OpensWithSectionNumber(sentences[index].Slice(text))),
            _ => false,
        };
    }

    /// <summary>
    /// The fewest words of a sentence that a colon ends and that is no lead-in (<see cref="IsLeadIn"/>): a decision over
    /// its reasons, a finding over its list.
    /// </summary>
    private const int MinContentLeadInWords = 20;

    /// <summary>
    /// Whether <paramref name="segment"/> opens with a section's number, one level or more, before a word ("3. Comment
    /// prendre Doliprane ?", "2) How do I return an item?", "4.1 What changed?"): a numbered question on a line of its
    /// own is a section's heading, over a subheading too ("3. How to take Ibuprofen?" over "Dosage").
    /// </summary>
    private static bool OpensWithSectionNumber(ReadOnlySpan<char> segment)
    {
        int p = SplitChars.SectionNumberEnd(segment, 0, out _);
        if (p < 0)
        {
            return false;
        }

        p += p < segment.Length && segment[p] is '.' or ')' ? 1 : 0;
        return p + 1 < segment.Length && segment[p] == ' ' && char.IsLetter(segment[p + 1]);
    }

    /// <summary>
    /// Whether <paramref name="span"/> opens another turn of a transcript or a chat: a line that opens with a speaker's
    /// label ("GUEST: Most adults need...") or a chat client's header ("Carol Diaz  9:15 AM").
    /// </summary>
    private static bool OpensTurn(string text, SentenceSpan span) =>
        SplitChars.StartsLine(text, span.Start)
        && (SpeakerLabels.LabelLength(span.Slice(text), out _) > 0 || SpeakerLabels.IsHeaderLine(span.Slice(text), out _));

    /// <summary>
    /// The first segment after the text's front matter, or 0 when it has none: the publisher's preamble that a segment
    /// closes (<see cref="SplittingRules.IsBodyStart"/>: "*** START OF THE PROJECT GUTENBERG EBOOK ... ***"), the first
    /// such segment when there are several, among the first <see cref="MaxFrontMatterSegments"/>; or a paper's title,
    /// authors, affiliations and dates over its abstract (<see cref="SplittingRules.IsAbstractHeading"/>: "Abstract",
    /// "Zusammenfassung", "Abstract: We ..."), when the abstract's heading stands in the text's first half and among its
    /// first <see cref="MaxAbstractStart"/> segments, after at most <see cref="MaxFrontMatterSentences"/> sentences. What
    /// it closes describes the file or the paper, not the text.
    /// </summary>
    internal static int FrontMatterEnd(string text, IReadOnlyList<SentenceSpan> sentences, SplittingRules rules)
    {
        for (int i = 0; i < Math.Min(sentences.Count, MaxFrontMatterSegments); i++)
        {
            if (rules.IsBodyStart(sentences[i].Slice(text)))
            {
                return i + 1;
            }
        }

        int sentencesBefore = 0;
        for (int i = 1; i < Math.Min(sentences.Count / 2, MaxAbstractStart) && sentencesBefore <= MaxFrontMatterSentences; i++)
        {
            if (SplitChars.StartsLine(text, sentences[i].Start) && rules.IsAbstractHeading(sentences[i].Slice(text)))
            {
                return i;
            }

            sentencesBefore += sentences[i].Kind == SentenceKind.Sentence ? 1 : 0;
        }

        return 0;
    }

    /// <summary>The last segment that may head a paper's abstract (<see cref="FrontMatterEnd"/>).</summary>
    private const int MaxAbstractStart = 60;

    /// <summary>
    /// The most sentences that a paper's front matter holds over its abstract (<see cref="FrontMatterEnd"/>): a title
    /// or an affiliation that ends with a period, "Received 14 March 2022, accepted ...", a journal's citation line.
    /// </summary>
    private const int MaxFrontMatterSentences = 16;

    /// <summary>
    /// The most segments of front matter (<see cref="FrontMatterEnd"/>): a preamble with the older files' small print
    /// runs to about a hundred; a line further into a text is no preamble's end (texts put end to end).
    /// </summary>
    private const int MaxFrontMatterSegments = 200;

    /// <summary>
    /// The first segment of the text's back matter, or the segment count when it has none. Back matter is what closes a
    /// text without being part of its content: under a heading that names it, references, a bibliography, "See also",
    /// external links, acknowledgements, a press release's "About &lt;company&gt;" and forward-looking statements, a
    /// media contact block, a disclaimer; and a letter's or e-mail's closing with the signature and legal notices after
    /// it. It starts, after a sentence of the allowed length, at a segment that <see cref="MarkAt"/> marks: such a
    /// heading (a line of its own, or a label line ending with a colon such as "Media contact:"), a closing line
    /// ("Thanks,", "Best regards", "Mit freundlichen Grüßen"), or a paragraph that opens with such a label inline
    /// ("CONFIDENTIALITY NOTICE: This e-mail...", "Copyright © 2024 Acme Corp."). It runs to the end of the text,
    /// except that a heading of another section ends it when a sentence follows that heading before the next mark,
    /// so that an "About the data" section followed by "Results", or a forum's next post under its own title after the
    /// first post's "Thanks,\nDave", is content; but not after a reference list's item (<see cref="IsReferenceItem"/>),
    /// so that an encyclopedia page's "Categories: ..." over "This page was last edited on ..." gives its references back
    /// to none. A heading of a section stands alone in its paragraph or has a sentence
    /// right after it (<see cref="HeadsSection"/>): the lines of a signature, an address or a contact block, and of a
    /// "See also" list, end nothing. A paragraph opened by a label is back matter only when no sentence of content
    /// follows it, since a blog post's "Disclaimer: this post contains affiliate links." may come before the post
    /// itself; a heading or closing after it confirms it. The headings, labels and closings are the language's
    /// (<see cref="SplittingRules.IsBackMatterHeading"/>, <see cref="SplittingRules.IsClosing"/>).
    /// </summary>
    /// <summary>The fewest fields of a message's header over the earlier message in a reply (<see cref="OpensMessageHeader"/>).</summary>
    private const int MinHeaderFields = 3;

    /// <summary>
    /// Whether segment <paramref name="i"/> opens a message's header: <see cref="MinHeaderFields"/> headings or more in a
    /// row, each a field of the language's <c>[header-fields]</c> before a colon ("From: Raj Patel", "Sent: Monday, March
    /// 11, 2024 8:02 AM", "To: Laura Chen", "Subject: RE: Migration status"), one of them with a time of day, which a
    /// press release's contact block ("Media contact:", "Phone:", "Email:") has not; not right under a heading of its
    /// paragraph (a mailing list's digest numbers its messages: "Message: 1" over "Date: ..."). Reads the run of headings
    /// only.
    /// </summary>
    private static bool OpensMessageHeader(string text, IReadOnlyList<SentenceSpan> sentences, int i, SplittingRules rules)
    {
        if (i == 0 || (sentences[i - 1].Kind == SentenceKind.Heading && sentences[i - 1].Paragraph == sentences[i].Paragraph))
        {
            // Right under a heading, the header is a digest's ("Message: 1" over "Date: ..."), whose messages are its content.
            return false;
        }

        int fields = 0;
        bool time = false;
        for (int j = i; j < sentences.Count && sentences[j].Kind == SentenceKind.Heading; j++)
        {
            ReadOnlySpan<char> line = sentences[j].Slice(text);
            int colon = line.IndexOf(':');
            if (colon <= 0 || !rules.IsHeaderField(line[..colon].Trim()))
            {
                break;
            }

            fields++;
            time |= HasClockTime(line[(colon + 1)..]);
        }

        return fields >= MinHeaderFields && time;
    }

    /// <summary>Whether <paramref name="value"/> holds a time of day: a digit, a colon and two digits ("8:02", "10:02").</summary>
    private static bool HasClockTime(ReadOnlySpan<char> value)
    {
        for (int k = 1; k + 2 < value.Length; k++)
        {
            if (value[k] == ':' && char.IsAsciiDigit(value[k - 1]) && char.IsAsciiDigit(value[k + 1]) && char.IsAsciiDigit(value[k + 2]))
            {
                return true;
            }
        }

        return false;
    }

    internal static int BackMatterStart(
        string text, IReadOnlyList<SentenceSpan> sentences, int[] lengths, SummarizerOptions options, SplittingRules rules)
    {
        int start = sentences.Count;
        bool content = false;

        // The paragraph of the last label while only labels have marked the back matter, or -1: a sentence of content
        // after it gives that back matter back to the content.
        int labelParagraph = -1;

        // How far the look-ahead past a heading has read, and what it found there: whether a sentence comes before the
        // next mark of back matter. The segments it passed over are neither, so a heading among them finds the same,
        // and the look-ahead reads every segment once.
        int scannedTo = -1;
        bool sentenceAhead = false;

        // Whether the back matter holds a reference list's item, which no later section gives back to the content.
        bool references = false;

        // For each segment, how many paragraphs of prose from it to the end (up to 2), counted when a closing is first met.
        byte[]? proseAfter = null;
        for (int i = 0; i < sentences.Count; i++)
        {
            SentenceSpan span = sentences[i];
            BackMatterMark mark = MarkAt(text, sentences, lengths, options, i, rules, ref proseAfter);
            if ((mark == BackMatterMark.Heading && content && rules.IsEarlierMessageRule(span.Slice(text)))
                || (content && OpensMessageHeader(text, sentences, i, rules))
                || rules.IsBodyEnd(span.Slice(text))
                || (content && span.Kind == SentenceKind.Heading && rules.IsCommentsHeading(span.Slice(text))))
            {
                // The earlier message under a reply ("-----Original Message-----", a mail client's rule of dashes around
                // the name, or the header a mail client writes over it: "From: ...", "Sent: ... 8:02 AM", "To: ...",
                // "Subject: ..."), or the publisher's licence after the line that ends a file's text ("*** END OF THE
                // PROJECT GUTENBERG EBOOK ... ***"), or the readers' comments under a post ("14 thoughts on "..."",
                // "Leave a Reply"): all that follows is that message, that licence or those comments, whatever sections
                // it has.
                return Math.Min(start, i);
            }

            if (mark != BackMatterMark.None)
            {
                if (start == sentences.Count)
                {
                    if (content)
                    {
                        start = i;
                        labelParagraph = mark == BackMatterMark.Label ? span.Paragraph : -1;
                    }
                }
                else if (labelParagraph >= 0)
                {
                    labelParagraph = mark == BackMatterMark.Label ? span.Paragraph : -1;
                }

                continue;
            }

            if (start < sentences.Count)
            {
                references |= IsReferenceItem(text, span);
                if (labelParagraph >= 0)
                {
                    if (span.Paragraph != labelParagraph && IsContentSentence(sentences, lengths, options, i))
                    {
                        start = sentences.Count;
                        labelParagraph = -1;
                        references = false;
                    }
                }
                else if (HeadsSection(text, sentences, lengths, options, i))
                {
                    if (i >= scannedTo)
                    {
                        scannedTo = i + 1;
                        BackMatterMark ahead = BackMatterMark.None;
                        while (scannedTo < sentences.Count)
                        {
                            ahead = MarkAt(text, sentences, lengths, options, scannedTo, rules, ref proseAfter);
                            if (ahead != BackMatterMark.None || IsContentSentence(sentences, lengths, options, scannedTo))
                            {
                                break;
                            }

                            scannedTo++;
                        }

                        // A label's sentence ("Disclaimer: The author holds...") is back matter, not the sentence looked for.
                        sentenceAhead = scannedTo < sentences.Count && ahead == BackMatterMark.None;
                    }

                    if (sentenceAhead && !references)
                    {
                        start = sentences.Count;
                    }
                }
            }
            else if (IsContentSentence(sentences, lengths, options, i))
            {
                content = true;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether <paramref name="span"/> opens a line with a citation's backlink, as an encyclopedia's reference list does
    /// ("^ Smith, A. (2004). Deep lochs.", "↑ Dizionario Biografico..."): the page's tail after the list ("Categories:
    /// ..." over "This page was last edited on ...") is no section that gives the list back to the content.
    /// </summary>
    private static bool IsReferenceItem(string text, SentenceSpan span)
    {
        int k = SplitChars.SkipSpaces(text, span.Start);
        return k + 1 < span.End && text[k] is '^' or '\u2191' && text[k + 1] is ' ' or '\t' && SplitChars.StartsLine(text, span.Start);
    }

    /// <summary>Whether the segment at <paramref name="index"/> is a sentence of running text of the allowed length (at least one word).</summary>
    private static bool IsContentSentence(IReadOnlyList<SentenceSpan> sentences, int[] lengths, SummarizerOptions options, int index) =>
        sentences[index].Kind == SentenceKind.Sentence && lengths[index] >= Math.Max(1, options.MinSentenceWords);

    /// <summary>What the segment at <paramref name="index"/> marks of back matter.</summary>
    /// <remarks>
    /// A heading of back matter is a line of its own that names it (<see cref="SplittingRules.IsBackMatterHeading"/>).
    /// A closing is a line of its own that is one of the language's closings (<see cref="SplittingRules.IsClosing"/>)
    /// and that no sentence of content follows in its paragraph: "Thanks,\nMaria" and "Thanks, Maria" close a letter,
    /// "Best\nThe Ritz has the best rooms in town." does not. Nor does a letter quoted in an article, which goes on
    /// after the closing and its signature: a closing has at most one paragraph of prose after it, a legal notice
    /// without a label ("This e-mail and any attachments are confidential..."), paragraphs that open with a label or
    /// that are boilerplate not counting. A label opens a paragraph and names back matter before its text goes on
    /// (<see cref="SplittingRules.StartsWithBackMatterLabel"/>). <paramref name="proseAfter"/> is computed the first
    /// time a closing is met (<see cref="CountProseAfter"/>).
    /// </remarks>
    private static BackMatterMark MarkAt(
        string text, IReadOnlyList<SentenceSpan> sentences, int[] lengths, SummarizerOptions options, int index, SplittingRules rules,
        ref byte[]? proseAfter)
    {
        SentenceSpan span = sentences[index];
        bool opensParagraph = index == 0 || sentences[index - 1].Paragraph != span.Paragraph;
        ReadOnlySpan<char> segment = text.AsSpan(span.Start, span.Length);
        if (!opensParagraph && !SplitChars.StartsLine(text, span.Start))
        {
            return BackMatterMark.None;
        }

        if (rules.IsBackMatterHeading(segment))
        {
            return BackMatterMark.Heading;
        }

        if (SplitChars.EndsLine(text, span.End) && rules.IsClosing(segment)
            && (index + 1 == sentences.Count || sentences[index + 1].Paragraph != span.Paragraph
                || !IsContentSentence(sentences, lengths, options, index + 1)))
        {
            proseAfter ??= CountProseAfter(text, sentences, lengths, options, rules);
            if (index + 1 == sentences.Count || proseAfter[index + 1] < 2)
            {
                return BackMatterMark.Closing;
            }
        }

        return opensParagraph && rules.StartsWithBackMatterLabel(segment) ? BackMatterMark.Label : BackMatterMark.None;
    }

    /// <summary>
    /// For each segment, how many paragraphs from it to the end of the text hold a sentence of content (up to 2),
    /// not counting a paragraph that opens with a label of back matter or that is boilerplate
    /// (<see cref="IsInBoilerplate"/>: an e-mail's unlabelled "This email and any attachments are confidential. If you
    /// are not the intended recipient, ..."): one walk back over the segments.
    /// </summary>
    private static byte[] CountProseAfter(
        string text, IReadOnlyList<SentenceSpan> sentences, int[] lengths, SummarizerOptions options, SplittingRules rules)
    {
        // First whether each segment's paragraph opens with a label (1), then the counts, in the same array.
        var counts = new byte[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
        {
            bool opensParagraph = i == 0 || sentences[i - 1].Paragraph != sentences[i].Paragraph;
            counts[i] = opensParagraph
                ? (byte)(rules.StartsWithBackMatterLabel(sentences[i].Slice(text)) || IsInBoilerplate(text, sentences, i, rules) ? 1 : 0)
                : counts[i - 1];
        }

        int count = 0;
        int counted = -1;
        for (int i = sentences.Count - 1; i >= 0; i--)
        {
            int paragraph = sentences[i].Paragraph;
            if (count < 2 && paragraph != counted && counts[i] == 0 && IsContentSentence(sentences, lengths, options, i))
            {
                count++;
                counted = paragraph;
            }

            counts[i] = (byte)count;
        }

        return counts;
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> heads a section that can end back matter: a section heading
    /// (<see cref="IsSectionHeading"/>) that opens its paragraph and is its only segment or has a sentence of content
    /// right after it. The first line of a block of short lines (a signature's name, an address, a contact) heads none.
    /// </summary>
    private static bool HeadsSection(string text, IReadOnlyList<SentenceSpan> sentences, int[] lengths, SummarizerOptions options, int index)
    {
        int paragraph = sentences[index].Paragraph;
        if ((index > 0 && sentences[index - 1].Paragraph == paragraph) || !IsSectionHeading(text, sentences, index))
        {
            return false;
        }

        return index + 1 == sentences.Count || sentences[index + 1].Paragraph != paragraph
            || IsContentSentence(sentences, lengths, options, index + 1);
    }

    /// <summary>
    /// Whether the segment at <paramref name="index"/> heads a section: a heading, or a numbered line without final
    /// punctuation that a blank line follows ("6. Governing Law").
    /// </summary>
    private static bool IsSectionHeading(string text, IReadOnlyList<SentenceSpan> sentences, int index)
    {
        SentenceSpan span = sentences[index];
        if (span.Kind == SentenceKind.Heading)
        {
            return true;
        }

        return span.Kind == SentenceKind.ListItem && span.Length > 0 && char.IsLetterOrDigit(text[span.End - 1])
            && (index + 1 == sentences.Count || sentences[index + 1].Paragraph != span.Paragraph);
    }

    /// <summary>Whether the text has a list item of the allowed length, with headings and list items allowed.</summary>
    private static bool HasListItem(IReadOnlyList<SentenceSpan> sentences, int[] lengths, SummarizerOptions options)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Kind == SentenceKind.ListItem && IsEligible(i, sentences, lengths, options))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text has a sentence of running text of the allowed length (of at least one word when no minimum is
    /// set): a lead-in counts, as it is prose.
    /// </summary>
    private static bool HasSentence(IReadOnlyList<SentenceSpan> sentences, int[] lengths, SummarizerOptions options)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Kind == SentenceKind.Sentence && lengths[i] > 0 && IsEligible(i, sentences, lengths, options))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Sentences always; the list items that are content (<paramref name="listItems"/>, <see cref="SentenceKinds.ContentListItems"/>);
    /// every list item and heading with <see cref="SummarizerOptions.IncludeHeadingsAndListItems"/>.
    /// </summary>
    private static bool KindAllowed(IReadOnlyList<SentenceSpan> sentences, int index, SummarizerOptions options, bool[]? listItems) =>
        options.IncludeHeadingsAndListItems || sentences[index].Kind == SentenceKind.Sentence
        || (sentences[index].Kind == SentenceKind.ListItem && SentenceKinds.IsContentListItem(listItems, index));

    private static bool IsShortButOtherwiseEligible(int index, IReadOnlyList<SentenceSpan> sentences, int[] lengths, SummarizerOptions options, bool[]? listItems) =>
        KindAllowed(sentences, index, options, listItems)
        && lengths[index] > 0
        && lengths[index] < options.MinSentenceWords;

    private static double Cost(string text, SentenceSpan sentence, int words, SummaryBudget budget, bool separated) => budget.Unit switch
    {
        BudgetUnit.Words => words,
        BudgetUnit.Characters => sentence.Length + (separated ? 1 : 0),
        BudgetUnit.Tokens => budget.Tokenizer!.CountTokens(text.AsSpan(sentence.Start, sentence.Length)),
        _ => 1,
    };

    /// <summary>
    /// Counts the tokens of the joined summary text exactly as the caller will see it and, in the rare case that
    /// joining made it longer than the per-sentence sums, drops the lowest-ranked chosen sentences until it fits.
    /// </summary>
    private static double FitTokens(string text, IReadOnlyList<SentenceSpan> sentences, List<int> chosen, int[] rankOrder, SummaryBudget budget, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int tokens = chosen.Count == 0 ? 0 : budget.Tokenizer!.CountTokens(Join(text, sentences, chosen));
            if (tokens <= budget.Limit)
            {
                return tokens;
            }

            for (int r = rankOrder.Length - 1; r >= 0; r--)
            {
                if (chosen.Remove(rankOrder[r]))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The chosen sentences joined by single spaces, as <see cref="Summary.Text"/> joins them.</summary>
    public static string Join(string text, IReadOnlyList<SentenceSpan> sentences, List<int> chosen)
    {
        int length = chosen.Count - 1;
        foreach (int i in chosen)
        {
            length += sentences[i].Length;
        }

        return string.Create(length, (text, sentences, chosen), static (destination, state) =>
        {
            int position = 0;
            for (int k = 0; k < state.chosen.Count; k++)
            {
                if (k > 0)
                {
                    destination[position++] = ' ';
                }

                SentenceSpan span = state.sentences[state.chosen[k]];
                state.text.AsSpan(span.Start, span.Length).CopyTo(destination[position..]);
                position += span.Length;
            }
        });
    }

    private static bool IsRedundant(int candidate, List<int> chosen, TermMatrix matrix, RedundancyWeights weights, double threshold)
    {
        // Chosen sentences were candidates, so their rows are weighed already.
        float[] rows = weights.Weigh(candidate);
        if (chosen.Count >= RedundancyWeights.MinIndexed)
        {
            return weights.MaxCosine(candidate, chosen) > threshold;
        }

        foreach (int other in chosen)
        {
            if (Cosine(matrix, rows, candidate, other) > threshold)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dot product of two unit rows by a merge of their sorted term lists.</summary>
    internal static double Cosine(TermMatrix matrix, float[] weights, int a, int b)
    {
        int i = matrix.RowStarts[a];
        int iEnd = matrix.RowStarts[a + 1];
        int j = matrix.RowStarts[b];
        int jEnd = matrix.RowStarts[b + 1];
        double dot = 0;
        while (i < iEnd && j < jEnd)
        {
            int ti = matrix.Terms[i];
            int tj = matrix.Terms[j];
            if (ti == tj)
            {
                dot += (double)weights[i++] * weights[j++];
            }
            else if (ti < tj)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }

    /// <summary>What a segment marks of back matter (see <see cref="MarkAt"/>).</summary>
    private enum BackMatterMark
    {
        /// <summary>Nothing: content, or a line inside back matter.</summary>
        None,

        /// <summary>A heading that names back matter ("References", "About Acme Robotics", "Media contact:").</summary>
        Heading,

        /// <summary>A letter's closing ("Thanks,", "Best regards", "Cordialement,").</summary>
        Closing,

        /// <summary>A paragraph that opens with a label of back matter ("Disclaimer: The author holds shares...").</summary>
        Label,
    }

    private readonly struct ScoreComparer(double[] scores) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            int byScore = scores[y].CompareTo(scores[x]);
            return byScore != 0 ? byScore : x.CompareTo(y);
        }
    }

    /// <summary>
    /// TF-IDF entry weights with the document's own sentence frequencies, for the redundancy cosine, made a row at a
    /// time when the row is first compared: a summary compares a few rows of the document, not all of them.
    /// </summary>
    internal sealed class RedundancyWeights(TermMatrix matrix)
    {
        /// <summary>
        /// From this many chosen sentences on (a ratio of a long text chooses thousands), a candidate is compared with
        /// them through an index of their terms: only the chosen sentences that share a term with it are reached,
        /// instead of a merge with every one of them.
        /// </summary>
        /// <remarks>A property, not a constant, so that a test can run either way on the same text and compare.</remarks>
        internal static int MinIndexed { get; set; } = 32;

        private readonly float[] _weights = new float[matrix.EntryCount];
        private readonly bool[] _weighed = new bool[matrix.SentenceCount];

        // The index of the chosen sentences' terms: per term, each chosen sentence that holds it and the entry of its
        // weight; filled from the chosen list as it grows (the first _indexed are in).
        private List<(int Sentence, int Entry)>?[]? _postings;
        private int _indexed;

        // Per chosen sentence, the dot product with the candidate; valid where _stamp holds the candidate's stamp.
        private double[]? _dots;
        private int[]? _stamp;
        private int[]? _touched;
        private int _round;

        /// <summary>
        /// The largest cosine of <paramref name="candidate"/>'s weighed row with a row of <paramref name="chosen"/>: the
        /// same numbers as <see cref="Cosine"/>, as each pair's products are added in the same ascending order of terms.
        /// </summary>
        public double MaxCosine(int candidate, List<int> chosen)
        {
            int[] rowStarts = matrix.RowStarts;
            int[] terms = matrix.Terms;
            _postings ??= new List<(int Sentence, int Entry)>?[matrix.TermCount];
            for (; _indexed < chosen.Count; _indexed++)
            {
                int sentence = chosen[_indexed];
                for (int e = rowStarts[sentence]; e < rowStarts[sentence + 1]; e++)
                {
                    (_postings[terms[e]] ??= []).Add((sentence, e));
                }
            }

            _dots ??= new double[matrix.SentenceCount];
            _stamp ??= new int[matrix.SentenceCount];
            _touched ??= new int[matrix.SentenceCount];
            int round = ++_round;
            int touched = 0;
            for (int e = rowStarts[candidate]; e < rowStarts[candidate + 1]; e++)
            {
                if (_postings[terms[e]] is not { } postings)
                {
                    continue;
                }

                double weight = _weights[e];
                foreach ((int sentence, int entry) in postings)
                {
                    if (_stamp[sentence] != round)
                    {
                        _stamp[sentence] = round;
                        _dots[sentence] = 0;
                        _touched[touched++] = sentence;
                    }

                    _dots[sentence] += weight * _weights[entry];
                }
            }

            double max = 0;
            for (int k = 0; k < touched; k++)
            {
                max = Math.Max(max, _dots[_touched[k]]);
            }

            return max;
        }

        /// <summary>Weighs the row of <paramref name="sentence"/> if it is not yet; returns the weights of all rows.</summary>
        public float[] Weigh(int sentence)
        {
            if (_weighed[sentence])
            {
                return _weights;
            }

            _weighed[sentence] = true;
            TfIdf.UnitRow(matrix, sentence, _weights);
            return _weights;
        }
    }
}
