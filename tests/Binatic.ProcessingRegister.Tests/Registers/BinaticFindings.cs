using System.Text;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Registers;

/// <summary>
/// Every finding on the Binatic register, as the CLI prints it, on the fixed day of the rule tests: in the register's
/// own language, Dutch, as <c>validate</c> writes it by default.
/// </summary>
internal static class BinaticFindings
{
    public static string Text()
    {
        var loaded = RegisterLoader.Parse(File.ReadAllText(Fixture.Register("binatic.yaml")), "registers/binatic.yaml");
        var language = loaded.Register!.Info.Language;
        var findings = loaded.Diagnostics.Select(d => d.In(language))
            .Concat(RegisterValidator.Validate(loaded, RuleFixture.Options with { Language = null }))
            .OrderBy(d => d.Line)
            .ThenBy(d => d.Column);
        var text = new StringBuilder();
        foreach (var finding in findings)
        {
            text.AppendLine(finding.ToString());
        }

        return text.ToString();
    }
}
