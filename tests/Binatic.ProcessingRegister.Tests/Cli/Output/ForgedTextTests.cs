using System.Globalization;
using System.Text.Json;
using Binatic.ProcessingRegister.Tests.Export;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli.Output;

/// <summary>
/// Names in a register and the names of files are written by others; in no format may they colour the terminal,
/// reorder what a reader sees, or forge a finding line of their own.
/// </summary>
public sealed class ForgedTextTests
{
    public static TheoryData<string> Formats => ["text", "github", "sarif", "json"];

    // A name that would end the finding line, start a forged one, colour the terminal and reverse what follows.
    private const string ForgingName = "evil\nfake.yaml(1,1): error RPR001: forged finding\u001b[31m\u202E.yaml";

    [Fact]
    public void A_name_with_a_terminal_escape_is_shown_as_its_code_in_text_output()
    {
        var (_, output, _) = Run("validate", RelativeFixture("terminal-escape-in-name.yaml"));

        Assert.Contains("'Recruit\\u001B[31mment' relies on consent", output, StringComparison.Ordinal);
        Assert.Contains("(accepted: Kept as the \\u202Eretention register says.)", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_name_with_invisible_characters_reaches_no_format_raw(string format)
    {
        var (_, output, _) = Run("validate", RelativeFixture("terminal-escape-in-name.yaml"), "--format", format);

        AssertNothingInvisible(output);
    }

    [Fact]
    public void A_file_name_with_a_line_break_forges_no_finding_in_text_output()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows allows no line break in a file name.");
        using var folder = new TemporaryDirectory();
        var path = RegisterNamed(folder, ForgingName);

        var (_, output, _) = Run("validate", path);

        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("fake.yaml", StringComparison.Ordinal));
        Assert.Contains("evil\\nfake.yaml(1,1): error RPR001: forged finding\\u001B[31m\\u202E.yaml(", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_file_name_with_invisible_characters_reaches_no_format_raw(string format)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows allows no control character in a file name.");
        using var folder = new TemporaryDirectory();
        var path = RegisterNamed(folder, ForgingName);

        var (_, output, _) = Run("validate", path, "--format", format, "--repository-root", folder.Path);

        AssertNothingInvisible(output);
    }

    [Fact]
    public void A_file_name_with_a_line_break_becomes_a_percent_encoded_uri_in_sarif()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows allows no line break in a file name.");
        using var folder = new TemporaryDirectory();
        var path = RegisterNamed(folder, "a b\nc\u202E#?.yaml");

        var (_, output, _) = Run("validate", path, "--format", "sarif", "--repository-root", folder.Path);

        using var sarif = JsonDocument.Parse(output);
        var uri = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.Equal("a%20b%0Ac%E2%80%AE%23%3F.yaml", uri);
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative), uri);
        Assert.Equal("a b\nc\u202E#?.yaml", Uri.UnescapeDataString(uri));
    }

    [Fact]
    public void A_file_name_with_a_line_break_is_the_real_name_in_json()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows allows no line break in a file name.");
        using var folder = new TemporaryDirectory();
        var path = RegisterNamed(folder, ForgingName);

        var (_, output, _) = Run("validate", path, "--format", "json", "--repository-root", folder.Path);

        // JSON is read by programs: escaped by JSON's own rules, the name reads back as the file's real name.
        using var json = JsonDocument.Parse(output);
        Assert.EndsWith(ForgingName, json.RootElement.GetProperty("findings")[0].GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_register_whose_name_holds_a_line_break_forges_no_line_in_the_error_output()
    {
        var (_, _, error) = Run("validate", ForgingName);

        Assert.DoesNotContain(error.Split('\n'), line => line.StartsWith("fake.yaml", StringComparison.Ordinal));
        AssertNothingInvisible(error);
    }

    [Fact]
    public void An_output_path_whose_name_holds_invisible_characters_is_shown_as_their_codes_when_it_is_refused()
    {
        using var folder = new TemporaryDirectory();
        var register = RegisterNamed(folder, "register.yaml");

        var (_, _, error) = Run("export", register, "--format", "json", "--output", Path.Combine(folder.Path, "missing\u001b[31m\u202E", "x.json"));

        Assert.Contains("missing\\u001B[31m\\u202E", error, StringComparison.Ordinal);
        AssertNothingInvisible(error);
    }

    private static string RegisterNamed(TemporaryDirectory folder, string name)
    {
        var path = folder[name];
        File.Copy(Path.GetFullPath(RelativeFixture("terminal-escape-in-name.yaml")), path);
        return path;
    }

    // Line breaks between lines are the output's own; anything else invisible came from a name.
    private static void AssertNothingInvisible(string output)
    {
        var invisible = output.Where(c => c is not '\n' and not '\r' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format).ToList();
        Assert.True(invisible.Count == 0, $"The output holds {string.Join(", ", invisible.Select(c => $"U+{(int)c:X4}"))}:\n{output}");
    }
}
