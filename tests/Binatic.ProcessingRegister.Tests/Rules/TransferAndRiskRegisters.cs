using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Tests.Rules;

/// <summary>
/// Registers built in code for the transfer and risk rules (RPR025-RPR038), for cases that are tables of values
/// rather than places in a file; findings of code-built registers carry JSON Pointers but no lines.
/// </summary>
internal static class TransferAndRiskRegisters
{
    /// <summary>Gets a register with a controller and nothing else, to be completed with <c>with</c>.</summary>
    public static Register Empty { get; } = new()
    {
        Info = new RegisterInfo { Language = RegisterLanguage.English },
        Controllers = [new Controller { Contact = new ContactDetails { Name = "Example BV" } }],
    };

    /// <summary>
    /// Gets a processor-only register (<c>role: processor</c>) with one client, <c>shop</c>, and one category of
    /// processing carried out for it, to be completed with <c>with</c>.
    /// </summary>
    public static Register ProcessorOnly(ProcessingCategory category) => new()
    {
        Info = new RegisterInfo { Language = RegisterLanguage.English, Role = RegisterRole.Processor },
        ProcessorRecord = new ProcessorRecord
        {
            Processor = new ProcessorOrganisation { Contact = new ContactDetails { Name = "Example Hosting BV" } },
            Clients = [new Client { Id = "shop", Contact = new ContactDetails { Name = "Example Shop BV" }, Processing = [category] }],
        },
    };

    /// <summary>Gets an activity with a name and purposes, to be completed with <c>with</c>.</summary>
    public static ProcessingActivity Activity(string name, params string[] purposes) =>
        new() { Id = "activity", Name = name, Purposes = [.. purposes] };

    /// <summary>Reviews a code-built register on the fixed test day and returns the findings of one rule.</summary>
    public static IReadOnlyList<Diagnostic> FindingsOf(string ruleId, Register register) =>
        [.. RegisterValidator.Validate(register, RuleFixture.Options).Where(d => d.RuleId == ruleId)];
}
