using System.Globalization;
using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// A node of the register an import writes: a scalar, a <see cref="YamlMapping"/> or a <see cref="YamlSequence"/>,
/// written with YamlDotNet's emitter so that every value is quoted as YAML needs, whatever a cell holds.
/// </summary>
internal abstract partial class YamlTree
{
    // YAML 1.1 reads these plainly written words as booleans or null; the loader warns about them (RPR112).
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    /// <summary>Gets a text from the spreadsheet: written plain only when it cannot be read as anything but that text.</summary>
    public static YamlTree Text(string value) => new Scalar(value, IsSafePlain(value));

    /// <summary>
    /// Gets a value the import makes itself (an id, a format keyword, a date, a period): written plain, but for an id
    /// such as <c>yes</c> or <c>null</c>, which YAML would read as something else.
    /// </summary>
    public static YamlTree Word(string value) => new Scalar(value, plain: !Reserved.Contains(value));

    /// <summary>Gets a boolean.</summary>
    public static YamlTree Boolean(bool value) => new Scalar(value ? "true" : "false", plain: true);

    /// <summary>Gets a date as the format writes it, <c>2025-01-10</c>.</summary>
    public static YamlTree Date(DateOnly value) => Word(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Gets a list of ids, written on one line as the example registers do.</summary>
    public static YamlTree Ids(IEnumerable<string> ids)
    {
        var sequence = new YamlSequence(flow: true);
        foreach (var id in ids)
        {
            sequence.Add(Word(id));
        }

        return sequence;
    }

    /// <summary>Gets a value indicating whether the node holds nothing (an empty mapping or sequence).</summary>
    public virtual bool IsEmpty => false;

    /// <summary>Writes the whole register, after <paramref name="header"/> as comment lines.</summary>
    public static string Write(YamlMapping root, IEnumerable<string> header)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings().WithBestWidth(int.MaxValue).WithIndentedSequences().WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        foreach (var line in header)
        {
            EmitComment(emitter, line);
        }

        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        root.Emit(emitter);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="text"/> as comment lines, one per line of it, with what cannot be shown in a comment as its code.</summary>
    internal static void EmitComment(IEmitter emitter, string text)
    {
        foreach (var line in LineBreak().Split(text))
        {
            emitter.Emit(new Comment(VisibleText.Show(line).TrimEnd(), isInline: false));
        }
    }

    internal abstract void Emit(IEmitter emitter);

    private static bool IsSafePlain(string value) =>
        value.Length is > 0 and < 200 && SafePlain().IsMatch(value) && !Reserved.Contains(value);

    // A letter first, then letters, digits, single spaces and punctuation that means nothing to YAML inside a plain
    // scalar; anything else is double-quoted, which YAML reads back as exactly the same text.
    [GeneratedRegex(@"^\p{L}(?:[\p{L}\p{N},.()/'’\-]| (?! ))*(?<! )$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePlain();

    [GeneratedRegex("\r\n|\r|\n|\u0085|\u2028|\u2029")]
    private static partial Regex LineBreak();

    private sealed class Scalar(string value, bool plain) : YamlTree
    {
        internal override void Emit(IEmitter emitter) =>
            emitter.Emit(new YamlDotNet.Core.Events.Scalar(null, null, value, plain ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted, isPlainImplicit: plain, isQuotedImplicit: !plain));
    }
}
