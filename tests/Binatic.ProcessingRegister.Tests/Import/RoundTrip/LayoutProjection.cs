using System.Globalization;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Tests.Import.RoundTrip;

/// <summary>
/// A register as one spreadsheet layout holds it: one line per field, "where: value", with names where the register
/// has ids (the import makes its own ids), so that two registers that a layout cannot tell apart give the same lines
/// and a difference names its field. What each layout holds is docs/spreadsheets.md's table; what it does not hold
/// ("What each layout cannot hold" and the table's last column) has no line here.
/// </summary>
internal static class LayoutProjection
{
    /// <summary>Gets the lines of <paramref name="register"/> as <paramref name="layout"/> holds it.</summary>
    public static IReadOnlyList<string> Of(Register register, SpreadsheetLayout layout)
    {
        var lines = new List<string>();
        var add = (string where, object? value) => lines.Add(where + ": " + Text(value));
        add("title", register.Info.Title);
        add("controllers", register.Controllers.Select(controller => controller.Contact.Name).Order(StringComparer.Ordinal));
        if (register.Controllers is [var only])
        {
            // With one controller, its details stand above the table; the address is read back as a comment only.
            add("controller.email", only.Contact.Email);
            add("controller.phone", only.Contact.Phone);
            add("controller.dpo", Designated(only.DataProtectionOfficer));
            add("controller.representative", Designated(only.Representative) is { } representative ? representative with { Phone = null } : null);
        }

        for (var index = 0; index < register.Activities.Count; index++)
        {
            var activity = register.Activities[index];
            Activity(register, layout, activity, (field, value) => add($"activity {index + 1}.{field}", value));
        }

        return lines;
    }

    private static void Activity(Register register, SpreadsheetLayout layout, ProcessingActivity activity, Action<string, object?> add)
    {
        var ico = layout == SpreadsheetLayout.Ico;
        var cnil = layout == SpreadsheetLayout.Cnil;
        var vng = layout == SpreadsheetLayout.Vng;

        // The ICO template has no column for the name: a row is known by its purposes.
        if (!ico)
        {
            add("name", activity.Name);
        }

        if (ico || vng)
        {
            add("department", register.Departments.FirstOrDefault(department => department.Id == activity.Department)?.Name);
            add("sources", activity.Sources.Select(source => $"{source.Description} [{source.Kind}]"));
        }

        if (vng)
        {
            add("task", register.Tasks.FirstOrDefault(task => task.Id == activity.Task)?.Name);
            add("operations", activity.Operations.Select(operation => operation.Name + (operation.Description is { } description ? ": " + description : string.Empty)));

            // An activity that names no controllers is every controller's; the row names them all.
            var controllers = activity.Controllers.Count == 0
                ? register.Controllers
                : register.Controllers.Where(controller => controller.Id is { } id && activity.Controllers.Contains(id));
            add("controllers", controllers.Select(controller => controller.Contact.Name).Order(StringComparer.Ordinal));
            add("furtherProcessing", activity.FurtherProcessing.Select(further =>
                $"{further.Purpose} [{further.CompatibilityAssessment}] [{further.Law}] [{further.IsBasedOnConsent}]"));
        }

        add("purposes", activity.Purposes);
        add("jointControllerArrangements", activity.JointControllerArrangements
            .Select(id => register.JointControllerArrangements.First(arrangement => arrangement.Id == id))
            .Select(arrangement => arrangement.Name + ": " + Text(arrangement.Parties.Select(party => party.Contact.Name))));
        if (ico || cnil)
        {
            add("dataSubjects", activity.DataSubjects.Select(id => register.DataSubjectCategories.First(category => category.Id == id).Name));
            add("securityMeasures", activity.SecurityMeasures.Select(id => register.Security!.Measures.First(measure => measure.Id == id).Description));
        }

        add("dataCategories", activity.DataCategories.Select(id => register.DataCategories.First(category => category.Id == id)).Select(category =>
            $"{category.Name} [{category.SpecialCategory}] [{category.IsCriminalOffenceData}] [{category.NationalIdentifier?.Name}]"));
        add("recipients", activity.Recipients is { } recipients ? recipients.Select(id => Party(register, layout, id)) : null);
        add("transfers", activity.Transfers.Select(transfer =>
            transfer.Country + ": " + Text(transfer.Safeguards.Select(safeguard => $"{safeguard.Type} {safeguard.Derogation}"))));
        add("noTransfers", activity.HasNoTransfers && activity.Transfers.Count == 0);
        add("retention", activity.Retention.Select(rule =>
            $"{rule.Description} [{rule.Period}] [{rule.IsPermanent}] [{rule.From}] [{Text(rule.RecordTypes)}] [{rule.SelectionList?.Name}, {rule.SelectionList?.Category}] [{rule.ArchiveTransferAfter}]"));
        add("legalBases", activity.LegalBases.Select(ground => $"{ground.Basis} [{ground.Law}]"));
        if (ico)
        {
            add("legalBases.interests", activity.LegalBases.SelectMany(ground => ground.Interests));
            add("legalBases.assessmentReference", activity.LegalBases.Select(ground => ground.AssessmentReference).OfType<string>());
            add("legalBases.consentRecord", activity.LegalBases.Select(ground => ground.ConsentRecord).OfType<string>());
            add("specialCategoryConditions", activity.SpecialCategoryConditions.Select(condition => $"{condition.Condition} [{condition.Law}]"));
            add("dpia.required", activity.Dpia is { } dpia ? dpia.Status != DpiaStatus.NotRequired : null);
            add("dpia.reference", activity.Dpia?.Reference);
            add("processingAgreements", (activity.Recipients ?? default)
                .Select(id => register.Processors.FirstOrDefault(processor => processor.Id == id))
                .OfType<Processor>()
                .Select(processor => $"{processor.Name}: {processor.ProcessingAgreement?.IsInPlace} [{processor.ProcessingAgreement?.Reference}]"));
        }
    }

    private static string Party(Register register, SpreadsheetLayout layout, string id)
    {
        if (register.Processors.FirstOrDefault(processor => processor.Id == id) is { } processor)
        {
            return processor.Name + " [processor]";
        }

        var recipient = register.Recipients.First(recipient => recipient.Id == id);

        // Only the VNG layout has the chain partners' and covenants' columns.
        return layout == SpreadsheetLayout.Vng
            ? $"{recipient.Name} [{recipient.Kind}] [chain partner {recipient.IsChainPartner}] [{Covenant(recipient.Covenant)}]"
            : $"{recipient.Name} [{recipient.Kind}]";
    }

    private static string? Covenant(Covenant? covenant) =>
        covenant is null ? null : $"{covenant.Name}, {covenant.Reference}, {covenant.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static ContactDetails? Designated(Designation? designation) =>
        designation is { IsDesignated: true, Contact: { } contact } ? contact with { Address = null, Website = null } : null;

    private static string Text(object? value) => value switch
    {
        null => "(none)",
        string text => text,
        System.Collections.IEnumerable items => "[" + string.Join(" | ", items.Cast<object?>().Select(Text)) + "]",
        _ => value.ToString() ?? "(none)",
    };
}
