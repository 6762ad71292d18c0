namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// Where in the pipeline a rule is checked, in the order the stages run: reading the file, its shape, its ids, and
/// then the review. A register that fails any of the first three is not loaded, so the review never sees it.
/// </summary>
public enum RuleStage
{
    /// <summary>
    /// Reading the file as YAML (RPR100–RPR119), in <see cref="Loading.RegisterLoader"/>, or a spreadsheet that a
    /// register is imported from (RPR150–RPR159). The severity is fixed: a register that fails these checks cannot be
    /// read reliably.
    /// </summary>
    Reading = 0,

    /// <summary>
    /// The register's shape as the JSON Schema defines it (RPR120–RPR129), in <see cref="Loading.RegisterLoader"/>.
    /// The severity is fixed.
    /// </summary>
    Schema = 1,

    /// <summary>
    /// The ids of the register, the references between them, and statements that contradict each other
    /// (RPR130–RPR139), in <see cref="Loading.RegisterLoader"/>. The severity is fixed.
    /// </summary>
    References = 2,

    /// <summary>
    /// The review of a loaded register (RPR001–RPR099): the GDPR rules and the rules about accepted findings, in
    /// <see cref="RegisterValidator"/>. <see cref="ValidationOptions"/> can change their severity or switch them off.
    /// </summary>
    Review = 3,

    /// <summary>
    /// Importing a spreadsheet into a register (RPR160–RPR179), in <see cref="Import.SpreadsheetImport"/>, before the
    /// register is loaded: what the import could not map, reported at its cell. The severity is fixed.
    /// </summary>
    Import = 4,

    /// <summary>
    /// Comparing a published privacy notice with a loaded register (RPR200–RPR219), in
    /// <see cref="NoticeCheck.NoticeChecker"/>: what one states and the other does not, located in the notice or in the
    /// register. The severity is fixed.
    /// </summary>
    Notice = 5,
}
