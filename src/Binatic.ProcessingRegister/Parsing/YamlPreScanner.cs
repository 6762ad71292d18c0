using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Walks the YAML event stream once, before any tree is built, and refuses what a register must not contain:
/// deep nesting, anchors and aliases, more than one document, foreign tags, duplicate or non-text keys and a
/// root that is not a mapping. YamlDotNet's parser is a state machine, so this pass cannot overflow the stack,
/// and it stops at the first nesting level past the limit, so it cannot be made to run long either.
/// </summary>
internal sealed class YamlPreScanner
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private readonly string _text;
    private readonly string _file;
    private readonly LoadOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Stack<ScanFrame> _frames = new();
    private int _documents;
    private int _nodes;

    private YamlPreScanner(string text, string file, LoadOptions options, List<Diagnostic> diagnostics)
    {
        _text = text;
        _file = file;
        _options = options;
        _diagnostics = diagnostics;
    }

    /// <summary>Scans <paramref name="text"/>, adding what it finds to <paramref name="diagnostics"/>.</summary>
    /// <returns>True when the text is one well-formed document that may be loaded as a tree.</returns>
    public static bool Scan(string text, string file, LoadOptions options, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        new YamlPreScanner(text, file, options, diagnostics).Run();
        return diagnostics.Count == before;
    }

    private void Run()
    {
        var scanner = new Scanner(new StringReader(_text));
        var parser = new Parser(scanner);
        try
        {
            while (parser.MoveNext())
            {
                if (!Visit(parser.Current!) || _diagnostics.Count >= YamlDocumentReader.MaxDiagnostics)
                {
                    return;
                }
            }
        }
        catch (YamlException ex)
        {
            ReportSyntaxError(ex.Message, ex.Start, ex.End, scanner.CurrentPosition);
            return;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1 throws this, with neither message nor position, for a line inside a flow collection
            // that is indented less than the collection; the scanner has stopped where it gave up.
            ReportSyntaxError("the text cannot be read past this point", Mark.Empty, Mark.Empty, scanner.CurrentPosition);
            return;
        }
        catch (ArgumentException)
        {
            // YamlDotNet refuses a tag that does not decode to a valid URI (such as !!a%20b) with an
            // ArgumentException after reading it, so the scanner stands just past the tag.
            var at = scanner.CurrentPosition;
            Report(
                DiagnosticIds.UnsupportedTag,
                "The tag just before this point is not a valid URI; remove the tag and write a plain value.",
                at,
                at,
                CurrentPointer());
            return;
        }

        if (_documents == 0)
        {
            _diagnostics.Add(new Diagnostic(
                DiagnosticIds.EmptyDocument,
                DiagnosticSeverity.Error,
                "The file holds no YAML document, only comments or nothing at all; expected a mapping of keys to values such as 'activities:'.",
                SourceLocation.WholeFile(_file),
                JsonPointer.Root));
        }
    }

    /// <returns>False when the problem found is fatal and scanning must stop.</returns>
    private bool Visit(ParsingEvent evt)
    {
        switch (evt)
        {
            case DocumentStart:
                return ++_documents == 1 || ReportSecondDocument(evt);
            case MappingEnd or SequenceEnd:
                return _frames.Pop() is not { IsMapping: true, ExpectsKey: false } unpaired || ReportUnpairedKey(unpaired);
            case AnchorAlias alias:
                var aliasPointer = Place(alias);
                ReportAlias(alias, aliasPointer);
                return CountNode(alias, aliasPointer);
            case NodeEvent node:
                return VisitNode(node);
            default:
                return true;
        }
    }

    private bool VisitNode(NodeEvent node)
    {
        var pointer = Place(node);
        CheckAnchor(node, pointer);
        CheckTag(node, pointer);
        if (!CountNode(node, pointer))
        {
            return false;
        }

        var isMapping = node is MappingStart;
        if (!isMapping && node is not SequenceStart)
        {
            return true;
        }

        if (_frames.Count >= _options.MaxDepth)
        {
            Report(
                DiagnosticIds.NestingTooDeep,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Mappings and sequences are nested more than {_options.MaxDepth} levels deep here; a register never needs that much nesting, so flatten this part."),
                node.Start,
                node.End,
                pointer);
            return false;
        }

        _frames.Push(new ScanFrame(isMapping, pointer));
        return true;
    }

    /// <summary>Stops a huge document before a tree of it is built.</summary>
    private bool CountNode(ParsingEvent node, string pointer)
    {
        if (++_nodes <= YamlDocumentReader.NodeBudget)
        {
            return true;
        }

        Report(
            DiagnosticIds.InputTooLarge,
            string.Create(CultureInfo.InvariantCulture, $"The document has more than {YamlDocumentReader.NodeBudget:N0} values; split the register into smaller files."),
            node.Start,
            node.End,
            pointer);
        return false;
    }

    /// <summary>Works out whether a node is the root, a key, a mapping value or a sequence entry.</summary>
    /// <returns>The JSON Pointer the node will have in the tree.</returns>
    private string Place(ParsingEvent node)
    {
        if (!_frames.TryPeek(out var parent))
        {
            CheckRoot(node);
            return JsonPointer.Root;
        }

        if (!parent.IsMapping)
        {
            return JsonPointer.Append(parent.Pointer, parent.Count++);
        }

        if (!parent.ExpectsKey)
        {
            parent.ExpectsKey = true;
            return parent.CurrentKey is { } key ? JsonPointer.Append(parent.Pointer, key) : parent.Pointer;
        }

        parent.ExpectsKey = false;
        parent.CurrentKey = null;
        parent.KeyStart = node.Start;
        switch (node)
        {
            case Scalar scalar:
                parent.CurrentKey = scalar.Value;
                var pointer = JsonPointer.Append(parent.Pointer, scalar.Value);
                CheckKey(parent, scalar, pointer);
                return pointer;
            case AnchorAlias:
                return parent.Pointer;
            default:
                Report(
                    DiagnosticIds.ComplexKey,
                    $"This mapping key is {KindOf(node)}; keys must be plain text, so write the key as a single value such as 'name'.",
                    node.Start,
                    node.End,
                    parent.Pointer);
                return parent.Pointer;
        }
    }

    private void CheckKey(ScanFrame mapping, Scalar key, string pointer)
    {
        if (key.Style == ScalarStyle.Plain && key.Tag.IsEmpty && key.Value == "<<")
        {
            Report(
                DiagnosticIds.AliasNotAllowed,
                "The merge key '<<' copies the keys of another mapping, which a register does not allow; write the keys out and refer to entries by id instead.",
                key.Start,
                key.End,
                pointer);
        }

        // Keys are compared as the JSON property names they become, so 1 and "1" collide as they would in JSON.
        if (mapping.Keys.TryGetValue(key.Value, out var first))
        {
            Report(
                DiagnosticIds.DuplicateKey,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The key {DiagnosticText.Quote(key.Value)} appears twice in this mapping: first at line {first.Line}, column {first.Column}, again here; remove one of them or merge their values."),
                key.Start,
                key.End,
                pointer);
            return;
        }

        mapping.Keys.Add(key.Value, key.Start);
    }

    private void CheckRoot(ParsingEvent node)
    {
        if (node is MappingStart)
        {
            return;
        }

        if (node is Scalar { Style: ScalarStyle.Plain, Value.Length: 0 } empty && empty.Tag.IsEmpty && empty.Anchor.IsEmpty)
        {
            _diagnostics.Add(new Diagnostic(
                DiagnosticIds.EmptyDocument,
                DiagnosticSeverity.Error,
                "The document is empty; expected a mapping of keys to values such as 'activities:'.",
                SourceLocation.WholeFile(_file),
                JsonPointer.Root));
            return;
        }

        Report(
            DiagnosticIds.RootNotMapping,
            $"The document is {KindOf(node)}; a register must be a mapping of keys to values at the top level, such as 'activities:'.",
            node.Start,
            node.End,
            JsonPointer.Root);
    }

    private void ReportAlias(AnchorAlias alias, string pointer) =>
        Report(
            DiagnosticIds.AliasNotAllowed,
            $"The alias {DiagnosticText.Quote("*" + alias.Value.Value)} repeats another node, which a register does not allow; write the value out and refer to entries by id instead.",
            alias.Start,
            alias.End,
            pointer);

    private void CheckAnchor(NodeEvent node, string pointer)
    {
        if (!node.Anchor.IsEmpty)
        {
            Report(
                DiagnosticIds.AliasNotAllowed,
                $"The anchor {DiagnosticText.Quote("&" + node.Anchor.Value)} marks a node for reuse, which a register does not allow; remove it and refer to entries by id instead.",
                node.Start,
                node.End,
                pointer);
        }
    }

    private void CheckTag(NodeEvent node, string pointer)
    {
        if (node.Tag.IsEmpty || IsCoreTag(node))
        {
            return;
        }

        var allowed = node switch
        {
            MappingStart => "!!map",
            SequenceStart => "!!seq",
            _ => "!!str, !!int, !!float, !!bool or !!null",
        };
        Report(
            DiagnosticIds.UnsupportedTag,
            $"The tag {DiagnosticText.Quote(ShortTag(node.Tag.ToString()))} is not supported on {KindOf(node)}; remove it, or use {allowed}.",
            node.Start,
            node.End,
            pointer);
    }

    private static bool IsCoreTag(NodeEvent node)
    {
        var tag = node.Tag.ToString();
        if (!tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var name = tag[CoreTagPrefix.Length..];
        return node switch
        {
            MappingStart => name == "map",
            SequenceStart => name == "seq",
            _ => name is "str" or "int" or "float" or "bool" or "null",
        };
    }

    private static string ShortTag(string tag) =>
        tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag[CoreTagPrefix.Length..] : tag;

    private static string KindOf(ParsingEvent node) => node switch
    {
        MappingStart => "a mapping",
        SequenceStart => "a sequence",
        AnchorAlias => "an alias",
        _ => "a scalar value",
    };

    private bool ReportSecondDocument(ParsingEvent start)
    {
        Report(
            DiagnosticIds.MultipleDocuments,
            "A second YAML document starts here; a register file holds exactly one document, so remove this one or move it to a file of its own.",
            start.Start,
            start.End,
            JsonPointer.Root);
        return false;
    }

    private bool ReportUnpairedKey(ScanFrame mapping)
    {
        // YamlDotNet 18.1 drops a node of some entries with an empty key, such as "- : value", leaving a mapping
        // with a key but no value, which YamlStream cannot load.
        Report(
            DiagnosticIds.YamlSyntax,
            "This is not valid YAML: this mapping entry has a key without a value or a value without a key; write each entry as 'key: value'.",
            mapping.KeyStart,
            mapping.KeyStart,
            mapping.Pointer);
        return false;
    }

    private void ReportSyntaxError(string reason, Mark errorStart, Mark errorEnd, Mark scannerPosition)
    {
        // Some YamlDotNet errors carry no position (Mark.Empty), and tab errors point at the enclosing scalar or
        // mapping; in both cases the scanner has stopped on the offending character.
        var onTab = scannerPosition.Index < _text.Length && _text[(int)scannerPosition.Index] == '\t';
        var (start, end) = onTab || errorStart.Equals(Mark.Empty)
            ? (scannerPosition, scannerPosition)
            : (errorStart, errorEnd);
        var hint = onTab
            ? "indent with spaces, as YAML does not allow tabs in indentation."
            : "check the indentation, colons, quotes and brackets at this point.";
        var what = reason.ReplaceLineEndings(" ").TrimEnd('.', ' ');
        what = what.Length > 0 ? char.ToLowerInvariant(what[0]) + what[1..] : what;
        Report(DiagnosticIds.YamlSyntax, $"This is not valid YAML: {what}; {hint}", start, end, CurrentPointer());
    }

    /// <summary>Gets the pointer of the value being read when reading stopped, as near as the open collections tell.</summary>
    private string CurrentPointer()
    {
        if (!_frames.TryPeek(out var frame))
        {
            return JsonPointer.Root;
        }

        return frame is { IsMapping: true, ExpectsKey: false, CurrentKey: { } key } ? JsonPointer.Append(frame.Pointer, key) : frame.Pointer;
    }

    private void Report(string ruleId, string message, Mark start, Mark end, string pointer) =>
        _diagnostics.Add(new Diagnostic(
            ruleId,
            DiagnosticSeverity.Error,
            message,
            Marks.ToSpan(start, end).ToLocation(_file),
            pointer));
}
