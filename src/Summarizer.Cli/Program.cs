using System;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Summarizer.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        TextWriter stdout = StandardOutput();
        var console = new CliConsole(
            Console.In,
            stdout,
            new QuietWriter(Console.Error),
            stdinIsTerminal: !Console.IsInputRedirected,
            openStandardInput: OpenStandardInput,
            stdoutIsTerminal: !Console.IsOutputRedirected,
            stderrIsTerminal: !Console.IsErrorRedirected,
            helpWidth: HelpWidth());
        return CliApp.Run(args, console);
    }

    /// <summary>
    /// Standard input as bytes; refused when it was closed at start (<c>summarize &lt;&amp;-</c>), as descriptor 0 is
    /// then a pipe of the runtime's own, which would never end and would swallow the signals that should stop the command.
    /// </summary>
    /// <exception cref="InputException">Standard input was closed.</exception>
    private static Stream OpenStandardInput() =>
        FileKinds.StandardInputWasClosed() ? throw new InputException("standard input: is closed.") : Console.OpenStandardInput();

    /// <summary>
    /// Standard output as a writer that reports a closed pipe. .NET's console stream drops the error of a write to
    /// a pipe whose reader has gone (<c>summarize big/ | head -1</c>), so a batch would run to its end unnoticed; on
    /// Unix, when standard output is a pipe, socket or terminal (not seekable), the command writes to descriptor 1
    /// through a <see cref="FileStream"/>, which throws. A file keeps the console stream: a seekable stream that
    /// tracks its own position would overwrite what another process wrote to the same descriptor.
    /// </summary>
    private static TextWriter StandardOutput()
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
                if (!stream.CanSeek)
                {
                    return new StreamWriter(new ProgressStream(stream), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16384);
                }

                stream.Dispose();
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or NotSupportedException)
            {
                // Descriptor 1 closed or of a kind a FileStream does not take: the console stream will do.
            }
        }

        return Console.Out;
    }

    /// <summary>The terminal's width when standard output is one (and it tells), else the width for pipes and files.</summary>
    private static int HelpWidth()
    {
        if (Console.IsOutputRedirected)
        {
            return CliConsole.RedirectedHelpWidth;
        }

        try
        {
            return Console.WindowWidth is > 0 and int width ? width : CliConsole.RedirectedHelpWidth;
        }
        catch (Exception e) when (e is System.IO.IOException or PlatformNotSupportedException)
        {
            return CliConsole.RedirectedHelpWidth;
        }
    }
}
