using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// The transcript of a subtitle file (SubRip <c>.srt</c>, WebVTT <c>.vtt</c>) as plain text: the cues' text joined by
/// spaces into paragraphs, without cue numbers, timing lines, headers, comment and style blocks, tags, character
/// references and sound cues.
/// </summary>
/// <remarks>
/// A sentence often runs over several cues, so a cue boundary ends nothing; a paragraph ends where the speaker changes
/// (a WebVTT voice, a dash or a capitals label opening a line, a meeting's speaker label) or after a silence of <see cref="ParagraphGap"/>. Three
/// linear passes: the lines are grouped into cues, each cue line is cleaned, the clean lines are joined.
/// </remarks>
internal static class SubtitleText
{
    /// <summary>
    /// The shortest silence between the end of a cue and the start of the next, in milliseconds, that ends a paragraph.
    /// Subtitles of continuous speech follow each other at once or a few frames to half a second apart, and a cue of one
    /// line stays up for a second or two; a silence of two seconds is a pause in what is said, the kind that separates
    /// topics or scenes, and shorter gaps are breaths. A pause is taken only after a sentence's end: a speaker may stop
    /// in the middle of one ("And the winner is ... Dana").
    /// </summary>
    internal const int ParagraphGap = 2000;

    /// <summary>The longest speaker label ("DR. SMITH:", "MAN #2:") that opens a turn.</summary>
    private const int MaxLabelLength = 32;

    /// <summary>The most digits of a timestamp's hours: more would be no timestamp (and overflow).</summary>
    private const int MaxHourDigits = 9;

    /// <summary>True when <paramref name="name"/> is a subtitle file by its extension.</summary>
    public static bool IsSubtitleName(string name) =>
        name.EndsWith(".srt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="text"/> starts, after a byte-order mark and blank lines, with a WebVTT header, with a
    /// SubRip cue (a number line, then a timing line; or the timing line alone), with a timing in brackets before its
    /// text, as Whisper prints a transcript, or with a clock time alone on a line, a line of speech and another clock
    /// time, as a transcript copied from a video page reads ("0:00", "so today we", "0:03").
    /// </summary>
    public static bool LooksLikeSubtitles(string text)
    {
        var lines = new LineReader(WithoutByteOrderMark(text));
        ReadOnlySpan<char> first;
        do
        {
            if (!lines.TryRead(out first))
            {
                return false;
            }
        }
        while (first.IsWhiteSpace());

        if (IsWebVttHeader(first) || TryParseTiming(first, out _, out _) || BracketedTimingEnd(first) > 0)
        {
            return true;
        }

        if (IsNumber(first))
        {
            return lines.TryRead(out ReadOnlySpan<char> second) && TryParseTiming(second, out _, out _);
        }

        // A video page's transcript: a clock time alone, a line of speech, another clock time.
        return TryParseClock(first, out _) && lines.TryRead(out ReadOnlySpan<char> said) && !said.IsWhiteSpace() && !TryParseClock(said, out _)
            && lines.TryRead(out ReadOnlySpan<char> next) && TryParseClock(next, out _);
    }

    /// <summary>
    /// The transcript of <paramref name="text"/>; null when it has neither a WebVTT header nor a timing line that
    /// parses, so that it is no subtitle file whatever its name. A WebVTT file without cues gives empty text. A cue whose
    /// timing line (a line with <c>--&gt;</c> where one belongs) does not parse keeps its text and starts no paragraph.
    /// </summary>
    public static string? Extract(string text)
    {
        ReadOnlySpan<char> body = WithoutByteOrderMark(text);
        var lines = new List<Range>();
        List<Cue>? cues = ReadCues(body, lines);
        if (cues is null)
        {
            return null;
        }

        List<Piece> pieces = Clean(body, cues, lines, out bool punctuated);
        return Join(cues, pieces, punctuated);
    }

    /// <summary>The text without the byte-order mark a decoder may have left (a string given in the text itself).</summary>
    private static ReadOnlySpan<char> WithoutByteOrderMark(string text) =>
        text.Length > 0 && text[0] == '\uFEFF' ? text.AsSpan(1) : text;

    /// <summary>A cue: its times in milliseconds (-1 when its timing line does not parse) and its text lines.</summary>
    private readonly record struct Cue(long Start, long End, int FirstLine, int LineCount);

    /// <summary>A cleaned line of a cue: its text, the voice it names, and whether a dash or a label opens a turn with it.</summary>
    private readonly record struct Piece(string Text, string? Voice, bool Turn, int Cue, bool FirstOfCue)
    {
        /// <summary>The name of the speaker label ("Dana Lee: ...", as meeting software writes one a cue) that opens the cue's first line, or null.</summary>
        public string? Speaker { get; init; }

        /// <summary>The length of that label, through the space after its colon.</summary>
        public int LabelLength { get; init; }
    }

    private enum Block
    {
        /// <summary>Between blocks: the next line that is not blank opens one.</summary>
        Between,

        /// <summary>The first line of a block was read and was no timing line (a cue identifier, or a SubRip number).</summary>
        AfterFirst,

        /// <summary>In a cue's text.</summary>
        Text,

        /// <summary>In the WebVTT header or a block that is no cue (NOTE, STYLE, REGION, anything without a timing line).</summary>
        Skip,
    }

    /// <summary>
    /// Groups the lines of <paramref name="text"/> into cues; the ranges of their text lines go to <paramref name="lines"/>.
    /// In SubRip, a block without a timing line continues the cue before it (a blank line inside a cue's text), and a
    /// timing line right after a cue's text starts a new cue (a blank line missing), the number line before it dropped.
    /// </summary>
    private static List<Cue>? ReadCues(ReadOnlySpan<char> text, List<Range> lines)
    {
        var cues = new List<Cue>();
        var reader = new LineReader(text);
        bool webVtt = false;
        bool started = false;
        bool timed = false;
        Block state = Block.Between;
        Range pending = default;
        bool panel = false;
        while (reader.TryRead(out ReadOnlySpan<char> line, out Range range))
        {
            if (!started)
            {
                if (line.IsWhiteSpace())
                {
                    continue;
                }

                started = true;
                if (IsWebVttHeader(line))
                {
                    webVtt = true;
                    state = Block.Skip;
                    continue;
                }

                panel = TryParseClock(line, out _);
            }

            if (panel)
            {
                // A transcript copied from a video page: a time alone on a line ("0:03", "1:02:07"), then what is said.
                if (TryParseClock(line, out long at))
                {
                    cues.Add(new Cue(at, at, lines.Count, 0));
                }
                else if (!line.IsWhiteSpace())
                {
                    Continue(cues, lines, range);
                }

                continue;
            }

            if (line.IsWhiteSpace())
            {
                if (state == Block.AfterFirst && !webVtt && !IsNumber(text[pending]))
                {
                    Continue(cues, lines, pending);
                }

                state = Block.Between;
                continue;
            }

            if (!webVtt && BracketedTimingEnd(line) is > 0 and int close)
            {
                // Whisper's transcript, a cue a line: "[00:04.200 --> 00:09.800]  The first thing you need to know".
                timed |= StartCue(cues, lines, line[1..close]);
                Continue(cues, lines, (range.Start.Value + close + 1)..range.End.Value);
                state = Block.Text;
                continue;
            }

            bool arrow = line.Contains("-->", StringComparison.Ordinal);
            switch (state)
            {
                case Block.Between when arrow:
                case Block.AfterFirst when arrow:
                    timed |= StartCue(cues, lines, line);
                    state = Block.Text;
                    break;
                case Block.Between:
                    pending = range;
                    state = webVtt && IsWebVttBlock(line) ? Block.Skip : Block.AfterFirst;
                    break;
                case Block.AfterFirst:
                    if (webVtt || cues.Count == 0)
                    {
                        state = Block.Skip;
                        break;
                    }

                    if (!IsNumber(text[pending]))
                    {
                        Continue(cues, lines, pending);
                    }

                    Continue(cues, lines, range);
                    state = Block.Text;
                    break;
                case Block.Text when arrow && TryParseTiming(line, out _, out _):
                    Cue last = cues[^1];
                    if (last.LineCount > 0 && IsNumber(text[lines[^1]]))
                    {
                        lines.RemoveAt(lines.Count - 1);
                        cues[^1] = last with { LineCount = last.LineCount - 1 };
                    }

                    timed |= StartCue(cues, lines, line);
                    break;
                case Block.Text:
                    Continue(cues, lines, range);
                    break;
                case Block.Skip:
                    // The WebVTT header ends at the first blank line; a cue may follow it at once in a sloppy file.
                    if (arrow && TryParseTiming(line, out _, out _))
                    {
                        timed |= StartCue(cues, lines, line);
                        state = Block.Text;
                    }

                    break;
            }
        }

        if (state == Block.AfterFirst && !webVtt && !IsNumber(text[pending]))
        {
            Continue(cues, lines, pending);
        }

        if (panel)
        {
            // Each cue lasts until the next starts: the page gives no ends, and its lines follow each other.
            for (int c = 0; c + 1 < cues.Count; c++)
            {
                cues[c] = cues[c] with { End = Math.Max(cues[c].Start, cues[c + 1].Start) };
            }

            return cues;
        }

        return timed || webVtt ? cues : null;
    }

    /// <summary>
    /// Parses a line that holds only a clock time, "m:ss", "mm:ss" or "h:mm:ss" (white space around it), as a video
    /// page's transcript stamps what follows; the time in milliseconds.
    /// </summary>
    private static bool TryParseClock(ReadOnlySpan<char> line, out long milliseconds)
    {
        milliseconds = 0;
        line = line.Trim();
        int first = LeadingDigits(line);
        if (first is 0 or > 2 || first >= line.Length || line[first] != ':')
        {
            return false;
        }

        long value = long.Parse(line[..first], provider: System.Globalization.CultureInfo.InvariantCulture);
        ReadOnlySpan<char> rest = line[(first + 1)..];
        for (int part = 0; part < 2; part++)
        {
            if (!TryTwoDigits(ref rest, out int two) || two > 59)
            {
                return false;
            }

            value = (value * 60) + two;
            if (rest.IsEmpty)
            {
                milliseconds = value * 1000;
                return true;
            }

            if (part == 1 || rest[0] != ':')
            {
                return false;
            }

            rest = rest[1..];
        }

        return false;
    }

    /// <summary>
    /// Starts a cue at its timing line; a timing line that does not parse gives a cue without times. Returns whether it
    /// parsed: a file is subtitles when at least one does.
    /// </summary>
    private static bool StartCue(List<Cue> cues, List<Range> lines, ReadOnlySpan<char> timing)
    {
        bool parsed = TryParseTiming(timing, out long start, out long end);
        cues.Add(parsed ? new Cue(start, end, lines.Count, 0) : new Cue(-1, -1, lines.Count, 0));
        return parsed;
    }

    /// <summary>Adds a text line to the last cue (none before the first cue: what precedes it is left out).</summary>
    private static void Continue(List<Cue> cues, List<Range> lines, Range line)
    {
        if (cues.Count == 0)
        {
            return;
        }

        lines.Add(line);
        Cue last = cues[^1];
        cues[^1] = last with { LineCount = last.LineCount + 1 };
    }

    /// <summary>
    /// The index of the ']' that closes a timing in brackets opening <paramref name="line"/> ("[00:04.200 --> 00:09.800]",
    /// as Whisper prints its transcript), or -1.
    /// </summary>
    private static int BracketedTimingEnd(ReadOnlySpan<char> line)
    {
        const int MaxBracketedTiming = 64;
        if (line.IsEmpty || line[0] != '[')
        {
            return -1;
        }

        int close = line[..Math.Min(line.Length, MaxBracketedTiming)].IndexOf(']');
        return close > 0 && TryParseTiming(line[1..close], out _, out _) ? close : -1;
    }

    /// <summary>Whether a line is the WebVTT signature: "WEBVTT" alone or followed by a space or a tab and anything.</summary>
    private static bool IsWebVttHeader(ReadOnlySpan<char> line) =>
        line.StartsWith("WEBVTT", StringComparison.Ordinal) && (line.Length == 6 || line[6] is ' ' or '\t');

    /// <summary>Whether a WebVTT block is a comment, a style sheet or a region definition: no cue.</summary>
    private static bool IsWebVttBlock(ReadOnlySpan<char> line) =>
        IsKeyword(line, "NOTE") || IsKeyword(line, "STYLE") || IsKeyword(line, "REGION");

    private static bool IsKeyword(ReadOnlySpan<char> line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t');

    /// <summary>Whether a line is a cue number: digits, white space around them (any count of digits; never parsed).</summary>
    private static bool IsNumber(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 0 && !line.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// Parses a timing line, "00:01:02,500 --> 00:01:04,000" (SubRip) or "01:02.500 --> 01:04.000 align:start" (WebVTT:
    /// hours optional, a period before the milliseconds, cue settings after). Either separator is taken in either format.
    /// </summary>
    internal static bool TryParseTiming(ReadOnlySpan<char> line, out long start, out long end)
    {
        end = 0;
        line = line.TrimStart();
        if (!TryParseTimestamp(ref line, out start))
        {
            return false;
        }

        line = line.TrimStart();
        if (!line.StartsWith("-->", StringComparison.Ordinal))
        {
            return false;
        }

        line = line[3..].TrimStart();
        return TryParseTimestamp(ref line, out end) && (line.IsEmpty || char.IsWhiteSpace(line[0]));
    }

    /// <summary>Parses "[h...:]mm:ss(,|.)mmm" at the start of <paramref name="text"/> and moves past it.</summary>
    private static bool TryParseTimestamp(ref ReadOnlySpan<char> text, out long milliseconds)
    {
        milliseconds = 0;
        int digits = LeadingDigits(text);
        if (digits is 0 or > MaxHourDigits || digits >= text.Length || text[digits] != ':')
        {
            return false;
        }

        long first = long.Parse(text[..digits], provider: System.Globalization.CultureInfo.InvariantCulture);
        text = text[(digits + 1)..];
        if (!TryTwoDigits(ref text, out int second))
        {
            return false;
        }

        long hours = 0;
        long minutes = first;
        int seconds = second;
        if (text.Length > 0 && text[0] == ':')
        {
            text = text[1..];
            if (!TryTwoDigits(ref text, out seconds))
            {
                return false;
            }

            (hours, minutes) = (first, second);
        }
        else if (digits != 2)
        {
            return false;
        }

        if (minutes > 59 || seconds > 59 || text.Length < 4 || text[0] is not (',' or '.') || LeadingDigits(text[1..]) != 3)
        {
            return false;
        }

        int fraction = ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
        text = text[4..];
        milliseconds = (((((hours * 60) + minutes) * 60) + seconds) * 1000) + fraction;
        return true;
    }

    private static bool TryTwoDigits(ref ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (LeadingDigits(text) != 2)
        {
            return false;
        }

        value = ((text[0] - '0') * 10) + (text[1] - '0');
        text = text[2..];
        return true;
    }

    /// <summary>How many ASCII digits start <paramref name="text"/> (counting stops past <see cref="MaxHourDigits"/>).</summary>
    private static int LeadingDigits(ReadOnlySpan<char> text)
    {
        int count = 0;
        while (count < text.Length && count <= MaxHourDigits && char.IsAsciiDigit(text[count]))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Cleans every cue line; <paramref name="punctuated"/> tells whether any line ends a sentence (automatic captions
    /// have no punctuation, and their pauses are then the only ends there are).
    /// </summary>
    private static List<Piece> Clean(ReadOnlySpan<char> text, List<Cue> cues, List<Range> lines, out bool punctuated)
    {
        var pieces = new List<Piece>(lines.Count);
        var buffer = new StringBuilder();
        var scratch = new StringBuilder();
        punctuated = false;
        for (int c = 0; c < cues.Count; c++)
        {
            bool first = true;
            Cue cue = cues[c];
            for (int l = cue.FirstLine; l < cue.FirstLine + cue.LineCount; l++)
            {
                string? voice = AppendWithoutMarkup(buffer.Clear(), text[lines[l]]);
                ReadOnlySpan<char> line = buffer.ToString().AsSpan().Trim();
                bool turn = StartsWithTurnDash(line);
                if (turn)
                {
                    line = line[1..];
                }
                else if (CaptionTurnLength(line) is > 0 and int marker)
                {
                    turn = true;
                    line = line[marker..].TrimStart();
                }

                string clean = WithoutSoundCues(line, scratch.Clear());
                turn |= StartsWithLabel(clean);
                if (clean.Length == 0 && voice is null && !turn)
                {
                    continue;
                }

                var piece = new Piece(clean, voice, turn, c, first && clean.Length > 0);
                if (piece.FirstOfCue && SpeakerLabels.LabelLength(clean, out Range name) is > 0 and int label)
                {
                    piece = piece with { Speaker = clean[name], LabelLength = label };
                }

                pieces.Add(piece);
                first &= clean.Length == 0;
                punctuated |= EndsSentence(clean);
            }
        }

        return pieces;
    }

    /// <summary>
    /// Joins the pieces: a space between two, a blank line where a paragraph ends. A piece that repeats the last line
    /// written, word for word, as the first line of a cue is left out: automatic ("rolling") captions show each line
    /// twice, at the bottom of one cue and at the top of the next. When three cues or more open with a speaker label and
    /// a name repeats (meeting software writes "Dana Lee: " before each of a speaker's cues), a label opens a paragraph
    /// when the speaker changes and is left out inside a paragraph of the same speaker, so that a turn reads as one.
    /// </summary>
    private static string Join(List<Cue> cues, List<Piece> pieces, bool punctuated)
    {
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Piece piece in pieces)
        {
            if (piece.Speaker is { } name)
            {
                labels[name] = labels.GetValueOrDefault(name) + 1;
            }
        }

        // As for the summarizer's speaker labels: three cues or more open with one, and a name repeats.
        bool speakers = labels.Values.Sum() >= 3 && labels.Values.Any(count => count >= 2);
        var transcript = new StringBuilder();
        string? voice = null;
        string? speaker = null;
        string? lastLine = null;
        long lastEnd = -1;
        int lastCue = -1;
        bool paragraph = false;
        foreach (Piece piece in pieces)
        {
            Cue cue = cues[piece.Cue];
            if (piece.Cue != lastCue && piece.Text.Length > 0)
            {
                // The silence is measured from the last cue that had text: a cue of "[Music]" is no speech.
                if (lastEnd >= 0 && cue.Start - lastEnd >= ParagraphGap && (!punctuated || EndsSentence(lastLine)))
                {
                    paragraph = true;
                }

                lastCue = piece.Cue;
                lastEnd = cue.End;
            }

            bool newVoice = piece.Voice is not null && piece.Voice != voice;
            if (newVoice)
            {
                paragraph = true;
                voice = piece.Voice;
            }

            string text = piece.Text;
            bool labelled = speakers && piece.Speaker is not null;
            if (labelled)
            {
                paragraph |= piece.Speaker != speaker;
                speaker = piece.Speaker;
                if (!paragraph && transcript.Length > 0)
                {
                    text = text[piece.LabelLength..];
                }
            }
            else
            {
                paragraph |= piece.Turn;
            }

            if (text.Length == 0
                || (piece.FirstOfCue && !piece.Turn && !newVoice && piece.Text == lastLine))
            {
                continue;
            }

            if (transcript.Length > 0)
            {
                transcript.Append(paragraph ? "\n\n" : " ");
            }

            transcript.Append(text);
            lastLine = piece.Text;
            paragraph = false;
        }

        return transcript.ToString();
    }

    /// <summary>
    /// Appends a cue line without its tags (<c>&lt;i&gt;</c>, <c>&lt;c.yellow&gt;</c>, <c>&lt;00:00:01.500&gt;</c>,
    /// <c>&lt;font color=...&gt;</c>) and SubRip's position codes (<c>{\an8}</c>), its character references decoded;
    /// returns the name of the first voice tag (<c>&lt;v Dana Lee&gt;</c>), if any. A '&lt;' that no '&gt;' closes is
    /// text. One forward pass: once a closing character is missing, none is looked for again.
    /// </summary>
    private static string? AppendWithoutMarkup(StringBuilder to, ReadOnlySpan<char> line)
    {
        string? voice = null;
        bool tagsClose = true;
        bool codesClose = true;
        int from = 0;
        for (int i = line.IndexOfAny('<', '{'); i >= 0 && i + 1 < line.Length;)
        {
            char next = line[i + 1];
            bool tag = line[i] == '<' && tagsClose && (char.IsAsciiLetterOrDigit(next) || next == '/');
            bool code = line[i] == '{' && codesClose && next == '\\';
            int length = -1;
            if (tag || code)
            {
                length = line[(i + 1)..].IndexOf(tag ? '>' : '}');
                tagsClose &= !tag || length >= 0;
                codesClose &= !code || length >= 0;
            }

            if (length >= 0)
            {
                HtmlEntities.Append(to, line[from..i]);
                if (tag && voice is null)
                {
                    voice = VoiceOf(line.Slice(i + 1, length));
                }

                from = i + length + 2;
                i = from;
            }
            else
            {
                i++;
            }

            int found = i < line.Length ? line[i..].IndexOfAny('<', '{') : -1;
            i = found < 0 ? -1 : i + found;
        }

        HtmlEntities.Append(to, line[from..]);
        return voice;
    }

    /// <summary>The speaker of a voice tag's content ("v Dana Lee", "v.loud Dana"); null for any other tag or a nameless voice.</summary>
    private static string? VoiceOf(ReadOnlySpan<char> tag)
    {
        if (tag.Length < 2 || tag[0] != 'v' || !(tag[1] == '.' || char.IsWhiteSpace(tag[1])))
        {
            return null;
        }

        int space = tag.IndexOfAny(' ', '\t');
        ReadOnlySpan<char> name = space < 0 ? [] : tag[space..].Trim();
        return name.IsEmpty ? null : name.ToString();
    }

    /// <summary>
    /// Whether a line opens with a speaker's dash, as subtitles mark two speakers in one cue ("- Coming?" / "-Yes."): a
    /// hyphen or an en dash before a space or a letter. "--" and "-5" are text.
    /// </summary>
    private static bool StartsWithTurnDash(ReadOnlySpan<char> line) =>
        line.Length >= 2 && line[0] is '-' or '\u2013' && (line[1] == ' ' || char.IsLetter(line[1]) || line[1] is '"' or '\'' or '\u201C' or '[' or '(');

    /// <summary>
    /// The length of the chevrons that open a line as closed captions mark a new speaker ("&gt;&gt; SPEAKER 1: Yes.",
    /// "&gt;&gt; Thank you.") or a new story ("&gt;&gt;&gt; "): two or three before a space; 0 otherwise.
    /// </summary>
    private static int CaptionTurnLength(ReadOnlySpan<char> line)
    {
        int chevrons = 0;
        while (chevrons < line.Length && line[chevrons] == '>')
        {
            chevrons++;
        }

        return chevrons is 2 or 3 && chevrons < line.Length && line[chevrons] == ' ' ? chevrons : 0;
    }

    /// <summary>
    /// Whether a line opens with a speaker label in capitals, as subtitles for the deaf write one ("JOHN: Not now.",
    /// "DR. SMITH:", "MAN #2:"): at most <see cref="MaxLabelLength"/> characters before a colon that ends the line or
    /// comes before a space, with a letter and no lower-case letter. The label stays in the text, as a transcript's does.
    /// </summary>
    private static bool StartsWithLabel(string line)
    {
        int colon = line.AsSpan(0, Math.Min(line.Length, MaxLabelLength + 1)).IndexOf(':');
        if (colon <= 0 || (colon + 1 < line.Length && line[colon + 1] != ' '))
        {
            return false;
        }

        bool letter = false;
        foreach (char c in line.AsSpan(0, colon))
        {
            if (char.IsLower(c) || !(char.IsLetterOrDigit(c) || c is ' ' or '.' or '\'' or '-' or '#' or '&'))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    /// <summary>
    /// <paramref name="line"/> without its sound cues, white space collapsed: anything in square brackets ("[Music]",
    /// "[Applause]", YouTube's "[ __ ]"), between music notes (lyrics, "♪ la la ♪", to the end of the line when the
    /// second note is missing), and a parenthesis that describes a sound rather than saying something: the whole line,
    /// one opening the line in capitals ("(SIGHS) Fine."), or a single word not all capitals ("(laughs)"; "(NASA)"
    /// inside a sentence stays). One pass: each opening is remembered until it is closed or cut.
    /// </summary>
    private static string WithoutSoundCues(ReadOnlySpan<char> line, StringBuilder to)
    {
        int square = -1;
        int round = -1;
        int note = -1;
        int firstText = -1;
        // What the parenthesis opened at `round` holds so far.
        bool lower = false;
        bool upper = false;
        bool word = true;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            int cut = -1;
            switch (c)
            {
                case '[':
                    square = to.Length;
                    break;
                case ']' when square >= 0:
                    cut = square;
                    break;
                case '(':
                    round = to.Length;
                    (lower, upper, word) = (false, false, true);
                    break;
                case ')' when round >= 0:
                    {
                        bool atStart = firstText < 0 || firstText >= round;
                        bool empty = round + 1 == to.Length;
                        bool sound = (atStart && (i == line.Length - 1 || (upper && !lower))) || (word && !empty && (lower || !upper));
                        cut = sound ? round : -1;
                        round = -1;
                        break;
                    }

                case '\u266A' or '\u266B':
                    cut = note;
                    note = note >= 0 ? -1 : to.Length;
                    break;
                default:
                    lower |= char.IsLower(c);
                    upper |= char.IsUpper(c);
                    word &= char.IsLetter(c);
                    break;
            }

            if (cut >= 0)
            {
                to.Length = cut;
                square = square >= cut ? -1 : square;
                round = round >= cut ? -1 : round;
                note = note >= cut ? -1 : note;
                firstText = firstText >= cut ? -1 : firstText;
                continue;
            }

            if (firstText < 0 && !char.IsWhiteSpace(c))
            {
                firstText = to.Length;
            }

            to.Append(c);
        }

        if (note >= 0)
        {
            to.Length = note;
        }

        return HtmlText.Collapse(to.ToString());
    }

    /// <summary>Whether a line ends a sentence: a terminator, maybe followed by closing quotes or brackets.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd("\"')]}\u201D\u2019\u00BB*");
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F';
    }

    /// <summary>Reads lines (ended by LF, CRLF or CR) with their ranges in the text, without copying.</summary>
    private ref struct LineReader(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public bool TryRead(out ReadOnlySpan<char> line) => TryRead(out line, out _);

        public bool TryRead(out ReadOnlySpan<char> line, out Range range)
        {
            if (_next > _text.Length || (_next == _text.Length && _next > 0 && _text[_next - 1] is '\n' or '\r'))
            {
                line = default;
                range = default;
                return false;
            }

            int length = _text[_next..].IndexOfAny('\r', '\n');
            int end = length < 0 ? _text.Length : _next + length;
            range = _next..end;
            line = _text[range];
            _next = end < _text.Length && _text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? end + 2 : end + 1;
            return true;
        }
    }
}
