using Binatic.ProcessingRegister.Import;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class TransferRecogniserTests
{
    [Theory]
    [InlineData("Verenigde Staten (DPF)", "US", "DPF")]
    [InlineData("USA (SCCs)", "US", "SCCs")]
    [InlineData("Canada (adequacy)", "CA", "adequacy")]
    [InlineData("VS - modelcontractbepalingen", "US", "modelcontractbepalingen")]
    [InlineData("India – standard contractual clauses", "IN", "standard contractual clauses")]
    [InlineData("United States: standard contractual clauses", "US", "standard contractual clauses")]
    public void A_country_and_its_safeguard_in_one_item_are_told_apart(string item, string country, string safeguard)
    {
        Assert.Equal((country, safeguard), TransferRecogniser.Recognise(item));
    }

    [Fact]
    public void A_country_alone_has_no_safeguard()
    {
        Assert.Equal(("US", (string?)null), TransferRecogniser.Recognise("Verenigde Staten"));
    }

    [Theory]
    [InlineData("standard contractual clauses")]
    [InlineData("Atlantis (SCCs)")]
    [InlineData("SCCs - India")]
    public void An_item_that_does_not_name_a_country_first_is_not_recognised(string item)
    {
        Assert.Null(TransferRecogniser.Recognise(item));
    }
}
