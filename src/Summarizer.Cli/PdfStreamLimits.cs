using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Summarizer.Cli;

/// <summary>
/// PdfPig's stream filters with a bound on what they decode: a Flate stream is inflated once into nothing, counting,
/// before PdfPig decodes it, so that a stream that would decode to more than <see cref="StreamLimit"/> bytes, or a
/// document whose streams would decode to more than <see cref="DocumentLimit"/> in all, is refused before it is held
/// in memory (a compression bomb: a 1 MB file whose one content stream inflates to a gigabyte). The other filters'
/// output (LZW, run length, ASCII) counts toward the document's total after it is decoded.
/// </summary>
internal sealed class PdfStreamLimits : IFilterProvider
{
    /// <summary>The most bytes one stream may decode to (64 MiB; a page's content takes kilobytes, a book's font a few megabytes).</summary>
    public const long StreamLimit = 64L << 20;

    /// <summary>The most bytes the document's streams may decode to in all (1 GiB).</summary>
    public const long DocumentLimit = 1L << 30;

    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private long _decoded;

    /// <summary>Whether a stream was refused: what PdfPig makes of the exception, the document is refused with <see cref="Message"/>.</summary>
    public bool Exceeded { get; private set; }

    /// <summary>Why the document is refused, once <see cref="Exceeded"/>.</summary>
    public static string Message(string name) =>
        $"{name}: is a PDF whose compressed streams expand to more than {StreamLimit >> 20} MiB each or {DocumentLimit >> 30} GiB in all (a decompression bomb?); it is not read.";

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bound(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bound(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bound(_inner.GetAllFilters());

    private IFilter[] Bound(IReadOnlyList<IFilter> filters) => [.. filters.Select(filter => (IFilter)new BoundedFilter(filter, this))];

    /// <summary>Counts <paramref name="length"/> decoded bytes of one stream.</summary>
    /// <exception cref="InputException">The stream or the document passes its limit.</exception>
    private void Count(long length)
    {
        if (length > StreamLimit || (_decoded += length) > DocumentLimit)
        {
            Exceeded = true;
            throw new InputException(Message("the PDF"));
        }
    }

    /// <summary>
    /// How many bytes Flate data inflates to, counted up to one past <see cref="StreamLimit"/>, as PdfPig reads it (the
    /// zlib header's two bytes skipped); data that does not inflate counts what inflated before the error, and PdfPig's
    /// own decoding deals with it.
    /// </summary>
    private static long InflatedLength(ReadOnlyMemory<byte> data)
    {
        if (data.Length < 2)
        {
            return 0;
        }

        long length = 0;
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var deflate = new DeflateStream(
                MemoryMarshal.TryGetArray(data[2..], out ArraySegment<byte> bytes)
                    ? new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false)
                    : new MemoryStream(data[2..].ToArray(), writable: false),
                CompressionMode.Decompress);
            int read;
            while (length <= StreamLimit && (read = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                length += read;
            }
        }
        catch (InvalidDataException)
        {
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return length;
    }

    /// <summary>One of PdfPig's filters, counted.</summary>
    private sealed class BoundedFilter(IFilter filter, PdfStreamLimits limits) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filter is FlateFilter)
            {
                limits.Count(InflatedLength(input));
                return filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            }

            Memory<byte> output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            limits.Count(output.Length);
            return output;
        }
    }
}
