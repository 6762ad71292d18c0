using System.Runtime.CompilerServices;

namespace Binatic.ProcessingRegister.Tests.Support;

/// <summary>Finds files of the repository itself, such as the README, from the test's source location.</summary>
internal static class RepositoryFile
{
    public static string Path(string relativePath, [CallerFilePath] string sourceFile = "")
    {
        for (var directory = System.IO.Path.GetDirectoryName(sourceFile); directory is not null; directory = System.IO.Path.GetDirectoryName(directory))
        {
            if (File.Exists(System.IO.Path.Combine(directory, "Binatic.ProcessingRegister.sln")))
            {
                return System.IO.Path.Combine(directory, relativePath);
            }
        }

        throw new InvalidOperationException("The repository root (with Binatic.ProcessingRegister.sln) was not found above " + sourceFile);
    }
}
