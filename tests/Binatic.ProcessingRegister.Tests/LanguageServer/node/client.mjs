// A real LSP client, built on the packages VS Code's own language client uses, that drives
// 'processing-register lsp' over its standard input and output for LanguageServerTests.
//
// Usage: node client.mjs '<json>' where the JSON names
//   server:  the built processing-register.dll, started as 'dotnet <server> lsp'
//   file:    the register to open
//   edit:    optional, one incremental change ({ range, text }) sent as version 2 after the first diagnostics
//   request: diagnostics | completion | definition | references | hover | codeAction | close
//   position, includeDeclaration: for the requests about a place; code: the rule whose fixes codeAction asks for
// and prints one JSON object: the server's capabilities, the diagnostics last published, the request's result and
// the server's exit code after shutdown and exit.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification, CompletionRequest, DefinitionRequest, ReferencesRequest, HoverRequest, CodeActionRequest,
} from 'vscode-languageserver-protocol/node.js';

const input = JSON.parse(process.argv[2]);
const child = spawn('dotnet', [input.server, 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

const published = [];
let wake = () => {};
connection.onNotification(PublishDiagnosticsNotification.type, params => { published.push(params); wake(); });
connection.listen();

async function publishedWhere(predicate, what) {
  const deadline = Date.now() + 60000;
  for (;;) {
    const found = published.find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no diagnostics ${what} within 60 s`);
    await new Promise(resolve => { wake = resolve; setTimeout(resolve, 200); });
  }
}

const initialize = await connection.sendRequest(InitializeRequest.type, {
  processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null,
});
await connection.sendNotification(InitializedNotification.type, {});

const uri = pathToFileURL(input.file).href;
await connection.sendNotification(DidOpenTextDocumentNotification.type, {
  textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(input.file, 'utf8') },
});
let diagnostics = await publishedWhere(p => p.uri === uri && p.version === 1, 'for the opened document');

if (input.edit) {
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 }, contentChanges: [input.edit],
  });
  diagnostics = await publishedWhere(p => p.uri === uri && p.version === 2, 'after the change');
}

const at = { textDocument: { uri }, position: input.position };
let result = null;
switch (input.request) {
  case 'diagnostics': break;
  case 'completion': result = await connection.sendRequest(CompletionRequest.type, at); break;
  case 'definition': result = await connection.sendRequest(DefinitionRequest.type, at); break;
  case 'references':
    result = await connection.sendRequest(ReferencesRequest.type, { ...at, context: { includeDeclaration: !!input.includeDeclaration } });
    break;
  case 'codeAction': {
    // Asks for the fixes of the diagnostics of one rule, as the editor does for the line under the cursor.
    const shown = diagnostics.diagnostics.filter(d => d.code === input.code);
    result = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: shown[0].range, context: { diagnostics: shown } });
    break;
  }
  case 'hover': result = await connection.sendRequest(HoverRequest.type, at); break;
  case 'close': {
    const before = published.length;
    await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    result = await publishedWhere((p, i) => i >= before && p.uri === uri, 'after close');
    break;
  }
  default: throw new Error(`unknown request ${input.request}`);
}

await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
const exitCode = await exited;
connection.dispose();
process.stdout.write(JSON.stringify({ capabilities: initialize.capabilities, diagnostics, result, exitCode }));
