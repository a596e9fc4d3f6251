namespace Summarizer.Cli;

/// <summary>How results are printed.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Jsonl,
    Markdown,
}
