using System.Text.Json.Serialization;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// The serializer for <see cref="JsonRegister"/>, generated at compile time: no reflection at run time, so the
/// export works trimmed and ahead-of-time compiled, and the output depends on nothing but the declarations.
/// Layout (indentation, line endings, escaping) is the writer's, set in <see cref="JsonExport"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(JsonRegister))]
internal sealed partial class JsonRegisterContext : JsonSerializerContext;
