using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
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

    // The same metro story in Cairo, with the same two off-topic sentences.
    private static readonly string[] s_arabic =
    [
        "افتتحت الحكومة المصرية يوم الاثنين خطا جديدا لمترو الأنفاق في القاهرة يربط الأحياء الشرقية بوسط المدينة.",
        "ويبلغ طول خط المترو الجديد عشرين كيلومترا ويضم اثنتي عشرة محطة.",
        "وفي يوم السبت أقيم مهرجان للطعام في حديقة الأزهر.",
        "وقال وزير النقل إن بناء الخط الجديد كلف الدولة عشرة مليارات جنيه.",
        "وسيتمكن سكان الأحياء الشرقية من الوصول إلى وسط المدينة بالمترو في عشرين دقيقة بدلا من ساعة.",
        "ويتوقع خبراء الأرصاد طقسا مشمسا في نهاية الأسبوع.",
        "وبدأت أولى قطارات الخط الجديد في نقل الركاب في الساعة السادسة صباحا.",
        "وتخطط الحكومة لافتتاح ثلاث محطات مترو أخرى على الخط قبل نهاية العام.",
    ];

    // And in Delhi, in Hindi, whose sentences end with the danda.
    private static readonly string[] s_hindi =
    [
        "दिल्ली में सोमवार को मेट्रो की एक नई लाइन खोली गई, जो शहर के दक्षिणी इलाकों को केंद्र से जोड़ती है।",
        "नई मेट्रो लाइन बीस किलोमीटर लंबी है और इसमें बारह स्टेशन हैं।",
        "शनिवार को लोधी गार्डन में एक खाद्य उत्सव आयोजित किया गया।",
        "परिवहन मंत्री ने कहा कि नई लाइन के निर्माण पर सरकार ने दस हज़ार करोड़ रुपये खर्च किए।",
        "दक्षिणी इलाकों के निवासी अब मेट्रो से एक घंटे के बजाय बीस मिनट में केंद्र पहुंच सकेंगे।",
        "मौसम विभाग ने सप्ताहांत में धूप भरे मौसम का अनुमान लगाया है।",
        "नई मेट्रो लाइन पर पहली ट्रेनों ने सुबह छह बजे से यात्रियों को ले जाना शुरू किया।",
        "सरकार साल के अंत तक इस लाइन पर तीन और मेट्रो स्टेशन खोलने की योजना बना रही है।",
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
    public void Summarize_ArabicNews_PicksMetroSentencesAndReportsArabic()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(string.Join(' ', s_arabic));

        Assert.Same(Language.Arabic, summary.Language);
        AssertSensible(summary, s_arabic, offTopic: [2, 5], keyWords: ["مترو", "الخط"]);
    }

    [Fact]
    public void Summarize_HindiNews_PicksMetroSentencesAndReportsHindi()
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(string.Join(' ', s_hindi));

        Assert.Same(Language.Hindi, summary.Language);
        AssertSensible(summary, s_hindi, offTopic: [2, 5], keyWords: ["मेट्रो", "लाइन"]);
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
        // Lucene's normalizers and light stemmers (Arabic, Hindi) are made one per document too.
        string[] texts = [string.Join(' ', s_german), string.Join(' ', s_russian), string.Join(' ', s_arabic), string.Join(' ', s_hindi)];
        string[] expected = Array.ConvertAll(texts, text => ExtractiveSummarizer.Default.Summarize(text).Text);
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, 200, i =>
        {
            Summary summary = ExtractiveSummarizer.Default.Summarize(texts[i % texts.Length]);
            if (summary.Text != expected[i % texts.Length])
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
    // A report quoting two people in the language they spoke: the quotations say what the report says in its own
    // language, and a reader of the summary may not read theirs.
    private const string EnglishWithFrenchQuotes =
        "The French government announced on Wednesday that it would delay a planned rise in the retirement age by two years, after weeks of strikes disrupted trains and schools across the country.\n\n" +
        "Prime Minister Claire Fontaine told parliament that the delay would give unions time to negotiate. \"Nous avons entendu la col\u00E8re des travailleurs et nous prendrons le temps qu'il faut pour trouver un accord juste,\" she said, to applause from the centre benches.\n\n" +
        "The original plan would have raised the retirement age from 62 to 64 by 2027. Unions had called it an attack on workers in physically demanding jobs.\n\n" +
        "Union leader Marc Dubois welcomed the delay but said strikes would continue until the plan was withdrawn. \"Ce n'est pas une victoire, c'est une pause, et nous resterons mobilis\u00E9s jusqu'au retrait complet de la r\u00E9forme,\" he told reporters outside the union headquarters in Paris.\n\n" +
        "Economists warned that the delay would cost the pension system about 4 billion euros a year. The finance ministry said it would present revised figures next month.\n\n" +
        "Rail traffic returned to normal on Thursday, the national rail operator said.";

    private const string GermanWithEnglishQuote =
        "Der Stadtrat von Freiburg hat am Dienstag beschlossen, die Innenstadt ab dem kommenden Fr\u00FChjahr f\u00FCr den privaten Autoverkehr zu sperren.\n\n" +
        "Die Entscheidung fiel mit 31 zu 17 Stimmen nach einer mehrst\u00FCndigen Debatte, in der vor allem die H\u00E4ndler der Altstadt Bedenken \u00E4u\u00DFerten.\n\n" +
        "Oberb\u00FCrgermeisterin Anna Keller sagte, die Stadt wolle damit die Luftqualit\u00E4t verbessern und mehr Platz f\u00FCr Fu\u00DFg\u00E4nger schaffen.\n\n" +
        "Der Verkehrsplaner Tom Baker, der das Konzept f\u00FCr die Stadt entwickelt hat, sagte auf Englisch: \"This is one of the boldest plans in Europe, and it will only work if the buses run every five minutes and the car parks at the edge of the city are cheap.\"\n\n" +
        "Lieferverkehr soll morgens bis zehn Uhr weiterhin erlaubt sein, ebenso Fahrten von Anwohnern mit Sondergenehmigung.\n\n" +
        "Die Kosten f\u00FCr neue Buslinien und Parkh\u00E4user am Stadtrand sch\u00E4tzt die Verwaltung auf rund 45 Millionen Euro.\n\n" +
        "Der Einzelhandelsverband k\u00FCndigte an, die Auswirkungen auf die Ums\u00E4tze im ersten Jahr genau zu beobachten.";

    // A notice in two languages that none leads, each paragraph followed by its translation.
    private const string BilingualNotice =
        "Notice to residents / Avis aux r\u00E9sidents\n\n" +
        "The water supply on Maple Street will be interrupted on Tuesday from 8 a.m. to 4 p.m. while the city replaces a broken main under the road.\n\n" +
        "L'alimentation en eau de la rue Maple sera interrompue mardi de 8 h \u00E0 16 h pendant que la ville remplace une conduite principale bris\u00E9e sous la chauss\u00E9e.\n\n" +
        "Residents are asked to store enough drinking water for the day and to keep their taps closed until the work is finished.\n\n" +
        "Les r\u00E9sidents sont pri\u00E9s de conserver assez d'eau potable pour la journ\u00E9e et de garder leurs robinets ferm\u00E9s jusqu'\u00E0 la fin des travaux.\n\n" +
        "After the supply returns, the water may look cloudy for a few hours; it is safe to drink, and running a cold tap for two minutes will clear it.\n\n" +
        "Apr\u00E8s le r\u00E9tablissement du service, l'eau pourrait para\u00EEtre trouble pendant quelques heures; elle est potable, et laisser couler un robinet d'eau froide pendant deux minutes la rendra claire.\n\n" +
        "The city apologizes for the inconvenience and thanks residents for their patience during the repairs on the street.\n\n" +
        "La ville s'excuse des inconv\u00E9nients et remercie les r\u00E9sidents de leur patience pendant les r\u00E9parations de la rue.";

    [Theory]
    [InlineData(EnglishWithFrenchQuotes, "en", 5)]
    [InlineData(GermanWithEnglishQuote, "de", 3)]
    [InlineData(BilingualNotice, "en", 4)]
    public void Summarize_SentencesInAnotherLanguage_AreLeftOutWhileTheTextsOwnFill(string text, string summaryLanguage, int count)
    {
        Summary summary = ExtractiveSummarizer.Default.Summarize(text, SummaryBudget.Sentences(count));

        Assert.Equal(count, summary.Sentences.Count);
        Assert.All(summary.Sentences, sentence => Assert.Equal(summaryLanguage, Language.Detect(sentence.Text).Code));
    }

    [Fact]
    public void Summarize_ExplicitLanguageThatIsNotTheTexts_KeepsTheBestSentences()
    {
        // A caller that names English for a German text (a service that names it for every text) gets the German
        // text's best sentences, not its shorter ones first as though the German were quotations in an English text.
        string text = string.Join(' ', s_german) + " Das Wetter bleibt morgen eher kühl.";
        var summarizer = ExtractiveSummarizer.Create(new SummarizerOptions { Language = Language.English, IncludeRanking = true });
        Summary summary = summarizer.Summarize(text, SummaryBudget.Sentences(3));

        int[] best = [.. summary.Ranking!.Where(s => s.Kind == SentenceKind.Sentence && s.Text.Split(' ').Length >= 6).OrderBy(s => s.Rank).Take(3).Select(s => s.Index).Order()];
        Assert.Equal(best, summary.Sentences.Select(s => s.Index));
    }

    [Fact]
    public void Summarize_SentencesInAnotherLanguage_StillFillACountTheTextsOwnCannot()
    {
        // Four English sentences of content: the fifth is a French one rather than none.
        Summary summary = ExtractiveSummarizer.Default.Summarize(BilingualNotice, SummaryBudget.Sentences(5));

        Assert.Equal(5, summary.Sentences.Count);
        Assert.Single(summary.Sentences, sentence => Language.Detect(sentence.Text).Code == "fr");
    }

    [Fact]
    public void ReadsAsOther_NoSentenceOfTheSingleLanguageSamples()
    {
        // The 84 paragraphs written for the language guess, each in one language: none of their sentences reads as
        // another language than the paragraph's own.
        foreach ((string code, string text) in LanguageSamples.Paragraphs)
        {
            Language language = Language.FromCode(code);
            foreach (SentenceSpan span in language.Splitter.Split(text))
            {
                string sentence = span.Slice(text).ToString();
                Assert.False(LanguageGuesser.ReadsAsOther(sentence, language), $"{code}: {sentence}");
            }
        }
    }

    [Theory]
    // Names with French particles and a possessive's "s" (Czech "with") are no other language; a French sentence is.
    [InlineData("Attendees were Jean de la Fontaine, Marie du Pont, Luc de la Tour and Anne le Blanc.", false)]
    [InlineData("liverpool 's players surround lucas following sissoko 's dangerous tackle during monday night 's game .", false)]
    [InlineData("Nous avons entendu la col\u00E8re des travailleurs et nous prendrons le temps qu'il faut pour trouver un accord juste.", true)]
    public void ReadsAsOther_OnlyProseOfAnotherLanguage(string sentence, bool other)
    {
        Assert.Equal(other, LanguageGuesser.ReadsAsOther(sentence, Language.English));
        Assert.Equal(other ? "fr" : null, LanguageGuesser.ProseLanguage(sentence)?.Code);
    }
}
