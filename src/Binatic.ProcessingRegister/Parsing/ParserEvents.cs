using System.Collections.Concurrent;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// YamlDotNet's parser events, in order, and how reading them ended: at the end of the text, or at an exception
/// together with where the scanner stood when it was thrown. For a large text the parser runs on a second thread,
/// a bounded number of events ahead of the reader, so that parsing and building the tree overlap.
/// </summary>
internal sealed class ParserEvents : IDisposable
{
    /// <summary>The text length from which parsing runs ahead on its own thread; below it the thread costs more than it saves.</summary>
    public const int PipelinedFromLength = 1024 * 1024;

    private const int BatchSize = 4096;

    // At most this many batches wait for the reader, which bounds the memory the parser can run ahead by.
    private const int BatchesAhead = 8;

    private readonly Parser _parser;
    private readonly Scanner _scanner;
    private readonly BlockingCollection<ParsingEvent[]>? _batches;
    private readonly CancellationTokenSource? _stop;
    private readonly Task? _producer;
    private ParsingEvent[] _batch = [];
    private int _index;

    private ParserEvents(string text, bool pipelined)
    {
        _scanner = new Scanner(new StringReader(text));
        _parser = new Parser(_scanner);
        if (!pipelined)
        {
            return;
        }

        _batches = new BlockingCollection<ParsingEvent[]>(BatchesAhead);
        _stop = new CancellationTokenSource();
        _producer = Task.Factory.StartNew(Produce, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Gets the exception that ended reading, once <see cref="TryNext"/> has returned false; null at the end of the text.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Gets where the scanner stood when <see cref="Failure"/> was thrown.</summary>
    public Mark FailurePosition { get; private set; }

    /// <summary>Starts reading the events of <paramref name="text"/>, on a second thread when the text is large.</summary>
    public static ParserEvents Of(string text) => new(text, text.Length >= PipelinedFromLength);

    /// <summary>Starts reading the events of <paramref name="text"/>, on a second thread or not, whatever its length.</summary>
    public static ParserEvents Of(string text, bool pipelined) => new(text, pipelined);

    /// <summary>Gets the next event.</summary>
    /// <returns>False at the end of the events: the end of the text, or a failure (see <see cref="Failure"/>).</returns>
    public bool TryNext(out ParsingEvent evt)
    {
        if (_batches is null)
        {
            return TryParse(out evt);
        }

        if (_index == _batch.Length)
        {
            if (!_batches.TryTake(out var next, Timeout.Infinite))
            {
                // The producer has finished: everything it read has been handed over, and Failure is set if it failed.
                _producer!.Wait();
                evt = null!;
                return false;
            }

            _batch = next;
            _index = 0;
        }

        evt = _batch[_index++];
        return true;
    }

    /// <summary>Stops the parser's thread, if any, when the reader stops early.</summary>
    public void Dispose()
    {
        if (_batches is null)
        {
            return;
        }

        _stop!.Cancel();
        try
        {
            _producer!.Wait();
        }
        catch (AggregateException)
        {
            // Cancelling while the producer waits for room throws there; nothing is lost, the reader has stopped.
        }

        _batches.Dispose();
        _stop.Dispose();
    }

    private void Produce()
    {
        try
        {
            var batch = new List<ParsingEvent>(BatchSize);
            while (TryParse(out var evt))
            {
                batch.Add(evt);
                if (batch.Count == BatchSize)
                {
                    _batches!.Add([.. batch], _stop!.Token);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                _batches!.Add([.. batch], _stop!.Token);
            }
        }
        finally
        {
            _batches!.CompleteAdding();
        }
    }

    private bool TryParse(out ParsingEvent evt)
    {
        try
        {
            if (_parser.MoveNext())
            {
                evt = _parser.Current!;
                return true;
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            Failure = exception;
            FailurePosition = _scanner.CurrentPosition;
        }

        evt = null!;
        return false;
    }
}
