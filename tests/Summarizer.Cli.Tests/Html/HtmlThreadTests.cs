using System;

namespace Summarizer.Cli.Tests.Html;

/// <summary>Pages of posts (a question and its answers, an issue and its comments, reviews): every post is the content.</summary>
public sealed class HtmlThreadTests
{
    private const string Question =
        "My sourdough starter rose well for a week, but now it barely bubbles even after two feedings a day. "
        + "The kitchen is colder since the heating broke, and I switched to a different brand of rye flour.";

    private const string FirstAnswer =
        "Temperature is almost certainly the cause: below about 20 degrees the yeast slows down a lot. "
        + "Put the jar in the oven with only the light on for a few hours and watch whether it doubles again.";

    private const string SecondAnswer =
        "Rye flours differ in how much bran they keep, and a coarser one feeds the culture more slowly. "
        + "Go back to the old flour for three days before you judge the starter, and change one thing at a time.";

    private static string Post(string kind, string body, string meta) =>
        $"<div class=\"{kind}\"><div class=\"votes\">12</div><div class=\"post-body\"><p>{body}</p></div><div class=\"user-info\">{meta}</div></div>";

    [Fact]
    public void QuestionAndAnswers_EachPostIsKept_InThePagesOrder()
    {
        string html = "<html><head><title>Why did my starter stop rising? - Bakers Q&amp;A</title></head><body>"
            + "<div id=\"header\"><h1>Why did my starter stop rising?</h1></div>"
            + Post("question", Question, "asked Mar 3 by lena")
            + "<div id=\"answers\"><h2>2 Answers</h2>"
            + Post("answer accepted", FirstAnswer, "answered Mar 3 by tom")
            + Post("answer", SecondAnswer, "answered Mar 4 by ada")
            + "</div></body></html>";

        (_, string text) = HtmlText.Extract(html, "question.html");

        int question = text.IndexOf("My sourdough starter", StringComparison.Ordinal);
        int first = text.IndexOf("Temperature is almost", StringComparison.Ordinal);
        int second = text.IndexOf("Rye flours differ", StringComparison.Ordinal);
        Assert.True(question >= 0 && first > question && second > first, text);
        Assert.DoesNotContain("answered Mar", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IssueComments_NamedLikeFurniture_AreTheContent()
    {
        static string Comment(string author, string body) =>
            $"<div class=\"timeline-comment\"><div class=\"comment-header\">{author} commented on Apr 11</div>"
            + $"<div class=\"comment-body\"><p>{body}</p></div></div>";

        string html = "<html><head><title>Starter stops rising in a cold kitchen · Issue #12</title></head><body><main>"
            + "<h1>Starter stops rising in a cold kitchen #12</h1><div class=\"discussion\">"
            + Comment("lena", Question) + Comment("tom", FirstAnswer) + Comment("ada", SecondAnswer)
            + "<div class=\"timeline-item\">tom closed this as completed on Apr 15</div></div></main></body></html>";

        (_, string text) = HtmlText.Extract(html, "issue.html");

        Assert.Contains("My sourdough starter", text, StringComparison.Ordinal);
        Assert.Contains("Temperature is almost", text, StringComparison.Ordinal);
        Assert.Contains("Rye flours differ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("commented on", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeInALaterPost_StaysCode_AtItsPlace()
    {
        string html = "<html><body><h1>Reading a file line by line</h1>"
            + Post("question", Question, "asked by lena")
            + "<div class=\"answer\"><div class=\"post-body\"><p>" + FirstAnswer + "</p><pre><code>for line in open(path):\n    print(line)</code></pre></div></div>"
            + Post("answer", SecondAnswer, "answered by ada")
            + "</body></html>";

        HtmlArticle article = HtmlText.ExtractArticle(html, "code.html");

        int question = article.Text.IndexOf("My sourdough starter", StringComparison.Ordinal);
        int code = article.Text.IndexOf("for line in open(path):", StringComparison.Ordinal);
        Assert.True(question >= 0 && code > question, article.Text);
        Assert.Contains(article.Headings, range => range.Start == code && range.Code);
    }

    [Fact]
    public void ArticleWithComments_KeepsTheArticle_NotTheComments()
    {
        static string Reply(string body) => $"<div class=\"reply\"><p>{body}</p><span class=\"when\">2 hours ago</span></div>";

        string article = "<article><h1>Cold kitchens and slow dough</h1>"
            + "<p>Bakers who keep a sourdough starter notice it first in winter: the culture that doubled in six hours now takes twelve. "
            + "The yeast and bacteria in a starter are living things, and below about 20 degrees both slow down.</p>"
            + "<p>The simplest cure is warmth. An oven with only its light on holds about 26 degrees, and a starter left there overnight "
            + "usually recovers within two feedings, as long as its flour has not changed at the same time.</p>"
            + "<p>Flour matters as much as heat. Whole rye feeds a culture more than white wheat does, and a change of brand can "
            + "look like a failing starter for several days while the culture adjusts.</p></article>";
        string html = "<html><body>" + article + "<section id=\"responses\"><h2>Responses</h2>"
            + Reply("Mine recovered after one night in the oven with the light on, thank you for the tip about the light.")
            + Reply("I had no idea the flour brand could matter this much, I will switch back to my old one tomorrow.")
            + "</section></body></html>";

        (_, string text) = HtmlText.Extract(html, "article.html");

        Assert.StartsWith("Bakers who keep a sourdough starter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mine recovered", text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionAndAnswers_InBoxesOnlyAnswersHave_KeepTheQuestion()
    {
        static string Layout(string body, string meta) =>
            $"<div class=\"post-layout\"><div class=\"votecell\">41</div><div class=\"post-body\"><p>{body}</p></div><div class=\"user-info\">{meta}</div></div>";

        string html = "<html><body><h1>Why did my starter stop rising?</h1>"
            + "<div class=\"question\">" + Layout(Question, "asked by lena") + "</div><div id=\"answers\"><h2>2 Answers</h2>"
            + "<div class=\"answer\"><div class=\"answercell\">" + Layout(FirstAnswer + " " + FirstAnswer, "answered by tom") + "</div></div>"
            + "<div class=\"answer\"><div class=\"answercell\">" + Layout(SecondAnswer, "answered by ada") + "</div></div>"
            + "</div></body></html>";

        (_, string text) = HtmlText.Extract(html, "question.html");

        Assert.Contains("My sourdough starter", text, StringComparison.Ordinal);
        Assert.Contains("Rye flours differ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("answered by", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortStory_WithLongerComments_KeepsTheStory_NotTheComments()
    {
        static string Comment(string body) => $"<div class=\"c-comment\"><div class=\"c-comment__body\"><p>{body}</p></div></div>";

        string html = "<html><body><article><h1>Skate park approved</h1><div class=\"story\">"
            + "<p>The town council approved plans for a concrete skate park at Brook Meadow on Wednesday night, after two years of campaigning.</p>"
            + "<p>Construction is due to start in August and the park should open next spring, the council said.</p></div></article>"
            + "<section class=\"comments\">" + Comment(Question + " " + FirstAnswer + " " + SecondAnswer) + Comment(FirstAnswer + " " + SecondAnswer)
            + "</section></body></html>";

        (_, string text) = HtmlText.Extract(html, "story.html");

        Assert.Contains("Construction is due to start", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sourdough", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EndlessPage_ArticlesWithTheirHeadlines_AreNoThread()
    {
        static string Story(string tag, string headline, params string[] paragraphs) =>
            $"<article class=\"article\"><{tag} class=\"article-title\">{headline}</{tag}><div class=\"article-meta\">By Sam Oduya \u00B7 17 September 2024</div>"
            + "<div class=\"article-body\"><p>" + string.Join("</p><p>", paragraphs) + "</p></div></article>";

        string html = "<html><head><title>Starters slow down in winter</title></head><body><main class=\"article-stream\">"
            + Story("h1", "Sourdough starters slow down in winter", Question, FirstAnswer, "Bakers keep their jars by the oven in January.", "Most recover within two feedings.")
            + Story("h2", "Rye flour prices rise", SecondAnswer)
            + "</main></body></html>";

        (_, string text) = HtmlText.Extract(html, "stream.html");

        Assert.Contains("Temperature is almost", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rye flours differ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleOfNamedParagraphs_KeepsItsHeadings()
    {
        static string Para(string body) => $"<div class=\"para\">{body}</div>";

        string html = "<html><body><div class=\"story\"><h1>Cold kitchens and slow dough</h1>"
            + Para("Bakers who keep a sourdough starter notice it first in winter: the culture that doubled in six hours now takes twelve.")
            + Para("The yeast and bacteria in a starter are living things, and below about 20 degrees both slow down a great deal.")
            + "<h2>What to do about it</h2>"
            + Para("The simplest cure is warmth. An oven with only its light on holds about 26 degrees through the night.")
            + Para("Flour matters as much as heat, and a change of brand can look like a failing starter for several days.")
            + "</div></body></html>";

        (_, string text) = HtmlText.Extract(html, "story.html");

        Assert.Contains("What to do about it", text, StringComparison.Ordinal);
        Assert.Contains("Bakers who keep", text, StringComparison.Ordinal);
        Assert.Contains("Flour matters", text, StringComparison.Ordinal);
    }
}
