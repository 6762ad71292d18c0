using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises the special categories of Art. 9(1) and criminal offence data (Art. 10) in the name of a data category,
/// in English, Dutch and French. Dutch writes compounds as one word ("gezondheidsgegevens"), so the Dutch words are
/// stems. A name that points at two categories is not guessed at.
/// </summary>
internal static class SpecialCategoryRecogniser
{
    private static readonly PhraseTable<SpecialCategory> Categories = new(
    [
        ("health", SpecialCategory.Health), ("medical", SpecialCategory.Health), ("medisch*", SpecialCategory.Health),
        ("gezondheid*", SpecialCategory.Health), ("ziekte*", SpecialCategory.Health), ("ziekmelding*", SpecialCategory.Health),
        ("sante", SpecialCategory.Health), ("medicale*", SpecialCategory.Health), ("handicap*", SpecialCategory.Health),
        ("disability", SpecialCategory.Health), ("disabilities", SpecialCategory.Health),
        ("racial", SpecialCategory.RacialOrEthnicOrigin), ("ethnic", SpecialCategory.RacialOrEthnicOrigin),
        ("ras", SpecialCategory.RacialOrEthnicOrigin), ("etnisch*", SpecialCategory.RacialOrEthnicOrigin),
        ("raciale", SpecialCategory.RacialOrEthnicOrigin), ("ethnique", SpecialCategory.RacialOrEthnicOrigin),
        ("political opinion", SpecialCategory.PoliticalOpinions), ("political opinions", SpecialCategory.PoliticalOpinions),
        ("politieke*", SpecialCategory.PoliticalOpinions), ("opinions politiques", SpecialCategory.PoliticalOpinions),
        ("religion", SpecialCategory.ReligiousOrPhilosophicalBeliefs), ("religious", SpecialCategory.ReligiousOrPhilosophicalBeliefs),
        ("philosophical beliefs", SpecialCategory.ReligiousOrPhilosophicalBeliefs), ("religie*", SpecialCategory.ReligiousOrPhilosophicalBeliefs),
        ("godsdienst*", SpecialCategory.ReligiousOrPhilosophicalBeliefs), ("levensbeschouw*", SpecialCategory.ReligiousOrPhilosophicalBeliefs),
        ("geloof*", SpecialCategory.ReligiousOrPhilosophicalBeliefs), ("religieuse*", SpecialCategory.ReligiousOrPhilosophicalBeliefs),
        ("convictions religieuses", SpecialCategory.ReligiousOrPhilosophicalBeliefs), ("convictions philosophiques", SpecialCategory.ReligiousOrPhilosophicalBeliefs),
        ("trade union", SpecialCategory.TradeUnionMembership), ("trade unions", SpecialCategory.TradeUnionMembership),
        ("vakbond*", SpecialCategory.TradeUnionMembership), ("vakvereniging*", SpecialCategory.TradeUnionMembership),
        ("syndicale*", SpecialCategory.TradeUnionMembership), ("syndical*", SpecialCategory.TradeUnionMembership),
        ("genetic", SpecialCategory.GeneticData), ("genetisch*", SpecialCategory.GeneticData), ("genetique*", SpecialCategory.GeneticData),
        ("dna", SpecialCategory.GeneticData),
        ("biometric", SpecialCategory.BiometricData), ("biometrisch*", SpecialCategory.BiometricData), ("biometrique*", SpecialCategory.BiometricData),
        ("fingerprint*", SpecialCategory.BiometricData), ("vingerafdruk*", SpecialCategory.BiometricData),
        ("empreinte digitale", SpecialCategory.BiometricData), ("empreintes digitales", SpecialCategory.BiometricData),
        ("facial recognition", SpecialCategory.BiometricData), ("gezichtsherkenning", SpecialCategory.BiometricData),
        ("reconnaissance faciale", SpecialCategory.BiometricData),
        ("sex life", SpecialCategory.SexLifeOrSexualOrientation), ("sexual*", SpecialCategory.SexLifeOrSexualOrientation),
        ("seksue*", SpecialCategory.SexLifeOrSexualOrientation), ("geaardheid", SpecialCategory.SexLifeOrSexualOrientation),
        ("vie sexuelle", SpecialCategory.SexLifeOrSexualOrientation), ("orientation sexuelle", SpecialCategory.SexLifeOrSexualOrientation),

        // The register's own names, so that an exported register reads back.
        ("racialorethnicorigin", SpecialCategory.RacialOrEthnicOrigin), ("politicalopinions", SpecialCategory.PoliticalOpinions),
        ("religiousorphilosophicalbeliefs", SpecialCategory.ReligiousOrPhilosophicalBeliefs),
        ("tradeunionmembership", SpecialCategory.TradeUnionMembership), ("geneticdata", SpecialCategory.GeneticData),
        ("biometricdata", SpecialCategory.BiometricData), ("sexlifeorsexualorientation", SpecialCategory.SexLifeOrSexualOrientation),
    ]);

    private static readonly PhraseTable<bool> CriminalOffences = new(
    [
        ("strafrecht*", true), ("strafblad", true), ("justitiele gegevens", true), ("justitiele documentatie", true),
        ("verklaring omtrent het gedrag", true), ("veroordeling*", true), ("strafbare feiten", true),
        ("criminal*", true), ("conviction*", true), ("offence*", true), ("offense*", true),
        ("infraction*", true), ("condamnation*", true), ("casier judiciaire", true),
    ]);

    /// <summary>Recognises the one special category <paramref name="text"/> names.</summary>
    /// <param name="text">The text, such as a data category's name.</param>
    /// <returns>The category, or <see langword="null"/> when it names none or more than one.</returns>
    public static SpecialCategory? Recognise(string text) =>
        Categories.Values(text) is [var category] ? category : null;

    /// <summary>Gets a value indicating whether <paramref name="text"/> names criminal offence data (Art. 10).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool IsCriminalOffenceData(string text) => CriminalOffences.Values(text).Count > 0;
}
