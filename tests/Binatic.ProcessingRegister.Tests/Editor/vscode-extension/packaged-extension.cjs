// Runs the VS Code extension's own files as the extension does, from the unpacked .vsix (its server.js, its
// package.json's default settings and the packages it ships), in plain Node.js without VS Code, for
// VsCodeExtensionTests.
//
// Usage: node packaged-extension.cjs <extension folder> handshake|missing|requires
//   handshake: starts the default command with the default arguments on the PATH this process has, completes the
//              LSP initialize handshake, then shutdown and exit; prints { command, args, capabilities, exitCode }
//   missing:   starts the default command with a PATH that holds nothing; prints { error } with the message the
//              extension shows
//   requires:  prints { unresolved }: the modules extension.js and server.js require that cannot be found from the
//              extension's folder, leaving out Node's own and 'vscode', which VS Code provides
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createRequire } = require('node:module');

const [folder, mode] = process.argv.slice(2);
const extension = createRequire(path.join(folder, 'extension.js'));
const { startServer } = extension('./server.js');
const properties = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).contributes.configuration.properties;
const command = properties['processingRegister.server.command'].default;
const args = properties['processingRegister.server.args'].default;

async function handshake() {
  const {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  } = extension('vscode-languageserver-protocol/node');

  const child = await startServer(command, args);
  child.stderr.pipe(process.stderr);
  const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();

  // A server that ends instead of answering (a wrong argument, say) fails at once rather than at the timeout.
  let answered = false;
  const endedFirst = exited.then(code => {
    if (!answered) throw new Error(`'${[command, ...args].join(' ')}' exited with ${code} before answering initialize`);
  });
  const initialized = await Promise.race([
    connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null }),
    endedFirst,
  ]);
  answered = true;
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  const exitCode = await exited;
  connection.dispose();
  return { command, args, capabilities: initialized.capabilities, exitCode };
}

async function missing() {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-path-'));
  try {
    const child = await startServer(command, args, { env: { ...process.env, PATH: empty } });
    child.kill();
    return { error: null };
  } catch (error) {
    return { error: error.message };
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

async function requires() {
  const { builtinModules } = require('node:module');
  const unresolved = [];
  for (const file of ['extension.js', 'server.js']) {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    for (const [, name] of text.matchAll(/require\(\s*'([^']+)'\s*\)/g)) {
      if (name === 'vscode' || name.startsWith('node:') || builtinModules.includes(name)) continue;
      try {
        createRequire(path.join(folder, file)).resolve(name);
      } catch {
        unresolved.push(`${name} (${file})`);
      }
    }
  }
  return { unresolved };
}

const modes = { handshake, missing, requires };
const run = modes[mode];
if (!run) {
  console.error(`unknown mode '${mode}'`);
  process.exit(2);
}
const timeout = setTimeout(() => { console.error('no answer within 60 s'); process.exit(1); }, 60000);
run().then(
  result => { clearTimeout(timeout); process.stdout.write(JSON.stringify(result)); },
  error => { clearTimeout(timeout); console.error(error && error.stack || error); process.exit(1); });
