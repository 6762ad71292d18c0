namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// The spreadsheet templates in which organisations keep their record of processing activities (GDPR Art. 30) today.
/// Each has its own columns; a row is one processing activity.
/// </summary>
public enum SpreadsheetLayout
{
    /// <summary>
    /// The UK Information Commissioner's Office documentation template for controllers: the controller's details above
    /// a table of 30 columns from "Business function" to "Reasons for not adhering to policy document".
    /// </summary>
    Ico,

    /// <summary>
    /// The French CNIL's basic record ("registre des activités de traitement, modèle de base"), one row per activity
    /// with the fields of its activity sheet: name, purposes, data subjects, data, sensitive data, retention,
    /// recipients, transfers outside the EU and security measures.
    /// </summary>
    Cnil,

    /// <summary>
    /// The model register of the Association of Netherlands Municipalities (VNG), as Dutch municipalities publish it:
    /// 17 columns from "Naam afdeling" to "Verdere verwerking", several controllers and a row per activity.
    /// </summary>
    Vng,
}
