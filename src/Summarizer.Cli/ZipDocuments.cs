using System;
using System.IO;
using System.IO.Compression;

namespace Summarizer.Cli;

/// <summary>Documents that are ZIP archives (Word, EPUB): told by their first bytes and the parts they hold.</summary>
internal static class ZipDocuments
{
    /// <summary>Whether the bytes start as a ZIP archive does.</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    /// <summary>Whether the bytes are a ZIP archive that can be read and holds every one of <paramref name="entries"/>.</summary>
    public static bool Holds(byte[] bytes, params string[] entries)
    {
        if (!IsZip(bytes))
        {
            return false;
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return Array.TrueForAll(entries, entry => archive.GetEntry(entry) is not null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return false;
        }
    }
}
