using Binatic.ProcessingRegister.Loading;

namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// The stable ids of the findings that loading a register can produce. Ids are the public contract:
/// a rule keeps its id for ever, while its wording may improve.
/// </summary>
/// <remarks>
/// <para>RPR001–RPR099 are reserved for the GDPR rules that review a loaded register.</para>
/// <para>RPR100–RPR119 are about reading the file as YAML; RPR120–RPR129 about the register's shape as the JSON Schema
/// defines it; RPR130–RPR139 about ids, the references between them, and statements that contradict each other;
/// RPR150–RPR159 about reading a spreadsheet (XLSX or CSV) that a register is imported from.</para>
/// <para>RPR200–RPR219 compare a published privacy notice with the register (<c>check-notice</c>).</para>
/// </remarks>
public static class DiagnosticIds
{
    /// <summary>The file does not exist or cannot be read. Tools treat this as an input failure, not as a finding.</summary>
    public const string InputUnreadable = "RPR100";

    /// <summary>The file is larger than <see cref="LoadOptions.MaxFileSizeBytes"/>.</summary>
    public const string InputTooLarge = "RPR101";

    /// <summary>The text is not well-formed YAML.</summary>
    public const string YamlSyntax = "RPR102";

    /// <summary>Mappings and sequences are nested deeper than <see cref="LoadOptions.MaxDepth"/>.</summary>
    public const string NestingTooDeep = "RPR103";

    /// <summary>The file uses YAML anchors, aliases or the <c>&lt;&lt;</c> merge key; registers refer to things by id instead.</summary>
    public const string AliasNotAllowed = "RPR104";

    /// <summary>The file holds more than one YAML document; a register is one document.</summary>
    public const string MultipleDocuments = "RPR105";

    /// <summary>The file holds no YAML document, or only comments.</summary>
    public const string EmptyDocument = "RPR106";

    /// <summary>A node carries an explicit tag outside the YAML core schema, such as <c>!!binary</c> or <c>!custom</c>.</summary>
    public const string UnsupportedTag = "RPR107";

    /// <summary>A key appears twice in the same mapping.</summary>
    public const string DuplicateKey = "RPR108";

    /// <summary>The document's root is not a mapping of keys to values.</summary>
    public const string RootNotMapping = "RPR109";

    /// <summary>A mapping key is itself a mapping or a sequence; keys must be plain text.</summary>
    public const string ComplexKey = "RPR110";

    /// <summary>A scalar has no JSON equivalent, such as <c>.inf</c>, <c>.nan</c> or an <c>!!int</c> that is not a number.</summary>
    public const string UnrepresentableScalar = "RPR111";

    /// <summary>A plain scalar that YAML 1.1 tools read differently from YAML 1.2, such as <c>NO</c>, <c>yes</c>, <c>0755</c> or <c>1:30</c>.</summary>
    public const string AmbiguousScalar = "RPR112";

    /// <summary>A key that the format does not define, usually a typo.</summary>
    public const string UnknownProperty = "RPR120";

    /// <summary>A required key is missing.</summary>
    public const string MissingProperty = "RPR121";

    /// <summary>A value has the wrong type, such as a number where text is expected.</summary>
    public const string WrongType = "RPR122";

    /// <summary>A value is not one of those the format allows.</summary>
    public const string ValueNotAllowed = "RPR123";

    /// <summary>A value does not have the required form, such as a date, an e-mail address, a country code or an ISO 8601 period.</summary>
    public const string InvalidFormat = "RPR124";

    /// <summary>A value breaks a limit of the format, such as an empty list where at least one entry is required.</summary>
    public const string ConstraintViolated = "RPR125";

    /// <summary>A value matches none of the alternative shapes the format allows at that place.</summary>
    public const string NoMatchingAlternative = "RPR126";

    /// <summary>Two entries of the same catalogue share an id.</summary>
    public const string DuplicateId = "RPR130";

    /// <summary>A reference names an id that the register does not define.</summary>
    public const string UnknownReference = "RPR131";

    /// <summary>An activity names no controller in a register that lists several (Art. 30(1)(a)).</summary>
    public const string ActivityWithoutController = "RPR132";

    /// <summary>A register has both <c>controller</c> and <c>controllers</c>, or neither (Art. 30(1)(a)).</summary>
    public const string ControllerNotStatedOnce = "RPR133";

    /// <summary>An activity states that it transfers no data outside the EEA, and lists transfers.</summary>
    public const string TransfersDespiteNoTransfers = "RPR134";

    /// <summary>A retention rule keeps data permanently and also sets a period after which it is destroyed.</summary>
    public const string PermanentRetentionWithPeriod = "RPR135";

    /// <summary>
    /// An Art. 9(2) condition names a data category it cannot cover: one its activity does not process, or one that
    /// is not a special category of data.
    /// </summary>
    public const string ConditionCategoryOutOfScope = "RPR136";

    /// <summary>
    /// A register's role and its parts disagree: a processor's role without a <c>processorRecord</c>, a
    /// <c>processorRecord</c> in a controller's register, or a processor's register with a controller's activities.
    /// </summary>
    public const string RoleAndRecordDisagree = "RPR137";

    /// <summary>
    /// A spreadsheet cannot be read: a corrupt or truncated XLSX file, a file that is not an XLSX workbook at all, a
    /// package without a workbook, or a CSV file that is not text.
    /// </summary>
    public const string SpreadsheetUnreadable = "RPR150";

    /// <summary>
    /// An XLSX file that is password-protected (encrypted), or a workbook in the old Excel 97-2003 format (<c>.xls</c>):
    /// both are OLE compound files, not Office Open XML.
    /// </summary>
    public const string SpreadsheetProtectedOrOldFormat = "RPR151";

    /// <summary>
    /// A spreadsheet file over a size limit: the file itself, or, for XLSX, its parts once unzipped, their number, or a
    /// part's compression ratio (a zip bomb).
    /// </summary>
    public const string SpreadsheetTooLarge = "RPR152";

    /// <summary>A sheet has more rows, or a workbook more non-empty cells, than the reader takes in.</summary>
    public const string SheetTooLarge = "RPR153";

    /// <summary>A cell holds more text than the reader takes in.</summary>
    public const string CellTooLong = "RPR154";

    /// <summary>A CSV file's quotes do not pair up: a quoted field never closed, or text after its closing quote.</summary>
    public const string CsvQuoting = "RPR155";

    /// <summary>A cell holds a formula: it is not evaluated, and the value the spreadsheet program last stored for it is read.</summary>
    public const string FormulaNotEvaluated = "RPR156";

    /// <summary>A CSV file is not UTF-8; it was read as Windows-1252, the encoding Excel saves CSV in on Western European Windows.</summary>
    public const string CsvNotUtf8 = "RPR157";

    /// <summary>
    /// Import: no row among the first 30 of the sheet has the headers of the layout's columns, so no register was
    /// written.
    /// </summary>
    public const string ImportNoHeaderRow = "RPR160";

    /// <summary>Import: the workbook has no sheet of the name asked for, so no register was written.</summary>
    public const string ImportSheetNotFound = "RPR161";

    /// <summary>Import: a header that is not a column of the layout; its cells are kept as comments.</summary>
    public const string ImportUnknownColumn = "RPR162";

    /// <summary>Import: a column of the layout that holds part of the record (Art. 30(1)) is not in the sheet.</summary>
    public const string ImportMissingColumn = "RPR163";

    /// <summary>Import: the sheet does not name the controller (Art. 30(1)(a)) above its table.</summary>
    public const string ImportControllerNotNamed = "RPR164";

    /// <summary>Import: a legal basis that is not recognisable as one of the six of Art. 6(1); kept in the description.</summary>
    public const string ImportLegalBasisNotRecognised = "RPR165";

    /// <summary>Import: a third country or a safeguard of a transfer that is not recognised; kept in the description.</summary>
    public const string ImportTransferNotRecognised = "RPR166";

    /// <summary>Import: a retention period that is not recognised as a period; kept as the rule's description.</summary>
    public const string ImportRetentionNotRecognised = "RPR167";

    /// <summary>Import: a recipient whose kind is not recognised; written without <c>kind</c>.</summary>
    public const string ImportRecipientKindNotRecognised = "RPR168";

    /// <summary>
    /// Import: a cell whose value is not one the column allows (yes or no, a date, public or private, a special
    /// category); kept in the description or as a comment.
    /// </summary>
    public const string ImportValueNotRecognised = "RPR169";

    /// <summary>
    /// Import: a cell whose value has no one place in the register, such as a processor's contract on a row that names
    /// several processors; kept in the description or as a comment.
    /// </summary>
    public const string ImportValueWithoutPlace = "RPR170";

    /// <summary>Import: a column the format has no field for; its cells are kept as comments on the activities.</summary>
    public const string ImportColumnKeptAsComments = "RPR171";

    /// <summary>Import: the table has a header row but no activity under it.</summary>
    public const string ImportNoActivities = "RPR172";

    /// <summary>Import: an empty department cell took the department of the row above, as a merged cell would show it.</summary>
    public const string ImportValueFromRowAbove = "RPR173";

    /// <summary>Notice check: the notice names the EU-US Privacy Shield, which is no longer a safeguard for transfers.</summary>
    public const string NoticeInvalidSafeguard = "RPR200";

    /// <summary>Notice check: the register states a purpose, data category, recipient, country, safeguard, retention period or right that the notice does not.</summary>
    public const string NoticeOmitsRegisterItem = "RPR201";

    /// <summary>Notice check: the notice states a data category, purpose, recipient, country, safeguard or period that the register does not hold.</summary>
    public const string NoticeItemNotInRegister = "RPR202";

    /// <summary>Notice check: neither the notice nor the register states how long the data of some activities are kept.</summary>
    public const string NoticeNoRetentionPeriod = "RPR203";

    /// <summary>Notice check: passages of the notice that mention nothing the register holds, which the check cannot judge.</summary>
    public const string NoticeNotJudged = "RPR204";

    /// <summary>Notice check: the notice could not be read, or only in part (too large, too many passages).</summary>
    public const string NoticeUnreadable = "RPR205";
}
