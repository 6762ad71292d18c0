using System.IO.Enumeration;
using System.Text;
using System.Text.RegularExpressions;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// Turns what a user types after <c>validate</c> into register files: a file as it is, a folder as every
/// <c>.yaml</c> and <c>.yml</c> file below it, and a glob as the files it matches.
/// </summary>
/// <remarks>
/// Globs are matched by a small matcher rather than a package, since they only need three tokens: <c>*</c> (any
/// characters within one folder name), <c>?</c> (one character) and <c>**</c> as a whole segment (any number of
/// folders, including none). Matching is on <c>/</c>-separated paths and ignores case, as on Windows and macOS.
/// Shells usually expand globs themselves; quoting the pattern (<c>'registers/**/*.yaml'</c>) lets it reach the tool,
/// which is what makes <c>**</c> work in shells that do not know it.
/// Folders and globs do not follow links to folders, and skip folders that cannot be read.
/// </remarks>
internal static class RegisterFiles
{
    private static readonly string[] RegisterExtensions = [".yaml", ".yml"];

    // Hidden files are walked as before; only what cannot be read is skipped.
    private static readonly EnumerationOptions WalkOptions = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
    };

    /// <summary>Expands one argument; a missing file, or a pattern that matches nothing, gives an empty list.</summary>
    /// <param name="argument">A file, a folder or a glob.</param>
    /// <returns>The files in ordinal order, as given or below the folder the pattern starts in.</returns>
    public static IReadOnlyList<string> Expand(string argument)
    {
        if (IsGlob(argument))
        {
            return Glob(argument);
        }

        if (Directory.Exists(argument))
        {
            return [.. FilesBelow(argument)
                .Where(file => RegisterExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)];
        }

        return File.Exists(argument) ? [argument] : [];
    }

    /// <summary>Gets whether the argument is a glob rather than a path.</summary>
    /// <param name="argument">A file, a folder or a glob.</param>
    /// <returns><see langword="true"/> when it holds <c>*</c> or <c>?</c>.</returns>
    public static bool IsGlob(string argument) => argument.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>Shows a path as output does: relative to <paramref name="root"/>, with <c>/</c> separators.</summary>
    /// <param name="path">A path, relative to the current directory or absolute.</param>
    /// <param name="root">The folder paths are shown from.</param>
    /// <returns>The path for display.</returns>
    public static string Display(string path, string root) =>
        Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path)).Replace('\\', '/');

    /// <summary>
    /// Every file below <paramref name="folder"/>, without entering linked folders: a link to a parent folder would
    /// otherwise be walked again and again, and two such links make a walk that never ends. A linked file is listed,
    /// and the caller reads a file reached twice once. Folders that cannot be read are passed over.
    /// </summary>
    private static FileSystemEnumerable<string> FilesBelow(string folder) =>
        new(folder, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), WalkOptions)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    private static List<string> Glob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(segment => !IsGlob(segment)).Count();
        var baseFolder = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (baseFolder.Length == 0)
        {
            baseFolder = "/";
        }

        if (!Directory.Exists(baseFolder))
        {
            return [];
        }

        var matcher = ToRegex(segments[fixedCount..]);
        return [.. FilesBelow(baseFolder)
            .Where(file => matcher.IsMatch(Path.GetRelativePath(baseFolder, file).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];
    }

    private static Regex ToRegex(IEnumerable<string> segments)
    {
        var regex = new StringBuilder("^");
        foreach (var segment in segments)
        {
            if (segment == "**")
            {
                regex.Append("(?:[^/]+/)*");
                continue;
            }

            foreach (var character in segment)
            {
                regex.Append(character switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(character.ToString()),
                });
            }

            regex.Append('/');
        }

        // The last segment names files: a trailing "**" means every file below, anything else drops its separator.
        if (regex[^1] == '/')
        {
            regex.Length--;
        }
        else
        {
            regex.Append("[^/]+");
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
