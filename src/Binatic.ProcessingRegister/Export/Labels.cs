using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// The fixed text of an exported document in one language: headings, field names, and the names of the closed
/// lists (legal bases, safeguards, rights...). Every fixed string is a required member, so a language that misses
/// one does not compile; the enum tables are checked for completeness by a test. Labels are trusted Markdown and
/// are written as they are; only text from the register is escaped.
/// </summary>
internal sealed partial class Labels
{
    public static Labels For(RegisterLanguage language) => language switch
    {
        RegisterLanguage.Dutch => Dutch,
        RegisterLanguage.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "There are no labels for this language."),
    };

    // Document
    public required string RegisterOf { get; init; }
    public required string Introduction { get; init; }
    public required string QuotedAsWrittenIn { get; init; }
    public required string NotStated { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string SeeSectionOpen { get; init; }
    public required string SeeSectionClose { get; init; }

    // About the register
    public required string Title { get; init; }
    public required string Scope { get; init; }
    public required string PolicyVersion { get; init; }
    public required string PolicyDate { get; init; }
    public required string LastReviewed { get; init; }
    public required string NextReview { get; init; }
    public required string SmallOrganisationExemption { get; init; }

    // Overview
    public required string Overview { get; init; }
    public required string Number { get; init; }
    public required string Activity { get; init; }
    public required string Purposes { get; init; }
    public required string LegalBases { get; init; }
    public required string Retention { get; init; }

    // Data map
    public required string DataMap { get; init; }
    public required string DataMapIntroduction { get; init; }
    public required string DataMapActivities { get; init; }
    public required string DataMapSpecial { get; init; }
    public required string DataMapCriminal { get; init; }
    public required string DataMapOutsideEea { get; init; }

    public required string DataMapNew { get; init; }

    public required string DataMapSharedParties { get; init; }

    // The points of Art. 30(1), per activity
    public required string SectionController { get; init; }
    public required string SectionPurposes { get; init; }
    public required string SectionCategories { get; init; }
    public required string SectionRecipients { get; init; }
    public required string SectionTransfers { get; init; }
    public required string SectionRetention { get; init; }
    public required string SectionSecurity { get; init; }
    public required string SectionDpia { get; init; }

    // (a) Controller and contacts
    public required string Controller { get; init; }
    public required string PublicAuthority { get; init; }
    public required string DataProtectionOfficer { get; init; }
    public required string Representative { get; init; }
    public required string JointControllers { get; init; }
    public required string Designated { get; init; }
    public required string NotDesignated { get; init; }
    public required string Arrangement { get; init; }

    // The organisation: departments, tasks, processing operations and joint-controller arrangements
    public required string Department { get; init; }
    public required string OrganisationTask { get; init; }
    public required string Operations { get; init; }
    public required string JointControllerArrangements { get; init; }
    public required string Essence { get; init; }
    public required string Responsibilities { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string Website { get; init; }

    // (b) Purposes and legal bases
    public required string LegalBasesOfActivity { get; init; }
    public required string ForPurposes { get; init; }
    public required string Interests { get; init; }
    public required string AssessmentReference { get; init; }
    public required string Law { get; init; }
    public required string Withdrawal { get; init; }
    public required string ConsentRecord { get; init; }

    // (c) Data subjects and personal data
    public required string DataSubjects { get; init; }
    public required string DataCategories { get; init; }
    public required string SpecialCategoryMark { get; init; }
    public required string CriminalOffenceMark { get; init; }
    public required string SpecialCategoryConditions { get; init; }
    public required string CriminalOffenceGround { get; init; }
    public required string Sources { get; init; }

    // (d) Recipients
    public required string NoRecipients { get; init; }
    public required string Processor { get; init; }

    // (e) Transfers
    public required string Country { get; init; }
    public required string Recipient { get; init; }
    public required string Description { get; init; }
    public required string Safeguards { get; init; }
    public required string Frequency { get; init; }
    public required string TransferImpactAssessment { get; init; }
    public required string Reference { get; init; }

    // (f) Retention
    public required string Period { get; init; }
    public required string CountedFrom { get; init; }
    public required string AppliesTo { get; init; }
    public required string AllCategories { get; init; }

    // DPIA
    public required string Status { get; init; }
    public required string Notes { get; init; }

    // Processors
    public required string Processors { get; init; }
    public required string Service { get; init; }
    public required string Location { get; init; }
    public required string ProcessingAgreement { get; init; }
    public required string WithinEea { get; init; }
    public required string NotOnlyWithinEea { get; init; }
    public required string Countries { get; init; }
    public required string DpfCertified { get; init; }
    public required string Date { get; init; }

    // Recipients
    public required string Recipients { get; init; }
    public required string Kind { get; init; }
    public required string Role { get; init; }
    public required string WhenAndWhy { get; init; }

    // Register-wide transfers, retention and security
    public required string GeneralTransfers { get; init; }
    public required string RetentionPolicy { get; init; }
    public required string Principle { get; init; }
    public required string Criteria { get; init; }
    public required string RetentionRules { get; init; }
    public required string Exceptions { get; init; }
    public required string Security { get; init; }
    public required string SecurityStatement { get; init; }
    public required string Measure { get; init; }
    public required string Objectives { get; init; }

    // Rights, complaints, children, cookies
    public required string Rights { get; init; }
    public required string RightsList { get; init; }
    public required string ResponseDeadline { get; init; }
    public required string Channels { get; init; }
    public required string NotOffered { get; init; }
    public required string ConsentWithdrawal { get; init; }
    public required string Complaints { get; init; }
    public required string ComplaintsProcedure { get; init; }
    public required string ComplaintsDeadline { get; init; }
    public required string SupervisoryAuthority { get; init; }
    public required string Children { get; init; }
    public required string AgeOfConsent { get; init; }
    public required string Policy { get; init; }
    public required string Cookies { get; init; }
    public required string CookiesUsed { get; init; }
    public required string Cookie { get; init; }
    public required string CookiePurpose { get; init; }
    public required string CookieLifetime { get; init; }
    public required string CookiesSet { get; init; }

    // Chain partners, further processing, archival retention, no transfers and national identifiers
    public required string ChainPartner { get; init; }
    public required string Covenant { get; init; }
    public required string ReceivesOnly { get; init; }
    public required string FurtherProcessing { get; init; }
    public required string CompatibilityAssessment { get; init; }
    public required string BasedOnConsent { get; init; }
    public required string NoTransfers { get; init; }
    public required string Permanent { get; init; }
    public required string SelectionList { get; init; }
    public required string SelectionListCategory { get; init; }
    public required string ArchiveTransferAfter { get; init; }
    public required string RecordTypes { get; init; }
    public required string NationalIdentifierMark { get; init; }

    // Grouping by department, and the VNG model register's table
    public required string OtherActivities { get; init; }
    public required IReadOnlyList<string> VngColumns { get; init; }
    public required string PublicSector { get; init; }
    public required string PrivateSector { get; init; }

    // The processor's record (Art. 30(2))
    public required string ProcessorRecordTitle { get; init; }
    public required string ProcessorIntroduction { get; init; }
    public required string SectionProcessorAndControllers { get; init; }
    public required string SectionCategoriesOfProcessing { get; init; }
    public required string SectionProcessorTransfers { get; init; }
    public required string SectionProcessorSecurity { get; init; }
    public required string NameAndContactDetails { get; init; }
    public required string ProcessorIsController { get; init; }
    public required string OnBehalfOf { get; init; }
    public required string SubProcessor { get; init; }
    public required string SubProcessors { get; init; }
    public required string SubProcessorsEngaged { get; init; }
    public required string SubProcessorAgreement { get; init; }
    public required string SubProcessorAuthorisationField { get; init; }
    public required string AuthorisedSubProcessors { get; init; }
    public required string OwnPurposes { get; init; }
    public required string AllProcessingForClients { get; init; }
    public required string ProcessorRecordNotInTable { get; init; }

    // Dates and periods; InvariantGlobalization leaves no culture to ask for month names.
    public required IReadOnlyList<string> Months { get; init; }
    public required string And { get; init; }
    public required (string One, string Many) Years { get; init; }
    public required (string One, string Many) MonthsUnit { get; init; }
    public required (string One, string Many) Weeks { get; init; }
    public required (string One, string Many) Days { get; init; }

    // Closed lists, keyed by enum value
    public required FrozenDictionary<RegisterLanguage, string> LanguageNames { get; init; }
    public required FrozenDictionary<LegalBasis, string> LegalBasisNames { get; init; }
    public required FrozenDictionary<Article9Condition, string> Article9ConditionNames { get; init; }
    public required FrozenDictionary<SpecialCategory, string> SpecialCategoryNames { get; init; }
    public required FrozenDictionary<SourceKind, string> SourceKindNames { get; init; }
    public required FrozenDictionary<RecipientKind, string> RecipientKindNames { get; init; }
    public required FrozenDictionary<RecipientRole, string> RecipientRoleNames { get; init; }
    public required FrozenDictionary<SafeguardType, string> SafeguardTypeNames { get; init; }
    public required FrozenDictionary<Article49Derogation, string> Article49DerogationNames { get; init; }
    public required FrozenDictionary<TransferFrequency, string> TransferFrequencyNames { get; init; }
    public required FrozenDictionary<SecurityMeasureKind, string> SecurityMeasureKindNames { get; init; }
    public required FrozenDictionary<SecurityObjective, string> SecurityObjectiveNames { get; init; }
    public required FrozenDictionary<DpiaStatus, string> DpiaStatusNames { get; init; }
    public required FrozenDictionary<DataSubjectRightKind, string> RightNames { get; init; }
    public required FrozenDictionary<ChannelKind, string> ChannelNames { get; init; }
    public required FrozenDictionary<SubProcessorAuthorisation, string> SubProcessorAuthorisationNames { get; init; }

    public string YesOrNo(bool value) => value ? Yes : No;

    public string SeeSection(string section) => SeeSectionOpen + section + SeeSectionClose;

    public string FormatDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    public string FormatPeriod(IsoPeriod period)
    {
        var parts = new List<string>(4);
        Add(parts, period.Years, Years);
        Add(parts, period.Months, MonthsUnit);
        Add(parts, period.Weeks, Weeks);
        Add(parts, period.Days, Days);
        if (parts.Count == 0)
        {
            Add(parts, 0, Days, always: true);
        }

        var text = new StringBuilder(parts[0]);
        for (var i = 1; i < parts.Count; i++)
        {
            text.Append(i == parts.Count - 1 ? " " + And + " " : ", ").Append(parts[i]);
        }

        return text.ToString();
    }

    private static void Add(List<string> parts, int count, (string One, string Many) unit, bool always = false)
    {
        if (count != 0 || always)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? unit.One : unit.Many)}"));
        }
    }
}
