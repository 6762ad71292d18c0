namespace Binatic.ProcessingRegister.Tests.Registers;

/// <summary>
/// Every finding on the Binatic register, as the CLI prints it, on the fixed day of the rule tests: in the register's
/// own language, Dutch, as <c>validate</c> writes it by default.
/// </summary>
internal static class BinaticFindings
{
    public static string Text() => RegisterFindings.Text("binatic.yaml");
}
