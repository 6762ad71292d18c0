using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Import.RoundTrip;

/// <summary>
/// Export, then import: the register comes back equal as far as the layout holds it (docs/spreadsheets.md lists what
/// each layout cannot hold, and <see cref="LayoutProjection"/> leaves exactly that out).
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string, SpreadsheetLayout, SpreadsheetFormat, RegisterLanguage> Cases { get; } = Combinations();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exporting_and_importing_a_register_gives_back_what_the_layout_holds(string name, SpreadsheetLayout layout, SpreadsheetFormat format, RegisterLanguage language)
    {
        var register = RegisterLoader.LoadFile(Fixture.Register(name)).GetRegisterOrThrow();

        var imported = RoundTrip(register, layout, format, language);

        AssertSameLines(LayoutProjection.Of(register, layout), LayoutProjection.Of(imported, layout));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Importing_an_exported_register_finds_no_cell_it_could_not_read(string name, SpreadsheetLayout layout, SpreadsheetFormat format, RegisterLanguage language)
    {
        var register = RegisterLoader.LoadFile(Fixture.Register(name)).GetRegisterOrThrow();

        var result = Import(Export(register, layout, format, language), layout, format);

        // What the layout has a column for but the format has no field for is kept as a comment: said once per column
        // (an info), or at the cell (a value without a place: the address on one line, the DPIA's progress); anything
        // else is a cell the import could not read back.
        Assert.Empty(result.Diagnostics
            .Where(finding => finding.Severity != DiagnosticSeverity.Info && finding.RuleId != DiagnosticIds.ImportValueWithoutPlace)
            .Select(finding => finding.ToString()));
    }

    private static Register RoundTrip(Register register, SpreadsheetLayout layout, SpreadsheetFormat format, RegisterLanguage language)
    {
        var result = Import(Export(register, layout, format, language), layout, format);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return ImportedRegister.Load(result.Yaml!, "imported.yaml");
    }

    private static byte[] Export(Register register, SpreadsheetLayout layout, SpreadsheetFormat format, RegisterLanguage language)
    {
        using var stream = new MemoryStream();
        SpreadsheetExport.Write(register, stream, new SpreadsheetExportOptions { Format = format, Layout = layout, Language = language });
        return stream.ToArray();
    }

    private static SpreadsheetImportResult Import(byte[] file, SpreadsheetLayout layout, SpreadsheetFormat format)
    {
        using var stream = new MemoryStream(file);
        return SpreadsheetImport.Import(stream, format == SpreadsheetFormat.Csv ? "exported.csv" : "exported.xlsx", new SpreadsheetImportOptions { Layout = layout });
    }

    // Field by field, so that a difference names its field rather than showing two long texts.
    private static void AssertSameLines(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var got = actual.ToDictionary(Field, StringComparer.Ordinal);
        var differences = expected
            .Where(line => !got.TryGetValue(Field(line), out var other) || other != line)
            .Select(line => $"expected {line}{Environment.NewLine}  but got {got.GetValueOrDefault(Field(line)) ?? "nothing"}")
            .Concat(actual.Where(line => !expected.Any(wanted => Field(wanted) == Field(line))).Select(line => "did not expect " + line))
            .ToList();

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private static string Field(string line) => line[..line.IndexOf(": ", StringComparison.Ordinal)];

    private static TheoryData<string, SpreadsheetLayout, SpreadsheetFormat, RegisterLanguage> Combinations()
    {
        var cases = new TheoryData<string, SpreadsheetLayout, SpreadsheetFormat, RegisterLanguage>();
        foreach (var name in new[] { "binatic.yaml", "gemeente-voorbeeld.yaml" })
        {
            foreach (var layout in Enum.GetValues<SpreadsheetLayout>())
            {
                foreach (var format in Enum.GetValues<SpreadsheetFormat>())
                {
                    // The headers and labels in either language; the register's own text is written as it is.
                    cases.Add(name, layout, format, RegisterLanguage.Dutch);
                    cases.Add(name, layout, format, RegisterLanguage.English);
                }
            }
        }

        return cases;
    }
}
