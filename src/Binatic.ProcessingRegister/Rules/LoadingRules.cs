using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// The checks that loading a register makes before any GDPR rule runs (<see cref="DiagnosticIds"/>), described as
/// rules, so that <see cref="RuleCatalogue"/> describes every id a user can meet, not only the review's.
/// </summary>
internal static class LoadingRules
{
    private const string Yaml = "YAML 1.2; the register format";
    private const string Format = "The register format (JSON Schema)";
    private const string ReadWhy = "A register that cannot be read unambiguously cannot be reviewed, and every tool must read it the same way.";
    private const string ShapeWhy = "The register format is what makes a register complete and comparable; a value in the wrong place is ignored or misread.";

    /// <summary>Gets the load, schema and reference checks in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Error(RuleStage.Reading, DiagnosticIds.InputUnreadable, "File cannot be read", "The file does not exist or cannot be read.", "Check the path and the file's permissions."),
        Error(RuleStage.Reading, DiagnosticIds.InputTooLarge, "File too large", "The file is larger than the loader accepts.", "Split the register, or raise the limit in the load options."),
        Error(RuleStage.Reading, DiagnosticIds.YamlSyntax, "YAML syntax error", "The text is not well-formed YAML.", "Correct the YAML at the position given; an editor with YAML support shows the fault."),
        Error(RuleStage.Reading, DiagnosticIds.NestingTooDeep, "Nesting too deep", "Mappings and sequences are nested deeper than the loader accepts.", "Flatten the structure; registers refer to things by id."),
        Error(RuleStage.Reading, DiagnosticIds.AliasNotAllowed, "YAML anchor or alias", "The file uses YAML anchors, aliases or the << merge key.", "Refer to the entry by its id instead of an alias."),
        Error(RuleStage.Reading, DiagnosticIds.MultipleDocuments, "More than one YAML document", "The file holds more than one YAML document.", "Keep one register per file; remove the extra '---' document."),
        Error(RuleStage.Reading, DiagnosticIds.EmptyDocument, "Empty file", "The file holds no YAML document, or only comments.", "Write the register, or remove the file."),
        Error(RuleStage.Reading, DiagnosticIds.UnsupportedTag, "Unsupported YAML tag", "A node carries an explicit tag outside the YAML core schema.", "Remove the tag and write the value as plain text, a number or a boolean."),
        Error(RuleStage.Reading, DiagnosticIds.DuplicateKey, "Duplicate key", "A key appears twice in the same mapping.", "Keep one of the two keys; YAML tools disagree on which one wins."),
        Error(RuleStage.Reading, DiagnosticIds.RootNotMapping, "Root is not a mapping", "The document's root is not a mapping of keys to values.", "Start the file with the register's keys, such as 'register:' and 'controller:'."),
        Error(RuleStage.Reading, DiagnosticIds.ComplexKey, "Complex mapping key", "A mapping key is itself a mapping or a sequence.", "Use plain text as the key."),
        Error(RuleStage.Reading, DiagnosticIds.UnrepresentableScalar, "Value with no JSON equivalent", "A scalar has no JSON equivalent, such as .inf or .nan.", "Write the value as text or as a finite number."),
        new(DiagnosticIds.AmbiguousScalar, "Ambiguous YAML scalar", DiagnosticSeverity.Warning, Yaml, "A plain scalar that YAML 1.1 tools read differently from YAML 1.2, such as NO, yes or 0755.", ReadWhy, "Quote the value, such as 'NO' for Norway.") { Stage = RuleStage.Reading },
        Error(RuleStage.Schema, DiagnosticIds.UnknownProperty, "Unknown key", "A key that the format does not define, usually a typo.", "Correct the key as the message suggests, or remove it.", Format, ShapeWhy),
        Error(RuleStage.Schema, DiagnosticIds.MissingProperty, "Missing key", "A required key is missing.", "Add the key the message names.", Format, ShapeWhy),
        Error(RuleStage.Schema, DiagnosticIds.WrongType, "Wrong type", "A value has the wrong type, such as a number where text is expected.", "Write the value in the type the message names; quote text that looks like a number.", Format, ShapeWhy),
        Error(RuleStage.Schema, DiagnosticIds.ValueNotAllowed, "Value not allowed", "A value is not one of those the format allows.", "Use one of the values the message lists.", Format, ShapeWhy),
        Error(RuleStage.Schema, DiagnosticIds.InvalidFormat, "Invalid value format", "A value does not have the required form, such as a date, an e-mail address, a country code or an ISO 8601 period.", "Write the value in the form the message names.", Format, ShapeWhy),
        Error(RuleStage.Schema, DiagnosticIds.ConstraintViolated, "Constraint violated", "A value breaks a limit of the format, such as an empty list where at least one entry is required.", "Fill in the value so that it meets the limit the message names.", Format, ShapeWhy),
        Error(RuleStage.Schema, DiagnosticIds.NoMatchingAlternative, "No matching shape", "A value matches none of the alternative shapes the format allows at that place.", "Rewrite the value in one of the shapes the format documents.", Format, ShapeWhy),
        Error(RuleStage.References, DiagnosticIds.DuplicateId, "Duplicate id", "Two entries of the same catalogue share an id.", "Give each entry its own id.", Format, "References by id must name exactly one entry."),
        Error(RuleStage.References, DiagnosticIds.UnknownReference, "Unknown reference", "A reference names an id that the register does not define.", "Correct the id, or define the entry it refers to.", Format, "A reference to nothing leaves an activity without the data, subjects or recipients it claims."),
        Error(RuleStage.References, DiagnosticIds.ActivityWithoutController, "Activity without a controller", "The register lists more than one controller under `controllers`, and an activity names none of them under its own `controllers`.", "Add `controllers` to the activity with the ids of the controllers responsible for it.", "Art. 30(1)(a)", "Each controller keeps a record of the processing under its responsibility (Art. 30(1)); an activity that names no controller belongs to no one's record."),
        Error(RuleStage.References, DiagnosticIds.ControllerNotStatedOnce, "Controller missing or stated twice", "The register has neither `controller` nor `controllers`, or it has both.", "Write `controller` for one controller, or `controllers` (each with an `id`) for several, and not both.", "Art. 30(1)(a)", "The record must name the controller (Art. 30(1)(a)); two forms of it leave unclear which is meant."),
        Error(RuleStage.References, DiagnosticIds.TransfersDespiteNoTransfers, "Transfers despite 'noTransfers'", "An activity states 'noTransfers: true' and lists transfers.", "Remove 'noTransfers', or the transfers if there are none.", "Art. 30(1)(e); the register format", "A register that both denies and lists transfers outside the EEA tells the reader nothing about them."),
        Error(RuleStage.References, DiagnosticIds.PermanentRetentionWithPeriod, "Permanent retention rule with a period", "A retention rule states 'permanent: true' and a 'period'.", "Remove 'period', or 'permanent' if the data is destroyed after the period.", "Art. 30(1)(f); the register format", "Data kept permanently has no erasure time limit: a rule with both says two things, and the reader cannot tell which holds."),
        Error(RuleStage.References, DiagnosticIds.ConditionCategoryOutOfScope, "Art. 9(2) condition names a category it cannot cover", "An Art. 9(2) condition's `dataCategories` names a data category that its activity does not process, or one that is not a special category.", "Name only special categories the activity processes, or add the category to the activity's `dataCategories`.", "Art. 9(1)-(2); the register format", "A condition is checked per category (RPR018); one that names a category its activity does not process, or an ordinary one, covers nothing and hides which special category it was meant for."),
    ];

    private static RuleDescriptor Error(RuleStage stage, string id, string title, string description, string fix, string articles = Yaml, string rationale = ReadWhy) =>
        new(id, title, DiagnosticSeverity.Error, articles, description, rationale, fix) { Stage = stage };
}
