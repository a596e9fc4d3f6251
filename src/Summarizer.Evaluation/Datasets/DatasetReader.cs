using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Summarizer.Evaluation;

/// <summary>
/// Streams <see cref="EvaluationDocument"/>s from JSON Lines:
/// <c>{"id": str, "title": str|null, "text": str, "references": [[sentence, ...], ...]}</c> one a line.
/// </summary>
/// <remarks>
/// Blank lines are skipped; other members are ignored; <c>title</c> may be absent, and so may <c>references</c> (or
/// be null) for a document only to summarize: it then has none, which scoring refuses; a document without <c>id</c> is
/// named by its source and line (<c>texts.jsonl:3</c>). A line longer than
/// <see cref="MaxLineLength"/> is refused before it is read whole, so that a file without line breaks (<c>/dev/zero</c>)
/// is not read into memory.
/// </remarks>
public static class DatasetReader
{
    /// <summary>
    /// The most characters a line may hold: 33,554,432, twice the summarizer's default input limit, which leaves room
    /// for the references and JSON escapes of a document at that limit.
    /// </summary>
    public const int MaxLineLength = 1 << 25;

    /// <summary>Reads a UTF-8 JSON Lines file lazily, one document a line.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The documents, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="DatasetFormatException">During enumeration: a line is not a valid document or not valid UTF-8 (a byte-order mark may make it UTF-16 or UTF-32), or is longer than <see cref="MaxLineLength"/> (file and line in the message).</exception>
    /// <exception cref="IOException">During enumeration: the file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">During enumeration: the path is a directory or may not be read.</exception>
    public static IEnumerable<EvaluationDocument> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFileCore(path);
    }

    /// <summary>Reads JSON Lines from a reader lazily, one document a line.</summary>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <param name="sourceName">The name used in error messages (a file name).</param>
    /// <returns>The documents, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="DatasetFormatException">During enumeration: a line is not a valid document, or is longer than <see cref="MaxLineLength"/> (source and line in the message).</exception>
    public static IEnumerable<EvaluationDocument> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ReadCore(reader, sourceName, MaxLineLength);
    }

    /// <summary>
    /// Reads a UTF-8 JSON Lines stream lazily, one document a line, as <see cref="ReadFile"/> reads a file: a byte-order
    /// mark is honoured (UTF-8, UTF-16 or UTF-32), and bytes that are not valid UTF-8 are refused.
    /// </summary>
    /// <param name="stream">The bytes; it is not disposed.</param>
    /// <param name="sourceName">The name used in error messages ("standard input").</param>
    /// <returns>The documents, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="DatasetFormatException">During enumeration: a line is not a valid document or not valid UTF-8, or is longer than <see cref="MaxLineLength"/> (source and line in the message).</exception>
    /// <exception cref="IOException">During enumeration: the stream cannot be read.</exception>
    public static IEnumerable<EvaluationDocument> Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read (a closed stream cannot).", nameof(stream));
        }

        return ReadStreamCore(stream, sourceName);
    }

    /// <summary>Parses one line.</summary>
    /// <param name="line">The JSON object.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="lineNumber">The 1-based line number used in error messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="DatasetFormatException">The line is not a valid document.</exception>
    public static EvaluationDocument Parse(string line, string sourceName, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            // JsonException's message ends with its position on a line of its own ("LineNumber: 0 | ..."), which says
            // nothing here: the line is the document's, and the column is given once.
            string problem = e.Message;
            int position = problem.IndexOf(" LineNumber:", StringComparison.Ordinal);
            problem = position > 0 ? problem[..position] : problem;
            throw new DatasetFormatException(sourceName, lineNumber, $"not valid JSON at column {ColumnOf(line, e.BytePositionInLine) + 1}: {problem}", e);
        }
        catch (ArgumentException e)
        {
            // The line is transcoded to UTF-8 first, which refuses half a surrogate pair written as is.
            throw new DatasetFormatException(sourceName, lineNumber, "not valid UTF-16 (a lone surrogate).", e);
        }

        using (json)
        {
            try
            {
                return ParseDocument(json.RootElement, sourceName, lineNumber);
            }
            catch (InvalidOperationException e)
            {
                // JsonElement.GetString refuses a string that escapes half a surrogate pair ("\ud800").
                throw new DatasetFormatException(sourceName, lineNumber, "a string is not valid UTF-16 (an escaped lone surrogate).", e);
            }
        }
    }

    private static EvaluationDocument ParseDocument(JsonElement root, string sourceName, int lineNumber)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DatasetFormatException(sourceName, lineNumber, $"expected a JSON object, found {root.ValueKind}.");
        }

        // A document without an id (an article exported as JSON with its "text") is named by where it stands.
        string id = root.TryGetProperty("id", out _)
            ? RequiredString(root, "id", sourceName, lineNumber)
            : string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{lineNumber}");
        string? title = null;
        if (root.TryGetProperty("title", out JsonElement titleElement))
        {
            title = titleElement.ValueKind switch
            {
                JsonValueKind.String => titleElement.GetString(),
                JsonValueKind.Null => null,
                _ => throw new DatasetFormatException(sourceName, lineNumber, $"\"title\" must be a string or null, found {titleElement.ValueKind}."),
            };
        }

        string text = RequiredString(root, "text", sourceName, lineNumber);
        // A document to summarize needs no reference ("references" absent or null: none); `eval` refuses to score one.
        if (!root.TryGetProperty("references", out JsonElement referencesElement) || referencesElement.ValueKind == JsonValueKind.Null)
        {
            return new EvaluationDocument(id, title, text, []);
        }

        if (referencesElement.ValueKind != JsonValueKind.Array)
        {
            throw new DatasetFormatException(sourceName, lineNumber, "\"references\" must be an array of arrays of strings.");
        }

        List<IReadOnlyList<string>> references = new(referencesElement.GetArrayLength());
        foreach (JsonElement reference in referencesElement.EnumerateArray())
        {
            if (reference.ValueKind != JsonValueKind.Array)
            {
                throw new DatasetFormatException(sourceName, lineNumber, $"each reference must be an array of sentences, found {reference.ValueKind}.");
            }

            List<string> sentences = new(reference.GetArrayLength());
            foreach (JsonElement sentence in reference.EnumerateArray())
            {
                if (sentence.ValueKind != JsonValueKind.String)
                {
                    throw new DatasetFormatException(sourceName, lineNumber, $"reference sentences must be strings, found {sentence.ValueKind}.");
                }

                sentences.Add(sentence.GetString()!);
            }

            references.Add(sentences);
        }

        return new EvaluationDocument(id, title, text, references);
    }

    private static string RequiredString(JsonElement root, string name, string sourceName, int lineNumber)
    {
        if (!root.TryGetProperty(name, out JsonElement element))
        {
            throw new DatasetFormatException(sourceName, lineNumber, $"missing \"{name}\".");
        }

        return element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new DatasetFormatException(sourceName, lineNumber, $"\"{name}\" must be a string, found {element.ValueKind}.");
    }

    /// <summary>
    /// The character column, from 0, of the UTF-8 byte position that JSON reports (<paramref name="bytes"/> into the line's
    /// encoding): "é" and "€" are one character each, not two or three bytes.
    /// </summary>
    private static long ColumnOf(string line, long? bytes)
    {
        if (bytes is not { } remaining)
        {
            return 0;
        }

        int i = 0;
        while (i < line.Length && remaining > 0)
        {
            int length = char.IsSurrogatePair(line, i) ? 2 : 1;
            remaining -= Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            i += length;
        }

        return i;
    }

    /// <summary>UTF-8 that refuses invalid bytes rather than reading them as U+FFFD.</summary>
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static IEnumerable<EvaluationDocument> ReadFileCore(string path) =>
        ReadOpened(() => new StreamReader(path, s_strictUtf8, detectEncodingFromByteOrderMarks: true), path);

    private static IEnumerable<EvaluationDocument> ReadStreamCore(Stream stream, string sourceName) =>
        ReadOpened(() => new StreamReader(stream, s_strictUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true), sourceName);

    /// <summary>Opens the reader when enumeration starts (so that a missing file fails then, as documented) and disposes it at the end.</summary>
    private static IEnumerable<EvaluationDocument> ReadOpened(Func<StreamReader> open, string sourceName)
    {
        using StreamReader reader = open();
        foreach (EvaluationDocument document in ReadCore(reader, sourceName, MaxLineLength))
        {
            yield return document;
        }
    }

    internal static IEnumerable<EvaluationDocument> ReadCore(TextReader reader, string sourceName, int maxLineLength)
    {
        var lines = new BoundedLineReader(reader, sourceName, maxLineLength);
        string? line;
        while ((line = lines.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, sourceName, lines.LineNumber);
        }
    }

    /// <summary>
    /// <see cref="TextReader.ReadLine"/> (a line ends at <c>\n</c>, <c>\r\n</c> or <c>\r</c>) that refuses a line longer than
    /// a limit as soon as it is, instead of growing it until memory or the largest string gives out.
    /// </summary>
    private sealed class BoundedLineReader(TextReader reader, string sourceName, int maxLineLength)
    {
        private readonly char[] _buffer = new char[16384];
        private readonly StringBuilder _line = new();
        private int _position;
        private int _count;
        private bool _skipLineFeed;

        /// <summary>The 1-based number of the line last read.</summary>
        public int LineNumber { get; private set; }

        /// <exception cref="DatasetFormatException">The line is longer than the limit.</exception>
        public string? ReadLine()
        {
            _line.Clear();
            bool started = false;
            while (true)
            {
                if (_position == _count)
                {
                    (_position, _count) = (0, Fill());
                    if (_count == 0)
                    {
                        return started ? End() : null;
                    }
                }

                // The last line ended with \r: a \n right after it is the rest of that line break.
                if (_skipLineFeed)
                {
                    _skipLineFeed = false;
                    if (_buffer[_position] == '\n')
                    {
                        _position++;
                        continue;
                    }
                }

                started = true;
                int end = _buffer.AsSpan(_position, _count - _position).IndexOfAny('\r', '\n');
                int take = end < 0 ? _count - _position : end;
                if (_line.Length + take > maxLineLength)
                {
                    throw new DatasetFormatException(sourceName, LineNumber + 1, string.Create(CultureInfo.InvariantCulture,
                        $"longer than {maxLineLength} characters, the most a dataset line may hold (is it a JSON Lines file?)."));
                }

                _line.Append(_buffer, _position, take);
                _position += take;
                if (end >= 0)
                {
                    _skipLineFeed = _buffer[_position] == '\r';
                    _position++;
                    return End();
                }
            }
        }

        /// <summary>Reads the next block of characters; bytes that are not valid in the encoding are refused.</summary>
        /// <exception cref="DatasetFormatException">The bytes read next are not valid text.</exception>
        private int Fill()
        {
            try
            {
                return reader.Read(_buffer, 0, _buffer.Length);
            }
            catch (DecoderFallbackException e)
            {
                // Decoded a block at a time: the bad bytes are on this line or a later one.
                throw new DatasetFormatException(sourceName, LineNumber + 1, "not valid UTF-8 text, on this line or a later one (is the file in another encoding?).", e);
            }
        }

        private string End()
        {
            LineNumber++;
            return _line.ToString();
        }
    }
}
