using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Summarizer.Testing;

/// <summary>
/// Locates the project's dev data in <c>../shared/data/</c> beside the repository (or in the folder named by the
/// <c>SUMMARIZER_SHARED_DATA</c> environment variable). Tests that need it use <see cref="SharedDataFactAttribute"/>
/// or <see cref="SharedDataTheoryAttribute"/>, which skip with a clear message when the data is absent.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The data folder, or null when it is not there.</summary>
    public static string? Root => s_root.Value;

    /// <summary>The message a test skips with when the data is missing.</summary>
    public const string MissingMessage =
        "Skipped: the shared dev data (../shared/data beside the repository, or $SUMMARIZER_SHARED_DATA) is absent.";

    /// <summary>The full path of a file under the data folder; throws when the folder is absent.</summary>
    public static string PathOf(string relative)
    {
        string root = Root ?? throw new InvalidOperationException(MissingMessage);
        return Path.Combine(root, relative);
    }

    /// <summary>True when the data folder holds <paramref name="relative"/>.</summary>
    public static bool Has(string relative) =>
        Root is { } root && (File.Exists(Path.Combine(root, relative)) || Directory.Exists(Path.Combine(root, relative)));

    private static string? FindRoot()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("SUMMARIZER_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        // Walk up from the test binaries to the repository root (the folder with Summarizer.sln), then look beside it.
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                string candidate = Path.Combine(dir.FullName, "..", "shared", "data");
                return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs a file or folder of the shared dev data; skipped with a message when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(
        string relativePath,
        [CallerFilePath] string? sourceFilePath = null,
        [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (!SharedData.Has(relativePath))
        {
            Skip = SharedData.MissingMessage + " Needed: " + relativePath;
        }
    }
}

/// <summary>A theory that needs a file or folder of the shared dev data; skipped with a message when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(
        string relativePath,
        [CallerFilePath] string? sourceFilePath = null,
        [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (!SharedData.Has(relativePath))
        {
            Skip = SharedData.MissingMessage + " Needed: " + relativePath;
        }
    }
}

/// <summary>Files of the repository itself (the README, the bundled sample), found from the test binaries.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the folder that holds Summarizer.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file of the repository.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder with Summarizer.sln) was not found.");
    }
}
