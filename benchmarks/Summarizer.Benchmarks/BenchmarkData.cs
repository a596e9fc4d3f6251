using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Summarizer.Benchmarks;

/// <summary>
/// Inputs for the benchmarks: the bundled sample news article (always there) and the Austen texts of the shared dev
/// data (<c>../shared/data/scale/</c>, or <c>$SUMMARIZER_SHARED_DATA/scale</c>), skipped with a message when absent.
/// </summary>
public static class BenchmarkData
{
    public const string News = "news-26";

    private static readonly string[] s_scaleNames = ["austen-100", "austen-1000", "austen-5000", "austen-20000", "austen-100000"];

    private static readonly Dictionary<string, string> s_cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The inputs present on this machine, smallest first, up to <paramref name="maxSentences"/> sentences and the
    /// limit in the <c>SUMMARIZER_BENCHMARK_MAX_SENTENCES</c> environment variable (the CI smoke run sets it).
    /// </summary>
    public static IEnumerable<string> Available(bool includeNews = true, int maxSentences = int.MaxValue)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("SUMMARIZER_BENCHMARK_MAX_SENTENCES"), out int limit))
        {
            maxSentences = Math.Min(maxSentences, limit);
        }

        if (includeNews)
        {
            yield return News;
        }

        string? scale = ScaleFolder();
        if (scale is null)
        {
            Console.Error.WriteLine("Shared dev data (../shared/data/scale) is absent: the Austen inputs are skipped.");
            yield break;
        }

        foreach (string name in s_scaleNames)
        {
            if (SentenceCountOf(name) <= maxSentences)
            {
                yield return name;
            }
        }
    }

    public static int SentenceCountOf(string name) =>
        name == News ? 26 : int.Parse(name.AsSpan("austen-".Length), provider: System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The text of an input; the 100,000-sentence one is the four Austen files concatenated until it is that long.</summary>
    public static string Load(string name)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(name, out string? text))
            {
                text = name switch
                {
                    News => File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Summarizer.Cli", "Resources", "sample-article.txt")),
                    "austen-100000" => Concatenated(),
                    _ => File.ReadAllText(Path.Combine(ScaleFolder()!, name.Replace('-', '_') + ".txt")),
                };
                s_cache[name] = text;
            }

            return text;
        }
    }

    private static string Concatenated()
    {
        // 20,000 + 5,000 + 1,000 + 100 sentences, repeated: four rounds give about 104,400 sentences.
        var builder = new StringBuilder();
        for (int round = 0; round < 4; round++)
        {
            foreach (string part in (string[])["austen-20000", "austen-5000", "austen-1000", "austen-100"])
            {
                builder.Append(Load(part)).Append("\n\n");
            }
        }

        return builder.ToString();
    }

    private static string? ScaleFolder()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("SUMMARIZER_SHARED_DATA");
        string candidate = !string.IsNullOrEmpty(fromEnv)
            ? Path.Combine(fromEnv, "scale")
            : Path.Combine(RepositoryRoot(), "..", "shared", "data", "scale");
        return File.Exists(Path.Combine(candidate, "austen_20000.txt")) ? Path.GetFullPath(candidate) : null;
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                return dir.FullName;
            }
        }

        // Benchmarks run from a generated folder under the repository, or in process from its bin folder.
        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder with Summarizer.sln) was not found.");
    }
}
