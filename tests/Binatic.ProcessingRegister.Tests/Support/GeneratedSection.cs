namespace Binatic.ProcessingRegister.Tests.Support;

/// <summary>
/// Keeps a generated section of a Markdown file (between <c>&lt;!-- name:begin --&gt;</c> and
/// <c>&lt;!-- name:end --&gt;</c>) equal to what the code produces. On a mismatch the file with the section
/// brought up to date is written beside it as <c>.name.received.md</c> (git-ignored), in Verify's convention, and the
/// test fails: review it and rename it over the original to approve.
/// </summary>
internal static class GeneratedSection
{
    public static void Verify(string markdownPath, string name, string expectedContent)
    {
        var begin = $"<!-- {name}:begin -->";
        var end = $"<!-- {name}:end -->";
        var text = File.ReadAllText(markdownPath).ReplaceLineEndings("\n");
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"{Path.GetFileName(markdownPath)} has no section between '{begin}' and '{end}'.");

        var updated = text[..(start + begin.Length)] + "\n" + expectedContent.ReplaceLineEndings("\n").TrimEnd('\n') + "\n" + text[stop..];
        var received = Path.ChangeExtension(markdownPath, $".{name}.received.md");
        if (updated == text)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, updated);
        Assert.Fail($"The '{name}' section of {Path.GetFileName(markdownPath)} is out of date; review {Path.GetFileName(received)} and rename it to {Path.GetFileName(markdownPath)}.");
    }
}
