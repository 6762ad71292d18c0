using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary>Turns the review's findings into LSP diagnostics, each linked to the page that explains its rule.</summary>
internal static class FindingDiagnostics
{
    public const string Source = "processing-register";

    // docs/rules.md explains every rule, the loader's checks too, under a heading that is the bare id, so the anchor
    // is the id in lower case whatever the rule's title becomes.
    private const string Docs = "https://github.com/binatic/Binatic.ProcessingRegister/blob/main/docs/rules.md#";

    public static Uri ExplanationOf(string ruleId) => new(Docs + ruleId.ToLowerInvariant());

    public static LspDiagnostic Of(Diagnostic finding, TextLines lines) => new(
        lines.RangeOf(finding.Location),
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
