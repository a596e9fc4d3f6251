using System;
using System.Collections.Generic;

namespace Summarizer;

/// <summary>
/// The speaker labels that open the turns of a transcript, an interview or a chat log ("Sarah Chen: So the main item
/// is...", "Q: ...", "[10:33] alice: ..."). A label names who speaks, not what is said: its words are no terms of the
/// sentence it opens, or every turn of one speaker would look alike and the sentences that open turns would gain a
/// centrality their content does not have. The label stays part of the sentence's text and of its word count, but not
/// of its length under the sentence-length limits (<see cref="DocumentTerms.SentenceLengths"/>).
/// </summary>
internal static class SpeakerLabels
{
    /// <summary>The longest label, its timestamp and colon included.</summary>
    private const int MaxLabelLength = 40;

    private const int MaxLabelWords = 3;

    /// <summary>The most words of a name that brackets follow ("The Minister for Local Transport (James Corrigan): ").</summary>
    private const int MaxBracketedLabelWords = 6;

    /// <summary>The longest run of brackets after a name (<see cref="LabelLength"/>), from the name's end.</summary>
    private const int MaxBracketsLength = 60;

    private const int MaxStampLength = 12;

    /// <summary>The longest timestamp that holds a date and a time ("03/12/2024, 09:12:45 PM").</summary>
    private const int MaxDateStampLength = 30;

    /// <summary>The longest speaker's name after a timestamp, its colon included.</summary>
    private const int MaxNameLength = 25;

    /// <summary>The longest IRC nick.</summary>
    private const int MaxNickLength = 32;

    /// <summary>The longest chat client's header line (<see cref="IsHeaderLine"/>).</summary>
    private const int MaxHeaderLength = 60;

    /// <summary>A meeting's saved chat writes this before the sender's name ("10:32:15 From Alice Smith to Everyone:").</summary>
    private const string ZoomSender = "From ";

    /// <summary>The words a header line that opens with the time may have between it and its colon ("From Alice Smith to Everyone").</summary>
    private const int MaxHeaderWords = 8;

    /// <summary>The words a chat client's header line may have between the dash after the sender and the time ("Today at").</summary>
    private const int MaxHeaderDayWords = 3;

    /// <summary>The letters a timestamp's day period may have ("AM", "p.m.", "nachm").</summary>
    private const int MaxDayPeriodLetters = 5;

    /// <summary>
    /// A text has speaker labels when at least this many of its segments open with a label that opens another
    /// segment too: a lone "Note:" or "Update:" is a lead-in of an ordinary text, not a speaker.
    /// </summary>
    private const int MinLabelledSegments = 3;

    /// <summary>
    /// The length of the speaker label that opens each segment (0 where none does), or null when the text has no
    /// speaker labels: fewer than <see cref="MinLabelledSegments"/> segments open with a label that repeats.
    /// </summary>
    public static int[]? Find(ReadOnlySpan<char> text, IReadOnlyList<SentenceSpan> sentences)
    {
        List<(int Segment, int Length, string Name, bool Minutes)>? found = null;
        for (int s = 0; s < sentences.Count; s++)
        {
            SentenceSpan span = sentences[s];
            if (!SplitChars.StartsLine(text, span.Start))
            {
                continue;
            }

            int length = LabelLength(span.Slice(text), out Range name);
            if (length == 0 && PeriodLabelLength(span.Slice(text), out name) is > 0 and int recorded
                && PeriodLabelNearby(text, span.Start, span.Start + recorded))
            {
                // A record's "Senator ELLERY. " as a transcript's "Ellery: ".
                length = recorded;
            }

            if (length > 0)
            {
                found ??= [];
                found.Add((s, length, span.Slice(text)[name].ToString(), OpensWithMinutes(span.Slice(text)) || MinutesAfterName(span.Slice(text), name)));
            }
        }

        if (found is null || found.Count < MinLabelledSegments)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach ((_, _, string name, _) in found)
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        // A label that opens one segment only is a lead-in of an ordinary text ("Note:"), not a speaker. After a time
        // without seconds, which opens an agenda's entries as often as a chat's messages, the labels name two speakers
        // at least ("19:41 Customer: ...", "19:45 Mia (Agent): ..."), not one item ("09:00 Registration: ...").
        found.RemoveAll(label => counts[label.Name] < 2);
        string? minuteName = null;
        bool minuteSpeakers = false;
        foreach ((_, _, string name, bool minutes) in found)
        {
            minuteSpeakers |= minutes && minuteName is not null && !name.Equals(minuteName, StringComparison.OrdinalIgnoreCase);
            minuteName ??= minutes ? name : null;
        }

        if (!minuteSpeakers)
        {
            found.RemoveAll(label => label.Minutes);
        }

        if (found.Count < MinLabelledSegments)
        {
            return null;
        }

        var lengths = new int[sentences.Count];
        foreach ((int segment, int length, _, _) in found)
        {
            lengths[segment] = length;
        }

        return lengths;
    }

    /// <summary>
    /// The length of a record's speaker label that opens <paramref name="segment"/>, through the period and the space
    /// after it; 0 when none does. A parliament's or a hearing's record names the speaker by a title and the surname in
    /// capitals before a period ("Senator ELLERY. ", "Mr. TSAI. ", "Ms. RAMIREZ-COLE. ", "The CHAIRMAN. "): a word in
    /// title case, perhaps abbreviated, then one or two words in capitals of two letters or more, a period, a space and
    /// a capital. <paramref name="name"/> is the title and the surname. The shape alone is a headline's too ("Visit
    /// NASA. ..."), so a record's label is one where another line near it opens with one (<see cref="PeriodLabelNearby"/>).
    /// </summary>
    internal static int PeriodLabelLength(ReadOnlySpan<char> segment, out Range name)
    {
        name = default;
        if (segment.Length < 2 || !char.IsUpper(segment[0]) || !char.IsLower(segment[1]))
        {
            return 0;
        }

        int p = 1;
        while (p < segment.Length && char.IsLower(segment[p]))
        {
            p++;
        }

        p += p < segment.Length && segment[p] == '.' ? 1 : 0;
        int words = 0;
        while (words < MaxLabelWords - 1 && p + 2 < segment.Length && segment[p] == ' ' && char.IsUpper(segment[p + 1]) && char.IsUpper(segment[p + 2]))
        {
            p++;
            while (p < segment.Length && (char.IsUpper(segment[p]) || (segment[p] is '-' or '\'' or '\u2019' && p + 1 < segment.Length && char.IsUpper(segment[p + 1]))))
            {
                p++;
            }

            words++;
        }

        if (words == 0 || p + 2 >= segment.Length || segment[p] != '.' || segment[p + 1] != ' ' || !char.IsUpper(segment[p + 2]))
        {
            return 0;
        }

        name = 0..p;
        return p + 2;
    }

    /// <summary>
    /// Whether a line within <see cref="MaxNeighbourScan"/> characters after or before the line text[start..end] opens
    /// with a record's speaker label (<see cref="PeriodLabelLength"/>): the turns of a hearing follow one another.
    /// </summary>
    internal static bool PeriodLabelNearby(ReadOnlySpan<char> text, int start, int end)
    {
        int after = Math.Min(text.Length, end + MaxNeighbourScan);
        for (int k = end + 1; k < after; k++)
        {
            if (SplitChars.IsLineBreakAt(text, k - 1) && PeriodLabelLength(text[k..Math.Min(text.Length, k + MaxLabelledLine)], out _) > 0)
            {
                return true;
            }
        }

        int before = Math.Max(0, start - MaxNeighbourScan);
        for (int k = start - 1; k >= before; k--)
        {
            if ((k == 0 || SplitChars.IsLineBreakAt(text, k - 1)) && PeriodLabelLength(text[k..Math.Min(text.Length, k + MaxLabelledLine)], out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far into a segment a label's colon can stand: its timestamp, its name and the brackets after the name.</summary>
    private const int MaxLabelSearch = MaxDateStampLength + MaxLabelLength + MaxBracketsLength;

    /// <summary>The fewest lines the interviewee's label opens in an interview whose interviewer <see cref="Interviewer"/> finds.</summary>
    private const int MinInterviewTurns = 3;

    /// <summary>
    /// The name in the label of an interview's interviewer, or null: in a text whose lines open with labels, a label
    /// other than the one that opens the most lines (the interviewee's, on at least <see cref="MinInterviewTurns"/>
    /// lines, most of which end in no question mark), each of whose lines the interviewee's next labelled line answers
    /// and most of which end in a question mark. A magazine labels its questions with its own name ("ZEIT: Frau Körber,
    /// ...?", "Ledger: Why now?") as a transcript labels them "Q:" (<see cref="SplittingRules.IsQuestionLabel"/>).
    /// </summary>
    internal static string? Interviewer(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        // The labelled lines in order: the name, and whether the line's last segment ends in a question mark.
        List<(string Name, bool Asks)>? lines = null;
        for (int s = 0; s < sentences.Count; s++)
        {
            SentenceSpan span = sentences[s];
            ReadOnlySpan<char> opening = span.Slice(text)[..Math.Min(span.Length, MaxLabelSearch)];
            if (opening.IndexOf(':') < 0 || !SplitChars.StartsLine(text, span.Start) || LabelLength(span.Slice(text), out Range name) == 0)
            {
                // Every label has its colon near the segment's start, in its timestamp at least: most sentences have none.
                continue;
            }

            lines ??= [];
            lines.Add((span.Slice(text)[name].ToString(), TurnAsks(text, sentences, s)));
        }

        if (lines is null || lines.Count < MinInterviewTurns + 1)
        {
            return null;
        }

        var turns = new Dictionary<string, (int Lines, int Asks)>(StringComparer.OrdinalIgnoreCase);
        foreach ((string name, bool asks) in lines)
        {
            (int count, int asked) = turns.GetValueOrDefault(name);
            turns[name] = (count + 1, asked + (asks ? 1 : 0));
        }

        string? interviewee = null;
        foreach ((string name, (int count, int asked)) in turns)
        {
            if (count >= MinInterviewTurns && 2 * asked < count && (interviewee is null || count > turns[interviewee].Lines))
            {
                interviewee = name;
            }
        }

        if (interviewee is null)
        {
            return null;
        }

        string? interviewer = null;
        foreach ((string name, (int count, int asked)) in turns)
        {
            if (2 * asked > count && !name.Equals(interviewee, StringComparison.OrdinalIgnoreCase)
                && (interviewer is null || count > turns[interviewer].Lines) && Answered(lines, name, interviewee))
            {
                interviewer = name;
            }
        }

        return interviewer;
    }

    /// <summary>
    /// Whether the turn that the segment at <paramref name="opener"/> opens on its line asks: the last segment of its
    /// line (of its paragraph, before the next line that opens one) ends in a question mark.
    /// </summary>
    internal static bool TurnAsks(string text, IReadOnlyList<SentenceSpan> sentences, int opener)
    {
        int last = opener;
        while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentences[opener].Paragraph
            && !SplitChars.StartsLine(text, sentences[last + 1].Start))
        {
            last++;
        }

        ReadOnlySpan<char> end = sentences[last].Slice(text).TrimEnd().TrimEnd('*');
        return end.Length > 0 && end[^1] is '?' or '\uFF1F' or '\u061F' or '\u037E';
    }

    /// <summary>
    /// Whether the next labelled line after each of <paramref name="asker"/>'s is <paramref name="answerer"/>'s, the
    /// asker's last aside: an interviewer has the last word when thanking ("SZ: Frau Dr. Weiß, vielen Dank für das
    /// Gespräch."), perhaps before the page's labelled footer ("Zur Person: ...").
    /// </summary>
    private static bool Answered(List<(string Name, bool Asks)> lines, string asker, string answerer)
    {
        int last = lines.Count - 1;
        while (last >= 0 && !lines[last].Name.Equals(asker, StringComparison.OrdinalIgnoreCase))
        {
            last--;
        }

        for (int i = 0; i < last; i++)
        {
            if (lines[i].Name.Equals(asker, StringComparison.OrdinalIgnoreCase)
                && !lines[i + 1].Name.Equals(answerer, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The length of the label that opens <paramref name="segment"/>, through the colon and the spaces after it; 0 when
    /// none does. A label is an optional timestamp, then one to three words of letters, digits, periods, hyphens,
    /// underscores and apostrophes ("SPEAKER_01", as speaker diarization names them), the first a letter (a capital
    /// without a timestamp), perhaps the speaker's role in brackets, or two ("Javier (agent)", a parliament's "Sarah
    /// Whitfield (North Dales) (Con)", and up to six words before them: "The Minister for Local Transport (James
    /// Corrigan)"), then a colon (a space before it
    /// as French writes it: "Claire Dubois : "), a space and more text; Markdown's bold may wrap the name, the colon
    /// inside it or after it ("**Host:** ", "**Host**: "), or the whole turn when it closes at the line's end and nowhere
    /// before it ("**Q: Why now?**", <see cref="ClosesAtLineEnd"/>), and number signs may, before the colon ("#Person1#: ", as a
    /// dialogue corpus writes its speakers). The
    /// timestamp is a chat log's: in brackets ("[10:33] ", or a date and a time, "[03/12/2024, 09:12:45] "), a date and
    /// a time before a dash as a phone's chat export writes it ("03/12/2024, 09:12 - "), or a time ("00:01:05 Dana: ",
    /// "19:45 Mia (Agent): ", and a meeting's saved chat, "10:32:15\t From  Alice Smith : ", whose "From" is passed
    /// over); after one, an IRC log's
    /// "&lt;name&gt; " is a label too ("[10:33] &lt;bob&gt; "). <paramref name="name"/> is where the name lies: after
    /// the start of the segment exactly when a timestamp opens the label.
    /// </summary>
    internal static int LabelLength(ReadOnlySpan<char> segment, out Range name)
    {
        name = default;
        int p = StampLength(segment);
        bool stamped = p > 0;
        if (stamped && p < segment.Length && segment[p] == '<')
        {
            return NickLength(segment, p, out name);
        }

        if (stamped && segment[p..].StartsWith(ZoomSender, StringComparison.Ordinal))
        {
            p = AfterSpaces(segment, p + ZoomSender.Length);
        }

        // Markdown's bold around the name, the colon inside it or after it: "**Host:** ", "**Host**: ", "__Host:__ "; or
        // around the whole turn: "**Q: Why now?**".
        char bold = p + 2 < segment.Length && segment[p] is '*' or '_' && segment[p + 1] == segment[p] ? segment[p] : '\0';
        if (bold != '\0')
        {
            p += 2;
        }

        // A dialogue corpus wraps its speakers' names in number signs ("#Person1#: ").
        bool hashed = bold == '\0' && p + 1 < segment.Length && segment[p] == '#' && char.IsLetter(segment[p + 1]);
        if (hashed)
        {
            p++;
        }

        int limit = Math.Min(segment.Length, Math.Max(MaxLabelLength, p + MaxNameLength));
        if (p >= limit || !char.IsLetter(segment[p]) || (!stamped && !char.IsUpper(segment[p])))
        {
            return 0;
        }

        int nameStart = p;
        int words = 1;
        while (p < limit)
        {
            char c = segment[p];
            if (IsNameChar(c))
            {
                p++;
            }
            else if (c == ' ' && p + 1 < limit && char.IsLetterOrDigit(segment[p + 1])
                && (words < MaxLabelWords || (words < MaxBracketedLabelWords && segment[p..limit].Contains('('))))
            {
                // Past MaxLabelWords words only before a bracket (a minister's office before the name).
                words++;
                p++;
            }
            else
            {
                break;
            }
        }

        name = nameStart..p;
        // The speaker's role in brackets after the name, or two ("[14:02] Javier (agent): ", "Dana (host): "); a
        // parliament's record names a member's seat and party, or a minister's office before the name ("Sarah Whitfield
        // (North Dales) (Con): ", "The Minister for Local Transport (James Corrigan): "). A name of more than
        // MaxLabelWords words needs them.
        int bracketLimit = Math.Min(segment.Length, Math.Max(limit, p + MaxBracketsLength));
        int brackets = 0;
        for (int q = p; bold == '\0' && brackets < 2 && q + 3 < bracketLimit && segment[q] == ' ' && segment[q + 1] == '(' && char.IsLetterOrDigit(segment[q + 2]);)
        {
            int role = q + 2;
            while (role < bracketLimit && (char.IsLetter(segment[role]) || segment[role] is ' ' or '-' or '.' or '\'' or '\u2019'))
            {
                role++;
            }

            if (char.IsAsciiDigit(segment[q + 2]))
            {
                // A live chat's export may put the time after the name ("Niamh (19:09:12): "), as others put it before.
                role = segment[(q + 2)..bracketLimit].IndexOf(')') is >= 0 and int close && IsClockStamp(segment[(q + 2)..(q + 2 + close)])
                    ? q + 2 + close : bracketLimit;
            }

            if (role >= bracketLimit || segment[role] != ')')
            {
                break;
            }

            brackets++;
            q = role + 1;
            if (q < segment.Length && segment[q] == ':')
            {
                p = q;
                limit = Math.Max(limit, Math.Min(segment.Length, p + 1));
                break;
            }
        }

        if (words > MaxLabelWords && (p == name.End.Value || segment[p] != ':'))
        {
            return 0;
        }

        if (p + 1 < segment.Length && segment[p] == ' ' && segment[p + 1] == ':')
        {
            // A meeting's saved chat spaces the colon ("10:32:15\t From  Alice Smith : Hello"), and so does French
            // ("Julien Marchand : Madame la maire, bonjour.", "Q : Pourquoi ?").
            p++;
        }

        int colonEnd = p + 1;
        if (bold != '\0')
        {
            // The colon and the closing bold, in either order ("__Host__: " has read the closing marks as the name's).
            p -= bold == '_' ? Math.Min(2, p - nameStart - segment[nameStart..p].TrimEnd('_').Length) : 0;
            bool inside = p + 2 < segment.Length && segment[p] == ':' && segment[p + 1] == bold && segment[p + 2] == bold;
            bool outside = p + 2 < segment.Length && segment[p] == bold && segment[p + 1] == bold && segment[p + 2] == ':';
            bool wrapped = !inside && !outside && p + 1 < segment.Length && segment[p] == ':' && ClosesAtLineEnd(segment[(p + 1)..], bold);
            if (!inside && !outside && !wrapped)
            {
                return 0;
            }

            name = nameStart..p;
            colonEnd = wrapped ? p + 1 : p + 3;
        }
        else if (hashed)
        {
            if (p + 1 >= segment.Length || segment[p] != '#' || segment[p + 1] != ':')
            {
                return 0;
            }

            colonEnd = p + 2;
        }
        else if (p >= segment.Length || segment[p] != ':')
        {
            return 0;
        }

        if (colonEnd + 1 >= segment.Length || p >= limit || segment[colonEnd] is not (' ' or '\t'))
        {
            return 0;
        }

        return AfterSpaces(segment, colonEnd + 1);
    }

    /// <summary>
    /// Whether the bold that opens before a label's name and stays open past its colon closes at the end of the line
    /// and nowhere before it: <paramref name="rest"/> is the segment after the colon, and <paramref name="bold"/> the
    /// bold's mark. A page that sets each question in bold wraps the label with it ("**Q: Why now?**").
    /// </summary>
    private static bool ClosesAtLineEnd(ReadOnlySpan<char> rest, char bold)
    {
        int lineEnd = rest.IndexOfAny('\n', '\r');
        ReadOnlySpan<char> line = (lineEnd < 0 ? rest : rest[..lineEnd]).TrimEnd();
        ReadOnlySpan<char> mark = bold == '*' ? "**" : "__";
        return line.Length > mark.Length + 1 && line.EndsWith(mark) && line[..^mark.Length].IndexOf(mark) < 0;
    }

    /// <summary>
    /// Whether <paramref name="line"/>, a line of its own without its line break, is the header a chat client writes
    /// above a message: the sender and the time ("Alice Smith  9:12 AM", Slack's; "alice — Today at 9:12 AM",
    /// Discord's), the time in brackets and the sender ("[9:12 AM] Alice Smith", Teams'), or the time, at most
    /// <see cref="MaxHeaderWords"/> words and a colon ("10:32:15 From Alice Smith to Everyone:", a meeting's saved
    /// chat). The sender is one to three
    /// words (<see cref="IsSender"/>), in title case unless a tab, two spaces or a dash parts it from the time; after a
    /// dash, at most <see cref="MaxHeaderDayWords"/> words ("Today at", "03/12/2024") come before the time. Reads at
    /// most <see cref="MaxHeaderLength"/> characters. <paramref name="sender"/> is where the sender's name lies.
    /// </summary>
    internal static bool IsHeaderLine(ReadOnlySpan<char> line, out Range sender)
    {
        sender = default;
        int lead = line.Length - line.TrimStart().Length;
        line = line.Trim();
        if (line.Length is < 4 or > MaxHeaderLength)
        {
            return false;
        }

        if (line[0] == '[')
        {
            int stamp = StampLength(line);
            sender = (lead + stamp)..(lead + line.Length);
            return stamp > 0 && line[..stamp].Contains(':') && IsSender(line[stamp..], titleCase: false);
        }

        // A meeting's saved chat: "10:32:15 From Alice Smith to Everyone:", the message on the lines under it.
        int opening = TimeLength(line);
        if (opening > 0 && line[^1] == ':' && opening < line.Length && line[opening] is ' ' or '\t')
        {
            ReadOnlySpan<char> rest = line[opening..^1].Trim();
            sender = (lead + line.Length - 1 - rest.Length)..(lead + line.Length - 1);
            return !rest.IsEmpty && char.IsLetter(rest[0]) && SplitChars.CountWords(rest, MaxHeaderWords + 1) <= MaxHeaderWords && !rest.Contains(':');
        }

        int time = TimeStart(line);
        if (time <= 1 || line[time - 1] is not (' ' or '\t'))
        {
            return false;
        }

        ReadOnlySpan<char> head = line[..time].TrimEnd();
        int dash = DashIndex(head);
        if (dash > 0)
        {
            sender = lead..(lead + dash);
            return IsSender(head[..dash], titleCase: false) && SplitChars.CountWords(head[(dash + 3)..], MaxHeaderDayWords + 1) <= MaxHeaderDayWords;
        }

        // Two spaces or a tab part the sender from the time in a client's layout; one space only after a name in title case.
        bool parted = time - head.Length > 1 || line[time - 1] == '\t';
        sender = lead..(lead + head.Length);
        return IsSender(head, titleCase: !parted);
    }

    /// <summary>Where the time that ends <paramref name="line"/> starts ("9:12", "09:12:45", "9:12 AM", "9:12 p.m."), or -1.</summary>
    private static int TimeStart(ReadOnlySpan<char> line)
    {
        int end = line.Length;
        foreach (string period in (ReadOnlySpan<string>)[" AM", " PM", " am", " pm", " a.m.", " p.m."])
        {
            if (line.EndsWith(period, StringComparison.Ordinal))
            {
                end -= period.Length;
                break;
            }
        }

        // Minutes, and seconds after them: two digits after each colon, one or two digits before the first.
        int k = end;
        int fields = 0;
        while (k >= 3 && char.IsAsciiDigit(line[k - 1]) && char.IsAsciiDigit(line[k - 2]) && line[k - 3] == ':' && fields < 2)
        {
            k -= 3;
            fields++;
        }

        int hour = k;
        while (hour > 0 && k - hour < 2 && char.IsAsciiDigit(line[hour - 1]))
        {
            hour--;
        }

        return fields > 0 && hour < k && (hour == 0 || !char.IsAsciiDigit(line[hour - 1])) ? hour : -1;
    }

    /// <summary>Where a spaced dash (" — ", " – ", " - ") stands in <paramref name="head"/>, or -1.</summary>
    private static int DashIndex(ReadOnlySpan<char> head)
    {
        for (int k = 1; k + 2 < head.Length; k++)
        {
            if (head[k] is '\u2014' or '\u2013' or '-' && head[k - 1] == ' ' && head[k + 1] == ' ')
            {
                return k - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="sender"/> is one to three words parted by single spaces, each opening with a letter (a
    /// capital when <paramref name="titleCase"/>) and made of letters, digits, periods, hyphens, underscores and
    /// apostrophes.
    /// </summary>
    private static bool IsSender(ReadOnlySpan<char> sender, bool titleCase)
    {
        if (sender.IsEmpty)
        {
            return false;
        }

        int words = 0;
        foreach (Range range in sender.Split(' '))
        {
            ReadOnlySpan<char> word = sender[range];
            if (word.IsEmpty || ++words > MaxLabelWords || !char.IsLetter(word[0]) || (titleCase && !char.IsUpper(word[0])))
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!IsNameChar(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="c"/> may stand in a speaker's name: a letter, a digit, a period, a hyphen, an underscore or an apostrophe.</summary>
    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '\'' or '\u2019';

    /// <summary>
    /// The length of the timestamp that opens <paramref name="segment"/> with the space (or the dash and spaces) after
    /// it, or 0: anything in brackets of at most <see cref="MaxStampLength"/> characters ("[10:33]", "[00:01:05]"), a
    /// date and a time in brackets ("[03/12/2024, 09:12:45]", "[3/12/24, 9:12:45 PM]"), a date and a time before
    /// " - " ("03/12/2024, 09:12 - ", "12.03.24, 09:12 - "), or a time before a space or a tab ("00:01:05 ",
    /// "10:32:15\t ", "19:45 "; a time without seconds opens an agenda's entries as often as a chat's, but an agenda's
    /// entries rarely name the same speaker twice, which <see cref="Find"/> asks of a label).
    /// </summary>
    private static int StampLength(ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty)
        {
            return 0;
        }

        if (segment[0] == '[')
        {
            int close = segment[..Math.Min(segment.Length, MaxDateStampLength + 2)].IndexOf(']');
            bool stamp = close >= 2 && (close <= MaxStampLength + 1 || IsDateAndTime(segment[1..close]));
            return stamp && close + 1 < segment.Length && segment[close + 1] == ' ' ? close + 2 : 0;
        }

        if (segment[0] == '(')
        {
            // A live chat's export puts the time in parentheses ("(19:09:12) Niamh: "); what else parentheses open a
            // line with ("(1) Scope: ", "(a) Notice: ") is no time.
            int close = segment[..Math.Min(segment.Length, MaxDateStampLength + 2)].IndexOf(')');
            return close >= 2 && IsClockStamp(segment[1..close]) && close + 1 < segment.Length && segment[close + 1] == ' ' ? close + 2 : 0;
        }

        if (!char.IsAsciiDigit(segment[0]))
        {
            return 0;
        }

        int dash = segment[..Math.Min(segment.Length, MaxDateStampLength + 3)].IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && IsDateAndTime(segment[..dash]))
        {
            return AfterSpaces(segment, dash + 3);
        }

        int time = TimeLength(segment);
        return time > 0 && time < segment.Length && segment[time] is ' ' or '\t' ? AfterSpaces(segment, time) : 0;
    }

    /// <summary>
    /// Whether a time without seconds opens <paramref name="segment"/>, bare or in parentheses ("19:45 Mia: ", "(19:45)
    /// Mia: "): <see cref="Find"/> asks more of its labels.
    /// </summary>
    internal static bool OpensWithMinutes(ReadOnlySpan<char> segment)
    {
        segment = segment.StartsWith('(') ? segment[1..] : segment;
        return TimeLength(segment) is > 0 and int time && segment[..time].Count(':') == 1;
    }

    /// <summary>
    /// Whether a time in parentheses follows the speaker's <paramref name="name"/> in <paramref name="segment"/>'s label
    /// ("Niamh (19:09:12): "): a chat's stamp, as one before the name is.
    /// </summary>
    internal static bool IsStampedAfterName(ReadOnlySpan<char> segment, Range name) =>
        segment[name.End..] is [' ', '(', >= '0' and <= '9', ..];

    /// <summary>Whether the time in parentheses after the speaker's <paramref name="name"/> has no seconds ("Mia (19:45): ").</summary>
    private static bool MinutesAfterName(ReadOnlySpan<char> segment, Range name) =>
        IsStampedAfterName(segment, name) && OpensWithMinutes(segment[(name.End.Value + 1)..]);

    /// <summary>Whether <paramref name="stamp"/> is a time ("19:09", "19:09:12"), or a date and a time (<see cref="IsDateAndTime"/>), and nothing else.</summary>
    private static bool IsClockStamp(ReadOnlySpan<char> stamp) => TimeLength(stamp) == stamp.Length || IsDateAndTime(stamp);

    /// <summary>The length of the time that opens <paramref name="text"/> ("9:12", "10:32:15"), or 0.</summary>
    internal static int TimeLength(ReadOnlySpan<char> text)
    {
        int k = 0;
        while (k < text.Length && k < 2 && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        int fields = 0;
        while (k > 0 && fields < 2 && k + 2 < text.Length && text[k] == ':' && char.IsAsciiDigit(text[k + 1]) && char.IsAsciiDigit(text[k + 2]))
        {
            k += 3;
            fields++;
        }

        return fields > 0 && (k == text.Length || !char.IsAsciiDigit(text[k])) ? k : 0;
    }

    /// <summary>
    /// Whether <paramref name="stamp"/> is a date and a time: it opens with a digit, holds a date (digits separated by
    /// '/', '.' or '-') and a time (digits separated by ':'), and besides digits, those marks, commas and spaces at most
    /// a day period's letters ("AM", "p.m.").
    /// </summary>
    internal static bool IsDateAndTime(ReadOnlySpan<char> stamp)
    {
        if (stamp.IsEmpty || !char.IsAsciiDigit(stamp[0]))
        {
            return false;
        }

        bool date = false, time = false;
        int letters = 0;
        for (int k = 1; k < stamp.Length; k++)
        {
            char c = stamp[k];
            bool betweenDigits = char.IsAsciiDigit(stamp[k - 1]) && k + 1 < stamp.Length && char.IsAsciiDigit(stamp[k + 1]);
            if (c is '/' or '.' or '-')
            {
                date |= betweenDigits;
            }
            else if (c == ':')
            {
                time |= betweenDigits;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (!char.IsAsciiDigit(c) && c is not (',' or ' ' or '\u202F' or '\u00A0'))
            {
                return false;
            }
        }

        return date && time && letters <= MaxDayPeriodLetters;
    }

    /// <summary>
    /// The length of an IRC log's label: the nick in angle brackets at <paramref name="open"/>, after a timestamp, then
    /// a space and more text ("[10:33] &lt;bob&gt; "; an operator's "&lt;@bob&gt;" too); 0 otherwise.
    /// </summary>
    private static int NickLength(ReadOnlySpan<char> segment, int open, out Range name)
    {
        name = default;
        int start = open + 1;
        if (start < segment.Length && segment[start] is '@' or '+' or '%' or '~' or '&')
        {
            start++;
        }

        int close = start;
        int limit = Math.Min(segment.Length, start + MaxNickLength);
        while (close < limit && segment[close] != '>' && !char.IsWhiteSpace(segment[close]) && segment[close] != '<')
        {
            close++;
        }

        if (close == start || close >= limit || segment[close] != '>' || close + 2 >= segment.Length || segment[close + 1] != ' ')
        {
            return 0;
        }

        name = start..close;
        return AfterSpaces(segment, close + 2);
    }

    /// <summary>The index of the first character after the spaces and tabs at <paramref name="p"/>, or 0 when nothing follows them.</summary>
    private static int AfterSpaces(ReadOnlySpan<char> segment, int p)
    {
        while (p < segment.Length && segment[p] is ' ' or '\t')
        {
            p++;
        }

        return p < segment.Length ? p : 0;
    }

    /// <summary>How far around a line the lines that a label opens are read (<see cref="SpeaksAgainNearby"/>).</summary>
    internal const int MaxNeighbourScan = 1000;

    /// <summary>The most characters of a line read for its label (<see cref="SpeaksAgainNearby"/>).</summary>
    private const int MaxLabelledLine = 120;

    /// <summary>
    /// Whether <paramref name="speaker"/>, the name in the label of the line text[start..end], labels another line
    /// within <see cref="MaxNeighbourScan"/> characters after or before it: a transcript's "Speaker 1:" or
    /// "SPEAKER_01:" speaks again, a headline's "Part 2:" names one part. The nearest lines are read first.
    /// </summary>
    internal static bool SpeaksAgainNearby(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<char> speaker)
    {
        int after = Math.Min(text.Length, end + MaxNeighbourScan);
        for (int k = end + 1; k < after; k++)
        {
            if (SplitChars.IsLineBreakAt(text, k - 1) && LabelsLine(text, k, speaker))
            {
                return true;
            }
        }

        int before = Math.Max(0, start - MaxNeighbourScan);
        for (int k = start - 1; k >= before; k--)
        {
            if ((k == 0 || SplitChars.IsLineBreakAt(text, k - 1)) && LabelsLine(text, k, speaker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line at <paramref name="k"/> (after its indent) opens with <paramref name="speaker"/>'s label.</summary>
    private static bool LabelsLine(ReadOnlySpan<char> text, int k, ReadOnlySpan<char> speaker)
    {
        ReadOnlySpan<char> line = text[SplitChars.SkipSpaces(text, k)..];
        line = line[..Math.Min(line.Length, MaxLabelledLine)];
        return LabelLength(line, out Range name) > 0 && line[name].SequenceEqual(speaker);
    }

    /// <summary>The longest line <see cref="LabelledRun"/> reads as a field: a spec sheet lists what is in the box on one.</summary>
    private const int MaxRunFieldLine = 400;

    /// <summary>
    /// How many lines open with a label (<see cref="SpeakerLabels.LabelLength"/>) in the block of lines around the one
    /// at <paramref name="start"/> (no blank line between, each at most <see cref="MaxRunFieldLine"/> characters), that
    /// one included; counted up to <paramref name="max"/>.
    /// </summary>
    internal static int LabelledRun(ReadOnlySpan<char> text, int start, int max)
    {
        int count = 1;
        int lineStart = SplitChars.LineStart(text, start);
        while (count < max && lineStart > 0)
        {
            int breakAt = lineStart - 1;
            breakAt -= text[breakAt] == '\n' && breakAt > 0 && text[breakAt - 1] == '\r' ? 1 : 0;
            int previous = breakAt;
            int limit = Math.Max(0, breakAt - MaxRunFieldLine);
            while (previous > limit && !SplitChars.IsLineBreakAt(text, previous - 1))
            {
                previous--;
            }

            int content = SplitChars.SkipSpaces(text, previous);
            if ((previous > 0 && !SplitChars.IsLineBreakAt(text, previous - 1)) || content >= breakAt
                || LabelLength(text[content..breakAt], out _) == 0)
            {
                break;
            }

            count++;
            lineStart = previous;
        }

        int next = SplitMarkup.LineEnd(text, start);
        while (count < max && next < text.Length)
        {
            int content = SplitChars.SkipSpaces(text, SplitMarkup.SkipLineBreak(text, next));
            int lineEnd = SplitMarkup.LineEnd(text, content);
            if (content >= lineEnd || lineEnd - content > MaxRunFieldLine || LabelLength(text[content..lineEnd], out _) == 0)
            {
                break;
            }

            count++;
            next = lineEnd;
        }

        return count;
    }
}
