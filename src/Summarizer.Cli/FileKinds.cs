using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Summarizer.Cli;

/// <summary>What a path names once symbolic links are followed.</summary>
internal enum FileKind
{
    /// <summary>Nothing, or nothing that can be looked at.</summary>
    Missing,

    /// <summary>A regular file: reading it ends, and it can be replaced by renaming another file onto it.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO, a device, a socket: reading it may block or never end, and renaming onto it would replace it.</summary>
    Other,
}

/// <summary>
/// The kind and identity of files, which .NET does not expose (a FIFO is "Normal" to <see cref="FileInfo"/>), from
/// <c>stat(2)</c> through the runtime's own portable shim (the same struct on every Unix; linked into the native build).
/// On Windows, or where the shim cannot be reached, every existing file counts as regular and has no identity.
/// </summary>
internal static partial class FileKinds
{
    private static readonly Lazy<bool> s_standardInputWasClosed = new(ReadStandardInputWasClosed);

    // pal_io.h: the file type bits of FileStatus.Mode, the same on every Unix.
    private const int TypeMask = 0xF000;
    private const int TypeDirectory = 0x4000;
    private const int TypeRegular = 0x8000;

    /// <summary>The kind of file <paramref name="path"/> names, its links followed.</summary>
    public static FileKind Of(string path)
    {
        if (!TryStat(path, out FileStatus status))
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        return (status.Mode & TypeMask) switch
        {
            TypeRegular => FileKind.Regular,
            TypeDirectory => FileKind.Directory,
            _ => FileKind.Other,
        };
    }

    /// <summary>Whether two paths name the same file (device and inode, links followed); false when either cannot be looked at.</summary>
    public static bool AreSameFile(string first, string second) =>
        TryStat(first, out FileStatus a) && TryStat(second, out FileStatus b) && a.Dev == b.Dev && a.Ino == b.Ino;

    /// <summary>
    /// Whether descriptor 0 was closed when the process started (<c>summarize &lt;&amp;-</c>): the runtime then reuses it
    /// for a pipe of its own, which reading would block on forever. Linux tells by the close-on-exec flag, which a
    /// descriptor inherited across exec never has.
    /// </summary>
    public static bool StandardInputWasClosed() => s_standardInputWasClosed.Value;

    /// <summary>
    /// Refuses a path that names descriptor 0 (<c>/dev/stdin</c>, <c>/proc/self/fd/0</c>) when standard input was
    /// closed at start: reading it would block on the runtime's own pipe, and writing to it would lose what is written.
    /// </summary>
    /// <exception cref="InputException"><paramref name="path"/> is standard input, which was closed.</exception>
    public static void RefuseClosedStandardInput(string path)
    {
        if (StandardInputWasClosed() && AreSameFile(path, "/proc/self/fd/0"))
        {
            throw new InputException($"{path}: is standard input, which is closed.");
        }
    }

    private static bool ReadStandardInputWasClosed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            foreach (string line in File.ReadLines("/proc/self/fdinfo/0"))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    const int CloseOnExec = 0x80000; // O_CLOEXEC, 02000000 octal
                    return (Convert.ToInt32(line["flags:".Length..].Trim(), 8) & CloseOnExec) != 0;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            // No /proc: assume it is open, as before.
        }

        return false;
    }

    private static bool TryStat(string path, out FileStatus status)
    {
        status = default;
        if (OperatingSystem.IsWindows() || path.Length == 0)
        {
            return false;
        }

        try
        {
            return Stat(path, out status) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus output);

    /// <summary>The runtime's FileStatus (pal_io.h), filled by <c>SystemNative_Stat</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime;
        public long ATimeNsec;
        public long MTime;
        public long MTimeNsec;
        public long CTime;
        public long CTimeNsec;
        public long BirthTime;
        public long BirthTimeNsec;
        public long Dev;
        public long RDev;
        public long Ino;
        public uint UserFlags;
    }
}
