using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Import;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class IdentifiersTests
{
    // The schema's id pattern (schema/processing-register.schema.json, definitions.id) and its maxLength.
    private static readonly Regex IdPattern = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));
    private const int LongestId = 64;

    [Theory]
    [InlineData("Naam, adres en woonplaats", "naam-adres-en-woonplaats")]
    [InlineData("Order data", "order-data")]
    [InlineData("  Klanten  ", "klanten")]
    [InlineData("E-mailadres", "e-mailadres")]
    [InlineData("Gegevens (BSN) & IBAN!", "gegevens-bsn-iban")]
    [InlineData("ABC_def.ghi", "abc-def-ghi")]
    public void An_id_is_the_name_in_lower_case_with_each_run_of_other_characters_one_hyphen(string name, string id)
    {
        Assert.Equal(id, Identifiers.FromName(name, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Beëindiging", "beeindiging")]
    [InlineData("Données de santé", "donnees-de-sante")]
    [InlineData("Straße", "strasse")]
    [InlineData("Œuvres", "oeuvres")]
    [InlineData("Łódź", "lodz")]
    public void Diacritics_are_removed_and_letters_that_are_two_in_ascii_become_two(string name, string id)
    {
        Assert.Equal(id, Identifiers.FromName(name, new HashSet<string>()));
    }

    [Theory]
    [InlineData("2FA-codes", "id-2fa-codes")]
    [InlineData("", "id")]
    [InlineData("!!!", "id")]
    [InlineData("Δεδομένα", "id")]
    [InlineData("顧客", "id")]
    public void A_name_that_does_not_start_with_a_latin_letter_still_gives_an_id_the_schema_accepts(string name, string id)
    {
        Assert.Equal(id, Identifiers.FromName(name, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Gegevens die nodig zijn voor de uitvoering van de arbeidsovereenkomst en de salarisadministratie", "gegevens-die-nodig-zijn-voor-de")]
    [InlineData("Supercalifragilisticexpialidocious-supercalifragilisticexpialidocious", "supercalifragilisticexpialidocious")]
    public void A_long_name_is_cut_at_a_word_boundary(string name, string id)
    {
        Assert.Equal(id, Identifiers.FromName(name, new HashSet<string>()));
    }

    [Fact]
    public void A_word_longer_than_an_id_may_be_is_cut_to_a_valid_id()
    {
        var id = Identifiers.FromName(new string('x', 500), new HashSet<string>());

        Assert.Matches(IdPattern, id);
        Assert.True(id.Length <= LongestId);
    }

    [Fact]
    public void A_taken_id_gets_the_next_free_number()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);

        var ids = new[] { "Klanten", "klanten", "KLANTEN!", "Klanten" }.Select(name => Identifiers.FromName(name, taken));

        Assert.Equal(["klanten", "klanten-2", "klanten-3", "klanten-4"], ids);
        Assert.Equal(["klanten", "klanten-2", "klanten-3", "klanten-4"], taken.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_name_against_the_same_taken_ids_gives_the_same_id()
    {
        var first = Identifiers.FromName("Naam, adres", new HashSet<string> { "naam-adres", "naam-adres-2" });
        var second = Identifiers.FromName("Naam, adres", new HashSet<string> { "naam-adres", "naam-adres-2" });

        Assert.Equal("naam-adres-3", first);
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_names_give_ids_the_schema_accepts_in_bounded_time(string name)
    {
        var taken = new HashSet<string> { "id" };

        var id = HostileCells.Bounded(() => Identifiers.FromName(name, taken));

        Assert.Matches(IdPattern, id);
        Assert.True(id.Length <= LongestId);
        Assert.Contains(id, taken);
    }
}
