using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer.Cli.Tests;

/// <summary>How inputs are read: a read that blocks (a pipe nobody writes) never outlives a signal.</summary>
public sealed class InputReaderTests
{
    [Fact]
    public async Task StandardInput_BlockedRead_StopsWhenCancelled()
    {
        using var stream = new BlockingStream();
        var console = new CliConsole(new StringReader(string.Empty), new StringWriter(), new StringWriter(), stdinIsTerminal: false, () => stream);
        using var cancellation = new CancellationTokenSource();

        Task<InputContent> reading = Task.Run(() => InputReader.Read("-", console, cancellationToken: cancellation.Token));
        stream.Entered.Wait();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    /// <summary>A stream whose reads wait until it is disposed, as a pipe that nobody writes to.</summary>
    private sealed class BlockingStream : Stream
    {
        private readonly ManualResetEventSlim _released = new();

        public ManualResetEventSlim Entered { get; } = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Entered.Set();
            _released.Wait();
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _released.Set();
            base.Dispose(disposing);
        }
    }
}
