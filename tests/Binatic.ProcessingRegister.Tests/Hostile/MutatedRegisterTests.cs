using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Support;
using CsCheck;

namespace Binatic.ProcessingRegister.Tests.Hostile;

/// <summary>
/// Valid registers broken at random, line by line, as a careless edit or a hostile pull request would: whatever
/// comes of it, loading returns findings located inside the file, each on one line, and never throws.
/// </summary>
/// <remarks>
/// The seeds are the repository's small registers and fixtures, and the example register exported as JSON (which is
/// YAML), so flow style is mutated too. CsCheck prints the seed of a failing case, to replay it with <c>seed:</c>.
/// </remarks>
public sealed class MutatedRegisterTests
{
    private static readonly string[] Seeds =
    [
        File.ReadAllText(Fixture.Register("example.yaml")),
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Export", "Fixtures", "minimal.yaml")),
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Export", "Fixtures", "sparse.yaml")),
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Export", "Fixtures", "with-warnings.yaml")),
        JsonExport.ToJson(RegisterLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Export", "Fixtures", "sparse.yaml")).GetRegisterOrThrow()),
    ];

    private static readonly string[] Fragments = ["&a ", "*a", "\t", "  ", "- ", ": ", "<<: *a", "!foo ", "!!python/object ", "[", "{", "\"", "'", "#", "NO", "1:30", "? ", "---", "...", "|", ">", "%YAML 1.1", "\0", "\uFEFF", "а", ""];

    private enum Mutation
    {
        DeleteLine,
        DuplicateLine,
        SwapLines,
        ChangeScalar,
        Indent,
        Outdent,
        InsertFragment,
        Truncate,
    }

    private static readonly Gen<(int Seed, (Mutation Kind, int Line, int Other, int Fragment)[] Edits)> Cases =
        Gen.Select(
            Gen.Int[0, Seeds.Length - 1],
            Gen.Select(Gen.Enum<Mutation>(), Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, Fragments.Length - 1]).Array[1, 5]);

    [Fact]
    public void Loading_a_randomly_broken_register_gives_located_one_line_findings_and_never_throws()
    {
        Cases.Sample(
            testCase =>
            {
                var text = Mutate(Seeds[testCase.Seed], testCase.Edits);
                var lineCount = 1 + text.Count(c => c == '\n');

                foreach (var finding in RegisterLoader.Parse(text, "mutated.yaml").Diagnostics)
                {
                    var wholeFile = finding.Line == 0 && finding.Column == 0;
                    Assert.True(
                        wholeFile || (finding.Line >= 1 && finding.Line <= lineCount && finding.Column >= 1),
                        $"{finding} is outside the {lineCount} lines of:\n{text}");
                    Assert.False(finding.Message.Contains('\n', StringComparison.Ordinal) || finding.Message.Contains('\r', StringComparison.Ordinal), $"{finding.Message} spans lines.");
                }
            },
            iter: 10_000);
    }

    private static string Mutate(string seed, (Mutation Kind, int Line, int Other, int Fragment)[] edits)
    {
        var lines = seed.ReplaceLineEndings("\n").Split('\n').ToList();
        foreach (var (kind, lineChoice, otherChoice, fragmentChoice) in edits)
        {
            if (lines.Count == 0)
            {
                break;
            }

            var line = lineChoice % lines.Count;
            var other = otherChoice % lines.Count;
            var fragment = Fragments[fragmentChoice];
            switch (kind)
            {
                case Mutation.DeleteLine:
                    lines.RemoveAt(line);
                    break;
                case Mutation.DuplicateLine:
                    lines.Insert(line, lines[line]);
                    break;
                case Mutation.SwapLines:
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    break;
                case Mutation.ChangeScalar:
                    var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                    lines[line] = colon < 0 ? fragment : string.Concat(lines[line].AsSpan(0, colon + 2), fragment);
                    break;
                case Mutation.Indent:
                    lines[line] = new string(' ', 1 + (other % 3)) + lines[line];
                    break;
                case Mutation.Outdent:
                    lines[line] = lines[line].TrimStart();
                    break;
                case Mutation.InsertFragment:
                    lines[line] = lines[line].Insert(other % (lines[line].Length + 1), fragment);
                    break;
                case Mutation.Truncate:
                    lines.RemoveRange(line, lines.Count - line);
                    if (lines.Count > 0)
                    {
                        lines[^1] = lines[^1][..(other % (lines[^1].Length + 1))];
                    }

                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
