namespace Summarizer.Cli;

/// <summary>How results are printed.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Jsonl,
    Markdown,
}

/// <summary>The output formats by the names users type.</summary>
internal static class OutputFormats
{
    /// <summary>Every format, for <c>summarize</c>.</summary>
    public static readonly (string Name, OutputFormat Value)[] s_all =
        [("text", OutputFormat.Text), ("json", OutputFormat.Json), ("jsonl", OutputFormat.Jsonl), ("markdown", OutputFormat.Markdown)];

    /// <summary>Text or JSON, for <c>eval</c>.</summary>
    public static readonly (string Name, OutputFormat Value)[] s_textOrJson = [("text", OutputFormat.Text), ("json", OutputFormat.Json)];

    /// <summary>The formats of <c>split</c>.</summary>
    public static readonly (string Name, OutputFormat Value)[] s_textJsonOrJsonl = [("text", OutputFormat.Text), ("json", OutputFormat.Json), ("jsonl", OutputFormat.Jsonl)];
}
