using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.References;

/// <summary>
/// The ids a register's text defines and the references it makes to them, each with where it is written, for tools
/// that navigate a register as it is being edited (an editor's completion, go-to-definition and find-references). It
/// reads the YAML alone, so a register that is not (yet) valid still yields the ids and references that can be read.
/// It does not change once made. The text is read within the default limits of loading.
/// </summary>
/// <remarks>
/// The places are those the loader checks: the catalogues' <c>id</c>s, and every list or value
/// that names an id of another part of the register. Nothing is reported here: loading the register says what
/// is wrong with the references.
/// </remarks>
public sealed class RegisterSymbols
{
    // One table of the places, in JSON Pointer form with '*' for any index, so that the walk below stays generic.
    private static readonly Dictionary<string, SymbolKind> DefinitionPlaces = new(StringComparer.Ordinal)
    {
        ["/dataSubjectCategories/*/id"] = SymbolKind.DataSubjectCategory,
        ["/dataCategories/*/id"] = SymbolKind.DataCategory,
        ["/processors/*/id"] = SymbolKind.Party,
        ["/recipients/*/id"] = SymbolKind.Party,
        ["/security/measures/*/id"] = SymbolKind.SecurityMeasure,
        ["/activities/*/id"] = SymbolKind.Activity,
        ["/controllers/*/id"] = SymbolKind.Controller,
        ["/departments/*/id"] = SymbolKind.Department,
        ["/tasks/*/id"] = SymbolKind.Task,
        ["/jointControllerArrangements/*/id"] = SymbolKind.JointControllerArrangement,
        ["/processorRecord/clients/*/id"] = SymbolKind.Client,
        ["/processorRecord/subProcessors/*/id"] = SymbolKind.SubProcessor,
    };

    private static readonly Dictionary<string, SymbolKind> ReferencePlaces = new(StringComparer.Ordinal)
    {
        ["/activities/*/dataSubjects/*"] = SymbolKind.DataSubjectCategory,
        ["/activities/*/dataCategories/*"] = SymbolKind.DataCategory,
        ["/activities/*/recipients/*"] = SymbolKind.Party,
        ["/activities/*/securityMeasures/*"] = SymbolKind.SecurityMeasure,
        ["/activities/*/transfers/*/recipient"] = SymbolKind.Party,
        ["/activities/*/retention/*/dataCategories/*"] = SymbolKind.DataCategory,
        ["/activities/*/specialCategoryConditions/*/dataCategories/*"] = SymbolKind.DataCategory,
        ["/activities/*/controllers/*"] = SymbolKind.Controller,
        ["/activities/*/department"] = SymbolKind.Department,
        ["/activities/*/task"] = SymbolKind.Task,
        ["/activities/*/jointControllerArrangements/*"] = SymbolKind.JointControllerArrangement,
        ["/recipients/*/dataCategories/*"] = SymbolKind.DataCategory,
        ["/transfers/*/recipient"] = SymbolKind.Party,
        ["/retentionPolicy/rules/*/dataCategories/*"] = SymbolKind.DataCategory,
        ["/dataSubjectRights/rights/*/activities/*"] = SymbolKind.Activity,
        ["/tasks/*/department"] = SymbolKind.Department,
        ["/processorRecord/clients/*/processingAgreement/authorisedSubProcessors/*"] = SymbolKind.SubProcessor,
        ["/processorRecord/clients/*/processing/*/subProcessors/*"] = SymbolKind.SubProcessor,
        ["/processorRecord/clients/*/processing/*/securityMeasures/*"] = SymbolKind.SecurityMeasure,
        ["/processorRecord/securityMeasures/*"] = SymbolKind.SecurityMeasure,
        ["/processorRecord/transfers/*/recipient"] = SymbolKind.SubProcessor,
    };

    private readonly List<SymbolDefinition> _definitions = [];
    private readonly List<SymbolReference> _references = [];

    private RegisterSymbols()
    {
    }

    /// <summary>Gets every id a catalogue entry defines, in the order written.</summary>
    public IReadOnlyList<SymbolDefinition> Definitions => _definitions;

    /// <summary>Gets every reference to an id, in the order written.</summary>
    public IReadOnlyList<SymbolReference> References => _references;

    /// <summary>Reads the ids and references of the register written in <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="displayName">The name the spans use for the file, such as its path.</param>
    /// <returns>The symbols; none when the text cannot be read as YAML at all.</returns>
    public static RegisterSymbols Of(string yaml, string displayName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(displayName);
        var parsed = YamlDocumentReader.Read(yaml, displayName, ReadingLimits.Default);
        var symbols = new RegisterSymbols();
        if ((parsed.Tree ?? parsed.Map.Tree) is { Count: > 0 } tree)
        {
            symbols.Walk(tree.Root, [], parsed.Map);
        }

        return symbols;
    }

    private void Walk(DocumentNode node, List<string> path, SourceMap map)
    {
        if (node.Kind == NodeKind.String)
        {
            var place = "/" + string.Join('/', path);
            var at = map.Inside(node.Span.ToLocation(map.File));
            if (DefinitionPlaces.TryGetValue(place, out var defined))
            {
                var name = Parent(node) is { } entry && entry["name"] is { Kind: NodeKind.String } named ? named.Text : null;
                _definitions.Add(new SymbolDefinition(defined, node.Text!, name, at));
            }
            else if (ReferencePlaces.TryGetValue(place, out var referenced))
            {
                _references.Add(new SymbolReference(referenced, node.Text!, at));
            }

            return;
        }

        // The places are at most six steps deep; nothing deeper can be one.
        if (node.Kind is not (NodeKind.Mapping or NodeKind.Sequence) || path.Count >= 6)
        {
            return;
        }

        foreach (var child in node)
        {
            path.Add(node.Kind == NodeKind.Mapping ? child.Key ?? string.Empty : "*");
            Walk(child, path, map);
            path.RemoveAt(path.Count - 1);
        }
    }

    private static DocumentNode? Parent(DocumentNode node) =>
        node.Tree.ParentOf(node.Index) is var parent and >= 0 ? new DocumentNode(node.Tree, parent) : null;
}
