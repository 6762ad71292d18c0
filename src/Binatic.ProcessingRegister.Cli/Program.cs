using System.Text;
using Binatic.ProcessingRegister.Cli;

// Console.Out flushes after every write, which costs a system call per line when a large register has thousands of
// findings; one buffer, flushed at the end, writes them in blocks. Errors stay unbuffered, so they appear at once.
var encoding = Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : Console.OutputEncoding;
using var standardOutput = new StandardOutputStream(Console.OpenStandardOutput());
using var output = new StreamWriter(standardOutput, encoding, bufferSize: 1 << 16);
var exitCode = CommandLineApp.Run(args, output, Console.Error);
output.Flush();
if (standardOutput.Failure is { } failure)
{
    Console.Error.WriteLine($"error: could not write to standard output: {failure.Message}");
    return ExitCodes.UsageOrInputError;
}

return exitCode;
