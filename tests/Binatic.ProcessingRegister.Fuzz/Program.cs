using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister;
using SharpFuzz;

// AFL runs this once and feeds it inputs; SharpFuzz reports an exception that escapes as a crash. The loader promises
// to turn every input into findings, so nothing is caught here: any exception is a bug to fix in the library.
Fuzzer.OutOfProcess.Run(stream => RegisterLoader.Load(stream, "fuzz.yaml"));
