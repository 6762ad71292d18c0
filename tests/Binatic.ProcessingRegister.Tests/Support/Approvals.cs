using System.Runtime.CompilerServices;

namespace Binatic.ProcessingRegister.Tests.Support;

/// <summary>
/// Approval testing in Verify's file convention, so that moving to Verify.Xunit later is mechanical:
/// the approved text is <c>Class.Method.verified.ext</c> beside the test; on a mismatch the actual text is
/// written to <c>Class.Method.received.ext</c> (git-ignored) for review, and the test fails.
/// To approve a change, review the received file and rename it to verified.
/// </summary>
internal static class Approvals
{
    public static void Verify(
        string actual,
        string extension = "txt",
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{method}");
        var verifiedPath = $"{stem}.verified.{extension}";
        var receivedPath = $"{stem}.received.{extension}";
        var normalised = Normalise(actual);

        if (File.Exists(verifiedPath) && Normalise(File.ReadAllText(verifiedPath)) == normalised)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalised);
        Assert.Fail(File.Exists(verifiedPath)
            ? $"The output differs from {Path.GetFileName(verifiedPath)}; compare it with {Path.GetFileName(receivedPath)} and rename that file to approve the change."
            : $"No approved output yet; review {Path.GetFileName(receivedPath)} and rename it to {Path.GetFileName(verifiedPath)} to approve it.");
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
