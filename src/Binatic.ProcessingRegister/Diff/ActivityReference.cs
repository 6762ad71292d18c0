namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// A processing activity named in <see cref="RegisterChanges"/>: the id it is matched on and the name a reviewer
/// recognises, such as <c>("newsletter", "Sending the newsletter")</c>.
/// </summary>
/// <param name="Id">The activity's <see cref="Model.ProcessingActivity.Id"/>, such as <c>newsletter</c>.</param>
/// <param name="Name">
/// The activity's <see cref="Model.ProcessingActivity.Name"/> as written in the register: in the new register for an
/// added or changed activity, in the old one for a removed activity. It is not escaped for any output format.
/// </param>
public sealed record ActivityReference(string Id, string Name);
