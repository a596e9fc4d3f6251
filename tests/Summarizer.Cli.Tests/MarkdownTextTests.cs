using System.Text;

namespace Summarizer.Cli.Tests;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("A plain sentence, with 3 commas, (brackets) and 58 percent!", "A plain sentence, with 3 commas, (brackets) and 58 percent!")]
    [InlineData("It said <img src=x onerror=alert(1)> here.", @"It said \<img src=x onerror=alert(1)> here.")]
    [InlineData("A </div> and <!-- x --> and <?php", @"A \</div> and \<!-- x --> and \<?php")]
    [InlineData("3 < 5 and 5 > 3", "3 < 5 and 5 > 3")]
    [InlineData("The &lt; sign, &#60; and &#x3C; but AT&T and R&D stay", @"The \&lt; sign, \&#60; and \&#x3C; but AT&T and R&D stay")]
    [InlineData("A **bold** claim in *italics*", @"A \*\*bold\*\* claim in \*italics\*")]
    [InlineData("snake_case_name but _emphasis_", @"snake_case_name but \_emphasis\_")]
    [InlineData("A [link](http://x.example) and ![image](y.png)", @"A \[link](http://x.example) and !\[image](y.png)")]
    [InlineData("Code `x` and ~~struck~~ and C:\\path", @"Code \`x\` and \~\~struck\~\~ and C:\\path")]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("#hashtag at the start", "#hashtag at the start")]
    [InlineData("> a quote", @"\> a quote")]
    [InlineData("- item", @"\- item")]
    [InlineData("---", @"\---")]
    [InlineData("-5 degrees", "-5 degrees")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("* item", @"\* item")]
    [InlineData("1. First", @"1\. First")]
    [InlineData("2026) was a year", @"2026\) was a year")]
    [InlineData("1.5 million", "1.5 million")]
    [InlineData("===", @"\===")]
    [InlineData("Two\nlines", "Two lines")]
    // A quoted sentence's lines repeat the e-mail quotation prefix: on one line it goes.
    [InlineData("we still need\n> the figures and\n>>  more > less", "we still need the figures and more > less")]
    [InlineData("we still need\u2028> the figures", "we still need the figures")]
    // A bare URL is linked as written: its _ ~ * stay.
    [InlineData("See https://en.wikipedia.org/wiki/Python_(language) and (www.example.edu/~smith/a_b) now", "See https://en.wikipedia.org/wiki/Python_(language) and (www.example.edu/~smith/a_b) now")]
    [InlineData("Not a URL: _x_ ~y~", @"Not a URL: \_x\_ \~y\~")]
    public void Append_OneLine_EscapesOnlyWhatWouldBeInterpreted(string text, string expected)
    {
        var builder = new StringBuilder();

        MarkdownText.Append(builder, text, 0, text.Length, lineStart: true, oneLine: true);

        Assert.Equal(expected, builder.ToString());
    }

    [Theory]
    [InlineData("we still need\n> the figures", "we still need the figures")]
    [InlineData("we still need\r\n> the figures", "we still need the figures")]
    [InlineData("two lines\nand > 5 more", "two lines and > 5 more")]
    // U+2028 ends a line as LF does (the splitter joins quoted lines across it): a space, and the prefix dropped.
    [InlineData("we still need\u2028> the figures", "we still need the figures")]
    [InlineData("we still need\u2028the figures", "we still need the figures")]
    public void Lines_And_LiteralMarkdown_DropTheQuotationPrefixOfWrappedLines(string sentence, string expected)
    {
        Assert.Equal(expected + "\n", TextOutput.Lines([sentence]));
        var builder = new StringBuilder();
        MarkdownText.Append(builder, sentence, 0, sentence.Length, lineStart: true, oneLine: true, literal: true);
        Assert.Equal(expected, builder.ToString());
    }

    [Theory]
    // A word hyphenated at the end of its line (text from a PDF, a hard-wrapped page) is printed whole, with its hyphen.
    [InlineData("strong growth for the com-\npany.", "strong growth for the com-pany.")]
    [InlineData("a well-\r\n  known firm", "a well-known firm")]
    [InlineData("> a well-\n> known firm", "> a well-known firm")]
    // So is one before a capital ("Anglo-\nSaxon"); a dash alone is no hyphenated word: the line break is a space.
    [InlineData("the Anglo-\nSaxon kings", "the Anglo-Saxon kings")]
    [InlineData("It was -\nnot bad.", "It was - not bad.")]
    [InlineData("It cost 5-\n10 dollars.", "It cost 5- 10 dollars.")]
    // Chinese and Japanese write no spaces: a line wrapped between two wide characters prints joined; before a Latin
    // word a space stands for the break as elsewhere.
    [InlineData("这项计划经过两\n年的讨论后获得通过。", "这项计划经过两年的讨论后获得通过。")]
    [InlineData("tidy はそのマニュ\n       アルページを検索します。", "tidy はそのマニュアルページを検索します。")]
    [InlineData("各ページには\n keyword を検索します。", "各ページには keyword を検索します。")]
    // A wrapped line's indentation (a list item's, a reply's) is layout: one space stands for the line break.
    [InlineData("- The size threshold for multipart\n   transfers of files.", "- The size threshold for multipart transfers of files.")]
    [InlineData("> the size threshold for multipart\n>\t  transfers of files.", "> the size threshold for multipart transfers of files.")]
    public void Lines_And_Markdown_JoinAWordHyphenatedAtALinesEnd(string sentence, string expected)
    {
        Assert.Equal(expected + "\n", TextOutput.Lines([sentence]));
        foreach (bool literal in (bool[])[false, true])
        {
            var builder = new StringBuilder();
            MarkdownText.Append(builder, sentence, 0, sentence.Length, lineStart: false, oneLine: true, literal: literal);
            Assert.Equal(expected, builder.ToString().Replace("\\>", ">", System.StringComparison.Ordinal));
        }
    }

    [Theory]
    // A word that the text spells whole elsewhere was broken by the typesetter: printed whole, in either case.
    [InlineData("Our man-\nagement met. The management agreed.", "Our management met. The management agreed.")]
    [InlineData("It is OP-\r\n  TIONAL here; optional there.", "It is OPTIONAL here; optional there.")]
    [InlineData("> the man-\n> agement met; management agreed.", "> the management met; management agreed.")]
    // Else the hyphen stays: a compound broken at its own hyphen ("well-known"), or a word the text never spells whole.
    [InlineData("a well-\nknown firm, well run and known well.", "a well-known firm, well run and known well.")]
    [InlineData("the com-\npany grew; the firm grew.", "the com-pany grew; the firm grew.")]
    // The whole word must stand alone: "mismanagements" holds no "management".
    [InlineData("the man-\nagement met; mismanagements happen.", "the man-agement met; mismanagements happen.")]
    public void Lines_And_Markdown_PrintAWordBrokenAtALinesEndWhole_WhereTheTextSpellsItWhole(string text, string expected)
    {
        BrokenWords? broken = BrokenWords.Of(text);

        Assert.Equal(expected + "\n", TextOutput.Lines([text], broken));
        foreach (bool literal in (bool[])[false, true])
        {
            var builder = new StringBuilder();
            MarkdownText.Append(builder, text, 0, text.Length, lineStart: false, oneLine: true, literal: literal, broken: broken);
            Assert.Equal(expected, builder.ToString().Replace("\\>", ">", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void BrokenWords_AreFoundAcrossTheWholeText_AndOnlyWhereTheTextSpellsThemWhole()
    {
        const string text = "Our man-\nagement met.\n\nLater the management agreed.";

        // The sentence printed is the first; the word is spelled whole in another.
        Assert.Equal("Our management met.\n", TextOutput.Lines([text[..text.IndexOf("\n\n", System.StringComparison.Ordinal)]], BrokenWords.Of(text)));
        Assert.Null(BrokenWords.Of("No line here ends with a hyphen -\nnor breaks a word."));
        Assert.Null(BrokenWords.Of("The com-\npany grew."));
    }

    [Theory]
    [InlineData("- item", 2)]
    [InlineData("12. item", 4)]
    [InlineData("* * *", 0)]
    [InlineData("- - -", 0)]
    [InlineData("*       *       *", 0)]
    [InlineData("-      code-like", 0)]
    public void ListMarkerLength_IsNoThematicBreakNorCode(string line, int expected) =>
        Assert.Equal(expected, MarkdownText.ListMarkerLength(line, 0, line.Length));

    [Fact]
    public void Append_Literal_KeepsMarkdownAsItIs()
    {
        const string Text = "Install with `tool` and read the [manual](https://example.com/a_b). The **fast** path.";
        var builder = new StringBuilder();

        MarkdownText.Append(builder, Text, 0, Text.Length, lineStart: true, oneLine: true, literal: true);

        Assert.Equal(Text, builder.ToString());
    }

    [Theory]
    [InlineData("Intro line.\n# Not a heading\n> not a quote\n=====\n", "Intro line.\n\\# Not a heading\n\\> not a quote\n\\=====\n")]
    [InlineData("Steps:\n- Heat the pan\n1. Add the oil\n- # odd", "Steps:\n- Heat the pan\n1. Add the oil\n- \\# odd")]
    [InlineData("Para.\n\n        indented, not code", "Para.\n\n   indented, not code")]
    public void Append_Lines_KeepsListMarkersOnlyWhenAsked(string text, string expected)
    {
        var builder = new StringBuilder();

        bool lineStart = MarkdownText.Append(builder, text, 0, text.Length, lineStart: true, keepListMarkers: true);

        Assert.Equal(expected, builder.ToString());
        Assert.Equal(text.EndsWith('\n'), lineStart);
    }

    [Theory]
    [InlineData("Harbor town turns its old ferry into a floating library", "# Harbor town turns its old ferry into a floating library")]
    [InlineData("Learning C #", @"# Learning C \#")]
    [InlineData("Issue #42 fixed", "# Issue #42 fixed")]
    [InlineData("# Nested", @"# \# Nested")]
    public void AppendHeading_KeepsTheTitleText(string title, string expected)
    {
        var builder = new StringBuilder();

        MarkdownText.AppendHeading(builder, title);

        Assert.Equal(expected, builder.ToString());
    }
}
