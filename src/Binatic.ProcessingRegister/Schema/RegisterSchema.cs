using Binatic.ProcessingRegister.Model;
using NJsonSchema;

namespace Binatic.ProcessingRegister.Schema;

/// <summary>
/// The register format's JSON Schema as this assembly embeds it: its text, and the schema parsed once per process.
/// The parsed schema is shared read-only and never modified, which is what makes concurrent validations safe.
/// </summary>
internal static class RegisterSchema
{
    /// <summary>The manifest name the project file gives the embedded schema.</summary>
    public const string ResourceName = "Binatic.ProcessingRegister.processing-register.schema.json";

    /// <summary>The manifest name the project file gives the embedded Dutch translations of the schema's texts.</summary>
    public const string DutchTranslationsResourceName = "Binatic.ProcessingRegister.processing-register.schema.nl.translations.json";

    private static readonly Lazy<string> LazyText = new(() => ReadResource(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> LazyDutchText = new(
        () => SchemaTranslation.Apply(Text, DutchTranslations),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the schema's JSON text.</summary>
    public static string Text => LazyText.Value;

    /// <summary>Gets the text of the embedded translations file from which the Dutch schema is made.</summary>
    public static string DutchTranslations => ReadResource(DutchTranslationsResourceName);

    /// <summary>
    /// Gets the schema's JSON text with its texts for people in <paramref name="language"/>: the English schema, or
    /// the Dutch copy made from it for editors, which checks exactly the same and differs only in its texts and <c>$id</c>.
    /// </summary>
    public static string TextIn(RegisterLanguage language) => language == RegisterLanguage.Dutch ? LazyDutchText.Value : Text;

    /// <summary>Gets the parsed schema, whose <c>$ref</c>s resolve only within the document.</summary>
    public static JsonSchema Schema => Parsed.Schema;

    private static string ReadResource(string name)
    {
        using var stream = typeof(RegisterSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The assembly does not embed the resource '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The library's API is synchronous. Running NJsonSchema's async load on the thread pool means a caller's
    // single-threaded synchronization context (UI, old ASP.NET) cannot deadlock on its continuations.
    private static JsonSchema Load() =>
        Task.Run(() => JsonSchema.FromJsonAsync(Text, documentPath: null, OfflineReferenceResolver.Create))
            .GetAwaiter()
            .GetResult();

    /// <summary>
    /// Holds the parsed schema apart, so that reading the text alone (all a valid register needs) does not load
    /// NJsonSchema's assembly: a field of its type in this class would, as soon as the class is first used.
    /// </summary>
    private static class Parsed
    {
        public static readonly JsonSchema Schema = Load();
    }
}
