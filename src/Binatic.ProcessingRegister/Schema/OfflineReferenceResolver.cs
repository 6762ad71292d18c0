using Newtonsoft.Json.Serialization;
using NJsonSchema;
using NJsonSchema.References;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// Resolves <c>$ref</c>s to <c>#/definitions/…</c> inside the schema and refuses every other one.
/// NJsonSchema's default resolver fetches <c>http(s)</c> references (sending default credentials) and reads relative
/// references from disk without confining them to a directory; a schema must never make the loader reach the network
/// or the file system.
/// </summary>
internal sealed class OfflineReferenceResolver : JsonReferenceResolver
{
    private const string DefinitionsPrefix = "#/definitions/";

    private OfflineReferenceResolver(JsonSchema root)
        : base(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
    }

    /// <summary>Creates the resolver for one schema; pass this method to <c>JsonSchema.FromJsonAsync</c>.</summary>
    /// <param name="root">The schema being loaded.</param>
    /// <returns>A resolver bound to <paramref name="root"/>.</returns>
    public static JsonReferenceResolver Create(JsonSchema root) => new OfflineReferenceResolver(root);

    public override IJsonReference ResolveDocumentReference(
        object rootObject, string jsonPath, Type targetType, IContractResolver contractResolver) =>
        jsonPath.StartsWith(DefinitionsPrefix, StringComparison.Ordinal)
            ? base.ResolveDocumentReference(rootObject, jsonPath, targetType, contractResolver)
            : throw Refuse(jsonPath);

    // The base class calls this before it probes directories for a relative reference, so refusing here keeps
    // even that probing from happening.
    public override string ResolveFilePath(string documentPath, string jsonPath) => throw Refuse(jsonPath);

    public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
        Task.FromException<IJsonReference>(Refuse(filePath));

    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
        Task.FromException<IJsonReference>(Refuse(url));

    private static NotSupportedException Refuse(string reference) =>
        new($"The schema refers to '{reference}', outside itself; only '{DefinitionsPrefix}…' references are resolved.");
}
