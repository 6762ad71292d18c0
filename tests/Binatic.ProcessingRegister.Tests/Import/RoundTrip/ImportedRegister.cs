using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Import.RoundTrip;

/// <summary>
/// Loads an imported register with the library's loader. A multi-controller register exported in a layout without a
/// column for the activity's controllers (ICO, CNIL) comes back with activities that name none, which the loader
/// refuses (RPR132); the user fills them in. This does what the user does, with the first controller, which no
/// projection compares, so that the rest of the register can be loaded and compared. Everything else a layout does
/// not hold the loader accepts as missing, for the review to report.
/// </summary>
internal static class ImportedRegister
{
    // The loader checks references only once the schema passes, so a second round may find more to fill in.
    private const int Rounds = 2;

    public static Register Load(string yaml, string name)
    {
        var text = yaml;
        for (var round = 0; round < Rounds; round++)
        {
            var loaded = RegisterLoader.Parse(text, name);
            if (loaded.Register is { } register)
            {
                return register;
            }

            var missing = loaded.Diagnostics.Where(finding => finding.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(
                missing.TrueForAll(finding => Placeholder(finding, text) is not null),
                "The imported register does not load:" + Environment.NewLine + string.Join(Environment.NewLine, loaded.Diagnostics) + Environment.NewLine + text);

            var lines = text.Split('\n').ToList();

            // From the last line up, so that an inserted line moves none of the lines still to come. A key missing
            // from a mapping goes under the mapping's first key; one missing at the top, before it.
            foreach (var finding in missing.OrderByDescending(finding => finding.Line))
            {
                var line = finding.JsonPointer.Length == 0 ? finding.Line - 1 : finding.Line;
                lines.Insert(line, new string(' ', finding.Column - 1) + Placeholder(finding, text));
            }

            text = string.Join('\n', lines);
        }

        Assert.Fail("The imported register does not load:" + Environment.NewLine + string.Join(Environment.NewLine, RegisterLoader.Parse(text, name).Diagnostics));
        return null!;
    }

    private static string? Placeholder(Diagnostic finding, string yaml) => (finding.RuleId, finding.JsonPointer.Split('/')) switch
    {
        (DiagnosticIds.ActivityWithoutController, ["", "activities", _]) => $"controllers: [{FirstControllerId(yaml)}]",
        _ => null,
    };

    private static string FirstControllerId(string yaml)
    {
        var lines = yaml.Split('\n');
        var list = Array.IndexOf(lines, "controllers:");
        return lines[list + 1].Trim()["- id: ".Length..];
    }
}
