using System;
using System.Collections.Generic;

namespace Summarizer.Tests.Terms;

public sealed class TermAnalyzerTests
{
    // Each group lists inflections of one word that must meet in one term, and a word of another stem that must not.
    [Theory]
    [InlineData("en", "running Runs run", "connection")]
    [InlineData("en", "connection connections connected", "run")]
    [InlineData("en", "company companies company's", "country")]
    [InlineData("de", "Häuser Haus Hauses", "Kind")]
    [InlineData("de", "Regierung Regierungen", "Haus")]
    [InlineData("de", "Kinder Kindern Kind", "Regierung")]
    [InlineData("fr", "maisons maison", "gouvernement")]
    [InlineData("fr", "gouvernement gouvernements", "maison")]
    [InlineData("fr", "parlait parler", "maison")]
    [InlineData("es", "cantar cantaba cantando", "niño")]
    [InlineData("es", "niños niño", "cantar")]
    [InlineData("it", "parlare parlava parlato", "governo")]
    [InlineData("it", "ragazzi ragazzo ragazza", "governo")]
    [InlineData("pt", "falar falando falou", "governo")]
    [InlineData("pt", "meninos menino", "governo")]
    [InlineData("nl", "werken werk", "huis")]
    [InlineData("nl", "regeringen regering", "huis")]
    [InlineData("ru", "книга книги книгу книгой", "правительство")]
    [InlineData("ru", "Правительство правительства правительству", "книга")]
    [InlineData("ru", "работал работала работать", "книга")]
    [InlineData("sv", "bilar bilen bil bilarna", "regeringen")]
    [InlineData("sv", "regeringen regeringens", "bil")]
    [InlineData("da", "huse husene hus", "regeringen")]
    [InlineData("da", "bilerne biler bil", "hus")]
    [InlineData("no", "biler bilene bil", "regjeringen")]
    [InlineData("no", "regjeringen regjeringens", "bil")]
    [InlineData("fi", "talo talossa talon taloja taloissa", "hallitus")]
    [InlineData("fi", "hallituksen hallitukselle", "talo")]
    [InlineData("hu", "házak házban ház", "kormány")]
    [InlineData("hu", "kormány kormányt kormánynak", "ház")]
    [InlineData("ro", "oamenii oameni", "guvern")]
    [InlineData("ro", "guvernul guvernului guvern", "oameni")]
    [InlineData("ro", "orașul orașului oraşul oraș", "guvern")]
    [InlineData("tr", "kitaplar kitaplardan kitap kitabı", "ev")]
    [InlineData("tr", "evler evlerde ev", "kitap")]
    [InlineData("ca", "ciutat ciutats", "govern")]
    [InlineData("ca", "govern governs governar", "ciutat")]
    [InlineData("eu", "herriak herrian herri", "etxe")]
    [InlineData("cs", "hrad hradu hrady hradem", "vláda")]
    [InlineData("lv", "māja mājas mājā", "valdība")]
    [InlineData("id", "membaca dibaca bacaan baca", "rumah")]
    [InlineData("bg", "книга книгата книги", "правителство")]
    [InlineData("ar", "الكتاب كتاب والكتاب بالكتاب", "حكومة")]
    [InlineData("ar", "مدرسة المدرسة والمدرسة", "كتاب")]
    [InlineData("hi", "लड़का लड़के लड़कों", "सरकार")]
    [InlineData("hy", "քաղաք քաղաքը քաղաքներ քաղաքի", "մարդ")]
    [InlineData("hy", "մարդ մարդիկ մարդու", "քաղաք")]
    [InlineData("el", "μπαταρία ΜΠΑΤΑΡΙΑ μπαταρια", "σπίτι")]
    [InlineData("el", "Αθήνα \u0391\u03B8\u03B7\u0301\u03BD\u03B1 αθηνα", "σπίτι")]
    [InlineData("id", "korban korban-korban", "rumah")]
    [InlineData("fa", "کشور كشور", "خانه")]
    [InlineData("fa", "کتابی كتابي", "خانه")]
    public void TermOf_Inflections_MeetInOneTerm(string code, string inflections, string other)
    {
        var analyzer = new TermAnalyzer(Language.FromCode(code), new Vocabulary());
        string[] words = inflections.Split(' ');
        int expected = analyzer.TermOf(words[0], TokenKind.Word);
        Assert.True(expected >= 0, words[0] + " was taken for a stop word");
        foreach (string word in words)
        {
            Assert.Equal(analyzer.Vocabulary[expected], analyzer.Vocabulary[analyzer.TermOf(word, TokenKind.Word)]);
        }

        Assert.NotEqual(expected, analyzer.TermOf(other, TokenKind.Word));
    }

    [Theory]
    [InlineData("en", "the The said says and of it's I'm don\u2019t would")]
    [InlineData("de", "der die das und ist nicht Dass sagte")]
    [InlineData("fr", "le la les et est dans qu'il")]
    [InlineData("es", "el la los y es que para")]
    [InlineData("it", "il la gli e che per non")]
    [InlineData("pt", "o a os e que para não")]
    [InlineData("nl", "de het een en van niet")]
    [InlineData("ru", "и в не что это на Он")]
    [InlineData("sv", "och att det som en är")]
    [InlineData("da", "og at det som en er")]
    [InlineData("no", "og at det som en er")]
    [InlineData("fi", "ja on ei että se")]
    [InlineData("hu", "a az és hogy nem egy")]
    [InlineData("ro", "și şi în că nu este")]
    [InlineData("tr", "ve bir bu da için ile")]
    [InlineData("ca", "el la els i de que amb l'")]
    [InlineData("eu", "eta da bat ez")]
    [InlineData("cs", "a je se na v")]
    [InlineData("lv", "un ir ar par")]
    [InlineData("id", "dan yang di dengan")]
    [InlineData("bg", "и на за че е")]
    [InlineData("el", "και το της ΤΗΣ του η \u03B5\u03B9\u0301\u03BD\u03B1\u03B9")]
    [InlineData("ar", "في من على إلى أن الى قال وقالت")]
    [InlineData("fa", "و در به از که این")]
    [InlineData("hi", "और का के में है")]
    [InlineData("hy", "և է որ այս")]
    public void TermOf_StopWords_AreDropped(string code, string stopWords)
    {
        var analyzer = new TermAnalyzer(Language.FromCode(code), new Vocabulary());
        foreach (string word in stopWords.Split(' '))
        {
            Assert.True(analyzer.TermOf(word, TokenKind.Word) == TermAnalyzer.StopWord, $"'{word}' is not a {code} stop word");
        }

        Assert.Equal(0, analyzer.Vocabulary.Count);
    }

    [Theory]
    [InlineData("en", "John's", "john")]
    [InlineData("en", "John\u2019s", "john")]
    [InlineData("fr", "l'homme", "homm")]
    [InlineData("fr", "d\u2019État", "etat")]
    [InlineData("it", "dell'anno", "anno")]
    [InlineData("tr", "IŞIK", "ışık")]
    [InlineData("de", "İstanbul", "istanbul")]
    [InlineData("en", "infor\u00ADmation", "inform")]
    [InlineData("en", "infor\u2060mation", "inform")]
    [InlineData("de", "Bundes\u00ADregierung", "bundesregier")]
    [InlineData("en", "infor-\nmation", "inform")]
    [InlineData("en", "com- \r\n  pany", "compani")]
    [InlineData("de", "Bundes-\nregierung", "bundesregier")]
    [InlineData("en", "state-of-the-\nart", "state-of-the-art")]
    public void TermOf_Normalization_StripsPossessivesElisionsAndCase(string code, string word, string expected)
    {
        var analyzer = new TermAnalyzer(Language.FromCode(code), new Vocabulary(), foldDiacritics: code == "fr");
        Assert.Equal(expected, analyzer.Vocabulary[analyzer.TermOf(word, TokenKind.Word)]);
    }

    [Fact]
    public void TermOf_FoldDiacritics_MakesAccentedAndPlainFormsMeet()
    {
        var folding = new TermAnalyzer(Language.Swedish, new Vocabulary(), foldDiacritics: true);
        Assert.Equal(folding.TermOf("hälsa", TokenKind.Word), folding.TermOf("halsa", TokenKind.Word));

        var keeping = new TermAnalyzer(Language.Swedish, new Vocabulary());
        Assert.NotEqual(keeping.TermOf("hälsa", TokenKind.Word), keeping.TermOf("halsa", TokenKind.Word));
    }

    [Theory]
    [InlineData("https://Example.com/A", TokenKind.Url, "https://example.com/a")]
    [InlineData("Info@BBC.co.uk", TokenKind.Email, "info@bbc.co.uk")]
    [InlineData("#Running", TokenKind.Hashtag, "#running")]
    [InlineData("1,000", TokenKind.Number, "1,000")]
    [InlineData("中国", TokenKind.Cjk, "中国")]
    public void TermOf_NonWords_AreLowerCasedButNotStemmed(string surface, TokenKind kind, string expected)
    {
        var analyzer = new TermAnalyzer(Language.English, new Vocabulary());
        Assert.Equal(expected, analyzer.Vocabulary[analyzer.TermOf(surface, kind)]);
    }

    [Fact]
    public void StopWords_AreLucenesListsPlusAdditions()
    {
        // The lists are read from Lucene's embedded files; they must hold what Lucene's analyzers hold.
        (Language Language, IEnumerable<string> Lucene)[] pairs =
        [
            (Language.German, Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet),
            (Language.French, Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet),
            (Language.Spanish, Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet),
            (Language.Italian, Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet),
            (Language.Portuguese, Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet),
            (Language.Dutch, Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet),
            (Language.Russian, Lucene.Net.Analysis.Ru.RussianAnalyzer.DefaultStopSet),
            (Language.Swedish, Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet),
            (Language.Danish, Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet),
            (Language.Norwegian, Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet),
            (Language.Finnish, Lucene.Net.Analysis.Fi.FinnishAnalyzer.DefaultStopSet),
            (Language.Hungarian, Lucene.Net.Analysis.Hu.HungarianAnalyzer.DefaultStopSet),
            (Language.Romanian, Lucene.Net.Analysis.Ro.RomanianAnalyzer.DefaultStopSet),
            (Language.Turkish, Lucene.Net.Analysis.Tr.TurkishAnalyzer.DefaultStopSet),
            (Language.English, Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet),
        ];
        foreach ((Language language, IEnumerable<string> lucene) in pairs)
        {
            int count = 0;
            foreach (string word in lucene)
            {
                count++;
                Assert.True(language.StopWords.Contains(word), $"{language.Code}: {word}");
            }

            Assert.True(language.StopWords.Count >= count, language.Code);
        }

        Assert.True(Language.English.StopWords.Count > 170);
        Assert.Contains("said", (IReadOnlySet<string>)Language.English.StopWords);
    }

    [Fact]
    public void TermOf_RepeatedSurfaceForms_GetOneIdPerDistinctForm()
    {
        var analyzer = new TermAnalyzer(Language.English, new Vocabulary());
        for (int i = 0; i < 100; i++)
        {
            analyzer.TermOf("Running", TokenKind.Word);
            analyzer.TermOf("running", TokenKind.Word);
            analyzer.TermOf("runs", TokenKind.Word);
            analyzer.TermOf("the", TokenKind.Word);
        }

        Assert.Equal(4, analyzer.DistinctForms);
        Assert.Equal(1, analyzer.Vocabulary.Count);
        analyzer.Release();
    }

    [Fact]
    public void TermOf_DocumentsOneAfterAnother_MatchTheUncachedStemmerInOrderOfFirstOccurrence()
    {
        // The thread's form table keeps terms from one document to the next (and is emptied at a change of language
        // or past its bound); every document must still get the terms a fresh Snowball run gives, with ids in its own
        // order of first occurrence. Random casing makes many surface forms, past the table's bound.
        Language[] languages = [Language.English, Language.German, Language.French, Language.Spanish, Language.Russian];
        var random = new Random(20261202);
        var pools = new Dictionary<Language, List<string>>();
        foreach ((string code, string text) in LanguageSamples.Paragraphs)
        {
            Language language = Language.FromCode(code);
            if (Array.IndexOf(languages, language) >= 0)
            {
                List<string> pool = pools.TryGetValue(language, out List<string>? known) ? known : pools[language] = [];
                foreach (Token token in WordTokenizer.Enumerate(text))
                {
                    pool.Add(text.Substring(token.Start, token.Length));
                }
            }
        }

        int forms = 0;
        for (int document = 0; document < 300; document++)
        {
            Language language = languages[document % 7 < 5 ? 0 : random.Next(languages.Length)];
            List<string> pool = pools[language];
            var words = new string[random.Next(1, 200)];
            for (int k = 0; k < words.Length; k++)
            {
                words[k] = RandomCase(pool[random.Next(pool.Count)], random);
            }

            var analyzer = new TermAnalyzer(language, new Vocabulary());
            var firstIds = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string word in words)
            {
                int id = analyzer.TermOf(word, TokenKind.Word);
                string? expected = ReferenceTerm(language, word);
                if (expected is null)
                {
                    Assert.Equal(TermAnalyzer.StopWord, id);
                    continue;
                }

                if (!firstIds.TryGetValue(expected, out int expectedId))
                {
                    firstIds[expected] = expectedId = firstIds.Count;
                }

                Assert.Equal(expectedId, id);
                Assert.Equal(expected, analyzer.Vocabulary[id]);
            }

            forms += analyzer.DistinctForms;
            Assert.Equal(firstIds.Count, analyzer.Vocabulary.Count);
            analyzer.Release();
        }

        Assert.True(forms > 2 * FormTable.MaxKeptForms, $"{forms} forms");
    }

    // The analysis written the plain way, with a new stemmer for every word and no cache.
    private static string? ReferenceTerm(Language language, string surface)
    {
        string word = surface.ToLowerInvariant().Replace('\u2019', '\'');
        if (ReferenceEquals(language, Language.English) && word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2)
        {
            word = word[..^2];
        }

        int apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
        if (language.Elisions is { } elisions && apostrophe > 0 && elisions.Contains(word.AsSpan(0, apostrophe)))
        {
            word = word[(apostrophe + 1)..];
        }

        if (word.Length == 0 || language.StopWords.Contains(word))
        {
            return null;
        }

        (char[] stem, int length) = language.CreateStemmer()!.Stem(word.ToCharArray(), word.Length);
        return new string(stem, 0, length);
    }

    private static string RandomCase(string word, Random random)
    {
        char[] chars = word.ToCharArray();
        switch (random.Next(4))
        {
            case 0:
                return word;
            case 1:
                chars[0] = char.ToUpperInvariant(chars[0]);
                break;
            case 2:
                return word.ToUpperInvariant();
            default:
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = random.Next(2) == 0 ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
                }

                break;
        }

        return new string(chars);
    }

    [Fact]
    public void TermOf_LongWord_IsHandled()
    {
        var analyzer = new TermAnalyzer(Language.German, new Vocabulary());
        string word = new string('x', 300) + "ungen";
        int id = analyzer.TermOf(word, TokenKind.Word);
        Assert.StartsWith("xxxx", analyzer.Vocabulary[id], StringComparison.Ordinal);
        Assert.Equal(id, analyzer.TermOf(word.ToUpperInvariant(), TokenKind.Word));
    }
}
