using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Registers;

/// <summary>
/// The Binatic register must record what its privacy policy says, in the policy's own words, and nothing more:
/// these tests read the policy text beside the register, so the two cannot drift apart unnoticed.
/// </summary>
public sealed class BinaticRegisterTests
{
    private static readonly Register Register = Fixture.BinaticRegister;

    private static readonly IReadOnlyList<PolicyActivity> Policy =
        PolicyText.Activities(File.ReadAllText(Path.Combine(Path.GetDirectoryName(Fixture.Register("binatic.yaml"))!, "sources", "binatic-privacy-policy.nl.txt")));

    public static TheoryData<string> Activities => new(Policy.Select(activity => activity.Heading));

    [Fact]
    public void The_policy_text_has_the_six_activities_this_test_expects()
    {
        Assert.Equal(6, Policy.Count);
        Assert.All(Policy, activity => Assert.All(PolicyText.Labels, label => Assert.NotEmpty(activity.Bullets[label])));
    }

    [Fact]
    public void The_register_has_exactly_the_activities_of_the_policy()
    {
        Assert.Equal(
            Policy.Select(activity => PolicyText.Normalise(activity.Heading)),
            Register.Activities.Select(activity => PolicyText.Normalise(activity.Name)));
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void Every_purpose_of_the_policy_is_in_the_register_and_no_other(string heading)
    {
        Assert.Equal(Bullets(heading, "Doeleinden"), Normalised(ActivityNamed(heading).Purposes));
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void Every_data_category_of_the_policy_is_in_the_register_and_no_other(string heading)
    {
        var names = ActivityNamed(heading).DataCategories.Select(id => Register.DataCategories.Single(c => c.Id == id).Name);

        Assert.Equal(Bullets(heading, "Gegevens"), Normalised(names));
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void Every_source_of_the_policy_is_in_the_register_and_no_other(string heading)
    {
        Assert.Equal(Bullets(heading, "Verkrijgingswijze"), Normalised(ActivityNamed(heading).Sources.Select(s => s.Description)));
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void Every_legal_basis_of_the_policy_is_in_the_register_in_its_words_and_no_other(string heading)
    {
        Assert.Equal(Bullets(heading, "Grondslag(en)"), Normalised(ActivityNamed(heading).LegalBases.Select(b => b.Description ?? string.Empty)));
    }

    [Fact]
    public void The_register_records_the_policy_date_and_the_controller_as_the_policy_gives_them()
    {
        Assert.Equal(new DateOnly(2021, 10, 26), Register.Info.PolicyDate);
        Assert.Equal("Binatic Software BV", Assert.Single(Register.Controllers).Contact.Name);
        Assert.Equal("Dr. Lelykade 22a", Assert.Single(Register.Controllers).Contact.Address?.Street);
        Assert.Equal("070 4161703", Assert.Single(Register.Controllers).Contact.Phone);
        Assert.Equal("info@binatic.nl", Assert.Single(Register.Controllers).Contact.Email);
    }

    [Fact]
    public void The_register_invents_no_data_protection_officer_and_no_processing_agreement()
    {
        Assert.Null(Assert.Single(Register.Controllers).DataProtectionOfficer);
        Assert.All(Register.Processors, processor => Assert.Null(processor.ProcessingAgreement));
    }

    [Fact]
    public void The_register_records_the_transfer_safeguards_exactly_as_the_policy_lists_them()
    {
        var transfer = Assert.Single(Register.Transfers);

        Assert.Equal("US", transfer.Country);
        Assert.Equal(
            [SafeguardType.AdequacyDecision, SafeguardType.StandardContractualClauses, SafeguardType.EuUsPrivacyShield],
            transfer.Safeguards.Select(s => s.Type));
    }

    [Fact]
    public void The_findings_on_the_binatic_register_are_the_approved_ones()
    {
        Approvals.Verify(BinaticFindings.Text());
    }

    private static ProcessingActivity ActivityNamed(string heading) =>
        Register.Activities.Single(a => PolicyText.Normalise(a.Name) == PolicyText.Normalise(heading));

    private static IEnumerable<string> Bullets(string heading, string label) =>
        Normalised(Policy.Single(a => a.Heading == heading).Bullets[label]);

    private static IEnumerable<string> Normalised(IEnumerable<string> texts) => texts.Select(PolicyText.Normalise);
}
