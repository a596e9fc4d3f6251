using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Summarizer.Cli;

/// <summary>
/// The text of a PDF document, read with PdfPig's layout analysis: each page's words grouped into blocks (Docstrum)
/// and put in reading order, so that a block is a paragraph and two columns are read one after the other; the
/// blocks that recur at the pages' edges (page numbers, running headers and footers) left out; a paragraph that a page
/// or column break cut joined again; and a block set in a larger type than the body's (a title, a section heading)
/// made a heading. Ligatures (ﬁ, ﬂ) are written as their letters.
/// </summary>
internal static class PdfText
{
    /// <summary>How much larger than the body's a block's type must be for a short block to be a heading.</summary>
    private const double HeadingSizeRatio = 1.15;

    /// <summary>The most words a heading has.</summary>
    private const int HeadingMaxWords = 20;

    /// <summary>Whether the bytes are a PDF document (its header first, as every PDF writer puts it).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF-"u8);

    /// <summary>The document's text, a paragraph a block, with the ranges of its headings.</summary>
    /// <param name="bytes">The PDF file.</param>
    /// <param name="name">How messages name the input.</param>
    /// <param name="maxInputLength">The longest text accepted (0: none); the reading stops at the page that passes it.</param>
    /// <param name="cancellationToken">Stops the reading between two pages.</param>
    /// <exception cref="InputException">The document is encrypted, cannot be read, has no text (a scan), its text is longer than <paramref name="maxInputLength"/>, or its compressed streams expand past <see cref="PdfStreamLimits"/>' bounds.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputDocument Extract(byte[] bytes, string name, int maxInputLength, CancellationToken cancellationToken = default)
    {
        List<IReadOnlyList<TextBlock>> pages;
        var limits = new PdfStreamLimits();
        try
        {
            using PdfDocument document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = limits });
            pages = new List<IReadOnlyList<TextBlock>>(document.NumberOfPages);
            long letters = 0;
            foreach (Page page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                letters += page.Letters.Count;
                if (maxInputLength > 0 && letters > maxInputLength)
                {
                    InputReader.CheckLength(name, (int)Math.Min(letters, int.MaxValue), maxInputLength);
                }

                PdfRectangle visible = page.CropBox.Bounds;
                List<Word> words = [.. NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).Where(word => IsShown(word, visible))];
                IReadOnlyList<TextBlock> blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
                pages.Add([.. UnsupervisedReadingOrderDetector.Instance.Get(blocks)]);
            }
        }
        catch (Exception) when (limits.Exceeded)
        {
            throw new InputException(PdfStreamLimits.Message(name));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new InputException($"{name}: is an encrypted PDF; save a copy without a password first (for example: qpdf --decrypt --password=PASSWORD FILE out.pdf).");
        }
        catch (Exception e) when (e is not (InputException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InputException($"{name}: cannot be read as a PDF ({e.Message.TrimEnd('.')}).");
        }

        if (limits.Exceeded)
        {
            // A lenient reading went on past the refused stream (a font it could do without): the document is refused all the same.
            throw new InputException(PdfStreamLimits.Message(name));
        }

        var builder = new Builder(name, maxInputLength);
        double bodySize = BodySize(pages);
        HashSet<TextBlock> furniture = Furniture(pages, bodySize);
        foreach (TextBlock block in pages.SelectMany(page => page))
        {
            if (!furniture.Contains(block))
            {
                builder.Add(block, IsHeading(block, bodySize));
            }
        }

        InputDocument extracted = builder.Finish();
        return extracted.Text.Length > 0
            ? extracted
            : throw new InputException($"{name}: is a PDF without text (a scan?); give it a text layer first (for example: ocrmypdf FILE out.pdf).");
    }

    /// <summary>
    /// The page furniture: of the short blocks at a page's top and foot (the two highest and the two lowest, of at most
    /// <see cref="FurnitureMaxWords"/> words), a page number ("12", "iv", "Page 3 of 12", "- 7 -") and a block that
    /// stands at the edge of at least a quarter of the pages (and of two) or of two pages at most two apart, its numbers
    /// aside ("Annual Report 2024 | 7", "Chapter 2: Installation"). A page's block of the most words is its text, not
    /// its edge, unless it is a page number alone, and a block set in a heading's larger type (a slide's title,
    /// "Quarterly results, part 2") is a heading, not furniture: a document of one-line pages ("The board met on the 1st
    /// day ...", "The board met on the 2nd day ...") keeps its lines, and a slide its body.
    /// (PdfPig's DecorationTextBlockClassifier compares every block with every other by edit distance: minutes and
    /// gigabytes on a book of a hundred pages.)
    /// </summary>
    private static HashSet<TextBlock> Furniture(List<IReadOnlyList<TextBlock>> pages, double bodySize)
    {
        var edges = new List<(int Page, TextBlock Block, string Key)>();
        for (int p = 0; p < pages.Count; p++)
        {
            TextBlock? body = pages[p].MaxBy(Words);
            IEnumerable<TextBlock> top = pages[p].OrderByDescending(block => block.BoundingBox.Top).Take(2);
            IEnumerable<TextBlock> foot = pages[p].OrderBy(block => block.BoundingBox.Bottom).Take(2);
            foreach (TextBlock block in top.Union(foot))
            {
                string key = FurnitureKey(block.Text);
                if (Words(block) <= FurnitureMaxWords
                    && (IsPageNumber(key) || (block != body && !IsHeading(block, bodySize))))
                {
                    edges.Add((p, block, key));
                }
            }
        }

        int recurring = Math.Max(2, (pages.Count + 3) / 4);
        var running = edges.GroupBy(edge => edge.Key, StringComparer.Ordinal)
            .Where(group => IsRunning([.. group.Select(edge => edge.Page).Distinct()], recurring))
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
        return [.. edges.Where(edge => IsPageNumber(edge.Key) || running.Contains(edge.Key)).Select(edge => edge.Block)];
    }

    /// <summary>
    /// Whether a block at the edge of <paramref name="pages"/> (in order, each once) runs with the pages: it stands on
    /// <paramref name="recurring"/> of them, or on two at most two apart, as a chapter's title heads its pages (or
    /// every other page) in a book or a manual. A heading does not stand again at the top of the next pages.
    /// </summary>
    private static bool IsRunning(int[] pages, int recurring)
    {
        if (pages.Length >= recurring)
        {
            return true;
        }

        for (int i = 1; i < pages.Length; i++)
        {
            if (pages[i] - pages[i - 1] <= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words a block of page furniture has.</summary>
    private const int FurnitureMaxWords = 15;

    /// <summary>A block's text as furniture is compared: lower case, each run of digits one <c>#</c>, each run of white space one space.</summary>
    private static string FurnitureKey(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (char c in text.Trim())
        {
            char k = char.IsDigit(c) ? '#' : char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if (key.Length == 0 || key[^1] != k || k is not ('#' or ' '))
            {
                key.Append(k);
            }
        }

        return key.ToString();
    }

    /// <summary>Whether a furniture key (<see cref="FurnitureKey"/>) is a page number: "#", "iv", "page # of #", "- # -", "#/#".</summary>
    private static bool IsPageNumber(string key)
    {
        bool number = false;
        foreach (string token in key.Split([' ', '/', '|', '-', '\u2013', '\u2014'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == "#" || (token.Length <= 6 && token.All(c => c is 'i' or 'v' or 'x' or 'l' or 'c')))
            {
                number = true;
            }
            else if (token is not ("page" or "p." or "pg." or "seite" or "s." or "página" or "pagina" or "pág." or "pag." or "of" or "von" or "de" or "sur" or "di"))
            {
                return false;
            }
        }

        return number;
    }

    /// <summary>
    /// Whether a word is shown: not blank, its middle inside the page's visible area (and inside the largest page a PDF
    /// may have, 14,400 units a side), and no larger than that page. Text placed far off the page is never seen, and
    /// the layout analysis, whose histograms span the distances between words, would take seconds and gigabytes over a
    /// word placed a million pages away.
    /// </summary>
    private static bool IsShown(Word word, PdfRectangle visible)
    {
        const double largestPage = 14_400;
        PdfRectangle box = word.BoundingBox;
        PdfPoint middle = box.Centroid;
        return !string.IsNullOrWhiteSpace(word.Text)
            && middle.X >= Math.Max(visible.Left, -largestPage) && middle.X <= Math.Min(visible.Right, largestPage)
            && middle.Y >= Math.Max(visible.Bottom, -largestPage) && middle.Y <= Math.Min(visible.Top, largestPage)
            && box.Width <= largestPage && box.Height <= largestPage;
    }

    /// <summary>The type size most of the document's letters are set in (0 for a document without letters).</summary>
    private static double BodySize(List<IReadOnlyList<TextBlock>> pages)
    {
        var counts = new Dictionary<double, int>();
        foreach (Letter letter in pages.SelectMany(page => page).SelectMany(Letters))
        {
            double size = Math.Round(letter.PointSize, 1);
            counts[size] = counts.GetValueOrDefault(size) + 1;
        }

        return counts.Count == 0 ? 0 : counts.MaxBy(pair => (pair.Value, -pair.Key)).Key;
    }

    /// <summary>A block of a few words set in a larger type than the body's.</summary>
    private static bool IsHeading(TextBlock block, double bodySize)
    {
        if (bodySize <= 0 || Words(block) > HeadingMaxWords)
        {
            return false;
        }

        double sum = 0;
        int count = 0;
        foreach (Letter letter in Letters(block))
        {
            if (!char.IsWhiteSpace(letter.Value, 0))
            {
                sum += letter.PointSize;
                count++;
            }
        }

        return count > 0 && sum / count >= HeadingSizeRatio * bodySize;
    }

    private static int Words(TextBlock block) => block.TextLines.Sum(line => line.Words.Count);

    private static IEnumerable<Letter> Letters(TextBlock block) =>
        block.TextLines.SelectMany(line => line.Words).SelectMany(word => word.Letters);

    /// <summary>
    /// Builds the text: a paragraph a block, its lines kept, and a paragraph that a page or column break cut (a block
    /// that does not end a sentence, before one that opens in lower case) joined again.
    /// </summary>
    private sealed class Builder(string name, int maxInputLength)
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _paragraph = new();
        private readonly List<TextRange> _headings = [];
        private bool _heading;

        public void Add(TextBlock block, bool heading)
        {
            string lines = WithoutLigatures(string.Join(HtmlText.LineBreak, block.TextLines.Select(line => line.Text)));
            if (lines.AsSpan().Trim().IsEmpty)
            {
                return;
            }

            if (!(heading || _heading) && _paragraph.Length > 0 && LeavesSentenceOpen(_paragraph) && OpensInLowerCase(lines))
            {
                _paragraph.Append(HtmlText.LineBreak).Append(lines);
                return;
            }

            Flush();
            _paragraph.Append(lines);
            _heading = heading;
        }

        public InputDocument Finish()
        {
            Flush();
            string text = _text.ToString().TrimEnd('\n');
            return new InputDocument(text, null, InputFormat.Document, _headings);
        }

        private void Flush()
        {
            HtmlText.Flush(_paragraph, _text, _heading ? _headings : null);
            _heading = false;
            InputReader.CheckLength(name, _text.Length, maxInputLength);
        }

        /// <summary>
        /// The text with the Latin ligatures that PDFs set (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ; TeX sets them in every "find" and
        /// "office") written as their letters, so that "ﬁnance" is the word "finance".
        /// </summary>
        private static string WithoutLigatures(string text)
        {
            if (text.AsSpan().IndexOfAnyInRange('\uFB00', '\uFB06') < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 8);
            foreach (char c in text)
            {
                builder.Append(c switch
                {
                    '\uFB00' => "ff",
                    '\uFB01' => "fi",
                    '\uFB02' => "fl",
                    '\uFB03' => "ffi",
                    '\uFB04' => "ffl",
                    '\uFB05' or '\uFB06' => "st",
                    _ => c.ToString(),
                });
            }

            return builder.ToString();
        }

        private static bool LeavesSentenceOpen(StringBuilder paragraph)
        {
            char last = paragraph[^1];
            return char.IsLetterOrDigit(last) || last is ',' or '-' or '\u00AD' or ';';
        }

        private static bool OpensInLowerCase(string lines)
        {
            foreach (char c in lines)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return char.GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter;
                }
            }

            return false;
        }
    }
}
