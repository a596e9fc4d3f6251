using System;
using System.IO;
using System.Threading;

namespace Summarizer.Cli;

/// <summary>
/// Standard output's stream, counting the writes that completed: after a signal, <see cref="Interruption"/> ends the
/// process when none completes for a while (a pipe nobody reads), and lets a slow reader take the rest of a document.
/// </summary>
internal sealed class ProgressStream(Stream inner) : Stream
{
    private static long s_completed;

    /// <summary>How many writes to standard output have completed in this process.</summary>
    public static long Completed => Interlocked.Read(ref s_completed);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Interlocked.Increment(ref s_completed);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
