using System.Collections.Generic;
using System.Globalization;
using CsCheck;

namespace Summarizer.Tests.Terms;

public sealed class WordTokenizerTests
{
    // Expected tokens are written "surface@start:Kind", separated by single spaces; the surface is checked against
    // the text at that offset, so a wrong length fails as surely as a wrong start.
    [Theory]
    [InlineData("", "")]
    [InlineData("  ... !? ", "")]
    [InlineData("Hello, world!", "Hello@0:Word world@7:Word")]
    [InlineData("running runs run", "running@0:Word runs@8:Word run@13:Word")]
    [InlineData("I don't know", "I@0:Word don't@2:Word know@8:Word")]
    [InlineData("don\u2019t", "don\u2019t@0:Word")]
    [InlineData("the state-of-the-art model", "the@0:Word state-of-the-art@4:Word model@21:Word")]
    [InlineData("COVID-19 cases", "COVID-19@0:Word cases@9:Word")]
    [InlineData("a 19-year-old", "a@0:Word 19-year-old@2:Word")]
    [InlineData("from 1990-2000", "from@0:Word 1990@5:Number 2000@10:Number")]
    [InlineData("rock 'n' roll", "rock@0:Word n@6:Word roll@9:Word")]
    [InlineData("the cats' toys", "the@0:Word cats@4:Word toys@10:Word")]
    [InlineData("a - b -- c", "a@0:Word b@4:Word c@9:Word")]
    [InlineData("l'homme d'État", "l'homme@0:Word d'État@8:Word")]
    [InlineData("el col·legi i la il·lusió", "el@0:Word col·legi@3:Word i@12:Word la@14:Word il·lusió@17:Word")]
    [InlineData("pa · vi", "pa@0:Word vi@5:Word")]
    [InlineData("infor\u00ADmation and \u00ADx", "infor\u00ADmation@0:Word and@13:Word x@18:Word")]
    [InlineData("a note\u2060book", "a@0:Word note\u2060book@2:Word")]
    [InlineData("the com-\npany grew", "the@0:Word com-\npany@4:Word grew@14:Word")]
    [InlineData("the com- \r\n  pany", "the@0:Word com- \r\n  pany@4:Word")]
    [InlineData("the com-\rpany", "the@0:Word com-\rpany@4:Word")]
    [InlineData("the com-\n\npany", "the@0:Word com@4:Word pany@10:Word")]
    [InlineData("the Acme-\nBeta deal", "the@0:Word Acme@4:Word Beta@10:Word deal@15:Word")]
    [InlineData("pre- and post-war", "pre@0:Word and@5:Word post-war@9:Word")]
    [InlineData("from 1990-\n2000", "from@0:Word 1990@5:Number 2000@11:Number")]
    public void Enumerate_Words_HaveExactOffsets(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("pi is 3.14.", "pi@0:Word is@3:Word 3.14@6:Number")]
    [InlineData("1,000 people", "1,000@0:Number people@6:Word")]
    [InlineData("1,000,000.50$", "1,000,000.50@0:Number")]
    [InlineData("in 2024, then", "in@0:Word 2024@3:Number then@9:Word")]
    [InlineData("version v1.2 and 3.x", "version@0:Word v1.2@8:Word and@13:Word 3@17:Number x@19:Word")]
    [InlineData("the 1990s", "the@0:Word 1990s@4:Word")]
    [InlineData("١٢٣ and ٤", "١٢٣@0:Number and@4:Word ٤@8:Number")]
    [InlineData("a .5 b", "a@0:Word 5@3:Number b@5:Word")]
    public void Enumerate_Numbers_KeepInnerSeparators(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("See https://example.com/a/b?x=1&y=2.", "See@0:Word https://example.com/a/b?x=1&y=2@4:Url")]
    [InlineData("(http://en.wikipedia.org/wiki/Foo_(bar))", "http://en.wikipedia.org/wiki/Foo_(bar)@1:Url")]
    [InlineData("go to www.bbc.co.uk, now", "go@0:Word to@3:Word www.bbc.co.uk@6:Url now@21:Word")]
    [InlineData("HTTPS://X.ORG/Path", "HTTPS://X.ORG/Path@0:Url")]
    [InlineData("ftp://files.example.org/a.txt;", "ftp://files.example.org/a.txt@0:Url")]
    [InlineData("\"https://a.io/x\"", "https://a.io/x@1:Url")]
    [InlineData("http: not a url", "http@0:Word not@6:Word a@10:Word url@12:Word")]
    [InlineData("www. nothing", "www@0:Word nothing@5:Word")]
    public void Enumerate_Urls_AreSingleTokens(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("Mail john.smith@example.com.", "Mail@0:Word john.smith@example.com@5:Email")]
    [InlineData("<first-last+tag@mail.co.uk>", "first-last+tag@mail.co.uk@1:Email")]
    [InlineData("info@bbc.co.uk, or", "info@bbc.co.uk@0:Email or@16:Word")]
    // A failed scan over "a.b.c." covers the words inside its run only; the next run is an address.
    [InlineData("a.b.c. x.y@mail.org", "a@0:Word b@2:Word c@4:Word x.y@mail.org@7:Email")]
    [InlineData("a.b.c.x.y@mail.org", "a.b.c.x.y@mail.org@0:Email")]
    [InlineData("me@localhost here", "me@0:Word localhost@3:Word here@13:Word")]
    [InlineData("a @ b.com", "a@0:Word b@4:Word com@6:Word")]
    [InlineData("x@y.c", "x@0:Word y@2:Word c@4:Word")]
    public void Enumerate_Emails_AreSingleTokens(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("I love #dotnet!", "I@0:Word love@2:Word #dotnet@7:Hashtag")]
    [InlineData("#Brexit_vote #2024election", "#Brexit_vote@0:Hashtag #2024election@13:Hashtag")]
    [InlineData("we are #1 again", "we@0:Word are@3:Word 1@8:Number again@10:Word")]
    [InlineData("C# and F#", "C@0:Word and@3:Word F@7:Word")]
    [InlineData("&#39;quote", "39@2:Number quote@5:Word")]
    [InlineData("#über", "#über@0:Hashtag")]
    public void Enumerate_Hashtags_IncludeTheHash(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("The <b>vote</b> passed", "The@0:Word vote@7:Word passed@16:Word")]
    [InlineData("<v Dana Lee>Okay, let's start", "Okay@12:Word let's@18:Word start@24:Word")]
    [InlineData("<a href=\"https://example.com/x\">report</a>", "report@32:Word")]
    [InlineData("plan <!-- TODO: check --> approved", "plan@0:Word approved@26:Word")]
    // A '<' that opens no tag is a mark like any other.
    [InlineData("if x < 5 then", "if@0:Word x@3:Word 5@7:Number then@9:Word")]
    [InlineData("a <3 b", "a@0:Word 3@3:Number b@5:Word")]
    [InlineData("x <y", "x@0:Word y@3:Word")]
    // Nor does one around an address.
    [InlineData("Sam <sam@mail.example>", "Sam@0:Word sam@mail.example@5:Email")]
    [InlineData("see <https://example.com/a>", "see@0:Word https://example.com/a@5:Url")]
    public void Enumerate_Tags_AreNoTokens(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("中国人民", "中国@0:Cjk 国人@1:Cjk 人民@2:Cjk")]
    [InlineData("中", "中@0:Cjk")]
    [InlineData("我爱北京。天安门", "我爱@0:Cjk 爱北@1:Cjk 北京@2:Cjk 天安@5:Cjk 安门@6:Cjk")]
    [InlineData("東京タワーへ", "東京@0:Cjk 京タ@1:Cjk タワ@2:Cjk ワー@3:Cjk ーへ@4:Cjk")]
    [InlineData("한국어 문장", "한국@0:Cjk 국어@1:Cjk 문장@4:Cjk")]
    [InlineData("ภาษาไทย", "ภา@0:Cjk าษ@1:Cjk ษา@2:Cjk าไ@3:Cjk ไท@4:Cjk ทย@5:Cjk")]
    [InlineData("iPhone手机2024年", "iPhone@0:Word 手机@6:Cjk 2024@8:Number 年@12:Cjk")]
    [InlineData("\U00020000\U00020001中", "\U00020000\U00020001@0:Cjk \U00020001中@2:Cjk")]
    public void Enumerate_CjkRuns_AreOverlappingBigrams(string text, string expected) => AssertTokens(text, expected);

    [Theory]
    [InlineData("Übermäßig schön", "Übermäßig@0:Word schön@10:Word")]
    [InlineData("cafe\u0301 noir", "cafe\u0301@0:Word noir@6:Word")]
    [InlineData("Москва — столица России.", "Москва@0:Word столица@9:Word России@17:Word")]
    [InlineData("İstanbul'da ışık", "İstanbul'da@0:Word ışık@12:Word")]
    [InlineData("नमस्ते दुनिया", "नमस्ते@0:Word दुनिया@7:Word")]
    [InlineData("word_with_underscore", "word@0:Word with@5:Word underscore@10:Word")]
    public void Enumerate_UnicodeWords_KeepLettersAndMarks(string text, string expected) => AssertTokens(text, expected);

    [Fact]
    public void Enumerate_RandomText_TokensAreOrderedDisjointAndInside()
    {
        const string alphabet = "ab Z9.,'-#@/:_中国한ไ\u0301 é\n";
        Gen.String[Gen.Char[alphabet], 0, 39].Sample(text =>
        {
            int previousEnd = 0;
            int previousStart = -1;
            foreach (Token token in WordTokenizer.Enumerate(text))
            {
                Assert.True(token.Length > 0, text);
                Assert.True(token.End <= text.Length, text);
                Assert.True(token.Start > previousStart, text);
                if (token.Kind != TokenKind.Cjk)
                {
                    Assert.True(token.Start >= previousEnd, text);
                }

                previousStart = token.Start;
                previousEnd = token.End;
            }
        }, iter: 2000);
    }

    [Fact]
    public void Enumerate_RandomWordsAndNumbers_MatchANaiveReference()
    {
        // An alphabet without the triggers of addresses, hashtags and CJK, so that only the word rules apply.
        const string alphabet = "abZ 9 .,'-\u00E9\u0301\n\u2019x";
        Gen.String[Gen.Char[alphabet], 0, 29].Sample(text =>
        {
            var actual = new List<Token>();
            foreach (Token token in WordTokenizer.Enumerate(text))
            {
                actual.Add(token);
            }

            Assert.Equal(Reference(text), actual);
        }, iter: 5000);
    }

    // The word rules written the plain way: a character at a time, with no fast paths.
    private static List<Token> Reference(string text)
    {
        static bool IsWord(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWord(text[i]))
            {
                i++;
                continue;
            }

            int start = i++;
            while (i < text.Length)
            {
                char c = text[i];
                bool joins = i + 1 < text.Length && (
                    (c is '\'' or '\u2019' && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])) ||
                    (c == '-' && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]) && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))) ||
                    (c is '.' or ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));
                if (IsWord(c) || joins)
                {
                    i++;
                    continue;
                }

                // A word broken at the end of its line: the hyphen, spaces, one line break, spaces, a lower-case letter.
                if (c == '-' && char.IsLetter(text[i - 1]))
                {
                    int k = i + 1;
                    while (k < text.Length && text[k] == ' ')
                    {
                        k++;
                    }

                    if (k < text.Length && text[k] == '\n')
                    {
                        k++;
                        while (k < text.Length && text[k] == ' ')
                        {
                            k++;
                        }

                        if (k < text.Length && char.IsLower(text[k]))
                        {
                            i = k;
                            continue;
                        }
                    }
                }

                break;
            }

            bool number = char.IsDigit(text[start]);
            for (int k = start; k < i; k++)
            {
                number &= char.IsDigit(text[k]) || text[k] is '.' or ',';
            }

            tokens.Add(new Token(start, i - start, number ? TokenKind.Number : TokenKind.Word));
        }

        return tokens;
    }

    private static void AssertTokens(string text, string expected)
    {
        var actual = new List<string>();
        foreach (Token token in WordTokenizer.Enumerate(text))
        {
            actual.Add($"{text.Substring(token.Start, token.Length)}@{token.Start}:{token.Kind}");
        }

        Assert.Equal(expected, string.Join(' ', actual));
    }
}
