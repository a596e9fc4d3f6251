using System;
using System.Collections.Generic;
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
    public void All_HasTheFifteenStemmedLanguagesAndTheBigramScripts()
    {
        string[] stemmed = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "sv", "da", "no", "fi", "hu", "ro", "tr"];
        for (int i = 0; i < stemmed.Length; i++)
        {
            Language language = Language.All[i];
            Assert.Equal(stemmed[i], language.Code);
            Assert.True(language.HasStemmer);
            Assert.NotEmpty(language.StopWords);
            Assert.NotNull(language.CreateStemmer());
        }

        Assert.Equal(["zh", "ja", "ko", "th"], [Language.All[15].Code, Language.All[16].Code, Language.All[17].Code, Language.All[18].Code]);
        Assert.False(Language.Chinese.HasStemmer);
        Assert.Empty(Language.Chinese.StopWords);
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
            Assert.Equal(!language.HasStemmer, language.UsesCharacterBigrams);
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
            string sentence = text[..(text.IndexOf(". ", StringComparison.Ordinal) + 1)];
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
