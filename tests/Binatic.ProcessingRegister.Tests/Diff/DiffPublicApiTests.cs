using System.Reflection;
using System.Runtime.CompilerServices;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Diff;

/// <summary>
/// The comparison is public API: a program that references the package, as the CLI does, compares two registers and
/// writes the summary without seeing the library's internals. This project sees them, so the checks are on what is
/// public rather than on what compiles here.
/// </summary>
public sealed class DiffPublicApiTests
{
    private const string Before = """
        register:
          language: en
        controller:
          name: Example BV
        dataSubjectCategories:
          - id: customers
            name: Customers
        dataCategories:
          - id: contact
            name: Contact details
          - id: health
            name: Health
            specialCategory: health
        activities:
          - id: support
            name: Customer support
            purposes: [Answering questions]
            dataSubjects: [customers]
            dataCategories: [contact]
            legalBases:
              - basis: contract
        """;

    [Fact]
    public void A_consumer_compares_two_loaded_registers_and_writes_the_summary()
    {
        var before = RegisterLoader.Parse(Before, "before.yaml").GetRegisterOrThrow();
        var after = before with { Activities = [before.Activities[0] with { DataCategories = ["contact", "health"] }] };

        var summary = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(before, after));

        Assert.StartsWith("#### Needs attention\n\n- **Special-category data (Art. 9)**: Health (health) (health) in Customer support (`support`)\n", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_the_same_registers_twice_gives_equal_changes()
    {
        var before = RegisterLoader.Parse(Before, "before.yaml").GetRegisterOrThrow();
        var after = before with { Activities = [before.Activities[0] with { Purposes = ["Answering questions", "Training"] }] };

        Assert.Equal(RegisterDiff.Compare(before, after), RegisterDiff.Compare(before, after));
    }

    [Fact]
    public void Every_type_a_comparison_returns_is_public()
    {
        var reachable = new HashSet<Type>();
        Collect(typeof(RegisterChanges), reachable);

        Assert.All(reachable.Where(t => t.Assembly == typeof(RegisterChanges).Assembly), type => Assert.True(type.IsPublic, $"{type} is not public."));
        Assert.Contains(typeof(Concern), reachable);
        Assert.Contains(typeof(ListKind), reachable);
    }

    [Fact]
    public void The_library_shows_its_internals_to_its_tests_only()
    {
        var friends = typeof(RegisterDiff).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName);

        Assert.Equal(["Binatic.ProcessingRegister.Tests"], friends);
    }

    [Fact]
    public void What_the_command_line_tool_calls_is_public()
    {
        Assert.True(typeof(RegisterDiff).GetMethod(nameof(RegisterDiff.Compare))?.IsPublic);
        Assert.True(typeof(DiffMarkdown).GetMethod(nameof(DiffMarkdown.ToMarkdown), [typeof(RegisterChanges), typeof(RegisterLanguage)])?.IsPublic);
        Assert.True(typeof(VisibleText).GetMethod(nameof(VisibleText.Show))?.IsPublic);
        Assert.True(typeof(VisibleText).IsPublic);
    }

    private static void Collect(Type type, HashSet<Type> reachable)
    {
        if (!reachable.Add(type))
        {
            return;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            Collect(argument, reachable);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Collect(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, reachable);
        }
    }
}
