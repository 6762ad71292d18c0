using System.Text;
using Binatic.ProcessingRegister.Tests.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Registers;

/// <summary>
/// Every finding on a register in <c>registers/</c>, as the CLI prints it, on the fixed day of the rule tests: in the
/// register's own language, as <c>validate</c> writes it by default, accepted findings marked as accepted.
/// </summary>
internal static class RegisterFindings
{
    /// <summary>
    /// Gets the findings on <c>registers/<paramref name="fileName"/></c>, one line each, in the order of the file, as
    /// <see cref="RegisterReview"/> finds them: with the records of clients that a processor's record links to.
    /// </summary>
    public static string Text(string fileName)
    {
        var path = Fixture.Register(fileName);
        var review = RegisterReview.OfFile(path, new ReviewOptions { ValidationOptions = RuleFixture.Options with { Language = null } });
        var text = new StringBuilder();
        foreach (var finding in review.Findings)
        {
            text.AppendLine(finding.ToString().Replace(path, $"registers/{fileName}", StringComparison.Ordinal));
        }

        return text.ToString();
    }
}
