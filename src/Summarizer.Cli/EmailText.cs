using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using MimeKit;

namespace Summarizer.Cli;

/// <summary>
/// A raw e-mail message (an .eml file, RFC 5322 with MIME), read by MimeKit: its subject is the title, and its text is
/// the body a reader sees, its plain-text part decoded (quoted-printable, base64, its charset), or its HTML part read as
/// a page when it has none; the header block (Received, DKIM-Signature and their folded lines) and the attachments are
/// no text of it.
/// </summary>
internal static class EmailText
{
    /// <summary>Whether <paramref name="name"/> is an e-mail message's (.eml).</summary>
    public static bool IsEmailName(string name) => name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message's body as text, its subject the title.</summary>
    /// <param name="bytes">The .eml file.</param>
    /// <param name="name">How messages name the input.</param>
    /// <param name="maxInputLength">The longest text accepted (0: none).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <remarks>A message with neither a plain-text nor an HTML body has an empty text.</remarks>
    /// <exception cref="InputException">The file is no e-mail message (no header block starts it), or its text is longer than <paramref name="maxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InputDocument Extract(byte[] bytes, string name, int maxInputLength, CancellationToken cancellationToken = default)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            message = MimeMessage.Load(stream, cancellationToken);
        }
        catch (FormatException e)
        {
            throw new InputException($"{name}: cannot be read as an e-mail message ({e.Message.TrimEnd('.')}).");
        }

        string? title = string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject.Trim();
        string text;
        IReadOnlyList<TextRange> headings = [];
        if (message.TextBody is { } plain)
        {
            text = plain.ReplaceLineEndings("\n").Trim('\n');
        }
        else if (message.HtmlBody is { } html)
        {
            HtmlArticle article = HtmlText.ExtractArticle(html, name);
            (text, headings) = (article.Text, article.Headings);
        }
        else
        {
            text = string.Empty;
        }

        InputReader.CheckLength(name, text.Length, maxInputLength);
        return new InputDocument(text, title, InputFormat.Document, headings);
    }
}
