using System.Reflection;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Tests.Diagnostics;

/// <summary>
/// Every message and every rule text has an English and a Dutch text, and both name the same placeholders, so that a
/// Dutch register is reviewed in Dutch throughout.
/// </summary>
public sealed class MessageCompletenessTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllTemplates())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_library_declares_message_templates()
    {
        Assert.True(AllTemplates().Count() > 50, "message templates are found by reflection");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_message_template_has_an_English_and_a_different_Dutch_text(string name)
    {
        var template = AllTemplates().Single(t => t.Name == name).Template;

        Assert.False(string.IsNullOrWhiteSpace(template.English), $"{name} has no English text");
        Assert.False(string.IsNullOrWhiteSpace(template.Dutch), $"{name} has no Dutch text");
        Assert.NotEqual(template.English, template.Dutch);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Both_texts_of_a_message_template_name_the_same_placeholders(string name)
    {
        var template = AllTemplates().Single(t => t.Name == name).Template;

        Assert.Equal(
            MessageTemplate.PlaceholdersOf(template.English).Order(StringComparer.Ordinal),
            MessageTemplate.PlaceholdersOf(template.Dutch).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_has_Dutch_texts()
    {
        var missing = RuleCatalogue.All.Where(rule => rule.Dutch is null).Select(rule => rule.Id);

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_Dutch_rule_text_is_filled_in_and_cites_the_AVG_as_Dutch_law_does()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            var dutch = rule.Dutch;
            Assert.NotNull(dutch);
            Assert.All(
                new[] { dutch.Title, dutch.Articles, dutch.Description, dutch.Rationale, dutch.Fix },
                text => Assert.False(string.IsNullOrWhiteSpace(text), $"{rule.Id} has an empty Dutch text"));
            Assert.DoesNotContain("Art. ", dutch.Articles, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_finding_on_the_fixtures_and_registers_has_a_Dutch_text()
    {
        var options = new ValidationOptions { TimeProvider = Rules.RuleFixture.Clock };
        var englishOnly = new SortedSet<string>(StringComparer.Ordinal);
        var checkedFindings = 0;
        foreach (var file in YamlFiles())
        {
            var loaded = RegisterLoader.LoadFile(file);
            var findings = loaded.Success ? loaded.Diagnostics.Concat(RegisterValidator.Validate(loaded, options)) : loaded.Diagnostics;
            foreach (var finding in findings)
            {
                checkedFindings++;
                // A finding without its message template has only the text it was made with, in one language.
                if (finding.Text is null)
                {
                    englishOnly.Add($"{finding.RuleId}: {finding.Message} ({Path.GetFileName(file)})");
                }
            }
        }

        Assert.True(checkedFindings > 500, "the fixtures give findings of every kind");
        Assert.Empty(englishOnly);
    }

    [Fact]
    public void A_finding_is_written_in_the_language_asked_for_with_the_same_rule_and_pointer()
    {
        var loaded = RegisterLoader.LoadFile(Support.Fixture.Register("binatic.yaml"));
        var english = RegisterValidator.Validate(loaded, new ValidationOptions { TimeProvider = Rules.RuleFixture.Clock, Language = RegisterLanguage.English });
        var dutch = RegisterValidator.Validate(loaded, new ValidationOptions { TimeProvider = Rules.RuleFixture.Clock, Language = RegisterLanguage.Dutch });

        Assert.Equal(english.Select(d => (d.RuleId, d.JsonPointer, d.Line)), dutch.Select(d => (d.RuleId, d.JsonPointer, d.Line)));
        Assert.All(english.Zip(dutch), pair => Assert.NotEqual(pair.First.Message, pair.Second.Message));
        Assert.Equal(dutch, english.Select(d => d.In(RegisterLanguage.Dutch)));
    }

    private static IEnumerable<string> YamlFiles() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "*.yaml", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}Hostile{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<(string Name, MessageTemplate Template)> AllTemplates() =>
        typeof(MessageTemplate).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(MessageTemplate))
            .Select(field => ($"{field.DeclaringType!.Name}.{field.Name}", (MessageTemplate)field.GetValue(null)!));
}
