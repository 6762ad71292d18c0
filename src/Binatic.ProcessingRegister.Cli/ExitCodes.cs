namespace Binatic.ProcessingRegister.Cli;

/// <summary>The exit codes of every command, in one place. CI systems branch on them, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>Every register was read and none has errors (warnings and infos may be printed).</summary>
    public const int Success = 0;

    /// <summary>At least one register has errors.</summary>
    public const int ErrorsFound = 1;

    /// <summary>The command line was wrong, or a file could not be found or read.</summary>
    public const int UsageOrInputError = 2;

    /// <summary>
    /// The language server (<c>lsp</c>) ended without the client's <c>shutdown</c> before <c>exit</c>, or the client
    /// closed the connection: the code the Language Server Protocol asks for.
    /// </summary>
    public const int LanguageServerEndedWithoutShutdown = 1;
}
