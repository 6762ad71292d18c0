using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary>Turns the review's findings into LSP diagnostics, each linked to the page that explains its rule.</summary>
internal static class FindingDiagnostics
{
    public const string Source = "processing-register";

    // docs/rules.md lists the rules of the review (RPR001-RPR099) in one table without an anchor per rule, and
    // docs/loading.md the loader's (RPR100 and up) under one heading: the link goes to the table that holds the id.
    private const string Docs = "https://github.com/binatic/Binatic.ProcessingRegister/blob/main/docs/";

    public static Uri ExplanationOf(string ruleId) =>
        ruleId.Length == 6 && ruleId.StartsWith("RPR", StringComparison.Ordinal) && ruleId[3] != '0'
            ? new Uri(Docs + "loading.md#the-loaders-findings")
            : new Uri(Docs + "rules.md");

    public static LspDiagnostic Of(Diagnostic finding, string text) => new(
        TextPositions.RangeOf(finding.Location, text),
        finding.IsAccepted ? 4 : finding.Severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            _ => 3,
        },
        finding.RuleId,
        new CodeDescription(ExplanationOf(finding.RuleId)),
        Source,
        finding.IsAccepted ? $"{finding.Message} (accepted: {finding.AcceptedReason})" : finding.Message);
}
