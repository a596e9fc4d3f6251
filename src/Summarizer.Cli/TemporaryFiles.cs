using System;
using System.Collections.Concurrent;
using System.IO;

namespace Summarizer.Cli;

/// <summary>
/// Files the command writes under a temporary name until they are complete (<c>eval --out</c>): deleted if a second
/// signal ends the process before the command can clean up after itself, so that no <c>.tmp-PID</c> file is left.
/// </summary>
internal static class TemporaryFiles
{
    private static readonly ConcurrentDictionary<string, byte> s_paths = new(StringComparer.Ordinal);

    /// <summary>Remembers a temporary file.</summary>
    public static void Add(string path) => s_paths.TryAdd(path, 0);

    /// <summary>Forgets a temporary file that was renamed or deleted.</summary>
    public static void Remove(string path) => s_paths.TryRemove(path, out _);

    /// <summary>Deletes every temporary file still remembered (the process is about to end); failures are ignored.</summary>
    public static void DeleteAll()
    {
        foreach (string path in s_paths.Keys)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ends anyway; nothing more can be done.
            }

            s_paths.TryRemove(path, out _);
        }
    }
}
