namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The register's security statement and its catalogue of measures (Arts. 30(1)(g), 32).
/// </summary>
public sealed record SecurityPolicy
{
    /// <summary>
    /// Gets the general statement on security.
    /// </summary>
    public string? Statement { get; init; }

    /// <summary>
    /// Gets the catalogue of technical and organisational measures.
    /// </summary>
    public ValueArray<SecurityMeasure> Measures { get; init; }
}
