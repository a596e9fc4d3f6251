using System;
using System.IO;
using System.IO.Compression;
using System.Xml;

namespace Summarizer.Cli;

/// <summary>
/// Documents that are ZIP archives (Word, EPUB, OpenDocument): told by their first bytes and the parts they hold, their
/// XML read safely, their list items written alike.
/// </summary>
internal static class ZipDocuments
{
    /// <summary>A list item's bullet in the text of a document whose lists are markup.</summary>
    public const string Bullet = "\u2022 ";

    /// <summary>
    /// Settings for reading a part's XML: no DTD processed, nothing resolved outside the archive (no external entity),
    /// at most <paramref name="maxCharacters"/> characters (0: no limit), which also bounds a part that inflates far
    /// beyond its compressed size.
    /// </summary>
    public static XmlReaderSettings XmlSettings(long maxCharacters) =>
        new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = maxCharacters };

    /// <summary>The characters of XML a part may hold however low the limit is (16 Mi), so that a small limit is met by the text's length, not the markup's.</summary>
    public const long MinPartCharacters = 1L << 24;

    /// <summary>
    /// The most characters of XML a part whose text is read may hold: 32 for each character of text the input may have
    /// (<paramref name="maxInputLength"/>; 0: no limit), and <see cref="MinPartCharacters"/> at least.
    /// </summary>
    public static long MaxPartCharacters(int maxInputLength) => maxInputLength > 0 ? Math.Max(32L * maxInputLength, MinPartCharacters) : 0;

    /// <summary>A reader of an entry's XML with <see cref="XmlSettings"/>, or null when the archive has no such entry.</summary>
    public static XmlReader? ReadXml(ZipArchive archive, string path, long maxCharacters) =>
        archive.GetEntry(path) is { } entry ? XmlReader.Create(entry.Open(), XmlSettings(maxCharacters)) : null;

    /// <summary>Whether an exception says that an archive or its XML is damaged (or too large for its bound).</summary>
    public static bool IsDamage(Exception e) => e is InvalidDataException or IOException or XmlException;

    /// <summary>The refusal of a damaged document: "NAME: cannot be read as WHAT (the reason)."</summary>
    public static InputException Unreadable(string name, string what, Exception e) =>
        new($"{name}: cannot be read as {what} ({e.Message.TrimEnd('.')}).");

    /// <summary>
    /// The refusal of bytes that start as a ZIP archive but cannot be opened as one (a download cut short, a damaged
    /// copy) under the name of a document read here, naming that document ("report.docx: cannot be read as a Word
    /// document: ..."); null when the archive opens (a spreadsheet, a presentation: <see cref="InputEncodings.NotTextFormat"/>
    /// says so), the bytes are no ZIP archive, or the name promises no such document.
    /// </summary>
    public static InputException? Damaged(byte[] bytes, string name)
    {
        string? what = Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".docx" or ".docm" or ".dotx" => "a Word document",
            ".epub" => "an EPUB book",
            ".odt" or ".ott" => "an OpenDocument text",
            _ => null,
        };
        if (what is null || !IsZip(bytes))
        {
            return null;
        }

        try
        {
            using ZipArchive archive = Open(bytes);
            return null;
        }
        catch (Exception e) when (IsDamage(e))
        {
            return new InputException($"{name}: cannot be read as {what}: the archive is damaged or cut short ({e.Message.TrimEnd('.')}).");
        }
    }

    /// <summary>Whether the bytes start as a ZIP archive does.</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    /// <summary>The archive the bytes hold, opened for reading (its central directory read).</summary>
    /// <exception cref="InvalidDataException">The bytes are no readable ZIP archive.</exception>
    public static ZipArchive Open(byte[] bytes) => new(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);

    /// <summary>
    /// Whether the bytes are a ZIP archive that can be read, opened once, and <paramref name="test"/> holds of it; an
    /// archive or a part that turns out damaged (<see cref="IsDamage"/>) is no such document.
    /// </summary>
    public static bool Is(byte[] bytes, Func<ZipArchive, bool> test)
    {
        if (!IsZip(bytes))
        {
            return false;
        }

        try
        {
            using ZipArchive archive = Open(bytes);
            return test(archive);
        }
        catch (Exception e) when (IsDamage(e))
        {
            return false;
        }
    }
}
