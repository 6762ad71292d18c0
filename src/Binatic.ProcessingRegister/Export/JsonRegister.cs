namespace Binatic.ProcessingRegister.Export;

// The wire format of the JSON export: one record per object of the schema, all in this file so that the format
// reads as one document. Every key is the property name in camelCase, exactly as RegisterBinder reads it, and
// properties are declared in the order the schema lists them, which is the order they are written in. A null is
// not written, so an absent value, and a default the binder would fill in, is left out. Enums, dates and periods
// are held as the strings a register spells them with.

/// <summary>The whole register; the root object of the schema.</summary>
internal sealed record JsonRegister
{
    public required JsonRegisterInfo Register { get; init; }

    /// <summary>Gets the register's one controller, when it is written with <c>controller</c>.</summary>
    public JsonController? Controller { get; init; }

    /// <summary>Gets the register's controllers, when it is written with <c>controllers</c>.</summary>
    public IReadOnlyList<JsonController>? Controllers { get; init; }

    /// <summary>Gets the catalogue of data subjects: always written for a controller's record, which requires it.</summary>
    public IReadOnlyList<JsonDataSubjectCategory>? DataSubjectCategories { get; init; }

    /// <summary>Gets the catalogue of personal data: always written for a controller's record, which requires it.</summary>
    public IReadOnlyList<JsonDataCategory>? DataCategories { get; init; }

    public IReadOnlyList<JsonProcessor>? Processors { get; init; }

    public IReadOnlyList<JsonRecipient>? Recipients { get; init; }

    public JsonSecurity? Security { get; init; }

    /// <summary>Gets the activities: always written for a controller's record, which requires them.</summary>
    public IReadOnlyList<JsonActivity>? Activities { get; init; }

    public IReadOnlyList<JsonTransfer>? Transfers { get; init; }

    public JsonRetentionPolicy? RetentionPolicy { get; init; }

    public JsonDataSubjectRights? DataSubjectRights { get; init; }

    public IReadOnlyList<JsonAcceptance>? Accepted { get; init; }

    public JsonChildren? Children { get; init; }

    public JsonCookies? Cookies { get; init; }

    public IReadOnlyList<JsonDepartment>? Departments { get; init; }

    public IReadOnlyList<JsonTask>? Tasks { get; init; }

    public IReadOnlyList<JsonJointControllerArrangement>? JointControllerArrangements { get; init; }

    public JsonProcessorRecord? ProcessorRecord { get; init; }
}

internal sealed record JsonRegisterInfo
{
    public required string Language { get; init; }

    public string? Title { get; init; }

    public string? Scope { get; init; }

    public string? PolicyVersion { get; init; }

    public string? PolicyDate { get; init; }

    public string? LastReviewed { get; init; }

    public string? NextReview { get; init; }

    public bool? SmallOrganisationExemption { get; init; }

    /// <summary>Gets the role, written only when it is not the default <c>controller</c>.</summary>
    public string? Role { get; init; }
}

internal sealed record JsonController
{
    /// <summary>Gets the id of a controller listed under <c>controllers</c>; the single <c>controller</c> has none.</summary>
    public string? Id { get; init; }

    public required string Name { get; init; }

    public JsonPostalAddress? Address { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public bool? PublicAuthority { get; init; }

    public JsonDesignation? Representative { get; init; }

    public JsonDesignation? DataProtectionOfficer { get; init; }

    public IReadOnlyList<JsonJointController>? JointControllers { get; init; }
}

internal sealed record JsonPostalAddress
{
    public required string Street { get; init; }

    public string? PostalCode { get; init; }

    public required string City { get; init; }

    public string? Country { get; init; }
}

/// <summary>Both branches of the schema's designation: the contact when designated, the note when not.</summary>
internal sealed record JsonDesignation
{
    public required bool Designated { get; init; }

    public string? Name { get; init; }

    public JsonPostalAddress? Address { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public string? Note { get; init; }
}

internal sealed record JsonJointController
{
    public required string Name { get; init; }

    public JsonPostalAddress? Address { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public string? Arrangement { get; init; }
}

internal sealed record JsonDataSubjectCategory
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }
}

internal sealed record JsonDataCategory
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public string? SpecialCategory { get; init; }

    public bool? CriminalOffenceData { get; init; }

    public JsonNationalIdentifier? NationalIdentifier { get; init; }
}

internal sealed record JsonProcessor
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Service { get; init; }

    public JsonLocation? Location { get; init; }

    public JsonProcessingAgreement? ProcessingAgreement { get; init; }

    public bool? DpfCertified { get; init; }
}

internal sealed record JsonLocation
{
    public string? Description { get; init; }

    public bool? WithinEea { get; init; }

    public IReadOnlyList<string>? Countries { get; init; }
}

internal sealed record JsonProcessingAgreement
{
    public required bool InPlace { get; init; }

    public string? Reference { get; init; }

    public string? Date { get; init; }
}

internal sealed record JsonRecipient
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Kind { get; init; }

    public string? Role { get; init; }

    public string? Description { get; init; }

    public JsonLocation? Location { get; init; }

    public bool? DpfCertified { get; init; }

    public bool? ChainPartner { get; init; }

    public JsonCovenant? Covenant { get; init; }

    public IReadOnlyList<string>? DataCategories { get; init; }
}

internal sealed record JsonSecurity
{
    public string? Statement { get; init; }

    public IReadOnlyList<JsonSecurityMeasure>? Measures { get; init; }
}

internal sealed record JsonSecurityMeasure
{
    public required string Id { get; init; }

    public string? Kind { get; init; }

    public required string Description { get; init; }

    public IReadOnlyList<string>? Objectives { get; init; }
}

internal sealed record JsonActivity
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<string> Purposes { get; init; }

    public required IReadOnlyList<string> DataSubjects { get; init; }

    public required IReadOnlyList<string> DataCategories { get; init; }

    public IReadOnlyList<JsonSource>? Sources { get; init; }

    public required IReadOnlyList<JsonLegalBasis> LegalBases { get; init; }

    public IReadOnlyList<JsonSpecialCategoryCondition>? SpecialCategoryConditions { get; init; }

    public JsonCriminalOffenceGround? CriminalOffenceGround { get; init; }

    /// <summary>Gets the recipients: null when the register does not say, empty when it says there are none.</summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    public IReadOnlyList<JsonTransfer>? Transfers { get; init; }

    public IReadOnlyList<JsonRetentionRule>? Retention { get; init; }

    public IReadOnlyList<string>? SecurityMeasures { get; init; }

    public JsonDpia? Dpia { get; init; }

    public IReadOnlyList<JsonAcceptance>? Accepted { get; init; }

    public IReadOnlyList<JsonFurtherProcessing>? FurtherProcessing { get; init; }

    public bool? NoTransfers { get; init; }

    public IReadOnlyList<string>? Controllers { get; init; }

    public string? Department { get; init; }

    public string? Task { get; init; }

    public IReadOnlyList<JsonOperation>? Operations { get; init; }

    public IReadOnlyList<string>? JointControllerArrangements { get; init; }
}

internal sealed record JsonSource
{
    public required string Description { get; init; }

    public string? Kind { get; init; }
}

/// <summary>Every branch of the schema's legal basis; each branch's keys keep their relative order.</summary>
internal sealed record JsonLegalBasis
{
    public required string Basis { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? Purposes { get; init; }

    public IReadOnlyList<string>? Interests { get; init; }

    public string? AssessmentReference { get; init; }

    public string? Law { get; init; }

    public string? Withdrawal { get; init; }

    public string? ConsentRecord { get; init; }
}

internal sealed record JsonSpecialCategoryCondition
{
    public required string Condition { get; init; }

    public string? Description { get; init; }

    public string? Law { get; init; }

    public IReadOnlyList<string>? DataCategories { get; init; }
}

internal sealed record JsonCriminalOffenceGround
{
    public required string Description { get; init; }

    public string? Law { get; init; }
}

internal sealed record JsonTransfer
{
    public required string Country { get; init; }

    public string? Recipient { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<JsonSafeguard>? Safeguards { get; init; }

    public string? Frequency { get; init; }

    public string? ImpactAssessmentReference { get; init; }
}

internal sealed record JsonSafeguard
{
    public required string Type { get; init; }

    public string? Derogation { get; init; }

    public string? Description { get; init; }

    public string? Reference { get; init; }
}

internal sealed record JsonRetentionRule
{
    public string? Description { get; init; }

    public string? Period { get; init; }

    public string? From { get; init; }

    public IReadOnlyList<string>? DataCategories { get; init; }

    public string? Law { get; init; }

    public bool? Permanent { get; init; }

    public JsonSelectionList? SelectionList { get; init; }

    public string? ArchiveTransferAfter { get; init; }

    public IReadOnlyList<string>? RecordTypes { get; init; }
}

internal sealed record JsonDpia
{
    public required string Status { get; init; }

    public string? Reference { get; init; }

    public string? Description { get; init; }
}

internal sealed record JsonAcceptance
{
    public required string Rule { get; init; }

    public string? Reason { get; init; }
}

internal sealed record JsonRetentionPolicy
{
    public string? Principle { get; init; }

    public IReadOnlyList<string>? Criteria { get; init; }

    public IReadOnlyList<JsonRetentionRule>? Rules { get; init; }

    public IReadOnlyList<string>? Exceptions { get; init; }
}

internal sealed record JsonDataSubjectRights
{
    public IReadOnlyList<JsonRight>? Rights { get; init; }

    public string? ResponseDeadline { get; init; }

    public string? ResponseDeadlineDescription { get; init; }

    public IReadOnlyList<JsonChannel>? Channels { get; init; }

    public string? ConsentWithdrawal { get; init; }

    public JsonComplaints? Complaints { get; init; }
}

internal sealed record JsonRight
{
    public required string Right { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? Activities { get; init; }
}

internal sealed record JsonChannel
{
    public required string Kind { get; init; }

    public string? Contact { get; init; }

    public bool? Available { get; init; }
}

internal sealed record JsonComplaints
{
    public string? Description { get; init; }

    public IReadOnlyList<JsonChannel>? Channels { get; init; }

    public string? ResponseDeadline { get; init; }

    public string? SupervisoryAuthority { get; init; }
}

internal sealed record JsonChildren
{
    public required int AgeOfConsent { get; init; }

    public string? Description { get; init; }
}

internal sealed record JsonCookies
{
    public required bool Used { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<JsonCookie>? Cookies { get; init; }
}

internal sealed record JsonCookie
{
    public required string Name { get; init; }

    public required string Purpose { get; init; }

    public string? Retention { get; init; }
}

internal sealed record JsonCovenant
{
    public required string Name { get; init; }

    public string? Reference { get; init; }

    public string? Date { get; init; }
}

internal sealed record JsonFurtherProcessing
{
    public required string Purpose { get; init; }

    public string? CompatibilityAssessment { get; init; }

    public string? Law { get; init; }

    public bool? Consent { get; init; }
}

internal sealed record JsonSelectionList
{
    public required string Name { get; init; }

    public string? Category { get; init; }
}

internal sealed record JsonNationalIdentifier
{
    public string? Name { get; init; }

    public string? Law { get; init; }
}

internal sealed record JsonDepartment
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }
}

internal sealed record JsonTask
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Department { get; init; }

    public string? Description { get; init; }
}

internal sealed record JsonOperation
{
    public required string Name { get; init; }

    public string? Description { get; init; }
}

internal sealed record JsonJointControllerArrangement
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<JsonArrangementParty> Parties { get; init; }

    public string? Reference { get; init; }

    public string? Date { get; init; }

    public string? Essence { get; init; }
}

internal sealed record JsonArrangementParty
{
    public required string Name { get; init; }

    public JsonPostalAddress? Address { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public string? Responsibilities { get; init; }
}

internal sealed record JsonProcessorRecord
{
    public JsonProcessorOrganisation? Processor { get; init; }

    public required IReadOnlyList<JsonClient> Clients { get; init; }

    public IReadOnlyList<JsonSubProcessor>? SubProcessors { get; init; }

    public IReadOnlyList<JsonTransfer>? Transfers { get; init; }

    public IReadOnlyList<string>? SecurityMeasures { get; init; }
}

internal sealed record JsonProcessorOrganisation
{
    public required string Name { get; init; }

    public JsonPostalAddress? Address { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public JsonDesignation? Representative { get; init; }

    public JsonDesignation? DataProtectionOfficer { get; init; }
}

internal sealed record JsonClient
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public JsonPostalAddress? Address { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public JsonDesignation? Representative { get; init; }

    public JsonDesignation? DataProtectionOfficer { get; init; }

    public JsonClientAgreement? ProcessingAgreement { get; init; }

    public IReadOnlyList<JsonProcessingCategory>? Processing { get; init; }

    public JsonControllerRecordLink? ControllerRecord { get; init; }
}

internal sealed record JsonClientAgreement
{
    public required bool InPlace { get; init; }

    public string? Reference { get; init; }

    public string? Date { get; init; }

    public string? SubProcessorAuthorisation { get; init; }

    public IReadOnlyList<string>? AuthorisedSubProcessors { get; init; }
}

internal sealed record JsonControllerRecordLink
{
    public required string File { get; init; }

    public required string Processor { get; init; }
}

internal sealed record JsonProcessingCategory
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? DataSubjects { get; init; }

    public IReadOnlyList<string>? DataCategories { get; init; }

    public IReadOnlyList<string>? SubProcessors { get; init; }

    public IReadOnlyList<string>? SecurityMeasures { get; init; }

    public IReadOnlyList<string>? Purposes { get; init; }
}

internal sealed record JsonSubProcessor
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Service { get; init; }

    public JsonLocation? Location { get; init; }

    public JsonProcessingAgreement? ProcessingAgreement { get; init; }

    public bool? DpfCertified { get; init; }
}
