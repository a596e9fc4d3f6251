using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

/// <summary>
/// The README's command-line examples on the bundled sample article and the test page print what the README shows:
/// each line <c>$ summarize ...</c> of a fenced block whose inputs are <c>sample-article.txt</c>, <c>page.html</c> or <c>talk.srt</c>
/// is run in process, and its standard output and error must be the lines below it, up to the next command.
/// </summary>
public sealed class ReadmeExamplesTests : IDisposable
{
    private const string Fence = "```";
    private const string EchoExit = "; echo \"exit $?\"";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "summarize-readme-" + Guid.NewGuid().ToString("N"));

    public ReadmeExamplesTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "sample-article.txt"), InputReader.ReadSample());
        File.WriteAllText(Path.Combine(_folder, "page.html"), TestTexts.Page);
        File.WriteAllText(Path.Combine(_folder, "talk.srt"), TestTexts.Srt);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CommandExamples_PrintWhatTheReadmeShows()
    {
        List<(int Line, string Command, string Expected)> examples = Examples(File.ReadAllText(RepositoryFiles.PathOf("README.md")));

        Assert.True(examples.Count >= 7, $"only {examples.Count} examples found");
        var mismatches = new List<string>();
        foreach ((int line, string written, string expected) in examples)
        {
            // "; echo "exit $?"" prints the exit code after the output.
            bool echoesExit = written.EndsWith(EchoExit, StringComparison.Ordinal);
            string command = echoesExit ? written[..^EchoExit.Length] : written;
            var args = new List<string>();
            foreach (string word in Words(command))
            {
                args.Add(word is "sample-article.txt" or "page.html" or "talk.srt" ? Path.Combine(_folder, word) : word);
            }

            CliResult result = CliRunner.Run(null, args.ToArray());
            string actual = (result.Out + result.Error + (echoesExit ? $"exit {result.ExitCode}\n" : string.Empty))
                .Replace(_folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
                .ReplaceLineEndings("\n").TrimEnd('\n');
            if (actual != expected)
            {
                mismatches.Add($"README.md:{line}: $ summarize {command}\nREADME:\n{expected}\nprinted:\n{actual}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    /// <summary>The commands on the three inputs, with no shell syntax and nothing that depends on time, and their shown output.</summary>
    private static List<(int Line, string Command, string Expected)> Examples(string readme)
    {
        string[] lines = readme.ReplaceLineEndings("\n").Split('\n');
        var examples = new List<(int, string, string)>();
        bool inFence = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(Fence, StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            const string Prompt = "$ summarize ";
            if (!inFence || !lines[i].StartsWith(Prompt, StringComparison.Ordinal))
            {
                continue;
            }

            string command = lines[i][Prompt.Length..];
            var output = new StringBuilder();
            int j = i + 1;
            for (; j < lines.Length && !lines[j].StartsWith("$ ", StringComparison.Ordinal) && !lines[j].StartsWith(Fence, StringComparison.Ordinal); j++)
            {
                output.Append(lines[j]).Append('\n');
            }

            string bare = command.EndsWith(EchoExit, StringComparison.Ordinal) ? command[..^EchoExit.Length] : command;
            bool plain = bare.IndexOfAny(['|', '>', ';', '<', '&']) < 0;
            bool ownInputs = command.Contains("sample-article.txt", StringComparison.Ordinal) || command.Contains("page.html", StringComparison.Ordinal)
                || command.Contains("talk.srt", StringComparison.Ordinal);
            bool timed = output.ToString().Contains(" in ", StringComparison.Ordinal) && output.ToString().Contains("documents/s", StringComparison.Ordinal);
            if (plain && ownInputs && !timed)
            {
                examples.Add((i + 1, command, output.ToString().TrimEnd('\n')));
            }

            i = j - 1;
        }

        return examples;
    }

    /// <summary>The words of a command line as a POSIX shell splits them (double quotes only).</summary>
    private static IEnumerable<string> Words(string command)
    {
        var word = new StringBuilder();
        bool quoted = false;
        bool any = false;
        foreach (char c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    yield return word.ToString();
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            yield return word.ToString();
        }
    }
}
