namespace Summarizer.Tests.Terms;

public sealed class ArabicLightStemmerTests
{
    // Words already normalized (no diacritics, bare alef).
    [Theory]
    [InlineData("الكتاب", "كتاب")] // the article
    [InlineData("والكتاب", "كتاب")] // conjunction and article
    [InlineData("بالقلم", "قلم")]
    [InlineData("للطالب", "طالب")]
    [InlineData("وقال", "قال")] // the conjunction from a word of four letters
    [InlineData("ولد", "ولد")] // not from a word of three
    [InlineData("المعلمون", "معلم")] // article and plural suffix
    [InlineData("المعلمات", "معلم")]
    [InlineData("كتابها", "كتاب")]
    [InlineData("مدرسة", "مدرس")]
    [InlineData("ال", "ال")] // too short for any affix to go
    [InlineData("اله", "ال")] // a suffix goes while two letters remain
    [InlineData("له", "له")]
    [InlineData("", "")]
    public void Stem_RemovesOnePrefixThenTheSuffixes_KeepingTwoLetters(string word, string expected)
    {
        char[] buffer = word.ToCharArray();
        int length = ArabicLightStemmer.Stem(buffer, buffer.Length);
        Assert.Equal(expected, new string(buffer, 0, length));
    }
}
