namespace Binatic.ProcessingRegister;

/// <summary>
/// Places a finding about a file as a whole (empty, too large, unreadable, in another encoding) at its first line and
/// column, since GitHub annotations and SARIF results without a line are not attached to the file.
/// </summary>
internal static class FileStart
{
    /// <summary>Gets the location of the start of <paramref name="file"/>.</summary>
    /// <param name="file">The file's display name.</param>
    /// <returns>An empty span at line 1, column 1.</returns>
    public static SourceLocation Of(string file) => new(file, 1, 1, 1, 1);
}
