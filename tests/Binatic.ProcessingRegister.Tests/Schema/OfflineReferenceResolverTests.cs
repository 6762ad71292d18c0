using Binatic.ProcessingRegister.Schema;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Binatic.ProcessingRegister.Tests.Schema;

public sealed class OfflineReferenceResolverTests
{
    // A document path makes NJsonSchema hand relative references to the resolver instead of rejecting them itself;
    // nothing needs to exist there, since nothing may be read.
    private static readonly string DocumentPath = Path.Combine(Path.GetTempPath(), "rpr-offline-resolver", "nested", "schema.json");

    [Theory]
    [InlineData("http://127.0.0.1:9/schema.json")]
    [InlineData("https://127.0.0.1:9/schema.json#/definitions/x")]
    [InlineData("../../etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("other.json#/definitions/x")]
    public async Task An_external_ref_is_refused_before_anything_is_fetched_or_read(string reference)
    {
        var json = $$"""{ "properties": { "a": { "$ref": "{{reference}}" } } }""";

        var exception = await Assert.ThrowsAnyAsync<Exception>(
            () => JsonSchema.FromJsonAsync(json, DocumentPath, OfflineReferenceResolver.Create, TestContext.Current.CancellationToken));

        // The innermost exception is the refusal itself, not a failed connection or a file that is not JSON.
        var refusal = Assert.IsType<NotSupportedException>(exception.GetBaseException());
        Assert.Contains("outside itself", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ref_into_the_document_outside_its_definitions_is_refused()
    {
        const string json = """{ "properties": { "a": { "type": "string" }, "b": { "$ref": "#/properties/a" } } }""";

        var exception = await Assert.ThrowsAnyAsync<Exception>(
            () => JsonSchema.FromJsonAsync(json, DocumentPath, OfflineReferenceResolver.Create, TestContext.Current.CancellationToken));

        Assert.IsType<NotSupportedException>(exception.GetBaseException());
    }

    [Fact]
    public async Task A_ref_to_the_documents_own_definitions_resolves()
    {
        const string json = """{ "properties": { "a": { "$ref": "#/definitions/text" } }, "definitions": { "text": { "type": "string" } } }""";

        var schema = await JsonSchema.FromJsonAsync(json, DocumentPath, OfflineReferenceResolver.Create, TestContext.Current.CancellationToken);

        Assert.Single(schema.Validate(JObject.Parse("""{ "a": 1 }""")));
    }
}
