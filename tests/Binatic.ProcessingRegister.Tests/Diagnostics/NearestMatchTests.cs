
namespace Binatic.ProcessingRegister.Tests.Diagnostics;

public sealed class NearestMatchTests
{
    private static readonly string[] Keys = ["id", "name", "description", "purposes", "email", "dataSubjectCategories", "legalBases"];

    [Theory]
    [InlineData("purpose", "purposes")]
    [InlineData("emial", "email")]
    [InlineData("Name", "name")]
    [InlineData("legalBasis", "legalBases")]
    [InlineData("dataSubjectCategory", "dataSubjectCategories")]
    [InlineData("desc", "description")]
    public void A_slip_a_plural_or_a_prefix_finds_the_key_meant(string written, string meant)
    {
        Assert.Equal(meant, NearestMatch.Find(written, Keys));
    }

    [Theory]
    [InlineData("address")]
    [InlineData("nm")]
    [InlineData("ab")]
    public void Nothing_is_suggested_when_nothing_is_close(string written)
    {
        Assert.Null(NearestMatch.Find(written, Keys));
    }
}
