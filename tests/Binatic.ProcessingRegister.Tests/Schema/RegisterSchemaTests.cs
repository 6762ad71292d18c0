using Binatic.ProcessingRegister.Schema;

namespace Binatic.ProcessingRegister.Tests.Schema;

public sealed class RegisterSchemaTests
{
    [Fact]
    public void The_embedded_schema_loads_with_its_definitions_resolved()
    {
        var activity = RegisterSchema.Schema.Properties["activities"].ActualSchema.Item!.ActualSchema;

        Assert.Equal("Processing activity", activity.Title);
    }

    [Fact]
    public async Task The_schema_is_loaded_once_and_shared_between_threads()
    {
        var schemas = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(_ => Task.Run(() => RegisterSchema.Schema, TestContext.Current.CancellationToken)));

        Assert.All(schemas, schema => Assert.Same(RegisterSchema.Schema, schema));
    }
}
