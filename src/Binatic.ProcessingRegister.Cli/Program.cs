using System.CommandLine;

var root = new RootCommand("Validates GDPR Article 30 processing registers written in YAML.");
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
