namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// Standard output that remembers the first write that failed (a full disk, a closed pipe) instead of throwing it
/// from whatever line of a command happened to fill the buffer, so that the tool can end with one clear message and
/// <see cref="ExitCodes.UsageOrInputError"/> rather than a stack trace and an abort.
/// </summary>
/// <param name="inner">The process's standard output.</param>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    /// <summary>Gets the first failure to write, or <see langword="null"/> while every write has succeeded.</summary>
    public IOException? Failure { get; private set; }

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        // Once a write has failed, the output is incomplete whatever follows, so later writes are not attempted.
        if (Failure is not null)
        {
            return;
        }

        try
        {
            inner.Write(buffer);
        }
        catch (IOException exception)
        {
            Failure = exception;
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            inner.Flush();
        }
        catch (IOException exception)
        {
            Failure = exception;
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
