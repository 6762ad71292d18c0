using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// A client of a processor's record (Art. 30(2)(a)) named in <see cref="RegisterChanges"/>: the id it is matched on,
/// the name a reviewer recognises and how it authorised sub-processors, such as
/// <c>("tandartspraktijk", "Tandartspraktijk De Kies") { Authorisation = Specific }</c>.
/// </summary>
/// <param name="Id">The client's <see cref="Client.Id"/>, such as <c>tandartspraktijk</c>.</param>
/// <param name="Name">
/// The client's name as written in the register, in the new register for a changed client or a concern. It is not
/// escaped for any output format.
/// </param>
public sealed record ClientReference(string Id, string Name)
{
    /// <summary>
    /// Gets how the client authorised sub-processors in its agreement in the new register (Art. 28(2)); <see langword="null"/>
    /// when the register does not say. A client that authorised <see cref="SubProcessorAuthorisation.Specific"/>
    /// sub-processors must authorise a new one before it is engaged; one with a general authorisation is informed and
    /// may object.
    /// </summary>
    public SubProcessorAuthorisation? Authorisation { get; init; }
}
