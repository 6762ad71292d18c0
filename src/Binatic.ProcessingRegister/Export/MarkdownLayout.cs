namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// The shape of the Markdown that <see cref="MarkdownExport"/> writes: one register, read in two ways.
/// </summary>
public enum MarkdownLayout
{
    /// <summary>
    /// A document that reads as a record of processing activities: an overview, one section per activity with the
    /// points of GDPR Art. 30(1) in order, then the register-wide parts. Each part is written even when the register is
    /// silent about it, so that a supervisory authority sees what is missing.
    /// </summary>
    Document,

    /// <summary>
    /// The table of the VNG model register (the register Dutch municipalities keep): a short title block, then one
    /// table per department with a row per activity in the model's 17 columns, from department, task and activity to
    /// further processing; activities without a department fill a last table. Lists within a cell are joined with
    /// <c>&lt;br&gt;</c>, which GitHub renders as a line break. Choose it to compare with, or hand over as, a
    /// municipal register; choose <see cref="Document"/> for everything else the register holds (processors,
    /// security, rights). The table holds a controller's record only: a register that is only a processor's record
    /// (Art. 30(2)) is written as a <see cref="Document"/>, and one that is both says in its title block that the
    /// processor's record is in the document.
    /// </summary>
    VngTable,
}
