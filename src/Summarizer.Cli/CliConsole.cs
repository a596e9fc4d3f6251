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
