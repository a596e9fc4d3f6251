using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Summarizer.Tests.Keywords;

public sealed class KeywordExtractorTests
{
    [Fact]
    public void Keywords_OccurrencesPointAtTheirText()
    {
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 8 }).Summarize(TestText.News);
        Assert.NotEmpty(summary.Keywords);
        Assert.True(summary.Keywords.Count <= 8);
        foreach (Keyword keyword in summary.Keywords)
        {
            Assert.NotEmpty(keyword.Occurrences);
            int previous = -1;
            foreach (KeywordOccurrence occurrence in keyword.Occurrences)
            {
                Assert.True(occurrence.Start > previous, "occurrences in reading order");
                previous = occurrence.Start;
                Assert.Contains(TestText.News.Substring(occurrence.Start, occurrence.Length).ToLowerInvariant(), keyword.Forms);
            }

            Assert.Equal(keyword.Occurrences.Count, keyword.Count);
            Assert.Equal(keyword.Forms[0], keyword.Text);
        }

        for (int k = 1; k < summary.Keywords.Count; k++)
        {
            Assert.True(summary.Keywords[k].Score <= summary.Keywords[k - 1].Score);
        }
    }

    [Theory]
    // A web page breaks "information" with a soft hyphen in one place; text copied out of a PDF breaks "company" at the
    // end of a line: one keyword, counted three times, shown whole.
    [InlineData("The infor\u00ADmation was clear. The information was public. Everyone shared the information.", "information", "infor\u00ADmation")]
    [InlineData("The com-\npany grew fast. The company hired staff. Analysts praised the company.", "company", "com-\npany")]
    public void Keywords_WordBrokenInsideIt_IsTheSameWord(string text, string word, string broken)
    {
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 3, MinSentenceWords = 0 })
            .Summarize(text, SummaryBudget.Sentences(1));

        Keyword keyword = Assert.Single(summary.Keywords, k => k.Text == word);
        Assert.Equal(3, keyword.Count);
        Assert.Equal([word], keyword.Forms);
        Assert.Equal(broken, text.Substring(keyword.Occurrences[0].Start, keyword.Occurrences[0].Length));
    }

    [Theory]
    // A keyphrase's form reads each of its words apart, on the surface as written: a compound keeps its hyphen, a word
    // broken into syllables does not, a hyphen before a capital on the next line is no break, and runs of spaces are one.
    [InlineData("Anglo-Saxon com-\npany", "anglo-saxon company")]
    [InlineData("state-of-the-\r\nart  plan", "state-of-the-art plan")]
    [InlineData("Sensi-\nData", "sensi-\ndata")]
    [InlineData("infor\u00ADmation\tdesk", "information desk")]
    [InlineData("Coastal\u2060 Path", "coastal path")]
    public void Lower_ReadsEachWordThroughItsBreaks(string surface, string form) =>
        Assert.Equal(form, Keyword.Lower(surface, Language.English));

    [Theory]
    // Justified or pasted text puts two spaces or more between the words of a phrase; an export leaves a word joiner
    // or a right-to-left mark beside the space.
    [InlineData("The water  plan failed. The water   plan was costly. The water plan ended. The council met.", "water  plan|water   plan|water plan")]
    [InlineData("The water\u2060 plan failed. The water \u200Fplan was costly. The water plan ended. The council met.", "water\u2060 plan|water \u200Fplan|water plan")]
    public void Keywords_SpacesBetweenWords_ShowAsOne(string text, string occurrences)
    {
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 3, MinSentenceWords = 0 })
            .Summarize(text, SummaryBudget.Sentences(1));

        Keyword keyword = Assert.Single(summary.Keywords, k => k.Text == "water plan");
        Assert.Equal(["water plan"], keyword.Forms);
        Assert.Equal(occurrences.Split('|'), keyword.Occurrences.Select(o => text.Substring(o.Start, o.Length)));
    }

    [Fact]
    public void Keywords_ControlCharacterAloneInsideAWord_MakesNoPhraseThatReadsAsAnotherKeyword()
    {
        // The tokenizer parts "Ne\u0095sted" at the C1 control; without a space the parts are no phrase, whose form
        // would read "nested", as the word's own keyword does.
        const string text = "Nested loops run slowly. Nested loops use memory. Ne\u0095sted loops were rewritten. Nested loops remain.";
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 8, MinSentenceWords = 0 })
            .Summarize(text, SummaryBudget.Sentences(1));

        Assert.Equal(summary.Keywords.Count, summary.Keywords.Select(k => k.Text).Distinct().Count());
        Assert.DoesNotContain(summary.Keywords, k => k.Forms.Any(f => f.Contains('\u0095', StringComparison.Ordinal)));
    }

    [Fact]
    public void Keywords_DashBetweenSpaces_PartsTwoPhrases()
    {
        // A dash between spaces parts two clauses: no phrase runs across it ("panels - wind turbines").
        const string text = "Solar panels - wind turbines grew fast. Solar panels - wind turbines cost less. Solar panels - wind turbines need land.";
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 4, MinSentenceWords = 0 })
            .Summarize(text, SummaryBudget.Sentences(1));

        Assert.Contains(summary.Keywords, k => k.Text == "wind turbines");
        Assert.DoesNotContain(summary.Keywords, k => k.Forms.Any(f => f.Contains(" - ", StringComparison.Ordinal)));
    }

    [Theory]
    // German capitalizes its nouns: the verbs "darf" and "gebe" and the adverb "rund" recur and link, but a keyword is
    // written with a capital inside a sentence; "Dr." and "Mrd." are a title and a unit.
    [InlineData("de", "Die Regierung darf rund 480 Mrd. Euro ausgeben. Dr. Weber sagte, die Regierung gebe rund 20 Mrd. Euro "
        + "für Schulen aus. Die Opposition sagte, der Staat darf nicht mehr Schulden machen. Dr. Weber sagte, der Staat "
        + "gebe das Geld für Schulen und Straßen aus. Die Opposition darf im Januar abstimmen.",
        "schulen regierung", "darf gebe rund dr mrd")]
    // "data suggests annual growth", "job market apparently": a verb of saying and an adverb link the nouns around
    // them as often as the nouns do.
    [InlineData("en", "Official data suggests annual growth slowed. The data previously suggested growth of 2%. "
        + "Analysts said the data apparently showed growth in the job market. The job market apparently grew, analysts said. "
        + "Growth data previously said little about the job market.",
        "data market", "suggests said previously apparently")]
    public void Keywords_LeaveOutVerbsAdverbsAndAbbreviations(string language, string text, string kept, string left)
    {
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 8, MinSentenceWords = 0, Language = Language.FromCode(language) })
            .Summarize(text, SummaryBudget.Sentences(1));

        string[] words = [.. summary.Keywords.SelectMany(k => k.Text.Split(' '))];
        Assert.All(kept.Split(' '), word => Assert.Contains(word, words));
        Assert.All(left.Split(' '), word => Assert.DoesNotContain(word, words));
    }

    [Fact]
    public void Keywords_AdjacentKeywordsJoinIntoPhrases()
    {
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 10 }).Summarize(TestText.News);
        var texts = new System.Collections.Generic.List<string>();
        foreach (Keyword keyword in summary.Keywords)
        {
            texts.Add(keyword.Text);
        }

        Assert.Contains("interest rates", texts);
        Assert.Contains(texts, t => t.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void Keywords_Chinese_JoinOverlappingBigramsIntoRecurringWords()
    {
        const string Text = "北京市政府今天宣布，新的地铁线路将于明年开通。这条线路连接市中心和机场，全长四十公里。市民对新地铁线路表示欢迎。"
            + "交通部门表示，地铁票价将保持不变。新的地铁线路预计每天运送十万名乘客。";
        Summary summary = ExtractiveSummarizer.Create(new SummarizerOptions { KeywordCount = 5, Language = Language.Chinese }).Summarize(Text);

        Assert.Equal("地铁线路", summary.Keywords[0].Text);
        Assert.All(summary.Keywords, k => Assert.True(k.Count >= 2, $"{k.Text} recurs"));
        // No bigram that straddles a function character and a word ("的地" of "新的地铁").
        Assert.All(summary.Keywords, k => Assert.DoesNotContain('的', k.Text));
    }

    [Fact]
    public void Keywords_OffByDefault()
    {
        Assert.Empty(ExtractiveSummarizer.Default.Summarize(TestText.News).Keywords);
    }

    [Fact]
    public void TermOccurrences_LineUpWithTerms()
    {
        // DocumentTerms records where each term occurrence is; the surface there makes the same term again.
        DocumentTerms terms = TestText.Terms(TestText.News, out _);
        Assert.Equal(terms.TermIds.Length, terms.TermStarts.Length);
        for (int k = 0; k < terms.TermIds.Length; k++)
        {
            string surface = TestText.News.Substring(terms.TermStarts[k], terms.TermLengths[k]);
            Assert.Equal([terms.TermIds[k]], terms.LookUp(surface));
        }
    }

    [Fact]
    public void Keywords_StemmedTogether_ShowTheMostFrequentFormAndCoverEachFormExactly()
    {
        const string Text =
            "The Institution of Marine Engineers met in the harbour on Monday to discuss ferries. " +
            "Members of the institute said the ferries were safe and the harbour was busy. " +
            "The institute will publish a report on ferries and the harbour next spring. " +
            "A spokesman for the institute said the report would be free to read.";
        Summary summary = new ExtractiveSummarizer(new SummarizerOptions { KeywordCount = 10, Language = Language.English }).Summarize(Text);

        Keyword institute = Assert.Single(summary.Keywords, k => k.Forms.Contains("institute"));
        Assert.Equal("institute", institute.Text);
        Assert.Equal(["institute", "institution"], institute.Forms);
        Assert.Equal(4, institute.Count);
        string[] surfaces = institute.Occurrences.Select(o => Text.Substring(o.Start, o.Length)).ToArray();
        Assert.Equal(["Institution", "institute", "institute", "institute"], surfaces);
    }

    [Fact]
    public void Keywords_CountEveryOccurrence_InsideLongerPhrasesToo()
    {
        string article = File.ReadAllText(Summarizer.Testing.RepositoryFiles.PathOf("src/Summarizer.Cli/Resources/sample-article.txt"));
        Summary summary = new ExtractiveSummarizer(new SummarizerOptions { KeywordCount = 10 }).Summarize(article);

        // Counted independently of the extractor: the words whose stem is "librari", wherever they stand.
        int expected = Regex.Count(article, @"\b[Ll]ibrar(y|ies)\b");
        Keyword library = Assert.Single(summary.Keywords, k => k.Text == "library");
        Assert.Equal(expected, library.Count);
        Assert.Equal(expected, library.Occurrences.Count);
        Assert.Equal(["library", "libraries"], library.Forms);
        Assert.All(library.Occurrences, o => Assert.StartsWith("librar", article.Substring(o.Start, o.Length).ToLowerInvariant(), StringComparison.Ordinal));

        // A phrase's occurrences are its words' occurrences too: each "floating library" holds one of "library".
        Keyword floating = Assert.Single(summary.Keywords, k => k.Text == "floating library");
        Assert.All(floating.Occurrences, f => Assert.Contains(library.Occurrences, l => l.Start >= f.Start && l.End == f.End));
    }

    [Fact]
    public void Keywords_RepeatedWord_OccurrencesDoNotOverlap()
    {
        const string Text = "Rain rain rain rain fell on the valley all week. The valley flooded after the rain. Rain is expected again.";
        Summary summary = new ExtractiveSummarizer(new SummarizerOptions { KeywordCount = 5, Language = Language.English }).Summarize(Text);
        foreach (Keyword keyword in summary.Keywords)
        {
            for (int i = 1; i < keyword.Occurrences.Count; i++)
            {
                Assert.True(keyword.Occurrences[i].Start >= keyword.Occurrences[i - 1].End);
            }
        }

        Assert.Equal(6, Assert.Single(summary.Keywords, k => k.Text == "rain").Count);
    }
}
