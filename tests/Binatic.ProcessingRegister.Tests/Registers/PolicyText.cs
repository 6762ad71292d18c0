namespace Binatic.ProcessingRegister.Tests.Registers;

/// <summary>
/// Reads the activities of the Binatic privacy policy as the policy lays them out in section 2.5: a heading, then
/// "Omschrijving:", then the labels "Doeleinden", "Gegevens", "Verkrijgingswijze" and "Grondslag(en)", each
/// followed by bullets.
/// </summary>
internal static class PolicyText
{
    public static readonly string[] Labels = ["Doeleinden", "Gegevens", "Verkrijgingswijze", "Grondslag(en)"];

    public static IReadOnlyList<PolicyActivity> Activities(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).ToArray();
        var activities = new List<PolicyActivity>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "Omschrijving:")
            {
                continue;
            }

            var heading = lines[..i].Last(line => line.Length > 0);
            var bullets = Labels.ToDictionary(label => label, _ => new List<string>());
            string? label = null;
            for (var j = i + 1; j < lines.Length && lines[j] != "Omschrijving:" && !lines[j].StartsWith("3. ", StringComparison.Ordinal); j++)
            {
                label = Labels.FirstOrDefault(l => lines[j].TrimEnd(':') == l) ?? label;
                if (label is not null && lines[j].StartsWith('•'))
                {
                    bullets[label].Add(lines[j].TrimStart('•').Trim());
                }
            }

            activities.Add(new PolicyActivity(heading, bullets));
        }

        return activities;
    }

    /// <summary>Compares text as written, ignoring line folding and the list punctuation (";" or ".") at the end.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(';', '.');
}

internal sealed record PolicyActivity(string Heading, Dictionary<string, List<string>> Bullets);
