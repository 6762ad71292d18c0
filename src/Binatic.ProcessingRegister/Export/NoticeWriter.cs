using System.Globalization;
using System.Text;
using Binatic.ProcessingRegister.Markdown;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes the Art. 13 and 14 notice of <see cref="NoticeExport"/>. The gaps are gathered while the body is written,
/// so that each is found by the same code that would have written the item, and are then put first.
/// </summary>
internal sealed class NoticeWriter
{
    // The rights of Art. 13(2)(b) whose existence a notice must state; the others of the register are shown when it
    // lists them.
    private static readonly DataSubjectRightKind[] RequiredRights =
    [
        DataSubjectRightKind.Access,
        DataSubjectRightKind.Rectification,
        DataSubjectRightKind.Erasure,
        DataSubjectRightKind.Restriction,
        DataSubjectRightKind.Objection,
        DataSubjectRightKind.Portability,
    ];

    private readonly Register _register;
    private readonly RegisterLanguage _language;
    private readonly Labels _labels;
    private readonly NoticeText _text;
    private readonly RegisterIndex _index;
    private readonly StringBuilder _body = new();
    private readonly List<string> _gaps = [];

    private NoticeWriter(Register register, RegisterLanguage language)
    {
        _register = register;
        _language = language;
        _labels = Labels.For(language);
        _text = NoticeText.For(language);
        _index = new RegisterIndex(register);
    }

    public static void Write(Register register, RegisterLanguage language, TextWriter writer)
    {
        var notice = new NoticeWriter(register, language);
        writer.Write(notice.Document().ReplaceLineEndings("\n"));
    }

    private static string Text(string text) => MarkdownText.Escape(text);

    private static string Format(string template, params string[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    private string Document()
    {
        WriteControllers();
        WriteActivities();
        WriteGeneralTransfers();
        WriteRetentionPolicy();
        WriteRights();
        WriteConsent();
        WriteComplaints();

        // The format has no field for either, so no register can answer them.
        _gaps.Add(_text.GapRequirement);
        _gaps.Add(_text.GapAutomatedDecisions);

        var document = new StringBuilder();
        var names = _register.Controllers.Select(controller => Text(controller.Contact.Name)).ToList();
        document.Append("# ").Append(Format(_text.Title, names.Count == 0 ? "?" : Joined(names))).Append("\n\n");
        document.Append(_text.Introduction);
        if (_language != _register.Info.Language)
        {
            document.Append(' ').Append(Format(_text.QuotedAsWrittenIn, _labels.LanguageNames[_register.Info.Language]));
        }

        document.Append("\n\n## ").Append(_text.GapsHeading).Append("\n\n").Append(_text.GapsIntroduction).Append("\n\n");
        foreach (var gap in _gaps.Distinct(StringComparer.Ordinal))
        {
            document.Append("- ").Append(gap).Append('\n');
        }

        document.Append('\n').Append(_body);
        return document.ToString().TrimEnd('\n') + "\n";
    }

    private string Joined(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " " + _labels.And + " " + names[^1];

    private void Heading(string text) => _body.Append("## ").Append(text).Append("\n\n");

    // An empty value is a field whose items follow as a nested list.
    private void Item(int level, string field, string value) =>
        _body.Append(' ', level * 2).Append("- **").Append(field).Append(":**").Append(value.Length == 0 ? string.Empty : " " + value).Append('\n');

    private void Bullet(int level, string value) => _body.Append(' ', level * 2).Append("- ").Append(value).Append('\n');

    private void EndList() => _body.Append('\n');

    private void WriteControllers()
    {
        Heading(_text.ControllerHeading);
        if (_register.Controllers.Count == 0)
        {
            _gaps.Add(_text.GapController);
            _body.Append(_text.NotStated).Append(".\n\n");
            return;
        }

        foreach (var controller in _register.Controllers)
        {
            var contact = controller.Contact;
            var name = Text(contact.Name);
            _body.Append("### ").Append(name).Append("\n\n");
            if (contact.Address is null && contact.Email is null && contact.Phone is null)
            {
                _gaps.Add(Format(_text.GapContact, name));
            }

            WriteContact(contact);
            if (controller.Representative is { } representative)
            {
                Item(0, _text.Representative, Designated(representative));
            }

            switch (controller.DataProtectionOfficer)
            {
                case null:
                    _gaps.Add(Format(_text.GapDpo, name));
                    Item(0, _text.DataProtectionOfficer, _text.NotStated);
                    break;
                case { IsDesignated: true, Contact: null }:
                    _gaps.Add(Format(_text.GapDpoContact, name));
                    Item(0, _text.DataProtectionOfficer, Designated(controller.DataProtectionOfficer));
                    break;
                case { } officer:
                    Item(0, _text.DataProtectionOfficer, Designated(officer));
                    break;
            }

            if (controller.JointControllers.Count > 0)
            {
                Item(0, _text.JointControllers, string.Empty);
                foreach (var joint in controller.JointControllers)
                {
                    Bullet(1, ContactLine(joint.Contact) + (joint.Arrangement is { } arrangement ? "; " + _labels.Arrangement + ": " + Text(arrangement) : string.Empty));
                }
            }

            EndList();
        }
    }

    private void WriteContact(ContactDetails contact)
    {
        if (contact.Address is { } address)
        {
            Item(0, _text.Address, AddressLine(address));
        }

        if (contact.Email is { } email)
        {
            Item(0, Capitalised(_labels.Email), Text(email));
        }

        if (contact.Phone is { } phone)
        {
            Item(0, Capitalised(_labels.Phone), Text(phone));
        }

        if (contact.Website is { } website)
        {
            Item(0, Capitalised(_labels.Website), Text(website));
        }
    }

    private static string Capitalised(string label) => char.ToUpperInvariant(label[0]) + label[1..];

    private static string AddressLine(PostalAddress address) =>
        Text(address.Street) + ", "
        + (address.PostalCode is { } postalCode ? Text(postalCode) + " " : string.Empty)
        + Text(address.City)
        + (address.Country is { } country ? ", " + Text(country) : string.Empty);

    private string ContactLine(ContactDetails contact)
    {
        var parts = new List<string> { Text(contact.Name) };
        if (contact.Address is { } address)
        {
            parts.Add(AddressLine(address));
        }

        if (contact.Email is { } email)
        {
            parts.Add(_labels.Email + ": " + Text(email));
        }

        if (contact.Phone is { } phone)
        {
            parts.Add(_labels.Phone + ": " + Text(phone));
        }

        if (contact.Website is { } website)
        {
            parts.Add(_labels.Website + ": " + Text(website));
        }

        return string.Join("; ", parts);
    }

    private string Designated(Designation designation)
    {
        var text = designation.IsDesignated
            ? designation.Contact is { } contact ? ContactLine(contact) : _labels.Designated
            : _text.NotDesignated;
        return designation.Note is { } note ? text + " (" + Text(note) + ")" : text;
    }

    private void WriteActivities()
    {
        Heading(_text.ActivitiesHeading);
        _body.Append(_text.ActivitiesIntroduction).Append("\n\n");
        var number = 0;
        foreach (var activity in _register.Activities)
        {
            number++;
            var name = Text(activity.Name);
            _body.Append("### ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(name).Append("\n\n");
            if (activity.Description is { } description)
            {
                _body.Append(Text(description)).Append("\n\n");
            }

            if (_register.Controllers.Count > 1 && activity.Controllers.Count > 0)
            {
                var controllers = _register.Controllers.Where(controller => controller.Id is { } id && activity.Controllers.Contains(id))
                    .Select(controller => Text(controller.Contact.Name)).ToList();
                Item(0, _text.Controllers, controllers.Count == 0 ? string.Join(", ", activity.Controllers.Select(Text)) : Joined(controllers));
            }

            WritePurposes(activity, name);
            WriteLegalBases(activity, name);
            if (activity.DataSubjects.Count > 0)
            {
                Item(0, _text.DataSubjects, string.Join("; ", activity.DataSubjects.Select(id => Text(_index.DataSubjects.TryGetValue(id, out var subject) ? subject.Name : id))));
            }

            WriteCategories(activity, name);
            WriteSources(activity, name);
            WriteRecipients(activity, name);
            WriteActivityTransfers(activity);
            WriteActivityRetention(activity, name);
            EndList();
        }
    }

    private void WritePurposes(ProcessingActivity activity, string name)
    {
        if (activity.Purposes.Count == 0)
        {
            _gaps.Add(Format(_text.GapPurposes, name));
            Item(0, _text.Purposes, _text.NotStated);
            return;
        }

        Item(0, _text.Purposes, activity.Purposes.Count == 1 ? Text(activity.Purposes[0]) : string.Empty);
        if (activity.Purposes.Count > 1)
        {
            foreach (var purpose in activity.Purposes)
            {
                Bullet(1, Text(purpose));
            }
        }
    }

    private void WriteLegalBases(ProcessingActivity activity, string name)
    {
        if (activity.LegalBases.Count == 0)
        {
            _gaps.Add(Format(_text.GapLegalBasis, name));
            Item(0, _text.LegalBases, _text.NotStated);
            return;
        }

        Item(0, _text.LegalBases, string.Empty);
        foreach (var ground in activity.LegalBases)
        {
            var line = new StringBuilder(_labels.LegalBasisNames[ground.Basis]);
            if (ground.Description is { } description)
            {
                line.Append(": ").Append(Text(description));
            }

            if (ground.Purposes.Count > 0)
            {
                line.Append("; ").Append(_text.ForPurposes).Append(": ").Append(string.Join("; ", ground.Purposes.Select(Text)));
            }

            if (ground.Law is { } law)
            {
                line.Append("; ").Append(_text.Law).Append(": ").Append(Text(law));
            }

            Bullet(1, line.ToString());
            if (ground.Basis == LegalBasis.LegitimateInterests)
            {
                if (ground.Interests.Count == 0)
                {
                    _gaps.Add(Format(_text.GapInterests, name));
                    Item(2, Capitalised(_text.Interests), _text.NotStated);
                }
                else
                {
                    Item(2, Capitalised(_text.Interests), string.Join("; ", ground.Interests.Select(Text)));
                }
            }
        }
    }

    private void WriteCategories(ProcessingActivity activity, string name)
    {
        if (activity.DataCategories.Count == 0)
        {
            _gaps.Add(Format(_text.GapCategories, name));
            Item(0, _text.DataCategories, _text.NotStated);
            return;
        }

        Item(0, _text.DataCategories, string.Join("; ", activity.DataCategories.Select(id =>
        {
            if (!_index.DataCategories.TryGetValue(id, out var category))
            {
                return Text(id);
            }

            return category.SpecialCategory is not null ? Text(category.Name) + " (" + _labels.SpecialCategoryMark + ")"
                : category.IsCriminalOffenceData ? Text(category.Name) + " (" + _labels.CriminalOffenceMark + ")"
                : Text(category.Name);
        })));
    }

    private void WriteSources(ProcessingActivity activity, string name)
    {
        if (activity.Sources.Count == 0)
        {
            _gaps.Add(Format(_text.GapSources, name));
            Item(0, _text.Sources, _text.NotStated);
            return;
        }

        Item(0, _text.Sources, string.Join("; ", activity.Sources.Select(source =>
            Text(source.Description) + (source.Kind is { } kind ? " (" + _labels.SourceKindNames[kind] + ")" : string.Empty))));
    }

    private void WriteRecipients(ProcessingActivity activity, string name)
    {
        switch (activity.Recipients)
        {
            case null:
                _gaps.Add(Format(_text.GapRecipients, name));
                Item(0, _text.Recipients, _text.NotStated);
                return;
            case { Count: 0 }:
                Item(0, _text.Recipients, _text.NoRecipients);
                return;
            case { } ids:
                Item(0, _text.Recipients, string.Join("; ", ids.Select(RecipientName)));
                return;
        }
    }

    private string RecipientName(string id)
    {
        if (_index.Processors.TryGetValue(id, out var processor))
        {
            return Text(processor.Name) + " (" + _labels.Processor + ")";
        }

        if (_index.Recipients.TryGetValue(id, out var recipient))
        {
            var kind = recipient.Role is { } role ? _labels.RecipientRoleNames[role]
                : recipient.Kind is { } recipientKind ? _labels.RecipientKindNames[recipientKind]
                : null;
            return Text(recipient.Name) + (kind is null ? string.Empty : " (" + kind + ")");
        }

        return Text(id);
    }

    private void WriteActivityTransfers(ProcessingActivity activity)
    {
        if (activity.Transfers.Count > 0)
        {
            Item(0, _text.Transfers, string.Empty);
            foreach (var transfer in activity.Transfers)
            {
                WriteTransfer(1, transfer);
            }
        }
        else if (activity.HasNoTransfers)
        {
            Item(0, _text.Transfers, _text.NoTransfers);
        }
        else if (_register.Transfers.Count > 0)
        {
            Item(0, _text.Transfers, Format(_text.SeeSection, _text.TransfersHeading));
        }
    }

    private void WriteTransfer(int level, Transfer transfer)
    {
        var country = Text(transfer.Country);
        var line = country;
        if (transfer.Recipient is { } recipient)
        {
            line += " (" + RecipientName(recipient) + ")";
        }

        if (transfer.Description is { } description)
        {
            line += ": " + Text(description);
        }

        Bullet(level, line);
        if (transfer.Safeguards.Count == 0)
        {
            _gaps.Add(Format(_text.GapSafeguard, country));
            Item(level + 1, Capitalised(_labels.Safeguards), _text.NotStated);
            return;
        }

        foreach (var safeguard in transfer.Safeguards)
        {
            if (safeguard.Type == SafeguardType.EuUsPrivacyShield)
            {
                _gaps.Add(Format(_text.GapInvalidSafeguard, country));
            }

            var name = _labels.SafeguardTypeNames[safeguard.Type];
            var text = name;
            if (safeguard.Derogation is { } derogation)
            {
                text += ": " + _labels.Article49DerogationNames[derogation];
            }

            if (safeguard.Description is { } safeguardDescription)
            {
                text += ": " + Text(safeguardDescription);
            }

            if (safeguard.Reference is { } reference)
            {
                text += "; " + Format(_text.CopyAt, Text(reference));
            }
            else if (NeedsCopy(safeguard))
            {
                _gaps.Add(Format(_text.GapCopy, country, name));
            }

            Bullet(level + 1, text);
        }
    }

    // Art. 13(1)(f): a copy is owed for the safeguards of Art. 46 and 47 and for compelling legitimate interests
    // (Art. 49(1), second subparagraph); an adequacy decision and the other derogations are published law.
    private static bool NeedsCopy(Safeguard safeguard) => safeguard.Type switch
    {
        SafeguardType.StandardContractualClauses or SafeguardType.BindingCorporateRules
            or SafeguardType.CodeOfConduct or SafeguardType.Certification => true,
        SafeguardType.Derogation => safeguard.Derogation == Article49Derogation.CompellingLegitimateInterests,
        _ => false,
    };

    private void WriteActivityRetention(ProcessingActivity activity, string name)
    {
        if (activity.Retention.Count > 0)
        {
            Item(0, _text.Retention, activity.Retention.Count == 1 ? RetentionLine(activity.Retention[0]) : string.Empty);
            if (activity.Retention.Count > 1)
            {
                foreach (var rule in activity.Retention)
                {
                    Bullet(1, RetentionLine(rule));
                }
            }
        }
        else if (_register.RetentionPolicy is not null)
        {
            Item(0, _text.Retention, Format(_text.SeeSection, _text.RetentionHeading));
        }
        else
        {
            _gaps.Add(Format(_text.GapRetention, name));
            Item(0, _text.Retention, _text.NotStated);
        }
    }

    private string RetentionLine(RetentionRule rule)
    {
        var parts = new List<string>();
        if (rule.IsPermanent)
        {
            parts.Add(_text.Permanent);
        }
        else if (rule.Period is { } period)
        {
            parts.Add(_labels.FormatPeriod(period) + (rule.From is { } from ? " " + _text.CountedFrom + " " + Text(from) : string.Empty));
        }
        else if (rule.From is { } from)
        {
            parts.Add(_text.CountedFrom + " " + Text(from));
        }

        if (rule.DataCategories.Count > 0)
        {
            parts.Add(_labels.AppliesTo + " " + string.Join(", ", rule.DataCategories.Select(id => Text(_index.DataCategories.TryGetValue(id, out var category) ? category.Name : id))));
        }

        if (rule.Description is { } description)
        {
            parts.Add(Text(description));
        }

        if (rule.Law is { } law)
        {
            parts.Add(_text.Law + ": " + Text(law));
        }

        return parts.Count == 0 ? _text.NotStated : string.Join("; ", parts);
    }

    private void WriteGeneralTransfers()
    {
        if (_register.Transfers.Count == 0)
        {
            return;
        }

        Heading(_text.TransfersHeading);
        foreach (var transfer in _register.Transfers)
        {
            WriteTransfer(0, transfer);
        }

        EndList();
    }

    private void WriteRetentionPolicy()
    {
        if (_register.RetentionPolicy is not { } policy)
        {
            return;
        }

        Heading(_text.RetentionHeading);
        if (policy.Principle is { } principle)
        {
            _body.Append(Text(principle)).Append("\n\n");
        }

        List(_text.Criteria, policy.Criteria.Select(Text));
        List(_text.Rules, policy.Rules.Select(RetentionLine));
        List(_text.Exceptions, policy.Exceptions.Select(Text));
    }

    private void List(string heading, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        _body.Append("**").Append(heading).Append(":**\n\n");
        foreach (var item in list)
        {
            Bullet(0, item);
        }

        EndList();
    }

    private void WriteRights()
    {
        Heading(_text.RightsHeading);
        if (_register.DataSubjectRights is not { } policy)
        {
            _gaps.Add(_text.GapRightsPolicy);
            _body.Append(Capitalised(_text.NotStated)).Append(".\n\n");
            return;
        }

        foreach (var missing in RequiredRights.Where(kind => !policy.Rights.Any(right => right.Kind == kind)))
        {
            _gaps.Add(Format(_text.GapRight, _labels.RightNames[missing]));
        }

        // Withdrawing consent and complaints have sections of their own.
        var shown = policy.Rights.Where(right => right.Kind is not (DataSubjectRightKind.WithdrawConsent or DataSubjectRightKind.LodgeComplaint)).ToList();
        if (shown.Count > 0)
        {
            _body.Append(_text.RightsIntroduction).Append("\n\n");
            foreach (var right in shown)
            {
                var name = Capitalised(_labels.RightNames[right.Kind]);
                _body.Append("- **").Append(name).Append(right.Description is { } description ? ":** " + Text(description) : "**").Append('\n');
            }

            EndList();
        }

        var channels = policy.Channels.Where(channel => channel.IsAvailable).ToList();
        if (channels.Count == 0)
        {
            _gaps.Add(_text.GapChannels);
        }
        else
        {
            _body.Append("**").Append(_text.HowToExercise).Append(":**\n\n");
            foreach (var channel in channels)
            {
                Bullet(0, Capitalised(_labels.ChannelNames[channel.Kind]) + (channel.Contact is { } contact ? ": " + Text(contact) : string.Empty));
            }

            EndList();
        }

        if (policy.ResponseDeadline is not null || policy.ResponseDeadlineDescription is not null)
        {
            var deadline = policy.ResponseDeadline is { } period ? _labels.FormatPeriod(period) : string.Empty;
            if (policy.ResponseDeadlineDescription is { } deadlineDescription)
            {
                deadline += (deadline.Length > 0 ? ": " : string.Empty) + Text(deadlineDescription);
            }

            _body.Append("**").Append(_text.ResponseDeadline).Append(":** ").Append(deadline).Append("\n\n");
        }
    }

    private void WriteConsent()
    {
        var byConsent = _register.Activities.Where(activity => activity.LegalBases.Any(ground => ground.Basis == LegalBasis.Consent)).ToList();
        if (byConsent.Count == 0)
        {
            return;
        }

        Heading(_text.ConsentHeading);
        _body.Append(Format(_text.ConsentIntroduction, string.Join("; ", byConsent.Select(activity => Text(activity.Name))))).Append("\n\n");
        var ways = new List<string>();
        var policyWay = _register.DataSubjectRights?.ConsentWithdrawal
            ?? _register.DataSubjectRights?.Rights.FirstOrDefault(right => right.Kind == DataSubjectRightKind.WithdrawConsent)?.Description;
        if (policyWay is not null)
        {
            ways.Add(Text(policyWay));
        }

        foreach (var activity in byConsent)
        {
            var withdrawal = activity.LegalBases.Where(ground => ground.Basis == LegalBasis.Consent).Select(ground => ground.Withdrawal).FirstOrDefault(text => text is not null);
            if (withdrawal is not null)
            {
                ways.Add(Text(activity.Name) + ": " + Text(withdrawal));
            }
            else if (policyWay is null)
            {
                _gaps.Add(Format(_text.GapWithdrawal, Text(activity.Name)));
            }
        }

        List(_text.HowToWithdraw, ways);
    }

    private void WriteComplaints()
    {
        Heading(_text.ComplaintsHeading);
        var complaints = _register.DataSubjectRights?.Complaints;
        if (complaints is not null && (complaints.Description is not null || complaints.Channels.Count > 0))
        {
            var lines = new List<string>();
            if (complaints.Description is { } description)
            {
                lines.Add(Text(description));
            }

            lines.AddRange(complaints.Channels.Where(channel => channel.IsAvailable).Select(channel =>
                Capitalised(_labels.ChannelNames[channel.Kind]) + (channel.Contact is { } contact ? ": " + Text(contact) : string.Empty)));
            if (complaints.ResponseDeadline is { } deadline)
            {
                lines.Add(_text.ComplaintsDeadline + ": " + _labels.FormatPeriod(deadline));
            }

            List(_text.ComplaintsToController, lines);
        }

        _body.Append(_text.RightToComplain).Append("\n\n");
        var dutch = _register.Controllers.Where(controller => IsDutch(controller.Contact.Address?.Country)).ToList();
        if (dutch.Count > 0)
        {
            _body.Append(Format(_text.DutchAuthority, Joined(dutch.Select(controller => Text(controller.Contact.Name)).ToList()))).Append("\n\n");
        }

        if (complaints?.SupervisoryAuthority is { } authority)
        {
            _body.Append(_text.RegisterOnAuthority).Append(": ").Append(Text(authority)).Append("\n\n");
        }
        else if (dutch.Count == 0)
        {
            _gaps.Add(_text.GapAuthority);
        }
    }

    // The format's examples write the country as a code; a name is accepted as written.
    private static bool IsDutch(string? country) =>
        country is not null && (country.Trim().ToUpperInvariant() is "NL" or "NLD" or "NEDERLAND" or "THE NETHERLANDS" or "NETHERLANDS");
}
