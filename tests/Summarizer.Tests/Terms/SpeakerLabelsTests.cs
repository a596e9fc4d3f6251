using System;
using System.Collections.Generic;
using System.Linq;

namespace Summarizer.Tests.Terms;

public sealed class SpeakerLabelsTests
{
    private const string Transcript =
        "Weekly review\n\n" +
        "Dana Ruiz: Thanks for coming. The release slips to May.\n" +
        "Lee: Why does it slip?\n" +
        "Dana Ruiz: The payment vendor changed its interface.\n" +
        "Lee: Then we rewrite the checkout.\n";

    [Fact]
    public void Find_RepeatedLabelsAtLineStarts_AreFoundThroughTheColonAndSpace()
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(Transcript);
        int[]? labels = SpeakerLabels.Find(Transcript, spans);

        Assert.NotNull(labels);
        string[] found = [.. spans.Select((span, i) => Transcript.Substring(span.Start, labels[i]))];
        Assert.Equal(["", "Dana Ruiz: ", "", "Lee: ", "Dana Ruiz: ", "Lee: "], found);
    }

    [Fact]
    public void Find_RecordsLabelsWithAPeriod_AreLabels()
    {
        // A hearing's record: a title and the surname in capitals before a period, as a transcript's "Name: ".
        const string record = "Chairman OKAFOR. Good afternoon to all of you.\nMs. LINDQVIST-BARR. Thank you, Mr. Chairman.\n"
            + "Chairman OKAFOR. Please go on.\nMs. LINDQVIST-BARR. The port handled more cargo.";
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(record);
        int[]? labels = SpeakerLabels.Find(record, spans);

        Assert.NotNull(labels);
        Assert.Equal(["Chairman OKAFOR. ", "Ms. LINDQVIST-BARR. ", "Chairman OKAFOR. ", "Ms. LINDQVIST-BARR. "], spans.Select((span, i) => record.Substring(span.Start, labels[i])));
    }

    [Theory]
    // A label that opens one segment only is a lead-in ("Note:"), and fewer than three labelled segments are no transcript.
    [InlineData("Note: the office is closed. Update: it opens on Monday.\nSource: the city.")]
    [InlineData("Dana: Hello there.\nDana: Goodbye now.")]
    // Not at a line's start, in lower case without a timestamp, over three words, or nothing after the colon.
    [InlineData("He said Dana: yes. He said Dana: no. He said Dana: maybe.")]
    [InlineData("dana: yes.\ndana: no.\ndana: maybe.")]
    [InlineData("The team from the city: yes.\nThe team from the city: no.\nThe team from the city: maybe.")]
    [InlineData("The report of the city council: yes.\nThe report of the city council: no.\nThe report of the city council: maybe.")]
    public void Find_NoRepeatedSpeakers_ReturnsNull(string text) =>
        Assert.Null(SpeakerLabels.Find(text, SentenceSplitter.Default.Split(text)));

    [Fact]
    public void Find_ChatStamps_LabelTheNameAfterThem()
    {
        const string chat = "[10:32] bob: the build is red again\n[10:33] alice: which test fails\n[10:34] bob: the parser test\n[10:35] alice: on it";
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(chat);
        int[]? labels = SpeakerLabels.Find(chat, spans);

        Assert.NotNull(labels);
        Assert.Equal(["[10:32] bob: ", "[10:33] alice: ", "[10:34] bob: ", "[10:35] alice: "], spans.Select((span, i) => chat.Substring(span.Start, labels[i])));
    }

    [Theory]
    // A phone's chat export: the date and time in brackets, or before a dash; an IRC log's nick after its timestamp.
    [InlineData("[03/12/2024, 09:12:45] Alice Smith: Is the deploy still on?\n[03/12/2024, 09:13:02] Bob: Yes, at two.\n[03/12/2024, 09:13:40] Alice Smith: Who signs off?\n[03/12/2024, 09:14:05] Bob: Carol does.",
        "[03/12/2024, 09:12:45] Alice Smith: |[03/12/2024, 09:13:02] Bob: |[03/12/2024, 09:13:40] Alice Smith: |[03/12/2024, 09:14:05] Bob: ")]
    [InlineData("3/12/24, 9:12 PM - Alice: Is the deploy still on?\n3/12/24, 9:13 PM - Bob: Yes, at two.\n3/12/24, 9:14 PM - Alice: Who signs off?\n3/12/24, 9:15 PM - Bob: Carol does.",
        "3/12/24, 9:12 PM - Alice: |3/12/24, 9:13 PM - Bob: |3/12/24, 9:14 PM - Alice: |3/12/24, 9:15 PM - Bob: ")]
    [InlineData("12.03.24, 09:12 - Anna: Steht der Termin noch?\n12.03.24, 09:13 - Ben: Ja, um zwei.\n12.03.24, 09:14 - Anna: Wer gibt frei?\n12.03.24, 09:15 - Ben: Carola.",
        "12.03.24, 09:12 - Anna: |12.03.24, 09:13 - Ben: |12.03.24, 09:14 - Anna: |12.03.24, 09:15 - Ben: ")]
    // A meeting's saved chat ("From" and a spaced colon), and a transcript's time with its seconds.
    [InlineData("10:32:15\t From  Alice Smith : Can you see my screen?\n10:32:40\t From  Bob : Yes, I can.\n10:33:02\t From  Alice Smith : Good.\n10:33:30\t From  Bob : Go ahead.",
        "10:32:15\t From  Alice Smith : |10:32:40\t From  Bob : |10:33:02\t From  Alice Smith : |10:33:30\t From  Bob : ")]
    [InlineData("00:01:05 Dana: Welcome back.\n00:01:09 Lee: Thanks for having me.\n00:01:12 Dana: Let's start.\n00:01:15 Lee: Sure.",
        "00:01:05 Dana: |00:01:09 Lee: |00:01:12 Dana: |00:01:15 Lee: ")]
    [InlineData("[09:12] <alice> is the deploy still on?\n[09:13] <@bob> yes, at two.\n[09:14] <alice> who signs off?\n[09:15] <@bob> carol does.",
        "[09:12] <alice> |[09:13] <@bob> |[09:14] <alice> |[09:15] <@bob> ")]
    // Markdown's bold around the name, the colon inside it or after it, with asterisks or underscores.
    [InlineData("**Host:** Welcome back.\n**Dr. Osei:** Thanks for having me.\n**Host:** How much sleep do we need?\n**Dr. Osei:** Seven hours.",
        "**Host:** |**Dr. Osei:** |**Host:** |**Dr. Osei:** ")]
    [InlineData("**Host**: Welcome back.\n__Lee__: Thanks for having me.\n**Host**: How much sleep do we need?\n__Lee__: Seven hours.",
        "**Host**: |__Lee__: |**Host**: |__Lee__: ")]
    // ... or the whole turn, closing at the line's end.
    [InlineData("**Q: Why did the dam fail?**\nThe spillway was blocked.\n**Q: Who inspected it?**\nNobody since 2019.\n__Q: What now?__\nA new dam.",
        "**Q: ||**Q: ||__Q: |")]
    // A dialogue corpus's number signs around the name.
    [InlineData("#Person1#: Hi, I'd like to return this jacket.\r\n#Person2#: Sure.\r\n#Person1#: The zipper broke.\r\n#Person2#: Here is your refund.",
        "#Person1#: |#Person2#: |#Person1#: |#Person2#: ")]
    // The speaker's role in brackets after the name.
    [InlineData("[14:02] Javier (agent): Hello, good morning.\n[14:02] Customer: i was charged twice\n[14:05] Javier (agent): It is a hold.\n[14:06] Customer: ok thanks",
        "[14:02] Javier (agent): |[14:02] Customer: |[14:05] Javier (agent): |[14:06] Customer: ")]
    // A support chat's time without seconds, its speakers two and more; French spaces the colon.
    [InlineData("19:41 Customer: I need a refund\n19:45 Mia (Agent): Hi there.\n19:46 Customer: its 5541\n19:46 Mia (Agent): Thank you!",
        "19:41 Customer: |19:45 Mia (Agent): |19:46 Customer: |19:46 Mia (Agent): ")]
    [InlineData("Julien Marchand : Madame la maire, bonjour.\nClaire Dubois : Bonjour.\nJulien Marchand : Pourquoi ?\nClaire Dubois : Les chiffres.",
        "Julien Marchand : |Claire Dubois : |Julien Marchand : |Claire Dubois : ")]
    // A live chat's export: the time in parentheses, before the name or after it.
    [InlineData("(08:02:10) Omar: My parcel never came.\n(08:02:31) Support: Sorry to hear that.\n(08:03:05) Omar: It was due on Monday.\n(08:03:40) Support: I will resend it.",
        "(08:02:10) Omar: |(08:02:31) Support: |(08:03:05) Omar: |(08:03:40) Support: ")]
    [InlineData("Omar (08:02:10): My parcel never came.\nSupport (08:02:31): Sorry to hear that.\nOmar (08:03:05): It was due on Monday.\nSupport (08:03:40): I will resend it.",
        "Omar (08:02:10): |Support (08:02:31): |Omar (08:03:05): |Support (08:03:40): ")]
    // A parliament's record: a member's seat and party in brackets, a minister's office before the name.
    [InlineData("Sarah Whitfield (North Dales) (Con): To ask the Secretary of State.\nThe Minister for Local Transport (James Corrigan): Routes were withdrawn.\nSarah Whitfield: Will the money restore them?\nThe Minister for Local Transport (James Corrigan): Some of them.",
        "Sarah Whitfield (North Dales) (Con): |The Minister for Local Transport (James Corrigan): |Sarah Whitfield: |The Minister for Local Transport (James Corrigan): ")]
    public void Find_ChatExportStamps_LabelTheNameAfterThem(string chat, string expected)
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(chat);
        int[]? labels = SpeakerLabels.Find(chat, spans);

        Assert.NotNull(labels);
        Assert.Equal(expected.Split('|'), spans.Select((span, i) => chat.Substring(span.Start, labels[i])));
    }

    [Theory]
    // A time without a date before a dash is an agenda's, a long bracket without a time a note's, and a nick needs a stamp.
    // An agenda's time without seconds before one item's name, however often it repeats.
    [InlineData("09:00 Registration: coffee and badges.\n09:30 Registration: the late arrivals.\n10:00 Registration: closed.")]
    [InlineData("09:00 - Registration: coffee and badges.\n09:30 - Registration: the late arrivals.\n10:00 - Registration: closed.")]
    [InlineData("(09:00) Registration: coffee and badges.\n(09:30) Registration: the late arrivals.\n(10:00) Registration: closed.")]
    [InlineData("Registration (09:00): coffee and badges.\nRegistration (09:30): the late arrivals.\nRegistration (10:00): closed.")]
    // Parentheses without a time are a list's numbers, not a chat's stamps.
    [InlineData("(1) Dana: yes.\n(2) Dana: no.\n(3) Dana: maybe.")]
    [InlineData("[see the appendix below] Dana: yes.\n[see the appendix below] Dana: no.\n[see the appendix below] Dana: maybe.")]
    [InlineData("<alice> is the deploy still on?\n<bob> yes, at two.\n<alice> who signs off?\n<bob> carol does.")]
    // Bold that does not close around the colon is no label.
    [InlineData("**Host: Welcome back.\n**Host: Thanks.\n**Host: Bye.")]
    [InlineData("**Host** said: welcome back.\n**Host** said: thanks.\n**Host** said: bye.")]
    [InlineData("**Host: Welcome** back.\n**Host: Thanks** a lot.\n**Host: Bye** now.")]
    // Number signs that do not close before the colon, or a hashtag, are no label.
    [InlineData("#Host: Welcome back.\n#Host: Thanks.\n#Host: Bye.")]
    [InlineData("#Host# said: welcome back.\n#Host# said: thanks.\n#Host# said: bye.")]
    public void Find_NoChatStamp_ReturnsNull(string text) =>
        Assert.Null(SpeakerLabels.Find(text, SentenceSplitter.Default.Split(text)));

    [Theory]
    [InlineData("Alice Smith  9:12 AM", true)]
    [InlineData("Bob\t14:05", true)]
    [InlineData("Carol Diaz 9:15 p.m.", true)]
    [InlineData("alice — Today at 9:12 AM", true)]
    [InlineData("bob_42 - 03/12/2024 21:05", true)]
    [InlineData("[9:12 AM] Alice Smith", true)]
    [InlineData("  [03/12/2024, 09:12:45] Alice Smith  ", true)]
    [InlineData("10:32:15 From Alice Smith to Everyone:", true)]
    [InlineData("9:00 The agenda for the meeting covers the following points today:", false)]
    // A sentence or a note that ends with a time, a score, a name in lower case before one space, a bracket without a time.
    [InlineData("Meeting moved to 9:30", false)]
    [InlineData("The train left at 9:30 AM", false)]
    [InlineData("alice 9:12 AM", false)]
    [InlineData("Arsenal 2:1", false)]
    [InlineData("Chelsea 12:345", false)]
    [InlineData("[Note] Alice Smith", false)]
    [InlineData("Alice Smith: 9:12 AM", false)]
    public void IsHeaderLine_SenderAndTime(string line, bool expected) =>
        Assert.Equal(expected, SpeakerLabels.IsHeaderLine(line, out _));

    [Fact]
    public void IsHeaderLine_Sender_IsTheNameBeforeTheTime()
    {
        const string line = " carol — Today at 9:15 AM";

        Assert.True(SpeakerLabels.IsHeaderLine(line, out System.Range sender));
        Assert.Equal("carol", line[sender]);
    }

    [Fact]
    public void DocumentTerms_LabelWords_CountAsWordsButGiveNoTerms()
    {
        IReadOnlyList<SentenceSpan> spans = SentenceSplitter.Default.Split(Transcript);
        DocumentTerms terms = DocumentTerms.Build(Transcript, spans, new TermOptions { Language = Language.English }, default);

        // "Dana Ruiz: The payment vendor changed its interface." has 8 words and the terms of its content only.
        Assert.Equal(8, terms.WordCounts[4]);
        Assert.Equal(6, terms.SentenceLengths[4]);
        Assert.Equal(terms.WordCounts[0], terms.SentenceLengths[0]);
        string[] surfaces = [.. Enumerable.Range(terms.RowStarts[4], terms.RowStarts[5] - terms.RowStarts[4]).Select(k => Transcript.Substring(terms.TermStarts[k], terms.TermLengths[k]))];
        Assert.Equal(["payment", "vendor", "changed", "interface"], surfaces);
        Assert.Empty(terms.LookUp("Lee Dana Ruiz"));
    }

    [Fact]
    public void DocumentTerms_WithoutLabels_SentenceLengthsAreTheWordCounts()
    {
        const string text = "The release slips to May. The payment vendor changed its interface.";
        DocumentTerms terms = DocumentTerms.Build(text, SentenceSplitter.Default.Split(text), new TermOptions { Language = Language.English }, default);

        Assert.Same(terms.WordCounts, terms.SentenceLengths);
    }

    [Theory]
    [InlineData(false, "[00:00:{0:00}] ")]
    [InlineData(true, "[00:00:{0:00}] ")]
    [InlineData(false, "[03/12/2024, 09:12:{0:00}] ")]
    [InlineData(true, "03/12/2024, 09:{0:00} - ")]
    public void Summarize_ShortTurns_AreShortWithoutTheirLabels(bool pageRank, string stamp)
    {
        // Each greeting has five words or more with its stamp and label, three or four without: shorter than the six asked.
        string podcast = Stamped(stamp, 5, "Host: Welcome back, everyone.")
            + Stamped(stamp, 9, "Guest: Thanks for having me.")
            + Stamped(stamp, 12, "Host: Cities are tearing out their urban highways to win back land.")
            + Stamped(stamp, 20, "Guest: Seoul turned a freeway into a park along a restored stream.")
            + Stamped(stamp, 31, "Host: Rochester filled in part of its Inner Loop and built housing.");
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary summary = summarizer.Summarize(podcast, SummaryBudget.Sentences(3));

        Assert.Equal([2, 3, 4], summary.Sentences.Select(sentence => sentence.Index));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Summarize_ChatWithoutPeriods_ChoosesTheTurnsThatSaySomething(bool pageRank)
    {
        // Chat turns often end without a period. The answer is such a turn; read as a heading, it could not be chosen,
        // and a turn after a punctuated one was glued to it.
        const string chat = "Hannah: Hey, do you have Betty's number?\n"
            + "Amanda: Sorry, can't find it.\n"
            + "Amanda: Ask Larry, he called her last time we were at the park together\n"
            + "Hannah: I don't know him well\n"
            + "Amanda: Don't be shy, he's very nice.\n"
            + "Hannah: Alright, I'll text him tonight\n";
        ExtractiveSummarizer summarizer = TestText.Summarizer(pageRank);

        Summary summary = summarizer.Summarize(chat, SummaryBudget.Sentences(6));

        Assert.Equal(6, summary.SentenceCount);
        Assert.All(summary.Sentences, sentence => Assert.Equal(SentenceKind.Sentence, sentence.Kind));
        Assert.Contains(summary.Sentences, sentence => sentence.Text.StartsWith("Amanda: Ask Larry", StringComparison.Ordinal));
    }

    private static string Stamped(string stamp, int seconds, string turn) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, stamp, seconds) + turn + "\n";

    [Fact]
    public void Summarize_BoldLabels_AreLabels_SoTheHostsWelcomeIsACourtesy()
    {
        // A podcast transcript written in Markdown: the host's welcome is a courtesy once the bold label is read as one.
        const string text = "**Host:** Welcome back to the show. Today we're talking about sleep with Dr. Amara Osei, who runs the sleep lab at Lakeside Hospital.\n\n"
            + "**Dr. Osei:** Thanks for having me.\n\n**Host:** So how much sleep do adults actually need?\n\n"
            + "**Dr. Osei:** Most adults need seven to nine hours. The problem is that about a third of adults regularly get less than seven, and the effects add up over weeks.\n\n"
            + "**Host:** What happens to the body after a week of short nights?\n\n"
            + "**Dr. Osei:** Reaction times slow down as much as after a couple of drinks, and blood sugar control gets worse. People also underestimate how impaired they are.";

        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("Welcome back", StringComparison.Ordinal));
    }
}
