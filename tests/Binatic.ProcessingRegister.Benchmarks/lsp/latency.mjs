// node latency.mjs SERVER.dll REGISTER.yaml EDITS [SAMPLE_EVERY]
// Opens REGISTER in 'processing-register lsp' as an editor would, then makes EDITS single-character edits, each after
// a pause longer than the server's debounce (a person making one change and looking at the result): it appends a
// character to the register's title and removes it again, so the text stays the same size. For every edit it measures
// the time from sending textDocument/didChange to receiving the diagnostics of that version; every SAMPLE_EVERY edits
// it reads the server's resident memory (VmRSS, Linux). Prints one JSON object.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification,
} from 'vscode-languageserver-protocol/node.js';

const [server, file, editsText, sampleText] = process.argv.slice(2);
const edits = Number(editsText);
const sampleEvery = Number(sampleText ?? 100);
const pauseMs = 200;

const child = spawn('dotnet', [server, 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
let lastCount = 0;
connection.onNotification(PublishDiagnosticsNotification.type, params => {
  lastCount = params.diagnostics.length;
  waiting.get(params.version)?.(performance.now());
});
connection.listen();

const published = version => new Promise(resolve => waiting.set(version, resolve));
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;

await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
await connection.sendNotification(InitializedNotification.type, {});
const text = readFileSync(file, 'utf8');
const lines = text.split('\n');
const line = lines.findIndex(l => /^\s+title: \S/.test(l));
const end = lines[line].replace(/\r$/, '').length;
const uri = pathToFileURL(file).href;
const opened = published(1);
const openStart = performance.now();
await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
const openMs = (await opened) - openStart;
const findings = lastCount;

const latencies = [];
const memory = [{ edits: 0, mb: rss() }];
for (let version = 2; version <= edits + 1; version++) {
  await sleep(pauseMs);
  const change = version % 2 === 0
    ? { range: { start: { line, character: end }, end: { line, character: end } }, text: 'x' }
    : { range: { start: { line, character: end }, end: { line, character: end + 1 } }, text: '' };
  const done = published(version);
  const start = performance.now();
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
  latencies.push((await done) - start);
  waiting.delete(version);
  if ((version - 1) % sampleEvery === 0) memory.push({ edits: version - 1, mb: rss() });
}

await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
const sorted = [...latencies].sort((a, b) => a - b);
const at = q => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = x => Math.round(x * 10) / 10;
console.log(JSON.stringify({
  register: file.split('/').pop(), bytes: text.length, findings, edits, openMs: round(openMs),
  medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted[sorted.length - 1]),
  firstTenMedianMs: round([...latencies.slice(0, 10)].sort((a, b) => a - b)[5] ?? NaN),
  memoryMb: memory.map(m => ({ edits: m.edits, mb: round(m.mb) })),
}, null, 1));
