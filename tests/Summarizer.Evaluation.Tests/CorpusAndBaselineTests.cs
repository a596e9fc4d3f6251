using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Summarizer.Testing;

namespace Summarizer.Evaluation.Tests;

public sealed class RougeAggregatorTests
{
    private static List<RougeScores> Scores()
    {
        RougeScorer scorer = RougeScorer.Create();
        return
        [
            scorer.Score("the cat sat", "the cat sat on the mat"),
            scorer.Score("a dog barked", "the dog barked loudly"),
            scorer.Score("nothing here", "completely different words"),
            scorer.Score("birds fly south", "birds fly south in winter"),
        ];
    }

    [Fact]
    public void Aggregate_Mean_IsPlainMean()
    {
        List<RougeScores> scores = Scores();
        RougeAggregate aggregate = RougeAggregator.Aggregate(scores);
        Assert.Equal(4, aggregate.DocumentCount);
        Assert.Equal(scores.Average(s => s.Rouge1.F1), aggregate.Rouge1.Mean.F1, 12);
        Assert.Equal(scores.Average(s => s.RougeLsum.Recall), aggregate.RougeLsum.Mean.Recall, 12);
        Assert.InRange(aggregate.Rouge1.Mid.F1, aggregate.Rouge1.Low.F1, aggregate.Rouge1.High.F1);
    }

    [Fact]
    public void Aggregate_SameSeed_SameInterval_OtherSeed_Differs()
    {
        List<RougeScores> scores = Scores();
        RougeAggregate a = RougeAggregator.Aggregate(scores, seed: 7);
        RougeAggregate b = RougeAggregator.Aggregate(scores, seed: 7);
        RougeAggregate c = RougeAggregator.Aggregate(scores, samples: 50, seed: 8);
        Assert.Equal(a.Rouge1, b.Rouge1);
        Assert.Equal(a.RougeLsum, b.RougeLsum);
        Assert.NotEqual(a.Rouge1.Low, c.Rouge1.Low);
    }

    [Fact]
    public void Percentile_MatchesNumpyLinear()
    {
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(1.075, RougeAggregator.Percentile(sorted, 0.025), 12);
        Assert.Equal(2.5, RougeAggregator.Percentile(sorted, 0.5), 12);
        Assert.Equal(3.925, RougeAggregator.Percentile(sorted, 0.975), 12);
    }

    [Fact]
    public void Aggregate_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => RougeAggregator.Aggregate([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RougeAggregator.Aggregate(Scores(), samples: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RougeAggregator.Aggregate(Scores(), confidence: 1));
        // Resamples are bounded: their means take 8 bytes per measure and resample.
        Assert.Throws<ArgumentOutOfRangeException>(() => RougeAggregator.Aggregate(Scores(), samples: RougeAggregator.MaxSamples + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RougeAggregator.Aggregate(Scores(), samples: int.MaxValue));
    }
}

public sealed class DatasetReaderTests
{
    [Fact]
    public void EvaluationDocument_NullReferenceOrSentence_IsRefusedWhenMade()
    {
        Assert.Throws<ArgumentException>(() => new EvaluationDocument("a", null, "t", [null!]));
        Assert.Throws<ArgumentException>(() => new EvaluationDocument("a", null, "t", [["s", null!]]));
        Assert.Empty(new EvaluationDocument("a", null, "t", []).References);
    }

    [Fact]
    public void Read_ValidLines_StreamsDocuments()
    {
        string jsonl = "{\"id\":\"a\",\"title\":null,\"text\":\"T1. T2.\",\"references\":[[\"T1.\"],[\"x\",\"y\"]]}\n\n"
            + "{\"id\":\"b\",\"title\":\"B\",\"text\":\"U\",\"references\":[]}\n";
        List<EvaluationDocument> documents = [.. DatasetReader.Read(new StringReader(jsonl), "mem.jsonl")];
        Assert.Equal(2, documents.Count);
        Assert.Equal("a", documents[0].Id);
        Assert.Null(documents[0].Title);
        Assert.Equal(["x", "y"], documents[0].References[1]);
        Assert.Equal("B", documents[1].Title);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1]", "expected a JSON object")]
    [InlineData("{\"title\":null,\"references\":[]}", "missing \"text\"")]
    [InlineData("{\"id\":1,\"text\":\"t\",\"references\":[]}", "\"id\" must be a string")]
    [InlineData("{\"id\":\"a\",\"title\":3,\"text\":\"t\",\"references\":[]}", "\"title\" must be a string or null")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"references\":\"s\"}", "\"references\" must be an array")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"references\":[\"s\"]}", "each reference must be an array")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"references\":[[1]]}", "reference sentences must be strings")]
    [InlineData("{\"id\":\"a\",\"text\":\"\\ud800\",\"references\":[[\"s\"]]}", "not valid UTF-16")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"references\":[[\"\\udc00x\"]]}", "not valid UTF-16")]
    public void Read_MalformedLine_ThrowsWithFileAndLine(string badLine, string problem)
    {
        string jsonl = "{\"id\":\"ok\",\"title\":null,\"text\":\"t\",\"references\":[[\"s\"]]}\n" + badLine + "\n";
        using IEnumerator<EvaluationDocument> documents = DatasetReader.Read(new StringReader(jsonl), "dev.jsonl").GetEnumerator();
        Assert.True(documents.MoveNext());
        DatasetFormatException e = Assert.Throws<DatasetFormatException>(() => documents.MoveNext());
        Assert.Equal("dev.jsonl", e.FileName);
        Assert.Equal(2, e.LineNumber);
        Assert.StartsWith("dev.jsonl:2: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"text\":\"t\"}")]
    [InlineData("{\"id\":\"a\",\"title\":\"T\",\"text\":\"t\",\"references\":null}")]
    [InlineData("{\"url\":\"https://example.org/a\",\"text\":\"t\"}")]
    public void Parse_DocumentOnlyToSummarize_HasNoReference(string line)
    {
        EvaluationDocument document = DatasetReader.Parse(line, "texts.jsonl", 1);

        Assert.Equal(line.Contains("\"id\"", StringComparison.Ordinal) ? "a" : "texts.jsonl:1", document.Id);
        Assert.Equal("t", document.Text);
        Assert.Empty(document.References);
    }

    [Fact]
    public void Parse_InvalidJson_GivesTheColumnInCharacters_NotUtf8Bytes()
    {
        // "é" is two bytes in UTF-8 and "€" three: the column counts them as one character each.
        DatasetFormatException e = Assert.Throws<DatasetFormatException>(() => DatasetReader.Parse("{\"id\":\"\u00e9\u20ac\", x}", "d.jsonl", 7));

        Assert.StartsWith("d.jsonl:7: not valid JSON at column 13:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStream_ByteOrderMarks_AreHonoured_InvalidUtf8IsRefusedWithTheSource()
    {
        const string Jsonl = "{\"id\":\"a\",\"text\":\"Caf\u00e9 opens.\",\"references\":[[\"s\"]]}\n";
        foreach (Encoding encoding in new Encoding[] { new UTF8Encoding(true), Encoding.Unicode, Encoding.UTF32 })
        {
            using var stream = new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(Jsonl)]);
            EvaluationDocument document = Assert.Single(DatasetReader.Read(stream, "standard input"));
            Assert.Equal("Caf\u00e9 opens.", document.Text);
        }

        // Latin-1's "é", a byte that UTF-8 never has alone: refused, not read as U+FFFD.
        byte[] latin1 = [.. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" opens.\",\"references\":[[\"s\"]]}\n")];
        using var bad = new MemoryStream(latin1);
        DatasetFormatException e = Assert.Throws<DatasetFormatException>(() => DatasetReader.Read(bad, "standard input").ToList());
        Assert.StartsWith("standard input:1: not valid UTF-8 text", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => DatasetReader.Read((Stream)null!, "s"));
        var closed = new MemoryStream();
        closed.Dispose();
        Assert.Throws<ArgumentException>(() => DatasetReader.Read(closed, "s"));
    }

    [Fact]
    public void Read_LineWithoutEnd_IsRefusedAtTheLimit_NotReadWhole()
    {
        using IEnumerator<EvaluationDocument> documents = DatasetReader.Read(new EndlessReader(), "zero").GetEnumerator();

        DatasetFormatException e = Assert.Throws<DatasetFormatException>(() => documents.MoveNext());

        Assert.Equal(1, e.LineNumber);
        Assert.Equal($"zero:1: longer than {DatasetReader.MaxLineLength} characters, the most a dataset line may hold (is it a JSON Lines file?).", e.Message);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Read_LinesUpToTheLimit_AreRead_ALongerOneIsRefusedWithItsNumber(string lineBreak)
    {
        const string Line = "{\"id\":\"a\",\"text\":\"t\",\"references\":[]}";
        string jsonl = Line + lineBreak + lineBreak + Line + lineBreak + Line + "x" + lineBreak;

        using IEnumerator<EvaluationDocument> documents = DatasetReader.ReadCore(new StringReader(jsonl), "d", Line.Length).GetEnumerator();

        Assert.True(documents.MoveNext());
        Assert.True(documents.MoveNext());
        DatasetFormatException e = Assert.Throws<DatasetFormatException>(() => documents.MoveNext());
        Assert.Equal(4, e.LineNumber);
    }

    [Fact]
    public void ReadFile_NullOrEmptyPath_ThrowsEagerly()
    {
        Assert.Throws<ArgumentNullException>(() => DatasetReader.ReadFile(null!));
        Assert.Throws<ArgumentException>(() => DatasetReader.ReadFile(""));
    }

    [SharedDataFact("bbc/dev.jsonl")]
    public void ReadFile_BbcDev_ReadsEveryDocument() => ReadsEveryDocument("bbc/dev.jsonl", 1306);

    [SharedDataFact("cnndm/dev.jsonl")]
    public void ReadFile_CnnDmDev_ReadsEveryDocument() => ReadsEveryDocument("cnndm/dev.jsonl", 1000);

    private static void ReadsEveryDocument(string path, int count)
    {
        List<EvaluationDocument> documents = [.. DatasetReader.ReadFile(SharedData.PathOf(path))];
        Assert.Equal(count, documents.Count);
        Assert.All(documents, d => Assert.NotEmpty(d.References));
    }
}

/// <summary>A text with no line break that never ends, as /dev/zero.</summary>
internal sealed class EndlessReader : TextReader
{
    public override int Read(char[] buffer, int index, int count)
    {
        Array.Fill(buffer, 'x', index, count);
        return count;
    }

    public override int Read() => 'x';

    public override int Peek() => 'x';
}

public sealed class BaselineTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> s_references = [["the cat sat on the mat", "it was happy"]];

    private static readonly string[] s_sentences =
    [
        "Stocks fell today.",
        "The cat sat on the mat.",
        "Nothing else happened.",
        "It was happy.",
    ];

    [Fact]
    public void Oracle_PicksMatchingSentences_InReadingOrder()
    {
        IReadOnlyList<int> chosen = ExtractiveOracle.Select(RougeScorer.Create(), s_sentences, s_references, 3);
        Assert.Equal([1, 3], chosen);
    }

    [Fact]
    public void Oracle_FillToK_ReturnsExactlyK()
    {
        IReadOnlyList<int> chosen = ExtractiveOracle.Select(RougeScorer.Create(), s_sentences, s_references, 3, fillToK: true);
        Assert.Equal(3, chosen.Count);
        Assert.Contains(1, chosen);
        Assert.Contains(3, chosen);
        Assert.Equal(chosen.Order(), chosen);
    }

    [Fact]
    public void Oracle_Required_StartsFromThemAndAddsTheBest()
    {
        // Sentence 0 matches nothing, yet is kept; the one sentence left to choose is the best after it.
        Assert.Equal([0, 1], ExtractiveOracle.Select(RougeScorer.Create(), s_sentences, s_references, 2, required: [0]));
        Assert.Equal([0], ExtractiveOracle.Select(RougeScorer.Create(), s_sentences, s_references, 1, required: [0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtractiveOracle.Select(RougeScorer.Create(), s_sentences, s_references, 2, required: [4]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtractiveOracle.Select(RougeScorer.Create(), s_sentences, s_references, 2, required: [-1]));
    }

    [Fact]
    public void Oracle_KLimitsSelection_AndZeroGivesNothing()
    {
        Assert.Equal([1], ExtractiveOracle.Select(RougeScorer.Create(), s_sentences, s_references, 1));
        Assert.Empty(ExtractiveOracle.Select(RougeScorer.Create(), s_sentences, s_references, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtractiveOracle.Select(RougeScorer.Create(), s_sentences, s_references, -1));
    }

    [Fact]
    public void Lead_FirstK()
    {
        Assert.Equal([0, 1, 2], LeadBaseline.Select(10, 3));
        Assert.Equal([0, 1], LeadBaseline.Select(2, 3));
        Assert.Empty(LeadBaseline.Select(0, 3));
    }
}
