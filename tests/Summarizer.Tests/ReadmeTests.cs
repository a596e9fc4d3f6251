using System;
using System.IO;
using Summarizer.Testing;

namespace Summarizer.Tests;

/// <summary>The README names every option (its code blocks are compiled and run by tests/Summarizer.Readme.Tests).</summary>
public sealed class ReadmeTests
{
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
}
