using Binatic.ProcessingRegister.Cli;

return CommandLineApp.Run(args, Console.Out, Console.Error);
