using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.ML.Tokenizers;

namespace Summarizer.Tests.Selection;

public sealed class SentenceSelectorTests
{
    private static readonly Tokenizer s_o200k = TiktokenTokenizer.CreateForModel("gpt-4o");

    /// <summary>A summarizer whose ranker prefers the last sentences.</summary>
    private static readonly ExtractiveSummarizer s_lastFirst = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new Ranking.SentenceRankerTests.ReverseRanker() });

    /// <summary>A summarizer whose ranker scores every sentence the same, so that the earliest are chosen.</summary>
    private static readonly ExtractiveSummarizer s_inOrder = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new Ranking.SentenceRankerTests.ConstantRanker() });

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(120)]
    [InlineData(1000)]
    public void Budgets_NeverExceeded_AndUsageReported(int limit) =>
        TestText.Documents(25, 25).Sample(text => CheckBudgets(text, limit), iter: 5);

    private static void CheckBudgets(string text, int limit)
    {
        ExtractiveSummarizer summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = 0 });

        Summary words = summarizer.Summarize(text, SummaryBudget.Words(limit));
        int wordCount = 0;
        foreach (Token _ in WordTokenizer.Enumerate(words.Text))
        {
            wordCount++;
        }

        Assert.True(wordCount <= limit);
        Assert.Equal(wordCount, words.Diagnostics.BudgetUsed);

        Summary characters = summarizer.Summarize(text, SummaryBudget.Characters(limit));
        Assert.True(characters.Text.Length <= limit);
        Assert.Equal(characters.Text.Length, characters.Diagnostics.BudgetUsed);

        Summary tokens = summarizer.Summarize(text, SummaryBudget.Tokens(limit, s_o200k));
        int tokenCount = s_o200k.CountTokens(tokens.Text);
        Assert.True(tokenCount <= limit, $"{tokenCount} tokens > {limit}");
        Assert.Equal(tokenCount, tokens.Diagnostics.BudgetUsed);
        Assert.Equal(BudgetUnit.Tokens, tokens.Diagnostics.BudgetUnit);

        int sentenceLimit = Math.Min(limit, 10);
        Summary sentences = summarizer.Summarize(text, SummaryBudget.Sentences(sentenceLimit));
        Assert.True(sentences.Sentences.Count <= sentenceLimit);
        Assert.Equal(sentences.Sentences.Count, sentences.Diagnostics.BudgetUsed);
    }

    [Theory]
    // Eight sentences ranked in reading order, 28 words asked: the first two (eleven words each) take 22, the third
    // (eleven) does not fit. The room left takes a short sentence from the upper half of the ranking (the fourth, six
    // words) and none from the lower half (the sixth, six words, when the fourth has seven).
    [InlineData("Six short words fill the rest.", new[] { 0, 1, 3 })]
    [InlineData("The board then met once again today.", new[] { 0, 1 })]
    public void WordBudget_RoomLeftAfterASentenceDidNotFit_FilledFromTheUpperHalfOfTheRanking(string fourth, int[] expected)
    {
        const string Ten = "The harbour board met on Tuesday to discuss the ferry";
        string text = string.Join(' ', Ten + " plan.", Ten + " fares.", Ten + " timetable.", fourth, Ten + " staff.", "Six short words fill the rest.", Ten + " pier.", Ten + " boats.");

        Assert.Equal(expected, Indexes(s_inOrder.Summarize(text, SummaryBudget.Words(28))));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.33)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Ratio_RoundsToSentences(double ratio)
    {
        string text = TestText.Document(8, 30);
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = 0, RedundancyThreshold = 1 })
            .Summarize(text, SummaryBudget.Ratio(ratio));
        double expected = Math.Max(1, Math.Round(ratio * summary.SentenceCount, MidpointRounding.AwayFromZero));
        Assert.Equal(expected, summary.Diagnostics.BudgetLimit);
        Assert.True(summary.Sentences.Count <= expected);
        Assert.Equal(summary.Sentences.Count, summary.Diagnostics.BudgetUsed);
    }

    [Fact]
    public void Tokens_NewsArticle_NeverExceeded()
    {
        Tokenizer o200k = s_o200k;
        Summary summary = ExtractiveSummarizer.Default.Summarize(TestText.News, SummaryBudget.Tokens(45, o200k));
        Assert.NotEmpty(summary.Sentences);
        Assert.True(o200k.CountTokens(summary.Text) <= 45);
    }

    [Fact]
    public void Redundancy_NearDuplicate_IsPassedOver()
    {
        const string text = "The bank raised interest rates sharply on Tuesday morning. "
            + "The bank raised interest rates sharply on Tuesday morning again. "
            + "Energy prices pushed inflation above the target of the bank. "
            + "Shares fell after the bank raised interest rates on Tuesday.";
        Summary without = ExtractiveSummarizer.Create(new SummarizerOptions { RedundancyThreshold = 1, Ranker = SentenceRanker.PageRank }).Summarize(text, SummaryBudget.Sentences(2));
        Summary with = ExtractiveSummarizer.Create(new SummarizerOptions { RedundancyThreshold = 0.5, Ranker = SentenceRanker.PageRank }).Summarize(text, SummaryBudget.Sentences(2));
        Assert.Equal([0, 1], Indexes(without));
        Assert.DoesNotContain(1, Indexes(with));
        Assert.Equal(2, with.Sentences.Count);
    }

    [Fact]
    public void Redundancy_SentencesThatDifferInTheirNumbersAlone_AreOneSentence()
    {
        // Each item's number is rare in the text, so its term weighs more in the cosine than the words the copies
        // share; the copies are redundant all the same, and with redundancy off they are chosen as before.
        string[] lines =
        [
            "The museum opened a new exhibition about the history of local shipbuilding (item {0}).",
            "The finance committee approved extra money for the rural school buses (item {0}).",
            "Residents of the old town complained about noise from the railway depot (item {0}).",
        ];
        int[] pattern = [0, 0, 0, 1, 0, 0, 2, 0, 0, 1, 0, 2];
        var text = new System.Text.StringBuilder();
        for (int k = 0; k < pattern.Length; k++)
        {
            text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, lines[pattern[k]], k + 1)).Append(' ');
        }

        List<string> with = [.. s_inOrder.Summarize(text.ToString(), SummaryBudget.Sentences(3)).Sentences.Select(s => s.Text[..20])];
        Summary without = ExtractiveSummarizer.Create(new SummarizerOptions { RedundancyThreshold = 1, Ranker = new Ranking.SentenceRankerTests.ConstantRanker() })
            .Summarize(text.ToString(), SummaryBudget.Sentences(3));

        Assert.Equal(["Residents of the old", "The finance committe", "The museum opened a "], with.Order());
        Assert.Equal([0, 1, 2], Indexes(without));
    }

    [Fact]
    public void Redundancy_ChosenPairs_StayBelowThreshold()
    {
        string text = TestText.Document(21, 60);
        const double threshold = 0.4;
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { RedundancyThreshold = threshold, IncludeRanking = true })
            .Summarize(text, SummaryBudget.Sentences(8));
        DocumentTerms terms = TestText.Terms(text, out _);
        TermMatrix matrix = TermMatrix.Build(terms, default);
        float[] unit = UnitTfIdf(matrix);
        foreach (SummarySentence a in summary.Sentences)
        {
            foreach (SummarySentence b in summary.Sentences)
            {
                if (a.Index != b.Index)
                {
                    Assert.True(SentenceSelector.Cosine(matrix, unit, a.Index, b.Index) <= threshold + 1e-6);
                }
            }
        }
    }

    [Fact]
    public void Lengths_MinAndMax_AreRespected()
    {
        string text = TestText.Document(4, 40, 2, 20);
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = 6, MaxSentenceWords = 10 })
            .Summarize(text, SummaryBudget.Sentences(10));
        Assert.NotEmpty(summary.Sentences);
        foreach (SummarySentence sentence in summary.Sentences)
        {
            int words = 0;
            foreach (Token _ in WordTokenizer.Enumerate(sentence.Text))
            {
                words++;
            }

            Assert.InRange(words, 6, 10);
        }
    }

    [Fact]
    public void Headings_ExcludedUnlessAskedFor()
    {
        const string text = "Bank Raises Interest Rates Again\n\nThe bank raised interest rates on Tuesday. Interest rates rose again. The bank said rates would rise. Shares in the bank fell.";
        Summary excluded = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(4));
        Summary included = ExtractiveSummarizer.Create(new SummarizerOptions { IncludeHeadingsAndListItems = true, MinSentenceWords = 0, Ranker = SentenceRanker.PageRank })
            .Summarize(text, SummaryBudget.Sentences(5));
        Assert.DoesNotContain(0, Indexes(excluded));
        Assert.Contains(0, Indexes(included));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void LeadIns_ChosenOnlyWhenTheCountCannotBeReachedOtherwise(int minWords)
    {
        // The lead-in shares the most terms with the rest, so a ranker puts it first.
        const string text = "The cache stores keys and values, and the cache evicts old keys and values as follows:\n\n"
            + "- The cache evicts keys by age.\n- Values are kept in shards.\n\n"
            + "The cache serves forty million reads a second on one machine. Its memory overhead stays under five percent for large values.";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = minWords, Ranker = SentenceRanker.PageRank });
        Summary four = summarizer.Summarize(text, SummaryBudget.Sentences(4));
        Summary five = summarizer.Summarize(text, SummaryBudget.Sentences(5));

        // The list items it announces go on from it, and are content (the shorter one fills before the lead-in).
        Assert.Equal([1, 2, 3, 4], Indexes(four));
        Assert.Equal([0, 1, 2, 3, 4], Indexes(five));
        Assert.EndsWith(":", five.Sentences[0].Text);
        // Ranked above every segment chosen before it.
        Assert.True(five.Sentences[0].Rank < five.Sentences.Skip(1).Min(x => x.Rank), string.Join(", ", five.Sentences.Select(x => x.Rank)));
    }

    [Fact]
    public void LeadIn_LongDecisionOverItsReasons_IsContent()
    {
        // A decision that a colon ends before its reasons says something by itself; a short lead-in says nothing.
        const string decision = "The district council, as the local planning authority, hereby refuses planning permission for the two-storey "
            + "extension at 14 Mill Lane for the following reasons:";
        const string text = decision + "\n\n- The extension is too large.\n- The garage blocks the view.\n\n"
            + "The applicant may appeal within six months. The council has notified the neighbours of the decision.";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = 0, Ranker = SentenceRanker.PageRank });

        Assert.Contains(decision, summarizer.Summarize(text, SummaryBudget.Sentences(2)).Sentences.Select(s => s.Text));

        string shortLeadIn = text.Replace(decision, "The council refused it for these reasons about the extension:", StringComparison.Ordinal);
        Assert.DoesNotContain(summarizer.Summarize(shortLeadIn, SummaryBudget.Sentences(2)).Sentences, s => s.Text.EndsWith(':'));
    }

    [Fact]
    public void LeadIn_TheOnlySentence_IsChosenUnderAWordBudgetAsUnderACount()
    {
        // The lead-in is the text's only sentence (the rest are list items). A sentence count takes it; a word budget
        // it fits should not give an empty summary (the CLI then says "no sentence fits the budget and the
        // sentence-length limits", which it does: 14 words, within both).
        const string text = "The committee reviewed the budget for next year and found the following problems:\n\n- Costs rose.\n- Sales fell.";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions());

        Assert.Single(summarizer.Summarize(text, SummaryBudget.Sentences(1)).Sentences);
        Assert.Single(summarizer.Summarize(text, SummaryBudget.Words(40)).Sentences);
    }

    [Theory]
    [InlineData(0.5, 0.6)]
    [InlineData(1.0, 0.6)]
    [InlineData(1.0, 0.3)]
    public void Redundancy_ManyChosen_TheIndexOfTheirTermsGivesTheMergesChoice(double ratio, double threshold)
    {
        // Hundreds of chosen sentences: from RedundancyWeights.MinIndexed on, candidates are compared through an index of
        // the chosen sentences' terms; the cosines are the same numbers, so the choice is the same sentence for sentence.
        string text = TestText.Document(7, 400);
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { RedundancyThreshold = threshold, MinSentenceWords = 0 });
        int saved = SentenceSelector.RedundancyWeights.MinIndexed;
        try
        {
            SentenceSelector.RedundancyWeights.MinIndexed = int.MaxValue;
            Summary merged = summarizer.Summarize(text, SummaryBudget.Ratio(ratio));
            SentenceSelector.RedundancyWeights.MinIndexed = 1;
            Summary indexed = summarizer.Summarize(text, SummaryBudget.Ratio(ratio));

            Assert.True(merged.Sentences.Count > 10, $"{merged.Sentences.Count} chosen");
            Assert.True(merged.Sentences.Count < 400, "some sentences are passed over as redundant");
            Assert.Equal(Indexes(merged), Indexes(indexed));
        }
        finally
        {
            SentenceSelector.RedundancyWeights.MinIndexed = saved;
        }
    }

    [Fact]
    public void Ratio_IsOfTheSentences_NotOfTheHeadingsLeftOut()
    {
        // Five headings and four sentences: half of the sentences is two, not half of the nine segments.
        const string text = "Harbour news\n\nThe harbour board met on Tuesday to discuss the ferry plan for next year.\n\nFares\n\n"
            + "Fares for the ferry will rise by ten percent in the spring, the board said.\n\nStaff\n\n"
            + "The ferry company will hire twelve new deck hands before the summer season.\n\nPier\n\nRepairs\n\n"
            + "Repairs to the north pier will start in March and last until the end of June.";
        Summary summary = s_inOrder.Summarize(text, SummaryBudget.Ratio(0.5));

        Assert.Equal(2, summary.Diagnostics.BudgetLimit);
        Assert.Equal(2, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.Equal(SentenceKind.Sentence, s.Kind));
    }

    [Fact]
    public void ShortSentencesOnly_AreChosenUnderAWordCharacterOrTokenBudgetTheyFit()
    {
        // Every sentence is under MinSentenceWords (6): a count takes them, and so must a budget of words, characters or
        // tokens that the whole text fits, rather than give nothing.
        const string text = "Great blender, works fine! Love it.";

        Assert.Equal(2, ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(3)).Sentences.Count);
        Assert.Equal(2, ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Words(50)).Sentences.Count);
        Assert.Equal(2, ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Characters(200)).Sentences.Count);
        Assert.Equal(2, ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Tokens(50, s_o200k)).Sentences.Count);

        // The budget still binds: four words leave room for one of them only.
        Summary tight = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Words(4));
        Assert.Single(tight.Sentences);
        Assert.True(tight.Diagnostics.BudgetUsed <= 4);
    }

    [Fact]
    public void ShortSentence_NotChosenUnderAWordBudget_WhenTheTextHasALongerOne()
    {
        const string text = "The harbour board met on Tuesday to discuss the ferry plan. It agreed. The vote was close.";

        Assert.Equal(new[] { 0 }, Indexes(s_inOrder.Summarize(text, SummaryBudget.Words(20))));
        // No long sentence fits five words: nothing, rather than a scrap.
        Assert.Empty(s_inOrder.Summarize(text, SummaryBudget.Words(5)).Sentences);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LeadIns_QuestionsOnLinesOfTheirOwn_ChosenOnlyToFillTheCount(bool pageRank)
    {
        // An FAQ: each question, on a line of its own, shares its terms with its answer and with the other questions.
        const string text = "How long does delivery of a garden shed take?\nA garden shed is delivered within ten working days of the order.\n\n"
            + "Can I return a garden shed after delivery?\nA shed can be returned unbuilt within thirty days, and the carrier collects it.\n\n"
            + "Do you build the garden shed for me?\nOur fitters build any shed in one day for a fixed fee of ninety pounds.";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary three = summarizer.Summarize(text, SummaryBudget.Sentences(3));
        Summary four = summarizer.Summarize(text, SummaryBudget.Sentences(4));

        Assert.Equal([1, 3, 5], Indexes(three));
        Assert.Equal(4, four.Sentences.Count);
        Assert.Single(four.Sentences, sentence => sentence.Text.EndsWith('?'));
    }

    [Theory]
    [InlineData("\n", 1)]
    [InlineData(" ", 0)]
    // Before a heading the question answers to nothing that follows: it says what it asks.
    [InlineData("\n\nWhat the engineers say\n\n", 0)]
    public void LeadIns_QuestionOnALineOfItsOwnOnly(string afterQuestion, int expected)
    {
        // Every sentence scores the same, so the first eligible one is chosen: a question that goes on with its answer
        // on the same line is a sentence like any other.
        string text = "Is the new bridge worth its cost?" + afterQuestion + "Engineers say the bridge will carry traffic for a century.\n\n"
            + "The old bridge closed in May after fifty years.";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = 0, Ranker = new Ranking.SentenceRankerTests.ConstantRanker() });

        Summary one = summarizer.Summarize(text, SummaryBudget.Sentences(1));

        Assert.Equal([expected], Indexes(one));
    }

    [Theory]
    // A numbered question on a line of its own is a section's heading, over a subheading too.
    [InlineData("3. Is the new bridge worth its cost?", 2)]
    [InlineData("4.1 Is the new bridge worth its cost?", 2)]
    [InlineData("Is the new bridge worth its cost?", 0)]
    public void LeadIns_NumberedQuestionOverAHeading_IsASectionHeading(string question, int expected)
    {
        string text = question + "\n\nWhat the engineers say\n\nEngineers say the bridge will carry traffic for a century.\n\n"
            + "The old bridge closed in May after fifty years.";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = 0, Ranker = new Ranking.SentenceRankerTests.ConstantRanker() });

        Summary one = summarizer.Summarize(text, SummaryBudget.Sentences(1));

        Assert.Equal([expected], Indexes(one));
    }

    [Theory]
    // A question that closes its paragraph leads into the next one, as an interviewer's does into the answer.
    [InlineData("HOST: Let's start with the basics. How much sleep do adults need?\n\nNAIR: Most adults need seven to nine hours a night.", 0)]
    // So does one that closes its speaker's turn before another's line, in a transcript or a chat client's log.
    [InlineData("HOST: Let's start with the basics. How much sleep do adults need?\nNAIR: Most adults need seven to nine hours a night.", 0)]
    [InlineData("Let's start with the basics. How much sleep do adults need?\nNair Rao  9:15 AM\nMost adults need seven to nine hours a night.", 0, 3)]
    // One that closes a hard-wrapped line inside its paragraph leads into nothing.
    [InlineData("Let's start with the basics. How much sleep do adults need?\nMost adults need seven to nine hours a night.", 1)]
    public void LeadIns_QuestionThatClosesItsParagraph(string text, int expectedWithTheLast, int last = 2)
    {
        // The ranker prefers the later sentences: the question comes second, and is passed over when it is a lead-in.
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = 0, Ranker = new Ranking.SentenceRankerTests.ReverseRanker() });

        Assert.Equal([expectedWithTheLast, last], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
    }

    [Theory]
    [InlineData("en", "Photo: A ferry lies at the quay of the old harbor town.", 1)]
    [InlineData("en", "Pictured: the ferry at the quay of the old harbor town last week.", 1)]
    [InlineData("en", "File photo: A ferry lies at the quay of the old harbor town.", 1)]
    [InlineData("de", "Bildunterschrift: Die Fähre liegt am Kai des alten Hafens der Stadt.", 1)]
    [InlineData("fr", "Légende : Le ferry est amarré au quai du vieux port de la ville.", 1)]
    [InlineData("en", "Image caption, A ferry lies at the quay of the old harbor town.", 1)]
    // Markdown's emphasis around the caption or its label.
    [InlineData("en", "*Photo: A ferry lies at the quay of the old harbor town.*", 1)]
    [InlineData("en", "**Photo:** A ferry lies at the quay of the old harbor town.", 1)]
    [InlineData("en", "__Photo__: A ferry lies at the quay of the old harbor town.", 1)]
    [InlineData("en", "Update: The ferry at the quay of the old harbor town reopened today.", 0)]
    [InlineData("en", "The photo: a ferry lies at the quay of the old harbor town.", 0)]
    // One word before a comma is prose, even a caption's label.
    [InlineData("en", "Above, a ferry lies at the quay of the old harbor town.", 0)]
    // A report's or a paper's numbered captions, the source line under a table, and footnotes.
    [InlineData("en", "Figure 1: Mean absolute error of the demand forecasts by city and model.", 1)]
    [InlineData("en", "Fig. 4 – Share of the ferry's passengers by hour of the day and season.", 1)]
    [InlineData("en", "Table 2.1: Passengers carried across the bay each year since the bridge opened.", 1)]
    [InlineData("en", "Table S2 | Passengers carried across the bay each year since the bridge opened.", 1)]
    [InlineData("de", "Abb. 3: Die Zahl der Fahrgäste der Fähre je Stunde und Jahreszeit seit 2019.", 1)]
    [InlineData("fr", "Tableau 2 : Nombre de passagers transportés chaque année depuis l'ouverture du pont.", 1)]
    [InlineData("en", "Figure 1 Hazard ratios of the ferry's delays by season and hour of the day.", 1)]
    [InlineData("de", "Abb. 2 Leistungszuwachs der Fähre nach dem Umbau im Frühjahr 2023.", 1)]
    [InlineData("en", "Source: Port Alder harbour office, passenger counts for 2019 to 2023.", 1)]
    [InlineData("en", "¹ Passenger counts for 2019 were provided by the operator under a data agreement.", 1)]
    [InlineData("en", "[3] Dana Whitlock, The ferry and the town, Port Alder Historical Society, 2023.", 1)]
    // A numbered label that goes on as prose, or in lower case, is a sentence.
    [InlineData("en", "Table 2 shows the passengers carried across the bay each year since 2019.", 0)]
    [InlineData("en", "table 2. The passengers carried across the bay each year since 2019 rose.", 0)]
    [InlineData("en", "Figure skating drew the largest crowd the town hall had seen in years.", 0)]
    public void Captions_ChosenOnlyToFillTheCount(string language, string caption, int expected)
    {
        // Every sentence scores the same, so the first eligible one is chosen: a caption on a line of its own is not,
        // unless the count cannot be reached otherwise.
        string text = caption + "\n" + language switch
        {
            "de" => "Der Stadtrat hat die alte Fähre in diesem Frühjahr in eine öffentliche Bibliothek umgebaut.",
            "fr" => "Le conseil municipal a transformé le vieux ferry en bibliothèque publique ce printemps.",
            _ => "The town council turned the old ferry into a public library this spring.",
        };
        ExtractiveSummarizer summarizer = ScoringAlike(Language.FromCode(language), minSentenceWords: 0);

        Assert.Equal([expected], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(1))));
        Assert.Equal([0, 1], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
    }

    [Theory]
    [InlineData("I hope this email finds you well. I am writing to ask whether your group accepts PhD students this autumn.")]
    [InlineData("Follow us on Twitter for the latest updates on the storm. The storm left about 200,000 homes without power.")]
    [InlineData("We use cookies to improve your experience.\n\nThe council voted on Tuesday to add twelve bus routes.")]
    // A news page's inline promo of another story: its label and a colon.
    [InlineData("RELATED: Lakeport's light-rail line missed its ridership targets, and critics say ours could too.\n\nThe council voted on Tuesday to add twelve bus routes.")]
    [InlineData("MORE: Riverside's bus drivers vote to strike over pay, and the transit agency warns of delays.\n\nThe council voted on Tuesday to add twelve bus routes.")]
    [InlineData("WATCH: The council's vote on the light-rail plan, from the start of the debate to the last count.\n\nThe council voted on Tuesday to add twelve bus routes.")]
    [InlineData("Lea también: El Ayuntamiento aprueba la ampliación del metro hasta el aeropuerto.\n\nEl pleno votó el martes a favor de doce nuevas líneas de autobús.")]
    // A speech's salutation, exclaimed on a line of its own.
    [InlineData("Liebe Lena, lieber Jonas, liebe Familien, liebe Freunde!\n\nHeute feiern wir zwei Menschen, die sich vor vier Jahren im Kletterkurs kennengelernt haben.")]
    [InlineData("Дорогие друзья, уважаемые коллеги и гости праздника!\n\nСегодня мы открываем новую библиотеку в центре города, которую строили три года.")]
    // A contact line in any language: an e-mail address, perhaps a phone number, in a few words.
    [InlineData("Mande um e-mail para visitas@museu-exemplo.pt ou ligue para 21 555 0100.\n\nO museu abre de terça a domingo e a entrada é gratuita às quartas-feiras.")]
    [InlineData("Stuur al je vragen over lenen en reserveren naar balie@bieb-voorbeeld.nl.\n\nDe bibliotheek is op zondag gesloten en op maandag open tot negen uur.")]
    public void CourtesiesAndCallsToAction_ChosenOnlyToFillTheCount(string text)
    {
        // Every sentence scores the same, so the first eligible one is chosen: not the courtesy or call before it.
        ExtractiveSummarizer summarizer = s_inOrder;

        Assert.Equal([1], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(1))));
        Assert.Equal([0, 1], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
    }

    [Theory]
    [InlineData("The sound is very good for the price.\nTwelve people found this helpful.\nThe case is large and does not fit in my bag.")]
    [InlineData("El sonido es muy bueno por el precio.\nA 7 personas les ha parecido útil.\nEl estuche es grande y no cabe en mi bolso.")]
    [InlineData("Der Klang ist für den Preis sehr gut.\n12 Personen fanden diese Informationen hilfreich.\nDas Etui ist groß und passt nicht in meine Tasche.")]
    [InlineData("Le son est très bon pour le prix.\n12 personnes ont trouvé cela utile.\nL'étui est grand et ne tient pas dans mon sac.")]
    [InlineData("Le son est très bon pour le prix.\n9 membres ont trouvé cette critique utile.\nL'étui est grand et ne tient pas dans mon sac.")]
    [InlineData("Het geluid is erg goed voor de prijs.\n9 mensen vonden dit nuttig.\nDe hoes is groot en past niet in mijn tas.")]
    public void ReviewVoteLines_ChosenOnlyToFillTheCount(string text)
    {
        // A review page's vote line says nothing of the product, however long. Every sentence scores the same.
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new Ranking.SentenceRankerTests.ConstantRanker(), MinSentenceWords = 0 });

        Assert.Equal([0, 2], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
        Assert.Equal([0, 1, 2], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(3))));
    }

    [Theory]
    // A review's vote buttons with their counts, in any language, after the question on its line or under it.
    [InlineData("Âm thanh tốt, pin dùng được cả ngày dài.\nBạn thấy đánh giá này có hữu ích không? Có (12) | Không (3)\nHộp sạc hơi to so với túi áo của tôi.")]
    [InlineData("Dźwięk jest bardzo dobry jak na tę cenę.\nCzy ta opinia była przydatna?\nTak (12) · Nie (3)\nEtui jest duże i nie mieści się w mojej torbie.")]
    // Buttons parted by spaces alone.
    [InlineData("Zvuk je na tu cenu velmi dobrý.\nByla tato recenze užitečná? Ano (8) Ne (1)\nPouzdro je velké a nevejde se do mé tašky.")]
    public void ReviewVoteWidgets_AnyLanguage_ChosenOnlyToFillTheCount(string text)
    {
        // The question asks for a vote and says nothing of the product. Every sentence scores the same.
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Ranker = new Ranking.SentenceRankerTests.ConstantRanker(), MinSentenceWords = 0 });

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(2));

        Assert.Equal(2, summary.Sentences.Count);
        Assert.DoesNotContain(summary.Sentences, s => s.Text.EndsWith('?') || s.Text.Contains('('));
    }

    [Fact]
    public void CopiedPageFurniture_ItsLinesOneSegment_ChosenOnlyToFillTheCount()
    {
        // The furniture's lines are one segment (the phrase ends at a line break too); the hatnote under them opens with
        // a sentence starter, so it is a segment of its own. Every sentence scores the same.
        const string text = "From Wikipedia, the free encyclopedia\nJump to navigation Jump to search\nFor the town in Scotland, see Port Alder (Argyll).\nPort Alder is a town on the west coast.";
        ExtractiveSummarizer summarizer = s_inOrder;

        Assert.Equal(3, summarizer.SplitterFor(text).Split(text).Count);
        Assert.Equal([1, 2], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
        Assert.Equal([0, 1, 2], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(3))));
    }

    [Theory]
    [InlineData("es", "Madrid, 3 de diciembre de 2026.", 1)]
    [InlineData("pt", "Rio de Janeiro, 12 de março.", 1)]
    [InlineData("de", "Berlin, 3. Dezember 2026.", 1)]
    [InlineData("ru", "Новосибирск, 14 марта.", 1)]
    [InlineData("und", "Hà Nội, ngày 3 tháng 12.", 1)]
    [InlineData("ar", "القاهرة، 3/12/2026.", 1)]
    [InlineData("en", "WASHINGTON, 12/3/2026.", 1)]
    [InlineData("en", "Today, we launched version 2.", 0)]
    [InlineData("en", "Last year, sales grew 12 percent.", 0)]
    [InlineData("en", "In May, prices rose 3 percent.", 0)]
    [InlineData("en", "Paris, France, is where the 2 met.", 0)]
    public void Datelines_OfTheirOwn_ChosenOnlyToFillTheCount(string language, string opening, int expected)
    {
        // Every sentence scores the same, so the first eligible one is chosen: a dateline read as a sentence is not.
        string text = opening + " " + (language switch
        {
            "es" => "El Gobierno aprobó un plan de ayudas para las pequeñas empresas.",
            "pt" => "O Governo anunciou a compra de novos comboios para a rede suburbana.",
            "de" => "Die Regierung hat ein neues Förderprogramm für kleine Unternehmen beschlossen.",
            "ru" => "Правительство утвердило новую программу поддержки малого бизнеса.",
            "und" => "Chính phủ vừa phê duyệt kế hoạch đầu tư vào đường sắt đô thị.",
            "ar" => "أعلنت الحكومة اليوم عن خطة جديدة لدعم المشروعات الصغيرة.",
            _ => "The council approved a plan to build protected bike lanes downtown.",
        });
        ExtractiveSummarizer summarizer = ScoringAlike(Language.FromCode(language), minSentenceWords: 0);

        Assert.Equal(2, summarizer.SplitterFor(text).Split(text).Count);
        Assert.Equal([expected], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(1))));
        Assert.Equal([0, 1], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
    }

    [Theory]
    [InlineData("By . Tom Reyes . Saturday 06:25 GMT, 9 April 2016 . Mayors of three coastal towns agreed to share one flood barrier. They will ask for funds in June.")]
    [InlineData("by . tom reyes . posted : . saturday 06:25 gmt , 9 april 2016 . | . updated : . saturday 11:40 gmt , 9 april 2016 . mayors of three coastal towns agreed to share one flood barrier . they will ask for funds in june .")]
    [InlineData("Saturday, 9 April 2016, 6:25 p.m. BST . Mayors of three coastal towns agreed to share one flood barrier. They will ask for funds in June.")]
    public void TimeStamps_OfTheirOwn_ChosenOnlyToFillTheCount(string text)
    {
        // Every sentence scores the same, so the first eligible one is chosen: a byline's time stamp is not.
        ExtractiveSummarizer summarizer = ScoringAlike(Language.FromCode("en"));
        var sentences = summarizer.SplitterFor(text).Split(text);
        int lead = sentences.ToList().FindIndex(s => s.Slice(text).StartsWith("mayors", StringComparison.OrdinalIgnoreCase));

        Assert.True(lead > 0);
        Assert.Equal([lead], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(1))));
    }

    [Fact]
    public void Dateline_AfterTheTitle_ButNotAfterASentence()
    {
        ExtractiveSummarizer summarizer = ScoringAlike(Language.FromCode("es"));
        const string dateline = "Madrid, 3 de diciembre de 2026.";
        const string lead = "El Gobierno aprobó un plan de ayudas para las pequeñas empresas.";

        Summary afterTitle = summarizer.Summarize("Ayudas para las pymes\n\n" + dateline + " " + lead, SummaryBudget.Sentences(1));
        Summary afterSentence = summarizer.Summarize(lead + " " + dateline + " " + lead, SummaryBudget.Sentences(2));

        Assert.Equal(lead, Assert.Single(afterTitle.Sentences).Text);
        Assert.Equal([0, 1], Indexes(afterSentence));
    }

    [Fact]
    public void SentenceCount_FilledByShortContentBeforeWhatSaysNothing()
    {
        // A call to action ranks first (every sentence scores the same); a count that the long sentences cannot
        // reach takes the short sentence of content next, and the call last.
        const string text = "Follow us on Twitter for the latest updates on the storm. "
            + "The storm left about 200,000 homes without power. Crews came at dawn.";
        ExtractiveSummarizer summarizer = s_inOrder;

        Assert.Equal([1, 2], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
        Assert.Equal([0, 1, 2], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(3))));
    }

    [Theory]
    [InlineData("en", "Q: Cyclists say the bike lanes are dangerous. Will you fix them?\nA: Yes. Every painted lane will get a physical barrier by 2028.")]
    [InlineData("de", "Frage: Radfahrer halten die Radwege für gefährlich. Ändern Sie das?\nAntwort: Ja. Jeder Radweg bekommt bis 2028 eine feste Barriere.")]
    // Bold that wraps the whole question, its label included.
    [InlineData("en", "**Q: Cyclists call the bike lanes dangerous.**\n\nYes. Every painted lane will get a physical barrier by 2028.", 1)]
    [InlineData("es", "**PREGUNTA: Los ciclistas dicen que los carriles bici son peligrosos.**\n\nSí. Cada carril pintado tendrá una barrera física en 2028.", 1)]
    // A period after the label, as the Spanish press writes it.
    [InlineData("es", "P.: Los ciclistas dicen que los carriles bici son peligrosos.\nR.: Sí. Cada carril pintado tendrá una barrera física en 2028.", 1)]
    public void InterviewersQuestionTurn_ChosenOnlyToFillTheCount(string language, string text, int expected = 2)
    {
        // Every sentence scores the same: the first eligible one is the answer's, not the question's statement.
        ExtractiveSummarizer summarizer = ScoringAlike(Language.FromCode(language), minSentenceWords: 0);

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(1));

        Assert.Equal(expected, Assert.Single(summary.Sentences).Index);
    }

    [Theory]
    [InlineData("en", "Q: Do you deliver to the islands? A: Yes. The ferry takes our parcels every Tuesday.", 1)]
    [InlineData("es", "P: ¿Envían a las islas? R: Sí. El barco lleva nuestros paquetes cada martes.", 1)]
    public void AnswerOnItsQuestionsLine_IsContent(string language, string text, int expected)
    {
        // A plain-text FAQ puts the answer on its question's line: the question's turn ends at the answer's label.
        // Every sentence scores the same: the first eligible one is the answer's.
        ExtractiveSummarizer summarizer = ScoringAlike(Language.FromCode(language), minSentenceWords: 0);

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(1));

        Assert.Equal(expected, Assert.Single(summary.Sentences).Index);
    }

    [Theory]
    [InlineData("en", "Ledger: Mr. Okafor, the ferry has run at a loss for years. Why keep it?\n\n"
        + "Okafor: Because the island has no bridge. Forty families would lose their only road to the mainland.\n\n"
        + "LEDGER: Could a smaller boat do the job?\n\n"
        + "Okafor: It could in summer. In winter the strait is too rough for anything under thirty metres.\n\n"
        + "Okafor: We tested one in 2019.")]
    [InlineData("de", "Kurier: Frau Brandt, die Fähre fährt seit Jahren mit Verlust. Warum halten Sie an ihr fest?\n\n"
        + "Brandt: Weil die Insel keine Brücke hat. Vierzig Familien verlören ihre einzige Verbindung zum Festland.\n\n"
        + "Kurier: Ginge es mit einem kleineren Schiff?\n\n"
        + "Brandt: Im Sommer schon. Im Winter ist die Meerenge für alles unter dreißig Metern zu rau.\n\n"
        + "Brandt: Wir haben 2019 eines getestet.")]
    // The interviewer has the last word, thanking the interviewee, with no answer after it.
    [InlineData("en", "Ledger: Mr. Okafor, the ferry has run at a loss for years. Why keep it?\n\n"
        + "Okafor: Because the island has no bridge. Forty families would lose their only road to the mainland.\n\n"
        + "Ledger: Could a smaller boat do the job?\n\n"
        + "Okafor: It could in summer. In winter the strait is too rough for anything under thirty metres.\n\n"
        + "Okafor: We tested one in 2019.\n\n"
        + "Ledger: Mr. Okafor, thank you for talking to us.")]
    // ... and the page's labelled footer after the thanks.
    [InlineData("de", "Kurier: Frau Brandt, die Fähre fährt seit Jahren mit Verlust. Warum halten Sie an ihr fest?\n\n"
        + "Brandt: Weil die Insel keine Brücke hat. Vierzig Familien verlören ihre einzige Verbindung zum Festland.\n\n"
        + "Kurier: Ginge es mit einem kleineren Schiff?\n\n"
        + "Brandt: Im Sommer schon. Im Winter ist die Meerenge für alles unter dreißig Metern zu rau.\n\n"
        + "Kurier: Frau Brandt, vielen Dank für das Gespräch.\n\n"
        + "Zur Person: Anna Brandt, 48, leitet seit 2019 die Inselreederei.\n\n"
        + "Brandt: Wir haben 2019 eines getestet.")]
    public void InterviewersTurn_LabelledWithAnotherName_ChosenOnlyToFillTheCount(string language, string text)
    {
        // A magazine labels its questions with its own name: the label whose turns ask, each answered by the label that
        // opens the most turns, is the interviewer's, as "Q:" is. Every sentence scores the same: the first eligible
        // one is the answer's, not the question's statement.
        ExtractiveSummarizer summarizer = ScoringAlike(Language.FromCode(language), minSentenceWords: 0);

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(1));

        Assert.Equal(2, Assert.Single(summary.Sentences).Index);
    }

    [Theory]
    // The interviewer's turn that states rather than asks (the news the interview is about) is content; the turns
    // that ask only fill.
    [InlineData("Ledger: The council voted last night to close the ferry.\n\nOkafor: We did not expect it.\n\n"
        + "Ledger: Why keep fighting?\n\nOkafor: Because the island has no bridge.\n\nLedger: And the winter?\n\n"
        + "Okafor: The strait is too rough.\n\nOkafor: We tested a boat in 2019.", 2, "0 1")]
    // Two speakers of a meeting who both state things: neither is an interviewer, and the first line is chosen.
    [InlineData("Dana: The ferry ran at a loss for six years.\n\nOmar: The island still has no bridge.\n\n"
        + "Dana: A smaller boat was tested in 2019.\n\nOmar: It failed in the winter storms.\n\nOmar: We kept the old one.", 1, "0")]
    public void SpeakersStatements_AreContent(string text, int count, string expected)
    {
        // Every sentence scores the same: the first eligible ones are chosen.
        ExtractiveSummarizer summarizer = ScoringAlike(Language.FromCode("en"), minSentenceWords: 0);

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(count));

        Assert.Equal(expected, string.Join(' ', Indexes(summary)));
    }

    [Fact]
    public void CaptionsCredit_OnItsLine_ChosenOnlyToFillTheCount()
    {
        // The credit after a caption is a segment of its own; it describes the picture as the caption does.
        const string text = "The storm left about 200,000 homes without power.\n\n"
            + "Image: A fallen tree blocks a road in Portland. (Photo by John Smith/Getty Images)\n\n"
            + "Crews from six states were working to restore power.";
        ExtractiveSummarizer summarizer = s_inOrder;

        Assert.Equal([0, 3], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
        Assert.Equal(4, summarizer.Summarize(text, SummaryBudget.Sentences(4)).Sentences.Count);
    }

    [Fact]
    public void TranscriptsGreeting_NamingTheOccasion_ChosenOnlyToFillTheCount()
    {
        // A meeting's greeting names the meeting, and the ranker prefers the first thing said; the selection does not.
        const string text = "Speaker 1 (00:00):\nWelcome, everyone, and thanks for joining the quarterly review.\n\n"
            + "Speaker 2 (00:06):\nRevenue grew twelve percent this quarter, mostly from the new storage product.";
        ExtractiveSummarizer summarizer = s_inOrder;

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(1));

        Assert.Equal("Revenue grew twelve percent this quarter, mostly from the new storage product.", Assert.Single(summary.Sentences).Text);
    }

    [Fact]
    public void Boilerplate_ChosenOnlyToFillTheCount_WithTheShortParagraphItIsIn()
    {
        // An employer's statement closes a job posting: its first sentence names what it is, and the short paragraph
        // it opens is boilerplate throughout. The ranker prefers the boilerplate; the selection does not.
        const string text = "Acme Logistics is hiring a backend engineer to build the services that route our parcels.\n\n"
            + "You will own the routing platform from the data model to production monitoring.\n\n"
            + "Acme Logistics is an equal opportunity employer. We welcome applicants of all backgrounds. "
            + "If you need an accommodation during the hiring process, please let us know.";
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal([0, 1], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
        Assert.Equal([0, 1, 4], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(3))));
    }

    [Fact]
    public void Boilerplate_ALicencesDisclaimerInCapitals_OnlyFillsACount()
    {
        // A README closes with its licence, whose disclaimer is written in capitals and wrapped over lines: its two
        // sentences are sentences, not a heading a line, and boilerplate. The ranker prefers them; the selection does not.
        const string text = "Kettle is a small library for parsing recipe files into typed objects.\n\n"
            + "It reads the common formats and reports every line it cannot read.\n\n"
            + "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n"
            + "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY. IN NO\n"
            + "EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR\n"
            + "OTHER LIABILITY, ARISING FROM THE USE OF THE SOFTWARE.";
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal(4, summarizer.SplitterFor(text).Split(text).Count);
        Assert.Equal([0, 1], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2))));
        Assert.Equal([0, 1, 3], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(3))));
    }

    [Fact]
    public void ReviewsReply_AndAStorysAppealToReaders_OnlyFillACount()
    {
        // The ranker prefers the last sentences: a business's reply under its heading, and a story's appeal to its
        // readers; the selection takes the review's and the story's sentences.
        const string review = "Great location but the room was tiny\n\n"
            + "The hotel is two minutes from the station. The shower drained so slowly that the bathroom flooded twice.\n\n"
            + "Response from the owner\n\nWe sincerely apologize that your stay did not meet your expectations. "
            + "We have asked our maintenance team to check every drain.";
        const string story = "The plant cut its output by a third this year. About 400 workers lost their jobs.\n\n"
            + "Have you been affected by the layoffs? Thanks for reading our coverage of the plant this year.";
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal([1, 2], Indexes(summarizer.Summarize(review, SummaryBudget.Sentences(2))));
        Assert.Equal([0, 1], Indexes(summarizer.Summarize(story, SummaryBudget.Sentences(2))));
    }

    [Fact]
    public void QuotedLines_UnderAReplysAttribution_OnlyFillACount_AQuotationInAPostIsContent()
    {
        // The ranker prefers the last sentences: the quoted message under a reply's attribution is the earlier one,
        // which the reply answers; a quotation in a post, under no attribution, is the post's.
        const string reply = "The dry run finished in under three hours, so we are on track. I will send the checklist tomorrow.\n\n"
            + "On Mon, Oct 5, 2026 at 9:14 AM, Jenna Park <jenna@example.com> wrote:\n"
            + "> The dry run for the payments database is scheduled for tonight.\n> Can we move the cutover to the weekend?";
        const string post = "We tried many things this year to make the build faster.\n\n"
            + "> Measure before you optimize, and measure again after every change.";
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal([0, 1], Indexes(summarizer.Summarize(reply, SummaryBudget.Sentences(2))));
        Assert.Equal([1], Indexes(summarizer.Summarize(post, SummaryBudget.Sentences(1))));
    }

    [Theory]
    // A forum's reply: it opens with the quoted post, or quotes it under a forum's attribution, and may quote it again
    // further down to answer it; a post that quotes after its own words keeps the quotation.
    [InlineData("> Has anyone tried the new firmware on the camera?\n\nI updated two days ago and it went smoothly.\n\n> Does the battery last?\n\nBattery life is about the same.", "1 3")]
    [InlineData("Re: Dishwasher not draining\n\nQuote from: plumbdude on May 12, 2024, 08:14:22 AM\n> Have you checked the filter at the bottom?\n\nYes, I cleaned the filter first thing.\n\n> Check the drain hose where it meets the disposal.\n\nThe plug in the disposal was still in.", "3 5")]
    [InlineData("plumbdude said:\n> Have you checked the filter at the bottom?\n\nYes, I cleaned the filter first thing.\n\n> Check the drain hose where it meets the disposal.\n\nThe plug in the disposal was still in.", "2 4")]
    [InlineData("We tried many things this year to make the build faster.\n\n> Measure before you optimize, and measure again after every change.\n\nThat advice held up for every change we made.", "1 2")]
    // An embedded post that a page copied into Markdown quotes, under its signature or with its picture link.
    [InlineData("A water main burst under the high street on Monday morning.\n\nShops were closed until the evening.\n\n> Water is pouring down the high street. Avoid the area.\n>\n> — Town Council (@TownCouncil) May 4, 2026", "0 1")]
    [InlineData("A water main burst under the high street on Monday morning.\n\nShops were closed until the evening.\n\n> Water is pouring down the high street. Avoid the area. pic.twitter.com/abc123", "0 1")]
    public void QuotedLines_InAForumReplyOrAnEmbeddedPost_OnlyFillACount(string text, string expected)
    {
        // The ranker prefers the last sentences.
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal(expected, string.Join(' ', Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2)))));
    }

    [Theory]
    // A meeting's greeting and procedure, a roll call, a preamble, thanks for a quick reply: what only fills a count.
    [InlineData("Good morning, everyone, and welcome to the quarterly town hall.")]
    [InlineData("Hi everyone, can you hear me okay?")]
    [InlineData("Motion by Smith, second by Lee, to approve the minutes of the January 22 meeting.")]
    [InlineData("Motion by Chen, second by Patel, to approve the agenda as presented.")]
    [InlineData("Present: Mayor Hart, Council Members Adams, Cho and Delgado.")]
    [InlineData("All notable changes to this project will be documented in this file.")]
    [InlineData("The format is based on Keep a Changelog, and this project adheres to Semantic Versioning.")]
    [InlineData("We'll take a quick break.")]
    [InlineData("When we come back, I want to ask you about cost.")]
    [InlineData("This Act may be cited as the Clean Harbors Act of 2025.")]
    [InlineData("Please read these Terms of Service carefully before using the app.")]
    [InlineData("Thanks for getting back to me so quickly.")]
    [InlineData("Our Standards: The Thomson Reuters Trust Principles.")]
    // A store's or a booking site's notes on its reviews and listings.
    [InlineData("The developer, Nordlight Labs, indicated that the app\u2019s privacy practices may include handling of data as described below.")]
    [InlineData("Reviews are from verified guests who booked and stayed.")]
    [InlineData("One of the most loved homes on Airbnb, according to guests")]
    public void MeetingAndDocumentFurniture_IsRecognized(string sentence)
    {
        SplittingRules rules = SplittingRules.For("en");

        Assert.True(rules.IsProcedure(sentence) || rules.IsBoilerplate(sentence) || rules.IsCourtesy(sentence), sentence);
    }

    [Theory]
    // A press conference's running order as its moderator announces it, in each language's words.
    [InlineData("en", "The mayor will make a brief statement, followed by a period of questions from the floor.")]
    [InlineData("de", "Der Bürgermeister spricht zuerst, anschließend ist Zeit für Fragen.")]
    [InlineData("fr", "Le maire fera une courte déclaration, suivie d'une séance de questions.")]
    [InlineData("es", "El alcalde hará una breve declaración, seguida de un turno de preguntas.")]
    [InlineData("it", "Il sindaco farà una breve dichiarazione, poi seguiranno le domande.")]
    [InlineData("pt", "O presidente da câmara fará uma breve declaração, seguindo-se um período de perguntas.")]
    [InlineData("nl", "De burgemeester legt eerst een korte verklaring af, daarna is er gelegenheid tot vragen.")]
    [InlineData("ru", "Мэр сделает краткое заявление, после чего ответит на вопросы журналистов.")]
    [InlineData("pl", "Burmistrz wygłosi krótkie oświadczenie, a następnie odpowie na pytania dziennikarzy.")]
    public void PressConferencesRunningOrder_IsProcedure(string language, string sentence) =>
        Assert.True(SplittingRules.For(language).IsProcedure(sentence), sentence);

    [Theory]
    // A story about a press conference reports what was said, not the running order.
    [InlineData("The mayor will make a short statement on Friday about the budget.")]
    [InlineData("Her speech was followed by questions from reporters about the strike.")]
    public void PressConferencesRunningOrder_LeavesTheStoryAlone(string sentence) =>
        Assert.False(SplittingRules.For("en").IsProcedure(sentence), sentence);

    [Fact]
    public void FieldsOfRecord_OnlyFillACount()
    {
        // A paper's keywords and a meeting's date and attendance name what the document is filed as; the ranker prefers
        // the first sentences.
        const string paper = "**Keywords:** fracture repair; microbiome; aging; short-chain fatty acids; osteoblasts\n\n"
            + "The gut microbiome regulates bone mass through immune and metabolic pathways in young and aged animals.\n\n"
            + "Antibiotic treatment reduced callus bone volume by 38 percent in aged mice but had no effect in young mice.";
        const string minutes = "Date: Tuesday, 8 October 2024, 7:00 p.m.\nPresent: Mayor Hart, Council Members Adams and Cho\n\n"
            + "The council awarded the roof repair contract to Allied Mechanical for the amount it had bid in August.\n\n"
            + "The parking lot project was delayed until the spring because the state grant had not yet been paid.";
        ExtractiveSummarizer summarizer = s_inOrder;

        Assert.Equal([1, 2], Indexes(summarizer.Summarize(paper, SummaryBudget.Sentences(2))));
        Assert.Equal([2, 3], Indexes(summarizer.Summarize(minutes, SummaryBudget.Sentences(2))));
    }

    [Theory]
    [InlineData("The council voted to approve the budget at present levels.")]
    [InlineData("At present the harbour holds twelve ships.")]
    [InlineData("Thanks to a quick repair, the ferry sailed on time.")]
    [InlineData("The team said that when we come back from the break the plan changes.")]
    [InlineData("The scans will stay with us forever.")]
    public void MeetingAndDocumentFurniture_LeavesProseAlone(string sentence)
    {
        SplittingRules rules = SplittingRules.For("en");

        Assert.False(rules.IsProcedure(sentence) || rules.IsBoilerplate(sentence) || rules.IsCourtesy(sentence), sentence);
    }

    [Theory]
    [InlineData("en", "-----Original Message-----", true)]
    [InlineData("en", "-------- Original message --------", true)]
    [InlineData("de", "-----Ursprüngliche Nachricht-----", true)]
    [InlineData("fr", "-----Message d'origine-----", true)]
    [InlineData("en", "Original Message", false)]
    [InlineData("en", "---- References ----", false)]
    public void EarlierMessageRule_IsAMailClientsRuleAroundTheName(string language, string line, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsEarlierMessageRule(line));

    [Theory]
    // A note on the author under an op-ed's headline, the ranker preferring the first sentences.
    [InlineData("Our city does not need another parking garage\n\nHelen Achebe is a former city council member and the author of \"Streets for People.\"\n\nThe city council will vote next week on a $38 million parking garage downtown. Supporters say it will save struggling shops.\n\nThe city's own study found that the existing garages are, on average, 58% full at peak hours.", false, "2 3")]
    [InlineData("— Jane Doe is a freelance writer based in Lisbon.\n\nThe ferry to the islands stopped running in March after the operator lost its licence. Residents now take a bus and a boat.", false, "1 2")]
    // One at the end of a report or a column, the ranker preferring the last sentences.
    [InlineData("The City Council voted 9-2 on Wednesday to approve a $120 million plan to replace the water mains.\n\nConstruction is expected to begin in the spring and last about six years.\n\nRachel Kim covers city government for The Daily Ledger. Reach her at rkim@ledger.example.", true, "0 1")]
    [InlineData("Der Stadtrat hat am Mittwoch den Bau einer neuen Brücke über den Fluss beschlossen.\n\nDie Arbeiten sollen im Frühjahr beginnen und drei Jahre dauern.\n\nAnna Weber ist Redakteurin im Ressort Lokales.", true, "0 1")]
    [InlineData("Tariffs on steel will not bring the mills back, and the writer of the plan knows it.\n\nThe mills closed because the plants abroad were newer.\n\nThe writer is a former trade negotiator and a fellow at the Lowy Institute.", true, "0 1")]
    // Not a note: a profile names its subject again, a source is named before, a note inside a paragraph or the
    // text's only paragraph is content.
    [InlineData("Jane Doe is an American journalist and the author of three books on the sea.\n\nDoe grew up in a fishing town in Maine and studied biology before she began to write.", false, "0 1")]
    [InlineData("The study found that rents rose faster than wages in every city, said Maria Lopez, who led it.\n\nThe city plans to publish its own figures next month.\n\nMaria Lopez is a professor of economics and the author of the study.", true, "1 2")]
    [InlineData("The council voted to rebuild the bridge over the river this spring.\n\nThe work will take three years. Rachel Kim covers city government for The Daily Ledger.", true, "1 2")]
    [InlineData("Rachel Kim covers city government for The Daily Ledger. She has written about the council's budget for six years and won two prizes for it.", true, "0 1")]
    // A person that a report describes in its body, or names again before its last paragraph, is content, whatever the role.
    [InlineData("The county will close two of its five clinics in June.\n\nJohn Smith is a pharmacist who lost his job when the clinic in Eastfield closed.\n\nThe board will meet again in May to discuss the budget.", true, "1 2")]
    [InlineData("The county will close two of its five clinics in June.\n\nThe closures were proposed by John Smith last year.\n\nJohn Smith is a pharmacist and the head of the county board.", true, "1 2")]
    public void AuthorNote_AtTheTopOrEnd_OnlyFillsACount(string text, bool reverse, string expected)
    {
        ExtractiveSummarizer summarizer = reverse ? s_lastFirst : s_inOrder;

        Assert.Equal(expected, string.Join(' ', Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2)))));
    }

    [Theory]
    // At the text's end a role of any kind will do, a credential may follow the name, the page's disclaimer, links and
    // copyright may follow the note, and a language may write a dash for the verb; the ranker prefers the last sentences.
    [InlineData("en", "Tom Reyes is a civil engineer in Fresno and a member of the county water board.", "\n\nThe views expressed in this column are the author's own.\n\nRead more:\n- Why the wells ran dry\n\n© 2026 The Valley Courier")]
    [InlineData("en", "Jane Roe, M.D., is a pediatrician in Eastfield and a mother of two.", "")]
    [InlineData("ru", "Иван Петров — экономист, автор книги «Деньги и город».", "\n\nМнение автора может не совпадать с позицией редакции.")]
    [InlineData("sv", "Erik Holm är ingenjör i Västerås.", "\n\nLäs också: Varför brunnarna sinar")]
    public void AuthorNote_AtTheEnd_AnyRole_OnlyFillsACount(string language, string note, string after)
    {
        string body = language switch
        {
            "ru" => "Город закроет две из пяти поликлиник в июне, чтобы сэкономить деньги.\n\nЖителям севера придётся ехать час до врача.",
            "sv" => "Kommunen stänger två av fem vårdcentraler i juni för att spara pengar.\n\nInvånarna i norr får åka en timme till läkaren.",
            _ => "The county will close two of its five clinics in June to save $4 million a year.\n\nPatients in the north will drive an hour to see a doctor.",
        };
        ExtractiveSummarizer summarizer = s_lastFirst;

        Summary summary = summarizer.Summarize(body + "\n\n" + note + after, SummaryBudget.Sentences(2));

        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains(note[..8], StringComparison.Ordinal));
    }

    [Fact]
    public void ChatGreetings_UnderARoleLabel_AreAsShortAsWhatIsSaid()
    {
        const string chat = "[14:02] Javier (agent): Hello, good morning.\n[14:02] Customer: i was charged twice for the same purchase with my card\n"
            + "[14:03] Javier (agent): I can see two payments of 84.90 euros to the shop on 19/02, two minutes apart.\n"
            + "[14:04] Javier (agent): If it is still there on 1 March, we will refund the amount provisionally.\n"
            + "[14:05] Javier (agent): You too!\n[14:05] Javier (agent): Have a nice day.";

        Summary summary = s_inOrder.Summarize(chat, SummaryBudget.Sentences(3));

        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("good morning", StringComparison.Ordinal) || s.Text.Contains("nice day", StringComparison.Ordinal) || s.Text.Contains("You too", StringComparison.Ordinal));
    }

    [Theory]
    // A business's reply under each review, under its heading with its date, under a label, or under a heading that
    // ends the paragraph before it; the ranker prefers the last sentences.
    [InlineData("Sarah W.\n★★★★★ 2 weeks ago\nBest carbonara I have had outside Rome. The pasta is made fresh every morning.\n\nResponse from the owner 1 week ago\nThank you so much, Sarah! We are delighted you enjoyed our fresh pasta and we hope to welcome you back soon.\n\nTom B.\n★★★☆☆ a month ago\nFood was good but the wait was ridiculous. We waited 45 minutes for a table even with a reservation.\n\nResponse from the owner a month ago\nDear Tom, we apologise for the wait on a busy Friday night. We are hiring more staff for the restaurant.")]
    [InlineData("★★★★★\nBest carbonara I have had outside Rome. The pasta is made fresh every morning.\n\nResponse from the owner: Thank you so much, Sarah! We are delighted you enjoyed our fresh pasta and we hope to welcome you back soon.\n\n★★★☆☆\nFood was good but the wait was ridiculous. We waited 45 minutes for a table even with a reservation.")]
    [InlineData("Best carbonara\nBest carbonara I have had outside Rome. The pasta is made fresh every morning.\n\nResponse from RomaTrattoriaGM, General Manager\nResponded 1 week ago\nThank you so much, Sarah! We are delighted you enjoyed our fresh pasta and we hope to welcome you back soon.\n\nToo slow\nFood was good but the wait was ridiculous. We waited 45 minutes for a table even with a reservation.\n\nResponse from RomaTrattoriaGM, General Manager\nResponded 2 days ago\nWe are sorry about the wait and have added staff on weekends. We hope to see you again.")]
    // A reply that names the business: over when it was written, or over its writer's role.
    [InlineData("★★★★★\nBest carbonara I have had outside Rome. The pasta is made fresh every morning.\n\nReply from Trattoria Lupa\n2 days ago\nThank you so much, Sarah! We are delighted you enjoyed our fresh pasta and we hope to welcome you back soon.\n\n★★★☆☆\nFood was good but the wait was ridiculous. We waited 45 minutes for a table even with a reservation.")]
    [InlineData("★★★★★\nBest carbonara I have had outside Rome. The pasta is made fresh every morning.\n\n> **Comment from Marta R. of Trattoria Lupa**\n> Business Owner\n> Thank you so much, Sarah! We are delighted you enjoyed our fresh pasta and we hope to welcome you back soon.\n\n★★★☆☆\nFood was good but the wait was ridiculous. We waited 45 minutes for a table even with a reservation.")]
    // A reply's label on its own line in the review's paragraph, under the review's votes.
    [InlineData("★★★★★\nBest carbonara I have had outside Rome. The pasta is made fresh every morning.\nHelpful (12)\nSeller response: Thank you so much, Sarah! We are delighted you enjoyed our fresh pasta and we hope to welcome you back soon.\n\n★★★☆☆\nFood was good but the wait was ridiculous. We waited 45 minutes for a table even with a reservation.")]
    public void BusinessReply_UnderAReview_OnlyFillsACount(string text)
    {
        ExtractiveSummarizer summarizer = s_lastFirst;

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(3));

        Assert.Equal(
            ["The pasta is made fresh every morning.", "Food was good but the wait was ridiculous.", "We waited 45 minutes for a table even with a reservation."],
            summary.Sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("en", "Response from the owner 1 week ago", true)]
    [InlineData("en", "Developer Response", true)]
    [InlineData("es", "Respuesta del propietario hace 2 semanas", true)]
    [InlineData("en", "Response from the owner: Thank you, Sarah!", true)]
    [InlineData("en", "Response from the owner was swift and he fixed the tap the same day.", false)]
    [InlineData("en", "Host response time was under an hour.", false)]
    [InlineData("en", "Developer response times", false)]
    [InlineData("en", "Response from the owner, March 2024", true)]
    [InlineData("de", "Antwort des Gastgebers vor 2 Wochen", true)]
    [InlineData("en", "Responded 2 weeks ago", true)]
    [InlineData("en", "Responded Mar 3, 2024", true)]
    [InlineData("en", "Responded within an hour to every message.", false)]
    // Markdown's emphasis around the label or the heading.
    [InlineData("en", "**Response from the owner:**", true)]
    [InlineData("de", "*Antwort des Gastgebers vor 3 Tagen*", true)]
    [InlineData("en", "**Response from the owner was quick** and kind.", false)]
    // The labels of every language and of the big marketplaces, a full-width colon among them.
    [InlineData("zh", "商家回复：谢谢您的光临，欢迎下次再来！", true)]
    [InlineData("zh", "客服回复了我的问题，很快。", false)]
    [InlineData("ja", "ショップからの回答", true)]
    [InlineData("ko", "사장님 댓글: 감사합니다!", true)]
    [InlineData("ru", "Ответ магазина: Здравствуйте, Олег! Спасибо.", true)]
    [InlineData("ru", "Ответ продавца меня удивил.", false)]
    [InlineData("tr", "Satıcı Yanıtı: Merhaba, teşekkürler.", true)]
    [InlineData("pl", "Odpowiedź sprzedawcy", true)]
    [InlineData("cs", "Odpověď prodejce: Dobrý den, děkujeme.", true)]
    [InlineData("el", "Απάντηση καταστήματος: Ευχαριστούμε!", true)]
    [InlineData("hu", "A bolt válasza: Köszönjük!", true)]
    [InlineData("ro", "Răspunsul vânzătorului: Vă mulțumim!", true)]
    [InlineData("fi", "Myyjän vastaus: Kiitos palautteesta!", true)]
    [InlineData("id", "Balasan Penjual: Terima kasih kak!", true)]
    [InlineData("vi", "Phản hồi của người bán: Cảm ơn bạn!", true)]
    [InlineData("ar", "رد البائع: شكرا لك!", true)]
    [InlineData("he", "תגובת החנות: תודה רבה!", true)]
    [InlineData("pt", "Resposta da empresa · 02/04/2024", true)]
    [InlineData("en", "Property response:", true)]
    public void BusinessReplyHeading_IsTheReplysHeadingOrLabel(string language, string line, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsBusinessReplyHeading(line));

    [Theory]
    // A reply that names the business or its writer, with a colon, over when it was written or over a role.
    [InlineData("en", "Reply from Trattoria Lupa", "2 days ago", true)]
    [InlineData("en", "Response from Trattoria Lupa: Thanks, Ann!", "", true)]
    [InlineData("en", "**Response from Trattoria Lupa**:", "Thanks, Ann!", true)]
    [InlineData("en", "Comment from Marta R. of Trattoria Lupa", "> Business Owner", true)]
    [InlineData("pt", "Resposta da Pousada Sol Nascente: Prezada Ana, obrigado.", "", true)]
    [InlineData("it", "Risposta di Trattoria Lupa", "3 settimane fa", true)]
    // A travel site's heading that names who replies, a role, "at" and the business, of any length, over the reply's text.
    [InlineData("en", "Response from Guest Relations Manager, Reception Desk at The Old Harbour View Inn", "Dear guest, thank you for staying with us.", true)]
    [InlineData("en", "Response from Mayor Ellis at the town meeting", "Dear residents, thank you.", false)]
    // A name alone over the reply's text, a sentence, a name in lower case.
    [InlineData("en", "Reply from Trattoria Lupa", "Thank you so much, Sarah!", false)]
    [InlineData("en", "Response from the Ministry was slow.", "2 days ago", false)]
    [InlineData("en", "Response from readers", "2 days ago", false)]
    // A host's first name alone over the reply's text, as a rental site heads it; not over a line in lower case.
    [InlineData("en", "Response from Marco", "Thanks, Jo! Come back anytime.", true)]
    [InlineData("en", "Response from Marco:", "Thanks, Jo! Come back anytime.", true)]
    [InlineData("en", "Response from Marco", "and his team", false)]
    // The English labels on a page in another language, whose site keeps its chrome in English.
    [InlineData("id", "Seller response: Terima kasih kak!", "", true)]
    [InlineData("de", "Response from the owner 1 week ago", "", true)]
    public void BusinessReplyHeadingOver_NamesTheBusiness(string language, string line, string nextLine, bool expected) =>
        Assert.Equal(expected, SplittingRules.For(language).IsBusinessReplyHeadingOver(line, nextLine));

    [Theory]
    // A match report's line-ups and scorers, the ranker preferring the last sentences.
    [InlineData("Arsenal beat Chelsea 3-1 at the Emirates on Sunday to move two points clear at the top.\n\nBukayo Saka scored twice in the second half of the game.\n\nArsenal: Raya; White, Saliba, Gabriel, Timber; Rice, Odegaard, Havertz; Saka, Jesus, Martinelli.\nGoals: Saka 52, 78, Havertz 60; Palmer 70 (pen).", 2, "0 1")]
    [InlineData("Finisce 4-4 il derby d'Italia a San Siro, una delle partite più pazze degli ultimi anni.\n\nLa Juventus rimonta con una doppietta di Kenan Yildiz nel finale.\n\nRETI: 15' pt Zielinski (rig.), 21' pt Vlahovic, 35' pt Mkhitaryan, 37' pt Dumfries.", 2, "0 1")]
    // Names in a sentence that says what they did, and a list after a time, are content.
    [InlineData("The charity single was recorded in London last week.\n\nOther contributors include Sting, Mariah Carey, Elton John, Noel Gallagher and Simon Cowell.", 1, "1")]
    [InlineData("The festival opens on Friday in the old harbour.\n\nThe first talks start at 10:30, with Ann Lee, Bob Ray, Cy Fox and Dee Moss.", 1, "1")]
    [InlineData("The festival opens on Friday in the old harbour.\n\nSpeakers: the mayor, the harbour master, two fishermen and a baker.", 1, "1")]
    // A match report's box of facts, each line a label, a colon and its value; the ranker prefers the last sentences.
    [InlineData("Harbour Town won 2-0 at Eastfield on Saturday and climb to third in the league.\n\nBoth goals came from set pieces after the break.\n\nScorers: 48' Okoro (H), 77' Lind (H).\nReferee: Paul Dunne (Leeds).\nAttendance: 8,412.", 2, "0 1")]
    [InlineData("Der VfL hat das Derby am Samstag mit 3:1 gewonnen und ist nun Tabellenführer.\n\nNach der Pause drehte die Mannschaft das Spiel in zehn Minuten.\n\nTore: 0:1 Brandt (12.), 1:1 Kühn (51.).\nSchiedsrichter: Jan Ohl (Kiel).\nZuschauer: 21.300.", 2, "0 1")]
    // Minutes' attendance, the labels in Markdown's bold.
    [InlineData("The board voted to close the school in June after a long debate.\n\nParents asked for a delay of one year.\n\n**Members present:** Dr. Ann Moreno (Chair), Mr. Kevin Hale, Ms. Dana Ng.\n**Student member:** Ms. Imani Forde, present from 6 p.m.\n**Staff present:** Dr. Steve Kowal, Superintendent.", 2, "0 1")]
    // A dialogue's speakers speak again, and numbered options are the items of a list: both are content.
    [InlineData("The council met on Monday to discuss the harbour.\n\nAnn: We need the new wall before the winter storms come.\nBob: The wall will cost more than the whole budget.\nAnn: Then we should ask the county for the money.", 1, "3")]
    [InlineData("The council met on Monday to discuss the harbour.\n\nOption 1: repairing the old wall before winter.\nOption 2: building a new wall further out.\nOption 3: closing the harbour to large boats.", 1, "3")]
    public void RosterOrFieldBox_OnlyFillsACount(string text, int count, string expected)
    {
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal(expected, string.Join(' ', Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(count)))));
    }

    [Theory]
    [InlineData("en", "Helen Achebe is a former city council member and the author of a book.", "Achebe")]
    [InlineData("en", "*Dr. J. Smith-Jones is a professor of law.*", "Smith-Jones")]
    [InlineData("en", "Rachel Kim covers city government for The Daily Ledger.", "Kim")]
    [InlineData("fr", "Claire Martin est journaliste au service politique.", "Martin")]
    [InlineData("en", "The writer is a senior fellow at the Lowy Institute.", "writer")]
    [InlineData("de", "Die Autorin ist Korrespondentin in Rom.", "Autorin")]
    [InlineData("en", "The writer is grateful to the editors.", "")]
    [InlineData("en", "He is a fellow at Clare College.", "")]
    [InlineData("en", "Rachel Kim is a nurse at the city hospital.", "")]
    [InlineData("en", "Rachel Kim said she is a writer.", "")]
    [InlineData("en", "Smith Jr. is a writer.", "")]
    [InlineData("en", "Sam Li, PhD, is a writer and a fellow at the institute.", "Li")]
    [InlineData("it", "Marco Neri è giornalista e scrittore.", "Neri")]
    [InlineData("en", "Sam Li, the mayor, is a writer.", "")]
    public void AuthorNoteName_IsTheNamesLastWord(string language, string sentence, string expected) =>
        Assert.Equal(expected, sentence[SplittingRules.For(language).AuthorNoteName(sentence)]);

    [Theory]
    // At the text's end any role will do after the language's copula.
    [InlineData("en", "Rachel Kim is a nurse at the city hospital.", "Kim")]
    [InlineData("en", "Jane Roe, M.D., is a pediatrician in Eastfield.", "Roe")]
    [InlineData("ru", "Иван Петров — экономист.", "Петров")]
    [InlineData("pl", "Jan Kowalski jest inżynierem w Gdańsku.", "Kowalski")]
    [InlineData("en", "Rachel Kim said she is a nurse.", "")]
    [InlineData("en", "Rachel Kim is grateful to her editors.", "")]
    public void AuthorNoteName_AtTheEnd_AnyRole(string language, string sentence, string expected) =>
        Assert.Equal(expected, sentence[SplittingRules.For(language).AuthorNoteName(sentence, anyRole: true)]);

    [Fact]
    public void SegmentATemplateRepeats_UnderEachReview_OnlyFillsACount()
    {
        // The ranker prefers the last sentences: each review's vote line, its numbers aside, is the same line.
        const string text = "Jasmine W.\nCame back for the third time and it is still the best ramen in the area.\nHelpful 12 Thanks 3 Love this 5 Oh no 0\n\n"
            + "Kevin L.\nThe broth was far too salty for me and the noodles were overcooked.\nHelpful 4 Thanks 0 Love this 0 Oh no 1\n\n"
            + "Dana P.\nThe best ramen I have had outside Japan, and well worth the wait.\nHelpful 3 Thanks 0 Love this 4 Oh no 0";
        ExtractiveSummarizer summarizer = s_lastFirst;

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(2));

        Assert.Equal(["The broth was far too salty for me and the noodles were overcooked.", "The best ramen I have had outside Japan, and well worth the wait."],
            summary.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void TextWrittenThreeTimesOver_IsNoTemplate_ItsSentencesOfTheAllowedLengthAreChosen()
    {
        // A story pasted three times, each copy a paragraph: every sentence is written in three paragraphs, which makes
        // a template's line of a few; here they are the text, and the short ones still only fill.
        const string story = "The bridge will close for repairs in May. Drivers will take the ring road. It is old. "
            + "The council will pay for the works from its reserves.";
        string text = string.Join("\n\n", story, story, story);
        var sentences = SentenceSplitter.Default.Split(text);

        Assert.Null(SentenceSelector.RepeatedSegments(text, sentences, [.. sentences.Select(s => s.Slice(text).ToString().Split(' ').Length)]));
        Summary summary = s_inOrder.Summarize(text, SummaryBudget.Sentences(3));
        Assert.Equal(["The bridge will close for repairs in May.", "Drivers will take the ring road.", "The council will pay for the works from its reserves."],
            summary.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void RunningFooter_OfAShortPagedReport_OnlyFills()
    {
        // Four short pages parted by form feeds, each under the same footer: its lines are most of the text's, yet
        // they stand next to the page breaks, so the footer is furniture and the findings are chosen.
        string[] findings =
        [
            "Bus ridership on the coastal routes rose by a fifth after the new timetable started in March.",
            "Most of the new riders travel between the harbour and the hospital during the morning peak.",
            "Late-evening services remain poorly used and cost the operator more than they earn in fares.",
            "The authority plans to move two evening buses to the hospital route from next spring.",
        ];
        string text = string.Join("\f", findings.Select((finding, i) =>
            $"Coastal Bus Review\n\n{finding}\n\n\nDraft. Written for Kestrel Transit by Moorfield Planning. Page {i + 1} of 4\n"));

        Summary summary = s_inOrder.Summarize(text, SummaryBudget.Sentences(3));

        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("Moorfield", StringComparison.Ordinal));
    }

    [Fact]
    public void SentenceWrittenAgain_InOneParagraph_IsContent()
    {
        // Three copies in one paragraph (a story that repeats its lead in captions) are no template's.
        const string text = "The bridge will close for repairs in May. Drivers will take the ring road. The bridge will close for repairs in May. "
            + "The bridge will close for repairs in May.";
        bool[]? repeated = SentenceSelector.RepeatedSegments(text, SentenceSplitter.Default.Split(text), [8, 5, 8, 8]);

        Assert.Null(repeated);
    }

    [Fact]
    public void EarlierMessages_FillACount_BeforeTheNoticesUnderEachMessage()
    {
        // The ranker scores every sentence the same (the earlier first): after the reply's "Agreed.", the thread it
        // answers fills the count, not the notice under the reply.
        const string notice = "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. "
            + "If you are not the intended recipient, please delete this message.";
        const string text = "Agreed.\n\n" + notice + "\n\n-----Original Message-----\nFrom: Priya Nair\nSent: Tue, 14 May 2024 11:00\nSubject: RE: Launch\n\n"
            + "Let's move the launch to 17 June, which gives us a week of buffer after the fix.\n\n" + notice;
        ExtractiveSummarizer summarizer = s_inOrder;

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(2));

        Assert.Equal(["Agreed.", "Let's move the launch to 17 June, which gives us a week of buffer after the fix."], summary.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void LeadIn_AtTheTextsEnd_BeforeABlockOfCode_OnlyFillsACount()
    {
        // The ranker prefers the last sentences: the last one announces the code under it, which is no segment; a
        // sentence that ends the text with a colon and nothing after it is content.
        const string howTo = "Use port 443 when your network blocks port 22.\n\nAdd the following to `~/.ssh/config`:\n\n```\nHost github.com\n  Port 443\n```\n";
        const string bare = "Use port 443 when your network blocks port 22.\n\nThe settings that follow are the ones we use:";
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal([0], Indexes(summarizer.Summarize(howTo, SummaryBudget.Sentences(1))));
        Assert.Equal([1], Indexes(summarizer.Summarize(bare, SummaryBudget.Sentences(1))));
    }

    [Fact]
    public void OriginalMessage_UnderAReply_OnlyFillsACount()
    {
        // The ranker prefers the last sentences: the earlier message under the mail client's rule is the one the reply
        // answers, whatever its salutation and sections.
        const string text = "Hi Tom,\n\nI reviewed the revised quote and I have two concerns. The flooring went up from $14,200 to $18,750.\n\n"
            + "Best regards,\nJennifer\n\n-----Original Message-----\nFrom: Tom Becker <tom@example.com>\nSent: Monday, June 3, 2024 4:52 PM\n"
            + "Subject: RE: Renovation quote\n\nHi Jennifer,\n\nPlease find attached the revised quote for the 3rd floor. Let me know if you have any questions.\n\nThanks,\nTom";
        ExtractiveSummarizer summarizer = s_lastFirst;

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(2));

        Assert.Equal(["I reviewed the revised quote and I have two concerns.", "The flooring went up from $14,200 to $18,750."], summary.Sentences.Select(s => s.Text));
    }

    [Theory]
    // A mail client's header over the earlier message, without its rule (Outlook's plain-text reply), and a mailing
    // list's digest, whose numbered messages are its content.
    [InlineData("Hi Tom,\n\nI reviewed the revised quote and I have two concerns. The flooring went up from $14,200 to $18,750.\n\n"
        + "From: Tom Becker <tom@example.com>\nSent: Monday, June 3, 2024 4:52 PM\nTo: Jennifer Ross <jennifer@example.com>\nSubject: RE: Renovation quote\n\n"
        + "Please find attached the revised quote for the 3rd floor. Let me know if you have any questions.", "1 2")]
    [InlineData("You can reach the list's owner at the address below. Please edit your subject line when you reply.\n\n"
        + "Message: 1\nDate: Tue, 12 Mar 2024 09:14:22 +0100\nFrom: Marta Quintero <marta@example.es>\nTo: users@lists.example.org\nSubject: Re: Replication lag\n\n"
        + "We saw exactly the same thing after the upgrade. The new compression default was the cause.", "7 8")]
    public void MessageHeader_UnderAReply_OnlyFillsACount(string text, string expected)
    {
        // The ranker prefers the last sentences.
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal(expected, string.Join(' ', Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(2)))));
    }

    [Fact]
    public void Boilerplate_InALongParagraph_OnlyTheSentenceThatIsBoilerplate()
    {
        // A news paragraph that mentions the phrase: the sentence is boilerplate to the selection, its paragraph is not.
        const string text = "The union sued the warehouse operator in March. The operator says it is an equal opportunity employer. "
            + "Workers said managers passed them over for promotion. The court will hear the case in June. "
            + "A ruling is expected before the end of the year.";
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal([2, 3, 4], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(3))));
        Assert.Equal([0, 2, 3, 4], Indexes(summarizer.Summarize(text, SummaryBudget.Sentences(4))));
    }

    [Theory]
    // A newsletter's footer: what follows its first line of boilerplate to the text's end, however long its paragraph.
    [InlineData("Acme Co-op | 10 High St., Riverbend\nYou are receiving this email because you are a member-owner of Acme Co-op.\n"
        + "Update your preferences at any time on the member pages of our website.\nOur office is open Monday to Friday from nine in the morning.\n"
        + "Copyright (c) 2026 Acme Co-op. All rights reserved.")]
    // A copyright line, the sign spelt "(c)", that opens no paragraph.
    [InlineData("Acme Co-op | 10 High St., Riverbend\nCopyright (c) 2026 Acme Co-op and the members of its board of directors.")]
    public void Footer_AtTheTextsEnd_OnlyFillsACount(string footer)
    {
        const string text = "The co-op will open a second store on Elm Street next spring after members approved the plan. "
            + "The vote passed with a large majority of the member-owners.\n\nThe building needs a new roof and new freezers. "
            + "Work will start in June if the bank approves the loan.\n\nThe board will hold two information evenings in May. "
            + "The new store will stock local produce and bulk goods from twelve nearby farms.\n\n";
        ExtractiveSummarizer summarizer = s_lastFirst;

        Assert.Equal([5], Indexes(summarizer.Summarize(text + footer, SummaryBudget.Sentences(1))));
    }

    [Fact]
    public void Procedure_AnEarningsCallsOpening_OnlyFillsACount()
    {
        // The operator's welcome and hand-overs open the transcript, where the learned ranker looks first; what the
        // call says is the results.
        const string text = "Operator: Good day, and welcome to the Acme Corporation third quarter 2024 earnings conference call. "
            + "Please note this event is being recorded. I would now like to turn the conference over to Jane Park, Head of Investor Relations.\n\n"
            + "Jane Park: Thank you, operator. With me today are our CEO, Tom Reyes, and our CFO, Lena Ortiz.\n\n"
            + "Tom Reyes: Thanks, Jane. Revenue grew 18% year over year to $2.4 billion, driven by strong demand for our cloud products. "
            + "Operating margin expanded to 24%, up three points from a year ago. We also raised our full-year revenue guidance.\n\n"
            + "Operator: Thank you. Our first question comes from Mark Lee with Northgate Securities.";

        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.False(SplittingRules.For("en").IsProcedure(s.Text), s.Text));
        Assert.Contains(summary.Sentences, s => s.Text.StartsWith("Revenue grew", StringComparison.Ordinal));
    }

    [Theory]
    // A picture's credit on a line of its own, then its caption on the line under it, as a copied news page gives them.
    [InlineData("Getty Images", 2)]
    [InlineData("AFP via Getty Images", 2)]
    [InlineData("Image source, Reuters", 2)]
    [InlineData("Photograph: Jane Smith/AP Photo", 2)]
    // A heading that names no agency, or names one as a word inside another ("Reutersville"), is no credit.
    [InlineData("The Harbor", 1)]
    [InlineData("Reutersville Gazette", 1)]
    public void PhotoCredit_TheCaptionUnderIt_OnlyFillsTheCount(string credit, int expected)
    {
        // Every sentence scores the same, so the first eligible one is chosen: not the caption under a credit.
        string text = credit + "\nThe ferry Marguerite carried cars across the bay for forty-one years.\n\n"
            + "Residents voted on Tuesday to convert the retired car ferry into a floating public library.";

        Assert.Equal([expected], ChosenAlike(text, 1));
        Assert.Equal([1, 2], ChosenAlike(text, 2));
    }

    [Theory]
    // A Markdown image's caption, emphasized whole on the line under it; a paragraph under an image is content.
    [InlineData("![Dashboard](old.png)\n*The old dashboard showed every build of the past year on one page.*", 2)]
    [InlineData("![Dashboard](old.png)\nThe old dashboard showed every build of the past year on one page.", 1)]
    [InlineData("![Dashboard](old.png)\n\nThe old dashboard showed every build of the past year on one page.", 1)]
    // A short line that ends its paragraph under an image, after a blank line or not, perhaps before its credit.
    [InlineData("![Dashboard](old.png)\n\nThe old dashboard, spring 2021.", 2)]
    [InlineData("![Dashboard](old.png)\nThe old dashboard, spring 2021. Build logs on the left.", 3)]
    [InlineData("![Dashboard](old.png)\n\nThe old dashboard, spring 2021.\n© Northwind Design / Jo Lee", 3)]
    // A line that repeats the image's alt text, after the label a page copier writes before it.
    [InlineData("![Image 3: The old dashboard showed every build](old.png)\n\nThe old dashboard showed every build of the past year on one page.", 2)]
    // A short line that a paragraph goes on from is the story's.
    [InlineData("![Dashboard](old.png)\n\nThe old dashboard, spring 2021.\nIt showed every build of the past year on one page.", 1)]
    public void ImageCaption_UnderAMarkdownImage_OnlyFillsTheCount(string image, int expected)
    {
        // Every sentence scores the same, so the first eligible one is chosen: not the caption under an image.
        string text = image + "\n\nBuilds now take nine minutes instead of twenty-two, and flaky tests dropped by half.";

        Assert.Equal([expected], ChosenAlike(text, 1));
    }

    [Theory]
    // A caption that its credit closes on its line: the sentences before the credit are the caption.
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. Photograph: Jane Smith/Reuters", 2)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. Photo: AP Photo/John Lee", 2)]
    // A credit in brackets with a slash, as a wire service closes a caption, without a caption label.
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. (AP Photo/John Lee)", 2)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. (Jane Smith/The Harbor Times)", 2)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. Justin Sullivan/Getty Images", 2)]
    // A credit that says it is one, with or without a caption's label, in brackets or not.
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. Staff photo by Greg Moss", 2)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. Photo courtesy of the city", 2)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. GREG MOSS/STAFF PHOTOGRAPHER", 2)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. Credit: Greg Moss/The Courier", 2)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. Photo: Greg Moss/The Courier", 2)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. (Photo: Greg Moss, The Courier)", 2)]
    // A credit after the copyright sign, whatever it names.
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. © The Harbor Times / Greg Moss", 2)]
    // A bracket without such a slash, or with a terminator inside (a web address has a dot), credits nothing.
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. (Pictured in 1990)", 0)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. (See harbor.example/Ferry)", 0)]
    // A caption label after a sentence without a credit, or a credit that does not close the line, makes no caption.
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. Photo: the ferry in 1990", 0)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. Photograph: Reuters. It was sold.", 0)]
    [InlineData("The ferry Marguerite carried cars across the bay for forty-one years. A photo by the author follows.", 0)]
    public void CreditClosingTheLine_TheCaptionBeforeIt_OnlyFillsTheCount(string line, int expected)
    {
        // Every sentence scores the same, so the first eligible one is chosen: not the caption before its credit.
        string text = line + "\n\nResidents voted on Tuesday to convert the retired car ferry into a floating public library.";

        Assert.Equal([expected], ChosenAlike(text, 1));
    }

    [Theory]
    // Every language's labels, those of the languages without a data file in the common data, before a colon, a
    // full-width one or Armenian's "՝".
    [InlineData("ru", "Фото: Посетители осматривают вагон трамвая 1928 года в бывшем депо.", "Музей трамвая откроется в Казани первого июня этого года.", 1)]
    [InlineData("pl", "Fot.: Zwiedzający oglądają zabytkowy tramwaj w dawnej zajezdni.", "Muzeum tramwajów zostanie otwarte w Krakowie w czerwcu tego roku.", 1)]
    [InlineData("sv", "Bild: Besökare tittar på en spårvagn från 1928 i det gamla depået.", "Spårvagnsmuseet öppnar i Göteborg i juni i år efter fem års arbete.", 1)]
    [InlineData("ko", "사진: 14일 착공식에서 관계자들이 기념 촬영을 하고 있다.", "한빛에너지가 신안군 앞바다에서 해상풍력 단지 건설에 착수했다고 밝혔다.", 1)]
    [InlineData("ja", "写真：雪に埋もれた札幌市内の住宅街。", "札幌市では二十七日、記録的な大雪で交通が乱れた。", 1)]
    [InlineData("zh", "图：市民在长沙地铁2号线刷卡进站。", "长沙地铁从四月一日起支持本地交通卡刷卡进站。", 1)]
    [InlineData("hy", "Լուսանկարը՝ Երևանի կենտրոնում նոր զբոսայգին բացման օրը։", "Երևանում բացվել է նոր զբոսայգի, որը կառուցվել է երկու տարում։", 1)]
    // A label in square brackets before the caption, or after a round bracket before a colon or an equals sign.
    [InlineData("en", "[Photo] Officials pose at the groundbreaking ceremony in Sinan on the 14th.", "The company began building the largest offshore wind farm in the country.", 1)]
    [InlineData("ko", "[사진] 14일 착공식에서 관계자들이 기념 촬영을 하고 있다.", "한빛에너지가 신안군 앞바다에서 해상풍력 단지 건설에 착수했다고 밝혔다.", 1)]
    [InlineData("ko", "▲ 14일 착공식에서 관계자들이 기념 촬영을 하고 있다. (사진=한빛에너지)", "한빛에너지가 신안군 앞바다에서 해상풍력 단지 건설에 착수했다고 밝혔다.", 2)]
    [InlineData("ja", "（写真：雪に埋もれた札幌市内の住宅街。）", "札幌市では二十七日、記録的な大雪で交通が乱れた。", 1)]
    // A transcribed book's picture and note, a label and a colon inside square brackets; its note's number is no part of the label.
    [InlineData("en", "[Illustration: The old lantern on the harbour quay at dusk, seen from the water]", "The lantern had burned for forty years on the quay before anyone thought to replace it.", 1)]
    [InlineData("en", "[Footnote 1: The quay was rebuilt in 1871 after the great storm destroyed the old one.]", "The lantern had burned for forty years on the quay before anyone thought to replace it.", 1)]
    [InlineData("en", "[Update 2: The quay was rebuilt in 1871 after the great storm destroyed the old one.]", "The lantern had burned for forty years on the quay before anyone thought to replace it.", 0)]
    // Brackets around another word, and a Markdown link, open no caption.
    [InlineData("en", "[Update] Officials pose at the groundbreaking ceremony in Sinan on the 14th.", "The company began building the largest offshore wind farm in the country.", 0)]
    [InlineData("en", "[Photo](https://example.com/park.jpg) Officials pose at the ceremony in Sinan on the 14th.", "The company began building the largest offshore wind farm in the country.", 0)]
    [InlineData("ru", "Фотограф посетил вагон трамвая 1928 года в бывшем депо музея.", "Музей трамвая откроется в Казани первого июня этого года.", 0)]
    public void Captions_EveryLanguagesLabels_ChosenOnlyToFillTheCount(string language, string caption, string sentence, int expected)
    {
        string text = caption + "\n\n" + sentence;

        Assert.Equal([expected], ChosenAlike(text, 1, Language.FromCode(language)));
    }

    [Theory]
    // A play's directions: a paragraph wholly in brackets, and a line that brings characters on or off.
    [InlineData("(DAVID sits down at the table. GWEN goes back to the ironing. The lights fade slowly.)", 3)]
    [InlineData("[They both look at the door for a long time without saying a word.]", 1)]
    [InlineData("Enter DAVID PRYCE, her son, twenty-five, from the yard behind the farmhouse.", 1)]
    [InlineData("Enter the KING, the QUEEN and LORD ALDWYN, with attendants, from the great hall.", 1)]
    // A paragraph that goes on after its brackets, and an instruction that names no one in capitals, are prose.
    [InlineData("(Reuters) The farmers of the valley met on Tuesday to sell the top field before winter.", 0)]
    [InlineData("Enter the number of lambs sold at the market in town before the price dropped again.", 0)]
    public void StageDirections_ChosenOnlyToFillTheCount(string direction, int expected)
    {
        string text = direction + "\n\nThen we shall have to sell the top field before the winter comes, and your father will never forgive us.";

        Assert.Equal([expected], ChosenAlike(text, 1));
    }

    [Theory]
    // A verbatim record's interjection or applause on a line of its own inside a paragraph, with final punctuation
    // inside its brackets or not, a speaker's label in brackets of another kind inside it.
    [InlineData("(Interjection from the opposition benches: You promised the same thing two years ago!)")]
    [InlineData("(Applause from the government benches \u2013 Jane Rowe [Greens]: And then what?)")]
    [InlineData("[Loud applause from the public gallery.]")]
    public void BracketedLineInsideAParagraph_ChosenOnlyToFillTheCount(string interjection)
    {
        string text = "The council approved the new budget for the village schools on Monday.\n" + interjection
            + "\nTeachers will be hired in the spring for every primary school in the town.";

        Assert.Equal([0, 2], ChosenAlike(text, 2));
    }

    [Theory]
    // A wire story's note on what its take changes, wrapped onto two lines or holding ", not ...", without a period.
    [InlineData("en", "(Adds comment from the harbour master in paragraph 4, closing\nprices in paragraph 7)", 1)]
    [InlineData("en", "(Corrects spelling of the ferry's name in paragraph 2 to Marguerite, not Margarite)", 1)]
    // A note that an editors' label opens, with periods inside, in brackets or not, wrapped or not.
    [InlineData("en", "Eds: UPDATES with harbour master's comment. Adds byline.", 2)]
    [InlineData("en", "EDITOR'S NOTE — This story is part of a series on\nthe ports of the north coast. It was first published in May.", 2)]
    [InlineData("de", "(Korrespondenten-Hinweis: Weitere Details folgen. Bitte beachten Sie die Sperrfrist.)", 2)]
    [InlineData("fr", "Note aux rédactions : des photos sont disponibles. Merci de citer la source.", 2)]
    // A note-like paragraph that goes on after its bracket, or a label that names no editors, is prose.
    [InlineData("en", "Eddie: the harbour master said the ferry would sail again in the spring.", 0)]
    public void EditorsNotes_ChosenOnlyToFillTheCount(string language, string note, int expected)
    {
        string body = language switch
        {
            "de" => "Die Fähre Marguerite wird nach der Sanierung im Frühjahr wieder zwischen den Inseln verkehren.",
            "fr" => "Le ferry Marguerite reprendra la liaison entre les îles au printemps après sa rénovation.",
            _ => "The ferry Marguerite will sail between the islands again in the spring after its refit.",
        };

        Assert.Equal([expected], ChosenAlike(note + "\n\n" + body, 1, Language.FromCode(language)));
    }

    [Theory]
    // A Chinese paper's credit in brackets that ends with 摄 ("taken by") closes the caption before it.
    [InlineData("图为新款手机发布会现场。（记者 王明 摄）", 2)]
    [InlineData("图为新款手机发布会现场。(新华社记者王明/摄)", 2)]
    // Brackets that hold no credit leave the sentence before them a sentence.
    [InlineData("新款手机在发布会现场展出了整整一天。（详见第三版）", 0)]
    public void ChineseCreditClosingTheLine_TheCaptionBeforeIt_OnlyFillsTheCount(string line, int expected)
    {
        string text = line + "\n\n华为公司9月10日在深圳发布了新一代折叠屏手机，售价一万多元。";

        Assert.Equal([expected], ChosenAlike(text, 1, Language.Chinese));
    }

    [Theory]
    // A caption under its label alone on a line, as a copied news page gives it.
    [InlineData("Image source, Getty Images\nImage caption,\nThe ferry Marguerite carried cars across the bay for forty-one years.", 3)]
    [InlineData("Photo:\nThe ferry Marguerite carried cars across the bay for forty-one years.", 2)]
    // A line that ends with a colon and names no caption introduces what follows.
    [InlineData("Background:\nThe ferry Marguerite carried cars across the bay for forty-one years.", 1)]
    public void CaptionLabelAlone_TheLineUnderIt_OnlyFillsTheCount(string caption, int expected)
    {
        string text = caption + "\n\nResidents voted on Tuesday to convert the retired car ferry into a floating public library.";

        Assert.Equal([expected], ChosenAlike(text, 1));
    }

    [Fact]
    public void PressRelease_ContactLineAndCallsToFollow_AreNotChosen()
    {
        const string text = "FOR IMMEDIATE RELEASE\nDate: April 2, 2024\nContact: Office of Communications, (555) 310-2200, press@brookfield.example.gov\n\n"
            + "Follow our live coverage of the housing vote.\n\n"
            + "BROOKFIELD, Wis. – Mayor Ellen Torres today announced a $25 million housing trust fund that will finance 600 affordable homes.\n\n"
            + "The fund will be paid for with federal dollars and a new fee on large commercial developments.\n\n"
            + "The council is expected to vote on the ordinance on April 16. Let me know in the comments what you think.";

        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.StartsWith("BROOKFIELD, Wis. – Mayor", summary.Sentences[0].Text, StringComparison.Ordinal);
        Assert.All(summary.Sentences, s => Assert.DoesNotContain("Contact", s.Text, StringComparison.Ordinal));
        Assert.All(summary.Sentences, s => Assert.DoesNotContain("Follow", s.Text, StringComparison.Ordinal));
        Assert.All(summary.Sentences, s => Assert.DoesNotContain("comments", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ReviewPage_RatingsTitlesAndDates_AreNoSentences()
    {
        // A review page copied whole: each review's rating and title, date and badge, which repeat from review to
        // review and so looked central, used to be joined into a sentence and chosen three times over.
        const string text = "Dana K.\n5.0 out of 5 stars Finally a kettle that doesn't leak\nReviewed in the United States on March 3, 2024\n"
            + "Verified Purchase\nI have gone through three kettles in two years and this is the first one that doesn't drip from the spout. "
            + "It boils a full liter in under four minutes and the handle stays cool.\n47 people found this helpful\n\n"
            + "M. Ortiz\n2.0 out of 5 stars Lid broke after a month\nReviewed in the United States on April 12, 2024\nVerified Purchase\n"
            + "The lid hinge cracked after about five weeks of daily use. Customer service sent a replacement, but the new one feels just as flimsy.\n\n"
            + "Sam\n★★★★☆ Fast and quiet\nReviewed in the United States on May 1, 2024\nVerified Purchase\n"
            + "Much quieter than my old kettle and it boils fast. The only downside is that the water level window is hard to read.";

        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.DoesNotContain("Reviewed in", s.Text, StringComparison.Ordinal));
        Assert.All(summary.Sentences, s => Assert.False(SplitChars.OpensWithRating(s.Text), s.Text));
    }

    [Fact]
    public void LeadIn_NotAnArmenianSentenceTypedWithAColon()
    {
        // Armenian typed with the ASCII colon for its full stop '։': those sentences are no lead-ins.
        const string text = "Երևանը Հայաստանի մայրաքաղաքն է և ամենամեծ քաղաքը: Քաղաքում ապրում է մոտ մեկ միլիոն մարդ, և Երևանը շատ հին քաղաք է: "
            + "Երևանը հիմնադրվել է մ.թ.ա. 782 թվականին։ Երևանը հայտնի է իր հին եկեղեցիներով և թանգարաններով: Վերջ:";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions());

        Summary summary = summarizer.Summarize(text, SummaryBudget.Words(30));

        Assert.True(summary.Sentences.Count >= 2, string.Join(" | ", summary.Sentences.Select(x => x.Text)));
    }

    [Theory]
    [InlineData("en", "Harbor Town Turns Ferry Into Library")]
    [InlineData("en", "Breaking News\n\nPrevious Article\n\nContact Us")]
    [InlineData("en", "- eggs\n- milk\n- bread")]
    [InlineData("de", "Neue Brücke über den Rhein eröffnet\n\nTausende feiern am Ufer")]
    [InlineData("fr", "Le port transforme son ferry en bibliothèque")]
    public void Select_TextWithoutSentences_ChoosesFromHeadingsAndListItems(string language, string text)
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Language = Language.FromCode(language) });

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(1));

        Assert.Single(summary.Sentences);
        Assert.NotEqual(SentenceKind.Sentence, summary.Sentences[0].Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Select_OnlySentenceTooShort_ChoosesFromListItems(bool pageRank)
    {
        // A slide deck as text: its figures are list items, and its one sentence is the closing "Any questions?".
        const string text = "Spring Sales Review\n\nResults\n"
            + "• Orders grew by a fifth over the winter months\n"
            + "• The northern stores sold twice as many bicycles\n"
            + "• Returns fell to one order in forty this spring\n\n"
            + "Any questions?";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(2));

        Assert.Equal(2, summary.Sentences.Count);
        Assert.All(summary.Sentences, sentence => Assert.Equal(SentenceKind.ListItem, sentence.Kind));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Select_HeadingsAndListItemsAlone_ListItemsFirstAndHeadingsFill(bool pageRank)
    {
        // A changelog: a heading over each release's items, whose only sentences ("Closes: #1024598.") are too short.
        // The ranker prefers the first heading; its items say what changed.
        const string text = "kettle (2.1-1) unstable; urgency=medium\n\n"
            + "  * Fix the lid that did not close after the water boiled. Closes: #1024598.\n"
            + "  * Add a switch that keeps the water warm for an hour.\n\n"
            + "kettle (2.0-1) unstable; urgency=medium\n\n"
            + "  * Replace the cord with a longer one for kitchens with distant sockets.";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary three = summarizer.Summarize(text, SummaryBudget.Sentences(3));
        Summary six = summarizer.Summarize(text, SummaryBudget.Sentences(6));

        Assert.All(three.Sentences, sentence => Assert.Equal(SentenceKind.ListItem, sentence.Kind));
        Assert.Equal(3, three.Sentences.Count);
        Assert.Contains(six.Sentences, sentence => sentence.Kind == SentenceKind.Heading);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Select_ListItemsThatCarryTheText_AreChosenLikeSentences(bool pageRank)
    {
        // A bill: its short title is a sentence, its findings and provisions lettered clauses with most of its words.
        const string text = "SECTION 1. SHORT TITLE.\n\nThis Act may be cited as the Harbor Ferry Act.\n\nSEC. 2. FINDINGS.\n\nCongress finds the following:\n"
            + "(1) The harbor ferry carries 4,000 passengers a day between the two halves of the city.\n"
            + "(2) The ferry's hull has corroded and the vessel fails its safety inspection next year.\n\n"
            + "SEC. 3. GRANTS.\n\n"
            + "(a) In General.--The Secretary shall award grants to cities for the repair of harbor ferries.\n"
            + "(b) Amount.--A grant under this section may not exceed $20,000,000 for each ferry.";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.True(summary.Sentences.Count(sentence => sentence.Kind == SentenceKind.ListItem) >= 2, string.Join(" | ", summary.Sentences.Select(x => x.Text)));
        Assert.DoesNotContain(summary.Sentences, sentence => sentence.Kind == SentenceKind.Heading);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Select_ListItemsShorterThanTheProse_OnlyFill(bool pageRank)
    {
        // The list holds fewer words than the sentences around it: the sentences are the summary.
        const string text = "The council approved the new harbor budget on Monday after a long debate. "
            + "The budget doubles the money for ferry repairs and adds a second ferry to the crossing. "
            + "Members said the plan was the largest investment in the harbor for a decade.\n\n"
            + "- ferry repairs\n- second ferry\n- new pier\n\n"
            + "Work on the pier starts in the spring and the second ferry sails next summer.";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.All(summary.Sentences, sentence => Assert.Equal(SentenceKind.Sentence, sentence.Kind));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Select_ListItemsThatAreSentences_AreChosenLikeSentences(bool pageRank)
    {
        // An earnings release's highlights under a heading, each a sentence of its own, hold the figures the prose around
        // them only points to; the list is shorter than the prose, so it does not carry the text.
        const string text = "Harbor Ferries Reports Third Quarter Results\n\n"
            + "Harbor Ferries today reported its results for the third quarter, which ended on September 30.\n\n"
            + "Third Quarter Highlights\n"
            + "- Ferry revenue was $41.2 million, up 12% on the third quarter of last year.\n"
            + "- The ferries carried 1.3 million passengers, a record for any quarter.\n\n"
            + "The company will discuss the results with analysts on a call at 9 a.m. on Thursday. A recording of the call "
            + "will be on the company's website for a month. The company's chief executive will lead the call with its new finance chief.";

        AssertListItemChosen(pageRank, text, "$41.2 million");
    }

    /// <summary>Asserts that a three-sentence summary of <paramref name="text"/> holds a list item with <paramref name="part"/>.</summary>
    private static void AssertListItemChosen(bool pageRank, string text, string part)
    {
        Summary summary = TestText.Summarizer(pageRank).Summarize(text, SummaryBudget.Sentences(3));

        Assert.Contains(summary.Sentences, sentence => sentence.Kind == SentenceKind.ListItem && sentence.Text.Contains(part, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Select_NumberedStepsAndClaims_AreNotChosenLikeSentences(bool pageRank)
    {
        // The numbered steps of an upgrade, each a sentence of its own and full of the notes' words, are the how, not
        // what the notes say; with bullets the same items are key points.
        const string prose = "Version 6 of the harbor database plans its joins at run time from the actual row counts of each table. "
            + "Large reports on the harbor database run up to four times faster with the new join planner. "
            + "Version 6 also stops rewriting a table when a column of the harbor database grows.\n\n"
            + "Upgrading\n";
        const string steps = "1. Back up the harbor database before you upgrade to version 6 of the join planner.\n"
            + "2. Stop the harbor database server and install version 6 with its new join planner.\n"
            + "3. Run the upgrade tool on the harbor database and start version 6 of the server.";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary numbered = summarizer.Summarize(prose + steps, SummaryBudget.Sentences(3));
        Summary bulleted = summarizer.Summarize(prose + steps.Replace("1. ", "- ", StringComparison.Ordinal)
            .Replace("2. ", "- ", StringComparison.Ordinal).Replace("3. ", "- ", StringComparison.Ordinal), SummaryBudget.Sentences(4));

        Assert.All(numbered.Sentences, sentence => Assert.Equal(SentenceKind.Sentence, sentence.Kind));
        Assert.Contains(bulleted.Sentences, sentence => sentence.Kind == SentenceKind.ListItem);
    }

    [Theory]
    [InlineData(false, "CONCLUSIONS:")]
    [InlineData(true, "CONCLUSIONS:")]
    [InlineData(false, "## 3. Key findings")]
    [InlineData(true, "The survey reached these findings:")]
    public void Select_NumberedItemsUnderAFindingsHeading_AreChosenLikeSentences(bool pageRank, string heading)
    {
        // A report's numbered conclusions are what it found; the same items under "Recommendations" tell the reader
        // what to do, as steps do, and stay out.
        const string report = """
            The divers surveyed the north pier of the harbor over three days in March. They measured the steel piles of the north pier at low tide and took samples of the concrete deck. The harbor engineers compared the readings with the survey of the north pier from 2015.

            HEADING
            1. The steel piles of the north pier have lost a fifth of their thickness since 2015.
            2. The concrete deck of the north pier is cracked over a third of its length.
            3. The north pier can carry no more than half of its design load.
            """;
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary findings = summarizer.Summarize(report.Replace("HEADING", heading, StringComparison.Ordinal), SummaryBudget.Sentences(6));
        Summary advice = summarizer.Summarize(report.Replace("HEADING", "Recommendations:", StringComparison.Ordinal), SummaryBudget.Sentences(6));

        Assert.Contains(findings.Sentences, sentence => sentence.Kind == SentenceKind.ListItem && sentence.Text.StartsWith("1. The steel piles", StringComparison.Ordinal));
        Assert.All(advice.Sentences, sentence => Assert.Equal(SentenceKind.Sentence, sentence.Kind));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Select_ListItemsAfterALeadIn_AreContent_AndHeadlinesUnderAHeading_AreNot(bool pageRank)
    {
        // The items of a list that a lead-in announces finish its sentence, with or without their own stop; a list of
        // headlines under a heading, which share the story's words, is the page's, not the story's.
        const string story = "The harbor board approved its plan for the old ferry quay on Monday after a long debate.\n\n"
            + "The board gave two reasons for rebuilding the ferry quay:\n"
            + "- the ferry quay has corroded and fails its safety inspection next year\n"
            + "- the ferry crossing carries four thousand passengers a day\n\n"
            + "Work on the ferry quay starts in the spring and ends before the summer season.";
        const string related = "\n\nRelated stories\n"
            + "- Harbor board delays the vote on the ferry quay plan again\n"
            + "- Ferry passengers face a summer of delays on the harbor crossing";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary summary = summarizer.Summarize(story + related, SummaryBudget.Sentences(4));

        Assert.Equal(2, summary.Sentences.Count(sentence => sentence.Kind == SentenceKind.ListItem && sentence.Text.Contains("the ferry", StringComparison.Ordinal)));
        Assert.DoesNotContain(summary.Sentences, sentence => sentence.Text.Contains("delays", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "Key points")]
    [InlineData(true, "### What we know")]
    [InlineData(false, "Das Wichtigste in Kürze")]
    public void Select_UnpunctuatedBulletsUnderAKeyPointsHeading_AreContent(bool pageRank, string heading)
    {
        // A live page's box of key points writes its bullets without a final period; they are what the page says.
        string text = "Ferry strike latest\n\n" + heading + "\n"
            + "- All ferry crossings to the islands are cancelled until Friday because of the crew strike\n"
            + "- The ferry company says talks with the crew union will resume on Thursday morning\n\n"
            + "Share this page\n\n"
            + "The union says its members have not had a pay rise in four years. Passengers were told to check the website before they travel. "
            + "Shops on the islands have begun to run short of fresh milk and bread. The council has asked the government to send a navy vessel with supplies.";

        AssertListItemChosen(pageRank, text, "crossings");
    }

    [Theory]
    [InlineData("A picture shared thousands of times this week has caused alarm among residents of the coast.\n\n"
        + "Claim: A photo shows a whale stranded on the beach at Nordby last week.\nVerdict: False. The photo was taken in Chile in 2019 and first shared by a news agency there.\nOur rating: FALSE\n\n"
        + "The post was shared by several local groups on social media. Some readers asked the town council whether the beach was closed.", "Claim:")]
    [InlineData("Una foto compartida miles de veces esta semana muestra, según sus autores, una ballena varada en la playa de Nordby.\n\n"
        + "Qué se dice: Una foto muestra una ballena varada en la playa de Nordby la semana pasada.\nCalificación: FALSO\nPor qué: La foto de la ballena fue tomada en Chile en 2019 y la publicó entonces una agencia.\n\n"
        + "La publicación circuló por varios grupos de vecinos en las redes sociales. Algunos lectores preguntaron al ayuntamiento si la playa estaba cerrada.", "Qué se dice:")]
    public void Select_FactCheckBox_IsNoBoxOfFields(string text, string label)
    {
        // A fact check's labelled box states what the check found, unlike a match report's box of facts.
        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(2));

        Assert.Contains(summary.Sentences, sentence => sentence.Text.StartsWith(label, StringComparison.Ordinal));
    }

    [Fact]
    public void Select_ShortSentenceWithoutMinimum_StillTheSentenceChosen()
    {
        // Without a minimum length the short sentence is a sentence like any other, and headings stay out (the list
        // item, which holds most of the words, carries the text with it).
        const string text = "Spring Sales Review\n\n• Orders grew by a fifth over the winter months\n\nOrders grew.";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { MinSentenceWords = 0 });

        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(2));

        Assert.Contains(summary.Sentences, sentence => sentence.Text == "Orders grew.");
        Assert.DoesNotContain(summary.Sentences, sentence => sentence.Kind == SentenceKind.Heading);
    }

    private const string PressRelease = "Brightfield Launches a Kettle That Boils in Forty Seconds\n\n"
        + "LEEDS, 2 June 2025 -- Brightfield Ltd. today launched the Swift kettle, which boils a litre of water in forty seconds.\n\n"
        + "The Swift uses a new heating plate that draws 3 kW and shuts off within a second of boiling. "
        + "In tests, it used 18 percent less electricity per litre than the company's older kettles. "
        + "The kettle costs 49 pounds and goes on sale in 300 shops in July.\n\n"
        + "About Brightfield\n\n"
        + "Brightfield Ltd. designs kettles, toasters and small kitchen appliances. "
        + "Founded in 1998, the company sells its appliances in 14 countries.\n\n"
        + "Media contact:\nLee Park\n+44 20 5550 0199\npress@brightfield.example\n\nSOURCE Brightfield Ltd.";

    [Theory]
    [InlineData(PressRelease, "About Brightfield")]
    // Reference lists, related links and acknowledgements close a paper or an article.
    [InlineData("Bees and Crops\n\nBees pollinate most fruit crops grown in the valley. Farmers rent hives every spring.\n\n"
        + "## References\n\n1. Hart, L. (2019). Valley Orchards. Farm Press.\n2. Moss, K. (2021). Hives for Rent. Apis Books.", "## References")]
    [InlineData("Bees pollinate most fruit crops grown in the valley. Farmers rent hives every spring.\n\n"
        + "See also\nPollination\nBeekeeping\n\n5 References\n\nHart, L. (2019). Valley Orchards. Farm Press.", "See also")]
    [InlineData("We measured river levels at nine stations over five winters.\n\nAcknowledgements\n\nWe thank the field staff for their help in the floods.", "Acknowledgements")]
    // Lines that stand alone as headings do, with no sentence after them, do not end the back matter: a contact block
    // in paragraphs of its own, a "See also" list before the references, a closing line of categories.
    [InlineData("Rail Order\n\nThe company ordered twelve battery trains for its rural lines on Monday.\n\n"
        + "About Halden Rail\n\nHalden Rail builds trains in Derby and employs 900 people.\n\n"
        + "Media contact\n\nJo Marsh\nHead of Press\n\n+44 20 5550 0100", "About Halden Rail")]
    [InlineData("Reed warblers nest in the tall reeds of the marsh every summer.\n\nSee also\n\nMarsh birds\n\nReed beds\n\n"
        + "References\n\nHart, L. (2019). Birds of the Marsh. Fen Press.\n\nCategories: Birds | Wetlands", "See also")]
    // An encyclopedia page's sections under their edit links; its reference list stays back matter when the page's
    // tail after it has a heading and a sentence ("Categories: ..." over "This page was last edited ...").
    [InlineData("Otters have come back to most rivers of the county since the 1990s. They feed mainly on eels and crayfish.\n\n"
        + "See also[edit]\nRiver wildlife\n\nReferences[edit]\n^ Hart, L. (2019). Otters of the Fen. Vol. 3. Fen Press.\n\n"
        + "Categories: Mammals | Rivers\n\nThis page was last edited on 3 March 2026, at 10:15 (UTC).", "See also[edit]")]
    [InlineData("Otters have come back to most rivers of the county since the 1990s. They feed mainly on eels and crayfish.\n\n"
        + "Footnotes\n^ Hart, L. (2019). Otters of the Fen. Fen Press.\n^ Moss, K. (2021). Eels and their hunters. Apis Books.\n\n"
        + "Portals: Mammals   Rivers\n\nThe text of this page is available under a free licence.", "Footnotes")]
    // An "About" section that another section follows is content; so is a page that starts with its "About" heading.
    [InlineData("Flood Study\n\nWe measured river levels at nine stations over five winters.\n\nAbout the data\n\n"
        + "The stations record the level every fifteen minutes.\n\nResults\n\nThe river rose above its banks twice in the five winters.", null)]
    [InlineData("About Us\n\nWe are a family bakery in the old town, and we bake bread every morning before six.", null)]
    // "About" and a quantity is no heading of back matter.
    [InlineData("Storm Elena\n\nThe storm reached the coast on Saturday with strong winds and heavy rain.\n\n"
        + "About 200 homes lost power\n\nEngineers worked through the night to restore the supply to the homes.", null)]
    // A merger's legends under qualified headings, each of which the next one goes on.
    [InlineData("Tessaly will acquire Norrbrook for $4.1 billion in cash. The deal is expected to close in the first half of next year.\n\n"
        + "Additional Information and Where to Find It\nTessaly will file a proxy statement with the SEC in connection with the merger.\n\n"
        + "Cautionary Statement Regarding Forward-Looking Statements\nThis release contains statements about the expected timing of the merger.",
        "Additional Information and Where to Find It")]
    public void BackMatterStart_ClosingSectionsUnderTheirHeadings(string text, string? expected) =>
        AssertBackMatterStart("en", text, expected);

    [Theory]
    // A press release's "About" boilerplate and an encyclopedia article's notes and links, in the language's words.
    [InlineData("de", "Der Speicher ging am Dienstag in Husum ans Netz. Er versorgt 80.000 Haushalte.\n\n"
        + "Über die Nordwind Energie AG\nDie Nordwind Energie AG betreibt Windparks in Norddeutschland.", "Über die Nordwind Energie AG")]
    [InlineData("fr", "La start-up lève 12 millions d'euros pour ses capteurs. Elle compte 45 salariés.\n\n"
        + "À propos d’Agrivia\nAgrivia est une entreprise lyonnaise d'agriculture de précision.", "À propos d’Agrivia")]
    [InlineData("it", "Il ponte fu costruito tra il 1354 e il 1356 sull'Adige. Fu ricostruito nel 1951.\n\n"
        + "Note\n1. G. Rossi, I ponti di Verona, Verona, 1998.\n\nCollegamenti esterni\nSito ufficiale del museo", "Note")]
    [InlineData("pt", "A empresa instalou o primeiro parque de energia das ondas na Ericeira. O parque terá 6 MW.\n\n"
        + "Sobre a Oceanix\nA Oceanix desenvolve sistemas de energia das ondas desde 2016.", "Sobre a Oceanix")]
    [InlineData("es", "La planta producirá hidrógeno a partir de aguas depuradas. Costó 8,5 millones de euros.\n\n"
        + "Acerca de Hidrolab\nHidrolab es una empresa valenciana fundada en 2018.", "Acerca de Hidrolab")]
    [InlineData("nl", "Het bedrijf opent een nieuwe fabriek in Rotterdam. Er komen 300 banen bij.\n\n"
        + "Over Van Oordijk Groep\nVan Oordijk Groep is een familiebedrijf uit Zeeland, opgericht in 1952.", "Over Van Oordijk Groep")]
    [InlineData("sv", "Bolaget bygger en ny fabrik i Luleå. Den ska ge 300 nya jobb.\n\n"
        + "Om Nordvind AB\nNordvind AB utvecklar vindkraft i norra Sverige sedan 2009.", "Om Nordvind AB")]
    [InlineData("pl", "Spółka zbuduje nową fabrykę w Gdańsku. Powstanie 300 miejsc pracy.\n\n"
        + "O spółce\nSpółka jest producentem turbin wiatrowych działającym od 2009 roku.", "O spółce")]
    [InlineData("ko", "한빛에너지가 신안군 앞바다에서 해상풍력 단지 건설에 착수했다고 밝혔다. 총 6조 원이 투입된다.\n\n"
        + "■ 회사 소개\n한빛에너지는 2011년 설립된 재생에너지 전문 기업이다.", "■ 회사 소개")]
    // An English heading over a release's boilerplate in another language.
    [InlineData("ko", "한빛에너지가 신안군 앞바다에서 해상풍력 단지 건설에 착수했다고 밝혔다. 총 6조 원이 투입된다.\n\n"
        + "■ About Hanbit Energy\n한빛에너지는 2011년 설립된 재생에너지 전문 기업이다.", "■ About Hanbit Energy")]
    // A match report's team sheets.
    [InlineData("en", "Saka scored twice as Arsenal came from behind to beat Chelsea 3-1 at the Emirates Stadium.\n\n"
        + "Line-ups\nArsenal: Raya, White, Saliba, Gabriel, Rice, Odegaard, Saka, Jesus.\nChelsea: Sanchez, James, Silva, Palmer.", "Line-ups")]
    [InlineData("de", "Der FC Bayern gewann am Samstag mit 2:0 gegen Dortmund und führt die Tabelle an.\n\n"
        + "Aufstellungen\nBayern: Neuer, Kimmich, Upamecano, Kane, Musiala.", "Aufstellungen")]
    // A news page's box of links to other stories after the article, in each language's words.
    [InlineData("en", "The council approved the new budget on Tuesday. Spending will rise by four percent next year.\n\n"
        + "Related stories\nCouncil tax: what changes in April\nBus fares to rise in the new year\n\nShare this article", "Related stories")]
    [InlineData("de", "Der Bundestag hat am Mittwoch den Haushalt verabschiedet. Die Ausgaben steigen um vier Prozent.\n\n"
        + "Mehr zum Thema\nSchuldenbremse: Was Ökonomen sagen\nRente: Das ändert sich 2025", "Mehr zum Thema")]
    [InlineData("es", "El Gobierno aprobó el martes los presupuestos. El gasto crecerá un 4% el próximo año.\n\n"
        + "Te puede interesar\nLas pensiones subirán en enero\nQué cambia en el IRPF", "Te puede interesar")]
    [InlineData("fr", "Le gouvernement a présenté son budget mardi. Les dépenses augmenteront de 4 % l'an prochain.\n\n"
        + "À lire aussi\nRetraites : ce qui change en janvier", "À lire aussi")]
    [InlineData("it", "Il governo ha approvato la manovra martedì. La spesa crescerà del 4% il prossimo anno.\n\n"
        + "Leggi anche\nPensioni, cosa cambia a gennaio", "Leggi anche")]
    [InlineData("pt", "O governo aprovou o orçamento na terça-feira. Os gastos vão subir 4% no próximo ano.\n\n"
        + "Leia também\nAposentadoria: o que muda em janeiro", "Leia também")]
    // A Q&A site's list of other questions under the answer.
    [InlineData("en", "Cats knock things over to get attention. Most do it when their owner is busy.\n\n"
        + "Related questions\nWhy do cats purr?\nIs it cruel to keep a cat indoors?", "Related questions")]
    [InlineData("de", "Katzen werfen Dinge um, um Aufmerksamkeit zu bekommen. Meist tun sie es, wenn ihr Mensch beschäftigt ist.\n\n"
        + "Ähnliche Fragen\nWarum schnurren Katzen?", "Ähnliche Fragen")]
    [InlineData("ru", "Кошки роняют вещи, чтобы привлечь внимание. Чаще всего это бывает, когда хозяин занят.\n\n"
        + "Похожие вопросы\nПочему кошки мурлычут?", "Похожие вопросы")]
    // German capitalizes every noun: "Über die Studie" before the study's last section names no company.
    [InlineData("de", "Die Forscher befragten 2.000 Haushalte in Bayern. Die Hälfte heizt mit Gas.\n\n"
        + "Über die Studie\nDie Befragung fand im Winter 2024 statt und wurde vom Land bezahlt.", null)]
    public void BackMatterStart_TheLanguagesHeadings(string language, string text, string? expected) =>
        AssertBackMatterStart(language, text, expected);

    private const string Email = "Hi team,\n\n"
        + "Following yesterday's review, we have decided to move the product launch from March 3 to March 17. "
        + "The extra two weeks give QA time to finish the regression suite on the new payment flow.\n\n"
        + "Marketing will shift the press embargo accordingly. Sales should tell the three pilot customers about the new date today.\n\n"
        + "Thanks,\nMaria\n\n"
        + "Maria Lopez | Director of Product\nAcme Corp. | 500 Market Street, San Francisco, CA 94105\nTel: +1 415 555 0100\n\n"
        + "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) "
        + "and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.";

    [Theory]
    // A closing starts the back matter: the signature's lines end nothing, and the notice after them stays back matter.
    [InlineData(Email, "Thanks,")]
    // A signature block in a paragraph of its own heads no section, so the notice after it needs no label.
    [InlineData("We moved the launch to March 17 so that QA can finish the regression suite.\n\n"
        + "Best regards,\nMaria\n\nMaria Lopez\nDirector of Product, Acme Corp.\n\n"
        + "This e-mail and any files transmitted with it are confidential and intended solely for the addressee.", "Best regards,")]
    // A closing with its mark, or with the writer's name on its line.
    [InlineData("We moved the launch to March 17 so that QA can finish the regression suite.\n\n"
        + "Thanks!\nMaria\n\n"
        + "This e-mail and any files transmitted with it are confidential and intended solely for the addressee.", "Thanks!")]
    [InlineData("We moved the launch to March 17 so that QA can finish the regression suite.\n\n"
        + "Thanks, Maria\n\n"
        + "This e-mail and any files transmitted with it are confidential and intended solely for the addressee.", "Thanks, Maria")]
    // Boilerplate paragraphs after the signature are no prose that would make the closing a quoted letter's.
    [InlineData("We would like to invite you to a second interview on 12 May at our Madrid office.\n\n"
        + "Kind regards,\nLaura Méndez\n\n"
        + "This email and any attachments are confidential. If you are not the intended recipient, please delete this email.\n\n"
        + "Please consider the environment before printing this email.", "Kind regards,")]
    // A mail app's tag line closes the message like a closing, and heads no section that gives a notice after it back.
    [InlineData("The auditors arrive on Monday, so please have the March invoices scanned by Friday noon.\n\n"
        + "Sent from my Pixel 8\n\n"
        + "This message is private and meant only for the named addressee. If it reached you by mistake, tell the sender and erase it.",
        "Sent from my Pixel 8")]
    // The phone writes it in its own language, not the message's.
    [InlineData("The auditors arrive on Monday, so please have the March invoices scanned by Friday noon.\n\n"
        + "Jana\n\nVon meinem Samsung Galaxy gesendet\n\n"
        + "This message is private and meant only for the named addressee. If it reached you by mistake, tell the sender and erase it.",
        "Von meinem Samsung Galaxy gesendet")]
    // A forum's next post under its own title is content again.
    [InlineData("Re: Laptop fan runs constantly after BIOS update\n\n"
        + "I had the same problem on my ThinkPad after updating the BIOS. The fan ran at full speed even when the CPU was idle.\n\n"
        + "Thanks,\nDave\n\nRe: Laptop fan runs constantly after BIOS update\n\n"
        + "Resetting the embedded controller fixed it for me on a T14. Hold the power button for sixty seconds with the charger unplugged.", null)]
    // So is a section under a heading after a newsletter's closing.
    [InlineData("The hall opens at six for the spring meetup, and the first talk starts at half past.\n\n"
        + "Thanks,\nThe organizing team\n\n## Parking\n\nThe car park behind the hall is free after five, and its gate closes at eleven.", null)]
    // "Thanks," before a sentence is no closing, nor is an opening salutation after content ("Hi Sam," of a forwarded message).
    [InlineData("We moved the weekly meeting to Thursday afternoon in room 4.\n\n"
        + "Thanks,\nI will send the slides to everyone on Wednesday evening before the meeting.", null)]
    [InlineData("Sam forwarded the note below about the shipment on Monday morning.\n\nHi Sam,\n\n"
        + "The shipment left Rotterdam on Monday and should reach Lyon by Thursday. The customs papers are attached to this message.", null)]
    // A letter quoted in an article, which goes on after the closing and its signature, closes nothing.
    [InlineData("The mayor's office released the letter it received from the developer on Monday evening.\n\n"
        + "\"We regret that the project cannot go ahead under the current zoning rules,\" the letter said.\n\n"
        + "Sincerely,\nMark Hale\n\nThe city council had approved the zoning rules in January after months of hearings.\n\n"
        + "The site, a former rail yard, has been empty since 2015, and the city now plans to invite new proposals.", null)]
    // A paragraph that opens with a label of back matter closes the text; one that the post goes on after is content.
    [InlineData("Acme shares rose by a third this year after the company doubled its sales of batteries.\n\n"
        + "Disclaimer: The author holds shares in Acme and has no plans to trade them in the next three days.",
        "Disclaimer: The author holds shares in Acme and has no plans to trade them in the next three days.")]
    [InlineData("We spent ten days in Lisbon in May and walked almost everywhere we went.\n\n"
        + "Disclaimer: this post contains affiliate links, and we earn a small commission on bookings made through them.\n\n"
        + "The tram 28 line is the easiest way to see the old town, but it is packed by nine in the morning. "
        + "We rode it at seven and had the car almost to ourselves.", null)]
    [InlineData("The new bridge opens to cyclists and walkers on Saturday after three years of work.\n\n"
        + "Copyright © 2024 Acme Corp. All rights reserved.", "Copyright © 2024 Acme Corp.")]
    // A Markdown file's footnotes, after its text.
    [InlineData("Version 2.0 renders charts with a million points in under a second on WebGPU.[^1]\n\n"
        + "[^1]: WebGPU is available in Chrome 113 and later, and in Firefox behind a flag.\n"
        + "[^2]: The figures were measured on a laptop from 2022.", "[^1]: WebGPU is available in Chrome 113 and later, and in Firefox behind a flag.")]
    public void BackMatterStart_ClosingsAndLabels(string text, string? expected) =>
        AssertBackMatterStart("en", text, expected);

    private const string EBook =
        "The Project Gutenberg eBook of The Orchard at Wenmoor\n\n"
        + "This eBook is for the use of anyone anywhere in the United States and most other parts of the world at no cost\n"
        + "and with almost no restrictions whatsoever. You may copy it, give it away or re-use it under the terms of the\n"
        + "Project Gutenberg License included with this eBook or online at www.gutenberg.org.\n\n"
        + "Title: The Orchard at Wenmoor\nAuthor: Harriet Lisle\nLanguage: English\n\n"
        + "*** START OF THE PROJECT GUTENBERG EBOOK THE ORCHARD AT WENMOOR ***\n\n"
        + "CHAPTER I.\n\n"
        + "The orchard at Wenmoor had been planted by the first Mrs. Lisle in the year of the great frost, and not one of\n"
        + "its trees had borne fruit since the old gardener left. Martha Lisle walked there every morning with her\n"
        + "father's stick, counting the blossoms that never set.\n\n"
        + "In the spring of her twentieth year a stranger came up the lane with a pruning knife and a letter from the\n"
        + "bishop, and asked for work. She gave him the orchard for a season, and by October the boughs were bent\n"
        + "to the grass with apples.\n\n"
        + "*** END OF THE PROJECT GUTENBERG EBOOK THE ORCHARD AT WENMOOR ***\n\n"
        + "Updated editions will replace the previous one and the old editions will be renamed. Creating the works from\n"
        + "print editions not protected by U.S. copyright law means that no one owns a United States copyright in these\n"
        + "works, so the Foundation can copy and distribute it in the United States without permission and without\n"
        + "paying copyright royalties.\n";

    [Fact]
    public void EBook_FrontMatterEndsAtTheStartLine_BackMatterStartsAtTheEndLine()
    {
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.ForLanguage("en").Split(EBook);
        int front = SentenceSelector.FrontMatterEnd(EBook, sentences, SplittingRules.For("en"));

        Assert.Equal("CHAPTER I.", sentences[front].Slice(EBook).ToString());
        AssertBackMatterStart("en", EBook, "END OF THE PROJECT GUTENBERG EBOOK THE ORCHARD AT WENMOOR ***");
        Assert.Equal(0, SentenceSelector.FrontMatterEnd(PressRelease, SentenceSplitter.ForLanguage("en").Split(PressRelease), SplittingRules.For("en")));

        // A start line far into a text (texts put end to end) ends no preamble.
        string joined = string.Concat(Enumerable.Repeat("The ferry crossed the bay twice a day in every season. ", 250)) + "\n\n" + EBook;
        Assert.Equal(0, SentenceSelector.FrontMatterEnd(joined, SentenceSplitter.ForLanguage("en").Split(joined), SplittingRules.For("en")));
    }

    [Theory]
    // The readers' comments under a post, from their heading to the end, whatever headings the comments hold; a count
    // of comments inside the post, or a heading that merely mentions them, ends nothing.
    [InlineData("en", "## 9 thoughts on \"Going back to paper maps\"", "## 9 thoughts on \"Going back to paper maps\"")]
    [InlineData("en", "### 2 Comments", "### 2 Comments")]
    [InlineData("en", "Leave a Reply", "Leave a Reply")]
    [InlineData("de", "## 4 Kommentare", "## 4 Kommentare")]
    [InlineData("es", "### 6 comentarios", "### 6 comentarios")]
    [InlineData("en", "## Comments on the maps", null)]
    [InlineData("en", "## 9 thoughts", null)]
    public void BackMatterStart_CommentsHeading_RunsToTheEnd(string language, string heading, string? expected)
    {
        string text = "# A post\n\nThe first paragraph of the post says what it is about and why the maps matter so much.\n\n"
            + "The second paragraph goes on with the argument, in enough words to count as content here.\n\n"
            + heading + "\n\n**Ana** says:\n\nI loved this post and I use the old maps on every trip now.\n\n"
            + "## Reply\n\nMe too, the paper ones never run out of battery on a long walk.\n";
        AssertBackMatterStart(language, text, expected);
    }

    private const string Paper =
        "J Hydrol Res. 2022;58(4):101873. doi: 10.1016/j.jhr.2022.101873.\n\n"
        + "Beaver dams buffer summer low flows in headwater streams of a temperate mountain range: a paired-catchment study over five dry summers in the Carpathians\n\n"
        + "Marta Kowalczyk 1, Fabian Wehrle 2, Ines Carvalho 1\n\n"
        + "1 Institute of Environmental Sciences, Jagiellonian University, Kraków, Poland.\n"
        + "2 Chair of Hydrology, University of Freiburg, Freiburg, Germany.\n\n"
        + "Received 14 March 2022, revised 2 June 2022, accepted 9 June 2022.\n\n"
        + "{0}\n\n"
        + "Headwater streams in mountain ranges are increasingly exposed to long summer droughts. "
        + "We paired six streams with beaver dams and six without them and measured their flow for five summers. "
        + "Late-summer baseflow below the dams was 38 percent higher than in the streams without dams. "
        + "The effect weakened after two dry years in a row. "
        + "Beaver dams can sustain low flows for a while, but they cannot replace the protection of whole catchments.\n\n"
        + "Introduction\n\n"
        + "Droughts have grown longer in central Europe over the last three decades. "
        + "Beavers have come back to many of these catchments since the nineties. "
        + "Their dams hold water back, and they raise the groundwater around their ponds.\n";

    [Theory]
    [InlineData("Abstract")]
    [InlineData("ABSTRACT")]
    [InlineData("A B S T R A C T")]
    [InlineData("Zusammenfassung:")]
    [InlineData("Abstract: Mountain streams dry out.")]
    public void Paper_FrontMatterEndsAtTheAbstract(string heading)
    {
        string paper = Paper.Replace("{0}", heading, StringComparison.Ordinal);
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.ForLanguage("en").Split(paper);
        int front = SentenceSelector.FrontMatterEnd(paper, sentences, SplittingRules.For("en"));

        Assert.StartsWith(heading.Split(':')[0], sentences[front].Slice(paper).ToString(), StringComparison.Ordinal);
        Summary three = TestText.Summarizer(pageRank: false).Summarize(paper, SummaryBudget.Sentences(3));
        Assert.All(three.Sentences, sentence => Assert.True(sentence.Start > paper.IndexOf(heading, StringComparison.Ordinal), sentence.Text));
    }

    [Theory]
    // A heading that only names a section ("Summary"), or "Abstract" late in a text, heads no abstract.
    [InlineData("Summary")]
    [InlineData("Abstract art")]
    public void Paper_WithoutAnAbstractHeading_HasNoFrontMatter(string heading)
    {
        string paper = Paper.Replace("{0}", heading, StringComparison.Ordinal);
        Assert.Equal(0, SentenceSelector.FrontMatterEnd(paper, SentenceSplitter.ForLanguage("en").Split(paper), SplittingRules.For("en")));

        string late = string.Concat(Enumerable.Repeat("The ferry crossed the bay twice a day in every season. ", 40)) + "\n\nAbstract\n\n" + paper;
        Assert.Equal(0, SentenceSelector.FrontMatterEnd(late, SentenceSplitter.ForLanguage("en").Split(late), SplittingRules.For("en")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Select_EBook_SummarizesTheBookNotItsLicence(bool pageRank)
    {
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);
        int start = EBook.IndexOf("CHAPTER I.", StringComparison.Ordinal);
        int end = EBook.IndexOf("*** END OF", StringComparison.Ordinal);

        Summary three = summarizer.Summarize(EBook, SummaryBudget.Sentences(3));

        Assert.Equal(3, three.Sentences.Count);
        Assert.All(three.Sentences, sentence => Assert.InRange(sentence.Start, start, end));
    }

    [Theory]
    // An e-mail's closing in the language's words, with or without its comma, and the notice after the signature.
    [InlineData("de", "Hallo zusammen,\n\nwir verschieben den Start der neuen Website vom 3. auf den 17. März. "
        + "Die zwei zusätzlichen Wochen brauchen wir für die Tests der Zahlungsseite.\n\n"
        + "Mit freundlichen Grüßen\nJulia Schneider\n\nJulia Schneider | Leiterin Produkt\nNordwind GmbH | Hafenstraße 12, 20457 Hamburg\n\n"
        + "Vertraulichkeitshinweis: Diese E-Mail enthält vertrauliche Informationen und ist nur für den genannten Empfänger bestimmt.",
        "Mit freundlichen Grüßen")]
    [InlineData("fr", "Bonjour à tous,\n\nNous avons décidé de reporter le lancement du produit du 3 au 17 mars. "
        + "Les deux semaines supplémentaires permettront de terminer les tests du nouveau module de paiement.\n\n"
        + "Cordialement,\nMarie Dubois\nDirectrice produit, Acme France\n\n"
        + "Avis de confidentialité : ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.",
        "Cordialement,")]
    // A notice alone, after the text, in the language's words.
    [InlineData("fr", "Nous avons décidé de reporter le lancement du produit du 3 au 17 mars.\n\n"
        + "Avis de confidentialité : ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.",
        "Avis de confidentialité : ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.")]
    public void BackMatterStart_TheLanguagesClosingsAndLabels(string language, string text, string? expected) =>
        AssertBackMatterStart(language, text, expected);

    /// <summary>Asserts that the back matter of <paramref name="text"/> starts at the segment <paramref name="expected"/>, or that it has none (null).</summary>
    private static void AssertBackMatterStart(string language, string text, string? expected)
    {
        IReadOnlyList<SentenceSpan> sentences = SentenceSplitter.ForLanguage(language).Split(text);
        DocumentTerms terms = DocumentTerms.Build(text, sentences, CancellationToken.None);

        int start = SentenceSelector.BackMatterStart(text, sentences, terms.WordCounts, SummarizerOptions.Default, SplittingRules.For(language));

        Assert.Equal(expected, start < sentences.Count ? sentences[start].Slice(text).ToString() : null);
    }

    [Theory]
    // A press release's "About" section and contact block; an e-mail's closing, signature and confidentiality notice.
    [InlineData(PressRelease, "About Brightfield", false)]
    [InlineData(PressRelease, "About Brightfield", true)]
    [InlineData(Email, "Thanks,", false)]
    [InlineData(Email, "Thanks,", true)]
    public void Select_BackMatter_PassedOverUnlessTheCountNeedsIt(string text, string backMatterStart, bool pageRank)
    {
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);
        int start = text.IndexOf(backMatterStart, StringComparison.Ordinal);

        Summary three = summarizer.Summarize(text, SummaryBudget.Sentences(3));
        Summary all = summarizer.Summarize(text, SummaryBudget.Sentences(6));

        Assert.Equal(3, three.Sentences.Count);
        Assert.All(three.Sentences, sentence => Assert.True(sentence.Start < start, sentence.Text));
        // When the count cannot be reached otherwise, back matter fills it, as lead-ins do.
        Assert.Equal(6, all.Sentences.Count);
        Assert.Contains(all.Sentences, sentence => sentence.Start > start);
    }

    [Fact]
    public void Order_ReadingOrScore()
    {
        string text = TestText.Document(30, 30);
        Summary reading = ExtractiveSummarizer.Create(new SummarizerOptions { Order = SummaryOrder.Reading }).Summarize(text, SummaryBudget.Sentences(5));
        Summary score = ExtractiveSummarizer.Create(new SummarizerOptions { Order = SummaryOrder.Score }).Summarize(text, SummaryBudget.Sentences(5));
        List<int> readingIndexes = Indexes(reading);
        var sorted = new List<int>(readingIndexes);
        sorted.Sort();
        Assert.Equal(sorted, readingIndexes);
        for (int k = 1; k < score.Sentences.Count; k++)
        {
            Assert.True(score.Sentences[k].Rank > score.Sentences[k - 1].Rank);
        }

        List<int> scoreIndexes = Indexes(score);
        scoreIndexes.Sort();
        Assert.Equal(sorted, scoreIndexes);
    }

    [Fact]
    public void Order_Score_ShortSentenceTakenToFillTheCount_KeepsRankOrder()
    {
        // The heading-like first sentence is short: it is taken last, to fill the count, yet ranks first.
        const string text = "Ferry library vote. The harbour council met on Tuesday evening to discuss the ferry and the library vote. "
            + "Weather was sunny and warm all through the long afternoon there.";
        Summary summary = new ExtractiveSummarizer(SummarizerOptions.Default with { Order = SummaryOrder.Score, Ranker = SentenceRanker.PageRank })
            .Summarize(text);
        Assert.Equal([1, 2, 3], Ranks(summary));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(9)]
    public void Order_Score_ShortAndLongSentencesMixed_IsRankOrderForEveryBudget(int seed)
    {
        string text = TestText.Document(seed, 30, 2, 12);
        var options = new SummarizerOptions { Order = SummaryOrder.Score, MinSentenceWords = 8, RedundancyThreshold = 1 };
        foreach (SummaryBudget budget in new[] { SummaryBudget.Sentences(20), SummaryBudget.Ratio(0.5), SummaryBudget.Words(60), SummaryBudget.Tokens(80, s_o200k) })
        {
            Summary summary = ExtractiveSummarizer.Create(options).Summarize(text, budget);
            List<int> ranks = Ranks(summary);
            Assert.True(ranks.Count > 1, $"{budget}: too few sentences to check the order");
            var sorted = new List<int>(ranks);
            sorted.Sort();
            Assert.Equal(sorted, ranks);
        }
    }

    private static List<int> Ranks(Summary summary)
    {
        var result = new List<int>();
        foreach (SummarySentence sentence in summary.Sentences)
        {
            result.Add(sentence.Rank);
        }

        return result;
    }

    /// <summary>A summarizer whose ranker scores every sentence the same, so that the first eligible one is chosen.</summary>
    private static ExtractiveSummarizer ScoringAlike(Language language, int minSentenceWords = 6) => ExtractiveSummarizer.Create(new SummarizerOptions
    {
        Language = language,
        MinSentenceWords = minSentenceWords,
        Ranker = new Ranking.SentenceRankerTests.ConstantRanker(),
    });

    /// <summary>The sentences a summarizer (English unless another language is given) whose ranker scores every sentence alike chooses, short ones allowed.</summary>
    private static List<int> ChosenAlike(string text, int count, Language? language = null) =>
        Indexes(ScoringAlike(language ?? Language.English, minSentenceWords: 0).Summarize(text, SummaryBudget.Sentences(count)));

    private static List<int> Indexes(Summary summary)
    {
        var result = new List<int>();
        foreach (SummarySentence sentence in summary.Sentences)
        {
            result.Add(sentence.Index);
        }

        return result;
    }

    private static float[] UnitTfIdf(TermMatrix matrix)
    {
        var weights = new float[matrix.Terms.Length];
        for (int s = 0; s < matrix.SentenceCount; s++)
        {
            double squares = 0;
            for (int e = matrix.RowStarts[s]; e < matrix.RowStarts[s + 1]; e++)
            {
                weights[e] = (float)(matrix.Counts[e] * (Math.Log((matrix.SentenceCount + 1.0) / (matrix.SentenceFrequency(matrix.Terms[e]) + 1)) + 1));
                squares += weights[e] * weights[e];
            }

            for (int e = matrix.RowStarts[s]; e < matrix.RowStarts[s + 1]; e++)
            {
                weights[e] /= (float)Math.Sqrt(squares);
            }
        }

        return weights;
    }
}
