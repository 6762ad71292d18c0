using System.Text.Json.Nodes;
using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Cli;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.LanguageServer;

/// <summary>
/// The language server as an editor meets it: a real LSP client opens the Binatic register, edits it and asks about
/// its ids, over the standard input and output of the built tool.
/// </summary>
public sealed class LanguageServerTests
{
    private static readonly string Binatic = RepositoryFile.Path("registers/binatic.yaml");
    private static readonly string[] Lines = File.ReadAllLines(Binatic);

    // The first activity's list of data categories names 'e-mailadres'; the catalogue defines it near the top.
    private static readonly int ReferenceLine = IndexOf("      - e-mailadres", after: IndexOf("activities:"));
    private static readonly int DefinitionLine = IndexOf("  - id: e-mailadres");

    [Fact]
    public void Opening_a_register_publishes_the_findings_validate_reports_at_the_same_places()
    {
        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "diagnostics" });

        // The real tool, on the real clock, as the server reviews: rules about dates see the same day.
        var json = ValidateAsJson(Binatic);
        var expected = JsonNode.Parse(json)!["findings"]!.AsArray()
            .Select(f => (Code: (string)f!["ruleId"]!, Line: Math.Max((int)f["line"]! - 1, 0), Character: Math.Max((int)f["column"]! - 1, 0)))
            .ToList();
        var published = Diagnostics(result);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, published.Select(d => (Code: (string)d["code"]!, Line: (int)d["range"]!["start"]!["line"]!, Character: (int)d["range"]!["start"]!["character"]!)));
    }

    [Fact]
    public void Every_diagnostic_names_the_tool_as_source_and_links_to_its_rule_s_heading_in_the_catalogue()
    {
        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "diagnostics" });
        var catalogue = File.ReadAllText(RepositoryFile.Path("docs/rules.md")).ReplaceLineEndings("\n");

        Assert.All(Diagnostics(result), d =>
        {
            var code = (string)d["code"]!;
            Assert.Equal("processing-register", (string)d["source"]!);
            Assert.Equal($"https://github.com/binatic/Binatic.ProcessingRegister/blob/main/docs/rules.md#{code.ToLowerInvariant()}", (string)d["codeDescription"]!["href"]!);
            Assert.Contains($"\n### {code}\n", catalogue, StringComparison.Ordinal);
            Assert.InRange((int)d["severity"]!, 1, 4);
        });
    }

    [Fact]
    public void Misspelling_a_data_category_reference_republishes_the_diagnostics_with_RPR131_at_it()
    {
        // Deletes the hyphen of 'e-mailadres', as a user typing would: an incremental change of one character.
        var edit = new JsonObject { ["range"] = Range(ReferenceLine, 9, ReferenceLine, 10), ["text"] = string.Empty };

        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["edit"] = edit, ["request"] = "diagnostics" });

        var unknown = Assert.Single(Diagnostics(result), d => (string)d["code"]! == "RPR131");
        Assert.Equal(ReferenceLine, (int)unknown["range"]!["start"]!["line"]!);
        Assert.Equal(8, (int)unknown["range"]!["start"]!["character"]!);
        Assert.Equal(1, (int)unknown["severity"]!);
        Assert.Contains("'e-mailadres'", (string)unknown["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_reference_has_a_quick_fix_that_writes_the_id_RPR131_suggests()
    {
        var edit = new JsonObject { ["range"] = Range(ReferenceLine, 9, ReferenceLine, 10), ["text"] = string.Empty };

        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["edit"] = edit, ["request"] = "codeAction", ["code"] = "RPR131" });

        var action = Assert.Single(result["result"]!.AsArray());
        Assert.Equal("quickfix", (string)action!["kind"]!);
        var change = Assert.Single(action["edit"]!["changes"]![new Uri(Binatic).AbsoluteUri]!.AsArray());
        Assert.Equal("e-mailadres", (string)change!["newText"]!);
        Assert.Equal(ReferenceLine, (int)change["range"]!["start"]!["line"]!);
        Assert.Equal(8, (int)change["range"]!["start"]!["character"]!);
    }

    [Fact]
    public void The_Privacy_Shield_has_one_quick_fix_for_each_ground_a_transfer_to_the_US_can_rest_on_now()
    {
        var line = IndexOf("      - type: euUsPrivacyShield");

        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "codeAction", ["code"] = "RPR024" });

        var changes = result["result"]!.AsArray().Select(action => Assert.Single(action!["edit"]!["changes"]![new Uri(Binatic).AbsoluteUri]!.AsArray())!).ToList();
        Assert.Equal(["adequacyDecision", "standardContractualClauses", "bindingCorporateRules"], changes.Select(c => (string)c["newText"]!));
        Assert.All(changes, c => Assert.Equal(
            (line, 14, line, 14 + "euUsPrivacyShield".Length),
            ((int)c["range"]!["start"]!["line"]!, (int)c["range"]!["start"]!["character"]!, (int)c["range"]!["end"]!["line"]!, (int)c["range"]!["end"]!["character"]!)));
    }

    [Fact]
    public void A_missing_key_has_a_quick_fix_that_adds_it_above_the_mapping_s_first_key_with_its_value_left_to_fill_in()
    {
        // Deletes the controller's name, which the register format requires.
        var name = IndexOf("  name: Binatic Software BV");
        var edit = new JsonObject { ["range"] = Range(name, 0, name + 1, 0), ["text"] = string.Empty };

        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["edit"] = edit, ["request"] = "codeAction", ["code"] = "RPR121" });

        var action = Assert.Single(result["result"]!.AsArray());
        var change = Assert.Single(action!["edit"]!["changes"]![new Uri(Binatic).AbsoluteUri]!.AsArray());
        Assert.Equal("name:\n  ", (string)change!["newText"]!);
        Assert.Equal((name, 2), ((int)change["range"]!["start"]!["line"]!, (int)change["range"]!["start"]!["character"]!));
    }

    [Fact]
    public void A_legal_basis_without_its_basis_has_a_quick_fix_for_each_basis_of_Art_6_1()
    {
        // Joins '- basis: contract' and its description into '- description: …': the item no longer says its basis.
        var contract = IndexOf("      - basis: contract");
        var edit = new JsonObject { ["range"] = Range(contract, 8, contract + 1, 8), ["text"] = string.Empty };

        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["edit"] = edit, ["request"] = "codeAction", ["code"] = "RPR126" });

        var texts = result["result"]!.AsArray().Select(action => (string)Assert.Single(action!["edit"]!["changes"]![new Uri(Binatic).AbsoluteUri]!.AsArray())!["newText"]!);
        Assert.Equal(
            ["consent", "contract", "legalObligation", "vitalInterests", "publicTask", "legitimateInterests"],
            texts.Select(text => text.Split('\n')[0]["basis: ".Length..]));
    }

    [Fact]
    public void Completion_at_a_data_category_reference_offers_every_data_category_id_with_its_name()
    {
        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "completion", ["position"] = At(ReferenceLine, 10) });

        var items = result["result"]!.AsArray();
        var email = Assert.Single(items, i => (string)i!["label"]! == "e-mailadres");
        Assert.Equal("e-mailadres", (string)email!["detail"]!);
        Assert.Contains(items, i => (string)i!["label"]! == "bedrijfsnaam" && (string)i["detail"]! == "(bedrijfs)naam");
        Assert.DoesNotContain(items, i => (string)i!["label"]! == "gebruikers-en-opdrachtgevers");
    }

    [Fact]
    public void Completion_on_a_new_list_item_offers_the_ids_of_the_list_it_is_in()
    {
        // A new, still empty item under the activity's data categories: no reference is there yet.
        var edit = new JsonObject { ["range"] = Range(ReferenceLine + 1, 0, ReferenceLine + 1, 0), ["text"] = "      - \n" };

        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["edit"] = edit, ["request"] = "completion", ["position"] = At(ReferenceLine + 1, 8) });

        Assert.Contains(result["result"]!.AsArray(), i => (string)i!["label"]! == "e-mailadres");
    }

    [Fact]
    public void Go_to_definition_on_a_reference_jumps_to_the_id_in_its_catalogue()
    {
        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "definition", ["position"] = At(ReferenceLine, 10) });

        var location = Assert.Single(result["result"]!.AsArray());
        Assert.Equal(new Uri(Binatic).AbsoluteUri, (string)location!["uri"]!);
        Assert.Equal(DefinitionLine, (int)location["range"]!["start"]!["line"]!);
        Assert.Equal(Lines[DefinitionLine].IndexOf("e-mailadres", StringComparison.Ordinal), (int)location["range"]!["start"]!["character"]!);
    }

    [Fact]
    public void Find_references_on_an_id_lists_every_place_that_names_it()
    {
        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "references", ["position"] = At(DefinitionLine, 10) });

        var lines = result["result"]!.AsArray().Select(l => (int)l!["range"]!["start"]!["line"]!).ToList();
        var expected = Enumerable.Range(0, Lines.Length)
            .Where(i => i > IndexOf("activities:") && System.Text.RegularExpressions.Regex.IsMatch(Lines[i], @"(^\s*- e-mailadres\s*$)|([\[ ,]e-mailadres[,\]])"))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, lines.Distinct().Order());
    }

    [Fact]
    public void Hover_on_a_reference_shows_the_id_and_name_of_the_entry_it_names()
    {
        var bedrijfsnaam = IndexOf("      - bedrijfsnaam", after: IndexOf("activities:"));

        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "hover", ["position"] = At(bedrijfsnaam, 10) });

        var shown = (string)result["result"]!["contents"]!["value"]!;
        Assert.Contains("bedrijfsnaam", shown, StringComparison.Ordinal);
        Assert.Contains("(bedrijfs)naam", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Hover_on_a_finding_shows_the_title_of_its_rule()
    {
        var first = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "diagnostics" });
        var finding = Diagnostics(first).First(d => ((string)d["code"]!).StartsWith("RPR0", StringComparison.Ordinal));
        var start = finding["range"]!["start"]!;

        var result = LspClient.Run(new JsonObject
        {
            ["file"] = Binatic,
            ["request"] = "hover",
            ["position"] = At((int)start["line"]!, (int)start["character"]!),
        });

        var rule = global::Binatic.ProcessingRegister.Rules.RuleCatalogue.Find((string)finding["code"]!)!.In(global::Binatic.ProcessingRegister.Model.RegisterLanguage.Dutch);
        Assert.Contains(rule.Title, (string)result["result"]!["contents"]!["value"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_a_document_clears_its_diagnostics()
    {
        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "close" });

        Assert.Empty(result["result"]!["diagnostics"]!.AsArray());
    }

    [Fact]
    public void A_document_that_is_not_valid_YAML_yields_diagnostics_and_the_server_keeps_answering()
    {
        var result = LspClient.Run(new JsonObject { ["file"] = Fixture.Path("malformed.yaml"), ["request"] = "hover", ["position"] = At(0, 0) });

        Assert.Contains(Diagnostics(result), d => ((string)d["code"]!).StartsWith("RPR1", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, (int)result["exitCode"]!);
    }

    [Fact]
    public void Shutdown_then_exit_ends_the_server_with_success()
    {
        var result = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "diagnostics" });

        Assert.Equal(ExitCodes.Success, (int)result["exitCode"]!);
    }

    [Fact]
    public void The_README_shows_a_transcript_of_the_server_reviewing_the_Binatic_register_as_it_is_edited()
    {
        var opened = LspClient.Run(new JsonObject { ["file"] = Binatic, ["request"] = "diagnostics" });
        var edit = new JsonObject { ["range"] = Range(ReferenceLine, 9, ReferenceLine, 10), ["text"] = string.Empty };
        var edited = LspClient.Run(new JsonObject { ["file"] = Binatic, ["edit"] = edit, ["request"] = "codeAction", ["code"] = "RPR131" });
        var before = Diagnostics(opened);
        var after = Diagnostics(edited);
        var added = after.Where(d => !before.Any(b => (string)b["code"]! == (string)d["code"]! && (string)b["message"]! == (string)d["message"]!));

        var transcript = new System.Text.StringBuilder()
            .AppendLine("```text")
            .AppendLine("→ textDocument/didOpen      registers/binatic.yaml, version 1")
            .AppendLine($"← publishDiagnostics        {Counts(before)}; the errors:");
        foreach (var error in before.Where(d => (int)d["severity"]! == 1))
        {
            transcript.AppendLine(Shown(error));
        }

        transcript
            .AppendLine($"→ textDocument/didChange    line {ReferenceLine + 1}: 'e-mailadres' becomes 'emailadres', version 2")
            .AppendLine($"← publishDiagnostics        {Counts(after)}, as validate: the rules wait until every reference resolves");
        foreach (var finding in added)
        {
            transcript.AppendLine(Shown(finding));
        }

        var fix = Assert.Single(edited["result"]!.AsArray());
        transcript
            .AppendLine($"→ textDocument/codeAction   line {ReferenceLine + 1}, RPR131")
            .AppendLine($"← quickfix                  {(string)fix!["title"]!}")
            .AppendLine("```");

        GeneratedSection.Verify(RepositoryFile.Path("README.md"), "lsp-transcript", transcript.ToString());
    }

    private static string Counts(List<JsonNode> diagnostics)
    {
        var words = new[] { (1, "error", "errors"), (2, "warning", "warnings"), (3, "information", "information"), (4, "accepted", "accepted") }
            .Select(kind => (Count: diagnostics.Count(d => (int)d["severity"]! == kind.Item1), Kind: kind))
            .Where(pair => pair.Count > 0)
            .Select(pair => $"{pair.Count} {(pair.Count == 1 ? pair.Kind.Item2 : pair.Kind.Item3)}");
        return string.Join(", ", words);
    }

    // As an editor's list of problems shows a finding: where (from 1), the rule and the start of its message.
    private static string Shown(JsonNode diagnostic)
    {
        var start = diagnostic["range"]!["start"]!;
        var message = (string)diagnostic["message"]!;
        var place = $"{(int)start["line"]! + 1}:{(int)start["character"]! + 1}";
        return $"    {place,-8} {(string)diagnostic["code"]!}  {(message.Length > 88 ? message[..87].TrimEnd() + "…" : message)}";
    }

    private static string ValidateAsJson(string file)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { CliProcess.Assembly, "validate", file, "--format", "json" },
            RedirectStandardOutput = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static List<JsonNode> Diagnostics(JsonObject result) => [.. result["diagnostics"]!["diagnostics"]!.AsArray().Select(d => d!)];

    private static JsonObject At(int line, int character) => new() { ["line"] = line, ["character"] = character };

    private static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new() { ["start"] = At(startLine, startCharacter), ["end"] = At(endLine, endCharacter) };

    private static int IndexOf(string line, int after = -1)
    {
        for (var i = after + 1; i < Lines.Length; i++)
        {
            if (Lines[i].TrimEnd() == line)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"registers/binatic.yaml has no line '{line}'");
    }
}
