using System.Runtime.CompilerServices;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>Runs the rules on fixture registers, on a fixed day, so that tests of dated rules never drift.</summary>
internal static class RuleFixture
{
    /// <summary>The day every rule test runs on: 25 November 2026.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A clock that always says it is <see cref="Today"/>.</summary>
    public static TimeProvider Clock { get; } = new FixedClock(Today);

    /// <summary>The options of every rule test: the fixed day, and English, so that tests read the English text whatever the fixture's language.</summary>
    public static ValidationOptions Options => new() { TimeProvider = Clock, Language = RegisterLanguage.English };

    /// <summary>Loads a fixture from Rules/Fixtures (it must load cleanly) and returns every finding of every rule.</summary>
    public static IReadOnlyList<Diagnostic> Review(string fixture, ValidationOptions? options = null, [CallerFilePath] string sourceFile = "")
    {
        var loaded = RegisterLoader.LoadFile(Fixture.Path(fixture, sourceFile));
        Assert.True(loaded.Success, $"{fixture} must load cleanly:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Diagnostics)}");
        return RegisterValidator.Validate(loaded, options ?? Options);
    }

    /// <summary>Gets the findings of one rule on a fixture.</summary>
    public static IReadOnlyList<Diagnostic> FindingsOf(string ruleId, string fixture, [CallerFilePath] string sourceFile = "") =>
        [.. Review(fixture, null, sourceFile).Where(d => d.RuleId == ruleId)];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
