using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using Binatic.ProcessingRegister.Benchmarks;
using Binatic.ProcessingRegister.Tests.Generation;

// `generate N PATH` writes the generated register with N activities, for the Node comparison and for anyone who
// wants to look at it; everything else goes to BenchmarkDotNet (for example `--filter '*' --job short`).
if (args is ["generate", var count, var path])
{
    var activities = int.Parse(count, NumberStyles.None, CultureInfo.InvariantCulture);
    var temporary = path + ".tmp";
    File.WriteAllText(temporary, RegisterGenerator.Generate(activities), new UTF8Encoding(false));
    File.Move(temporary, path, overwrite: true);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
