using System.IO;
using System.Text;

namespace Summarizer.Cli.Tests;

/// <summary>Runs the command in process with captured streams.</summary>
internal static class CliRunner
{
    public static CliResult Run(string? stdin, params string[] args) => Run(stdin, stdinIsTerminal: false, args);

    public static CliResult Run(string? stdin, bool stdinIsTerminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        byte[] bytes = Encoding.UTF8.GetBytes(stdin ?? string.Empty);
        var console = new CliConsole(new StringReader(stdin ?? string.Empty), output, error, stdinIsTerminal, () => new MemoryStream(bytes));
        int code = CliApp.Run(args, console);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static CliResult RunBytes(byte[] stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new StringReader(string.Empty), output, error, stdinIsTerminal: false, () => new MemoryStream(stdin));
        int code = CliApp.Run(args, console);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>The help text as a terminal <paramref name="width"/> columns wide gets it.</summary>
    public static string Help(int width, params string[] args)
    {
        var output = new StringWriter();
        var console = new CliConsole(new StringReader(string.Empty), output, new StringWriter(), stdinIsTerminal: true,
            stdoutIsTerminal: true, helpWidth: width);
        Assert.Equal(0, CliApp.Run(args, console));
        return output.ToString();
    }
}

internal readonly record struct CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the command with a console the test builds (terminal flags, a failing writer).</summary>
internal static class CliRunnerWith
{
    public static (int ExitCode, string Error) Run(System.IO.TextWriter output, bool stdoutIsTerminal, bool stderrIsTerminal, params string[] args)
    {
        var error = new System.IO.StringWriter();
        var console = new CliConsole(new System.IO.StringReader(string.Empty), output, error, stdinIsTerminal: false,
            () => new System.IO.MemoryStream(), stdoutIsTerminal, stderrIsTerminal);
        return (CliApp.Run(args, console), error.ToString());
    }
}
