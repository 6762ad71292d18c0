// Starts the real yaml-language-server over stdio, as VS Code's YAML extension does, associates the schema with the
// given registers, opens them, and prints the diagnostics it publishes as JSON: { "<file>": [{ line, character,
// severity, message }] } with zero-based positions. Usage: node diagnostics.mjs SCHEMA.json REGISTER.yaml...
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node diagnostics.mjs SCHEMA.json REGISTER.yaml...');
  process.exit(2);
}

const server = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

const schemaUri = pathToFileURL(resolve(schemaPath)).href;
const settings = { yaml: { validate: true, hover: true, completion: true, schemas: { [schemaUri]: '*.yaml' }, schemaStore: { enable: false } } };
const uris = new Map(files.map(file => [pathToFileURL(resolve(file)).href, file]));
const published = new Map();
let quietTimer;

const done = new Promise(resolveDone => {
  connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }) => {
    if (!uris.has(uri)) return;
    published.set(uri, diagnostics);
    // The server may publish a document more than once (before and after the schema loads): wait for quiet.
    clearTimeout(quietTimer);
    if (published.size === uris.size) quietTimer = setTimeout(resolveDone, 1500);
  });
});
connection.onRequest('workspace/configuration', ({ items }) => items.map(item => (item.section ? settings[item.section] ?? null : settings)));
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('window/workDoneProgress/create', () => null);
connection.onNotification(() => {});
connection.listen();

const timeout = setTimeout(() => {
  console.error(`yaml-language-server published diagnostics for ${published.size} of ${uris.size} documents within 60 s`);
  process.exit(1);
}, 60000);

await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
});
connection.sendNotification('initialized', {});
connection.sendNotification('workspace/didChangeConfiguration', { settings });
for (const [uri, file] of uris) {
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } });
}

await done;
clearTimeout(timeout);
const result = {};
for (const [uri, file] of uris) {
  result[file] = published.get(uri).map(d => ({ line: d.range.start.line, character: d.range.start.character, severity: d.severity, message: d.message }));
}
console.log(JSON.stringify(result, null, 2));
connection.dispose();
child.kill();
