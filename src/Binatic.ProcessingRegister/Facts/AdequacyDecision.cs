namespace Binatic.ProcessingRegister.Facts;

/// <summary>A Commission adequacy decision under Art. 45: the country, since when, whom it covers, and the source.</summary>
internal sealed record AdequacyDecision(string Country, DateOnly Since, string Scope, string Source, bool CertifiedOrganisationsOnly = false);
