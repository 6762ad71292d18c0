namespace Binatic.ProcessingRegister.Import;

/// <summary>The words that join the parts of a cell, in English, Dutch and French, in one place for every recogniser.</summary>
internal static class JoiningWords
{
    /// <summary>"and": "1 jaar en 6 maanden", "US and UK", "sub b et c".</summary>
    public static readonly IReadOnlySet<string> And = new HashSet<string>(StringComparer.Ordinal) { "en", "and", "et" };

    /// <summary>"or": "2 of 3 jaar", "US or UK", "b ou c".</summary>
    public static readonly IReadOnlySet<string> Or = new HashSet<string>(StringComparer.Ordinal) { "of", "or", "ou" };
}
