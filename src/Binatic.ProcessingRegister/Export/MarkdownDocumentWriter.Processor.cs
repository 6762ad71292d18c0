using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// The processor's record (Art. 30(2)): the points (a) to (d) in the article's order, then the sub-processors. A
/// register that is only a processor's record is this and nothing else; a register that is both has it as a second
/// part under a first-level heading of its own, after the controller's record, so that the two parts have the same
/// heading levels and the processor's part reads the same in either.
/// </summary>
internal sealed partial class MarkdownDocumentWriter
{
    private void WriteProcessorDocument()
    {
        WriteTitle(DocumentTitle.OfProcessorRecord(_register, _labels), _labels.ProcessorIntroduction, isControllerRecord: false);
        WriteProcessorRecord();
    }

    private void WriteProcessorPart()
    {
        Heading(1, _labels.ProcessorRecordTitle);
        Paragraph(_labels.ProcessorIntroduction);
        WriteProcessorRecord();
    }

    private void WriteProcessorRecord()
    {
        // A register the loader accepted has the record its role asks for; one built in code may not, and then every
        // point says it is not stated.
        var record = _register.ProcessorRecord ?? new ProcessorRecord();
        WriteProcessorAndControllers(record);
        WriteCategoriesOfProcessing(record);
        WriteProcessorTransfers(record);
        WriteProcessorSecurity(record);
        WriteSubProcessors(record);
    }

    // (a) The processor, then each controller it acts for, with the agreement that governs the processing.
    private void WriteProcessorAndControllers(ProcessorRecord record)
    {
        Heading(2, _labels.SectionProcessorAndControllers);
        Heading(3, Sentence(_labels.Processor));
        if (record.Processor is { } processor)
        {
            List(PartyItems(processor.Contact, processor.Representative, processor.DataProtectionOfficer));
        }
        else if (_register.Info.IsControllerRecord && _register.Controllers.Count == 1)
        {
            // An organisation that keeps both records need not name itself twice: its controller is the processor.
            var controller = _register.Controllers[0];
            Paragraph(_labels.ProcessorIsController);
            List(PartyItems(controller.Contact, controller.Representative, controller.DataProtectionOfficer));
        }
        else
        {
            List(PartyItems(null, null, null));
        }

        if (record.Clients.Count == 0)
        {
            Heading(3, _labels.Controller);
            Paragraph(_labels.NotStated);
        }

        foreach (var client in record.Clients)
        {
            Heading(3, _labels.Controller + ": " + Text(client.Contact.Name));
            var items = PartyItems(client.Contact, client.Representative, client.DataProtectionOfficer);
            AddClientAgreement(items, client.ProcessingAgreement);
            List(items);
        }
    }

    // In the order of Art. 30(2)(a): name and contact details, the representative, the data protection officer.
    private List<(int, string)> PartyItems(ContactDetails? contact, Designation? representative, Designation? dataProtectionOfficer) =>
    [
        (0, Field(_labels.NameAndContactDetails, contact is null ? _labels.NotStated : Contact(contact))),
        (0, Field(_labels.Representative, Designation(representative))),
        (0, Field(_labels.DataProtectionOfficer, Designation(dataProtectionOfficer))),
    ];

    private void AddClientAgreement(List<(int, string)> items, ClientAgreement? agreement)
    {
        items.Add((0, Field(_labels.ProcessingAgreement, agreement is null ? _labels.NotStated : Agreement(agreement.IsInPlace, agreement.Reference, agreement.Date))));
        var authorisation = agreement?.SubProcessorAuthorisation;
        items.Add((0, Field(_labels.SubProcessorAuthorisationField, authorisation is { } a ? _labels.SubProcessorAuthorisationNames[a] : _labels.NotStated)));

        // A specific authorisation is only as wide as the sub-processors it names, so the list is shown even when empty.
        var authorised = agreement?.AuthorisedSubProcessors ?? default;
        if (authorisation == Model.SubProcessorAuthorisation.Specific || authorised.Count > 0)
        {
            items.Add((1, Sentence(_labels.AuthorisedSubProcessors) + ": " + (authorised.Count == 0 ? _labels.NotStated : SubProcessorNames(authorised))));
        }
    }

    // (b) What the processor does for each controller; the controller decides why, so there are no purposes here
    // unless the processor pursues its own, which makes it a controller for that processing (Art. 28(10)).
    private void WriteCategoriesOfProcessing(ProcessorRecord record)
    {
        Heading(2, _labels.SectionCategoriesOfProcessing);
        if (record.Clients.Count == 0)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        foreach (var client in record.Clients)
        {
            Heading(3, _labels.OnBehalfOf + Text(client.Contact.Name));
            if (client.Processing.Count == 0)
            {
                Paragraph(_labels.NotStated);
                continue;
            }

            foreach (var category in client.Processing)
            {
                Heading(4, Text(category.Name));
                List(CategoryItems(category));
            }
        }
    }

    private List<(int, string)> CategoryItems(ProcessingCategory category)
    {
        var items = new List<(int, string)>
        {
            (0, Field(Sentence(_labels.Description), OrNotStated(category.Description))),
            (0, Field(_labels.DataSubjects, NotStatedIfEmpty(JoinItems(category.DataSubjects.Select(Text))))),
            (0, Field(_labels.DataCategories, NotStatedIfEmpty(JoinItems(category.DataCategories.Select(Text))))),
        };
        if (category.SubProcessors.Count == 0)
        {
            items.Add((0, Field(_labels.SubProcessorsEngaged, _labels.NotStated)));
        }
        else
        {
            items.Add((0, Bold(_labels.SubProcessorsEngaged + ":")));
            items.AddRange(category.SubProcessors.Select(id => (1, SubProcessorSummary(id))));
        }

        if (category.Purposes.Count > 0)
        {
            items.Add((0, Bold(_labels.OwnPurposes + ":")));
            items.AddRange(category.Purposes.Select(purpose => (1, Text(purpose))));
        }

        return items;
    }

    private string SubProcessorSummary(string id)
    {
        if (!_index.SubProcessors.TryGetValue(id, out var subProcessor))
        {
            return Text(id);
        }

        var countries = subProcessor.Location is { Countries.Count: > 0 } location
            ? " (" + _labels.Countries + ": " + string.Join(", ", location.Countries.Select(Text)) + ")"
            : string.Empty;
        return Text(subProcessor.Name) + countries + ": " + Text(subProcessor.Service);
    }

    private string SubProcessorName(string id) => _index.SubProcessors.TryGetValue(id, out var subProcessor) ? Text(subProcessor.Name) : Text(id);

    // Joined with a separator always: a name such as "Polderpark B.V." ends in a full stop that is no separator.
    private string SubProcessorNames(ValueArray<string> ids) => string.Join(Separator, ids.Select(SubProcessorName));

    // (c) Transfers, with the sub-processor that receives the data by name.
    private void WriteProcessorTransfers(ProcessorRecord record)
    {
        Heading(2, _labels.SectionProcessorTransfers);
        if (record.Transfers.Count == 0)
        {
            Paragraph(_labels.NotStated);
        }
        else
        {
            Transfers(record.Transfers, id => SubProcessorName(id) + " — " + _labels.SubProcessor);
        }
    }

    // (d) The general description, and the measures the record names for all processing and its categories name for
    // theirs, each once, with what it protects.
    private void WriteProcessorSecurity(ProcessorRecord record)
    {
        Heading(2, _labels.SectionProcessorSecurity);
        Paragraph(Field(_labels.SecurityStatement, OrNotStated(_register.Security?.Statement)));

        var measures = new List<(string Id, List<string> AppliesTo)>();
        var byId = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var id in record.SecurityMeasures)
        {
            if (!byId.ContainsKey(id))
            {
                byId.Add(id, [_labels.AllProcessingForClients]);
                measures.Add((id, byId[id]));
            }
        }

        foreach (var client in record.Clients)
        {
            foreach (var category in client.Processing)
            {
                foreach (var id in category.SecurityMeasures)
                {
                    if (!byId.TryGetValue(id, out var appliesTo))
                    {
                        appliesTo = [];
                        byId.Add(id, appliesTo);
                        measures.Add((id, appliesTo));
                    }

                    // A measure for all processing already covers every category.
                    if (!record.SecurityMeasures.Contains(id))
                    {
                        appliesTo.Add(Text(category.Name) + " (" + Text(client.Contact.Name) + ")");
                    }
                }
            }
        }

        if (measures.Count == 0)
        {
            Paragraph(Field(_labels.Measure, _labels.NotStated));
            return;
        }

        Table(
            [_labels.Measure, _labels.Kind, _labels.Objectives, Sentence(_labels.AppliesTo)],
            measures.Select(entry => _index.SecurityMeasures.TryGetValue(entry.Id, out var measure)
                ? new[]
                {
                    Text(measure.Description),
                    measure.Kind is { } kind ? _labels.SecurityMeasureKindNames[kind] : _labels.NotStated,
                    measure.Objectives.Count > 0 ? Objectives(measure) : _labels.NotStated,
                    string.Join(Separator, entry.AppliesTo),
                }
                : [Text(entry.Id), _labels.NotStated, _labels.NotStated, string.Join(Separator, entry.AppliesTo)]));
    }

    private void WriteSubProcessors(ProcessorRecord record)
    {
        Heading(2, _labels.SubProcessors);
        if (record.SubProcessors.Count == 0)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        Table(
            [Sentence(_labels.SubProcessor), _labels.Service, _labels.Location, _labels.SubProcessorAgreement],
            record.SubProcessors.Select(subProcessor => new[]
            {
                Text(subProcessor.Name),
                Text(subProcessor.Service),
                Location(subProcessor.Location, subProcessor.IsDpfCertified),
                Agreement(subProcessor.ProcessingAgreement),
            }));
    }
}
