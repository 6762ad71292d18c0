using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// What changed between two versions of a register, as a reviewer reads it. Every list is already sorted, so that
/// whatever renders it is deterministic without sorting again.
/// </summary>
/// <param name="Attention">The changes that carry the most risk: new special-category or criminal-offence data, new transfers outside the EEA.</param>
/// <param name="AddedActivities">Activities only in the new register.</param>
/// <param name="RemovedActivities">Activities only in the old register.</param>
/// <param name="ChangedActivities">Activities in both whose reviewed lists differ.</param>
/// <param name="RegisterLevel">Changes to the register-wide processors, recipients, transfers and security measures.</param>
internal sealed record RegisterChanges(
    ImmutableArray<Concern> Attention,
    ImmutableArray<ActivityRef> AddedActivities,
    ImmutableArray<ActivityRef> RemovedActivities,
    ImmutableArray<ActivityChanges> ChangedActivities,
    ImmutableArray<ListChange> RegisterLevel)
{
    /// <summary>Gets a value indicating whether nothing a reviewer is shown has changed.</summary>
    public bool IsEmpty =>
        Attention.IsEmpty && AddedActivities.IsEmpty && RemovedActivities.IsEmpty && ChangedActivities.IsEmpty && RegisterLevel.IsEmpty;
}

/// <summary>An activity named by its id and its name.</summary>
internal sealed record ActivityRef(string Id, string Name);

/// <summary>The lists of one activity that changed, in the order a reviewer reads them.</summary>
internal sealed record ActivityChanges(ActivityRef Activity, ImmutableArray<ListChange> Lists);

/// <summary>The entries added to and removed from one list, as display text (unescaped).</summary>
internal sealed record ListChange(ListKind Kind, ImmutableArray<string> Added, ImmutableArray<string> Removed);

/// <summary>A risky change, with the activity it is in (none for a register-wide transfer).</summary>
internal sealed record Concern(ConcernKind Kind, ActivityRef? Activity, string Subject);

/// <summary>The kinds of risky change, most serious first.</summary>
internal enum ConcernKind
{
    /// <summary>A special category of personal data (Art. 9) newly processed.</summary>
    SpecialCategoryData,

    /// <summary>Personal data on criminal convictions and offences (Art. 10) newly processed.</summary>
    CriminalOffenceData,

    /// <summary>A new transfer to a country outside the EEA (Chapter V).</summary>
    ThirdCountryTransfer,
}

/// <summary>The lists that are compared, in the order they are shown.</summary>
internal enum ListKind
{
    /// <summary>An activity's purposes.</summary>
    Purposes,

    /// <summary>An activity's data categories.</summary>
    DataCategories,

    /// <summary>An activity's data subjects.</summary>
    DataSubjects,

    /// <summary>An activity's legal bases.</summary>
    LegalBases,

    /// <summary>Recipients, of an activity or of the register.</summary>
    Recipients,

    /// <summary>Transfers, of an activity or of the register.</summary>
    Transfers,

    /// <summary>An activity's retention rules.</summary>
    Retention,

    /// <summary>The register's processors.</summary>
    Processors,

    /// <summary>The register's security measures.</summary>
    SecurityMeasures,
}
