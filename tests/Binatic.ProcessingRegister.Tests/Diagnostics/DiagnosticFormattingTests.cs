using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Diagnostics;

public sealed class DiagnosticFormattingTests
{
    [Fact]
    public void A_diagnostic_prints_in_the_canonical_compiler_format()
    {
        var diagnostic = new Diagnostic(
            DiagnosticIds.DuplicateKey,
            DiagnosticSeverity.Error,
            "The key 'name' appears twice.",
            new SourceLocation("registers/example.yaml", 12, 5, 12, 9),
            "/activities/0/name");

        Assert.Equal(
            "registers/example.yaml(12,5): error RPR108: The key 'name' appears twice.",
            diagnostic.ToString());
    }

    [Fact]
    public void A_diagnostic_about_the_whole_file_prints_without_a_position()
    {
        var diagnostic = new Diagnostic(
            DiagnosticIds.InputUnreadable,
            DiagnosticSeverity.Error,
            "The file does not exist.",
            SourceLocation.WholeFile("missing.yaml"),
            string.Empty);

        Assert.Equal("missing.yaml: error RPR100: The file does not exist.", diagnostic.ToString());
    }
}
