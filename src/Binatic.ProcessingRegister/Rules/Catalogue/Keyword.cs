namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// A word or phrase a rule looks for, with what it stands for in messages. <paramref name="AtWordStart"/> keeps
/// short stems from matching inside unrelated words, such as "locatie" inside "allocatie" or "location" inside
/// "allocation"; without it a keyword also matches inside Dutch compounds, such as "fraude" in "identiteitsfraude".
/// </summary>
internal sealed record Keyword(string Text, string Meaning, bool AtWordStart = false)
{
    public bool Occurs(string text)
    {
        for (var at = text.IndexOf(Text, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(Text, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (!AtWordStart || at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
