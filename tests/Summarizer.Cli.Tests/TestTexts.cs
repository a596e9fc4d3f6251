namespace Summarizer.Cli.Tests;

internal static class TestTexts
{
    public const string Article = Summarizer.Testing.TestArticles.Parks;

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
}
