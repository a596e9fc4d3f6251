using System;
using System.Text;

namespace Summarizer.Cli.Tests;

public sealed class InputEncodingTests : TempFolder
{
    private const string Article = TestTexts.Article;

    public InputEncodingTests()
        : base("summarize-encoding-")
    {
    }

    private static InputEncoding Named(string name) => name switch
    {
        "utf-8" => InputEncoding.Utf8,
        "latin1" => InputEncoding.Latin1,
        "windows-1252" => InputEncoding.Windows1252,
        "utf-16le" => InputEncoding.Utf16LittleEndian,
        "utf-16be" => InputEncoding.Utf16BigEndian,
        _ => throw new ArgumentException(name, nameof(name)),
    };

    [Fact]
    public void Windows1252_EveryByte_DecodesAsTheFrameworkCodePage()
    {
        Encoding reference = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        for (int b = 1; b < 256; b++)
        {
            byte[] bytes = [(byte)b];

            Assert.Equal(reference.GetString(bytes), InputEncodings.Decode(bytes, "x", InputEncoding.Windows1252));
        }
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    [InlineData("<META CHARSET='us-ascii'>")]
    public void NotUtf8_WithAWesternCharsetDeclared_IsReadAsWindows1252(string meta)
    {
        Encoding windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        string page = "<html><head>" + meta + "</head><body><p>Caf\u00e9 owners said it was \u201cthe best weekend\u201d, \u20ac200 a day.</p></body></html>";

        string text = InputEncodings.Decode(windows1252.GetBytes(page), "page.html", InputEncoding.Utf8);

        Assert.Equal(page, text);
    }

    [Theory]
    [InlineData("<meta charset=\"utf-8\">")]
    [InlineData("<meta charset=\"ebcdic-cp-us\">")]
    [InlineData("")]
    public void NotUtf8_WithoutACharsetHereDeclared_IsStillRefused(string meta)
    {
        byte[] bytes = Encoding.Latin1.GetBytes("<html><head>" + meta + "</head><body><p>Caf\u00e9.</p></body></html>");

        InputException error = Assert.Throws<InputException>(() => InputEncodings.Decode(bytes, "page.html", InputEncoding.Utf8));

        Assert.Contains("is not valid UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // A Russian page in windows-1251, a Japanese one in Shift_JIS (declared by its browser label too), a Chinese one in
    // GBK declared as GB2312, a Korean one in EUC-KR, a Czech one in ISO-8859-2.
    [InlineData(1251, "<meta charset=\"windows-1251\">", "Городской совет утвердил бюджет на 2027 год.")]
    [InlineData(932, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">", "市議会は二〇二七年度の予算を承認した。")]
    [InlineData(932, "<meta charset=\"windows-31j\">", "市議会は二〇二七年度の予算を承認した。")]
    [InlineData(936, "<meta charset=\"gb2312\">", "市议会批准了二〇二七年的预算。")]
    [InlineData(949, "<meta charset=\"euc-kr\">", "시의회는 2027년 예산을 승인했다.")]
    [InlineData(28592, "<meta charset=\"iso-8859-2\">", "Městská rada schválila rozpočet na rok 2027.")]
    public void NotUtf8_WithALegacyCharsetDeclared_IsReadInIt(int codePage, string meta, string sentence)
    {
        Encoding legacy = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;
        string page = "<html><head>" + meta + "</head><body><p>" + sentence + "</p></body></html>";

        string text = InputEncodings.Decode(legacy.GetBytes(page), "page.html", InputEncoding.Utf8);

        Assert.Equal(page, text);
    }

    [Fact]
    public void DeclaredCharset_ThatTheBytesBreak_SaysSo()
    {
        // Latin-1 bytes under a Shift_JIS declaration: "é." is no Shift_JIS character.
        byte[] bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"shift_jis\"></head><body><p>Caf\u00e9.</p></body></html>");

        InputException error = Assert.Throws<InputException>(() => InputEncodings.Decode(bytes, "page.html", InputEncoding.Utf8));

        Assert.Contains("page.html: is not valid shift_jis text; check --encoding", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_EveryByte_IsItsOwnCodePoint()
    {
        for (int b = 1; b < 256; b++)
        {
            Assert.Equal(((char)b).ToString(), InputEncodings.Decode([(byte)b], "x", InputEncoding.Latin1));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_WithoutByteOrderMark_DecodesSurrogatePairsToo(bool bigEndian)
    {
        const string Text = "Grüße aus Köln 😀 — ein Satz.";
        Encoding utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: false);

        Assert.Equal(Text, InputEncodings.Decode(utf16.GetBytes(Text), "x", bigEndian ? InputEncoding.Utf16BigEndian : InputEncoding.Utf16LittleEndian));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xC3, 0xA9 }, "latin1")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0xE9, 0x00 }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0xE9, 0x00 }, "windows-1252")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0xE9 }, "utf-16le")]
    public void ByteOrderMark_DecidesOverTheOption(byte[] bytes, string option)
    {
        Assert.Equal("é", InputEncodings.Decode(bytes, "x", Named(option)));
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "utf-16le", "UTF-16 little-endian")]
    [InlineData(new byte[] { 0x00, 0xD8, 0x41, 0x00 }, "utf-16le", "UTF-16 little-endian")]
    [InlineData(new byte[] { 0xDC, 0x00 }, "utf-16be", "UTF-16 big-endian")]
    public void Utf16_Malformed_IsRefusedNamingTheEncodingAndTheOption(byte[] bytes, string encoding, string name)
    {
        InputException e = Assert.Throws<InputException>(() => InputEncodings.Decode(bytes, "in.txt", Named(encoding)));

        Assert.StartsWith($"in.txt: is not valid {name} text;", e.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_WithNulCharacters_IsBinary()
    {
        InputException e = Assert.Throws<InputException>(() => InputEncodings.Decode([0x41, 0x00, 0x00, 0x00], "x", InputEncoding.Utf16LittleEndian));

        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8File_MessageNamesTheEncodingOption()
    {
        string path = WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Café olé."));

        CliResult result = CliRunner.Run(null, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(
            $"summarize: {path}: is not valid UTF-8 text; name its encoding with --encoding (latin1, windows-1252, windows-1250, windows-1251, shift_jis, euc-kr, gbk, big5, utf-16le, utf-16be, ...).\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Utf16FileWithoutByteOrderMark_ReadAsUtf8_SaysWhichOptionReadsIt()
    {
        string path = WriteBytes("utf16.txt", Encoding.Unicode.GetBytes(Article));

        CliResult result = CliRunner.Run(null, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--encoding utf-16le", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("iso-8859-1")]
    [InlineData("windows-1252")]
    [InlineData("cp1252")]
    [InlineData("utf-16")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("UTF-16BE")]
    [InlineData("windows-1250")]
    [InlineData("iso-8859-2")]
    public void EncodingOption_File_SummaryIsTheSameAsOfTheUtf8File(string name)
    {
        Encoding encoding = name.ToUpperInvariant() switch
        {
            "LATIN1" or "ISO-8859-1" => Encoding.Latin1,
            "WINDOWS-1252" or "CP1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
            "WINDOWS-1250" => CodePagesEncodingProvider.Instance.GetEncoding(1250)!,
            "ISO-8859-2" => CodePagesEncodingProvider.Instance.GetEncoding(28592)!,
            "UTF-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            _ => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
        };
        // Accented letters and, in Windows-1252, curly quotes and a dash, all of which the encoding has; Central European
        // letters in the Central European encodings.
        string text = encoding.CodePage is 1250 or 28592
            ? Article.Replace("council", "městská rada v Brně", StringComparison.Ordinal) + " Žluťoučký kůň úpěl."
            : Article.Replace("council", "conseil municipal à Zürich", StringComparison.Ordinal)
                + (encoding.CodePage == 1252 ? " “Quoted” – done." : " Façade done.");
        string utf8 = WriteBytes("utf8.txt", Encoding.UTF8.GetBytes(text));
        string other = WriteBytes("other.txt", encoding.GetBytes(text));

        CliResult expected = CliRunner.Run(null, utf8, "--format", "json");
        CliResult actual = CliRunner.Run(null, other, "--format", "json", "--encoding", name);

        Assert.Equal(0, actual.ExitCode);
        Assert.Equal(expected.Out.Replace(utf8, other, StringComparison.Ordinal), actual.Out);
        Assert.Contains(encoding.CodePage is 1250 or 28592 ? "Brně" : "Zürich", actual.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1251", 1251, "Совет утвердил бюджет города на следующий год после долгих споров. Депутаты проголосовали почти единогласно.")]
    [InlineData("koi8-r", 20866, "Совет утвердил бюджет города на следующий год после долгих споров. Депутаты проголосовали почти единогласно.")]
    [InlineData("shift_jis", 932, "市議会は来年度の予算を承認した。議員のほぼ全員が賛成した。")]
    [InlineData("euc-jp", 51932, "市議会は来年度の予算を承認した。議員のほぼ全員が賛成した。")]
    [InlineData("gbk", 936, "市议会批准了明年的预算。几乎所有议员都投了赞成票。")]
    [InlineData("gb18030", 54936, "市议会批准了明年的预算。几乎所有议员都投了赞成票。")]
    [InlineData("big5", 950, "市議會批准了明年的預算。幾乎所有議員都投了贊成票。")]
    [InlineData("euc-kr", 949, "시의회는 내년 예산을 승인했다. 거의 모든 의원이 찬성했다.")]
    [InlineData("windows-1253", 1253, "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό. Σχεδόν όλοι ψήφισαν υπέρ.")]
    [InlineData("windows-1254", 1254, "Belediye meclisi gelecek yılın bütçesini onayladı. Üyelerin neredeyse tamamı evet dedi.")]
    [InlineData("windows-1256", 1256, "وافق مجلس المدينة على ميزانية العام المقبل. صوت جميع الأعضاء تقريبا لصالحها.")]
    public void EncodingOption_LegacyEncoding_ReadsTheText(string name, int codePage, string text)
    {
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes(text);

        CliResult split = CliRunner.RunBytes(bytes, "split", "--encoding", name);

        // Two sentences a line each, whatever the script puts between them.
        Assert.Equal(0, split.ExitCode);
        string[] lines = split.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void EncodingOption_StandardInputAndSplit_AreDecodedToo()
    {
        byte[] bytes = new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetBytes("Erste Zeile über Köln. Zweite Zeile.");

        CliResult summary = CliRunner.RunBytes(bytes, "-", "--encoding", "utf-16be");
        CliResult split = CliRunner.RunBytes(bytes, "split", "--encoding", "utf-16be");

        Assert.Equal(0, summary.ExitCode);
        Assert.Equal("Erste Zeile über Köln.\nZweite Zeile.\n", summary.Out);
        Assert.Equal(0, split.ExitCode);
        Assert.Equal("Erste Zeile über Köln.\nZweite Zeile.\n", split.Out);
    }

    [Theory]
    // PDF, Word, EPUB and OpenDocument texts are read (DocumentInputTests); a ZIP archive that is none is refused.
    [InlineData("sheet.ods", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }, "is a ZIP archive but no Word, OpenDocument text or EPUB document (an archive of files, a spreadsheet, a presentation?), not text; extract its files")]
    [InlineData("old.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "is a Microsoft Office binary document, not text")]
    [InlineData("notes.txt.gz", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00 }, "is gzip-compressed; decompress it first")]
    public void DocumentOrArchive_IsRefusedSayingWhatItIsAndHowToReadIt(string name, byte[] bytes, string message)
    {
        string path = WriteBytes(name, bytes);

        CliResult file = CliRunner.Run(null, path);
        CliResult piped = CliRunner.RunBytes(bytes, "split");

        Assert.Equal(ExitCodes.InputError, file.ExitCode);
        Assert.StartsWith($"summarize: {path}: {message}", file.Error, StringComparison.Ordinal);
        Assert.Empty(file.Out);
        Assert.Equal(ExitCodes.InputError, piped.ExitCode);
        Assert.StartsWith($"summarize: standard input: {message}", piped.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16ByteOrderMark_IsReadWithoutTheOption()
    {
        string path = WriteBytes("bom16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Article)]);
        string utf8 = WriteBytes("utf8.txt", Encoding.UTF8.GetBytes(Article));

        CliResult result = CliRunner.Run(null, path, "--encoding", "latin1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CliRunner.Run(null, utf8).Out, result.Out);
    }
}
