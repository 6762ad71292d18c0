using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;
using Binatic.ProcessingRegister.Tests.Export;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// A legacy register, once imported, survives a trip through its own template: exported in the same layout and format
/// and imported again, it gives the same register. What the template has no column for was already left behind (as
/// comments and findings) by the first import, so nothing more may be lost or gained on the way.
/// </summary>
public sealed class LegacyRoundTripTests
{
    [Theory]
    [MemberData(nameof(LegacySpreadsheetTests.FileNames), MemberType = typeof(LegacySpreadsheetTests))]
    public void An_imported_legacy_register_exported_and_imported_again_in_its_layout_is_the_same_register(string fileName)
    {
        var spreadsheet = LegacySpreadsheets.Named(fileName);
        var first = Load(LegacyImport.Yaml(fileName), LegacyImport.YamlName(fileName));

        using var directory = new TemporaryDirectory();
        var exported = directory[fileName];
        using (var stream = File.Create(exported))
        {
            SpreadsheetExport.Write(first, stream, new SpreadsheetExportOptions
            {
                Format = spreadsheet.IsWorkbook ? SpreadsheetFormat.Xlsx : SpreadsheetFormat.Csv,
                Layout = spreadsheet.Layout,
            });
        }

        var again = SpreadsheetImport.ImportFile(exported, new SpreadsheetImportOptions { Layout = spreadsheet.Layout, Language = first.Info.Language });
        Assert.True(again.Yaml is not null, string.Join('\n', again.Diagnostics));
        var second = Load(again.Yaml, "again.yaml");

        Assert.Equal(JsonExport.ToJson(first), JsonExport.ToJson(second));
    }

    private static Register Load(string yaml, string name)
    {
        var loaded = RegisterLoader.Parse(yaml, name);
        Assert.True(loaded.Success, string.Join('\n', loaded.Diagnostics));
        return loaded.GetRegisterOrThrow();
    }
}
