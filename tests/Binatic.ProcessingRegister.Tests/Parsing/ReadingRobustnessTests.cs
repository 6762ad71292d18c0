using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Parsing;

public sealed class ReadingRobustnessTests
{
    [Fact]
    public void Reading_an_entry_whose_key_yaml_dot_net_drops_reports_a_syntax_error_instead_of_throwing()
    {
        var document = ParsingFixture.Read("activities:\n  - : payroll\n");

        var finding = ParsingFixture.SingleFinding(document, DiagnosticIds.YamlSyntax);
        Assert.Equal((2, 6), (finding.Line, finding.Column));
        Assert.Equal("/activities/0", finding.JsonPointer);
    }

    [Fact]
    public void Reading_random_edits_of_the_fixtures_never_throws_and_gives_a_tree_exactly_when_there_is_no_error()
    {
        // Random edits found each of the YamlDotNet exceptions the reader now turns into diagnostics; a fixed
        // seed keeps this run repeatable.
        const string characters = " \t\n\r:-?[]{},#&*!|>'\"%@`~.0123456789abyNO<\\é\uFEFF\0";
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Parsing", "Fixtures"))
            .Select(File.ReadAllText)
            .Where(text => text.Length > 0)
            .ToArray();
        var random = new Random(20251125);

        for (var run = 0; run < 10_000; run++)
        {
            var text = new System.Text.StringBuilder(fixtures[random.Next(fixtures.Length)]);
            for (var edit = random.Next(1, 10); edit > 0; edit--)
            {
                var at = random.Next(text.Length);
                _ = random.Next(3) switch
                {
                    0 => text.Insert(at, characters[random.Next(characters.Length)]),
                    1 => text.Remove(at, 1),
                    _ => text.Replace(text[at], characters[random.Next(characters.Length)], at, 1),
                };
            }

            var document = ParsingFixture.Read(text.ToString());

            var hasError = document.Diagnostics.Any(finding => finding.Severity == DiagnosticSeverity.Error);
            Assert.True(hasError == !document.Map.IsComplete, text.ToString());
            Assert.All(document.Diagnostics, finding => Assert.DoesNotContain('\n', finding.Message));
        }
    }
}
