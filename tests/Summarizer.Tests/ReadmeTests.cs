using System;
using System.IO;
using Summarizer.Testing;

namespace Summarizer.Tests;

/// <summary>The README's quick start: its code, run on the bundled sample, prints exactly the output the README shows.</summary>
public sealed class ReadmeTests
{
    private const string OutputStart = "<!-- quick-start-output -->";

    [Fact]
    public void QuickStart_PrintsTheOutputTheReadmeShows()
    {
        string article = File.ReadAllText(RepositoryFiles.PathOf("src/Summarizer.Cli/Resources/sample-article.txt"));
        var console = new StringWriter { NewLine = "\n" };

        // The quick start of README.md, with Console.WriteLine writing to `console`.
        Summary summary = ExtractiveSummarizer.Default.Summarize(article, SummaryBudget.Sentences(3));
        foreach (SummarySentence sentence in summary.Sentences)
        {
            console.WriteLine($"#{sentence.Rank} at {sentence.Start}: {sentence.Text}");
        }

        console.WriteLine($"{summary.Language.Name}, {summary.SentenceCount} sentences, ranked by {summary.Diagnostics.Ranker}");

        Assert.Equal(ReadmeBlockAfter(OutputStart), console.ToString());
    }

    [Fact]
    public void Readme_NamesEveryDescribedOption()
    {
        // The options table names the properties, the command's option list the names users write.
        string readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        foreach (ScalarOption option in OptionCatalog.Scalars)
        {
            Assert.Contains($"`{option.Property}`", readme, StringComparison.Ordinal);
            Assert.Contains($"`--{option.Name}", readme, StringComparison.Ordinal);
        }

        foreach (RankerDescription ranker in OptionCatalog.Rankers)
        {
            Assert.Contains(ranker.Name, readme, StringComparison.Ordinal);
            foreach (ScalarOption parameter in ranker.Parameters)
            {
                Assert.Contains($"`{parameter.Property}`", readme, StringComparison.Ordinal);
                Assert.Contains($"`--{parameter.Name}`", readme, StringComparison.Ordinal);
            }
        }
    }

    private static string ReadmeBlockAfter(string marker)
    {
        string readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings("\n");
        int at = readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"README.md has no {marker} marker.");
        int open = readme.IndexOf("```\n", at, StringComparison.Ordinal) + 4;
        int close = readme.IndexOf("```", open, StringComparison.Ordinal);
        return readme[open..close];
    }
}
