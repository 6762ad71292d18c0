using System.Diagnostics;
using System.Text;

namespace Binatic.ProcessingRegister.Tests.Support;

/// <summary>
/// Runs LibreOffice headless to read a spreadsheet as another program than ours would: a file our writer makes must
/// open in a real spreadsheet program with the cells we wrote. Each conversion gets its own user profile, so that
/// tests running in parallel do not share (and lock) one.
/// </summary>
internal static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly Lazy<string?> LazyProgram = new(FindProgram);

    /// <summary>Gets the path of <c>soffice</c>, or <see langword="null"/> when LibreOffice is not installed.</summary>
    public static string? Program => LazyProgram.Value;

    /// <summary>Skips the calling test, with the reason, when LibreOffice is not installed.</summary>
    public static void SkipUnlessInstalled() =>
        Assert.SkipUnless(Program is not null, "LibreOffice (soffice) is not installed: install it (Debian: apt-get install libreoffice-calc-nogui) to run the tests that open spreadsheets in it.");

    /// <summary>
    /// Converts <paramref name="spreadsheet"/> to CSV with LibreOffice Calc and returns the CSV's text: comma
    /// separated, fields quoted with <c>"</c>, in UTF-8, each cell's text as stored (not as formatted).
    /// </summary>
    /// <param name="spreadsheet">The bytes of the file.</param>
    /// <param name="extension">The file's extension, which tells LibreOffice its format (<c>xlsx</c>, <c>csv</c>).</param>
    /// <param name="sheet">The sheet to convert, from 1.</param>
    public static string ConvertToCsv(byte[] spreadsheet, string extension = "xlsx", int sheet = 1) =>
        // The CSV filter's options, in order: separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8),
        // first line 1, no column formats, language 0, quoted fields not forced, detect special numbers, save cell
        // contents as shown, no formulas, no trimming, and the sheet to export (from 1).
        Encoding.UTF8.GetString(Convert(spreadsheet, extension, $"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,{sheet}", "csv"));

    /// <summary>Opens <paramref name="xlsx"/> in LibreOffice Calc and saves it again as XLSX, as LibreOffice writes it.</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    public static byte[] ResaveAsXlsx(byte[] xlsx) => Convert(xlsx, "xlsx", "xlsx:Calc MS Excel 2007 XML", "xlsx");

    private static byte[] Convert(byte[] input, string extension, string convertTo, string outputExtension)
    {
        var program = Program ?? throw new InvalidOperationException("LibreOffice is not installed; call SkipUnlessInstalled first.");
        var folder = Directory.CreateTempSubdirectory("rpr-soffice-");
        try
        {
            var path = Path.Combine(folder.FullName, "sheet." + extension);
            File.WriteAllBytes(path, input);
            var output = Path.Combine(folder.FullName, "out");
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(program)
            {
                ArgumentList = { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", convertTo, "--outdir", output, path },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
            var standardOutput = process.StandardOutput.ReadToEndAsync();
            var standardError = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not convert the file within {Timeout.TotalSeconds} s.");
            }

            var converted = Directory.Exists(output) ? Directory.GetFiles(output, "*." + outputExtension) : [];
            if (process.ExitCode != 0 || converted.Length != 1)
            {
                throw new InvalidOperationException($"soffice exited {process.ExitCode} and wrote {converted.Length} {outputExtension} file(s): {standardOutput.Result} {standardError.Result}");
            }

            return File.ReadAllBytes(converted[0]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? FindProgram()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "soffice"))
            .FirstOrDefault(File.Exists);
    }
}
