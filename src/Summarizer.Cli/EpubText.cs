using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using System.Xml;

namespace Summarizer.Cli;

/// <summary>
/// The text of an EPUB book: the documents of its spine in reading order (those marked <c>linear="no"</c>, such as a
/// cover, left out), each read as a page's blocks by the linear extraction (<see cref="HtmlOutline"/>: headings kept as
/// headings, navigation such as a table of contents left out), one after the other; the book's title is its package's
/// <c>dc:title</c>.
/// </summary>
internal static class EpubText
{
    /// <summary>The package document's path in the container's description.</summary>
    private const string ContainerPath = "META-INF/container.xml";

    /// <summary>Where an EPUB container lists its encrypted resources.</summary>
    private const string EncryptionPath = "META-INF/encryption.xml";

    /// <summary>The most characters of a container or package document read (16 Mi): they list files, they hold no text.</summary>
    private const int MaxPackageBytes = 1 << 24;

    /// <summary>Whether the bytes are a ZIP archive that holds an EPUB container's description.</summary>
    public static bool IsEpub(byte[] bytes) => ZipDocuments.Is(bytes, archive => archive.GetEntry(ContainerPath) is not null);

    /// <summary>The book's text, its documents one after the other, with the ranges of its headings and its title.</summary>
    /// <param name="bytes">The .epub file.</param>
    /// <param name="name">How messages name the input.</param>
    /// <param name="maxInputLength">The longest text accepted (0: none); the reading stops at the document that passes it, and no document of more bytes than a text within it can take is read.</param>
    /// <param name="cancellationToken">Stops the reading between two documents.</param>
    /// <exception cref="InputException">The book cannot be read (damaged, no package document, a document too large, its documents encrypted), or its text is longer than <paramref name="maxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputDocument Extract(byte[] bytes, string name, int maxInputLength, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        var headings = new List<TextRange>();
        string? title;
        try
        {
            using ZipArchive archive = ZipDocuments.Open(bytes);
            string packagePath = RootFile(ReadXml(archive, ContainerPath, name))
                ?? throw new InputException($"{name}: cannot be read as an EPUB book (its container names no package document).");
            Package package = Package.Read(ReadXml(archive, packagePath, name));
            title = package.Title;
            string folder = packagePath.Contains('/', StringComparison.Ordinal) ? packagePath[..(packagePath.LastIndexOf('/') + 1)] : "";
            long maxDocumentBytes = maxInputLength > 0 ? (3L * maxInputLength) + 4 : Array.MaxLength;
            HashSet<string> encrypted = archive.GetEntry(EncryptionPath) is null ? [] : EncryptedPaths(ReadXml(archive, EncryptionPath, name));
            var furniture = new HashSet<string>(StringComparer.Ordinal);
            foreach (string reference in package.Furniture)
            {
                furniture.Add(Resolve(folder, reference));
            }

            var furnitureParts = new HashSet<string>(StringComparer.Ordinal);
            foreach (string reference in package.FurnitureParts)
            {
                furnitureParts.Add(Resolve(folder, reference));
            }

            foreach (string href in package.Spine)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string path = Resolve(folder, href);
                if (furniture.Contains(path))
                {
                    continue;
                }

                if (encrypted.Contains(path))
                {
                    throw new InputException($"{name}: is an EPUB book whose text is encrypted (DRM); it can be read only by the reading system it was sold for.");
                }

                ZipArchiveEntry entry = archive.GetEntry(path)
                    ?? throw new InputException($"{name}: cannot be read as an EPUB book (its spine names {path}, which it does not hold).");
                string html = ReadEntry(entry, maxDocumentBytes, name);
                var found = new List<TextRange>();
                HtmlOutline.Extract(html, out string chapter, found, skipFurniture: true);
                // A document that the guide names by a place inside it is left out when it is a page's length, not a
                // chapter's that opens with the furniture.
                if (chapter.Length == 0 || IsCopyrightPage(chapter) || (furnitureParts.Contains(path) && chapter.Length <= MaxFurniturePageLength))
                {
                    continue;
                }

                int offset = text.Length == 0 ? 0 : text.Length + 2;
                text.Append(text.Length == 0 ? "" : "\n\n").Append(chapter);
                foreach (TextRange heading in found)
                {
                    headings.Add(heading with { Start = heading.Start + offset });
                }

                InputReader.CheckLength(name, text.Length, maxInputLength);
            }
        }
        catch (Exception e) when (ZipDocuments.IsDamage(e))
        {
            throw ZipDocuments.Unreadable(name, "an EPUB book", e);
        }

        return new InputDocument(text.ToString(), title, InputFormat.Document, headings);
    }

    /// <summary>
    /// The paths of the resources that <c>META-INF/encryption.xml</c> lists as encrypted (their <c>CipherReference</c>
    /// URIs, relative to the container's root). Fonts are often obfuscated this way; a book whose documents are
    /// encrypted is under DRM.
    /// </summary>
    private static HashSet<string> EncryptedPaths(XmlReader encryption)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        using (encryption)
        {
            while (encryption.Read())
            {
                if (encryption.NodeType == XmlNodeType.Element && encryption.LocalName == "CipherReference"
                    && encryption.GetAttribute("URI") is { Length: > 0 } uri)
                {
                    paths.Add(Resolve("", uri));
                }
            }
        }

        return paths;
    }

    /// <summary>The path of the package document (the first <c>rootfile</c>'s <c>full-path</c>), or null.</summary>
    private static string? RootFile(XmlReader container)
    {
        using (container)
        {
            while (container.Read())
            {
                if (container.NodeType == XmlNodeType.Element && container.LocalName == "rootfile"
                    && container.GetAttribute("full-path") is { Length: > 0 } path)
                {
                    return path;
                }
            }
        }

        return null;
    }

    /// <summary>An entry of the archive as an XML reader that resolves nothing outside it (no DTD, no external entity).</summary>
    /// <exception cref="InputException">The archive has no such entry.</exception>
    /// <exception cref="XmlException">The entry holds more than <see cref="MaxPackageBytes"/> characters (when it is read).</exception>
    private static XmlReader ReadXml(ZipArchive archive, string path, string name)
    {
        return ZipDocuments.ReadXml(archive, path, MaxPackageBytes)
            ?? throw new InputException($"{name}: cannot be read as an EPUB book (it holds no {path}).");
    }

    /// <summary>An entry's text (UTF-8, as EPUB requires of its documents), refused when it holds more than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InputException">The entry is larger than that.</exception>
    private static string ReadEntry(ZipArchiveEntry entry, long maxBytes, string name)
    {
        if (entry.Length > maxBytes)
        {
            throw new InputException(FormattableString.Invariant($"{name}: {entry.FullName} holds {entry.Length} bytes, more than a text within --max-input-length can take; raise it, or 0 for no limit."));
        }

        using Stream stream = entry.Open();
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[81920];
        var text = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            // The declared length bounds the read too: an entry that inflates past it is damaged.
            if (text.Length + read > maxBytes)
            {
                throw new InvalidDataException($"{entry.FullName} inflates past its size");
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>
    /// The most characters of a page that <see cref="IsCopyrightPage"/> takes for a copyright page, and that the guide's
    /// reference to a place inside it takes for furniture: a chapter is longer.
    /// </summary>
    private const int MaxFurniturePageLength = 3000;

    /// <summary>
    /// The marks of a copyright page, each counted once: the copyright sign or word, an ISBN, and "all rights reserved"
    /// in the languages of the book trade (en, fr, de, es, it, nl, pt, sv, da/no, pl).
    /// </summary>
    private static readonly string[][] s_copyrightMarks =
    [
        ["\u00A9", "Copyright"],
        ["ISBN"],
        ["rights reserved", "droits r\u00E9serv\u00E9s", "Rechte vorbehalten", "derechos reservados", "diritti riservati",
            "rechten voorbehouden", "direitos reservados", "r\u00E4ttigheter f\u00F6rbeh\u00E5llna", "rettigheder forbeholdes",
            "rettigheter forbeholdt", "prawa zastrze\u017Cone"],
    ];

    /// <summary>
    /// Whether a spine document's text is a copyright page that its markup does not name: short, and holding two of
    /// the marks of <see cref="s_copyrightMarks"/> ("Copyright © 2025 by A. Writer. All rights reserved.", "ISBN 978-...").
    /// </summary>
    private static bool IsCopyrightPage(string text)
    {
        if (text.Length > MaxFurniturePageLength)
        {
            return false;
        }

        int marks = 0;
        foreach (string[] mark in s_copyrightMarks)
        {
            foreach (string word in mark)
            {
                if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    marks++;
                    break;
                }
            }
        }

        return marks >= 2;
    }

    /// <summary>A spine document's path in the archive: its reference (URL-encoded, relative to the package document's folder) resolved, its fragment dropped.</summary>
    private static string Resolve(string folder, string href)
    {
        int fragment = href.IndexOf('#', StringComparison.Ordinal);
        string relative = Uri.UnescapeDataString(fragment < 0 ? href : href[..fragment]);
        var parts = new List<string>();
        foreach (string part in (relative.StartsWith('/') ? relative[1..] : folder + relative).Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>
    /// What the package document says: the title, the spine's documents in reading order, and the documents its guide
    /// (EPUB 2) names as the book's furniture (<see cref="s_guideFurniture"/>), whole or by a place inside them.
    /// </summary>
    private sealed record Package(string? Title, List<string> Spine, HashSet<string> Furniture, HashSet<string> FurnitureParts)
    {
        /// <summary>
        /// The types of an EPUB 2 guide's references that name furniture, not text: the cover, the title page, the
        /// copyright page, the colophon, the dedication, the contents and the lists of illustrations and tables, the index.
        /// </summary>
        private static readonly HashSet<string> s_guideFurniture = new(StringComparer.OrdinalIgnoreCase)
        {
            "cover", "title-page", "copyright-page", "colophon", "dedication", "toc", "loi", "lot", "index",
        };

        public static Package Read(XmlReader reader)
        {
            var manifest = new Dictionary<string, string>(StringComparer.Ordinal);
            var spine = new List<string>();
            var furniture = new HashSet<string>(StringComparer.Ordinal);
            var furnitureParts = new HashSet<string>(StringComparer.Ordinal);
            // The first dc:title's text, gathered node by node (a title may hold markup) while inside it.
            StringBuilder? titleText = null;
            int titleDepth = -1;
            using (reader)
            {
                while (reader.Read())
                {
                    if (titleDepth >= 0)
                    {
                        if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                        {
                            titleText!.Append(reader.Value);
                        }
                        else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == titleDepth)
                        {
                            titleDepth = -1;
                        }

                        continue;
                    }

                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    switch (reader.LocalName)
                    {
                        case "title" when titleText is null && reader.NamespaceURI == "http://purl.org/dc/elements/1.1/":
                            titleText = new StringBuilder();
                            titleDepth = reader.IsEmptyElement ? -1 : reader.Depth;
                            break;
                        case "item" when reader.GetAttribute("id") is { } id && reader.GetAttribute("href") is { } href
                            && reader.GetAttribute("media-type") is "application/xhtml+xml" or "text/html":
                            manifest[id] = href;
                            break;
                        case "reference" when reader.GetAttribute("type") is { } type && s_guideFurniture.Contains(type.Trim())
                            && reader.GetAttribute("href") is { } reference:
                            // A reference to a place inside a document ("text.html#title") may name a part of it, not
                            // the document: a converted book's title page may open its first chapter's file.
                            (reference.Contains('#', StringComparison.Ordinal) ? furnitureParts : furniture).Add(reference);
                            break;
                        case "itemref" when reader.GetAttribute("idref") is { } idref && reader.GetAttribute("linear") != "no":
                            spine.Add(idref);
                            break;
                    }
                }
            }

            string? title = titleText?.ToString().Trim();
            return new Package(string.IsNullOrEmpty(title) ? null : title, spine.FindAll(manifest.ContainsKey).ConvertAll(id => manifest[id]), furniture, furnitureParts);
        }
    }
}
