using Binatic.ProcessingRegister.Schema;

namespace Binatic.ProcessingRegister.Tests.Schema;

public sealed class WordingTests
{
    [Theory]
    [InlineData("Processing activity", "processing activity")]
    [InlineData("E-mail", "e-mail")]
    [InlineData("A short id.", "a short id.")]
    [InlineData("DPIA", "DPIA")]
    [InlineData("Art. 10 ground", "Art. 10 ground")]
    [InlineData("`true` when used.", "'true' when used.")]
    public void A_schema_title_or_description_is_lower_cased_only_where_it_starts_with_an_ordinary_word(string text, string inline)
    {
        Assert.Equal(inline, Wording.Inline(text));
    }
}
