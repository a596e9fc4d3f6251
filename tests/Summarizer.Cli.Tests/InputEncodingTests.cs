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
    public void NotUtf8_WithoutACharsetHereDeclared_MostlyAscii_IsReadAsWindows1252AndSaidSo(string meta)
    {
        string page = "<html><head>" + meta + "</head><body><p>Caf\u00e9.</p></body></html>";

        string text = InputEncodings.Decode(Encoding.Latin1.GetBytes(page), "page.html", InputEncoding.Utf8, out string? note);

        Assert.Equal(page, text);
        Assert.StartsWith("page.html: not UTF-8; read as windows-1252", note, StringComparison.Ordinal);
        Assert.EndsWith("; name the encoding with --encoding if that is wrong.", note, StringComparison.Ordinal);
    }

    [Theory]
    // Texts of a few sentences each in their legacy code page, which the detector tells by their letters' statistics.
    [InlineData(1251, "windows-1251", "Городской совет в среду утвердил бюджет на следующий год. Депутаты спорили о расходах на ремонт дорог и школ почти четыре часа. В итоге за проект проголосовали двадцать два человека из двадцати пяти, а трое воздержались. Мэр заявил, что новый бюджет позволит отремонтировать мост через реку уже летом.")]
    [InlineData(20866, "koi8-r", "Городской совет в среду утвердил бюджет на следующий год. Депутаты спорили о расходах на ремонт дорог и школ почти четыре часа. В итоге за проект проголосовали двадцать два человека из двадцати пяти, а трое воздержались. Мэр заявил, что новый бюджет позволит отремонтировать мост через реку уже летом.")]
    [InlineData(932, "shift_jis", "市議会は水曜日、来年度の予算案を賛成多数で可決した。道路や学校の修繕費をめぐって議論は四時間近く続いた。市長は、新しい予算で川に架かる橋の改修を夏までに始められると述べた。")]
    public void NotUtf8_InALegacyEncoding_IsGuessedAndSaidSo(int codePage, string name, string sentences)
    {
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes(sentences);

        string text = InputEncodings.Decode(bytes, "a.txt", InputEncoding.Utf8, out string? note);

        Assert.Equal(sentences, text);
        Assert.Equal($"a.txt: not UTF-8; read as {name} (guessed); name the encoding with --encoding if that is wrong.", note);
    }

    [Theory]
    // Polish in ISO-8859-2 named windows-1252 ("Pawe³"), Russian in KOI8-R named windows-1251; the right names say nothing.
    [InlineData(28592, "windows-1252", "iso-8859-2")]
    [InlineData(28592, "iso-8859-2", null)]
    [InlineData(20866, "windows-1251", "koi8-r")]
    [InlineData(20866, "koi8-r", null)]
    public void EncodingOption_WrongCodePage_IsReadAsNamedButSaidSo(int codePage, string option, string? likely)
    {
        string sentences = codePage == 28592
            ? "Jak poinformował rzecznik zarządu, Paweł Kądziołka, pęknięcia nie zagrażają na razie samochodom osobowym. Most zamknięto dla ciężarówek w środę wieczorem, a objazd prowadzi przez Żółkiewskiego."
            : "Городской совет в среду утвердил бюджет на следующий год. Депутаты спорили о расходах на ремонт дорог и школ почти четыре часа.";
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes(sentences);
        InputEncoding named = option switch
        {
            "windows-1252" => InputEncoding.Windows1252,
            "windows-1251" => InputEncoding.Windows1251,
            "iso-8859-2" => InputEncoding.Iso88592,
            _ => InputEncoding.Koi8R,
        };

        InputEncodings.Decode(bytes, "a.txt", named, out string? note);

        Assert.Equal(likely is null ? null : $"a.txt: read as {option} as --encoding says, but its bytes look like {likely}; check --encoding.", note);
    }

    [Fact]
    public void NotUtf8_LatinNineWithTheEuroSign_IsReadAsIso885915()
    {
        const string Sentences = "Die Stadtwerke erhöhen den Fernwärmepreis zum ersten Januar. Ein Haushalt zahlt künftig rund 120 € mehr im Jahr. "
            + "Der Umbau des Heizkraftwerks koste 2,1 Mio. €, sagte ein Sprecher. Betroffen sind gut 6.000 Haushalte in der Kernstadt.";
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(28605)!.GetBytes(Sentences);

        Assert.Equal(Sentences, InputEncodings.Decode(bytes, "a.txt", InputEncoding.Utf8, out string? note));
        Assert.Contains("read as iso-8859-15", note, StringComparison.Ordinal);
    }

    [Fact]
    public void MostlyUtf8_WithAFewWindows1252Bytes_ReadsThoseAsWindows1252AndNamesTheFirstOffset()
    {
        // A UTF-8 file with one line pasted from a Windows-1252 source ("é" as 0xE9, "’" as 0x92).
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Très bon accueil à l’hôtel, café offert.\n"), .. CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Le dîner était très bon, c’est sûr.\n")];
        int first = Encoding.UTF8.GetByteCount("Très bon accueil à l’hôtel, café offert.\nLe d");

        string text = InputEncodings.Decode(bytes, "a.txt", InputEncoding.Utf8, out string? note);

        Assert.Equal("Très bon accueil à l’hôtel, café offert.\nLe dîner était très bon, c’est sûr.\n", text);
        Assert.Equal($"a.txt: not UTF-8 at 5 bytes (the first at byte {first}); read as UTF-8 with those as windows-1252; name the encoding with --encoding if that is wrong.", note);
    }

    [Fact]
    public void NotUtf8_NeitherGuessedNorMostlyAscii_IsRefusedNamingTheOffsetAndEveryEncoding()
    {
        byte[] bytes = TestTexts.NotText();

        InputException error = Assert.Throws<InputException>(() => InputEncodings.Decode(bytes, "a.txt", InputEncoding.Utf8));

        Assert.StartsWith("a.txt: is not valid UTF-8 text (the first invalid byte is at offset 1) and its encoding could not be guessed; name it with --encoding (utf-8, latin1, windows-1252, utf-16le, ", error.Message, StringComparison.Ordinal);
        Assert.Contains("iso-8859-15, ", error.Message, StringComparison.Ordinal);
        Assert.Contains("koi8-u, ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("...", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // UTF-8 once read as windows-1252 or Latin-1 and saved again as UTF-8; cp1252 read as Latin-1 (its quotes as C1 controls).
    [InlineData("Un caf\u00C3\u00A9 cr\u00C3\u00A8me, s\u2019il vous pla\u00C3\u00AEt.", "Un café crème, s’il vous plaît.")]
    [InlineData("The board\u00E2\u20AC\u2122s vote was close.", "The board’s vote was close.")]
    [InlineData("\u00E2\u20AC\u0153Nobody wants it,\u00E2\u20AC\u009D she said \u00E2\u20AC\u201D twice.", "“Nobody wants it,” she said — twice.")]
    [InlineData("Presqu\u00E2\u0080\u0099\u00C3\u00AEle", "Presqu’île")]
    [InlineData("By\u00C5\u201A tam z \u00C5\u201A\u00C3\u00B3dk\u00C4\u2026.", "Był tam z łódką.")]
    [InlineData("\u00D0\u0178\u00D1\u20AC\u00D0\u00B8\u00D0\u00B2\u00D0\u00B5\u00D1\u201A", "Привет")]
    [InlineData("It won\u0092t, he said: \u0093no\u0094.", "It won’t, he said: “no”.")]
    [InlineData("Great \u00F0\u0178\u02DC\u20AC and \u00C2\u00A3200 off.", "Great 😀 and £200 off.")]
    public void Mojibake_IsRepairedAndSaidSo(string text, string expected)
    {
        string read = InputEncodings.Decode(Encoding.UTF8.GetBytes(text), "a.txt", InputEncoding.Utf8, out string? note);

        Assert.Equal(expected, read);
        Assert.StartsWith("a.txt: mojibake repaired in ", note, StringComparison.Ordinal);
    }

    [Theory]
    // Text that holds "Ã", "â" or Latin-1 capitals before punctuation legitimately.
    [InlineData("Ele mora em São Paulo, na avenida SÃO JOÃO, desde 1990.")]
    [InlineData("Une pâte à crêpes, un château et l’âge.")]
    [InlineData("Un livre intitulé\u00A0« Les Mots », puis répété\u00A0».")]
    [InlineData("C’EST L’ÉTÉ… ÇA VA ? Der Spaß… ÄRGER“ und Ökonomie.")]
    [InlineData("Ação, coração e ÃÂ juntos.")]
    [InlineData("NEL\u0085line ends stay.")]
    public void NoMojibake_ValidUtf8_IsReadAsItIs(string text)
    {
        string read = InputEncodings.Decode(Encoding.UTF8.GetBytes(text), "a.txt", InputEncoding.Utf8, out string? note);

        Assert.Equal(text, read);
        Assert.Null(note);
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
    public void InvalidUtf8File_IsReadInTheGuessAndStandardErrorSaysSo()
    {
        string path = WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Café olé. Ça va."));

        CliResult result = CliRunner.Run(null, path, "-n", "1");
        CliResult piped = CliRunner.RunBytes(Encoding.Latin1.GetBytes("Café olé. Ça va."), "split");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Café olé.", result.Out, StringComparison.Ordinal);
        Assert.Matches($"^summarize: {System.Text.RegularExpressions.Regex.Escape(path)}: not UTF-8; read as windows-1252[^\n]*; name the encoding with --encoding if that is wrong\\.\n", result.Error.ReplaceLineEndings("\n"));
        Assert.Equal("Café olé.\nÇa va.\n", piped.Out.ReplaceLineEndings("\n"));
        Assert.StartsWith("summarize: standard input: not UTF-8; read as windows-1252", piped.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MojibakeFile_Json_CarriesTheRepairedTextTheOffsetsIndex()
    {
        string path = WriteBytes("moji-json.txt", Encoding.UTF8.GetBytes("The councilâ€™s cafÃ© will close. It opened in 1990."));

        CliResult result = CliRunner.Run(null, path, "-n", "1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"text\": \"The council\u2019s café will close. It opened in 1990.", result.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void MojibakeFile_IsRepairedAndStandardErrorSaysSo()
    {
        string path = WriteBytes("moji.txt", Encoding.UTF8.GetBytes("The councilâ€™s cafÃ© will close. It opened in 1990."));

        CliResult result = CliRunner.Run(null, "split", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The council’s café will close.\nIt opened in 1990.\n", result.Out.ReplaceLineEndings("\n"));
        Assert.Equal($"summarize: {path}: mojibake repaired in 2 places (UTF-8 once read as windows-1252 or latin1 and saved again: \"â€™\" read as \"’\").\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Utf16FileWithoutByteOrderMark_ReadAsUtf8_SaysWhichOptionReadsIt()
    {
        // Cyrillic in UTF-16 leaves no zero byte to tell the byte order by.
        string path = WriteBytes("utf16.txt", Encoding.Unicode.GetBytes("Совет города утвердил бюджет. Работы начнутся весной."));

        CliResult result = CliRunner.Run(null, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--encoding utf-16le", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SixteenBitNumbers_WithTheirZeroBytesInOnePlace_AreBinaryNotUtf16()
    {
        byte[] numbers = new byte[256];
        for (int i = 0; i < numbers.Length; i += 2)
        {
            numbers[i] = (byte)(1 + (i % 30));
        }

        CliResult result = CliRunner.Run(null, WriteBytes("counts.txt", numbers));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("looks like a binary file", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16FileWithoutByteOrderMark_InALatinScript_IsToldByItsZeroBytesAndSaidSo(bool bigEndian, string name)
    {
        string path = WriteBytes("utf16-latin.txt", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("Le café ouvre à midi. Les enfants jouent dehors.\r\n"));

        CliResult result = CliRunner.Run(null, "split", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Le café ouvre à midi.\nLes enfants jouent dehors.\n", result.Out.ReplaceLineEndings("\n"));
        Assert.Equal($"summarize: {path}: not UTF-8; read as {name} without a byte-order mark (guessed from its zero bytes); name the encoding with --encoding if that is wrong.\n", result.Error.ReplaceLineEndings("\n"));
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
    [InlineData("iso-8859-15", 28605, "Der Umbau kostet 2,1 Mio. €. Die Œuvre-Ausstellung öffnet im Mai.")]
    [InlineData("latin9", 28605, "Der Umbau kostet 2,1 Mio. €. Die Œuvre-Ausstellung öffnet im Mai.")]
    [InlineData("windows-1257", 1257, "Miesto taryba patvirtino kitų metų biudžetą. Beveik visi nariai balsavo už.")]
    [InlineData("iso-8859-13", 28603, "Pilsētas dome apstiprināja nākamā gada budžetu. Gandrīz visi deputāti balsoja par.")]
    [InlineData("iso-8859-5", 28595, "Совет утвердил бюджет города на следующий год. Депутаты проголосовали почти единогласно.")]
    [InlineData("koi8-u", 21866, "Міська рада ухвалила бюджет на наступний рік. Майже всі депутати проголосували за.")]
    [InlineData("iso-8859-7", 28597, "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό. Σχεδόν όλοι ψήφισαν υπέρ.")]
    [InlineData("iso-8859-9", 28599, "Belediye meclisi gelecek yılın bütçesini onayladı. Üyelerin neredeyse tamamı evet dedi.")]
    [InlineData("windows-1255", 1255, "מועצת העיר אישרה את התקציב לשנה הבאה. כמעט כל החברים הצביעו בעד.")]
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
