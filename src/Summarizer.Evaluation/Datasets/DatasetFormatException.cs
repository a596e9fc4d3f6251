using System;

namespace Summarizer.Evaluation;

/// <summary>A line of a dataset file is not a valid document; the message names the file and line.</summary>
public sealed class DatasetFormatException : FormatException
{
    /// <summary>Creates the exception with no details.</summary>
    public DatasetFormatException()
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DatasetFormatException(string message)
        : base(message)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DatasetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception for a line of a file.</summary>
    /// <param name="fileName">The file (or source name).</param>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DatasetFormatException(string fileName, int lineNumber, string problem, Exception? innerException = null)
        : base($"{fileName}:{lineNumber}: {problem}", innerException)
    {
        FileName = fileName;
        LineNumber = lineNumber;
    }

    /// <summary>The file (or source name) that holds the bad line.</summary>
    public string FileName { get; }

    /// <summary>The 1-based number of the bad line (0 when unknown).</summary>
    public int LineNumber { get; }
}
