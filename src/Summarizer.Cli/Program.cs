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
            stderrIsTerminal: !Console.IsErrorRedirected);
        return CliApp.Run(args, console);
    }
}
