using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Binatic.ProcessingRegister.Cli;
using Binatic.ProcessingRegister.Tests.Export;
using static Binatic.ProcessingRegister.Tests.Cli.CliRun;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary>
/// Where <c>--output</c> names something other than a plain new file: a link to an input, a device, a FIFO, a
/// read-only file, an interrupted write. Each runs on Linux and skips with a reason where the system lacks the feature.
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    private static readonly string Example = Support.Fixture.Register("example.yaml");

    private readonly TemporaryDirectory _directory = new();

    private string Register => _directory["register.yaml"];

    public OutputPathTests() => File.Copy(Example, Register);

    public void Dispose()
    {
        // Windows does not delete a read-only file with its folder.
        foreach (var file in Directory.EnumerateFiles(_directory.Path))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        _directory.Dispose();
    }

    [Fact]
    public void Exporting_over_a_symlink_to_the_register_is_refused_and_leaves_the_register_unchanged()
    {
        var link = _directory["link.yaml"];
        File.CreateSymbolicLink(link, Register);

        var (exitCode, _, error) = Export(Register, link);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is the register being exported", error, StringComparison.Ordinal);
        AssertRegisterUnchanged();
    }

    [Fact]
    public void Exporting_a_symlink_to_the_register_over_the_register_is_refused_and_leaves_the_register_unchanged()
    {
        var link = _directory["link.yaml"];
        File.CreateSymbolicLink(link, Register);

        var (exitCode, _, error) = Export(link, Register);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is the register being exported", error, StringComparison.Ordinal);
        AssertRegisterUnchanged();
    }

    [Fact]
    public void Exporting_over_a_hard_link_to_the_register_is_refused_and_leaves_the_register_unchanged()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The test makes the hard link with ln.");
        var link = _directory["hard.yaml"];
        Assert.True(Process.Start("ln", [Register, link]).WaitForExit(10_000));

        var (exitCode, _, error) = Export(Register, link);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is the register being exported", error, StringComparison.Ordinal);
        AssertRegisterUnchanged();
    }

    [Fact]
    public void Exporting_through_a_directory_symlink_onto_the_register_is_refused_and_leaves_the_register_unchanged()
    {
        var linkedFolder = _directory["folder"];
        Directory.CreateSymbolicLink(linkedFolder, _directory.Path);

        var (exitCode, _, error) = Export(Register, Path.Combine(linkedFolder, "register.yaml"));

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is the register being exported", error, StringComparison.Ordinal);
        AssertRegisterUnchanged();
    }

    [Fact]
    public void Writing_a_diff_over_a_hard_link_to_the_new_register_is_refused_and_leaves_it_unchanged()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The test makes the hard link with ln.");
        var link = _directory["hard.yaml"];
        Assert.True(Process.Start("ln", [Register, link]).WaitForExit(10_000));

        var (exitCode, _, error) = Run("diff", Example, Register, "--output", link);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is one of the registers being compared", error, StringComparison.Ordinal);
        AssertRegisterUnchanged();
    }

    [Fact]
    public void Exporting_to_a_symlink_replaces_the_file_it_points_to_and_keeps_the_link()
    {
        var target = _directory["export.json"];
        File.WriteAllText(target, "old");
        var link = _directory["link.json"];
        File.CreateSymbolicLink(link, "export.json");

        var (exitCode, _, error) = Export(Register, link);

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(["export.json", "link.json", "register.yaml"], _directory.FileNames);
    }

    [Fact]
    public void Exporting_to_a_symlink_that_points_nowhere_is_refused_with_2()
    {
        var link = _directory["link.json"];
        File.CreateSymbolicLink(link, "missing.json");

        var (exitCode, _, error) = Export(Register, link);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("points to", error, StringComparison.Ordinal);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.False(File.Exists(_directory["missing.json"]));
    }

    [Fact]
    public void Exporting_to_a_character_device_writes_to_the_device_and_leaves_it_a_device()
    {
        var device = _directory["null"];
        UnixFiles.MakeCharacterDevice(device, minor: 3);

        var (exitCode, _, error) = Export(Register, device);

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.True(IsCharacterDevice(device), "The device was replaced by a regular file.");
        Assert.Equal(["null", "register.yaml"], _directory.FileNames);
    }

    [Fact]
    public void Exporting_to_a_full_device_says_it_cannot_be_written_and_exits_with_2()
    {
        var device = _directory["full"];
        UnixFiles.MakeCharacterDevice(device, minor: 7);

        var (exitCode, _, error) = Export(Register, device);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("cannot be written", error, StringComparison.Ordinal);
        Assert.True(IsCharacterDevice(device), "The device was replaced by a regular file.");
    }

    [Fact]
    public async Task Exporting_to_a_fifo_writes_into_the_fifo_and_leaves_it_a_fifo()
    {
        var fifo = _directory["pipe"];
        UnixFiles.MakeFifo(fifo);
        using var reader = Process.Start(new ProcessStartInfo("cat", [fifo]) { RedirectStandardOutput = true })!;
        var read = reader.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);

        var (exitCode, _, error) = Export(Register, fifo);
        var readerEnded = reader.WaitForExit(10_000);
        if (!readerEnded)
        {
            // A FIFO replaced by a file never gets a writer, and its reader would wait for one forever.
            reader.Kill();
        }

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.True(readerEnded, "Nothing was written into the FIFO.");
        Assert.StartsWith("{", await read, StringComparison.Ordinal);
        Assert.True(IsFifo(fifo), "The FIFO was replaced by a regular file.");
        Assert.Equal(["pipe", "register.yaml"], _directory.FileNames);
    }

    [Fact]
    public void Exporting_to_a_block_device_is_refused_with_2_and_leaves_it_a_device()
    {
        var device = _directory["disk"];
        UnixFiles.MakeBlockDevice(device);

        var (exitCode, _, error) = Export(Register, device);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is a block device", error, StringComparison.Ordinal);
        Assert.True(Test("-b", device), "The device was replaced by a regular file.");
    }

    [Fact]
    public void Exporting_to_a_socket_is_refused_with_2()
    {
        Assert.SkipUnless(Socket.OSSupportsUnixDomainSockets, "The system has no Unix domain sockets.");
        var path = _directory["socket"];
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var (exitCode, _, error) = Export(Register, path);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is a socket", error, StringComparison.Ordinal);
        Assert.Equal(["register.yaml", "socket"], _directory.FileNames);
    }

    [Fact]
    public void Exporting_over_a_read_only_file_is_refused_with_2_and_leaves_it_unchanged()
    {
        var target = ReadOnlyFile();

        var (exitCode, _, error) = Export(Register, target);

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Contains("is read-only", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(target));
    }

    [Fact]
    public void With_force_a_read_only_file_is_replaced_and_stays_read_only()
    {
        var target = ReadOnlyFile();

        var (exitCode, _, error) = Run("export", Register, "--format", "json", "--output", target, "--force");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.True(new FileInfo(target).IsReadOnly || IsOwnerReadOnly(target));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Replacing_an_existing_file_keeps_its_permissions()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows has no Unix permission bits.");
        var target = _directory["export.json"];
        File.WriteAllText(target, "old");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(target, mode);

        var (exitCode, _, error) = Export(Register, target);

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Equal(mode, File.GetUnixFileMode(target));
    }

    [Fact]
    public void Exporting_to_an_output_in_a_folder_that_does_not_exist_leaves_no_temporary_file()
    {
        var (exitCode, _, _) = Export(Register, Path.Combine(_directory["missing"], "export.json"));

        Assert.Equal(ExitCodes.UsageOrInputError, exitCode);
        Assert.Equal(["register.yaml"], _directory.FileNames);
    }

    // A large export takes long enough to write (tens of milliseconds) that a signal sent once its temporary file
    // appears lands before the rename; if the write wins the race anyway, the test cannot tell and says so.
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void An_export_interrupted_by_a_signal_while_writing_leaves_no_temporary_file_and_no_output(string signal)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows has no POSIX signals to send to another process.");
        var large = _directory["large.yaml"];
        File.WriteAllText(large, Generation.RegisterGenerator.Generate(10_000));
        var target = _directory["export.json"];
        var start = new ProcessStartInfo("dotnet", [CliProcess.Assembly, "export", large, "--format", "json", "--output", target, "--max-file-size", "1000000000", "--max-nodes", "1000000000"])
        {
            RedirectStandardOutput = true,
        };

        using var export = Process.Start(start)!;
        while (!export.HasExited && !Directory.EnumerateFiles(_directory.Path, "*.tmp").Any())
        {
            Thread.Sleep(1);
        }

        Assert.False(export.HasExited, "The export ended before it wrote anything.");
        using (var kill = Process.Start("kill", [$"-{signal}", export.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(export.WaitForExit(60_000));
        Assert.SkipWhen(File.Exists(target), "The export finished writing before the signal arrived.");
        Assert.Equal(["large.yaml", "register.yaml"], _directory.FileNames);
    }

    // The deterministic counterpart of the test above: it calls what the signal handlers call at the moment the text
    // is written but not yet in place.
    [Fact]
    public void An_interrupted_write_deletes_its_temporary_file_and_leaves_the_output_as_it_was()
    {
        var target = _directory["export.json"];
        File.WriteAllText(target, "old");
        var temporaryExisted = false;

        var interrupted = Record.Exception(() => CommandFiles.WriteWhole(target, "new", mode: null, beforeMove: temporary =>
        {
            temporaryExisted = File.Exists(temporary);
            PendingFiles.DeleteAll();
            Assert.False(File.Exists(temporary), "The interruption left the temporary file behind.");
        }));

        Assert.True(temporaryExisted);
        Assert.IsType<FileNotFoundException>(interrupted);
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(["export.json", "register.yaml"], _directory.FileNames);
    }

    private static bool IsCharacterDevice(string path) => Test("-c", path);

    private static bool IsFifo(string path) => Test("-p", path);

    private static bool Test(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("test", [flag, path]))!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static bool IsOwnerReadOnly(string path) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    private string ReadOnlyFile()
    {
        var target = _directory["export.json"];
        File.WriteAllText(target, "old");
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(target, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        return target;
    }

    private static (int ExitCode, string Output, string Error) Export(string register, string output) =>
        Run("export", register, "--format", "json", "--output", output);

    private void AssertRegisterUnchanged()
    {
        Assert.Equal(File.ReadAllText(Example), File.ReadAllText(Register));
        Assert.DoesNotContain(_directory.FileNames, name => name.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
