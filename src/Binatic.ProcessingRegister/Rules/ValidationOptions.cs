using System.Collections.Immutable;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// How <see cref="RegisterValidator"/> reviews a register: the clock for rules that depend on today's date, and
/// severities raised, lowered or switched off per rule for organisations that want a stricter or a gentler gate, and
/// the language of the messages.
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>Gets the default options: the system clock and every rule at its default severity.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Gets the clock that gives today's date, for rules such as "last reviewed more than a year ago".</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Gets severities that replace a rule's default, by rule id (such as <c>RPR013</c> → error). Only the rules of
    /// the review can be named here (see <see cref="RuleDescriptor.SeverityCanChange"/>); the review refuses the checks
    /// made while loading.
    /// </summary>
    public ImmutableDictionary<string, DiagnosticSeverity> SeverityOverrides { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Gets the ids of rules that do not run at all; as for <see cref="SeverityOverrides"/>, rules of the review only.</summary>
    public ImmutableHashSet<string> DisabledRules { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal);

    /// <summary>
    /// Gets the language findings are written in, or <see langword="null"/> (the default) for the register's own
    /// language, <see cref="RegisterInfo.Language"/>: a Dutch register is reviewed in Dutch. Rule ids and JSON
    /// Pointers are the same in every language. <c>RegisterReview</c> writes the findings of loading in this language
    /// too, and in English when a register cannot be read and none is set.
    /// </summary>
    public RegisterLanguage? Language { get; init; }
}
