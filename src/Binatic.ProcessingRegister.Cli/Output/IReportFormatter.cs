namespace Binatic.ProcessingRegister.Cli.Output;

/// <summary>Writes a <see cref="ValidationReport"/> in one of the formats <c>validate --format</c> offers.</summary>
internal interface IReportFormatter
{
    /// <summary>Writes the whole report to <paramref name="output"/>.</summary>
    /// <param name="report">What the run found.</param>
    /// <param name="output">Standard output, or a test's writer.</param>
    void Write(ValidationReport report, TextWriter output);
}
