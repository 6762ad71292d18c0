using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// One row of the table read as a processing activity: each cell mapped as its column's <see cref="ColumnField"/>
/// says, and what could not be mapped kept in the description or as a comment, and reported at its cell.
/// </summary>
internal sealed class ActivityDraft
{
    // The order cells are read in: a value that belongs to another (interests to a legal basis, a contract to a
    // processor) is read after it, whatever the order of the columns.
    private static readonly ColumnField[] Order =
    [
        ColumnField.ActivityName, ColumnField.Description, ColumnField.Department, ColumnField.Task, ColumnField.Operations,
        ColumnField.Controllers, ColumnField.Purposes, ColumnField.JointControllers, ColumnField.DataSubjects,
        ColumnField.DataCategories, ColumnField.SensitiveData, ColumnField.Recipients, ColumnField.ChainPartners,
        ColumnField.TransferCountries, ColumnField.TransferSafeguards, ColumnField.Transfers, ColumnField.Retention,
        ColumnField.SecurityMeasures, ColumnField.LegalBases, ColumnField.Sources, ColumnField.FurtherProcessing,
        ColumnField.DpiaRequired, ColumnField.DpiaReference, ColumnField.PublicOrPrivate, ColumnField.SpecialCategoryConditions,
        ColumnField.LegitimateInterests, ColumnField.InterestsAssessment, ColumnField.ConsentRecord,
        ColumnField.ProcessorContracts, ColumnField.Covenants, ColumnField.DpiaProgress,
    ];

    private readonly SheetImporter _importer;
    private readonly List<string> _description = [];
    private readonly List<string> _controllers = [];
    private readonly List<YamlTree> _operations = [];
    private readonly List<string> _purposes = [];
    private readonly List<string> _dataSubjects = [];
    private readonly List<string> _dataCategories = [];
    private readonly List<YamlTree> _sources = [];
    private readonly List<YamlTree> _article9Conditions = [];
    private readonly List<(LegalBasis Basis, YamlMapping Map)> _legalBases = [];
    private readonly List<string> _recipients = [];
    private readonly List<CatalogueEntry> _processors = [];
    private readonly List<CatalogueEntry> _chainPartners = [];
    private readonly List<string> _countries = [];
    private readonly List<(string Text, RecognisedSafeguard Safeguard)> _safeguards = [];
    private readonly List<(string Country, string Text, RecognisedSafeguard Safeguard)> _countriesWithSafeguard = [];
    private readonly List<YamlMapping> _transfers = [];
    private readonly List<YamlTree> _retention = [];
    private readonly List<YamlTree> _furtherProcessing = [];
    private readonly List<string> _measures = [];
    private readonly List<string> _arrangements = [];
    private readonly List<string> _comments = [];
    private string? _name;
    private bool _nameIsFirstPurpose;
    private string? _department;
    private string? _task;
    private bool _noTransfers;
    private SheetCell? _safeguardCell;
    private DpiaStatus? _dpiaStatus;
    private string? _dpiaReference;

    private ActivityDraft(SheetImporter importer, int row)
    {
        _importer = importer;
        Row = row;
    }

    /// <summary>Gets the activity's row.</summary>
    public int Row { get; }

    /// <summary>Gets the activity's id.</summary>
    public string Id { get; private set; } = string.Empty;

    private RegisterLanguage Language => _importer.Language;

    /// <summary>Reads one row.</summary>
    public static ActivityDraft Read(SheetImporter importer, int row, IReadOnlyList<SheetCell> cells, ISet<string> activityIds)
    {
        var draft = new ActivityDraft(importer, row);
        var ordered = cells
            .Select(cell => (Cell: cell, Column: importer.ColumnOf(cell)))
            .OrderBy(pair => pair.Column is { } column && Array.IndexOf(Order, column.Field) is var index and >= 0 ? index : Order.Length)
            .ThenBy(pair => pair.Cell.Column);
        foreach (var (cell, column) in ordered)
        {
            var text = CellValue.Text(cell);
            if (text.Length == 0)
            {
                continue;
            }

            if (column is null)
            {
                importer.ReportHeaderless(cell);
                draft._comments.Add($"'{importer.HeaderOf(cell)}': {Shown(cell, text)}");
                continue;
            }

            draft.ReadCell(cell, column.Field, text);
        }

        draft.FinishTransfers();
        if (draft._name is null && importer.Layout == SpreadsheetLayout.Ico && draft._purposes.Count > 0)
        {
            draft._name = draft._purposes[0];
            draft._nameIsFirstPurpose = true;
        }

        draft.Id = Identifiers.FromName(draft._name ?? (importer.Language == RegisterLanguage.Dutch ? $"rij {row}" : $"row {row}"), activityIds);
        activityIds.Add(draft.Id);
        return draft;
    }

    /// <summary>Gets the activity as it is written under <c>activities</c>.</summary>
    public YamlMapping ToYaml()
    {
        var map = new YamlMapping().Add("id", YamlTree.Word(Id));
        if (_nameIsFirstPurpose)
        {
            map.Comment(Say(
                $"name: the {SheetImporter.LayoutName(_importer.Layout)} template has no column for the activity's name; this is its first purpose.",
                $"name: het {SheetImporter.LayoutName(_importer.Layout)}-sjabloon heeft geen kolom voor de naam van de verwerking; dit is het eerste doel."));
        }

        if (_name is null)
        {
            map.Comment(Say("name: the row gives no name for the activity; fill it in.", "name: de rij geeft de verwerking geen naam; vul die in."));
        }

        map.AddText("name", _name);
        AddIds(map, "controllers", _controllers);
        if (_department is not null)
        {
            map.Add("department", YamlTree.Word(_department));
        }

        if (_task is not null)
        {
            map.Add("task", YamlTree.Word(_task));
        }

        if (_description.Count > 0)
        {
            map.Add("description", YamlTree.Text(string.Join("\n", _description)));
        }

        AddList(map, "operations", _operations);
        AddList(map, "purposes", [.. _purposes.Select(YamlTree.Text)]);
        AddIds(map, "dataSubjects", _dataSubjects);
        AddIds(map, "dataCategories", _dataCategories);
        AddList(map, "sources", _sources);
        AddList(map, "legalBases", [.. _legalBases.Select(basis => (YamlTree)basis.Map)]);
        AddList(map, "specialCategoryConditions", _article9Conditions);
        AddIds(map, "recipients", _recipients);
        AddList(map, "transfers", [.. _transfers]);
        if (_noTransfers && _transfers.Count == 0)
        {
            map.Add("noTransfers", YamlTree.Boolean(true));
        }

        AddList(map, "retention", _retention);
        AddList(map, "furtherProcessing", _furtherProcessing);
        AddIds(map, "securityMeasures", _measures);
        if (_dpiaStatus is not null || _dpiaReference is not null)
        {
            var dpia = new YamlMapping();
            if (_dpiaStatus is { } status)
            {
                dpia.Add("status", YamlTree.Word(WireNames.Format(status)));
            }

            map.Add("dpia", dpia.AddText("reference", _dpiaReference));
        }

        AddIds(map, "jointControllerArrangements", _arrangements);
        foreach (var comment in _comments)
        {
            map.Comment(comment);
        }

        return map;
    }

    private static void AddIds(YamlMapping map, string key, List<string> ids)
    {
        if (ids.Count > 0)
        {
            map.Add(key, YamlTree.Ids(ids));
        }
    }

    private static void AddList(YamlMapping map, string key, List<YamlTree> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var sequence = new YamlSequence();
        foreach (var item in items)
        {
            sequence.Add(item);
        }

        map.Add(key, sequence);
    }

    private static void AddOnce(List<string> ids, string id)
    {
        if (!ids.Contains(id, StringComparer.Ordinal))
        {
            ids.Add(id);
        }
    }

    private static IReadOnlyList<string> Items(string text) =>
        [.. CellItems.Split(text).Select(item => item.Trim()).Where(item => item.Length > 0)];

    private static bool IsNone(string text) => CellValue.SaysNothing(text);

    // A date cell holds its serial number, which no one reads as a date; a comment shows it as an ISO date.
    private static string Shown(SheetCell cell, string text) =>
        cell.IsDate && cell.Number is { } serial && DateRecogniser.FromSerial(serial) is { } day ? Iso(day) : text;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool NoThirdCountry(string text) => CellValue.SaysNothing(text) || CountryRecogniser.IsNone(text);

    private string Say(string english, string dutch) => Language == RegisterLanguage.Dutch ? dutch : english;

    private void ReadCell(SheetCell cell, ColumnField field, string text)
    {
        switch (field)
        {
            case ColumnField.ActivityName:
                _name = text;
                break;
            case ColumnField.Description:
                _description.Insert(0, text);
                break;
            case ColumnField.Department:
                _department = _importer.Departments.Get(text, _importer.At(cell)).Id;
                break;
            case ColumnField.Task:
                var task = _importer.Tasks.Get(text, _importer.At(cell));
                task.Department ??= _department;
                _task = task.Id;
                break;
            case ColumnField.Operations:
                ReadOperations(text);
                break;
            case ColumnField.Controllers:
                ReadEach(text, item => AddOnce(_controllers, _importer.Controllers.Get(item, _importer.At(cell)).Id));
                break;
            case ColumnField.Purposes:
                _purposes.AddRange(Items(text).Where(item => !_purposes.Contains(item, StringComparer.Ordinal)));
                break;
            case ColumnField.JointControllers:
                ReadJointControllers(cell, text);
                break;
            case ColumnField.DataSubjects:
                ReadEach(text, item => AddOnce(_dataSubjects, _importer.DataSubjects.Get(item, _importer.At(cell)).Id));
                break;
            case ColumnField.DataCategories:
                ReadEach(text, item => AddDataCategory(cell, ExportForms.DataCategory(item)));
                break;
            case ColumnField.SensitiveData:
                ReadSensitiveData(cell, text);
                break;
            case ColumnField.Recipients:
                ReadEach(text, item => AddParty(cell, item, chainPartner: false));
                break;
            case ColumnField.ChainPartners:
                ReadEach(text, item => AddParty(cell, item, chainPartner: true));
                break;
            case ColumnField.TransferCountries:
                ReadCountries(cell, text);
                break;
            case ColumnField.TransferSafeguards:
                ReadSafeguards(cell, text);
                break;
            case ColumnField.Transfers:
                ReadTransfers(cell, text);
                break;
            case ColumnField.Retention:
                ReadEach(text, item => ReadRetention(cell, item));
                break;
            case ColumnField.SecurityMeasures:
                ReadEach(text, item => AddOnce(_measures, _importer.Measures.Get(item, _importer.At(cell)).Id));
                break;
            case ColumnField.LegalBases:
                ReadEach(text, item => ReadLegalBasis(cell, item));
                break;
            case ColumnField.Sources:
                ReadEach(text, ReadSource);
                break;
            case ColumnField.FurtherProcessing:
                ReadFurtherProcessing(cell, text);
                break;
            case ColumnField.DpiaRequired:
                ReadDpiaRequired(cell, text);
                break;
            case ColumnField.DpiaReference:
                _dpiaReference = text;
                break;
            case ColumnField.PublicOrPrivate:
                ReadPublicOrPrivate(cell, text);
                break;
            case ColumnField.SpecialCategoryConditions:
                ReadEach(text, item => ReadArticle9Condition(cell, item));
                break;
            case ColumnField.LegitimateInterests:
                ReadOnBasis(cell, text, LegalBasis.LegitimateInterests, "interests", ImportMessages.NoLegitimateInterests, asList: true);
                break;
            case ColumnField.InterestsAssessment:
                ReadOnBasis(cell, text, LegalBasis.LegitimateInterests, "assessmentReference", ImportMessages.NoLegitimateInterests, asList: false);
                break;
            case ColumnField.ConsentRecord:
                ReadOnBasis(cell, text, LegalBasis.Consent, "consentRecord", ImportMessages.NoConsent, asList: false);
                break;
            case ColumnField.ProcessorContracts:
                ReadProcessorContract(cell, text);
                break;
            case ColumnField.Covenants:
                ReadCovenant(cell, text);
                break;
            case ColumnField.DpiaProgress:
                ReadDpiaProgress(cell, text);
                break;
            case ColumnField.LastUpdated:
                var date = cell.IsDate && cell.Number is { } serial ? DateRecogniser.FromSerial(serial) : DateRecogniser.Recognise(text);
                _comments.Add($"{SheetImporter.LayoutName(_importer.Layout)} '{_importer.HeaderOf(cell)}': {(date is { } day ? Iso(day) : text)}");
                _importer.ReportKeptAsComments(cell);
                break;
            default:
                // Rights, automated decision-making, the data's location and the template's own columns (NotInFormat)
                // have no field in the format.
                _comments.Add($"{SheetImporter.LayoutName(_importer.Layout)} '{_importer.HeaderOf(cell)}': {Shown(cell, text)}");
                _importer.ReportKeptAsComments(cell);
                break;
        }
    }

    private static void ReadEach(string text, Action<string> read)
    {
        if (IsNone(text))
        {
            return;
        }

        foreach (var item in Items(text))
        {
            read(item);
        }
    }

    private void KeepInDescription(SheetCell cell, string text) => _description.Add($"{_importer.HeaderOf(cell)}: {text}");

    private void NotRecognised(SheetCell cell, string text, MessageText expected)
    {
        KeepInDescription(cell, text);
        _importer.Report(
            DiagnosticIds.ImportValueNotRecognised,
            DiagnosticSeverity.Warning,
            ImportMessages.ValueNotRecognised.With(("value", text), ("column", _importer.HeaderOf(cell)), ("expected", expected), ("where", ImportMessages.InDescription.Text())),
            _importer.At(cell));
    }

    private void WithoutPlace(SheetCell cell, string text, MessageText reason)
    {
        KeepInDescription(cell, text);
        _importer.Report(
            DiagnosticIds.ImportValueWithoutPlace,
            DiagnosticSeverity.Warning,
            ImportMessages.ValueWithoutPlace.With(("value", text), ("column", _importer.HeaderOf(cell)), ("reason", reason), ("where", ImportMessages.InDescription.Text())),
            _importer.At(cell));
    }

    private void ReadOperations(string text)
    {
        foreach (var item in Items(text))
        {
            var colon = item.IndexOf(": ", StringComparison.Ordinal);
            var operation = new YamlMapping();
            if (colon > 0 && item[(colon + 2)..].Trim().Length > 0)
            {
                operation.AddText("name", item[..colon].Trim()).AddText("description", item[(colon + 2)..].Trim());
            }
            else
            {
                operation.AddText("name", item);
            }

            _operations.Add(operation);
        }
    }

    private void ReadJointControllers(SheetCell cell, string text)
    {
        if (IsNone(text))
        {
            return;
        }

        if (YesNoRecogniser.Recognise(text) == true)
        {
            NotRecognised(cell, text, ImportMessages.JointControllerName.Text());
            return;
        }

        foreach (var item in Items(text))
        {
            // The export's form: "name: party; party", since a party's name may hold commas.
            var colon = item.IndexOf(": ", StringComparison.Ordinal);
            var name = colon > 0 ? item[..colon].Trim() : item;
            var arrangement = _importer.Arrangements.Get(name, _importer.At(cell), made =>
            {
                if (colon > 0)
                {
                    made.Parties.AddRange(item[(colon + 2)..].Split("; ").Select(party => party.Trim()).Where(party => party.Length > 0));
                }
            });
            AddOnce(_arrangements, arrangement.Id);
        }
    }

    private void AddDataCategory(SheetCell cell, DataCategoryMarks marks) =>
        AddOnce(_dataCategories, _importer.DataCategories.Get(marks.Name, _importer.At(cell), made =>
        {
            if (!marks.HasMarks)
            {
                MarkSensitive(made);
                return;
            }

            if (marks.SpecialCategory is { } special)
            {
                made.Details.Add("specialCategory", YamlTree.Word(WireNames.Format(special)));
            }

            if (marks.IsCriminalOffenceData)
            {
                made.Details.Add("criminalOffenceData", YamlTree.Boolean(true));
            }

            if (marks.IsNationalIdentifier)
            {
                made.Details.Add("nationalIdentifier", new YamlMapping().AddText("name", marks.NationalIdentifierName));
            }
        }).Id);

    private void ReadSource(string item)
    {
        var (description, kind) = ExportForms.Source(item);
        var source = new YamlMapping().AddText("description", description);
        if (kind is { } known)
        {
            source.Add("kind", YamlTree.Word(WireNames.Format(known)));
        }

        _sources.Add(source);
    }

    private void ReadArticle9Condition(SheetCell cell, string item)
    {
        if (ExportForms.Article9Condition(item) is var (condition, law))
        {
            _article9Conditions.Add(new YamlMapping().Add("condition", YamlTree.Word(WireNames.Format(condition))).AddText("law", law));
            return;
        }

        if (Article9Recogniser.Recognise(item) is not { } cited)
        {
            NotRecognised(cell, item, ImportMessages.Article9Condition.Text());
            return;
        }

        // "Article 9(2)(b) - employment law": what follows the point mostly names the point again, not the law that
        // provides for it (Art. 9(2)(b) needs one); it is kept as written, beside the condition, for the user to place.
        var mapping = new YamlMapping();
        if (Article9Recogniser.SaysMoreThanThePoint(item))
        {
            mapping.Comment(Say("as the spreadsheet writes it: ", "zoals het spreadsheet het schrijft: ") + item.Trim());
        }

        _article9Conditions.Add(mapping.Add("condition", YamlTree.Word(WireNames.Format(cited))));
    }

    private void MarkSensitive(CatalogueEntry category)
    {
        if (SpecialCategoryRecogniser.Recognise(category.Name) is { } special)
        {
            category.Details.Add("specialCategory", YamlTree.Word(WireNames.Format(special)));
        }
        else if (SpecialCategoryRecogniser.IsCriminalOffenceData(category.Name))
        {
            category.Details.Add("criminalOffenceData", YamlTree.Boolean(true));
        }
    }

    private void ReadSensitiveData(SheetCell cell, string text)
    {
        if (IsNone(text))
        {
            return;
        }

        foreach (var item in Items(text))
        {
            if (ExportForms.DataCategory(item) is { HasMarks: true } marks)
            {
                AddDataCategory(cell, marks);
            }
            else if (SpecialCategoryRecogniser.Recognise(item) is not null || SpecialCategoryRecogniser.IsCriminalOffenceData(item))
            {
                AddOnce(_dataCategories, _importer.DataCategories.Get(item, _importer.At(cell), MarkSensitive).Id);
            }
            else
            {
                NotRecognised(cell, item, ImportMessages.SensitiveData.Text());
            }
        }
    }

    private void AddParty(SheetCell cell, string item, bool chainPartner)
    {
        var (name, isProcessor, written) = ExportForms.Party(item);

        // A name another row gives as a recipient is a different party when this row calls it a processor: the sheet
        // does not say they are one, so the entry keeps the name as written here.
        if (isProcessor && _importer.Parties.Find(name) is { IsProcessor: false })
        {
            name = item;
        }

        var party = _importer.Parties.Get(name, _importer.At(cell), made =>
        {
            made.IsProcessor = isProcessor || (written is null && !chainPartner && RecipientKindRecogniser.LooksLikeProcessor(name));
            if (made.IsProcessor)
            {
                return;
            }

            if ((written ?? RecipientKindRecogniser.Recognise(name)) is { } kind)
            {
                made.Details.Add("kind", YamlTree.Word(WireNames.Format(kind)));
            }
            else
            {
                made.Details.Comment(Say(
                    "kind: groupCompany, publicAuthority, thirdParty or internationalOrganisation; the spreadsheet does not say which.",
                    "kind: groupCompany, publicAuthority, thirdParty of internationalOrganisation; het spreadsheet zegt niet welke."));
                _importer.Report(
                    DiagnosticIds.ImportRecipientKindNotRecognised,
                    DiagnosticSeverity.Warning,
                    ImportMessages.RecipientKindNotRecognised.With(("value", name)),
                    _importer.At(cell));
            }
        });
        if (chainPartner && !party.IsProcessor && !party.IsChainPartner)
        {
            party.IsChainPartner = true;
            party.Details.Add("chainPartner", YamlTree.Boolean(true));
        }

        AddOnce(_recipients, party.Id);
        if (party.IsProcessor && !_processors.Contains(party))
        {
            _processors.Add(party);
        }

        if (chainPartner && !_chainPartners.Contains(party))
        {
            _chainPartners.Add(party);
        }
    }

    private void ReadCountries(SheetCell cell, string text)
    {
        if (NoThirdCountry(text))
        {
            _noTransfers = true;
            return;
        }

        foreach (var item in Items(text))
        {
            // "USA (SCCs)": a country with its own safeguard is a transfer of its own; the safeguards column serves the
            // countries named alone.
            if (TransferRecogniser.Recognise(item) is ({ } country, { } safeguardText))
            {
                if (SafeguardRecogniser.Recognise(safeguardText) is { } own)
                {
                    _countriesWithSafeguard.Add((country, safeguardText, own));
                }
                else
                {
                    TransferNotRecognised(cell, safeguardText, ImportMessages.SafeguardNotRecognised);
                    _countries.Add(country);
                }

                continue;
            }

            var read = CountryRecogniser.Read(item);
            _countries.AddRange(read.Codes.Where(code => !_countries.Contains(code, StringComparer.Ordinal)));
            if (read.Codes.IsEmpty)
            {
                TransferNotRecognised(cell, item, ImportMessages.CountryNotRecognised);
            }
            else
            {
                read.Unrecognised.ToList().ForEach(part => TransferNotRecognised(cell, part, ImportMessages.CountryNotRecognised));
            }
        }
    }

    private void ReadSafeguards(SheetCell cell, string text)
    {
        if (IsNone(text))
        {
            return;
        }

        foreach (var item in Items(text))
        {
            if (SafeguardRecogniser.Recognise(item) is { } safeguard)
            {
                _safeguards.Add((item, safeguard));
                _safeguardCell ??= cell;
            }
            else
            {
                TransferNotRecognised(cell, item, ImportMessages.SafeguardNotRecognised);
            }
        }
    }

    private void ReadTransfers(SheetCell cell, string text)
    {
        if (NoThirdCountry(text))
        {
            _noTransfers = true;
            return;
        }

        foreach (var item in Items(text))
        {
            if (TransferRecogniser.Recognise(item) is var (country, safeguard))
            {
                _transfers.Add(Transfer(cell, country, safeguard));
            }
            else
            {
                TransferNotRecognised(cell, item, ImportMessages.CountryNotRecognised);
            }
        }
    }

    private YamlMapping Transfer(SheetCell cell, string country, string? safeguardText)
    {
        var transfer = new YamlMapping().Add("country", YamlTree.Text(country));
        if (safeguardText is null)
        {
            return transfer;
        }

        if (SafeguardRecogniser.Recognise(safeguardText) is { } safeguard)
        {
            transfer.Add("safeguards", new YamlSequence().Add(Safeguard(safeguard, safeguardText)));
        }
        else
        {
            TransferNotRecognised(cell, safeguardText, ImportMessages.SafeguardNotRecognised);
        }

        return transfer;
    }

    private static YamlMapping Safeguard(RecognisedSafeguard recognised, string description)
    {
        var safeguard = new YamlMapping().Add("type", YamlTree.Word(WireNames.Format(recognised.Type)));
        if (recognised.Derogation is { } derogation)
        {
            safeguard.Add("derogation", YamlTree.Word(WireNames.Format(derogation)));
        }

        return safeguard.AddText("description", description);
    }

    private void TransferNotRecognised(SheetCell cell, string text, MessageTemplate message)
    {
        KeepInDescription(cell, text);
        _importer.Report(DiagnosticIds.ImportTransferNotRecognised, DiagnosticSeverity.Warning, message.With(("value", text)), _importer.At(cell));
    }

    private void FinishTransfers()
    {
        foreach (var country in _countries)
        {
            _transfers.Add(TransferWith(country, _safeguards));
        }

        // "USA (SCCs)" beside a safeguards column: the column's safeguards belong to the country too, and one of the
        // same kind as the country's own is the same safeguard, described twice; both descriptions are kept.
        foreach (var (country, text, own) in _countriesWithSafeguard)
        {
            var same = _safeguards.Where(column => column.Safeguard == own).Select(column => column.Text);
            _transfers.Add(TransferWith(country, [(string.Join("; ", same.Prepend(text)), own), .. _safeguards.Where(column => column.Safeguard != own)]));
        }

        if (_countries.Count == 0 && _countriesWithSafeguard.Count == 0 && _safeguardCell is { } cell)
        {
            var text = CellValue.Text(cell);
            KeepInDescription(cell, text);
            _importer.Report(DiagnosticIds.ImportTransferNotRecognised, DiagnosticSeverity.Warning, ImportMessages.SafeguardWithoutCountry.With(("value", text)), _importer.At(cell));
        }
    }

    private static YamlMapping TransferWith(string country, List<(string Text, RecognisedSafeguard Safeguard)> safeguards)
    {
        var transfer = new YamlMapping().Add("country", YamlTree.Text(country));
        if (safeguards.Count > 0)
        {
            var list = new YamlSequence();
            foreach (var (text, safeguard) in safeguards)
            {
                list.Add(Safeguard(safeguard, text));
            }

            transfer.Add("safeguards", list);
        }

        return transfer;
    }

    private void ReadRetention(SheetCell cell, string item)
    {
        // The export's form: "period, counted from event — description (facts)"; anything else is read whole.
        var parenthesis = ExportForms.TrailingParenthesis(item);
        var facts = parenthesis is var (_, inside) ? RetentionFacts.Read(inside) : null;
        var rule = facts is not null && parenthesis is var (before, _) ? before : item;
        var dash = rule.IndexOf(" — ", StringComparison.Ordinal);
        var period = dash > 0 ? rule[..dash] : rule;
        var yaml = new YamlMapping().AddText("description", dash > 0 ? rule[(dash + 3)..].Trim() : rule);
        if (dash > 0 && RetentionFacts.SaysNotStated(period))
        {
            facts?.AddTo(yaml);
            _retention.Add(yaml);
            return;
        }

        ReadRetentionPeriod(cell, period, yaml, dash > 0);
        facts?.AddTo(yaml);
        _retention.Add(yaml);
    }

    private void ReadRetentionPeriod(SheetCell cell, string item, YamlMapping rule, bool exported)
    {
        // The export writes the event after its own words ("7 years, counted from the end of the year").
        var (text, from) = exported ? RetentionFacts.CountedFrom(item) : (item, null);
        if (RetentionRecogniser.Recognise(text) is { } recognised && (recognised.Period is not null || recognised.IsPermanent))
        {
            if (recognised.Period is { } period)
            {
                rule.Add("period", YamlTree.Word(period.ToString()));
            }

            rule.AddText("from", from ?? recognised.From);
            if (recognised.IsPermanent)
            {
                rule.Add("permanent", YamlTree.Boolean(true));
            }
        }
        else
        {
            _importer.Report(DiagnosticIds.ImportRetentionNotRecognised, DiagnosticSeverity.Warning, ImportMessages.RetentionNotRecognised.With(("value", item)), _importer.At(cell));
        }
    }

    private void ReadLegalBasis(SheetCell cell, string item)
    {
        if (ExportForms.LegalBasis(item) is var (exported, exportedLaw))
        {
            _legalBases.Add((exported, new YamlMapping()
                .Add("basis", YamlTree.Word(WireNames.Format(exported)))
                .AddText("description", item)
                .AddText("law", exportedLaw)));
            return;
        }

        if (LegalBasisRecogniser.Recognise(item) is not { } recognised)
        {
            KeepInDescription(cell, item);
            _importer.Report(DiagnosticIds.ImportLegalBasisNotRecognised, DiagnosticSeverity.Warning, ImportMessages.LegalBasisNotRecognised.With(("value", item)), _importer.At(cell));
            return;
        }

        var basis = new YamlMapping()
            .Add("basis", YamlTree.Word(WireNames.Format(recognised.Basis)))
            .AddText("description", item);
        if (recognised.Law is { } law && recognised.Basis is LegalBasis.LegalObligation or LegalBasis.PublicTask)
        {
            basis.AddText("law", law);
        }

        _legalBases.Add((recognised.Basis, basis));
    }

    private void ReadOnBasis(SheetCell cell, string text, LegalBasis wanted, string key, MessageTemplate reason, bool asList)
    {
        if (IsNone(text))
        {
            return;
        }

        var basis = _legalBases.FirstOrDefault(found => found.Basis == wanted).Map;
        if (basis is null || basis.Has(key))
        {
            WithoutPlace(cell, text, reason.Text());
            return;
        }

        if (asList)
        {
            var items = new YamlSequence();
            foreach (var item in Items(text))
            {
                items.Add(YamlTree.Text(item));
            }

            basis.Add(key, items);
        }
        else
        {
            basis.AddText(key, text);
        }
    }

    private void ReadProcessorContract(SheetCell cell, string text)
    {
        if (IsNone(text))
        {
            return;
        }

        // The export writes a line per processor, "name: reference" or "name: Processing agreement (Art. 28(3) GDPR)
        // yes"; a line that names none of the row's processors is read as the whole cell was before.
        if (ReadPerParty(text, _processors, "processingAgreement", Agreement))
        {
            return;
        }

        if (_processors.Count != 1 || _processors[0].Details.Has("processingAgreement"))
        {
            WithoutPlace(cell, text, ImportMessages.SeveralProcessors.With(("count", _processors.Count)));
            return;
        }

        _processors[0].Details.Add("processingAgreement", new YamlMapping().Add("inPlace", YamlTree.Boolean(true)).AddText("reference", text));
    }

    /// <summary>
    /// Reads a cell the export writes a line per party in, "name: detail", into <paramref name="key"/> of each party
    /// named; <see langword="false"/>, reading nothing, when a line names none of <paramref name="parties"/>.
    /// </summary>
    private static bool ReadPerParty(string text, List<CatalogueEntry> parties, string key, Func<string, YamlMapping> read)
    {
        var named = Items(text).Select(item => (Item: item, Party: parties.FirstOrDefault(party =>
            item.StartsWith(party.Name + ": ", StringComparison.OrdinalIgnoreCase)))).ToList();
        if (!named.TrueForAll(pair => pair.Party is not null))
        {
            return false;
        }

        foreach (var (item, party) in named)
        {
            if (!party!.Details.Has(key))
            {
                party.Details.Add(key, read(item[(party.Name.Length + 2)..].Trim()));
            }
        }

        return true;
    }

    private static YamlMapping Agreement(string text)
    {
        foreach (var label in new[] { Export.Labels.For(RegisterLanguage.Dutch).ProcessingAgreement, Export.Labels.For(RegisterLanguage.English).ProcessingAgreement })
        {
            if (!text.StartsWith(label + " ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = text[label.Length..];
            var dash = rest.IndexOf(" — ", StringComparison.Ordinal);
            if (YesNoRecogniser.Recognise(dash > 0 ? rest[..dash] : rest) is { } inPlace)
            {
                return new YamlMapping().Add("inPlace", YamlTree.Boolean(inPlace)).AddText("reference", dash > 0 ? rest[(dash + 3)..].Trim() : null);
            }
        }

        return new YamlMapping().Add("inPlace", YamlTree.Boolean(true)).AddText("reference", text);
    }

    private void ReadCovenant(SheetCell cell, string text)
    {
        if (IsNone(text))
        {
            return;
        }

        // The export's form: "partner: covenant (reference: …; date: …)", a line per chain partner.
        if (ReadPerParty(text, _chainPartners, "covenant", Covenant))
        {
            return;
        }

        if (_chainPartners.Count != 1 || _chainPartners[0].Details.Has("covenant"))
        {
            WithoutPlace(cell, text, ImportMessages.SeveralChainPartners.With(("count", _chainPartners.Count)));
            return;
        }

        _chainPartners[0].Details.Add("covenant", new YamlMapping().AddText("name", text));
    }

    private static YamlMapping Covenant(string text)
    {
        var dutch = Export.Labels.For(RegisterLanguage.Dutch);
        if (ExportForms.Facts(text, labels => [labels.Reference, labels.Date]) is var (name, facts)
            && (!facts.TryGetValue(dutch.Date, out var written) || DateRecogniser.Recognise(written) is not null))
        {
            var covenant = new YamlMapping().AddText("name", name).AddText("reference", facts.GetValueOrDefault(dutch.Reference));
            if (facts.TryGetValue(dutch.Date, out var date) && DateRecogniser.Recognise(date) is { } day)
            {
                covenant.Add("date", YamlTree.Word(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            return covenant;
        }

        return new YamlMapping().AddText("name", text);
    }

    private void ReadFurtherProcessing(SheetCell cell, string text)
    {
        if (IsNone(text))
        {
            return;
        }

        if (YesNoRecogniser.Recognise(text) == true)
        {
            NotRecognised(cell, text, ImportMessages.FurtherPurposes.Text());
            return;
        }

        foreach (var item in Items(text))
        {
            var dutch = Export.Labels.For(RegisterLanguage.Dutch);
            if (ExportForms.Facts(item, labels => [labels.CompatibilityAssessment, labels.Law, labels.BasedOnConsent]) is var (purpose, facts))
            {
                var further = new YamlMapping().AddText("purpose", purpose)
                    .AddText("compatibilityAssessment", facts.GetValueOrDefault(dutch.CompatibilityAssessment))
                    .AddText("law", facts.GetValueOrDefault(dutch.Law));
                if (facts.ContainsKey(dutch.BasedOnConsent))
                {
                    further.Add("consent", YamlTree.Boolean(true));
                }

                _furtherProcessing.Add(further);
            }
            else
            {
                _furtherProcessing.Add(new YamlMapping().AddText("purpose", item));
            }
        }
    }

    private void ReadDpiaRequired(SheetCell cell, string text)
    {
        switch (YesNoRecogniser.Recognise(text))
        {
            case true:
                _dpiaStatus ??= DpiaStatus.Required;
                break;
            case false:
                _dpiaStatus ??= DpiaStatus.NotRequired;
                break;
            default:
                NotRecognised(cell, text, ImportMessages.YesOrNo.Text());
                break;
        }
    }

    private void ReadDpiaProgress(SheetCell cell, string text)
    {
        // A date is the day the assessment was completed; kept as an ISO date, since the format has no field for it.
        var date = cell.IsDate && cell.Number is { } serial ? DateRecogniser.FromSerial(serial) : DateRecogniser.Recognise(text);
        var stage = date is null ? DpiaProgressRecogniser.Recognise(text) : DpiaStatus.Completed;
        if (stage is null || _dpiaStatus == DpiaStatus.NotRequired)
        {
            _comments.Add($"{SheetImporter.LayoutName(_importer.Layout)} '{_importer.HeaderOf(cell)}': {text}");
            var reason = stage is null ? ImportMessages.DpiaProgress : ImportMessages.DpiaProgressNotRequired;
            _importer.Report(
                DiagnosticIds.ImportValueWithoutPlace,
                DiagnosticSeverity.Warning,
                ImportMessages.ValueWithoutPlace.With(("value", text), ("column", _importer.HeaderOf(cell)), ("reason", reason.Text()), ("where", ImportMessages.AsComment.Text())),
                _importer.At(cell));
            return;
        }

        // The progress says more than "required": an assessment under way or done is required too.
        _dpiaStatus = stage;
        if (date is { } day)
        {
            _comments.Add($"{SheetImporter.LayoutName(_importer.Layout)} '{_importer.HeaderOf(cell)}': {Iso(day)}");
        }
    }

    private void ReadPublicOrPrivate(SheetCell cell, string text)
    {
        var key = HeaderText.Name(text);
        bool? isPublic = key is "publiek" or "public" or "openbaar" ? true : key is "privaat" or "private" ? false : null;
        if (isPublic is not { } value)
        {
            NotRecognised(cell, text, ImportMessages.PublicOrPrivate.Text());
            return;
        }

        if (_controllers.Count == 0)
        {
            WithoutPlace(cell, text, ImportMessages.NoControllers.Text());
            return;
        }

        foreach (var controller in _importer.Controllers.Entries.Where(entry => _controllers.Contains(entry.Id)))
        {
            if (controller.PublicAuthority is null)
            {
                controller.PublicAuthority = value;
                controller.Details.Add("publicAuthority", YamlTree.Boolean(value));
            }
        }
    }
}
