using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.References;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary>What is at a place in a register: an id's definition, a reference, or a place where a reference may be typed.</summary>
internal static partial class SymbolLookup
{
    // The keys whose values (or list items) name an id, when they are nested: at the top level the same names are catalogues.
    private static readonly Dictionary<string, SymbolKind> ReferenceKeys = new(StringComparer.Ordinal)
    {
        ["dataSubjects"] = SymbolKind.DataSubjectCategory,
        ["dataCategories"] = SymbolKind.DataCategory,
        ["recipients"] = SymbolKind.Party,
        ["recipient"] = SymbolKind.Party,
        ["securityMeasures"] = SymbolKind.SecurityMeasure,
        ["controllers"] = SymbolKind.Controller,
        ["department"] = SymbolKind.Department,
        ["task"] = SymbolKind.Task,
        ["jointControllerArrangements"] = SymbolKind.JointControllerArrangement,
        ["activities"] = SymbolKind.Activity,
        ["subProcessors"] = SymbolKind.SubProcessor,
        ["authorisedSubProcessors"] = SymbolKind.SubProcessor,
    };

    /// <summary>Gets the kind and id of the definition or reference at <paramref name="position"/>.</summary>
    public static (SymbolKind Kind, string Id)? At(RegisterSymbols symbols, Position position)
    {
        foreach (var reference in symbols.References)
        {
            if (TextPositions.Contains(reference.Span, position))
            {
                return (reference.Kind, reference.Id);
            }
        }

        foreach (var definition in symbols.Definitions)
        {
            if (TextPositions.Contains(definition.Span, position))
            {
                return (definition.Kind, definition.Id);
            }
        }

        return null;
    }

    /// <summary>
    /// Gets the kind of id that may be written at <paramref name="position"/>: an existing reference there, or, while
    /// the reference is being typed and is not yet a value of the tree, the key the line's item or value belongs to.
    /// </summary>
    public static SymbolKind? CompletionKind(RegisterSymbols symbols, TextLines lines, Position position)
    {
        foreach (var reference in symbols.References)
        {
            if (TextPositions.Contains(reference.Span, position))
            {
                return reference.Kind;
            }
        }

        var line = lines.LineOf(position.Line);
        var typed = line[..Math.Min(position.Character, line.Length)];
        if (KeyValue().Match(typed) is { Success: true } keyValue)
        {
            var key = keyValue.Groups["key"].Value;
            return keyValue.Index + keyValue.Groups["indent"].Length > 0 && ReferenceKeys.TryGetValue(key, out var single) ? single : null;
        }

        if (ListItem().Match(typed) is not { Success: true } item)
        {
            return null;
        }

        // A list item belongs to the nearest line above that is less indented and ends with a key.
        var indent = item.Groups["indent"].Length;
        for (var above = position.Line - 1; above >= 0; above--)
        {
            var candidate = lines.LineOf(above);
            var candidateIndent = candidate.Length - candidate.TrimStart(' ').Length;
            if (candidate.Trim().Length == 0 || candidate.TrimStart().StartsWith('#') || candidateIndent > indent)
            {
                continue;
            }

            if (KeyOnly().Match(candidate) is { Success: true } owner)
            {
                var ownerIndent = owner.Groups["indent"].Length;
                if (ownerIndent < indent || (ownerIndent == indent && candidate.TrimStart().StartsWith('-') is false))
                {
                    return ownerIndent > 0 && ReferenceKeys.TryGetValue(owner.Groups["key"].Value, out var listed) ? listed : null;
                }
            }

            if (candidateIndent < indent)
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<indent>[ ]*)(?:-[ ]+)?(?<key>[A-Za-z]+):[ ]+[^ \[\]{},#]*$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(?<indent>[ ]*)-[ ]*[^ \[\]{},#:]*$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?<indent>[ ]*)(?:-[ ]+)?(?<key>[A-Za-z]+):[ ]*(?:#.*)?$")]
    private static partial Regex KeyOnly();
}
