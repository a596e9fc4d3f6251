using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Summarizer.Tests.Terms;

public sealed class LanguageTests
{
    private readonly ITestOutputHelper _output;

    public LanguageTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void All_HasTheLanguagesWithStopWords_TheBigramScripts_AndUndeterminedLast()
    {
        string[] stemmed = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "sv", "da", "no", "fi", "hu", "ro", "tr", "ca", "eu", "cs", "pl", "lv", "id", "uk", "bg", "ar", "hi", "hy"];
        string[] unstemmed = ["el", "fa"];
        foreach (Language language in Language.All)
        {
            bool bigrams = language.Code is "zh" or "ja" or "ko" or "th";
            Assert.Equal(Array.IndexOf(stemmed, language.Code) >= 0, language.HasStemmer);
            Assert.Equal(bigrams, language.UsesCharacterBigrams);
            Assert.Equal(bigrams || language.Code == "und", language.StopWords.Count == 0);
            Assert.Equal(!bigrams && language.Code != "und", language.CreateStemmer() is not null);
        }

        Assert.Equal(stemmed.Length + unstemmed.Length + 5, Language.All.Count);
        Assert.Same(Language.English, Language.All[0]);
        Assert.Same(Language.Undetermined, Language.All[^1]);
        Assert.Equal(["zh", "ja", "ko", "th"], [Language.All[^5].Code, Language.All[^4].Code, Language.All[^3].Code, Language.All[^2].Code]);
        Assert.False(Language.Undetermined.HasStemmer);
    }

    [Theory]
    [InlineData("autobus autobusy autobusów autobusami autobusach autobusem autobusie autobusu", "autobus")]
    [InlineData("polski polska polskie polskiej polskiego polskim polskich polskimi", "polsk")]
    [InlineData("nowy nowa nowe nowej nowego nowym nowych nowymi", "now")]
    [InlineData("zagłosował zagłosowała zagłosowało zagłosowali", "zagłosow")]
    [InlineData("mówić mówi mówią", "mów")]
    [InlineData("ziemia ziemi ziemię ziemią ziemiach ziemiami", "ziem")]
    // Nouns in "-nie" and soft stems keep their "i" before "-u", "-em", "-ach", "-ami"; "-kiem" is the instrumental of "-k".
    [InlineData("wydarzenie wydarzenia wydarzeniu wydarzeniem wydarzeniach wydarzeniami wydarzeniom", "wydarzen")]
    [InlineData("krok kroku krokiem kroki kroków", "krok")]
    public void Polish_LightStemmer_MeetsTheInflectionsOfAWord(string words, string stems) =>
        AssertStems(Language.Polish, words, stems);

    [Theory]
    [InlineData("автобус автобуси автобусів автобусами автобусах автобусом автобусу", "автобус")]
    [InlineData("новий нова нове нового новій новим нових новими", "нов")]
    [InlineData("проголосувала проголосували проголосувало", "проголосувал")]
    [InlineData("школа школи школу школою школі", "школ")]
    [InlineData("робота роботи роботу роботою", "робот")]
    [InlineData("мережа мережі мережу мережею", "мереж")]
    [InlineData("питання питанні питанням питаннями питаннях", "питанн")]
    [InlineData("люди людей людям людьми", "люд")]
    [InlineData("компанія компанії компанію компанією компаній компаніям компаніях", "компан")]
    // Nouns in "-в" and "-ь" keep their last consonant: a surname, "область", "автомобіль".
    [InlineData("Іванов Іванова Іванову Івановим", "іванов")]
    [InlineData("область області областю", "област")]
    [InlineData("автомобіль автомобіля автомобілі автомобілів автомобілем", "автомобіл")]
    public void Ukrainian_LightStemmer_MeetsTheInflectionsOfAWord(string words, string stems) =>
        AssertStems(Language.Ukrainian, words, stems);

    private static void AssertStems(Language language, string words, string stems)
    {
        var analyzer = new TermAnalyzer(language, new Vocabulary(16), foldDiacritics: false);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string word in words.Split(' '))
        {
            int id = analyzer.TermOf(word, TokenKind.Word);
            Assert.True(id >= 0, word);
            found.Add(analyzer.Vocabulary[id]);
        }

        Assert.Equal(stems, string.Join(' ', found));
    }

    [Fact]
    public void PolishAndUkrainian_StopWords_AreTheProjectsLists()
    {
        AssertStopWords(Language.Polish.StopWords, ["się", "że", "który", "którą", "tę", "siebie", "choć", "wśród", "nikt"], "autobus");
        AssertStopWords(Language.Ukrainian.StopWords, ["що", "її", "який", "яку", "цю", "неї", "нього", "них", "щодо", "ніж", "уже"], "автобус");
    }

    private static void AssertStopWords(System.Collections.Frozen.FrozenSet<string> stopWords, string[] expected, string content)
    {
        foreach (string word in expected)
        {
            Assert.Contains(word, (IReadOnlySet<string>)stopWords);
        }

        Assert.DoesNotContain(content, (IReadOnlySet<string>)stopWords);
        Assert.InRange(stopWords.Count, 150, 400);
    }

    [Fact]
    public void Splitter_IsTheLanguagesOwn_SharedAndAcceptingWhatFromCodeAccepts()
    {
        foreach (Language language in Language.All)
        {
            SentenceSplitter splitter = language.Splitter;
            Assert.Same(splitter, language.Splitter);
            Assert.Same(splitter, SentenceSplitter.ForLanguage(language.Code));
            Assert.Same(splitter, SentenceSplitter.ForLanguage(" " + language.Code.ToUpperInvariant() + "-XY "));
            Assert.Equal(language.Code, ((RuleBasedSentenceSplitter)splitter).Language);
            Assert.True(!language.UsesCharacterBigrams || !language.HasStemmer);
        }

        Assert.Same(SentenceSplitter.Default, Language.English.Splitter);
        Assert.True(Language.Japanese.UsesCharacterBigrams);
        Assert.False(Language.German.UsesCharacterBigrams);
    }

    [Theory]
    [InlineData("en", "English")]
    [InlineData("DE", "German")]
    [InlineData("ru", "Russian")]
    [InlineData("nb", "Norwegian")]
    [InlineData("nn", "Norwegian")]
    [InlineData("zh", "Chinese")]
    [InlineData("de-AT", "German")]
    [InlineData("pt-BR", "Portuguese")]
    [InlineData("pt_br", "Portuguese")]
    [InlineData(" FR-ca ", "French")]
    [InlineData("zh-Hant-TW", "Chinese")]
    [InlineData("nb-NO", "Norwegian")]
    public void FromCode_KnownCode_ReturnsTheLanguage(string code, string name)
    {
        Language language = Language.FromCode(code);
        Assert.Equal(name, language.Name);
        Assert.Same(language, Language.FromCode(language.Code));
        Assert.Equal(name, language.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("xx")]
    [InlineData("auto")]
    [InlineData("english")]
    [InlineData(" ")]
    [InlineData("xx-DE")]
    [InlineData("-de")]
    [InlineData("deu")]
    public void FromCode_UnknownCode_ThrowsNamingTheSupportedCodes(string code)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Language.FromCode(code));
        Assert.Equal("code", error.ParamName);
        foreach (Language supported in Language.All)
        {
            Assert.Contains(supported.Code, error.Message, StringComparison.Ordinal);
        }

        Assert.False(Language.TryFromCode(code, out Language? language));
        Assert.Null(language);
    }

    [Fact]
    public void FromCode_Null_Throws()
    {
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Language.FromCode(null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Language.Detect((string)null!));
        Assert.False(Language.TryFromCode(null, out _));
    }

    [Fact]
    public void Detect_Paragraphs_AtLeast95PercentRight()
    {
        int right = 0;
        var wrong = new List<string>();
        foreach ((string code, string text) in LanguageSamples.Paragraphs)
        {
            Language guess = Language.Detect(text);
            if (guess.Code == code)
            {
                right++;
            }
            else
            {
                wrong.Add($"{code} taken for {guess.Code}: {text[..40]}");
            }
        }

        double accuracy = (double)right / LanguageSamples.Paragraphs.Length;
        _output.WriteLine($"Paragraphs: {right}/{LanguageSamples.Paragraphs.Length} = {accuracy:P1}");
        foreach (string line in wrong)
        {
            _output.WriteLine(line);
        }

        Assert.True(LanguageSamples.Paragraphs.Length >= 45);
        Assert.True(accuracy >= 0.95, string.Join('\n', wrong));
    }

    [Fact]
    public void Detect_FirstSentences_MostlyRight()
    {
        // One sentence of each paragraph: a harder test than the whole paragraph, with a looser bar.
        int right = 0;
        var wrong = new List<string>();
        foreach ((string code, string text) in LanguageSamples.Paragraphs)
        {
            // Up to the first full stop: Latin, Greek and Cyrillic '.', the Devanagari danda, the Armenian full stop.
            int end = text.AsSpan().IndexOfAny(".\u0964\u0589");
            string sentence = text[..(end + 1)];
            Language guess = Language.Detect(sentence);
            if (guess.Code == code)
            {
                right++;
            }
            else
            {
                wrong.Add($"{code} taken for {guess.Code}: {sentence}");
            }
        }

        double accuracy = (double)right / LanguageSamples.Paragraphs.Length;
        _output.WriteLine($"First sentences: {right}/{LanguageSamples.Paragraphs.Length} = {accuracy:P1}");
        foreach (string line in wrong)
        {
            _output.WriteLine(line);
        }

        Assert.True(accuracy >= 0.85, string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hello")]
    [InlineData("Merci beaucoup !")]
    [InlineData("Der Hund.")]
    [InlineData("Ja, nej, kanske.")]
    [InlineData("Salut la compagnie")]
    [InlineData("Gracias amigo")]
    [InlineData("1, 2, 3 and https://example.com")]
    [InlineData("Il y a")]
    public void Detect_ShortText_FallsBackToEnglish(string text)
    {
        Assert.Same(Language.English, Language.Detect(text));
    }

    [Theory]
    [InlineData("Привет, мир!")]
    [InlineData("Правительство объявило новые меры. Министр сказал, что инфляция под контролем.")]
    [InlineData("Курс рубля вырос на 2% (данные ЦБ РФ).")]
    public void Detect_ShortCyrillicText_IsRussian(string text)
    {
        Assert.Same(Language.Russian, Language.Detect(text));
    }

    [Theory]
    [InlineData("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "el")]
    [InlineData("Αθήνα", "el")]
    [InlineData("भारत एक बड़ा देश है।", "hi")]
    [InlineData("Երևանը Հայաստանի մայրաքաղաքն է։", "hy")]
    [InlineData("Правителството обяви нови мерки, че ще бъде по-добре за всички, които са тук.", "bg")]
    [InlineData("Правительство объявило новые меры.", "ru")]
    [InlineData("قالت الحكومة إن الاقتصاد في حالة جيدة وإن الأسعار على وشك الانخفاض.", "ar")]
    [InlineData("دولت اعلام کرد که این طرح در سال آینده به اجرا در خواهد آمد و از آن حمایت می‌کند.", "fa")]
    // Hebrew, Georgian, Tamil, Amharic: no language here is written in these scripts.
    [InlineData("הממשלה הודיעה היום על צעדים חדשים. השר אמר שהאינפלציה בשליטה.", "und")]
    [InlineData("მთავრობამ ახალი ზომები გამოაცხადა.", "und")]
    [InlineData("அரசு புதிய நடவடிக்கைகளை அறிவித்தது.", "und")]
    [InlineData("መንግስት አዲስ እርምጃዎችን አስታወቀ።", "und")]
    // Mostly Hebrew with English names and words: the script of most words decides, not the few stop words.
    [InlineData("הממשלה של Israel הודיעה היום על the new plan and the budget of the year, השר אמר שהאינפלציה בשליטה והמשק צומח מהר יותר מהצפוי לפי כל התחזיות", "und")]
    public void Detect_OtherScripts_ByTheirScriptThenTheirStopWords(string text, string code)
    {
        Assert.Equal(code, Language.Detect(text).Code);
    }

    [Fact]
    public void Detect_EnglishLeadThenALongArabicArticle_IsArabic()
    {
        // Enough English stop words in the lead for the early decision, but most of the text is Arabic.
        var builder = new StringBuilder();
        for (int i = 0; i < 12; i++)
        {
            builder.Append("The minister said that the new plan for the city is one of the most important in the history of the country and that it will be done. ");
        }

        for (int i = 0; i < 60; i++)
        {
            builder.Append("قالت الحكومة إن الاقتصاد في حالة جيدة وإن الأسعار على وشك الانخفاض بعد أن ارتفعت خلال العام الماضي في كل المدن. ");
        }

        Assert.Same(Language.Arabic, Language.Detect(builder.ToString()));
    }

    // A thesis's abstract in English over its German text: the abstract alone holds more than the first vote's 64 stop words.
    private const string EnglishAbstract =
        "Abstract\n\nThis study looks at how small towns in the south of the country changed the way they store and share "
        + "their water after a number of dry summers. It is based on the records of forty local water companies, on "
        + "interviews with the engineers and the members of the town councils who were in charge of the work, and on a "
        + "survey of more than two thousand households. It shows that the measures that worked best were not the large "
        + "new reservoirs that were planned in the first years, but the repair of old pipes, the links between the "
        + "systems of neighbouring towns and prices that reward the households that use less water in the summer. It "
        + "also finds that the towns that began to plan before a shortage spent less and met less resistance than those "
        + "that waited for a crisis.\n\n";

    private const string GermanParagraph =
        "Die Gemeinde hat im vergangenen Sommer zum ersten Mal seit vielen Jahren das Wasser rationieren müssen. Der "
        + "Bürgermeister sagte am Montag, dass die alten Leitungen in der Innenstadt bis zum Ende des nächsten Jahres "
        + "erneuert werden sollen und dass die Stadt mit den Nachbargemeinden über eine gemeinsame Leitung verhandelt. "
        + "Viele Bürger hatten sich darüber beschwert, dass sie im Juli und im August ihre Gärten nicht mehr gießen "
        + "durften, während die Betriebe in dem Gewerbegebiet weiter so viel Wasser verbrauchen konnten wie zuvor.\n\n";

    [Fact]
    public void Detect_EnglishAbstractOverALongerGermanText_IsGerman()
    {
        // The opening's language is not the text's: the first vote reads windows spread over the whole text.
        string text = EnglishAbstract + string.Concat(Enumerable.Repeat(GermanParagraph, 5));
        Assert.Same(Language.German, Language.Detect(text));
        Assert.Same(Language.English, Language.Detect(EnglishAbstract));
    }

    [Fact]
    public void Detect_GermanOpeningOverALongerEnglishText_IsEnglish()
    {
        string text = GermanParagraph + GermanParagraph + string.Concat(Enumerable.Repeat(EnglishAbstract, 4));
        Assert.Same(Language.English, Language.Detect(text));
        Assert.Same(Language.German, Language.Detect(GermanParagraph + GermanParagraph));
    }

    [Theory]
    // Two languages in about equal parts, or the other one ahead: the language of the larger part, never Undetermined (the
    // whole text's stop words are those of two languages here, as scattered between them as a language not here's are).
    [InlineData(2, 1, 0, "de")]
    [InlineData(0, 1, 3, "de")]
    [InlineData(3, 1, 0, "de")]
    [InlineData(0, 2, 1, "en")]
    public void Detect_TwoLanguagesInLargeParts_IsTheLargerPartsLanguage(int germanBefore, int englishAbstracts, int germanAfter, string code)
    {
        // A German e-mail over the English disclaimer its server adds, or a thesis's English abstract over its German text.
        string text = string.Concat(Enumerable.Repeat(GermanParagraph, germanBefore)) + string.Concat(Enumerable.Repeat(EnglishAbstract, englishAbstracts))
            + string.Concat(Enumerable.Repeat(GermanParagraph, germanAfter));
        Assert.Equal(code, Language.Detect(text).Code);
    }

    [Fact]
    public void Detect_EnglishReportOverAListOfNamesAndCodes_StaysEnglish()
    {
        // A start list's country codes are short words of other languages ("ni", "sa", Catalan's "us"); a list is no
        // prose, and names no language.
        var builder = new StringBuilder(EnglishAbstract);
        string[] players =
        [
            "brandon whitaker ( us )", "torsten lindqvist ( swe )", "kieran mcbride ( ni )", "haruki tanabe ( jpn )",
            "garrett holloway ( us )", "francisco aguirre ( arg )", "jacobus steyn ( sa )", "rohan kapoor ( ind )",
            "tanner blackwell ( us )", "wojciech kowalczyk ( pol )", "oliver pemberton ( eng )", "sung-jin hwang ( kor )",
            "dermot gallagher ( ni )", "mitchell brennan ( aus )", "chandler ramsey ( us )", "henrique moreira ( bra )",
            "marius engelbrecht ( sa )", "anders rasmussen ( den )", "weston caldwell ( us )", "matthias brunner ( aut )",
            "lachlan fitzroy ( aus )", "preston whitfield ( us )", "nikolai petrenko ( ukr )", "ignacio valverde ( esp )",
        ];
        for (int i = 0; i < 48; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{9 + (i / 6)}:{i % 6}0 {players[i % players.Length]} , {players[(i + 5) % players.Length]} . ");
        }

        Assert.Same(Language.English, Language.Detect(builder.ToString()));
    }

    [Fact]
    public void Detect_EnglishTextWithAGermanQuotationInside_StaysEnglish()
    {
        // A quotation in another language inside a text does not change its language, wherever a window falls.
        string text = EnglishAbstract + EnglishAbstract + GermanParagraph + EnglishAbstract + EnglishAbstract;
        Assert.Same(Language.English, Language.Detect(text));
    }

    [Theory]
    // Letters that only some languages write tell a short text.
    [InlineData("Děkujeme za vaši objednávku!", "cs")]
    [InlineData("Siparişiniz için teşekkür ederiz!", "tr")]
    [InlineData("Hükümet bugün yeni bütçeyi açıkladı.", "tr")]
    [InlineData("A inflação caiu e o preço do açúcar também.", "pt")]
    [InlineData("Valdība šodien iepazīstināja ar jauno budžetu.", "lv")]
    [InlineData("Guvernul a prezentat astăzi noul buget.", "ro")]
    // Danish and Norwegian both write "æ": a tie between them is no reason to read a Danish report as English.
    [InlineData("Regeringen præsenterede i dag nye tiltag. Tiltagene træder i kraft i januar. Oppositionen kritiserede planen.", "da")]
    // Three stop words, all Basque ("ditu", "dira", "du"), and none of another language's: Basque.
    [InlineData("Jaurlaritzak gaur neurri berriak iragarri ditu. Neurriak urtarrilean sartuko dira indarrean. Oposizioak plana kritikatu du.", "eu")]
    // Finnish doubles "ä" and "ö", which German and Swedish, writing the single letters, never do.
    [InlineData("Kaupunginvaltuusto päätti tiistaina laajentaa bussiverkkoa. Kustannukset maksetaan pysäköintimaksuilla.", "fi")]
    [InlineData("Der Bär läuft über die Straße.", "de")]
    [InlineData("Hon åker till Töölö i morgon med tåget.", "sv")]
    [InlineData("قیمت نفت امروز افزایش یافت.", "fa")]
    [InlineData("Он сказал, что этот вопрос решён.", "ru")]
    [InlineData("I had a café au lait with José.", "en")]
    // Names carry letters into text of another language: the stop words decide, and a quarter of the words with
    // letters of a language not here is needed for "und".
    [InlineData("Mr. Wałęsa met Gen. Jaruzelski in Gdańsk at 10 a.m. on Monday. They spoke for an hour. Later Mr. Wałęsa told reporters in Łódź it was a good day.", "en")]
    [InlineData("Zlatan Ibrahimović scored twice for Malmö.", "en")]
    [InlineData("São Tomé and Príncipe is an island nation. Its capital is São Tomé.", "en")]
    [InlineData("Sr. Muñoz met Gov. Pérez in Bogotá.", "en")]
    // Polish names in a short English text: English shares "i", "a", "to", "on", "no", "we" with Polish.
    [InlineData("Lech Wałęsa met Jarosław Kaczyński in Gdańsk and Łódź on Tuesday.", "en")]
    [InlineData("Paweł Łukaszewicz, a doctor from Łódź, went to Wrocław.", "en")]
    [InlineData("I met Łukasz and Małgorzata. We went to Wrocław by train. No one knew.", "en")]
    [InlineData("Robert Lewandowski scored twice in Gdańsk. No one was surprised.", "en")]
    [InlineData("I go to work by bus.", "en")]
    [InlineData("Go on, no one is watching.", "en")]
    // A word shared by two close languages outweighs a single word of a third ("nyt" is Finnish for "now").
    [InlineData("Regeringen fremlagde i dag et nyt budget. Det indeholder skattelettelser for pensionister.", "da")]
    // Function words Danish writes as Norwegian does ("fordi", "kan", "så") vote for both.
    [InlineData("Vi blev hjemme, fordi det regnede. Han sagde, at han var træt.", "da")]
    [InlineData("Jeg kommer ikke i dag, fordi jeg er syg. Det er meget koldt ude.", "da")]
    [InlineData("Vi ble hjemme fordi det regnet. Han sa at han var trøtt og ville sove.", "no")]
    // A French sentence with "a" (has) and Spanish-looking "le", "un".
    [InlineData("Le gouvernement a présenté un nouveau budget pour les retraités.", "fr")]
    // The letters of "a.m.", an initial, the "г." of a year are no stop words ("a", "m" French; "г", "с" Bulgarian).
    [InlineData("Doors open at 9 a.m. The talk starts at 10 a.m. EST. Lunch is at 1 p.m.", "en")]
    [InlineData("Он родился в г. Казани в 1950 г. и окончил МГУ.", "ru")]
    [InlineData("См. с. 12 и т. д. Что дальше? Никто не знает.", "ru")]
    // Polish and Ukrainian by their letters; languages not here, told by letters only they write: Lithuanian, Serbian.
    [InlineData("Rząd przedstawił dziś nowy budżet. Zawiera on obniżki podatków dla emerytów.", "pl")]
    [InlineData("Vyriausybė šiandien pristatė naują biudžetą. Jame numatytas mokesčių sumažinimas pensininkams.", "und")]
    [InlineData("Уряд оголосив нові заходи. Міністр сказав, що інфляція під контролем.", "uk")]
    [InlineData("Влада је објавила нове мере. Министар је рекао да је инфлација под контролом.", "und")]
    // Vietnamese: "ư", "ơ" and the letters with a dot below or a hook above ("ạ", "ế", "ở"); without them its
    // syllables ("do", "da", "nam") voted Portuguese.
    [InlineData("Chính phủ vừa công bố ngân sách mới. Bộ trưởng cho biết lạm phát đang được kiểm soát.", "und")]
    [InlineData("Hà Nội, ngày 3 tháng 12. Thành phố sẽ xây hai tuyến đường sắt mới.", "und")]
    // Belarusian writes Ukrainian's "і" and Russian's "ы", "э", "ё" together, and "ў" that neither writes.
    [InlineData("Урад абвясціў новыя меры. Міністр сказаў, што інфляцыя пад кантролем.", "und")]
    [InlineData("Калі я быў малы, мая бабуля мела агарод за домам, дзе вырошчвала памідоры, фасолю і столькі зеляніны, колькі ніхто не мог з'есці. Кожнае лета мы праводзілі там вечары, і я дагэтуль памятаю пах зямлі пасля дажджу.", "und")]
    [InlineData("Навукоўцы выявілі, што новую батарэю можна зарадзіць менш чым за дзесяць хвілін, амаль не губляючы яе ёмістасці.", "und")]
    public void Detect_ShortText_ByTellingLettersAndStopWords(string text, string code)
    {
        Assert.Equal(code, Language.Detect(text).Code);
    }

    [Theory]
    // A language not here whose short words are stop words of one language here and another: none leads.
    [InlineData("Serikali ya Kenya imetangaza mpango mpya wa kujenga barabara za vijijini katika kaunti kumi na mbili. Waziri wa Uchukuzi alisema mradi huo utagharimu shilingi bilioni thelathini na utakamilika ndani ya miaka mitatu. Wakulima wanatarajia kufaidika zaidi, kwa kuwa barabara mbovu zimekuwa zikiwazuia kufikisha mazao yao sokoni kwa wakati. Katika kaunti ya Kitui, wakulima wa maembe hupoteza karibu nusu ya mavuno yao kila mwaka kwa sababu ya usafiri duni. Wabunge wa upinzani walikaribisha mpango huo lakini walitaka uwazi katika utoaji wa zabuni. Ujenzi unatarajiwa kuanza mwezi Machi mwakani.")]
    [InlineData("Inanunsyo ng pamahalaang lungsod noong Martes na magbubukas ng bagong aklatan sa isang lumang barko. Ayon sa alkalde, ang proyekto ay nagkakahalaga ng apat na milyong piso at matatapos sa loob ng dalawang taon. Maraming residente ang natuwa sa balita, ngunit may ilan ding nagtanong kung ligtas ba ang barko. Sinabi ng mga inhinyero na susuriin nila ang katawan ng barko bago simulan ang trabaho.")]
    [InlineData("Gradsko vijeće je u utorak odlučilo da će stari trajekt pretvoriti u plutajuću knjižnicu. Gradonačelnik je rekao da će projekt stajati četiri milijuna eura i da će biti gotov za dvije godine. Mnogi građani pozdravili su vijest, ali neki su se pitali je li brod siguran. Inženjeri će prije početka radova pregledati trup broda.")]
    [InlineData("Golaha magaalada ayaa Talaadadii go'aansaday in doonta duqowday loo beddelo maktabad sabbaynaysa. Duqa magaalada ayaa sheegay in mashruucu ku kacayo afar milyan oo doollar lana dhammeyn doono laba sano gudahood. Dad badan oo deegaanka ah ayaa soo dhaweeyay warka, laakiin qaar ayaa weydiiyay in markabku ammaan yahay. Injineerada ayaa baari doona jirka markabka ka hor inta aan shaqada la bilaabin.")]
    public void Detect_ScatteredVote_IsUndetermined(string text)
    {
        Assert.Same(Language.Undetermined, Language.Detect(text));
    }

    [Theory]
    // A short text full of abbreviations and citations keeps its language: "et al." cites in every language, and
    // abbreviations scatter the stop words but not the lead of the letters.
    [InlineData("I called Pat. No one answered. The winner was Pat. No. 5 came second. As Smith et al. (2019) and Lee et al. showed, it works. Kim et al. Conventional wisdom fails. Smith et al. J. Chem. 5 (2019).", "en")]
    [InlineData("Regeringen presenterade budgeten i tisdags. Enligt finansministern får försvaret ca 5 mdr. kr mer nästa år. Bl.a. ska armén få nya stridsvagnar. Oppositionen, dvs. S och V, är kritisk. Prof. Lindqvist m.fl. har skrivit en rapport.", "sv")]
    [InlineData("Guvernul a aprobat miercuri proiectul de buget. Opoziția, respectiv AUR și S.O.S. România, a criticat proiectul. Dezbaterea în Parlament va începe pe 5 dec. a.c. Președintele nu a comentat deocamdată.", "ro")]
    public void Detect_AbbreviationsAndCitations_KeepTheLanguage(string text, string code)
    {
        Assert.Equal(code, Language.Detect(text).Code);
    }

    [Fact]
    public void Detect_TelegraphicLogWithCoordinates_IsEnglish()
    {
        // A coordinate's hemisphere after its minute mark ("51°22.6'N", "003°41.2'E") is no elided word (Dutch "'n")
        // nor a stop word ("e"), and a name after its initial ("K. Łukasik") opens no sentence.
        Assert.Same(Language.English, Language.Detect(
            "0200 Pos. 51°22.6'N 003°41.2'E. Wind NW 4, sea slight.\n0300 Pos. 51°31.0'N 003°52.8'E. All well.\n"
            + "0400 Mate took over the watch. Speed reduced to 10 kn.\n0500 Pos. 51°38.2'N 003°59.5'E. Rain.\n"
            + "0600 Pos. 51°44.9'N 004°06.3'E. Pilot on board.\nSigned: K. Łukasik, 2/O\n"));
    }

    [Fact]
    public void Detect_EnglishWithAFewPolishNames_StaysEnglish()
    {
        Assert.Same(Language.English, Language.Detect(
            "The delegation travelled from Łódź to Gdańsk on Monday, where the mayor said the new port would open next year and that the city was ready for the investment."));
    }

    [Theory]
    [InlineData("وزیر اعظم نے کہا کہ حکومت نئے منصوبے پر کام کر رہی ہے اور یہ منصوبہ اگلے سال مکمل ہو جائے گا۔ شہر کے لوگ اس سے خوش ہیں۔")]
    public void Detect_Urdu_IsUndetermined_NotPersian(string text)
    {
        Assert.Same(Language.Undetermined, Language.Detect(text));
    }

    [Fact]
    public void Detect_LongTextInAnotherScript_IsUndeterminedEvenWithManyLatinStopWords()
    {
        // Enough Latin stop words for the early decision, but most words are Hebrew: no early English.
        var builder = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            builder.Append("הממשלה הודיעה היום על צעדים חדשים והשר אמר שהאינפלציה בשליטה the of and ");
        }

        Assert.Same(Language.Undetermined, Language.Detect(builder.ToString()));
    }

    [Theory]
    [InlineData("北京是中华人民共和国的首都，也是全国的政治和文化中心。", "zh")]
    [InlineData("東京は日本の首都であり、世界で最も人口の多い都市圏の一つです。", "ja")]
    [InlineData("서울은 대한민국의 수도이며 가장 큰 도시입니다.", "ko")]
    [InlineData("กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย", "th")]
    [InlineData("Apple发布了新款iPhone，售价为999美元。", "zh")]
    public void Detect_CjkScripts_ByTheirCharacters(string text, string code)
    {
        Assert.Equal(code, Language.Detect(text).Code);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(27)]
    [InlineData(30)]
    [InlineData(40)]
    public void Detect_LongText_StaysRight(int paragraph)
    {
        // Long enough for the early decision to apply; Danish and Norwegian share most stop words.
        (string code, string text) = LanguageSamples.Paragraphs[paragraph];
        var builder = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            builder.Append(text).Append(' ');
        }

        Assert.Equal(code, Language.Detect(builder.ToString().AsSpan()).Code);
    }
}
