using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary><c>lsp</c>: the language server, speaking LSP over standard input and output until the editor ends it.</summary>
internal static class LspCommand
{
    public static Command Create(TextWriter error) 
    {
        var command = new Command(
            "lsp",
            $"Run the language server over standard input and output, for editors: the review's findings as diagnostics, completion, go-to-definition, find-references and hover for ids. Exit codes: {ExitCodes.Success} after shutdown and exit, {ExitCodes.LanguageServerEndedWithoutShutdown} when the editor exits without shutdown or closes the connection.");
        command.SetAction((_, cancellation) => RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), error, cancellation));
        return command;
    }

    /// <summary>Serves one client on <paramref name="input"/> and <paramref name="output"/> until it exits or hangs up.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter error, CancellationToken cancellation)
    {
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            },
        };
        var server = new RegisterLanguageServer(error);
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        server.Attach(rpc);
        rpc.StartListening();

        var ended = await Task.WhenAny(server.Exited, rpc.Completion, Task.Delay(Timeout.Infinite, cancellation)).ConfigureAwait(false);
        return ended == server.Exited && await server.Exited.ConfigureAwait(false)
            ? ExitCodes.Success
            : ExitCodes.LanguageServerEndedWithoutShutdown;
    }
}
