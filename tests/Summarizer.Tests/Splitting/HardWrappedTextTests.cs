using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Summarizer.Testing;

namespace Summarizer.Tests.Splitting;

/// <summary>
/// A text hard-wrapped to a fixed width, as plain-text books, e-mails, licences and READMEs are, splits into the same
/// sentences, with the same kinds, as the text with one paragraph a line.
/// </summary>
public sealed class HardWrappedTextTests
{
    // Measured (2026-12-05): folded at 66, 72 and 80 columns, austen_1000's 951 segments are the unwrapped text's
    // (before the rules for titles, late sentences and introductions at a line's end: 54, 60 and 21 lines of
    // `summarize split` output differed; austen_5000 now differs by 6, 6 and 3 lines of 4,789). At 60 columns one
    // differs: "...danced with her twice!\nand she was the only creature" is one sentence, as it is in the book. Folded
    // at 100 and 110 columns, as text taken out of a PDF often is, it splits as unwrapped too.
    [SharedDataTheory("scale/austen_1000.txt")]
    [InlineData(66)]
    [InlineData(72)]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(110)]
    public void Novel_HardWrapped_SplitsAsItsUnwrappedForm(int width)
    {
        string text = File.ReadAllText(SharedData.PathOf("scale/austen_1000.txt"));

        string[] unwrapped = Segments(text);
        string[] wrapped = Segments(Fold(text, width));

        Assert.Equal(unwrapped.Length, wrapped.Length);
        Assert.Equal(unwrapped, wrapped);
    }

    /// <summary>Each segment as its kind and its text, runs of white space made one space.</summary>
    private static string[] Segments(string text) =>
        SentenceSplitter.Default.Split(text)
            .Select(span => $"{span.Kind}: {Regex.Replace(text[span.Start..span.End], @"\s+", " ")}")
            .ToArray();

    /// <summary>Breaks every line longer than <paramref name="width"/> at its last space within the width, as <c>fold -s</c> does.</summary>
    private static string Fold(string text, int width)
    {
        var folded = new StringBuilder(text.Length + text.Length / width);
        foreach (string line in text.Split('\n'))
        {
            int start = 0;
            while (line.Length - start > width)
            {
                int space = line.LastIndexOf(' ', start + width, width);
                int end = space > start ? space : start + width;
                folded.Append(line, start, end - start).Append('\n');
                start = space > start ? space + 1 : end;
            }

            folded.Append(line, start, line.Length - start).Append('\n');
        }

        return folded.ToString();
    }
}
