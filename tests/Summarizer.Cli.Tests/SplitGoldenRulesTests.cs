using System.Collections.Generic;
using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests;

public sealed class SplitGoldenRulesTests
{
    private const string GoldenFile = "sbd/golden_rules_en.txt";

    [SharedDataFact(GoldenFile)]
    public void SplitJson_GoldenRules_GivesTheLibrarysSentences()
    {
        List<GoldenCase> cases = GoldenCase.Read(SharedData.PathOf(GoldenFile));
        Assert.Equal(52, cases.Count);
        int matchingExpected = 0;
        foreach (GoldenCase golden in cases)
        {
            CliResult result = CliRunner.Run(golden.Input, "split", "-", "--format", "json");
            Assert.Equal(0, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Out);
            var printed = new List<string>();
            foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
            {
                printed.Add(sentence.GetProperty("text").GetString()!);
            }

            var library = new List<string>();
            foreach (SentenceSpan span in SentenceSplitter.Default.Split(golden.Input))
            {
                library.Add(golden.Input.Substring(span.Start, span.Length));
            }

            Assert.Equal(library, printed);
            var collapsed = new List<string>();
            foreach (string sentence in printed)
            {
                collapsed.Add(GoldenCase.Collapse(sentence));
            }

            if (string.Join('\n', collapsed) == string.Join('\n', golden.Expected))
            {
                matchingExpected++;
            }
        }

        Assert.True(matchingExpected == 52, $"summarize split matches {matchingExpected} of 52 Golden Rules (the README claims all).");
    }
}
