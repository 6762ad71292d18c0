using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Import;

/// <summary>One entry of a catalogue an import builds across rows: a name met in the cells, and the id made from it.</summary>
/// <param name="Id">The id, unique within its catalogue.</param>
/// <param name="Name">The name as first written.</param>
/// <param name="At">The cell it was first met in.</param>
internal sealed record CatalogueEntry(string Id, string Name, SourceLocation At)
{
    /// <summary>Gets the keys written after <c>id</c> and <c>name</c>, in order.</summary>
    public YamlMapping Details { get; } = new();

    /// <summary>Gets or sets a value indicating whether the entry is a processor rather than a recipient.</summary>
    public bool IsProcessor { get; set; }

    /// <summary>Gets or sets a value indicating whether the recipient is a chain partner.</summary>
    public bool IsChainPartner { get; set; }

    /// <summary>Gets or sets the department of a task, by id.</summary>
    public string? Department { get; set; }

    /// <summary>Gets the parties of a joint controllers' arrangement, when the sheet names them.</summary>
    public List<string> Parties { get; } = [];

    /// <summary>Gets or sets a value indicating whether the controller is a public authority, when the sheet says.</summary>
    public bool? PublicAuthority { get; set; }
}
