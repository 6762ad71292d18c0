using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Walks the YAML event stream once, refusing what a register must not contain (deep nesting, anchors and
/// aliases, more than one document, foreign tags, duplicate or non-text keys, a root that is not a mapping) while
/// the JSON tree is built from the same events. YamlDotNet's parser is a state machine and open collections live
/// on an explicit stack, so nothing here recurses; reading stops at the first nesting level past the limit.
/// </summary>
internal sealed class YamlEventReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    // A mapping looks its keys up by scanning its entries until it has this many; then it builds a table, so that a
    // mapping of a million keys costs linear time, not quadratic.
    private const int KeysScanned = 16;

    // Register nodes take 20 to 40 characters of YAML each (23 in generated registers, which write short lists in
    // brackets). Reserving room for one node per 20 characters means the tree's arrays are almost never regrown and
    // copied, at the price of some unused room in a file of long texts.
    private const int CharactersPerNode = 20;

    private readonly string _text;
    private readonly string _file;
    private readonly ReadingLimits _limits;
    private readonly DocumentTree _tree;

    // The nodes placed in the collections that are open, each collection's above those of the one it is in: a
    // collection's entries are the top of the stack when it closes.
    private readonly List<int> _entries = [];

    // Errors in the structure are kept apart from findings about values: a document with a structural error is
    // refused as a whole, and the value findings (which would describe a tree nobody gets) are dropped.
    private static readonly MessageTemplate InvalidTagUri = new(
        "The tag just before this point is not a valid URI; remove the tag and write a plain value.",
        "De tag vlak voor deze plek is geen geldige URI; verwijder de tag en schrijf een gewone waarde.");

    private static readonly MessageTemplate NoDocument = new(
        "The file holds no YAML document, only comments or nothing at all; expected a mapping of keys to values such as 'activities:'.",
        "Het bestand bevat geen YAML-document, alleen commentaar of helemaal niets; verwacht werd een mapping van sleutels naar waarden, zoals 'activities:'.");

    private static readonly MessageTemplate TooDeep = new(
        "Mappings and sequences are nested more than {depth} levels deep here; a register never needs that much nesting, so flatten this part.",
        "Mappings en lijsten zijn hier meer dan {depth} niveaus diep genest; een register heeft nooit zoveel nesting nodig, dus maak dit deel platter.");

    private static readonly MessageTemplate AliasText = new(
        "The alias {alias} repeats another node, which a register does not allow; write the value out and refer to entries by id instead.",
        "De alias {alias} herhaalt een ander knooppunt, wat een register niet toestaat; schrijf de waarde uit en verwijs in plaats daarvan naar items met hun id.");

    private static readonly MessageTemplate TooManyNodes = new(
        "The document has more than {nodes} values; split the register into smaller files, or raise LoadOptions.MaxNodes (validate --max-nodes) if the file is trusted.",
        "Het document heeft meer dan {nodes} waarden; splits het register in kleinere bestanden, of verhoog LoadOptions.MaxNodes (validate --max-nodes) als het bestand te vertrouwen is.");

    private static readonly MessageTemplate ComplexKeyText = new(
        "This mapping key is {kind}; keys must be plain text, so write the key as a single value such as 'name'.",
        "Deze sleutel is {kind}; sleutels moeten gewone tekst zijn, dus schrijf de sleutel als één waarde, zoals 'name'.");

    private static readonly MessageTemplate MergeKey = new(
        "The merge key '<<' copies the keys of another mapping, which a register does not allow; write the keys out and refer to entries by id instead.",
        "De samenvoegsleutel '<<' kopieert de sleutels van een andere mapping, wat een register niet toestaat; schrijf de sleutels uit en verwijs in plaats daarvan naar items met hun id.");

    private static readonly MessageTemplate DuplicateKeyText = new(
        "The key {key} appears twice in this mapping: first at line {line}, column {column}, again here; remove one of them or merge their values.",
        "De sleutel {key} komt twee keer voor in deze mapping: eerst op regel {line}, kolom {column}, en hier opnieuw; verwijder er een of voeg hun waarden samen.");

    private static readonly MessageTemplate EmptyDocumentText = new(
        "The document is empty; expected a mapping of keys to values such as 'activities:'.",
        "Het document is leeg; verwacht werd een mapping van sleutels naar waarden, zoals 'activities:'.");

    private static readonly MessageTemplate RootNotMappingText = new(
        "The document is {kind}; a register must be a mapping of keys to values at the top level, such as 'activities:'.",
        "Het document is {kind}; een register moet op het hoogste niveau een mapping van sleutels naar waarden zijn, zoals 'activities:'.");

    private static readonly MessageTemplate AnchorText = new(
        "The anchor {anchor} marks a node for reuse, which a register does not allow; remove it and refer to entries by id instead.",
        "Het anker {anchor} markeert een knooppunt voor hergebruik, wat een register niet toestaat; verwijder het en verwijs in plaats daarvan naar items met hun id.");

    private static readonly MessageTemplate ScalarTags = new("!!str, !!int, !!float, !!bool or !!null", "!!str, !!int, !!float, !!bool of !!null");

    private static readonly MessageTemplate UnsupportedTagText = new(
        "The tag {tag} is not supported on {kind}; remove it, or use {allowed}.",
        "De tag {tag} wordt niet ondersteund bij {kind}; verwijder hem, of gebruik {allowed}.");

    private static readonly MessageTemplate AMapping = new("a mapping", "een mapping");
    private static readonly MessageTemplate ASequence = new("a sequence", "een lijst");
    private static readonly MessageTemplate AnAlias = new("an alias", "een alias");
    private static readonly MessageTemplate AScalar = new("a scalar value", "een enkelvoudige waarde");

    private static readonly MessageTemplate SecondDocument = new(
        "A second YAML document starts here; a register file holds exactly one document, so remove this one or move it to a file of its own.",
        "Hier begint een tweede YAML-document; een registerbestand bevat precies één document, dus verwijder dit document of zet het in een eigen bestand.");

    private static readonly MessageTemplate UnpairedKey = new(
        "This is not valid YAML: this mapping entry has a key without a value or a value without a key; write each entry as 'key: value'.",
        "Dit is geen geldige YAML: dit item van de mapping heeft een sleutel zonder waarde of een waarde zonder sleutel; schrijf elk item als 'sleutel: waarde'.");

    private static readonly MessageTemplate TabHint = new(
        "indent with spaces, as YAML does not allow tabs in indentation.",
        "spring in met spaties, want YAML staat geen tabs in de inspringing toe.");

    private static readonly MessageTemplate SyntaxHint = new(
        "check the indentation, colons, quotes and brackets at this point.",
        "controleer op deze plek de inspringing, dubbele punten, aanhalingstekens en haakjes.");

    private static readonly MessageTemplate NotValidYaml = new(
        "This is not valid YAML: {what}; {hint}",
        "Dit is geen geldige YAML: {what}; {hint}");

    private readonly List<Diagnostic> _errors = [];
    private readonly List<Diagnostic> _findings = [];
    private readonly List<ScanFrame> _frames = [];
    private readonly SharedStrings _strings = new();
    private int _depth;
    private int _documents;
    private int _nodes;
    private bool _valueErrors;
    private bool _valuesStopped;

    private YamlEventReader(string text, string file, ReadingLimits limits)
    {
        _text = text;
        _file = file;
        _limits = limits;
        _tree = new DocumentTree(Math.Min(text.Length / CharactersPerNode, limits.MaxNodes));
    }

    private ScanFrame? Top => _depth == 0 ? null : _frames[_depth - 1];

    /// <summary>Reads <paramref name="text"/> into a tree of its nodes and where each was written.</summary>
    /// <returns>
    /// The tree, as far as it was read; whether it is the whole document and free of errors; and everything found.
    /// </returns>
    public static (DocumentTree Tree, bool IsComplete, List<Diagnostic> Diagnostics) Read(string text, string file, ReadingLimits limits)
    {
        var reader = new YamlEventReader(text, file, limits);
        reader.Run();
        reader.CloseAll();
        return reader._errors.Count > 0
            ? (reader._tree, false, reader._errors)
            : (reader._tree, !reader._valueErrors && reader._tree.Count > 0, reader._findings);
    }

    private void Run()
    {
        using var events = ParserEvents.Of(_text);
        while (events.TryNext(out var evt))
        {
            if (!Visit(evt) || _errors.Count >= YamlDocumentReader.MaxDiagnostics)
            {
                return;
            }
        }

        switch (events.Failure)
        {
            case YamlException ex:
                ReportSyntaxError(ex.Message, ex.Start, ex.End, events.FailurePosition);
                return;
            case InvalidOperationException:
                // YamlDotNet 18.1 throws this, with neither message nor position, for a line inside a flow collection
                // that is indented less than the collection; the scanner has stopped where it gave up.
                ReportSyntaxError("the text cannot be read past this point", Mark.Empty, Mark.Empty, events.FailurePosition);
                return;
            case ArgumentException:
                // YamlDotNet refuses a tag that does not decode to a valid URI (such as !!a%20b) with an
                // ArgumentException after reading it, so the scanner stands just past the tag.
                Report(
                    DiagnosticIds.UnsupportedTag,
                    InvalidTagUri.Text(),
                    events.FailurePosition,
                    events.FailurePosition,
                    CurrentStep());
                return;
        }

        if (_documents == 0)
        {
            _errors.Add(new Diagnostic(
                DiagnosticIds.EmptyDocument,
                DiagnosticSeverity.Error,
                NoDocument.Text(),
                SourceLocation.StartOfFile(_file),
                JsonPointer.Root));
        }
    }

    /// <returns>False when the problem found is fatal and reading must stop.</returns>
    private bool Visit(ParsingEvent evt)
    {
        switch (evt)
        {
            case Scalar scalar:
                return VisitScalar(scalar);
            case MappingEnd or SequenceEnd:
                var closed = Close();
                return closed is not { IsMapping: true, ExpectsKey: false } || ReportUnpairedKey(closed);
            case MappingStart or SequenceStart:
                return VisitCollection((NodeEvent)evt);
            case AnchorAlias alias:
                return VisitAlias(alias);
            case DocumentStart:
                return ++_documents == 1 || ReportSecondDocument(evt);
            default:
                return true;
        }
    }

    /// <summary>Closes the innermost open collection, listing its entries in the tree.</summary>
    private ScanFrame Close()
    {
        var closed = _frames[--_depth];
        var entries = CollectionsMarshal.AsSpan(_entries)[closed.FirstEntry..];
        _tree.SetChildren(closed.Node, entries);
        _entries.RemoveRange(closed.FirstEntry, entries.Length);
        return closed;
    }

    /// <summary>Closes what reading stopped inside, so that the part read can still be located.</summary>
    private void CloseAll()
    {
        while (_depth > 0)
        {
            Close();
        }
    }

    private bool VisitScalar(Scalar scalar)
    {
        var parent = Top;
        var (step, isKey) = Place(scalar);
        if (!CheckNode(scalar, step))
        {
            return false;
        }

        if (isKey)
        {
            return true;
        }

        ScalarValue value;
        if (_errors.Count > 0 || _valuesStopped)
        {
            // The tree will not be used; the node only keeps the key, so later duplicates are still found.
            value = ScalarValue.Null;
        }
        else if (ScalarValues.Read(scalar, _strings.Share(scalar.Value), out value) is { } finding)
        {
            ReportValue(finding, scalar, step);
        }

        Attach(_tree.AddScalar(value, Marks.ToSpan(scalar.Start, scalar.End)), parent, step);
        return true;
    }

    private bool VisitCollection(NodeEvent node)
    {
        var parent = Top;
        var (step, isKey) = Place(node);
        if (!CheckNode(node, step))
        {
            return false;
        }

        if (_depth >= _limits.MaxDepth)
        {
            Report(
                DiagnosticIds.NestingTooDeep,
                TooDeep.With(("depth", _limits.MaxDepth)),
                node.Start,
                node.End,
                step);
            return false;
        }

        var isMapping = node is MappingStart;
        var collection = _tree.AddCollection(isMapping, Marks.ToSpan(node.Start, node.End));
        if (!isKey)
        {
            Attach(collection, parent, step);
        }

        if (_depth == _frames.Count)
        {
            _frames.Add(new ScanFrame());
        }

        _frames[_depth++].Open(isMapping, step, collection, _entries.Count);
        return true;
    }

    private bool VisitAlias(AnchorAlias alias)
    {
        var parent = Top;
        var (step, isKey) = Place(alias);
        Report(
            DiagnosticIds.AliasNotAllowed,
            AliasText.With(("alias", DiagnosticText.Quote("*" + alias.Value.Value))),
            alias.Start,
            alias.End,
            step);
        if (!CountNode(alias, step))
        {
            return false;
        }

        if (!isKey)
        {
            // The document is refused; the stand-in keeps the key, so a repeat of it is still reported.
            Attach(_tree.AddScalar(ScalarValue.Null, Marks.ToSpan(alias.Start, alias.End)), parent, step);
        }

        return true;
    }

    private bool CheckNode(NodeEvent node, PointerStep step)
    {
        CheckAnchor(node, step);
        CheckTag(node, step);
        return CountNode(node, step);
    }

    /// <summary>Stops a huge document before all of it is built.</summary>
    private bool CountNode(ParsingEvent node, PointerStep step)
    {
        if (++_nodes <= _limits.MaxNodes)
        {
            return true;
        }

        Report(
            DiagnosticIds.InputTooLarge,
            TooManyNodes.With(("nodes", _limits.MaxNodes.ToString("N0", CultureInfo.InvariantCulture))),
            node.Start,
            node.End,
            step);
        return false;
    }

    /// <summary>Works out whether a node is the root, a key, a mapping value or a sequence entry.</summary>
    /// <returns>How the node's JSON Pointer continues from its parent's, and whether the node is a mapping key.</returns>
    private (PointerStep Step, bool IsKey) Place(ParsingEvent node)
    {
        var parent = Top;
        if (parent is null)
        {
            CheckRoot(node);
            return (PointerStep.None, false);
        }

        if (!parent.IsMapping)
        {
            return (PointerStep.ToIndex(parent.Count++), false);
        }

        if (!parent.ExpectsKey)
        {
            parent.ExpectsKey = true;
            return (parent.CurrentKey is { } key ? PointerStep.ToKey(key) : PointerStep.None, false);
        }

        parent.ExpectsKey = false;
        parent.CurrentKey = null;
        parent.ValueBelongs = false;
        parent.KeyStart = node.Start;
        switch (node)
        {
            case Scalar scalar:
                parent.CurrentKey = _strings.Share(scalar.Value);
                var step = PointerStep.ToKey(parent.CurrentKey);
                CheckKey(parent, scalar, step);
                return (step, true);
            case AnchorAlias:
                return (PointerStep.None, true);
            default:
                Report(
                    DiagnosticIds.ComplexKey,
                    ComplexKeyText.With(("kind", KindOf(node))),
                    node.Start,
                    node.End,
                    PointerStep.None);
                return (PointerStep.None, true);
        }
    }

    private void CheckKey(ScanFrame mapping, Scalar key, PointerStep step)
    {
        if (key.Style == ScalarStyle.Plain && key.Tag.IsEmpty && key.Value == "<<")
        {
            Report(
                DiagnosticIds.AliasNotAllowed,
                MergeKey.Text(),
                key.Start,
                key.End,
                step);
        }

        // Keys are compared as the JSON property names they become, so 1 and "1" collide as they would in JSON.
        if (FindKey(mapping, key.Value) is var first and >= 0)
        {
            var at = _tree.KeySpanOf(first);
            Report(
                DiagnosticIds.DuplicateKey,
                DuplicateKeyText.With(("key", DiagnosticText.Quote(key.Value)), ("line", at.Line), ("column", at.Column)),
                key.Start,
                key.End,
                step);
            return;
        }

        mapping.ValueBelongs = true;
        mapping.KeySpan = Marks.ToSpan(key.Start, key.End);
    }

    /// <summary>
    /// Hangs a node that is the root, a sequence entry or a mapping value (never a key) in its collection. A value whose
    /// key is repeated or not text is kept out: reading goes on to find its problems, and the document is refused anyway.
    /// </summary>
    private void Attach(int node, ScanFrame? parent, PointerStep step)
    {
        if (parent is null)
        {
            return;
        }

        if (!parent.IsMapping)
        {
            _tree.PlaceInSequence(node, parent.Node, step.Index);
        }
        else if (parent.ValueBelongs)
        {
            _tree.PlaceInMapping(node, parent.Node, _entries.Count - parent.FirstEntry, parent.CurrentKey!, parent.KeySpan);
            parent.Keys?.Add(parent.CurrentKey!, node);
        }
        else
        {
            return;
        }

        _entries.Add(node);
    }

    /// <summary>Finds the value already placed under <paramref name="key"/> in an open mapping.</summary>
    /// <returns>The value's node, or -1.</returns>
    private int FindKey(ScanFrame mapping, string key)
    {
        var entries = CollectionsMarshal.AsSpan(_entries)[mapping.FirstEntry..];
        if (mapping.Keys is null && entries.Length >= KeysScanned)
        {
            mapping.Keys = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                mapping.Keys.Add(_tree.KeyOf(entry)!, entry);
            }
        }

        if (mapping.Keys is not null)
        {
            return mapping.Keys.TryGetValue(key, out var found) ? found : -1;
        }

        foreach (var entry in entries)
        {
            if (string.Equals(_tree.KeyOf(entry), key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return -1;
    }

    private void CheckRoot(ParsingEvent node)
    {
        if (node is MappingStart)
        {
            return;
        }

        if (node is Scalar { Style: ScalarStyle.Plain, Value.Length: 0 } empty && empty.Tag.IsEmpty && empty.Anchor.IsEmpty)
        {
            _errors.Add(new Diagnostic(
                DiagnosticIds.EmptyDocument,
                DiagnosticSeverity.Error,
                EmptyDocumentText.Text(),
                SourceLocation.StartOfFile(_file),
                JsonPointer.Root));
            return;
        }

        Report(
            DiagnosticIds.RootNotMapping,
            RootNotMappingText.With(("kind", KindOf(node))),
            node.Start,
            node.End,
            PointerStep.None);
    }

    private void CheckAnchor(NodeEvent node, PointerStep step)
    {
        if (!node.Anchor.IsEmpty)
        {
            Report(
                DiagnosticIds.AliasNotAllowed,
                AnchorText.With(("anchor", DiagnosticText.Quote("&" + node.Anchor.Value))),
                node.Start,
                node.End,
                step);
        }
    }

    private void CheckTag(NodeEvent node, PointerStep step)
    {
        if (node.Tag.IsEmpty || IsCoreTag(node))
        {
            return;
        }

        var allowed = node switch
        {
            MappingStart => (object)"!!map",
            SequenceStart => "!!seq",
            _ => ScalarTags.Text(),
        };
        Report(
            DiagnosticIds.UnsupportedTag,
            UnsupportedTagText.With(("tag", DiagnosticText.Quote(ShortTag(node.Tag.ToString()))), ("kind", KindOf(node)), ("allowed", allowed)),
            node.Start,
            node.End,
            step);
    }

    private static bool IsCoreTag(NodeEvent node)
    {
        var tag = node.Tag.ToString();
        if (!tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var name = tag.AsSpan(CoreTagPrefix.Length);
        return node switch
        {
            MappingStart => name is "map",
            SequenceStart => name is "seq",
            _ => name is "str" or "int" or "float" or "bool" or "null",
        };
    }

    private static string ShortTag(string tag) =>
        tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag[CoreTagPrefix.Length..] : tag;

    private static MessageText KindOf(ParsingEvent node) => node switch
    {
        MappingStart => AMapping.Text(),
        SequenceStart => ASequence.Text(),
        AnchorAlias => AnAlias.Text(),
        _ => AScalar.Text(),
    };

    private bool ReportSecondDocument(ParsingEvent start)
    {
        Report(
            DiagnosticIds.MultipleDocuments,
            SecondDocument.Text(),
            start.Start,
            start.End,
            PointerStep.None);
        return false;
    }

    private bool ReportUnpairedKey(ScanFrame mapping)
    {
        // YamlDotNet 18.1 drops a node of some entries with an empty key, such as "- : value", leaving a mapping
        // with a key but no value. The frame is already closed, so its own step ends the pointer.
        Report(
            DiagnosticIds.YamlSyntax,
            UnpairedKey.Text(),
            mapping.KeyStart,
            mapping.KeyStart,
            mapping.Step);
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
        var hint = onTab ? TabHint.Text() : SyntaxHint.Text();
        var what = reason.ReplaceLineEndings(" ").TrimEnd('.', ' ');
        what = what.Length > 0 ? char.ToLowerInvariant(what[0]) + what[1..] : what;
        Report(DiagnosticIds.YamlSyntax, NotValidYaml.With(("what", what), ("hint", hint)), start, end, CurrentStep());
    }

    /// <summary>Gets the step to the value being read when reading stopped, as near as the open collections tell.</summary>
    private PointerStep CurrentStep() =>
        Top is { IsMapping: true, ExpectsKey: false, CurrentKey: { } key } ? PointerStep.ToKey(key) : PointerStep.None;

    /// <summary>Spells out the pointer of a node placed by <paramref name="step"/> in the innermost open collection.</summary>
    private string PointerOf(PointerStep step)
    {
        var pointer = new StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            _frames[i].Step.AppendTo(pointer);
        }

        step.AppendTo(pointer);
        return pointer.ToString();
    }

    private void Report(string ruleId, MessageText message, Mark start, Mark end, PointerStep step) =>
        _errors.Add(new Diagnostic(
            ruleId,
            DiagnosticSeverity.Error,
            message,
            Marks.ToSpan(start, end).ToLocation(_file),
            PointerOf(step)));

    private void ReportValue(ScalarFinding finding, Scalar scalar, PointerStep step)
    {
        var isError = finding.Severity == DiagnosticSeverity.Error;
        _valueErrors |= isError;
        if (isError || _findings.Count < YamlDocumentReader.MaxDiagnostics)
        {
            _findings.Add(new Diagnostic(finding.RuleId, finding.Severity, finding.Message, Marks.ToSpan(scalar.Start, scalar.End).ToLocation(_file), PointerOf(step)));
        }

        _valuesStopped |= _findings.Count >= YamlDocumentReader.MaxDiagnostics && _valueErrors;
    }
}
