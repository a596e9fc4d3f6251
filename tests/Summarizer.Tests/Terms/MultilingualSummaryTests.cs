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
}
