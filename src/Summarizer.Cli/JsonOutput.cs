using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Summarizer.Cli;

/// <summary>Writes results as JSON without reflection, so that the command stays trimmable.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Summary(Summary summary)
    {
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("sentenceCount", summary.SentenceCount);
            writer.WriteStartArray("sentences");
            foreach (SummarySentence sentence in summary.Sentences)
            {
                writer.WriteStartObject();
                writer.WriteNumber("index", sentence.Index);
                writer.WriteNumber("start", sentence.Start);
                writer.WriteNumber("length", sentence.Length);
                writer.WriteNumber("paragraph", sentence.Paragraph);
                writer.WriteNumber("score", sentence.Score);
                writer.WriteNumber("rank", sentence.Rank);
                writer.WriteString("text", sentence.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("diagnostics");
            writer.WriteString("budget", summary.Budget.ToString());
            writer.WriteNumber("budgetUsed", summary.BudgetUsed);
            writer.WriteNumber("iterations", summary.Iterations);
            writer.WriteBoolean("converged", summary.Converged);
            writer.WriteNumber("edges", summary.EdgeCount);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    public static string Strings(IEnumerable<string> values)
    {
        return Write(writer =>
        {
            writer.WriteStartArray();
            foreach (string value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        });
    }

    private static string Write(System.Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }
}
