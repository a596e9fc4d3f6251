using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Summarizer.Tests.Terms;

public sealed class MultilingualSummaryTests
{
    // A flood in Cologne, with two sentences on other news (football, a concert) that a summary should leave out.
    private static readonly string[] s_german =
    [
        "Nach tagelangen Regenfällen ist der Rhein in Köln über die Ufer getreten und hat große Teile der Altstadt überflutet.",
        "Die Stadtverwaltung rief am Sonntag den Katastrophenfall aus und ließ mehr als dreitausend Bewohner der Altstadt aus ihren Häusern bringen.",
        "Feuerwehr und Technisches Hilfswerk kämpften die ganze Nacht gegen das Hochwasser und verstärkten die Deiche am Rhein mit Sandsäcken.",
        "Der Pegel des Rheins stieg bis zum Morgen auf mehr als zehn Meter, den höchsten Stand seit dem Hochwasser von 1995.",
        "Im Stadion gewann der örtliche Fußballverein unterdessen sein Heimspiel mit zwei zu null.",
        "Viele Bewohner konnten ihre überfluteten Häuser in der Altstadt nur noch mit Booten erreichen.",
        "Ein Konzert in der Philharmonie wurde auf den Herbst verschoben.",
        "Meteorologen erwarten weiteren Regen, sodass der Pegel des Rheins und das Hochwasser in Köln erneut steigen könnten.",
    ];

    // A new metro line in Moscow, with two sentences on a food festival and the weather.
    private static readonly string[] s_russian =
    [
        "В Москве в понедельник открылась новая линия метро, которая соединила южные районы города с центром.",
        "Новая линия метро длиной двадцать километров включает двенадцать станций.",
        "В субботу в парке Горького прошёл фестиваль уличной еды.",
        "По словам мэра, строительство новой линии обошлось городу в сто миллиардов рублей.",
        "Жители южных районов теперь смогут добираться до центра города на метро за двадцать минут вместо часа.",
        "Синоптики обещают на выходных солнечную погоду.",
        "Первые поезда на новой линии метро начали перевозить пассажиров в шесть часов утра.",
        "Городские власти планируют до конца года открыть на линии ещё три станции метро.",
    ];

    private readonly ITestOutputHelper _output;

    public MultilingualSummaryTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Summarize_GermanNews_PicksFloodSentencesAndReportsGerman()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(string.Join(' ', s_german));

        Assert.Same(Language.German, summary.Language);
        AssertSensible(summary, s_german, offTopic: [4, 6], keyWords: ["Rhein", "Hochwasser", "Altstadt"]);
    }

    [Fact]
    public void Summarize_RussianNews_PicksMetroSentencesAndReportsRussian()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(string.Join(' ', s_russian));

        Assert.Same(Language.Russian, summary.Language);
        AssertSensible(summary, s_russian, offTopic: [2, 5], keyWords: ["метро", "лини"]);
    }

    [Fact]
    public void Summarize_ExplicitLanguage_IsUsedAndReported()
    {
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Language = Language.Russian });
        Summary summary = summarizer.Summarize(string.Join(' ', s_german));

        Assert.Same(Language.Russian, summary.Language);
        Assert.Same(Language.Russian, summarizer.Summarize("").Language);
        Assert.Same(Language.English, ExtractiveSummarizer.Default.Summarize("").Language);
    }

    [Fact]
    public void Summarize_ManyThreadsManyLanguages_GiveTheSameSummaries()
    {
        // Snowball stemmers are not thread-safe; each document must get its own.
        string german = string.Join(' ', s_german);
        string russian = string.Join(' ', s_russian);
        string expectedGerman = ExtractiveSummarizer.Default.Summarize(german).Text;
        string expectedRussian = ExtractiveSummarizer.Default.Summarize(russian).Text;
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, 200, i =>
        {
            bool even = i % 2 == 0;
            Summary summary = ExtractiveSummarizer.Default.Summarize(even ? german : russian);
            if (summary.Text != (even ? expectedGerman : expectedRussian))
            {
                failures.Add(summary.Text);
            }
        });

        Assert.Empty(failures);
    }

    private void AssertSensible(Summary summary, string[] sentences, int[] offTopic, string[] keyWords)
    {
        Assert.Equal(3, summary.Sentences.Count);
        var chosen = new List<int>();
        foreach (SummarySentence sentence in summary.Sentences)
        {
            chosen.Add(sentence.Index);
            _output.WriteLine($"#{sentence.Index} rank {sentence.Rank} score {sentence.Score:F3}: {sentence.Text}");
            Assert.Equal(sentences[sentence.Index], sentence.Text);
            Assert.DoesNotContain(sentence.Index, offTopic);

            bool onTopic = false;
            foreach (string word in keyWords)
            {
                onTopic |= sentence.Text.Contains(word, StringComparison.OrdinalIgnoreCase);
            }

            Assert.True(onTopic, sentence.Text);
        }

        // The highest-ranked sentence is one of the topic's core sentences, not a side remark.
        SummarySentence top = summary.Sentences[0];
        foreach (SummarySentence sentence in summary.Sentences)
        {
            top = sentence.Rank < top.Rank ? sentence : top;
        }

        Assert.True(top.Score > 1.0 / sentences.Length, $"top {top.Index}: {string.Join(',', chosen)}");
    }
}
