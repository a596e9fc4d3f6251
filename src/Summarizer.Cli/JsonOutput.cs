using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Summarizer.Cli;

/// <summary>Writes results as JSON without reflection, so that the command stays trimmable.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions s_indented = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions s_compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// One summary as a JSON object (indented, or on one line for JSON Lines), ending with a newline. For a web page or
    /// subtitles, <paramref name="articleText"/> is the extracted article or transcript, which the offsets index, written
    /// as <c>text</c>.
    /// </summary>
    public static string Summary(Summary summary, string? path = null, string? title = null, bool indented = true, string? articleText = null)
    {
        return Write(indented, writer =>
        {
            WriteStart(writer, path, title);

            writer.WriteString("language", summary.Language.Code);
            writer.WriteNumber("sentenceCount", summary.SentenceCount);
            writer.WriteStartArray("sentences");
            foreach (SummarySentence sentence in summary.Sentences)
            {
                WriteSentence(writer, sentence, withText: true);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("keywords");
            foreach (Keyword keyword in summary.Keywords)
            {
                writer.WriteStartObject();
                writer.WriteString("text", keyword.Text);
                writer.WriteNumber("score", keyword.Score);
                writer.WriteNumber("count", keyword.Count);
                writer.WriteStartArray("occurrences");
                foreach (KeywordOccurrence occurrence in keyword.Occurrences)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("start", occurrence.Start);
                    writer.WriteNumber("length", occurrence.Length);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (articleText is not null)
            {
                writer.WriteString("text", articleText);
            }

            if (summary.Ranking is { } ranking)
            {
                writer.WriteStartArray("ranking");
                foreach (SummarySentence sentence in ranking)
                {
                    WriteSentence(writer, sentence, withText: false);
                }

                writer.WriteEndArray();
            }

            SummaryDiagnostics diagnostics = summary.Diagnostics;
            writer.WriteStartObject("diagnostics");
            writer.WriteString("algorithm", diagnostics.Ranker);
            writer.WriteString("similarity", diagnostics.Similarity);
            writer.WriteString("budget", summary.Budget.ToString());
            writer.WriteString("budgetUnit", diagnostics.BudgetUnit.ToString().ToLowerInvariant());
            writer.WriteNumber("budgetLimit", diagnostics.BudgetLimit);
            writer.WriteNumber("budgetUsed", diagnostics.BudgetUsed);
            writer.WriteNumber("iterations", diagnostics.Iterations);
            writer.WriteBoolean("converged", diagnostics.Converged);
            writer.WriteNumber("edges", diagnostics.EdgeCount);
            writer.WriteBoolean("capApplied", diagnostics.CapApplied);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    private static void WriteSentence(Utf8JsonWriter writer, SummarySentence sentence, bool withText)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", sentence.Index);
        writer.WriteNumber("start", sentence.Start);
        writer.WriteNumber("length", sentence.Length);
        writer.WriteNumber("paragraph", sentence.Paragraph);
        writer.WriteString("kind", KindName(sentence.Kind));
        writer.WriteNumber("score", sentence.Score);
        writer.WriteNumber("rank", sentence.Rank);
        if (withText)
        {
            writer.WriteString("text", sentence.Text);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The sentences of one document (<c>summarize split</c>), split by the rules of <paramref name="language"/> (its
    /// code): each with its text, start and length in UTF-16 code units of <paramref name="text"/>, kind and paragraph;
    /// the text itself when it was <paramref name="extracted"/> from the input (a page's article, a transcript), which
    /// the offsets refer to.
    /// </summary>
    public static string Split(string text, IReadOnlyList<SentenceSpan> spans, string language, string? path, string? title, bool extracted, bool indented = true)
    {
        return Write(indented, writer =>
        {
            WriteStart(writer, path, title);

            writer.WriteString("language", language);
            writer.WriteNumber("sentenceCount", spans.Count);
            writer.WriteStartArray("sentences");
            for (int i = 0; i < spans.Count; i++)
            {
                SentenceSpan span = spans[i];
                writer.WriteStartObject();
                writer.WriteNumber("index", i);
                writer.WriteString("text", text.AsSpan(span.Start, span.Length));
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("length", span.Length);
                writer.WriteString("kind", KindName(span.Kind));
                writer.WriteNumber("paragraph", span.Paragraph);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (extracted)
            {
                writer.WriteString("text", text);
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>The JSON name of a segment kind: sentence, heading or list-item.</summary>
    public static string KindName(SentenceKind kind) => kind switch
    {
        SentenceKind.Heading => "heading",
        SentenceKind.ListItem => "list-item",
        _ => "sentence",
    };

    private static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? s_indented : s_compact))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    /// <summary>Opens a document's object with its path and title, when it has them.</summary>
    private static void WriteStart(Utf8JsonWriter writer, string? path, string? title)
    {
        writer.WriteStartObject();
        if (path is not null)
        {
            writer.WriteString("path", path);
        }

        if (title is not null)
        {
            writer.WriteString("title", title);
        }
    }
}
