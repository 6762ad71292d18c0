using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Import;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Benchmarks;

/// <summary>
/// The library's internal spreadsheet reader and writer, which the benchmarks time and use on their own. The library
/// shows its internals to its tests only (<c>DiffPublicApiTests</c>), so they are looked up here once, by name; a
/// call through reflection costs well under a microsecond, against milliseconds for the smallest file read.
/// </summary>
internal static class Library
{
    private static readonly Assembly Assembly = typeof(SpreadsheetImport).Assembly;

    private static readonly MethodInfo ReadMethod = Method("Binatic.ProcessingRegister.Spreadsheets.SpreadsheetReader", "Read");

    /// <summary>The default limits, as <c>import</c> uses them.</summary>
    private static readonly object DefaultLimits = Activator.CreateInstance(Type("Binatic.ProcessingRegister.Spreadsheets.SpreadsheetLimits"), nonPublic: true)!;

    /// <summary>Gets the type of one sheet to write, <c>SheetContent</c>.</summary>
    public static Type SheetContent { get; } = Type("Binatic.ProcessingRegister.Spreadsheets.SheetContent");

    /// <summary>Gets <c>SpreadsheetWriter.WriteXlsx(Stream, IReadOnlyList&lt;SheetContent&gt;)</c>.</summary>
    public static MethodInfo WriteXlsx { get; } = Method("Binatic.ProcessingRegister.Spreadsheets.SpreadsheetWriter", "WriteXlsx");

    /// <summary>Gets <c>SpreadsheetWriter.WriteCsv(Stream, SheetContent)</c>.</summary>
    public static MethodInfo WriteCsv { get; } = Method("Binatic.ProcessingRegister.Spreadsheets.SpreadsheetWriter", "WriteCsv");

    /// <summary>Reads <paramref name="bytes"/> with the default limits: the workbook (or null when refused) and the findings.</summary>
    public static (object? Workbook, ImmutableArray<Diagnostic> Diagnostics) Read(byte[] bytes, string file, SpreadsheetFormat format) =>
        Read(new MemoryStream(bytes, writable: false), file, format);

    /// <summary>Reads <paramref name="stream"/> with the default limits: the workbook (or null when refused) and the findings.</summary>
    public static (object? Workbook, ImmutableArray<Diagnostic> Diagnostics) Read(Stream stream, string file, SpreadsheetFormat format)
    {
        var result = (ITuple)ReadMethod.Invoke(null, [stream, file, format, DefaultLimits])!;
        return (result[0], (ImmutableArray<Diagnostic>)result[1]!);
    }

    private static Type Type(string name) => Assembly.GetType(name, throwOnError: true)!;

    private static MethodInfo Method(string type, string name) =>
        Type(type).GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new MissingMethodException(type, name);
}
