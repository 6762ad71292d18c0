using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;

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
    /// <param name="path">The path of the YAML file; see <see cref="RegisterLoader.LoadFile"/> for what it should name.</param>
    /// <param name="options">The limits of loading and the options of the review; <see cref="ReviewOptions.Default"/> when omitted.</param>
    /// <returns>The findings and the register; <see cref="ReviewResult.IsUnreadable"/> when the file cannot be read.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> changes the severity of a check made while loading (see
    /// <see cref="RuleDescriptor.SeverityCanChange"/>).
    /// </exception>
    public static ReviewResult OfFile(string path, ReviewOptions? options = null)
    {
        options ??= ReviewOptions.Default;
        return Review(RegisterLoader.LoadFile(path, options.LoadOptions), options);
    }

    /// <summary>Loads and reviews the register in <paramref name="stream"/>, read as UTF-8.</summary>
    /// <param name="stream">The YAML text; the stream is read to its end but not closed.</param>
    /// <param name="displayName">The name findings use for the file, such as its path.</param>
    /// <param name="options">The limits of loading and the options of the review; <see cref="ReviewOptions.Default"/> when omitted.</param>
    /// <returns>The findings and the register.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> changes the severity of a check made while loading (see
    /// <see cref="RuleDescriptor.SeverityCanChange"/>).
    /// </exception>
    public static ReviewResult OfStream(Stream stream, string displayName, ReviewOptions? options = null)
    {
        options ??= ReviewOptions.Default;
        return Review(RegisterLoader.Load(stream, displayName, options.LoadOptions), options);
    }

    /// <summary>Loads and reviews the register written in <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="displayName">The name findings use for the text, such as the path it came from.</param>
    /// <param name="options">The limits of loading and the options of the review; <see cref="ReviewOptions.Default"/> when omitted.</param>
    /// <returns>The findings and the register.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> changes the severity of a check made while loading (see
    /// <see cref="RuleDescriptor.SeverityCanChange"/>).
    /// </exception>
    public static ReviewResult OfYaml(string yaml, string displayName, ReviewOptions? options = null)
    {
        options ??= ReviewOptions.Default;
        return Review(RegisterLoader.Parse(yaml, displayName, options.LoadOptions), options);
    }

    private static ReviewResult Review(LoadResult loaded, ReviewOptions options)
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
            .. loaded.Diagnostics.Select(d => d.In(language)).Concat(RegisterValidator.Validate(loaded, options.ValidationOptions with { Language = language }))
                .OrderBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.RuleId, StringComparer.Ordinal),
        ];
        return new ReviewResult(loaded, findings.AsReadOnly());
    }
}
