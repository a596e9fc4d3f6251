using System;
using System.IO;

namespace Summarizer.Cli;

/// <summary>The streams the command reads and writes, so that tests can run it in process.</summary>
internal sealed class CliConsole(
    TextReader stdin,
    TextWriter stdout,
    TextWriter stderr,
    bool stdinIsTerminal,
    Func<Stream>? openStandardInput = null,
    bool stdoutIsTerminal = false,
    bool stderrIsTerminal = false,
    int helpWidth = CliConsole.RedirectedHelpWidth)
{
    /// <summary>The width help wraps to when standard output is not a terminal (a pipe, a file).</summary>
    public const int RedirectedHelpWidth = 100;

    public TextReader In { get; } = stdin;

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    public bool InputIsTerminal { get; } = stdinIsTerminal;

    /// <summary>Whether standard output is a terminal (colour for <c>--highlight</c>).</summary>
    public bool OutputIsTerminal { get; } = stdoutIsTerminal;

    /// <summary>Whether standard error is a terminal (the progress bar of a batch).</summary>
    public bool ErrorIsTerminal { get; } = stderrIsTerminal;

    /// <summary>The column help text wraps at: the terminal's width, or <see cref="RedirectedHelpWidth"/>.</summary>
    public int HelpWidth { get; } = helpWidth;

    /// <summary>Opens standard input as bytes when the host has a byte stream (so that UTF-8 can be validated).</summary>
    public Func<Stream>? OpenStandardInput { get; } = openStandardInput;
}

/// <summary>
/// Standard error that cannot fail the command: when it cannot be written (<c>2&gt;/dev/full</c>, <c>2&gt;&amp;-</c>) the
/// messages are lost, but the exit code still says what happened, instead of the runtime aborting on an unhandled
/// write error. After the first failure nothing more is tried. Control characters in messages are replaced as in text
/// output (<see cref="ControlCharacters"/>): a file named with an escape sequence cannot retitle the terminal.
/// </summary>
internal sealed class QuietWriter(TextWriter inner, bool printable = true) : TextWriter
{
    private bool _failed;

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <summary>
    /// The same stream, as quiet, for the progress bar's own escape sequences (colour, cursor moves), which must reach
    /// the terminal as written; what it writes of a document (a file's name) it makes printable itself.
    /// </summary>
    public QuietWriter Unfiltered => new(inner, printable: false);

    public override void Write(char value) => Try(() => inner.Write(printable ? ControlCharacters.Printable(value, '\0') : value));

    public override void Write(string? value) => Try(() => inner.Write(value is null || !printable ? value : ControlCharacters.Printable(value)));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value is null || !printable ? value : ControlCharacters.Printable(value)));

    public override void Flush() => Try(inner.Flush);

    private void Try(Action write)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failed = true;
        }
    }
}
