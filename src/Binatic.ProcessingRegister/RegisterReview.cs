using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;
using Binatic.ProcessingRegister.Rules.Catalogue;

namespace Binatic.ProcessingRegister;

/// <summary>
/// Loads a register and reviews it in one call, as the <c>processing-register validate</c> tool does: the checks of
/// <see cref="RegisterLoader"/>, then, when the register loads, the rules of <see cref="RegisterValidator"/>, with
/// every finding of both in one ordered list and a count of each severity. Every finding is written in the language
/// of <see cref="ValidationOptions.Language"/>, or by default in the register's own language.
/// </summary>
/// <remarks>
/// The three methods mirror <see cref="RegisterLoader"/>'s: from a file, a stream or text. Bad content never throws;
/// it is reported as findings. Use <see cref="RegisterLoader"/> and <see cref="RegisterValidator"/> on their own to run
/// one stage, or to review a register built in code. The methods are safe to call from several threads.
/// <para>
/// A processor's record may link a client to that controller's own record in another file
/// (<see cref="ControllerRecordLink"/>), so that the two can be compared (RPR054). The review loads each linked file
/// once, with the same <see cref="ReviewOptions.LoadOptions"/>, from its path relative to the folder of the register
/// under review: for <see cref="OfFile"/> the folder of <c>path</c>; for <see cref="OfStream"/> and
/// <see cref="OfYaml"/> the folder <c>displayName</c> names, or the current directory when it names none (a bare file
/// name, or a name such as <c>&lt;stdin&gt;</c>). A linked file is loaded but not reviewed, and the links in it are not
/// followed. A path that names nothing, a folder, a device or a FIFO is not opened, and a file that cannot be read,
/// is too large or does not load is a finding of RPR054, never an exception. When RPR054 is switched off
/// (<see cref="ValidationOptions.DisabledRules"/>) no linked file is read. <see cref="RegisterValidator"/> on its own
/// reads no files.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var review = RegisterReview.OfFile("registers/example.yaml");
/// foreach (var finding in review.Findings) Console.WriteLine(finding);
/// return review.ErrorCount > 0 ? 1 : 0;
/// </code>
/// </example>
public static class RegisterReview
{
    /// <summary>Loads and reviews the register in the file at <paramref name="path"/>; findings name the path as given.</summary>
    /// <param name="path">
    /// The path of the YAML file; see <see cref="RegisterLoader.LoadFile"/> for what it should name. The controller's
    /// records its clients link to are read relative to its folder.
    /// </param>
    /// <param name="options">The limits of loading and the options of the review; <see cref="ReviewOptions.Default"/> when omitted.</param>
    /// <returns>The findings and the register; <see cref="ReviewResult.IsUnreadable"/> when the file cannot be read.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> changes the severity of a check made while loading (see
    /// <see cref="RuleDescriptor.SeverityCanChange"/>).
    /// </exception>
    public static ReviewResult OfFile(string path, ReviewOptions? options = null)
    {
        options ??= ReviewOptions.Default;
        return Review(RegisterLoader.LoadFile(path, options.LoadOptions), FolderOf(path), options);
    }

    /// <summary>Loads and reviews the register in <paramref name="stream"/>, read as UTF-8.</summary>
    /// <param name="stream">The YAML text; the stream is read to its end but not closed.</param>
    /// <param name="displayName">
    /// The name findings use for the file, such as its path. The controller's records its clients link to are read
    /// relative to the folder it names, or to the current directory when it names none.
    /// </param>
    /// <param name="options">The limits of loading and the options of the review; <see cref="ReviewOptions.Default"/> when omitted.</param>
    /// <returns>The findings and the register.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> changes the severity of a check made while loading (see
    /// <see cref="RuleDescriptor.SeverityCanChange"/>).
    /// </exception>
    public static ReviewResult OfStream(Stream stream, string displayName, ReviewOptions? options = null)
    {
        options ??= ReviewOptions.Default;
        return Review(RegisterLoader.Load(stream, displayName, options.LoadOptions), FolderOf(displayName), options);
    }

    /// <summary>Loads and reviews the register written in <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="displayName">
    /// The name findings use for the text, such as the path it came from. The controller's records its clients link to
    /// are read relative to the folder it names, or to the current directory when it names none.
    /// </param>
    /// <param name="options">The limits of loading and the options of the review; <see cref="ReviewOptions.Default"/> when omitted.</param>
    /// <returns>The findings and the register.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> changes the severity of a check made while loading (see
    /// <see cref="RuleDescriptor.SeverityCanChange"/>).
    /// </exception>
    public static ReviewResult OfYaml(string yaml, string displayName, ReviewOptions? options = null)
    {
        options ??= ReviewOptions.Default;
        return Review(RegisterLoader.Parse(yaml, displayName, options.LoadOptions), FolderOf(displayName), options);
    }

    private static ReviewResult Review(LoadResult loaded, string folder, ReviewOptions options)
    {
        // Options that name a check made while loading are a mistake whether or not this register loads.
        RegisterValidator.RejectLoadingRules(options.ValidationOptions);

        // A register that cannot be read as YAML names no language, and is reported in English unless the options name one.
        var language = options.ValidationOptions.Language ?? loaded.DeclaredLanguage ?? RegisterLanguage.English;
        if (!loaded.Success)
        {
            return new ReviewResult(loaded, [.. loaded.Diagnostics.Select(d => d.In(language))]);
        }

        // Each stage caps its own findings, so only the order is left to do: the one both stages give their own.
        List<Diagnostic> findings =
        [
            .. loaded.Diagnostics.Select(d => d.In(language)).Concat(RegisterValidator.Validate(
                    loaded,
                    options.ValidationOptions with { Language = language },
                    LoadControllerRecords(loaded.Register, folder, options)))
                .OrderBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.RuleId, StringComparer.Ordinal),
        ];
        return new ReviewResult(loaded, findings.AsReadOnly());
    }

    /// <summary>
    /// Loads the controller's records the clients of a processor's record link to, by the path each link gives as
    /// written; a file reached by two spellings or links is loaded once. None is read when RPR054 is off.
    /// </summary>
    private static Dictionary<string, LoadResult> LoadControllerRecords(Register register, string folder, ReviewOptions options)
    {
        var byFile = new Dictionary<string, LoadResult>(StringComparer.Ordinal);
        if (register.ProcessorRecord is not { } record || options.ValidationOptions.DisabledRules.Contains(ClientRecordConsistencyRule.Id))
        {
            return byFile;
        }

        var byIdentity = new Dictionary<object, LoadResult>();
        foreach (var client in record.Clients)
        {
            if (client.ControllerRecord is not { } link || byFile.ContainsKey(link.File))
            {
                continue;
            }

            var path = Path.Combine(folder, link.File);
            var identity = (object?)FileFacts.Of(path, followLinks: true).Identity ?? FullPath(path);
            if (!byIdentity.TryGetValue(identity, out var loaded))
            {
                loaded = RegisterLoader.LoadRegularFile(path, options.LoadOptions);
                byIdentity.Add(identity, loaded);
            }

            byFile.Add(link.File, loaded);
        }

        return byFile;
    }

    // A display name such as "<stdin>" or "register.yaml" names no folder: the current directory is meant.
    private static string FolderOf(string path) => Path.GetDirectoryName(path) ?? string.Empty;

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
