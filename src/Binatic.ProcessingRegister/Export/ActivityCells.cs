using System.Globalization;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// What a cell of a table with a row per activity says, as a list of items for each <see cref="ColumnField"/>: the
/// one reading of the columns that the VNG table in Markdown (<see cref="VngTableWriter"/>) and the spreadsheets
/// (<see cref="SpreadsheetSheetBuilder"/>) share. Each writer joins the items its own way and says what it writes for
/// a cell without items.
/// </summary>
/// <remarks>
/// Text from the register goes through the text function the writer passes: Markdown escaping for the Markdown table,
/// a line break folded into a space for a spreadsheet, where a line break separates the items of a cell. Labels are
/// never passed through it: they hold no line breaks and are the writer's own words.
/// </remarks>
internal sealed class ActivityCells
{
    private const string Separator = "; ";

    private readonly Register _register;
    private readonly Labels _labels;
    private readonly Func<string, string> _text;
    private readonly RegisterIndex _index;

    public ActivityCells(Register register, Labels labels, Func<string, string> text)
    {
        _register = register;
        _labels = labels;
        _text = text;
        _index = new RegisterIndex(register);
    }

    /// <summary>Gets the register's parts by id, for a writer that needs them beside the cells.</summary>
    public RegisterIndex Index => _index;

    /// <summary>
    /// Gets the items of <paramref name="field"/> for <paramref name="activity"/>; none when the register does not
    /// state it. <see cref="ColumnField.Description"/> is the activity's description as written, line breaks and all.
    /// </summary>
    public IReadOnlyList<string> Items(ProcessingActivity activity, ColumnField field) => field switch
    {
        ColumnField.ActivityName => [_text(activity.Name)],
        ColumnField.Description => activity.Description is { Length: > 0 } description ? [description] : [],
        ColumnField.Department => activity.Department is { } department ? [_text(_index.Departments.GetValueOrDefault(department)?.Name ?? department)] : [],
        ColumnField.Task => activity.Task is { } task ? [_text(_index.Tasks.GetValueOrDefault(task)?.Name ?? task)] : [],
        ColumnField.Operations => [.. activity.Operations.Select(operation => _text(operation.Name) + (operation.Description is { } description ? ": " + _text(description) : string.Empty))],
        ColumnField.Controllers => [.. ControllersOf(activity).Select(controller => _text(controller.Contact.Name))],
        ColumnField.PublicOrPrivate => [PublicOrPrivate(activity)],
        ColumnField.Purposes => [.. activity.Purposes.Select(_text)],
        ColumnField.JointControllers => [.. activity.JointControllerArrangements.Select(Arrangement)],
        ColumnField.DataSubjects => [.. activity.DataSubjects.Select(id => _text(_index.DataSubjects.GetValueOrDefault(id)?.Name ?? id))],
        ColumnField.DataCategories => [.. activity.DataCategories.Select(DataCategory)],
        ColumnField.SensitiveData => [.. activity.DataCategories.Where(IsSensitive).Select(DataCategory)],
        ColumnField.Recipients => activity.Recipients is { Count: 0 } ? [_labels.NoRecipients] : [.. (activity.Recipients ?? default).Select(Party)],
        ColumnField.ProcessorContracts => [.. ProcessorsOf(activity).Where(processor => processor.ProcessingAgreement is not null).Select(ProcessorContract)],
        ColumnField.TransferCountries => activity.Transfers.Count == 0 && activity.HasNoTransfers
            ? [_labels.NoTransfers]
            : [.. activity.Transfers.Select(transfer => _text(transfer.Country)).Distinct(StringComparer.Ordinal)],
        ColumnField.TransferSafeguards => [.. activity.Transfers.Select(Transfer)],
        ColumnField.Transfers => activity.Transfers.Count == 0 && activity.HasNoTransfers ? [_labels.NoTransfers] : [.. activity.Transfers.Select(Transfer)],
        ColumnField.Retention => [.. activity.Retention.Select(Retention)],
        ColumnField.SecurityMeasures => [.. activity.SecurityMeasures.Select(id => _text(_index.SecurityMeasures.GetValueOrDefault(id)?.Description ?? id))],
        ColumnField.LegalBases => [.. activity.LegalBases.Select(LegalBasis)],
        ColumnField.SpecialCategoryConditions => [.. activity.SpecialCategoryConditions.Select(condition =>
            _labels.Article9ConditionNames[condition.Condition] + (condition.Law is { } law ? ": " + _text(law) : string.Empty))],
        ColumnField.LegitimateInterests => [.. activity.LegalBases.SelectMany(ground => ground.Interests).Select(_text)],
        ColumnField.InterestsAssessment => [.. activity.LegalBases.Select(ground => ground.AssessmentReference).OfType<string>().Select(_text)],
        ColumnField.Rights => [.. RightsOf(activity)],
        ColumnField.Sources => [.. activity.Sources.Select(source => _text(source.Description) + (source.Kind is { } kind ? " (" + _labels.SourceKindNames[kind] + ")" : string.Empty))],
        ColumnField.ConsentRecord => [.. activity.LegalBases.Select(ground => ground.ConsentRecord).OfType<string>().Select(_text)],
        ColumnField.DpiaRequired => activity.Dpia is { } dpia ? [_labels.YesOrNo(dpia.Status != DpiaStatus.NotRequired)] : [],
        ColumnField.DpiaProgress => activity.Dpia is { } progress ? [_labels.DpiaStatusNames[progress.Status]] : [],
        ColumnField.DpiaReference => activity.Dpia?.Reference is { } reference ? [_text(reference)] : [],
        ColumnField.ChainPartners => [.. ChainPartnersOf(activity).Select(recipient => _text(recipient.Name))],
        ColumnField.Covenants => [.. ChainPartnersOf(activity).Where(recipient => recipient.Covenant is not null).Select(recipient => _text(recipient.Name) + ": " + Covenant(recipient.Covenant!))],
        ColumnField.FurtherProcessing => [.. activity.FurtherProcessing.Select(FurtherProcessing)],

        // The register's last review is when every entry was last looked at; an activity has no date of its own.
        ColumnField.LastUpdated => _register.Info.LastReviewed is { } reviewed ? [reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] : [],

        // The format has no field for these.
        ColumnField.AutomatedDecisions or ColumnField.DataLocation or ColumnField.NotInFormat => [],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a column field."),
    };

    /// <summary>Gets the legal basis as the Markdown table words it: its name, and the law in parentheses.</summary>
    public string LegalGroundWithLawInParentheses(LegalGround ground) =>
        _labels.LegalBasisNames[ground.Basis] + (ground.Law is { } law ? " (" + _labels.Law + ": " + _text(law) + ")" : string.Empty);

    private string LegalBasis(LegalGround ground) =>
        _labels.LegalBasisNames[ground.Basis] + (ground.Law is { } law ? ": " + _text(law) : string.Empty);

    private IEnumerable<Controller> ControllersOf(ProcessingActivity activity) =>
        activity.Controllers.Count == 0
            ? _register.Controllers
            : _register.Controllers.Where(c => c.Id is { } id && activity.Controllers.Contains(id));

    private string PublicOrPrivate(ProcessingActivity activity)
    {
        var controllers = ControllersOf(activity).ToList();
        return controllers.Count > 0 && controllers.TrueForAll(controller => controller.IsPublicAuthority) ? _labels.PublicSector : _labels.PrivateSector;
    }

    private IEnumerable<Recipient> ChainPartnersOf(ProcessingActivity activity) => (activity.Recipients ?? default)
        .Select(id => _index.Recipients.GetValueOrDefault(id))
        .OfType<Recipient>()
        .Where(recipient => recipient.IsChainPartner);

    private IEnumerable<Processor> ProcessorsOf(ProcessingActivity activity) => (activity.Recipients ?? default)
        .Select(id => _index.Processors.GetValueOrDefault(id))
        .OfType<Processor>();

    private string ProcessorContract(Processor processor)
    {
        var agreement = processor.ProcessingAgreement!;
        // A reference alone says the agreement is in place; one that is not says so before its reference.
        return _text(processor.Name) + ": " + (agreement.Reference is { } reference
            ? (agreement.IsInPlace ? string.Empty : _labels.ProcessingAgreement + " " + _labels.YesOrNo(false) + " — ") + _text(reference)
            : _labels.ProcessingAgreement + " " + _labels.YesOrNo(agreement.IsInPlace));
    }

    private IEnumerable<string> RightsOf(ProcessingActivity activity) => (_register.DataSubjectRights?.Rights ?? default)
        .Where(right => right.Activities.Count == 0 || right.Activities.Contains(activity.Id))
        .Select(right => _labels.RightNames[right.Kind])
        .Distinct(StringComparer.Ordinal);

    // The CNIL's "données sensibles" are the special categories, offences and convictions, and the national
    // identification number (Art. 87), which it names beside them.
    private bool IsSensitive(string id) =>
        _index.DataCategories.GetValueOrDefault(id) is { } category
        && (category.SpecialCategory is not null || category.IsCriminalOffenceData || category.NationalIdentifier is not null);

    private string DataCategory(string id)
    {
        if (_index.DataCategories.GetValueOrDefault(id) is not { } category)
        {
            return _text(id);
        }

        var marks = new List<string>();
        if (category.SpecialCategory is { } special)
        {
            marks.Add(_labels.SpecialCategoryMark + ": " + _labels.SpecialCategoryNames[special]);
        }

        if (category.IsCriminalOffenceData)
        {
            marks.Add(_labels.CriminalOffenceMark);
        }

        if (category.NationalIdentifier is { } identifier)
        {
            marks.Add(_labels.NationalIdentifierMark + (identifier.Name is { } name ? ": " + _text(name) : string.Empty));
        }

        return _text(category.Name) + (marks.Count > 0 ? " — " + string.Join(Separator, marks) : string.Empty);
    }

    // The period comes first: a semicolon in the description then stands after the dash, where the import reads it as
    // the description's own and not as the start of another rule.
    private string Retention(RetentionRule rule) => Facts(
        (rule.Period is { } period ? _labels.FormatPeriod(period) : rule.IsPermanent ? _labels.Permanent : _labels.NotStated)
            + (rule.From is { } from ? ", " + _labels.CountedFrom + " " + _text(from) : string.Empty)
            + (rule.Description is { } description ? " — " + _text(description) : string.Empty),
        rule.RecordTypes.Count > 0 ? _labels.RecordTypes + ": " + string.Join(", ", rule.RecordTypes.Select(_text)) : null,
        rule.SelectionList is { } list
            ? _labels.SelectionList + ": " + _text(list.Name) + (list.Category is { } category ? ", " + _labels.SelectionListCategory + " " + _text(category) : string.Empty)
            : null,
        rule.ArchiveTransferAfter is { } after ? _labels.ArchiveTransferAfter + " " + _labels.FormatPeriod(after) : null);

    private string Transfer(Transfer transfer) =>
        _text(transfer.Country) + ": " + (transfer.Safeguards.Count == 0
            ? _labels.NotStated
            : string.Join(Separator, transfer.Safeguards.Select(safeguard =>
                _labels.SafeguardTypeNames[safeguard.Type] + (safeguard.Derogation is { } derogation ? ": " + _labels.Article49DerogationNames[derogation] : string.Empty))));

    private string Covenant(Covenant covenant) => Facts(
        _text(covenant.Name),
        covenant.Reference is { } reference ? _labels.Reference + ": " + _text(reference) : null,
        covenant.Date is { } date ? _labels.Date + ": " + _labels.FormatDate(date) : null);

    private string Party(string id) =>
        _index.Processors.GetValueOrDefault(id) is { } processor ? _text(processor.Name) + " (" + _labels.Processor + ")"
        : _index.Recipients.GetValueOrDefault(id) is { } recipient
            ? recipient.Kind is { } kind ? _text(recipient.Name) + " (" + _labels.RecipientKindNames[kind] + ")" : _text(recipient.Name)
        : _text(id);

    private string Arrangement(string id) => _index.Arrangements.GetValueOrDefault(id) is { } arrangement
        ? _text(arrangement.Name) + (arrangement.Parties.Count > 0 ? ": " + string.Join(Separator, arrangement.Parties.Select(party => _text(party.Contact.Name))) : string.Empty)
        : _text(id);

    private string FurtherProcessing(FurtherProcessing further) => Facts(
        _text(further.Purpose),
        further.CompatibilityAssessment is { } assessment ? _labels.CompatibilityAssessment + ": " + _text(assessment) : null,
        further.Law is { } law ? _labels.Law + ": " + _text(law) : null,
        further.IsBasedOnConsent ? _labels.BasedOnConsent : null);

    // An item and what the register says about it, in parentheses: the item may be a sentence with its own full stop.
    private static string Facts(string item, params string?[] facts)
    {
        var stated = facts.OfType<string>().ToList();
        return stated.Count == 0 ? item : item + " (" + string.Join(Separator, stated) + ")";
    }
}
