using System.Diagnostics;
using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary>
/// A document the editor has open: its text as of its latest version, and the diagnostics last published for it.
/// The JSON-RPC loop changes the text; the background review reads a copy, so every member is read and written under
/// the one lock.
/// </summary>
internal sealed class OpenDocument(string uri, string text, int version)
{
    private readonly Lock _lock = new();
    private string _text = text;
    private int _version = version;
    private CancellationTokenSource? _pendingReview;
    private IReadOnlyList<LspDiagnostic> _published = [];
    private RegisterLanguage _language = RegisterLanguage.English;
    private long _lastChange = Stopwatch.GetTimestamp();

    public string Uri { get; } = uri;

    public (string Text, int Version) Snapshot
    {
        get
        {
            lock (_lock)
            {
                return (_text, _version);
            }
        }
    }

    public IReadOnlyList<LspDiagnostic> Published
    {
        get
        {
            lock (_lock)
            {
                return _published;
            }
        }
    }

    /// <summary>Gets the language of the register as last reviewed, in which hovers explain its findings.</summary>
    public RegisterLanguage Language
    {
        get
        {
            lock (_lock)
            {
                return _language;
            }
        }
    }

    /// <summary>Applies the changes of <paramref name="version"/> and returns how long the text had stayed unchanged before them.</summary>
    public TimeSpan Change(int version, IReadOnlyList<ContentChange> changes)
    {
        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            var unchangedFor = Stopwatch.GetElapsedTime(_lastChange, now);
            _lastChange = now;
            foreach (var change in changes)
            {
                _text = TextPositions.Apply(_text, change);
            }

            _version = version;
            return unchangedFor;
        }
    }

    /// <summary>Cancels the review waiting to run, if any, and returns the token of the one that replaces it.</summary>
    public CancellationToken RestartReview()
    {
        var next = new CancellationTokenSource();
        CancellationTokenSource? previous;
        lock (_lock)
        {
            previous = _pendingReview;
            _pendingReview = next;
        }

        previous?.Cancel();
        return next.Token;
    }

    public void CancelReview()
    {
        CancellationTokenSource? previous;
        lock (_lock)
        {
            previous = _pendingReview;
            _pendingReview = null;
        }

        previous?.Cancel();
    }

    /// <summary>Records what was published for <paramref name="version"/>, unless the document has moved on since.</summary>
    public bool TryRecord(int version, IReadOnlyList<LspDiagnostic> diagnostics, RegisterLanguage language)
    {
        lock (_lock)
        {
            if (version != _version)
            {
                return false;
            }

            _published = diagnostics;
            _language = language;
            return true;
        }
    }
}
