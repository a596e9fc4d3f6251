using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Summarizer.Readme.Tests;

/// <summary>
/// A C# block of a README with what stands around it: the packages line above it (<c>Packages: `A`, `B`</c>), the
/// output shown below it (a fenced block after an <c>&lt;!-- output --&gt;</c> comment, before the next C# block) and
/// the files it reads that the README shows (a fenced block after <c>&lt;!-- file: NAME --&gt;</c>).
/// </summary>
public sealed partial record ReadmeBlock(string File, int Line, string Code, IReadOnlyList<string> Packages, string? Output, IReadOnlyDictionary<string, string> Files)
{
    private const string Fence = "```";

    /// <summary>The README files of the repository: the root one and each package's.</summary>
    public static IEnumerable<string> ReadmeFiles(string root)
    {
        yield return "README.md";
        foreach (string path in Directory.EnumerateFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories))
        {
            yield return Path.GetRelativePath(root, path).Replace('\\', '/');
        }
    }

    /// <summary>Every C# block of <paramref name="text"/> in order.</summary>
    public static List<ReadmeBlock> Parse(string file, string text)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<ReadmeBlock>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("<!-- file: ", StringComparison.Ordinal))
            {
                string name = lines[i]["<!-- file: ".Length..].TrimEnd('-', '>', ' ');
                files[name] = FencedAfter(lines, i, out _) ?? throw new FormatException($"{file}:{i + 1}: no block after the file marker.");
                continue;
            }

            if (lines[i] != Fence + "csharp")
            {
                continue;
            }

            string code = FencedAfter(lines, i - 1, out int close) ?? throw new FormatException($"{file}:{i + 1}: the block is not closed.");
            List<string> packages = PackagesAbove(lines, i);
            string? output = null;
            for (int j = close + 1; j < lines.Length && lines[j] != Fence + "csharp"; j++)
            {
                if (lines[j].StartsWith("<!--", StringComparison.Ordinal) && lines[j].EndsWith("output -->", StringComparison.Ordinal))
                {
                    output = FencedAfter(lines, j, out _);
                    break;
                }
            }

            blocks.Add(new ReadmeBlock(file, i + 1, code, packages, output, new Dictionary<string, string>(files)));
            i = close;
        }

        return blocks;
    }

    /// <summary>The namespaces of the block's <c>using</c> directives.</summary>
    public IEnumerable<string> Usings()
    {
        foreach (Match match in UsingDirective().Matches(Code))
        {
            yield return match.Groups[1].Value;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}";

    /// <summary>The body of the first fenced block that opens after line <paramref name="from"/>.</summary>
    private static string? FencedAfter(string[] lines, int from, out int close)
    {
        close = -1;
        for (int open = from + 1; open < lines.Length; open++)
        {
            if (!lines[open].StartsWith(Fence, StringComparison.Ordinal))
            {
                continue;
            }

            for (close = open + 1; close < lines.Length; close++)
            {
                if (lines[close] == Fence)
                {
                    return string.Join('\n', lines[(open + 1)..close]) + "\n";
                }
            }

            return null;
        }

        return null;
    }

    private static List<string> PackagesAbove(string[] lines, int block)
    {
        var packages = new List<string>();
        int above = block - 1;
        while (above >= 0 && lines[above].Length == 0)
        {
            above--;
        }

        if (above >= 0 && lines[above].StartsWith("Packages: ", StringComparison.Ordinal))
        {
            foreach (Match match in Backticked().Matches(lines[above]))
            {
                packages.Add(match.Groups[1].Value);
            }
        }

        return packages;
    }

    [GeneratedRegex(@"^using ([A-Za-z0-9_.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
