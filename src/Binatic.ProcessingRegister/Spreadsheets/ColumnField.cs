namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// What a column of a layout holds, in terms of the register's format. The import and the export read these the same
/// way; a list is one item per line in a cell.
/// </summary>
internal enum ColumnField
{
    /// <summary>The activity's name (<c>activities[].name</c>).</summary>
    ActivityName,

    /// <summary>The activity's description (<c>description</c>); where free text without a structured home goes.</summary>
    Description,

    /// <summary>The activity's department by name (<c>department</c>, <c>departments[]</c>); the ICO's "Business function".</summary>
    Department,

    /// <summary>The department's statutory task by name (<c>task</c>, <c>tasks[]</c>).</summary>
    Task,

    /// <summary>The activity's operations (<c>operations[]</c>: name, or "name: description").</summary>
    Operations,

    /// <summary>The controllers responsible for the activity, by name (<c>controllers</c>).</summary>
    Controllers,

    /// <summary>Whether the controllers are public authorities: "publiek"/"public" or "privaat"/"private".</summary>
    PublicOrPrivate,

    /// <summary>The purposes (<c>purposes</c>).</summary>
    Purposes,

    /// <summary>Joint controllers of the activity (<c>jointControllerArrangements</c>, the arrangements' names and parties).</summary>
    JointControllers,

    /// <summary>The categories of data subjects, by name (<c>dataSubjects</c>, <c>dataSubjectCategories[]</c>).</summary>
    DataSubjects,

    /// <summary>The categories of personal data, by name (<c>dataCategories</c>, <c>dataCategories[]</c>).</summary>
    DataCategories,

    /// <summary>The special categories (Art. 9) and criminal offence data (Art. 10) among the data categories.</summary>
    SensitiveData,

    /// <summary>The recipients and processors, by name (<c>recipients</c>).</summary>
    Recipients,

    /// <summary>The processors' processing agreements (Art. 28(3)): their references.</summary>
    ProcessorContracts,

    /// <summary>The third countries of the activity's transfers (<c>transfers[].country</c>).</summary>
    TransferCountries,

    /// <summary>The safeguards of those transfers (<c>transfers[].safeguards</c>).</summary>
    TransferSafeguards,

    /// <summary>Countries and safeguards in one cell ("US: standard contractual clauses"), as the VNG model has it.</summary>
    Transfers,

    /// <summary>The retention periods or criteria (<c>retention[]</c>).</summary>
    Retention,

    /// <summary>The technical and organisational security measures (<c>securityMeasures</c>, by description).</summary>
    SecurityMeasures,

    /// <summary>The Art. 6 legal bases (<c>legalBases[].basis</c>, with a law where stated).</summary>
    LegalBases,

    /// <summary>The Art. 9 conditions for special categories (<c>specialCategoryConditions</c>).</summary>
    SpecialCategoryConditions,

    /// <summary>The legitimate interests pursued (<c>legalBases[].interests</c>).</summary>
    LegitimateInterests,

    /// <summary>The reference of the legitimate interests assessment (<c>legalBases[].assessmentReference</c>).</summary>
    InterestsAssessment,

    /// <summary>The data subjects' rights available for the activity.</summary>
    Rights,

    /// <summary>Automated decision-making, including profiling.</summary>
    AutomatedDecisions,

    /// <summary>The sources of the data (<c>sources[]</c>).</summary>
    Sources,

    /// <summary>Where consent is recorded (<c>legalBases[].consentRecord</c>).</summary>
    ConsentRecord,

    /// <summary>Where the personal data is kept (systems, applications).</summary>
    DataLocation,

    /// <summary>Whether a DPIA is required (<c>dpia.status</c>).</summary>
    DpiaRequired,

    /// <summary>How far the DPIA has come (<c>dpia.status</c>).</summary>
    DpiaProgress,

    /// <summary>The DPIA's reference (<c>dpia.reference</c>).</summary>
    DpiaReference,

    /// <summary>Cooperating parties: recipients that are chain partners (<c>recipients[].chainPartner</c>).</summary>
    ChainPartners,

    /// <summary>The covenants or privacy protocols with chain partners (<c>recipients[].covenant</c>).</summary>
    Covenants,

    /// <summary>Further processing for other purposes (<c>furtherProcessing[]</c>).</summary>
    FurtherProcessing,

    /// <summary>When the activity's entry was created or last updated.</summary>
    LastUpdated,

    /// <summary>A column of the template that the register's format has no field for; kept as a comment on import.</summary>
    NotInFormat,
}
