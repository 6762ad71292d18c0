namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Recognises one item of a transfers or third-countries cell: a country alone ("Verenigde Staten", "US"), or a country
/// and the safeguard its transfer rests on, as officers write the two in one item: in parentheses ("Verenigde Staten
/// (DPF)", "USA (SCCs)"), after a dash ("VS - modelcontractbepalingen", "India – standard contractual clauses") or
/// after a colon, as the export writes it ("United States: standard contractual clauses").
/// </summary>
/// <remarks>
/// Only the country is recognised here; the safeguard's text is handed back whole for <see cref="SafeguardRecogniser"/>,
/// so that a safeguard that is not recognised can be reported as such while the country still makes a transfer.
/// </remarks>
internal static class TransferRecogniser
{
    // The colon last: a dash inside the safeguard's text ("art. 49 - consent") must not split a "country: safeguard".
    private static readonly string[] Separators = [" - ", " – ", " — ", ":"];

    /// <summary>Gets the country and the safeguard's text of <paramref name="item"/>, or <see langword="null"/> when it names no country first.</summary>
    public static (string Country, string? Safeguard)? Recognise(string item)
    {
        if (CountryRecogniser.Recognise(item) is { } alone)
        {
            return (alone, null);
        }

        if (ExportForms.TrailingParenthesis(item) is var (before, inside) && CountryRecogniser.Recognise(before) is { } named)
        {
            return (named, inside);
        }

        foreach (var separator in Separators)
        {
            var at = item.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && CountryRecogniser.Recognise(item[..at].Trim()) is { } country)
            {
                var rest = item[(at + separator.Length)..].Trim();
                return (country, rest.Length > 0 ? rest : null);
            }
        }

        return null;
    }
}
