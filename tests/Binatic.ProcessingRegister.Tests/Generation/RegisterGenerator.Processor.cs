using Binatic.ProcessingRegister.Model;
using CsCheck;

namespace Binatic.ProcessingRegister.Tests.Generation;

// The role of an arbitrary register and its processor's record (Art. 30(2)). Methods, not properties, for the reason
// RegisterGenerator.Organisation.cs gives.
internal static partial class RegisterGenerator
{
    /// <summary>
    /// Gets <paramref name="register"/> as a register of <paramref name="role"/>: a controller's as it is; one that keeps
    /// both records with <paramref name="record"/> added; a processor's alone with <paramref name="record"/> and without
    /// the controllers and activities, and what names them, that the loader refuses in it (RPR137).
    /// </summary>
    private static Register WithRole(RegisterRole role, ProcessorRecord record, Register register) => role switch
    {
        RegisterRole.Controller => register,
        RegisterRole.ControllerAndProcessor => register with { Info = register.Info with { Role = role }, ProcessorRecord = record },
        _ => register with
        {
            Info = register.Info with { Role = role },
            ProcessorRecord = record,
            Controllers = [],
            Activities = [],
            Departments = [],
            Tasks = [],
            JointControllerArrangements = [],
            DataSubjectRights = register.DataSubjectRights is { } rights
                ? rights with { Rights = [.. rights.Rights.Select(right => right with { Activities = [] })] }
                : null,
        },
    };

    /// <summary>Gets processor's records whose references name the sub-processors they list and the given security measures.</summary>
    private static Gen<ProcessorRecord> ProcessorRecordOf(string[] measures) =>
        from processor in Optional(
            from contact in Contact
            from representative in Optional(Designation)
            from officer in Optional(Designation)
            select new ProcessorOrganisation { Contact = contact, Representative = representative, DataProtectionOfficer = officer })
        from subProcessors in Catalogue(SubProcessor(), (p, id) => p with { Id = id }, "sub", 3)
        let subProcessorIds = subProcessors.Select(p => p.Id).ToArray()
        from clients in Client(subProcessorIds, measures).Array[1, 3]
        from transfers in Transfer(subProcessorIds).Array[0, 2]
        from recordMeasures in Subset(measures)
        select new ProcessorRecord
        {
            Processor = processor,
            Clients = [.. clients.Select((c, i) => c with { Id = $"client-{i}" })],
            SubProcessors = [.. subProcessors],
            Transfers = [.. transfers],
            SecurityMeasures = recordMeasures,
        };

    private static Gen<SubProcessor> SubProcessor() =>
        from name in Text
        from service in Text
        from location in Optional(Location)
        from agreement in Optional(
            from inPlace in Gen.Bool
            from reference in Optional(Text)
            from date in Gen.Nullable(Date)
            select new ProcessingAgreement { IsInPlace = inPlace, Reference = reference, Date = date })
        from dpf in Gen.Bool
        select new SubProcessor { Id = "-", Name = name, Service = service, Location = location, ProcessingAgreement = agreement, IsDpfCertified = dpf };

    private static Gen<Client> Client(string[] subProcessors, string[] measures) =>
        from contact in Contact
        from representative in Optional(Designation)
        from officer in Optional(Designation)
        from agreement in Optional(
            from inPlace in Gen.Bool
            from reference in Optional(Text)
            from date in Gen.Nullable(Date)
            from authorisation in Gen.Nullable(Gen.Enum<SubProcessorAuthorisation>())
            from authorised in Subset(subProcessors)
            select new ClientAgreement { IsInPlace = inPlace, Reference = reference, Date = date, SubProcessorAuthorisation = authorisation, AuthorisedSubProcessors = authorised })
        from processing in ProcessingCategory(subProcessors, measures).Array[0, 2]
        from link in Optional(
            from folder in Letters
            from file in Letters
            from processorId in Letters
            select new ControllerRecordLink { File = $"{folder}/{file}.yaml", Processor = $"{processorId}-processor" })
        select new Client
        {
            Id = "-",
            Contact = contact,
            Representative = representative,
            DataProtectionOfficer = officer,
            ProcessingAgreement = agreement,
            Processing = [.. processing],
            ControllerRecord = link,
        };

    private static Gen<ProcessingCategory> ProcessingCategory(string[] subProcessors, string[] measures) =>
        from name in Text
        from description in Optional(Text)
        from dataSubjects in Text.Array[0, 2]
        from dataCategories in Text.Array[0, 2]
        from engaged in Subset(subProcessors)
        from categoryMeasures in Subset(measures)
        from purposes in Text.Array[0, 2]
        select new ProcessingCategory
        {
            Name = name,
            Description = description,
            DataSubjects = [.. dataSubjects],
            DataCategories = [.. dataCategories],
            SubProcessors = engaged,
            SecurityMeasures = categoryMeasures,
            Purposes = [.. purposes],
        };
}
