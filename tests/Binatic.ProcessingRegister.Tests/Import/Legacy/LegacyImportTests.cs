using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// What the import makes of the legacy registers in <c>registers/spreadsheets/</c>, and what the first review of the
/// imported register finds: a new user's first hour, pinned as approved files. A privacy officer should recognise every
/// mapped value in the YAML and every finding as a cell the import could not place.
/// </summary>
public sealed class LegacyImportTests
{
    [Fact]
    public void The_ico_workbook_imports_to_the_approved_register() =>
        Approvals.Verify(LegacyImport.Yaml("ico-controller.xlsx"), "yaml");

    [Fact]
    public void The_ico_workbook_s_import_findings_are_the_approved_ones() =>
        Approvals.Verify(LegacyImport.Findings("ico-controller.xlsx"));

    [Fact]
    public void The_first_review_of_the_register_imported_from_the_ico_workbook_gives_the_approved_findings() =>
        Approvals.Verify(LegacyImport.ReviewFindings("ico-controller.xlsx"));

    [Fact]
    public void The_ico_csv_imports_to_the_approved_register() =>
        Approvals.Verify(LegacyImport.Yaml("ico-controller.csv"), "yaml");

    [Fact]
    public void The_ico_csv_s_import_findings_are_the_approved_ones() =>
        Approvals.Verify(LegacyImport.Findings("ico-controller.csv"));

    [Fact]
    public void The_first_review_of_the_register_imported_from_the_ico_csv_gives_the_approved_findings() =>
        Approvals.Verify(LegacyImport.ReviewFindings("ico-controller.csv"));

    [Fact]
    public void The_cnil_workbook_imports_to_the_approved_register() =>
        Approvals.Verify(LegacyImport.Yaml("cnil-registre.xlsx"), "yaml");

    [Fact]
    public void The_cnil_workbook_s_import_findings_are_the_approved_ones() =>
        Approvals.Verify(LegacyImport.Findings("cnil-registre.xlsx"));

    [Fact]
    public void The_first_review_of_the_register_imported_from_the_cnil_workbook_gives_the_approved_findings() =>
        Approvals.Verify(LegacyImport.ReviewFindings("cnil-registre.xlsx"));

    [Fact]
    public void The_vng_workbook_imports_to_the_approved_register() =>
        Approvals.Verify(LegacyImport.Yaml("vng-gemeente.xlsx"), "yaml");

    [Fact]
    public void The_vng_workbook_s_import_findings_are_the_approved_ones() =>
        Approvals.Verify(LegacyImport.Findings("vng-gemeente.xlsx"));

    [Fact]
    public void The_first_review_of_the_register_imported_from_the_vng_workbook_gives_the_approved_findings() =>
        Approvals.Verify(LegacyImport.ReviewFindings("vng-gemeente.xlsx"));

    [Fact]
    public void The_vng_csv_imports_to_the_approved_register() =>
        Approvals.Verify(LegacyImport.Yaml("vng-gemeente.csv"), "yaml");

    [Fact]
    public void The_vng_csv_s_import_findings_are_the_approved_ones() =>
        Approvals.Verify(LegacyImport.Findings("vng-gemeente.csv"));

    [Fact]
    public void The_first_review_of_the_register_imported_from_the_vng_csv_gives_the_approved_findings() =>
        Approvals.Verify(LegacyImport.ReviewFindings("vng-gemeente.csv"));

    [Theory]
    [MemberData(nameof(LegacySpreadsheetTests.FileNames), MemberType = typeof(LegacySpreadsheetTests))]
    public void Every_legacy_register_imports_to_yaml_that_loads_so_that_its_first_review_reports_every_gap(string fileName)
    {
        var loaded = RegisterLoader.Parse(LegacyImport.Yaml(fileName), LegacyImport.YamlName(fileName));

        Assert.True(loaded.Success, string.Join(Environment.NewLine, loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
    }
}
