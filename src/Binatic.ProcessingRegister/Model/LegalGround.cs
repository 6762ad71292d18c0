namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// One Art. 6(1) legal basis on which an activity rests, with the details that basis needs.
/// </summary>
public sealed record LegalGround
{
    /// <summary>
    /// Gets the Art. 6(1) legal basis.
    /// </summary>
    public required LegalBasis Basis { get; init; }

    /// <summary>
    /// Gets the basis as the policy words it.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the purposes of the activity this basis covers, as written under the activity's purposes; empty when the
    /// register does not map bases to purposes.
    /// </summary>
    public ValueArray<string> Purposes { get; init; }

    /// <summary>
    /// Gets the legitimate interests pursued (Art. 13(1)(d)); only for <see cref="LegalBasis.LegitimateInterests"/>.
    /// </summary>
    public ValueArray<string> Interests { get; init; }

    /// <summary>
    /// Gets where the legitimate-interests assessment is documented; only for <see
    /// cref="LegalBasis.LegitimateInterests"/>.
    /// </summary>
    public string? AssessmentReference { get; init; }

    /// <summary>
    /// Gets the law that lays down the obligation or task (Art. 6(3)); only for <see
    /// cref="LegalBasis.LegalObligation"/> and <see cref="LegalBasis.PublicTask"/>.
    /// </summary>
    public string? Law { get; init; }

    /// <summary>
    /// Gets how consent can be withdrawn (Art. 7(3)); only for <see cref="LegalBasis.Consent"/>.
    /// </summary>
    public string? Withdrawal { get; init; }

    /// <summary>
    /// Gets where the proof of consent is kept (Art. 7(1)); only for <see cref="LegalBasis.Consent"/>.
    /// </summary>
    public string? ConsentRecord { get; init; }
}
