using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Summarizer.Cli.Tests;

/// <summary>How inputs are read: a read that blocks (a pipe nobody writes, standard input closed) never outlives a signal.</summary>
public sealed class InputReaderTests
{
    [Fact]
    public async Task StandardInput_BlockedRead_StopsWhenCancelled()
    {
        using var stream = new BlockingStream();
        var console = new CliConsole(new StringReader(string.Empty), new StringWriter(), new StringWriter(), stdinIsTerminal: false, () => stream);
        using var cancellation = new CancellationTokenSource();

        Task<string> reading = Task.Run(() => InputReader.Read("-", console, cancellationToken: cancellation.Token));
        stream.Entered.Wait();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task StandardInputClosed_SaysSoAndExitsOne()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Told by /proc.
        }

        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])["-c", "exec dotnet \"$0\" -n 1 <&-", Path.Combine(AppContext.BaseDirectory, "summarize.dll")])
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            Assert.Fail("the command waited on a closed standard input");
        }

        Assert.Equal(ExitCodes.InputError, process.ExitCode);
        Assert.Equal("summarize: standard input: is closed.\n", await error);
        Assert.Equal(string.Empty, output);
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
