using System;
using System.IO;
using System.Reflection;
using System.Text;

namespace Summarizer.Cli;

/// <summary>Reads the text to work on: a file, standard input or the bundled sample, as strict UTF-8.</summary>
internal static class InputReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string SampleName = "the bundled sample article";

    /// <summary>Reads the input named on the command line ("-" is standard input).</summary>
    /// <exception cref="InputException">The input is missing, unreadable, binary or not UTF-8.</exception>
    public static string Read(string path, CliConsole console)
    {
        if (path == "-")
        {
            if (console.OpenStandardInput is { } open)
            {
                using Stream stream = open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), "standard input");
            }

            return console.In.ReadToEnd();
        }

        return ReadFile(path);
    }

    /// <summary>Reads a file as strict UTF-8.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, binary or not UTF-8.</exception>
    public static string ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                throw new InputException($"{path}: is a directory, not a file.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new InputException($"{path}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException($"{path}: no such file.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"{path}: permission denied.");
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: cannot be read ({e.Message}).");
        }

        return Decode(bytes, path);
    }

    /// <summary>
    /// The text of one input: read when it was not read up front, and, for HTML (<paramref name="html"/>, an
    /// .html/.htm name, or markup on standard input), the main article with its title.
    /// </summary>
    /// <exception cref="InputException">The input cannot be read, or the page has no article text.</exception>
    public static (string Text, string? Title, bool Html) ReadDocument(InputItem item, bool html)
    {
        string text = item.Text ?? ReadFile(item.Name);
        html = html || (item.IsStandardInput ? HtmlText.LooksLikeHtml(text) : HtmlText.IsHtmlName(item.Name));
        if (!html)
        {
            return (text, null, false);
        }

        (string? title, string article) = HtmlText.Extract(text, item.Name);
        return (article, title, true);
    }

    /// <summary>The bundled sample article.</summary>
    public static string ReadSample()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Summarizer.Cli.sample-article.txt")
            ?? throw new InvalidOperationException("The sample article is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Decodes strict UTF-8 (a leading byte-order mark is dropped); binary data is refused.</summary>
    /// <exception cref="InputException">The bytes are not UTF-8 text.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new InputException($"{name}: looks like a binary file (it contains NUL bytes), not text.");
        }

        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException($"{name}: is not valid UTF-8 text.");
        }
    }
}
