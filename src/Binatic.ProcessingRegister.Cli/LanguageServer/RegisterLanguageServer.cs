using System.Collections.Concurrent;
using System.Text.Json;
using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.References;
using Binatic.ProcessingRegister.Rules;
using StreamJsonRpc;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary>
/// The methods of the language server that JSON-RPC calls. Each handler returns at once: a document is reviewed on a
/// background task, at once for the first change after a pause and otherwise when the typing has paused for
/// <see cref="Debounce"/>, so the loop that reads messages is never held up by a review. A handler that fails is logged to standard error and answers nothing, never ending the
/// server.
/// </summary>
internal sealed class RegisterLanguageServer(TextWriter log)
{
    /// <summary>How long a burst of changes must pause before the document is reviewed again.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    private const int CompletionItemKindReference = 18;

    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<bool> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _logLock = new();
    private JsonRpc? _rpc;

    /// <summary>Gets a task that completes when the client sends <c>exit</c>, with whether <c>shutdown</c> came first.</summary>
    public Task<bool> Exited => _exit.Task;

    public bool ShutdownRequested { get; private set; }

    public void Attach(JsonRpc rpc) => _rpc = rpc;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(JsonElement parameters)
    {
        Initializing = true;
        return new(
        new ServerCapabilities(
            new TextDocumentSyncOptions(OpenClose: true, Change: 2),
            new CompletionOptions(["-", " "]),
            DefinitionProvider: true,
            ReferencesProvider: true,
            HoverProvider: true,
            CodeActionProvider: true),
        new ServerInfo("processing-register", typeof(RegisterLanguageServer).Assembly.GetName().Version?.ToString()));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement parameters) => Initializing = false;

    /// <summary>Gets a value indicating whether initialize was answered and the client has not yet said initialized.</summary>
    public bool Initializing { get; private set; }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        ShutdownRequested = true;
        foreach (var document in _documents.Values)
        {
            document.CancelReview();
        }

        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(ShutdownRequested);

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenParams parameters) => Guard("didOpen", () =>
    {
        var item = parameters.TextDocument;
        var document = new OpenDocument(item.Uri, item.Text ?? string.Empty, item.Version);
        _documents[item.Uri] = document;
        ScheduleReview(document, TimeSpan.Zero);
    });

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeParams parameters) => Guard("didChange", () =>
    {
        if (_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            // The first change after a pause is reviewed at once, so a single edit shows its findings as soon as the
            // review is done; the changes of a burst of typing wait until the typing pauses.
            var unchangedFor = document.Change(parameters.TextDocument.Version, parameters.ContentChanges ?? []);
            ScheduleReview(document, unchangedFor >= Debounce ? TimeSpan.Zero : Debounce);
        }
    });

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseParams parameters) => Guard("didClose", () =>
    {
        if (_documents.TryRemove(parameters.TextDocument.Uri, out var document))
        {
            document.CancelReview();
            Publish(new PublishDiagnosticsParams(document.Uri, null, []));
        }
    });

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CompletionItem>? Completion(PositionParams parameters) => Guard("completion", () =>
    {
        if (Symbols(parameters.TextDocument.Uri) is not var (symbols, lines)
            || SymbolLookup.CompletionKind(symbols, lines, parameters.Position) is not { } kind)
        {
            return null;
        }

        return (IReadOnlyList<CompletionItem>)[
            .. symbols.Definitions
                .Where(d => d.Kind == kind)
                .DistinctBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => new CompletionItem(d.Id, CompletionItemKindReference, d.Name)),
        ];
    });

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<SourceRange>? Definition(PositionParams parameters) => Guard("definition", () =>
    {
        if (Symbols(parameters.TextDocument.Uri) is not var (symbols, lines) || SymbolLookup.At(symbols, parameters.Position) is not var (kind, id))
        {
            return null;
        }

        return (IReadOnlyList<SourceRange>)[
            .. symbols.Definitions
                .Where(d => d.Kind == kind && string.Equals(d.Id, id, StringComparison.Ordinal))
                .Select(d => new SourceRange(parameters.TextDocument.Uri, lines.RangeOf(d.Span))),
        ];
    });

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<SourceRange>? References(ReferenceParams parameters) => Guard("references", () =>
    {
        if (Symbols(parameters.TextDocument.Uri) is not var (symbols, lines) || SymbolLookup.At(symbols, parameters.Position) is not var (kind, id))
        {
            return null;
        }

        var uri = parameters.TextDocument.Uri;
        var definitions = parameters.Context?.IncludeDeclaration == true
            ? symbols.Definitions.Where(d => d.Kind == kind && string.Equals(d.Id, id, StringComparison.Ordinal)).Select(d => d.Span)
            : [];
        var references = symbols.References.Where(r => r.Kind == kind && string.Equals(r.Id, id, StringComparison.Ordinal)).Select(r => r.Span);
        return (IReadOnlyList<SourceRange>)[.. definitions.Concat(references).Select(span => new SourceRange(uri, lines.RangeOf(span)))];
    });

    /// <summary>Offers the mechanical fixes of <see cref="QuickFixes"/> for the findings the editor asks about.</summary>
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CodeAction>? CodeAction(CodeActionParams parameters) => Guard("codeAction", () =>
    {
        var uri = parameters.TextDocument.Uri;
        if (!_documents.TryGetValue(uri, out var document))
        {
            return null;
        }

        var lines = new TextLines(document.Snapshot.Text);
        var language = document.Language;
        return (IReadOnlyList<CodeAction>)[
            .. (parameters.Context?.Diagnostics ?? []).SelectMany(diagnostic => QuickFixes.For(uri, diagnostic, lines, language)),
        ];
    });

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public HoverResult? Hover(PositionParams parameters) => Guard("hover", () =>
    {
        if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var document))
        {
            return null;
        }

        var (text, _) = document.Snapshot;
        var symbols = RegisterSymbols.Of(text, DisplayName(document.Uri));
        foreach (var reference in symbols.References)
        {
            if (TextPositions.Contains(reference.Span, parameters.Position))
            {
                var definition = symbols.Definitions.FirstOrDefault(d => d.Kind == reference.Kind && string.Equals(d.Id, reference.Id, StringComparison.Ordinal));
                var shown = definition is null
                    ? $"`{reference.Id}`: no {reference.Kind} has this id"
                    : $"**{definition.Id}** ({definition.Kind}){(definition.Name is { } name ? $": {name}" : string.Empty)}";
                return new HoverResult(new MarkupContent("markdown", shown), new TextLines(text).RangeOf(reference.Span));
            }
        }

        var language = document.Language;
        foreach (var diagnostic in document.Published)
        {
            if (TextPositions.Contains(diagnostic.Range, parameters.Position) && RuleCatalogue.Find(diagnostic.Code) is { } rule)
            {
                var described = rule.In(language);
                return new HoverResult(
                    new MarkupContent("markdown", $"**{described.Id}: {described.Title}** ({described.Articles})\n\n{described.Description}\n\n{described.Fix}"),
                    diagnostic.Range);
            }
        }

        return null;
    });

    // The review reads the controller's records a processor's record links to relative to the register's folder, so
    // a file URI is reviewed under its local path.
    private static string DisplayName(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;

    private (RegisterSymbols Symbols, TextLines Lines)? Symbols(string uri)
    {
        if (!_documents.TryGetValue(uri, out var document))
        {
            return null;
        }

        var (text, _) = document.Snapshot;
        return (RegisterSymbols.Of(text, DisplayName(uri)), new TextLines(text));
    }

    private void ScheduleReview(OpenDocument document, TimeSpan delay)
    {
        var cancellation = document.RestartReview();
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await Task.Delay(delay, cancellation).ConfigureAwait(false);
                    var (text, version) = document.Snapshot;
                    var review = RegisterReview.OfYaml(text, DisplayName(document.Uri));
                    var lines = new TextLines(text);
                    IReadOnlyList<LspDiagnostic> diagnostics = [.. review.Findings.Select(finding => FindingDiagnostics.Of(finding, lines))];
                    if (!cancellation.IsCancellationRequested && document.TryRecord(version, diagnostics, review.Register?.Info.Language ?? review.LoadResult.DeclaredLanguage ?? RegisterLanguage.English))
                    {
                        Publish(new PublishDiagnosticsParams(document.Uri, version, diagnostics));
                    }
                }
                catch (OperationCanceledException)
                {
                    // A newer change restarted the review.
                }
                catch (Exception exception)
                {
                    Log($"review of {document.Uri}", exception);
                }
            },
            CancellationToken.None);
    }

    private void Publish(PublishDiagnosticsParams parameters)
    {
        if (_rpc is { } rpc)
        {
            _ = rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", parameters).ContinueWith(
                task => Log("publishDiagnostics", task.Exception!),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
        }
    }

    private void Guard(string handler, Action action) => Guard<object?>(handler, () =>
    {
        action();
        return null;
    });

    private T? Guard<T>(string handler, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception)
        {
            Log(handler, exception);
            return default;
        }
    }

    private void Log(string what, Exception exception)
    {
        lock (_logLock)
        {
            log.WriteLine($"processing-register lsp: {what} failed: {exception}");
            log.Flush();
        }
    }
}
