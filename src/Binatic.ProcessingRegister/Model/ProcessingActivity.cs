namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// One processing activity, with the points of Art. 30(1)(b)-(g).
/// </summary>
public sealed record ProcessingActivity
{
    /// <summary>
    /// Gets a stable id for the activity.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the activity's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets what the activity is.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the purposes of the processing (Art. 30(1)(b)).
    /// </summary>
    public ValueArray<string> Purposes { get; init; }

    /// <summary>
    /// Gets the ids of the data-subject categories concerned (Art. 30(1)(c)).
    /// </summary>
    public ValueArray<string> DataSubjects { get; init; }

    /// <summary>
    /// Gets the ids of the personal-data categories processed (Art. 30(1)(c)).
    /// </summary>
    public ValueArray<string> DataCategories { get; init; }

    /// <summary>
    /// Gets where the data comes from (Art. 14(2)(f)).
    /// </summary>
    public ValueArray<DataSource> Sources { get; init; }

    /// <summary>
    /// Gets the Art. 6(1) legal bases the activity rests on.
    /// </summary>
    public ValueArray<LegalGround> LegalBases { get; init; }

    /// <summary>
    /// Gets the Art. 9(2) conditions for special categories of data.
    /// </summary>
    public ValueArray<SpecialCategoryCondition> SpecialCategoryConditions { get; init; }

    /// <summary>
    /// Gets the ground for processing criminal-offence data (Art. 10).
    /// </summary>
    public CriminalOffenceGround? CriminalOffenceGround { get; init; }

    /// <summary>
    /// Gets the ids of the processors and recipients to whom data is disclosed (Art. 30(1)(d)); <see
    /// langword="null"/> when the register does not say, empty when it says there are none.
    /// </summary>
    public ValueArray<string>? Recipients { get; init; }

    /// <summary>
    /// Gets the transfers outside the EEA made for this activity (Art. 30(1)(e)).
    /// </summary>
    public ValueArray<Transfer> Transfers { get; init; }

    /// <summary>
    /// Gets how long the data is kept (Art. 30(1)(f)).
    /// </summary>
    public ValueArray<RetentionRule> Retention { get; init; }

    /// <summary>
    /// Gets the ids of the security measures that protect the activity (Art. 30(1)(g)).
    /// </summary>
    public ValueArray<string> SecurityMeasures { get; init; }

    /// <summary>
    /// Gets the data protection impact assessment (Art. 35), when the register records it.
    /// </summary>
    public ImpactAssessment? Dpia { get; init; }

    /// <summary>
    /// Gets the findings of rules on this activity that are accepted on purpose.
    /// </summary>
    public ValueArray<Acceptance> Accepted { get; init; }

    /// <summary>
    /// Gets the purposes, other than those for which the data was collected, for which it is processed further
    /// (Art. 6(4)).
    /// </summary>
    public ValueArray<FurtherProcessing> FurtherProcessing { get; init; }

    /// <summary>
    /// Gets a value indicating whether the register states that the activity transfers no data outside the EEA
    /// (Art. 30(1)(e)); <see langword="false"/> when it says nothing, which is not the same as saying there are none.
    /// </summary>
    public bool HasNoTransfers { get; init; }

    /// <summary>
    /// Gets the ids of the controllers responsible for the activity (Art. 30(1)(a)), in a register with several;
    /// empty when the register's one controller is.
    /// </summary>
    public ValueArray<string> Controllers { get; init; }

    /// <summary>
    /// Gets the id of the department that carries out the activity, when the register states it.
    /// </summary>
    public string? Department { get; init; }

    /// <summary>
    /// Gets the id of the organisation's task the activity serves, when the register states it.
    /// </summary>
    public string? Task { get; init; }

    /// <summary>
    /// Gets the processing operations the activity consists of (Art. 4(2)).
    /// </summary>
    public ValueArray<ProcessingOperation> Operations { get; init; }

    /// <summary>
    /// Gets the ids of the joint-controller arrangements (Art. 26) that govern the activity.
    /// </summary>
    public ValueArray<string> JointControllerArrangements { get; init; }
}
