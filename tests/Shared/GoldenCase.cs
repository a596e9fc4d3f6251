using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Summarizer.Testing;

/// <summary>One case of the Golden Rules file (<c>sbd/golden_rules_en.txt</c>): its name, input and expected sentences.</summary>
internal sealed record GoldenCase(string Name, string Input, List<string> Expected)
{
    /// <summary>Trims and collapses runs of white space into one space, as the Golden Rules are compared.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Reads every case of a Golden Rules file.</summary>
    public static List<GoldenCase> Read(string path)
    {
        var cases = new List<GoldenCase>();
        string? name = null;
        string? input = null;
        var expected = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith('#') && line.Length > 1 && char.IsAsciiDigit(line[1]))
            {
                Flush();
                name = line;
            }
            else if (line.StartsWith("in: ", StringComparison.Ordinal))
            {
                input = JsonSerializer.Deserialize<string>(line[4..]);
            }
            else if (line.StartsWith("out: ", StringComparison.Ordinal))
            {
                expected.Add(Collapse(JsonSerializer.Deserialize<string>(line[5..])));
            }
        }

        Flush();
        return cases;

        void Flush()
        {
            if (name is not null && input is not null)
            {
                cases.Add(new GoldenCase(name, input, expected));
            }

            name = null;
            input = null;
            expected = new List<string>();
        }
    }
}
