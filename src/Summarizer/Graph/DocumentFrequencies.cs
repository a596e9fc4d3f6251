using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace Summarizer;

/// <summary>
/// Background document frequencies: in how many documents of a corpus each term occurs. Used instead of the
/// document's own sentence frequencies for the IDF of <see cref="SentenceSimilarity"/>, so that a word common in the
/// domain counts as common even in a short text. Built once, saved as a small text file and loaded again; immutable
/// and thread-safe.
/// </summary>
/// <remarks>
/// File format (UTF-8): a header line <c>summarizer-df 1 &lt;documents&gt;</c>, then one <c>term TAB count</c> line per
/// term, terms in ordinal order.
/// </remarks>
public sealed class DocumentFrequencies
{
    private const string Header = "summarizer-df";
    private readonly FrozenDictionary<string, int> _counts;

    private DocumentFrequencies(int documentCount, FrozenDictionary<string, int> counts)
    {
        DocumentCount = documentCount;
        _counts = counts;
    }

    /// <summary>The number of documents counted.</summary>
    public int DocumentCount { get; }

    /// <summary>The number of distinct terms kept.</summary>
    public int TermCount => _counts.Count;

    /// <summary>
    /// Counts in how many of <paramref name="documents"/> each term occurs, guessing each document's language as
    /// the summarizer does when <see cref="SummarizerOptions.Language"/> is null. Counts for a summarizer set to one
    /// language should be built with it: <see cref="Build(IEnumerable{string}, Language?, int, CancellationToken)"/>.
    /// </summary>
    /// <param name="documents">The corpus, one text per document.</param>
    /// <param name="minimumCount">Terms found in fewer documents than this are not kept (they get the IDF of an
    /// unseen term); 1 keeps everything but terms of more than 4,080 characters (a base64 blob, never a word), which are
    /// never kept, so that <see cref="Load(Stream)"/> reads every line <see cref="Save(Stream)"/> writes.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The frequencies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumCount"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static DocumentFrequencies Build(IEnumerable<string> documents, int minimumCount = 1, CancellationToken cancellationToken = default) =>
        Build(documents, null, minimumCount, cancellationToken);

    /// <summary>
    /// Counts in how many of <paramref name="documents"/> each term occurs, the terms made as the summarizer makes
    /// them for <paramref name="language"/> (its stop words left out, its stemmer applied): pass the
    /// <see cref="SummarizerOptions.Language"/> of the summarizer the counts are for, or null to guess each document's.
    /// </summary>
    /// <param name="documents">The corpus, one text per document.</param>
    /// <param name="language">The language of the corpus; null guesses each document's.</param>
    /// <param name="minimumCount">Terms found in fewer documents than this are not kept (they get the IDF of an
    /// unseen term); 1 keeps everything but terms of more than 4,080 characters (a base64 blob, never a word), which are
    /// never kept, so that <see cref="Load(Stream)"/> reads every line <see cref="Save(Stream)"/> writes.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The frequencies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumCount"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static DocumentFrequencies Build(IEnumerable<string> documents, Language? language, int minimumCount = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumCount, 1);
        TermOptions? termOptions = language?.TermOptions;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int documentCount = 0;
        foreach (string document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            cancellationToken.ThrowIfCancellationRequested();
            documentCount++;

            // The same term pipeline as the summarizer, over the whole document as one unit: each distinct term once.
            DocumentTerms terms = DocumentTerms.Build(document, [new SentenceSpan(0, document.Length, 0, SentenceKind.Sentence)], termOptions, cancellationToken);
            for (int t = 0; t < terms.Vocabulary.Count; t++)
            {
                string term = terms.Vocabulary[t];
                if (term.Length > MaxTermLength)
                {
                    continue;
                }

                counts[term] = counts.TryGetValue(term, out int count) ? count + 1 : 1;
            }
        }

        if (minimumCount > 1)
        {
            var kept = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> pair in counts)
            {
                if (pair.Value >= minimumCount)
                {
                    kept.Add(pair.Key, pair.Value);
                }
            }

            counts = kept;
        }

        return new DocumentFrequencies(documentCount, counts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// The number of documents that hold <paramref name="term"/>, written as the term pipeline makes it: lower-cased and
    /// stemmed, without stop words ("lane" for "lanes"; "lanes" itself is 0).
    /// </summary>
    /// <param name="term">The term.</param>
    /// <returns>The count; 0 for an unseen term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    public int FrequencyOf(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _counts.TryGetValue(term, out int count) ? count : 0;
    }

    /// <summary>Writes the frequencies to <paramref name="stream"/> in the text format described above.</summary>
    /// <param name="stream">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="ArgumentException">The stream does not support writing (a closed stream does not).</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var keys = new string[_counts.Count];
        _counts.Keys.CopyTo(keys);
        Array.Sort(keys, StringComparer.Ordinal);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Header} 1 {DocumentCount}"));
        foreach (string key in keys)
        {
            writer.Write(key);
            writer.Write('\t');
            writer.WriteLine(_counts[key].ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes the frequencies to the file <paramref name="path"/>, replacing it.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="UnauthorizedAccessException">The path is a directory or may not be written.</exception>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.Create(path);
        Save(stream);
    }

    /// <summary>The longest line <see cref="Load(Stream)"/> reads: a term and its count are short.</summary>
    public const int MaxLineLength = 4096;

    // The longest term counted: longer ones (a base64 blob, a run of a hash's characters) are no words and get the IDF
    // of an unseen term, so that every line Save writes, with its tab and a count of up to ten digits, is one Load reads.
    private const int MaxTermLength = MaxLineLength - 16;

    /// <summary>Reads frequencies written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">A readable stream; left open.</param>
    /// <returns>The frequencies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The content is not in the expected format (a line longer than
    /// <see cref="MaxLineLength"/> included: the file is refused before it is read whole).</exception>
    /// <exception cref="ArgumentException">The stream does not support reading (a closed stream does not).</exception>
    public static DocumentFrequencies Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, false, 65536, leaveOpen: true);
        var line = new StringBuilder();
        string? header = ReadLine(reader, line, 1);
        string[] parts = header?.Split(' ') ?? [];
        if (parts.Length != 3 || parts[0] != Header || parts[1] != "1"
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int documentCount))
        {
            throw new InvalidDataException("Not a document-frequency file: the header must be 'summarizer-df 1 <documents>'.");
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 1;
        for (string? text = ReadLine(reader, line, 2); text is not null; text = ReadLine(reader, line, lineNumber + 1))
        {
            lineNumber++;
            if (text.Length == 0)
            {
                continue;
            }

            int tab = text.LastIndexOf('\t');
            if (tab <= 0 || !int.TryParse(text.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count)
                || count < 1 || count > documentCount || !counts.TryAdd(text[..tab], count))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber} of the document-frequency file is malformed or repeated."));
            }
        }

        return new DocumentFrequencies(documentCount, counts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The next line (LF, CRLF or CR ends it), or null at the end; a line over <see cref="MaxLineLength"/> is refused.</summary>
    private static string? ReadLine(StreamReader reader, StringBuilder line, int lineNumber)
    {
        line.Clear();
        while (true)
        {
            int c = reader.Read();
            if (c < 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (c is '\n' or '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                return line.ToString();
            }

            if (line.Length == MaxLineLength)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber} of the document-frequency file is longer than {MaxLineLength} characters."));
            }

            line.Append((char)c);
        }
    }

    /// <summary>Reads frequencies from the file <paramref name="path"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The frequencies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">Reading failed.</exception>
    /// <exception cref="InvalidDataException">The content is not in the expected format.</exception>
    /// <exception cref="UnauthorizedAccessException">The path is a directory or may not be read.</exception>
    public static DocumentFrequencies Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.OpenRead(path);
        return Load(stream);
    }
}
