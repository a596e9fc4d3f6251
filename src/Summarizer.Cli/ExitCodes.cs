namespace Summarizer.Cli;

/// <summary>The exit codes of the command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int QualityGateFailed = 3;

    /// <summary>Ctrl-C (SIGINT) stopped the run (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    /// <summary>SIGTERM stopped the run (128 + SIGTERM).</summary>
    public const int Terminated = 143;
}

/// <summary>A problem with an input the user named: a missing file, an unreadable one, text that is not UTF-8.</summary>
internal sealed class InputException(string message) : System.Exception(message);
