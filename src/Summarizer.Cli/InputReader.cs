using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer.Cli;

/// <summary>
/// Reads the text to work on: a file, standard input or the bundled sample, as strict UTF-8 or the encoding of
/// <c>--encoding</c> (see <see cref="InputEncodings.Decode(ReadOnlySpan{byte}, string, InputEncoding, out string?)"/>).
/// </summary>
internal static class InputReader
{
    public const string SampleName = "the bundled sample article";

    /// <summary>Reads the input named on the command line ("-" is standard input): its text, or the document a PDF, Word, EPUB, OpenDocument or RTF file holds.</summary>
    /// <param name="path">The file, or "-".</param>
    /// <param name="console">Where standard input comes from.</param>
    /// <param name="encoding">The encoding of <c>--encoding</c>.</param>
    /// <param name="maxInputLength">The summarizer's <c>--max-input-length</c> (0: none), which bounds what is read.</param>
    /// <param name="cancellationToken">Stops the read, also while it waits for a pipe or a terminal.</param>
    /// <exception cref="InputException">The input is missing, unreadable, binary, not text in its encoding, a PDF, Word, EPUB or OpenDocument document that cannot be read, or too long.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputContent Read(string path, CliConsole console, InputEncoding encoding = InputEncoding.Utf8, int maxInputLength = SummarizerOptions.DefaultMaxInputLength, CancellationToken cancellationToken = default)
    {
        if (path == "-")
        {
            if (console.OpenStandardInput is { } open)
            {
                byte[] bytes = Interruptible(() =>
                {
                    using Stream stream = open();
                    return ReadBounded(stream, "standard input", maxInputLength, CancellationToken.None);
                }, cancellationToken);
                return Content(bytes, "standard input", encoding, maxInputLength, cancellationToken);
            }

            return new InputContent(console.In.ReadToEnd(), null);
        }

        return ReadFile(path, encoding, maxInputLength, cancellationToken);
    }

    /// <summary>
    /// Reads a file: a PDF, Word, EPUB, OpenDocument or RTF document (told by its content) as the document it holds,
    /// anything else as strict UTF-8 or in <paramref name="encoding"/> (a byte-order mark decides over both).
    /// </summary>
    /// <exception cref="InputException">The file is missing, unreadable, binary, not text in its encoding, a PDF, Word, EPUB or OpenDocument document that cannot be read, or too long.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputContent ReadFile(string path, InputEncoding encoding = InputEncoding.Utf8, int maxInputLength = SummarizerOptions.DefaultMaxInputLength, CancellationToken cancellationToken = default)
    {
        if (path.Length == 0)
        {
            throw new InputException("empty file name.");
        }

        byte[] bytes;
        try
        {
            FileKinds.RefuseClosedStandardInput(path);
            FileKind kind = FileKinds.Of(path);
            if (kind == FileKind.Directory)
            {
                throw new InputException($"{path}: is a directory, not a file.");
            }

            // A FIFO or a terminal can block in open(2) and read(2) until a writer comes: such a file is read where
            // waiting for it does not keep a signal from ending the command.
            bytes = kind == FileKind.Other
                ? Interruptible(() => ReadPath(path, maxInputLength, CancellationToken.None), cancellationToken)
                : ReadPath(path, maxInputLength, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(NoSuchFile(path));
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"{path}: permission denied.");
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: cannot be read ({e.Message}).");
        }

        return Content(bytes, path, encoding, maxInputLength, cancellationToken);
    }

    /// <summary>The largest PDF, Word, EPUB, OpenDocument or RTF file read (256 MiB), whatever <c>--max-input-length</c> says of the text in it.</summary>
    internal const int MaxDocumentBytes = 1 << 28;

    /// <summary>How many first bytes of an input tell whether it is a document (<see cref="IsDocument"/>): an RTF document may start after white space.</summary>
    private const int DocumentStartBytes = 1024;

    /// <summary>Whether the first bytes of an input are those of a PDF, of a ZIP archive (Word, EPUB and OpenDocument files are) or of an RTF document.</summary>
    private static bool IsDocument(ReadOnlySpan<byte> start) => PdfText.IsPdf(start) || ZipDocuments.IsZip(start) || RtfText.IsRtf(start);

    /// <summary>What the bytes of an input hold: the document of a PDF, Word, EPUB, OpenDocument or RTF file, the message of an .eml file, the paper of a LaTeX source, the records' texts of a .csv or .tsv table, else text in <paramref name="encoding"/>.</summary>
    /// <exception cref="InputException">A PDF, Word, EPUB or OpenDocument document or an e-mail message that cannot be read, bytes that are not text, or a text too long.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal static InputContent Content(byte[] bytes, string name, InputEncoding encoding, int maxInputLength, CancellationToken cancellationToken = default) =>
        PdfText.IsPdf(bytes) ? new InputContent(null, PdfText.Extract(bytes, name, maxInputLength, cancellationToken))
        : WordText.IsWordDocument(bytes) ? new InputContent(null, WordText.Extract(bytes, name, maxInputLength, cancellationToken))
        : EpubText.IsEpub(bytes) ? new InputContent(null, EpubText.Extract(bytes, name, maxInputLength, cancellationToken))
        : OpenDocumentText.IsOpenDocumentText(bytes) ? new InputContent(null, OpenDocumentText.Extract(bytes, name, maxInputLength, cancellationToken))
        : RtfText.IsRtf(bytes) ? new InputContent(null, RtfText.Extract(bytes, name, maxInputLength, cancellationToken))
        : EmailText.IsEmailName(name) ? new InputContent(null, EmailText.Extract(bytes, name, maxInputLength, cancellationToken))
        : !LatexText.IsLatexName(name) && ZipDocuments.Damaged(bytes, name) is { } damaged ? throw damaged
        : Decoded(bytes, name, encoding, maxInputLength, cancellationToken);

    /// <summary>A text input decoded (<see cref="InputEncodings.Decode(ReadOnlySpan{byte}, string, InputEncoding, out string?)"/>), with what standard error says of how: a LaTeX source's paper, a table's records, or the text.</summary>
    private static InputContent Decoded(byte[] bytes, string name, InputEncoding encoding, int maxInputLength, CancellationToken cancellationToken)
    {
        string text = InputEncodings.Decode(bytes, name, encoding, out string? note, out bool repaired);
        return LatexText.IsLatexName(name) ? new InputContent(null, LatexText.Extract(text, name, maxInputLength, cancellationToken) with { Note = note })
            : (CsvText.IsTableName(name) ? CsvText.Read(text, name, maxInputLength) : new InputContent(text, null)) with { Note = note, Repaired = repaired };
    }

    private static byte[] ReadPath(string path, int maxInputLength, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        return ReadBounded(stream, path, maxInputLength, cancellationToken);
    }

    /// <summary>
    /// Runs a read that may block for ever (a pipe, a FIFO, a terminal) on a thread of its own and waits for it or for
    /// <paramref name="cancellationToken"/>, whichever comes first: on a signal the command stops at once, and the read,
    /// which nothing can interrupt portably, is abandoned to the process's exit.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    internal static T Interruptible<T>(Func<T> read, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            return read();
        }

        cancellationToken.ThrowIfCancellationRequested();
        Task<T> reading = Task.Factory.StartNew(read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return reading.WaitAsync(cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>
    /// The refusal of a text longer than <c>--max-input-length</c>, said before the summarizer would refuse it, in the
    /// command's words.
    /// </summary>
    /// <exception cref="InputException"><paramref name="length"/> is over <paramref name="maxInputLength"/>.</exception>
    public static void CheckLength(string name, int length, int maxInputLength)
    {
        if (maxInputLength > 0 && length > maxInputLength)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {length} characters, more than --max-input-length ({maxInputLength}) allows; raise it, or 0 for no limit."));
        }
    }

    /// <summary>
    /// Reads a stream whole, but no further than a text within <paramref name="maxInputLength"/> characters can take
    /// (three bytes a character at most in UTF-8, two in UTF-16, and a byte-order mark), so that an endless input
    /// (<c>/dev/zero</c>, a runaway pipe) is refused, not read into memory; without a limit, up to the largest array.
    /// A PDF, Word, EPUB, OpenDocument or RTF document (told by its first bytes), whose size says little about its text
    /// (pictures, fonts, an RTF document's tables and markup), may be as large as <see cref="MaxDocumentBytes"/> whatever the limit; its text is held to the
    /// limit as it is read.
    /// </summary>
    /// <exception cref="InputException">The stream holds more than that.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled between two reads.</exception>
    private static byte[] ReadBounded(Stream stream, string name, int maxInputLength, CancellationToken cancellationToken)
    {
        long textCap = maxInputLength > 0 ? Math.Min(3L * maxInputLength + 4, Array.MaxLength - 1) : Array.MaxLength - 1;
        long cap = textCap;
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, cap + 1 - buffer.Length))) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
            if (cap == textCap && buffer.Length >= 5 && IsDocument(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, DocumentStartBytes))))
            {
                cap = Math.Max(textCap, MaxDocumentBytes);
            }

            if (buffer.Length > cap)
            {
                throw new InputException(cap > textCap
                    ? string.Create(CultureInfo.InvariantCulture, $"{name}: over {cap} bytes, more than a PDF, Word, EPUB, OpenDocument or RTF document may have.")
                    : maxInputLength > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{name}: longer than --max-input-length ({maxInputLength} characters) allows (over {cap} bytes, read no further); raise it, or 0 for no limit.")
                    : string.Create(CultureInfo.InvariantCulture, $"{name}: over {cap} bytes, more than can be read at once."));
            }
        }

        return buffer.Length == buffer.GetBuffer().Length ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>
    /// The text of one input: read when it was not read up front; for a PDF, Word, EPUB, OpenDocument or RTF document
    /// (told by its content, whatever <paramref name="format"/> says), its paragraphs and headings (<see cref="PdfText"/>,
    /// <see cref="WordText"/>, <see cref="EpubText"/>, <see cref="OpenDocumentText"/>, <see cref="RtfText"/>); for HTML
    /// (<paramref name="format"/>, an .html/.htm name, or markup on standard input or in a file not named as text), the main article with its title and the
    /// ranges of the text that were its headings, and for a news feed its stories; for subtitles
    /// (<paramref name="format"/>, an .srt/.vtt name, or any input that starts as
    /// <see cref="SubtitleText.LooksLikeSubtitles"/> tells), the transcript; for MediaWiki wikitext (a .wiki, .mediawiki
    /// or .wikitext name, or any input that <see cref="WikiText.LooksLikeWikitext"/> tells), the article's text; for a BBCode forum post (a .bbcode
    /// name, or any input that <see cref="BBCodeText.LooksLikeBBCode"/> tells), the post's text. Subtitles without a cue are read as plain
    /// text, and the document says so in its <see cref="InputDocument.Note"/>.
    /// </summary>
    /// <param name="item">The input.</param>
    /// <param name="format">What <c>--html</c> or <c>--subtitles</c> makes every input; null to tell by the name or the content.</param>
    /// <param name="encoding">The encoding of <c>--encoding</c>.</param>
    /// <param name="maxInputLength">The summarizer's <c>--max-input-length</c> (0: none).</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="InputException">The input cannot be read (a page with no article text gives an empty text).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while the input was read.</exception>
    public static InputDocument Read(InputItem item, InputFormat? format, InputEncoding encoding = InputEncoding.Utf8, int maxInputLength = SummarizerOptions.DefaultMaxInputLength, CancellationToken cancellationToken = default)
    {
        InputContent content = item.Text is not null || item.Document is not null
            ? new InputContent(item.Text, item.Document, item.ReadNote)
            : ReadFile(item.Name, encoding, maxInputLength, cancellationToken);
        if (content.Document is { } document)
        {
            return document;
        }

        string text = content.Text!;
        InputFormat chosen = format ?? item.Format ?? FormatOf(item, text);
        string? title = item.Title;
        string? note = content.Note;
        IReadOnlyList<TextRange> headings = [];
        if (chosen == InputFormat.Html)
        {
            string? feed = FeedText.ToHtml(text);
            HtmlArticle article = HtmlText.ExtractArticle(feed ?? text, item.Name, wholePage: feed is not null);
            (title, text, headings) = (article.Title, article.Text, article.Headings);
        }
        else if (chosen == InputFormat.Subtitles)
        {
            if (SubtitleText.Extract(text) is { } transcript)
            {
                text = transcript;
            }
            else
            {
                chosen = InputFormat.Text;
                string plain = $"{item.DisplayName}: no subtitle cue (a timing line such as 00:00:01,000 --> 00:00:04,000); read as plain text.";
                note = note is null ? plain : $"{note} {plain}";
            }
        }
        else if (chosen == InputFormat.Wikitext)
        {
            (text, headings) = WikiText.Extract(text);
        }
        else if (chosen == InputFormat.BBCode)
        {
            (text, title, headings) = BBCodeText.Extract(text);
        }
        else
        {
            // A Markdown post's front matter names it ("title: How we cut our build times in half").
            title ??= SplitMarkup.FrontMatterTitle(text);
        }

        string read = text;
        if (chosen == InputFormat.Text && item.Format is null)
        {
            // A document read from a file or standard input, not a data set's, whose source says it is text and which
            // is scored as given.
            text = CharacterReferences.Decode(text);
        }

        CheckLength(item.DisplayName, text.Length, maxInputLength);
        return new InputDocument(text, title, chosen, headings) { Note = note, Decoded = content.Repaired || !ReferenceEquals(text, read) };
    }

    /// <summary>
    /// What an input is when no option says: a web page by its name (.html, .htm, .xhtml) or by its markup, a news feed
    /// (RSS, Atom) by its markup, on standard input and in a file whose name does not say it is text (a page saved as
    /// "story" or "index.php", a feed saved as "feed.xml"; not a .txt or Markdown file); subtitles by their name, or by
    /// how the text starts, whatever the name; wikitext and BBCode by their names or by their marks.
    /// </summary>
    private static InputFormat FormatOf(InputItem item, string text)
    {
        if (HtmlText.IsHtmlName(item.Name)
            || ((item.IsStandardInput || !HtmlText.IsTextName(item.Name)) && (HtmlText.LooksLikeHtml(text) || FeedText.LooksLikeFeed(text))))
        {
            return InputFormat.Html;
        }

        // A wiki page's source is told by its name, or by a start no prose or Markdown has (a template, a "== x ==" heading) with other wikitext marks.
        if ((!item.IsStandardInput && WikiText.IsWikiName(item.Name)) || WikiText.LooksLikeWikitext(text))
        {
            return InputFormat.Wikitext;
        }

        // A forum post's source is told by its name, or by paired tags of two kinds ([b]...[/b], [url=...]...[/url]) that no prose has.
        if ((!item.IsStandardInput && BBCodeText.IsBBCodeName(item.Name)) || BBCodeText.LooksLikeBBCode(text))
        {
            return InputFormat.BBCode;
        }

        // A transcript saved as text ("talk.txt" holding a SubRip file, Whisper's output or a video page's transcript)
        // is told by how it starts, as standard input is: no text starts that way.
        return (!item.IsStandardInput && SubtitleText.IsSubtitleName(item.Name)) || SubtitleText.LooksLikeSubtitles(text)
            ? InputFormat.Subtitles
            : InputFormat.Text;
    }

    /// <summary>
    /// The message for a path that names no file. A web address gets a hint, since the tool reads nothing from the
    /// network: "https://example.com/a: no such file (summarize reads files, not web addresses: curl -sL URL |
    /// summarize)."
    /// </summary>
    internal static string NoSuchFile(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? $"{path}: no such file (summarize reads files, not web addresses: curl -sL URL | summarize)."
            : path.Contains('\uFFFD', StringComparison.Ordinal)
                // .NET reads a file name that is not UTF-8 with U+FFFD in place of its bad bytes, and cannot open it again
                // by that name (a walk finds such a file, or the shell passes it).
                ? $"{path}: cannot be opened: its name is not valid UTF-8 (shown with \uFFFD); rename it, or pipe it in: summarize - < FILE."
                : IsDanglingLink(path)
                    ? $"{path}: a symbolic link to a file that does not exist."
                    : $"{path}: no such file.";

    private static bool IsDanglingLink(string path)
    {
        try
        {
            // File.Exists is true for the link itself, which exists; its target does not.
            var link = new FileInfo(path);
            return link.LinkTarget is not null && link.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The bundled sample article.</summary>
    public static string ReadSample()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Summarizer.Cli.sample-article.txt")
            ?? throw new InvalidOperationException("The sample article is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>What was read from one input: its text, or (<see cref="Text"/> null) the document a PDF, Word, EPUB, OpenDocument or RTF file holds.</summary>
/// <param name="Text">The text; null for a document.</param>
/// <param name="Document">The document; null for a text.</param>
/// <param name="Note">What standard error says about how the text was read (an encoding guessed, mojibake repaired); null for nothing.</param>
/// <param name="Repaired">Whether <paramref name="Text"/> had its mojibake repaired, so that it is not the input as read.</param>
internal readonly record struct InputContent(string? Text, InputDocument? Document, string? Note = null, bool Repaired = false);

/// <summary>
/// One input as text: its title (a page's), what it was read as, and the ranges of the text that were the page's headings.
/// </summary>
internal sealed record InputDocument(string Text, string? Title, InputFormat Format, IReadOnlyList<TextRange> Headings)
{
    /// <summary>Whether the input was a web page, whose own markup <c>--highlight</c> imitates.</summary>
    public bool Html => Format == InputFormat.Html;

    /// <summary>
    /// Whether <see cref="Text"/> was extracted from the input (a page's article, a transcript) rather than being it: the
    /// offsets of JSON output index it, and JSON output carries it as <c>text</c>.
    /// </summary>
    public bool Extracted => Format != InputFormat.Text;

    /// <summary>
    /// Whether the character references of a plain-text or Markdown document were decoded (<see cref="CharacterReferences"/>)
    /// or its mojibake repaired (<see cref="Mojibake"/>): the offsets of JSON output index the decoded text, and JSON output
    /// carries it as <c>text</c>.
    /// </summary>
    public bool Decoded { get; init; }

    /// <summary>Whether JSON output carries <see cref="Text"/>, which its offsets index, since it is not the input as read.</summary>
    public bool CarriesText => Extracted || Decoded;

    /// <summary>What standard error says about how the input was read (subtitles read as plain text); null for nothing.</summary>
    public string? Note { get; init; }
}
