using System.Collections.Generic;
using System.IO;

namespace Summarizer.Cli;

/// <summary>
/// Whether a run's output takes the shape of a batch (a JSON array, a <c>==&gt; path &lt;==</c> header per text
/// document, a closing summary line): decided by what the command line names, not by how many files were found, so
/// that a script reading a directory's output gets the same shape whether the directory holds one file or many.
/// </summary>
internal static class BatchShape
{
    /// <summary>True for more than one input, a directory, or a JSON Lines dataset (one document a line).</summary>
    public static bool Of(IReadOnlyList<string> inputs) =>
        inputs.Count > 1 || (inputs.Count == 1 && inputs[0] != "-" && (Directory.Exists(inputs[0]) || DatasetInputs.IsLines(inputs[0])));
}
