using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// One problem NJsonSchema found, after alternatives were narrowed to the closest branch.
/// </summary>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Token">The value the problem is about; a <see cref="JProperty"/> for an unknown key.</param>
/// <param name="Schema">The schema the value broke.</param>
/// <param name="Property">The key concerned: the missing key, or the discriminating key of alternatives none of which fit.</param>
/// <param name="Title">What to call <paramref name="Schema"/> in a message, such as "legal basis (legitimate interests)".</param>
internal sealed record SchemaIssue(ValidationErrorKind Kind, JToken Token, JsonSchema Schema, string? Property, string Title);
