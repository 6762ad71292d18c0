namespace Binatic.ProcessingRegister.References;

/// <summary>The catalogue an id belongs to: ids are unique within one, and a reference names an entry of one.</summary>
public enum SymbolKind
{
    /// <summary>A category of data subjects, under <c>dataSubjectCategories</c>.</summary>
    DataSubjectCategory,

    /// <summary>A category of personal data, under <c>dataCategories</c>.</summary>
    DataCategory,

    /// <summary>A processor or a recipient, under <c>processors</c> or <c>recipients</c>, which share one namespace.</summary>
    Party,

    /// <summary>A security measure, under <c>security.measures</c>.</summary>
    SecurityMeasure,

    /// <summary>A processing activity, under <c>activities</c>.</summary>
    Activity,

    /// <summary>A controller, under <c>controllers</c>.</summary>
    Controller,

    /// <summary>A department, under <c>departments</c>.</summary>
    Department,

    /// <summary>A task, under <c>tasks</c>.</summary>
    Task,

    /// <summary>A joint-controller arrangement, under <c>jointControllerArrangements</c>.</summary>
    JointControllerArrangement,

    /// <summary>A client of a processor's record, under <c>processorRecord.clients</c>.</summary>
    Client,

    /// <summary>A sub-processor of a processor's record, under <c>processorRecord.subProcessors</c>.</summary>
    SubProcessor,
}
