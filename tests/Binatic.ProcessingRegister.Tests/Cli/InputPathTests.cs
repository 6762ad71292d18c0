using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Export;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary>What the commands read: only regular files, each once, and folders without following their links.</summary>
public sealed class InputPathTests : IDisposable
{
    private static readonly string Example = Support.Fixture.Register("example.yaml");

    private readonly TemporaryDirectory _directory = new();

    public InputPathTests() => File.Copy(Example, _directory["register.yaml"]);

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("diff")]
    public void A_fifo_given_as_a_register_is_refused_as_not_a_regular_file_and_exits_with_2(string command)
    {
        var fifo = _directory["pipe.yaml"];
        UnixFiles.MakeFifo(fifo);
        var writer = UnixFiles.StartFifoWriter(fifo);
        string[] arguments = command switch
        {
            "validate" => ["validate", fifo],
            "export" => ["export", fifo, "--format", "json"],
            _ => ["diff", Example, fifo],
        };

        try
        {
            var (exitCode, _, error) = Run(arguments);

            Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
            Assert.Contains("is not a regular file", error, StringComparison.Ordinal);
        }
        finally
        {
            UnixFiles.End(writer);
        }
    }

    [Fact]
    public void A_symlink_to_a_register_is_read_as_the_register()
    {
        File.CreateSymbolicLink(_directory["link.yaml"], "register.yaml");

        var (exitCode, output, error) = Run("export", _directory["link.yaml"], "--format", "json");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_in_a_folder_is_refused_as_not_a_regular_file_and_the_other_registers_are_checked()
    {
        var fifo = _directory["pipe.yaml"];
        UnixFiles.MakeFifo(fifo);
        var writer = UnixFiles.StartFifoWriter(fifo);

        try
        {
            var (exitCode, output, error) = Run("validate", _directory.Path);

            Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
            Assert.Contains("pipe.yaml: error RPR100: The path is not a regular file", error, StringComparison.Ordinal);
            Assert.Contains("1 register checked, 1 could not be read", output, StringComparison.Ordinal);
        }
        finally
        {
            UnixFiles.End(writer);
        }
    }

    [Fact]
    public void A_folder_with_a_link_to_its_parent_checks_each_register_once()
    {
        Directory.CreateDirectory(_directory["sub"]);
        Directory.CreateSymbolicLink(Path.Combine(_directory["sub"], "up"), "..");

        var (_, output, _) = Run("validate", _directory.Path);

        Assert.Contains("1 register checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_with_two_links_back_to_itself_is_checked_once_and_the_walk_ends()
    {
        Directory.CreateDirectory(_directory["a"]);
        Directory.CreateDirectory(_directory["b"]);
        Directory.CreateSymbolicLink(Path.Combine(_directory["a"], "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_directory["b"], "up"), "..");

        var run = Task.Run(() => Run("validate", _directory.Path), TestContext.Current.CancellationToken);

        var (_, output, _) = await run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Contains("1 register checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_over_a_tree_with_a_link_loop_matches_each_register_once()
    {
        Directory.CreateDirectory(_directory["sub"]);
        Directory.CreateSymbolicLink(Path.Combine(_directory["sub"], "up"), "..");

        var (_, output, _) = Run("validate", Path.Combine(_directory.Path, "**", "*.yaml"));

        Assert.Contains("1 register checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_named_twice_through_a_symlink_is_checked_once()
    {
        File.CreateSymbolicLink(_directory["link.yaml"], "register.yaml");

        var (_, output, _) = Run("validate", _directory["register.yaml"], _directory["link.yaml"]);

        Assert.Contains("1 register checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_and_a_hard_link_to_it_in_one_folder_are_checked_once()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The test makes the hard link with ln.");
        Assert.True(System.Diagnostics.Process.Start("ln", [_directory["register.yaml"], _directory["hard.yaml"]]).WaitForExit(10_000));

        var (_, output, _) = Run("validate", _directory.Path);

        Assert.Contains("1 register checked", output, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_subfolder_that_cannot_be_read_is_passed_over_and_the_other_registers_are_checked()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The test takes the permissions away with Unix permission bits.");
        Assert.SkipWhen(UnixFiles.IsRoot, "Root reads every folder whatever its permissions, so the folder cannot be made unreadable.");
        var locked = _directory["locked"];
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);

        try
        {
            var (_, output, _) = Run("validate", _directory.Path);

            Assert.Contains("1 register checked", output, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
