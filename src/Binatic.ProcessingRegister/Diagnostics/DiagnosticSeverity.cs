namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// How serious a <see cref="Diagnostic"/> is. The values are ordered, so
/// <c>severity &gt;= DiagnosticSeverity.Warning</c> selects warnings and errors.
/// </summary>
public enum DiagnosticSeverity
{
    /// <summary>A remark worth reading; the register is in order as it stands.</summary>
    Info = 0,

    /// <summary>Something that is probably wrong or incomplete, but does not make the register unusable.</summary>
    Warning = 1,

    /// <summary>The register is wrong or cannot be read; a tool should fail.</summary>
    Error = 2,
}
