namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// What a line above the table holds: the register's title and the controller's details (Art. 30(1)(a)), written as a
/// label in column A and its value in column B, as the ICO's template has them above its table.
/// </summary>
internal enum PreambleField
{
    /// <summary>The register's title (<c>register.title</c>).</summary>
    Title,

    /// <summary>The controller's name (<c>controller.name</c>).</summary>
    ControllerName,

    /// <summary>The controller's postal address, on one line.</summary>
    ControllerAddress,

    /// <summary>The controller's e-mail address.</summary>
    ControllerEmail,

    /// <summary>The controller's telephone number.</summary>
    ControllerTelephone,

    /// <summary>The data protection officer's name.</summary>
    DpoName,

    /// <summary>The data protection officer's e-mail address.</summary>
    DpoEmail,

    /// <summary>The data protection officer's telephone number.</summary>
    DpoTelephone,

    /// <summary>The representative's name (Art. 27).</summary>
    RepresentativeName,

    /// <summary>The representative's e-mail address.</summary>
    RepresentativeEmail,
}
