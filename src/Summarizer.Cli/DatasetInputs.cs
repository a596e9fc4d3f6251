using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Summarizer.Evaluation;

namespace Summarizer.Cli;

/// <summary>
/// Reads a dataset file as the documents it holds, with the reader <c>eval</c> uses (<see cref="DatasetReader"/>): a
/// <c>.jsonl</c> file one document a line (<c>{"id": ..., "title": ..., "text": ..., "references": [...]}</c>), read as
/// it is enumerated, and a <c>.json</c> file holding one such object. Each document is an input of its own, named by
/// its id, titled by its title and read as plain text.
/// </summary>
internal static class DatasetInputs
{
    /// <summary>Whether <paramref name="name"/> names a JSON Lines dataset: several documents, so a batch.</summary>
    public static bool IsLines(string name) =>
        name != "-" && name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && File.Exists(name);

    /// <summary>Whether <paramref name="item"/> is a dataset file to read as its documents (a file that is not there is left to the usual read and its message).</summary>
    public static bool IsDataset(InputItem item) =>
        item.Error is null && item.Text is null && item.Document is null && !item.IsStandardInput
        && (item.Name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || item.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        && File.Exists(item.Name);

    /// <summary>
    /// <paramref name="items"/> with each dataset file replaced by its documents, lazily. A line that is not a document,
    /// or a file that cannot be read, becomes a failed item naming the file and line, and ends that file.
    /// </summary>
    public static IEnumerable<InputItem> Expand(IEnumerable<InputItem> items, InputEncoding encoding, CancellationToken cancellationToken)
    {
        foreach (InputItem item in items)
        {
            if (!IsDataset(item))
            {
                yield return item;
                continue;
            }

            IEnumerable<EvaluationDocument> documents = item.Name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                ? DatasetReader.ReadFile(item.Name)
                : One(item.Name, encoding, cancellationToken);
            using IEnumerator<EvaluationDocument> next = documents.GetEnumerator();
            while (true)
            {
                bool more = false;
                string? error = null;
                try
                {
                    more = next.MoveNext();
                }
                catch (DatasetFormatException e)
                {
                    error = e.Message;
                }
                catch (InputException e)
                {
                    error = e.Message;
                }
                catch (IOException e)
                {
                    error = $"{item.Name}: cannot be read ({e.Message}).";
                }
                catch (UnauthorizedAccessException)
                {
                    error = $"{item.Name}: permission denied.";
                }

                if (error is not null)
                {
                    yield return new InputItem(item.Name, error);
                    break;
                }

                if (!more)
                {
                    break;
                }

                EvaluationDocument document = next.Current;
                yield return new InputItem(document.Id, Text: document.Text) { Title = document.Title, Format = InputFormat.Text };
            }
        }
    }

    /// <summary>The one document of a <c>.json</c> file, read whole up to the length a dataset line may have.</summary>
    private static IEnumerable<EvaluationDocument> One(string path, InputEncoding encoding, CancellationToken cancellationToken)
    {
        string json = InputReader.ReadFile(path, encoding, DatasetReader.MaxLineLength, cancellationToken).Text ?? string.Empty;
        yield return DatasetReader.Parse(json, path, 1);
    }
}
