using System.Text;
using Binatic.ProcessingRegister.Cli;

// Console.Out flushes after every write, which costs a system call per line when a large register has thousands of
// findings; one buffer, flushed at the end, writes them in blocks. Errors stay unbuffered, so they appear at once.
var encoding = Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : Console.OutputEncoding;
using var output = new StreamWriter(Console.OpenStandardOutput(), encoding, bufferSize: 1 << 16);
var exitCode = CommandLineApp.Run(args, output, Console.Error);
output.Flush();
return exitCode;
