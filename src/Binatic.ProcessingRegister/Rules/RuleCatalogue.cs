using System.Collections.Frozen;
using Binatic.ProcessingRegister.Rules.Catalogue;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// The catalogue of every id a finding can carry: the GDPR rules that review a loaded register (RPR001–RPR089), the
/// rules about accepted findings (RPR090, RPR091) and the checks made while loading (RPR100–RPR139, see
/// <see cref="Diagnostics.DiagnosticIds"/>), each with its title, default severity, articles, help text and
/// <see cref="RuleDescriptor.Stage"/>. Generated documentation, the CLI's rule listing and SARIF output all read from here.
/// </summary>
/// <example>
/// <code>
/// var rule = RuleCatalogue.Find(finding.RuleId);   // every finding's id is in the catalogue
/// Console.WriteLine($"{rule?.Title}: {rule?.Fix}");
/// </code>
/// </example>
public static class RuleCatalogue
{
    // Listed rather than discovered by reflection: reading every type of the assembly and creating each rule through
    // Activator cost about 10 ms at every start of the tool. A test checks that every rule class is listed.
    private static readonly Lazy<Rule[]> LazyRules = new(() =>
        [.. new Rule[]
        {
            new AdequacyClaimRule(),
            new AlternativeSafeguardsRule(),
            new Article49DerogationRule(),
            new ChildAgeOfConsentRule(),
            new ChildrenWithoutConsentRule(),
            new ClientAgreementRule(),
            new ClientRecordConsistencyRule(),
            new ConflictingRetentionRule(),
            new ConsentRecordRule(),
            new ControllerContactRule(),
            new CountryClassificationRule(),
            new CriminalOffenceDisclosureRule(),
            new CriminalOffenceGroundRule(),
            new DataProtectionOfficerRule(),
            new DataSubjectsAndCategoriesRule(),
            new DirectMarketingObjectionRule(),
            new DpiaScreeningRule(),
            new EventBasedRetentionRule(),
            new GroupCompanyRoleRule(),
            new JobApplicationsRule(),
            new JointControllerArrangementRule(),
            new LegalBasisPurposesRule(),
            new LegalBasisRule(),
            new LegalObligationStatuteRule(),
            new LegitimateInterestsNamedRule(),
            new LegitimateInterestsRule(),
            new NationalIdentifierLawRule(),
            new OwnPurposesRule(),
            new PartyLocationRule(),
            new PortabilityScopeRule(),
            new PrivacyShieldRule(),
            new ProcessingAgreementRule(),
            new ProcessorRecordItemsRule(),
            new ProcessorSecurityMeasuresRule(),
            new ProcessorServiceRule(),
            new PublicAuthorityDpoRule(),
            new PublicAuthorityLegitimateInterestsRule(),
            new PublicTaskRule(),
            new PublicTaskStatuteRule(),
            new PurposeRule(),
            new RecipientKindRule(),
            new RecipientOutsideEeaRule(),
            new RecipientsStatedRule(),
            new ResponseDeadlineRule(),
            new RetentionPeriodRule(),
            new ReviewDateRule(),
            new SecurityMeasureKindRule(),
            new SecurityMeasuresRule(),
            new SmallOrganisationExemptionRule(),
            new SpecialCategoryConditionRule(),
            new SpecialCategoryLawRule(),
            new StandardContractualClausesRule(),
            new SubProcessorAuthorisationRule(),
            new SubProcessorOutsideEeaRule(),
            new TransferCountryRule(),
            new TransferImpactAssessmentRule(),
            new TransferSafeguardRule(),
            new VagueSourceRule(),
        }.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)]);

    /// <summary>
    /// Gets every rule, ordered by id: the rules of the review first, then the checks made while loading, whose ids
    /// start at RPR100.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [.. LazyRules.Value.Select(rule => rule.Descriptor).Concat(AcceptanceRules.Descriptors).Concat(LoadingRules.All).Concat(ImportRules.All).Concat(NoticeCheckRules.All).OrderBy(d => d.Id, StringComparer.Ordinal)];

    private static readonly Lazy<FrozenDictionary<string, RuleDescriptor>> ById = new(() =>
        All.ToFrozenDictionary(descriptor => descriptor.Id, StringComparer.Ordinal));

    /// <summary>Gets the rule with the id <paramref name="id"/>, such as <c>RPR024</c> or <c>RPR120</c>.</summary>
    /// <param name="id">The rule's id, as findings write it (in upper case).</param>
    /// <returns>The rule, or <see langword="null"/> when there is no rule with that id.</returns>
    public static RuleDescriptor? Find(string id) => ById.Value.GetValueOrDefault(id);

    internal static IReadOnlyList<Rule> Rules => LazyRules.Value;
}
