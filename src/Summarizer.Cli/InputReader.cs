using System;
using System.IO;
using System.Reflection;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// Reads the text to work on: a file, standard input or the bundled sample, as strict UTF-8 or the encoding of
/// <c>--encoding</c> (see <see cref="InputEncodings.Decode"/>).
/// </summary>
internal static class InputReader
{
    public const string SampleName = "the bundled sample article";

    /// <summary>Reads the input named on the command line ("-" is standard input).</summary>
    /// <exception cref="InputException">The input is missing, unreadable, binary or not text in its encoding.</exception>
    public static string Read(string path, CliConsole console, InputEncoding encoding = InputEncoding.Utf8)
    {
        if (path == "-")
        {
            if (console.OpenStandardInput is { } open)
            {
                using Stream stream = open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return InputEncodings.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), "standard input", encoding);
            }

            return console.In.ReadToEnd();
        }

        return ReadFile(path, encoding);
    }

    /// <summary>Reads a file as strict UTF-8 or in <paramref name="encoding"/>; a byte-order mark decides over both.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, binary or not text in its encoding.</exception>
    public static string ReadFile(string path, InputEncoding encoding = InputEncoding.Utf8)
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

        return InputEncodings.Decode(bytes, path, encoding);
    }

    /// <summary>
    /// The text of one input: read when it was not read up front, and, for HTML (<paramref name="html"/>, an
    /// .html/.htm name, or markup on standard input), the main article with its title.
    /// </summary>
    /// <exception cref="InputException">The input cannot be read, or the page has no article text.</exception>
    public static (string Text, string? Title, bool Html) ReadDocument(InputItem item, bool html, InputEncoding encoding = InputEncoding.Utf8)
    {
        string text = item.Text ?? ReadFile(item.Name, encoding);
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
}
