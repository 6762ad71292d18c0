using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// The columns of each <see cref="SpreadsheetLayout"/>, in the template's order, and the labels of the lines above the
/// table. The one definition both the import and the export read.
/// </summary>
/// <remarks>
/// The ICO's headers are its template's own words (gdpr-documentation-controller-template.xlsx, sheet "Template", row
/// 9); the VNG's are the model register's own, as the municipality of Amersfoort publishes it; the CNIL's are the
/// fields of its "modèle de base" activity sheet, one column each, plus "Base juridique", which that sheet lacks and
/// the register's format needs (Art. 30 does not ask for it, Art. 6 and the CNIL's own guidance do).
/// </remarks>
internal static class LayoutColumns
{
    /// <summary>Gets the ICO controller template's 30 columns.</summary>
    public static ImmutableArray<LayoutColumn> Ico { get; } =
    [
        new(ColumnField.Department, "Business function", "Bedrijfsonderdeel"),
        new(ColumnField.Purposes, "Purpose of processing", "Doel van de verwerking"),
        new(ColumnField.JointControllers, "Name and contact details of joint controller (if applicable)", "Naam en contactgegevens van de gezamenlijke verwerkingsverantwoordelijke (indien van toepassing)"),
        new(ColumnField.DataSubjects, "Categories of individuals", "Categorieën betrokkenen"),
        new(ColumnField.DataCategories, "Categories of personal data", "Categorieën persoonsgegevens"),
        new(ColumnField.Recipients, "Categories of recipients", "Categorieën ontvangers"),
        new(ColumnField.ProcessorContracts, "Link to contract with processor", "Verwijzing naar de overeenkomst met de verwerker"),
        new(ColumnField.TransferCountries, "Names of third countries or international organisations that personal data are transferred to (if applicable)", "Derde landen of internationale organisaties waarnaar persoonsgegevens worden doorgegeven (indien van toepassing)"),
        new(ColumnField.TransferSafeguards, "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)", "Waarborgen voor doorgiften naar derde landen of internationale organisaties (indien van toepassing)"),
        new(ColumnField.Retention, "Retention schedule (if possible)", "Bewaartermijnen (indien mogelijk)"),
        new(ColumnField.SecurityMeasures, "General description of technical and organisational security measures (if possible)", "Algemene beschrijving van de technische en organisatorische beveiligingsmaatregelen (indien mogelijk)"),
        new(ColumnField.LegalBases, "Article 6 lawful basis for processing personal data", "Rechtsgrond voor de verwerking (artikel 6)"),
        new(ColumnField.SpecialCategoryConditions, "Article 9 condition for processing special category data", "Voorwaarde voor de verwerking van bijzondere persoonsgegevens (artikel 9)"),
        new(ColumnField.LegitimateInterests, "Legitimate interests for the processing (if applicable)", "Gerechtvaardigde belangen bij de verwerking (indien van toepassing)"),
        new(ColumnField.InterestsAssessment, "Link to record of legitimate interests assessment (if applicable)", "Verwijzing naar de belangenafweging (indien van toepassing)"),
        new(ColumnField.Rights, "Rights available to individuals", "Rechten van betrokkenen"),
        new(ColumnField.AutomatedDecisions, "Existence of automated decision-making, including profiling (if applicable)", "Geautomatiseerde besluitvorming, waaronder profilering (indien van toepassing)"),
        new(ColumnField.Sources, "The source of the personal data (if applicable)", "Herkomst van de persoonsgegevens (indien van toepassing)"),
        new(ColumnField.ConsentRecord, "Link to record of consent", "Verwijzing naar de vastlegging van toestemming"),
        new(ColumnField.DataLocation, "Location of personal data", "Locatie van de persoonsgegevens"),
        new(ColumnField.DpiaRequired, "Data Protection Impact Assessment required?", "Gegevensbeschermingseffectbeoordeling vereist?"),
        new(ColumnField.DpiaProgress, "Data Protection Impact Assessment progress", "Voortgang van de gegevensbeschermingseffectbeoordeling"),
        new(ColumnField.DpiaReference, "Link to Data Protection Impact Assessment", "Verwijzing naar de gegevensbeschermingseffectbeoordeling"),
        new(ColumnField.NotInFormat, "Has a personal data breach occurred?", "Heeft zich een datalek voorgedaan?"),
        new(ColumnField.NotInFormat, "Link to record of personal data breach", "Verwijzing naar de registratie van het datalek"),
        new(ColumnField.NotInFormat, "Data Protection Act 2018 Schedule 1 Condition for processing", "Voorwaarde uit bijlage 1 van de Data Protection Act 2018"),
        new(ColumnField.NotInFormat, "GDPR Article 6 lawful basis for processing", "Rechtsgrond volgens artikel 6 AVG (voor bijzondere of strafrechtelijke gegevens)"),
        new(ColumnField.NotInFormat, "Link to retention and erasure policy document", "Verwijzing naar het bewaar- en verwijderbeleid"),
        new(ColumnField.NotInFormat, "Is personal data retained and erased in accordance with the policy document?", "Worden persoonsgegevens volgens dat beleid bewaard en verwijderd?"),
        new(ColumnField.NotInFormat, "Reasons for not adhering to policy document (if applicable)", "Redenen om van dat beleid af te wijken (indien van toepassing)"),
    ];

    /// <summary>Gets the CNIL basic record's fields, one column each, plus the legal basis.</summary>
    public static ImmutableArray<LayoutColumn> Cnil { get; } =
    [
        new(ColumnField.ActivityName, "Name of the processing activity", "Naam van de verwerking", "Nom de l'activité de traitement") { Aliases = ["Nom de l'activité", "Activité"] },
        new(ColumnField.LastUpdated, "Date created or last updated", "Datum van aanmaak of laatste wijziging", "Date de création / dernière mise à jour") { Aliases = ["Date de dernière mise à jour", "Dernière mise à jour"] },
        new(ColumnField.JointControllers, "Joint controller", "Gezamenlijke verwerkingsverantwoordelijke", "Responsable conjoint"),
        new(ColumnField.DataLocation, "Software or application", "Software of applicatie", "Logiciel ou application"),
        new(ColumnField.Purposes, "Purposes pursued", "Doeleinden", "Objectifs poursuivis") { Aliases = ["Finalités", "Finalité(s)"] },
        new(ColumnField.LegalBases, "Legal basis", "Rechtsgrond", "Base juridique") { Aliases = ["Base légale"] },
        new(ColumnField.DataSubjects, "Categories of data subjects", "Categorieën betrokkenen", "Catégories de personnes concernées"),
        new(ColumnField.DataCategories, "Categories of personal data", "Categorieën persoonsgegevens", "Catégories de données collectées") { Aliases = ["Catégories de données"] },
        new(ColumnField.SensitiveData, "Sensitive data", "Gevoelige gegevens", "Données sensibles"),
        new(ColumnField.Retention, "Retention periods", "Bewaartermijnen", "Durées de conservation"),
        new(ColumnField.Recipients, "Categories of recipients", "Categorieën ontvangers", "Catégories de destinataires"),
        new(ColumnField.Transfers, "Transfers outside the EU", "Doorgiften buiten de EU", "Transferts hors UE") { Aliases = ["Transferts de données hors UE"] },
        new(ColumnField.SecurityMeasures, "Security measures", "Beveiligingsmaatregelen", "Mesures de sécurité"),
    ];

    /// <summary>Gets the VNG model register's 17 columns.</summary>
    public static ImmutableArray<LayoutColumn> Vng { get; } =
    [
        new(ColumnField.Department, "Department", "Naam afdeling") { Aliases = ["Afdeling"] },
        new(ColumnField.Task, "Task", "Taak afdeling") { Aliases = ["Taak"] },
        new(ColumnField.ActivityName, "Processing", "Verwerking"),
        new(ColumnField.Operations, "Processing operations", "Verwerkingsactiviteit") { Aliases = ["Verwerkingsactiviteiten"] },
        new(ColumnField.Controllers, "Controller(s)", "Verwerkingsverantwoordelijke(n)") { Aliases = ["Verwerkingsverantwoordelijke"] },
        new(ColumnField.PublicOrPrivate, "Public/private", "Publiek/privaat"),
        new(ColumnField.Purposes, "Purposes", "Verwerkingsdoeleinden") { Aliases = ["Doel", "Doeleinden"] },
        new(ColumnField.LegalBases, "Legal basis", "Rechtmatige grondslag") { Aliases = ["Grondslag"] },
        new(ColumnField.DataCategories, "Categories of personal data", "Categorieën persoonsgegevens"),
        new(ColumnField.Retention, "Retention period", "Bewaartermijn"),
        new(ColumnField.Sources, "Source of the data", "Herkomst gegevens"),
        new(ColumnField.Recipients, "Categories of recipients", "Categorieën ontvangers"),
        new(ColumnField.Transfers, "Transfer to a third country", "Doorgifte derde land") { Aliases = ["Doorgifte derde landen"] },
        new(ColumnField.ChainPartners, "Cooperating parties", "Samenwerkende partijen"),
        new(ColumnField.Covenants, "Covenant/privacy protocol", "Convenant/privacyprotocol"),
        new(ColumnField.JointControllers, "Joint controllership", "Gezamenlijke verantwoordelijkheid"),
        new(ColumnField.FurtherProcessing, "Further processing", "Verdere verwerking"),
    ];

    /// <summary>Gets the labels of the lines above the table, the same for every layout.</summary>
    public static ImmutableArray<PreambleLabel> Preamble { get; } =
    [
        new(PreambleField.Title, "Title", "Titel", "Titre"),
        new(PreambleField.ControllerName, "Name of the controller", "Naam van de verwerkingsverantwoordelijke", "Nom du responsable du traitement"),
        new(PreambleField.ControllerAddress, "Address of the controller", "Adres van de verwerkingsverantwoordelijke", "Adresse du responsable du traitement"),
        new(PreambleField.ControllerEmail, "Email of the controller", "E-mailadres van de verwerkingsverantwoordelijke", "Courriel du responsable du traitement"),
        new(PreambleField.ControllerTelephone, "Telephone of the controller", "Telefoonnummer van de verwerkingsverantwoordelijke", "Téléphone du responsable du traitement"),
        new(PreambleField.DpoName, "Name of the Data Protection Officer", "Naam van de functionaris gegevensbescherming", "Nom du délégué à la protection des données"),
        new(PreambleField.DpoEmail, "Email of the Data Protection Officer", "E-mailadres van de functionaris gegevensbescherming", "Courriel du délégué à la protection des données"),
        new(PreambleField.DpoTelephone, "Telephone of the Data Protection Officer", "Telefoonnummer van de functionaris gegevensbescherming", "Téléphone du délégué à la protection des données"),
        new(PreambleField.RepresentativeName, "Name of the representative", "Naam van de vertegenwoordiger", "Nom du représentant"),
        new(PreambleField.RepresentativeEmail, "Email of the representative", "E-mailadres van de vertegenwoordiger", "Courriel du représentant"),
    ];

    /// <summary>Gets the columns of <paramref name="layout"/>, in the template's order.</summary>
    /// <param name="layout">The layout.</param>
    public static ImmutableArray<LayoutColumn> For(SpreadsheetLayout layout) => layout switch
    {
        SpreadsheetLayout.Ico => Ico,
        SpreadsheetLayout.Cnil => Cnil,
        SpreadsheetLayout.Vng => Vng,
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "Not a layout."),
    };
}
