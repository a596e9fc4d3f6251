using System;
using System.Text;

namespace Summarizer.Cli.Tests;

/// <summary>The transcript of SubRip and WebVTT files, and how subtitles are told from text.</summary>
public sealed class SubtitleTextTests
{
    /// <summary>Joins lines with a line feed, so that a test's cues read one a line.</summary>
    private static string Lines(params string[] lines) => string.Join('\n', lines);

    [Fact]
    public void Extract_Srt_SentencesSpanningCuesAreJoinedBySpaces()
    {
        string srt = Lines(
            "1",
            "00:00:01,000 --> 00:00:03,000",
            "The city council approved",
            "a new budget",
            "",
            "2",
            "00:00:03,200 --> 00:00:05,000",
            "for public parks on Monday, after a",
            "",
            "3",
            "00:00:05,100 --> 00:00:07,000",
            "long debate. It ran late.",
            "");

        Assert.Equal(
            "The city council approved a new budget for public parks on Monday, after a long debate. It ran late.",
            SubtitleText.Extract(srt));
    }

    [Fact]
    public void Extract_WhisperTranscript_CueALineInBrackets_IsJoinedLikeCues()
    {
        // Whisper prints a transcript as one cue a line, its timing in brackets before its text.
        string transcript = Lines(
            "[00:00.000 --> 00:04.200]  So today we talk about the water pipes,",
            "[00:04.200 --> 00:07.800]  which break twice a week.",
            "[00:10.000 --> 00:12.500]  The work starts in March.",
            "");

        Assert.Equal(
            "So today we talk about the water pipes, which break twice a week.\n\nThe work starts in March.",
            SubtitleText.Extract(transcript));
    }

    [Fact]
    public void Extract_TranscriptCopiedFromAVideoPage_JoinsTheLinesBetweenClockTimes()
    {
        // A video page's transcript panel: a clock time alone on a line, then what is said; no ends, no gaps.
        string transcript = Lines("0:00", "so today we talk about", "0:03", "the water pipes", "", "1:02:07", "and that is it", "");

        Assert.Equal("so today we talk about the water pipes and that is it", SubtitleText.Extract(transcript));
    }

    [Fact]
    public void Extract_MeetingSpeakerLabels_OpenATurnOnceAndChangeParagraphs()
    {
        // Meeting software writes the speaker before each of their cues.
        string vtt = Lines(
            "WEBVTT",
            "",
            "00:00:01.000 --> 00:00:04.000",
            "Dana Lee: Thanks for joining.",
            "",
            "00:00:04.200 --> 00:00:07.000",
            "Dana Lee: Friday looks risky.",
            "",
            "00:00:07.200 --> 00:00:09.000",
            "Sam Ortiz: I agree.",
            "",
            "00:00:09.200 --> 00:00:11.000",
            "Sam Ortiz: The fix lands Monday.",
            "",
            "00:00:11.200 --> 00:00:13.000",
            "Dana Lee: Then we move it.",
            "");

        Assert.Equal(
            "Dana Lee: Thanks for joining. Friday looks risky.\n\nSam Ortiz: I agree. The fix lands Monday.\n\nDana Lee: Then we move it.",
            SubtitleText.Extract(vtt));

        // A label in one cue of a file that has no speakers ("Note:") changes nothing.
        string note = Lines("1", "00:00:01,000 --> 00:00:02,000", "The vote was close.", "", "2", "00:00:02,100 --> 00:00:03,000", "Note: the fix lands Monday.", "");
        Assert.Equal("The vote was close. Note: the fix lands Monday.", SubtitleText.Extract(note));
    }

    [Fact]
    public void Extract_LongGapAfterASentence_StartsAParagraph_MidSentenceItDoesNot()
    {
        string srt = Lines(
            "1",
            "00:00:01,000 --> 00:00:02,000",
            "The vote was close.",
            "",
            "2",
            "00:00:04,000 --> 00:00:05,000",
            "And the winner",
            "",
            "3",
            "00:00:09,000 --> 00:00:10,000",
            "is the library plan.",
            "",
            "4",
            "00:00:11,999 --> 00:00:13,000",
            "Work starts in May.");

        Assert.Equal("The vote was close.\n\nAnd the winner is the library plan. Work starts in May.", SubtitleText.Extract(srt));
    }

    [Fact]
    public void Extract_Unpunctuated_EveryLongGapStartsAParagraph()
    {
        string vtt = Lines(
            "WEBVTT",
            "",
            "00:00.000 --> 00:01.000",
            "so today we talk about parks",
            "",
            "00:03.000 --> 00:04.000",
            "and then about the library");

        Assert.Equal("so today we talk about parks\n\nand then about the library", SubtitleText.Extract(vtt));
    }

    [Fact]
    public void Extract_Vtt_HeaderNoteStyleRegionIdentifiersAndSettingsAreLeftOut()
    {
        string vtt = Lines(
            "WEBVTT - Council meeting",
            "Kind: captions",
            "Language: en",
            "",
            "REGION",
            "id:bottom width:40%",
            "",
            "STYLE",
            "::cue { color: yellow }",
            "",
            "NOTE Checked by Dana",
            "against the minutes",
            "",
            "intro",
            "00:00:01.000 --> 00:00:02.500 align:start position:0% line:90%",
            "The meeting opened",
            "",
            "NOTE",
            "",
            "00:02.600 --> 00:04.000",
            "at seven.");

        Assert.Equal("The meeting opened at seven.", SubtitleText.Extract(vtt));
    }

    [Fact]
    public void Extract_Vtt_AVoiceChangeStartsAParagraph_TheSameVoiceGoesOn()
    {
        string vtt = Lines(
            "WEBVTT",
            "",
            "00:00:01.000 --> 00:00:02.000",
            "<v Dana Lee>The budget doubles",
            "",
            "00:00:02.000 --> 00:00:03.000",
            "<v Dana Lee>for the parks.</v>",
            "",
            "00:00:03.000 --> 00:00:04.000",
            "<v.loud Sam Ortiz>Does it?</v> Really?",
            "",
            "00:00:04.000 --> 00:00:05.000",
            "<v Dana Lee>It does.");

        Assert.Equal("The budget doubles for the parks.\n\nDoes it? Really?\n\nIt does.", SubtitleText.Extract(vtt));
    }

    [Fact]
    public void Extract_DashesAndCapitalLabels_OpenTurns()
    {
        string srt = Lines(
            "1",
            "00:00:01,000 --> 00:00:02,000",
            "- Are you coming to the",
            "",
            "2",
            "00:00:02,000 --> 00:00:03,000",
            "meeting?",
            "-Yes, at seven.",
            "",
            "3",
            "00:00:03,000 --> 00:00:04,000",
            "DR. SMITH: It is",
            "",
            "4",
            "00:00:04,000 --> 00:00:05,000",
            "-5 degrees outside.");

        Assert.Equal("Are you coming to the meeting?\n\nYes, at seven.\n\nDR. SMITH: It is -5 degrees outside.", SubtitleText.Extract(srt));
    }

    [Fact]
    public void Extract_CaptionChevrons_OpenTurnsAndAreLeftOut()
    {
        // Closed captions mark a new speaker with ">>" (its label after it, if any) and a new story with ">>>".
        string vtt = Lines(
            "WEBVTT",
            "",
            "00:00:01.000 --> 00:00:03.000",
            "&gt;&gt; HOST: The library opens",
            "",
            "00:00:03.000 --> 00:00:05.000",
            "on Sunday.",
            ">> Will it lend tools?",
            "",
            "00:00:05.000 --> 00:00:07.000",
            ">>> In other news, a >> b.");

        Assert.Equal("HOST: The library opens on Sunday.\n\nWill it lend tools?\n\nIn other news, a >> b.", SubtitleText.Extract(vtt));
    }

    [Fact]
    public void Extract_RollingCaptions_RepeatedLinesAreWrittenOnce()
    {
        // YouTube's automatic captions: each line shows at the bottom of one cue and at the top of the next, with
        // word timestamps and colour classes, and a blank line of one space.
        string vtt = Lines(
            "WEBVTT",
            "Kind: captions",
            "Language: en",
            "",
            "00:00:00.000 --> 00:00:02.350 align:start position:0%",
            " ",
            "hello<00:00:00.320><c> everyone</c><00:00:00.640><c> and</c>",
            "",
            "00:00:02.350 --> 00:00:02.360 align:start position:0%",
            "hello everyone and",
            " ",
            "",
            "00:00:02.360 --> 00:00:05.120 align:start position:0%",
            "hello everyone and",
            "welcome<00:00:02.600><c> to</c><00:00:02.900><c> the</c><00:00:03.100><c> talk</c>",
            "",
            "00:00:05.120 --> 00:00:05.130 align:start position:0%",
            "welcome to the talk",
            " ",
            "",
            "00:00:05.130 --> 00:00:07.000 align:start position:0%",
            "welcome to the talk",
            "<c.colorE5E5E5>[Music]</c>");

        Assert.Equal("hello everyone and welcome to the talk", SubtitleText.Extract(vtt));
    }

    [Fact]
    public void Extract_RepeatedLines_InsideACueOrBySeveralSpeakers_AreKept()
    {
        string srt = Lines(
            "1",
            "00:00:01,000 --> 00:00:02,000",
            "No.",
            "No.",
            "",
            "2",
            "00:00:02,000 --> 00:00:03,000",
            "- No.",
            "",
            "3",
            "00:00:03,000 --> 00:00:04,000",
            "- No.");

        Assert.Equal("No. No.\n\nNo.\n\nNo.", SubtitleText.Extract(srt));
    }

    [Fact]
    public void Extract_TagsAndCharacterReferences_AreDecoded()
    {
        string vtt = Lines(
            "WEBVTT",
            "",
            "00:00:01.000 --> 00:00:02.000",
            "<b>Parks</b> &amp; <i>libraries</i>:&nbsp;<c.yellow.bg_blue>3 &lt; 4</c> &gt; 2,",
            "",
            "00:00:02.000 --> 00:00:03.000",
            "<ruby>written &lt;i&gt; literally<rt>x</rt></ruby>, x < y, <u>done</u>.");
        string srt = Lines(
            "1",
            "00:00:01,000 --> 00:00:02,000",
            "{\\an8}<font color=\"#ffff00\">Top line</font> here.");

        Assert.Equal("Parks & libraries: 3 < 4 > 2, written <i> literallyx, x < y, done.", SubtitleText.Extract(vtt));
        Assert.Equal("Top line here.", SubtitleText.Extract(srt));
    }

    [Fact]
    public void Extract_SoundCues_AreLeftOut()
    {
        string srt = Lines(
            "1",
            "00:00:01,000 --> 00:00:02,000",
            "[Music]",
            "",
            "2",
            "00:00:02,000 --> 00:00:03,000",
            "(SIGHS) Fine, the agency (NASA) said",
            "",
            "3",
            "00:00:03,000 --> 00:00:04,000",
            "it will (laughs) come",
            "(door closes)",
            "",
            "4",
            "00:00:04,000 --> 00:00:05,000",
            "♪ la la la ♪ in June (2026) [APPLAUSE]",
            "♪ and the song goes on",
            "(in Spanish) Hola.");

        Assert.Equal("Fine, the agency (NASA) said it will come in June (2026) (in Spanish) Hola.", SubtitleText.Extract(srt));
    }

    [Fact]
    public void Extract_CrLfAndByteOrderMark_ReadAsLineFeeds()
    {
        string srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nThe budget\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\ndoubles.\r\n\r\n";
        string vtt = "\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nThe budget\r\n\r\n00:02.000 --> 00:03.000\rdoubles.\r";

        Assert.Equal("The budget doubles.", SubtitleText.Extract(srt));
        Assert.Equal("The budget doubles.", SubtitleText.Extract(vtt));
    }

    [Fact]
    public void Extract_SloppySrt_MissingBlankLinesAndNumbersStillRead()
    {
        // No blank line between cues, a cue without its number, a blank line inside a cue's text.
        string srt = Lines(
            "1",
            "00:00:01,000 --> 00:00:02,000",
            "The budget",
            "2",
            "00:00:02,000 --> 00:00:03,000",
            "doubles",
            "",
            "00:00:03,000 --> 00:00:04,000",
            "for the parks",
            "",
            "and the library.");

        Assert.Equal("The budget doubles for the parks and the library.", SubtitleText.Extract(srt));
    }

    [Fact]
    public void Extract_Malformed_TimingThatDoesNotParseKeepsTheText_HugeNumbersAreNumbers()
    {
        string srt = Lines(
            "1",
            "00:00:01,000 --> 00:00:02,000",
            "The budget",
            "",
            "99999999999999999999999999999999999999",
            "00:00:99,000 --> soon",
            "doubles.",
            "",
            "3",
            "99999999999:00:10,000 --> 00:00:11,000",
            "Work starts in May.");

        Assert.Equal("The budget doubles. Work starts in May.", SubtitleText.Extract(srt));
    }

    [Theory]
    [InlineData("WEBVTT\n\nNOTE nothing yet\n", "")]
    [InlineData("WEBVTT", "")]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:01.000\n[Music]\n", "")]
    public void Extract_WebVttWithoutSpeech_IsEmpty(string vtt, string expected)
    {
        Assert.Equal(expected, SubtitleText.Extract(vtt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("The council met on Monday.\nIt approved the budget.")]
    [InlineData("1\n2\n3\n")]
    [InlineData("The arrow --> points right.\nNo cue here.")]
    [InlineData("1\n00:00:01 --> 00:00:02\nNo timing parses.")]
    public void Extract_NoCueAndNoHeader_IsNull(string text)
    {
        Assert.Null(SubtitleText.Extract(text));
    }

    [Theory]
    [InlineData("00:00:01,000 --> 00:00:02,000", 1000, 2000)]
    [InlineData("00:00:01.000-->00:00:02.500", 1000, 2500)]
    [InlineData("01:02.500 --> 01:04.000 align:start position:0%", 62500, 64000)]
    [InlineData("  100:00:00,001 --> 100:00:00,002", 360000001, 360000002)]
    public void TryParseTiming_Parses(string line, long start, long end)
    {
        Assert.True(SubtitleText.TryParseTiming(line, out long s, out long e));
        Assert.Equal((start, end), (s, e));
    }

    [Theory]
    [InlineData("00:00:01,000 -> 00:00:02,000")]
    [InlineData("00:00:01 --> 00:00:02")]
    [InlineData("00:60:01,000 --> 00:00:02,000")]
    [InlineData("1:02.500 --> 1:04.000")]
    [InlineData("00:00:01,0000 --> 00:00:02,000")]
    [InlineData("00:00:01,000 --> 00:00:02,000x")]
    [InlineData("a --> b")]
    [InlineData("1234567890:00:00,000 --> 00:00:01,000")]
    public void TryParseTiming_Refuses(string line)
    {
        Assert.False(SubtitleText.TryParseTiming(line, out _, out _));
    }

    [Theory]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02.000\nHi.", true)]
    [InlineData("\uFEFF\n\n  \r\nWEBVTT - title\n", true)]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHi.", true)]
    [InlineData("12\r\n00:01.000 --> 00:02.000\r\nHi.", true)]
    [InlineData("00:00:01,000 --> 00:00:02,000\nHi.", true)]
    [InlineData("[00:00.000 --> 00:04.200]  So today we talk.", true)]
    [InlineData("[10:33] alice: the meeting moved", false)]
    [InlineData("0:00\nso today we talk\n0:03\nabout the pipes", true)]
    [InlineData("1:02:07\r\nand that is it\r\n1:02:10\r\n", true)]
    [InlineData("9:30\nRegistration opens in the hall.", false)]
    [InlineData("0:00\n0:03\nso today", false)]
    [InlineData("0:60\nso today\n1:00\n", false)]
    [InlineData("[00:00.000 --> soon] we talk.", false)]
    [InlineData("The arrow --> points right.", false)]
    [InlineData("Steps:\n00:00:01,000 --> 00:00:02,000\nHi.", false)]
    [InlineData("1\nThe arrow --> points right.", false)]
    [InlineData("1\n2\n00:00:01,000 --> 00:00:02,000", false)]
    [InlineData("WEBVTTS are files.", false)]
    [InlineData("", false)]
    public void LooksLikeSubtitles_ByHowTheTextStarts(string text, bool expected)
    {
        Assert.Equal(expected, SubtitleText.LooksLikeSubtitles(text));
    }

    [Theory]
    [InlineData("talk.srt", true)]
    [InlineData("talk.en.VTT", true)]
    [InlineData("talk.SRT", true)]
    [InlineData("talk.txt", false)]
    [InlineData("srt", false)]
    public void IsSubtitleName_ByExtension(string name, bool expected)
    {
        Assert.Equal(expected, SubtitleText.IsSubtitleName(name));
    }

    [Theory]
    [InlineData("<a")]
    [InlineData("<v ")]
    [InlineData("{\\")]
    [InlineData("(")]
    [InlineData("(a)")]
    [InlineData("[")]
    [InlineData("&amp")]
    [InlineData("♪")]
    [InlineData("- ")]
    public void Extract_HostileLongLine_IsLinear(string unit)
    {
        const int Size = 4_000_000;
        var line = new StringBuilder(Size + 100);
        while (line.Length < Size)
        {
            line.Append(unit);
        }

        string srt = "1\n00:00:01,000 --> 00:00:02,000\n" + line + "\nThe end.\n";

        // A quadratic pass over four million characters would take hours, and the suite would not end; a linear one
        // takes well under a second (no time is asserted: the machine's speed is no test's business).
        string? transcript = SubtitleText.Extract(srt);

        Assert.NotNull(transcript);
        Assert.EndsWith("The end.", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SeededRandomSubtitles_KeepTheTranscriptsInvariants()
    {
        string[] pieces =
        [
            "WEBVTT", "1", "42", "00:00:01,000 --> 00:00:02,000", "00:01.000 --> 00:09.500 align:start", "00:00:01 --> x", "-->", "\n", "\n",
            "\r\n", "\r", " ", "NOTE", "STYLE", "The budget", "doubles.", "<v Dana>", "<v.loud Sam>", "</v>", "<i>", "<", ">", "{\\an8}",
            "{", "}", "&amp;", "&", "&nbsp;", "[Music]", "[", "]", "(laughs)", "(", ")", "\u266A", "- ", "-", "JOHN:", ":", "\uFEFF", "\t",
        ];
        var random = new Random(20261204);
        for (int round = 0; round < 2000; round++)
        {
            var input = new StringBuilder();
            int count = random.Next(1, 60);
            for (int i = 0; i < count; i++)
            {
                input.Append(pieces[random.Next(pieces.Length)]);
            }

            string text = input.ToString();
            string? transcript = SubtitleText.Extract(text);

            // What standard input is taken for is always read as subtitles, never sent back to plain text.
            Assert.True(transcript is not null || !SubtitleText.LooksLikeSubtitles(text), text);
            if (transcript is not null)
            {
                Assert.Equal(transcript.Trim(), transcript);
                Assert.DoesNotContain("  ", transcript, StringComparison.Ordinal);
                Assert.DoesNotContain("\n\n\n", transcript, StringComparison.Ordinal);
                Assert.DoesNotContain("\r", transcript, StringComparison.Ordinal);
                Assert.DoesNotContain("\n \n", transcript, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Extract_ManyCuesAndBlankLines_IsLinear()
    {
        var srt = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            srt.Append(i).Append("\n00:00:01,000 --> 00:00:01,500\nword ").Append(i % 7).Append("\n\n\n");
        }

        srt.Append(new string('\n', 1_000_000));

        // As above: quadratic would not end, linear takes a fraction of a second.
        string? transcript = SubtitleText.Extract(srt.ToString());

        Assert.StartsWith("word 0 word 1 word 2", transcript, StringComparison.Ordinal);
    }
}
