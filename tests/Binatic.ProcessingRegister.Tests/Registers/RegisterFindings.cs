using System.Text;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Registers;

/// <summary>
/// Every finding on a register in <c>registers/</c>, as the CLI prints it, on the fixed day of the rule tests: in the
/// register's own language, as <c>validate</c> writes it by default, accepted findings marked as accepted.
/// </summary>
internal static class RegisterFindings
{
    /// <summary>Gets the findings on <c>registers/<paramref name="fileName"/></c>, one line each, in the order of the file.</summary>
    public static string Text(string fileName)
    {
        var loaded = RegisterLoader.Parse(File.ReadAllText(Fixture.Register(fileName)), $"registers/{fileName}");
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
