using System;

namespace Summarizer.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var console = new CliConsole(
            Console.In,
            Console.Out,
            Console.Error,
            stdinIsTerminal: !Console.IsInputRedirected,
            openStandardInput: Console.OpenStandardInput,
            stdoutIsTerminal: !Console.IsOutputRedirected,
            stderrIsTerminal: !Console.IsErrorRedirected,
            helpWidth: HelpWidth());
        return CliApp.Run(args, console);
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
