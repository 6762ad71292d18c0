using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.References;

/// <summary>The checks of the parts a register's role asks for, and of the ids of a processor's record (Art. 30(2)).</summary>
internal sealed partial class ReferenceChecker
{
    private static readonly MessageTemplate ClientKind = new("client", "opdrachtgever");
    private static readonly MessageTemplate SubProcessorKind = new("sub-processor", "subverwerker");

    private static readonly MessageTemplate ControllerPartMissing = new(
        "The register keeps a controller's record but has no '{key}'; add {what} (Art. 30(1)), or set 'role: processor' under 'register' if it keeps only a processor's record (Art. 30(2)).",
        "Het register is het register van een verwerkingsverantwoordelijke, maar heeft geen '{key}'; voeg {what} toe (art. 30 lid 1 AVG), of zet 'role: processor' onder 'register' als het alleen het register van een verwerker is (art. 30 lid 2 AVG).");

    private static readonly MessageTemplate DataSubjectCategoriesWhat = new("the catalogue of categories of data subjects", "de lijst van categorieën betrokkenen");
    private static readonly MessageTemplate DataCategoriesWhat = new("the catalogue of categories of personal data", "de lijst van categorieën persoonsgegevens");
    private static readonly MessageTemplate ActivitiesWhat = new("the processing activities", "de verwerkingen");

    private static readonly MessageTemplate ProcessorRecordMissing = new(
        "The register's role is '{role}', but it has no 'processorRecord'; add it with the controllers you process for under 'clients' (Art. 30(2)), or set the role to 'controller' if the register keeps only its own processing.",
        "De rol van het register is '{role}', maar het heeft geen 'processorRecord'; voeg dat toe met de verwerkingsverantwoordelijken voor wie u verwerkt onder 'clients' (art. 30 lid 2 AVG), of zet de rol op 'controller' als het register alleen de eigen verwerkingen bevat.");

    private static readonly MessageTemplate ProcessorRecordInControllerRegister = new(
        "The register has a 'processorRecord', but its role is 'controller' (the default); set 'role: controllerAndProcessor' under 'register' if it keeps both records, or 'role: processor' if it keeps only the processor's record (Art. 30(2)).",
        "Het register heeft een 'processorRecord', maar zijn rol is 'controller' (de standaard); zet 'role: controllerAndProcessor' onder 'register' als het beide registers bevat, of 'role: processor' als het alleen het register van de verwerker is (art. 30 lid 2 AVG).");

    private static readonly MessageTemplate ControllerPartInProcessorRegister = new(
        "The register's role is 'processor', but it has '{key}', which belongs to a controller's record; set 'role: controllerAndProcessor' under 'register' if it also keeps its own processing (Art. 30(1)), or remove '{key}'.",
        "De rol van het register is 'processor', maar het heeft '{key}', dat bij het register van een verwerkingsverantwoordelijke hoort; zet 'role: controllerAndProcessor' onder 'register' als het ook de eigen verwerkingen bevat (art. 30 lid 1 AVG), of verwijder '{key}'.");

    /// <summary>
    /// Checks that the register has the parts its role asks for. The schema cannot: whether a controller's catalogues
    /// and activities are required depends on <c>register.role</c>, and the schema shortcut reads no conditionals.
    /// </summary>
    private void RoleParts(Register register)
    {
        var root = _map.Tree?.Root;
        var role = register.Info.Role;
        if (register.Info.IsControllerRecord)
        {
            (string Key, MessageTemplate What)[] parts = [("activities", ActivitiesWhat), ("dataCategories", DataCategoriesWhat), ("dataSubjectCategories", DataSubjectCategoriesWhat)];
            foreach (var (key, what) in parts)
            {
                if (root?[key] is null)
                {
                    Report(DiagnosticIds.MissingProperty, JsonPointer.Root, ControllerPartMissing.With(("key", key), ("what", what.Text())));
                }
            }
        }
        else
        {
            foreach (var key in (string[])["controller", "controllers", "activities"])
            {
                if (root?[key] is not null)
                {
                    Report(DiagnosticIds.RoleAndRecordDisagree, $"/{key}", ControllerPartInProcessorRegister.With(("key", key)));
                }
            }
        }

        if (register.Info.IsProcessorRecord && register.ProcessorRecord is null)
        {
            Report(DiagnosticIds.RoleAndRecordDisagree, "/register/role", ProcessorRecordMissing.With(("role", WireNames.Format(role))));
        }
        else if (!register.Info.IsProcessorRecord && register.ProcessorRecord is not null)
        {
            Report(DiagnosticIds.RoleAndRecordDisagree, "/processorRecord", ProcessorRecordInControllerRegister.Text());
        }
    }

    /// <summary>
    /// Checks the ids of a processor's record: its clients and sub-processors are catalogues of their own, which the
    /// clients' agreements, the categories of processing and the transfers refer to; security measures are shared with
    /// the controller's record, under <c>security.measures</c>.
    /// </summary>
    private void ProcessorRecord(Register register)
    {
        if (register.ProcessorRecord is not { } record)
        {
            return;
        }

        const string At = "/processorRecord";
        const string subProcessorsCatalogue = "processorRecord.subProcessors";
        Catalogue(ClientKind, [.. record.Clients.Select((c, i) => (c.Id, $"{At}/clients/{i}/id"))]);
        var subProcessors = Catalogue(SubProcessorKind, [.. record.SubProcessors.Select((p, i) => (p.Id, $"{At}/subProcessors/{i}/id"))]);
        var measures = _measures ?? Catalogue(MeasureKind, []);
        for (var i = 0; i < record.Clients.Count; i++)
        {
            var client = record.Clients[i];
            var at = $"{At}/clients/{i}";
            References(client.ProcessingAgreement?.AuthorisedSubProcessors ?? default, $"{at}/processingAgreement/authorisedSubProcessors", subProcessors, subProcessorsCatalogue);
            for (var j = 0; j < client.Processing.Count; j++)
            {
                References(client.Processing[j].SubProcessors, $"{at}/processing/{j}/subProcessors", subProcessors, subProcessorsCatalogue);
                References(client.Processing[j].SecurityMeasures, $"{at}/processing/{j}/securityMeasures", measures, "security.measures");
            }
        }

        References(record.SecurityMeasures, $"{At}/securityMeasures", measures, "security.measures");
        Transfers(record.Transfers, $"{At}/transfers", subProcessors, subProcessorsCatalogue);
    }
}
