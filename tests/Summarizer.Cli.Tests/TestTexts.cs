namespace Summarizer.Cli.Tests;

internal static class TestTexts
{
    public const string Article = Summarizer.Testing.TestArticles.Parks;

    /// <summary>Bytes that are not UTF-8 and no text in any encoding a guess finds: every other one above ASCII, in no language's pattern.</summary>
    public static byte[] NotText()
    {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = i % 2 == 0 ? (byte)'a' : (byte)(0x80 + (i * 37 % 128));
        }

        return bytes;
    }

    public const string Page = """
        <!DOCTYPE html>
        <html><head><title>Parks budget doubles | City News</title></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <div class="share"><button>Share on Facebook</button><button>Share on X</button></div>
        <article>
        <h1>Parks budget doubles</h1>
        <p>The city council approved a new budget for public parks on Monday, after a long debate that ran late into the evening.</p>
        <p>The budget doubles the money for park maintenance and adds two new parks in the north of the city, where residents have few green spaces.</p>
        <p>Council members said the parks budget was the largest in a decade &amp; a sign of <em>changing priorities</em> at city hall.</p>
        <p>Residents had asked the council for more parks and better maintenance for years, and many attended the meeting to support the plan.</p>
        <p>The new parks will open next summer, the council said, and the maintenance money will be spent from January onwards.</p>
        </article>
        <aside><a href="/prev">Previous Article</a> <a href="/next">Next Article</a></aside>
        <footer>Copyright City News. All rights reserved.</footer>
        </body></html>
        """;

    /// <summary>
    /// The article of <see cref="Page"/> as a talk's subtitles: sentences broken across cues, a tag, a reference, a sound
    /// cue and a long pause after the third sentence.
    /// </summary>
    public const string Srt = """
        1
        00:00:01,000 --> 00:00:03,500
        The city council approved a new budget

        2
        00:00:03,600 --> 00:00:06,000
        for public parks on Monday, after a long debate
        that ran late into the evening.

        3
        00:00:06,100 --> 00:00:09,000
        The budget doubles the money for park maintenance

        4
        00:00:09,000 --> 00:00:12,000
        and adds two new parks in the north of the city,

        5
        00:00:12,000 --> 00:00:14,000
        where residents have few green spaces.
        [Applause]

        6
        00:00:14,200 --> 00:00:17,000
        Council members said the parks budget was the largest

        7
        00:00:17,000 --> 00:00:20,000
        in a decade &amp; a sign of <i>changing priorities</i> at city hall.

        8
        00:00:24,000 --> 00:00:27,000
        Residents had asked the council for more parks and better maintenance for years,

        9
        00:00:27,000 --> 00:00:30,000
        and many attended the meeting to support the plan.

        10
        00:00:30,000 --> 00:00:33,000
        The new parks will open next summer, the council said,

        11
        00:00:33,000 --> 00:00:36,000
        and the maintenance money will be spent from January onwards.

        """;

    /// <summary>The transcript of <see cref="Srt"/>.</summary>
    public const string SrtTranscript =
        "The city council approved a new budget for public parks on Monday, after a long debate that ran late into the evening. "
        + "The budget doubles the money for park maintenance and adds two new parks in the north of the city, where residents have few green spaces. "
        + "Council members said the parks budget was the largest in a decade & a sign of changing priorities at city hall.\n\n"
        + "Residents had asked the council for more parks and better maintenance for years, and many attended the meeting to support the plan. "
        + "The new parks will open next summer, the council said, and the maintenance money will be spent from January onwards.";

    /// <summary>The sentences of <see cref="SrtTranscript"/>, each whole.</summary>
    public static string[] SrtSentences =>
    [
        "The city council approved a new budget for public parks on Monday, after a long debate that ran late into the evening.",
        "The budget doubles the money for park maintenance and adds two new parks in the north of the city, where residents have few green spaces.",
        "Council members said the parks budget was the largest in a decade & a sign of changing priorities at city hall.",
        "Residents had asked the council for more parks and better maintenance for years, and many attended the meeting to support the plan.",
        "The new parks will open next summer, the council said, and the maintenance money will be spent from January onwards.",
    ];
}
