'use strict';
// Starts 'processing-register lsp' for the YAML files that are registers, and stops it when VS Code closes the
// extension. Plain CommonJS, with no build step: what is in the repository is what the .vsix holds.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { startServer } = require('./server');

/** @type {LanguageClient | undefined} */
let client;
/** Every server process this extension started and that has not exited yet. */
const servers = new Set();
/** @type {vscode.OutputChannel | undefined} */
let output;

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  output = vscode.window.createOutputChannel('Processing Register');
  context.subscriptions.push(output);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
    if (event.affectsConfiguration('processingRegister')) {
      void restart();
    }
  }));
  await start();
}

// Changes that come in quick succession restart the server one after the other, never two clients at once.
let restarting = Promise.resolve();
function restart() {
  restarting = restarting.then(async () => {
    await stop();
    await start();
  }).catch(report);
  return restarting;
}

async function start() {
  const settings = vscode.workspace.getConfiguration('processingRegister');
  const command = settings.get('server.command', 'processing-register');
  const args = settings.get('server.args', ['lsp']);
  const files = settings.get('files', ['**/registers/**/*.yaml']);
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  const options = { cwd: folder && folder.uri.scheme === 'file' ? folder.uri.fsPath : undefined };

  // The first process is started here rather than by the client, so that a missing command gets one clear message
  // instead of the client's "couldn't create connection to server".
  let first;
  try {
    first = await started(command, args, options);
  } catch (error) {
    report(error);
    return;
  }

  const serverOptions = async () => {
    if (first) {
      const server = first;
      first = undefined;
      return server;
    }
    // The client starts the server again after a crash.
    try {
      return await started(command, args, options);
    } catch (error) {
      report(error);
      throw error;
    }
  };

  client = new LanguageClient('processingRegister', 'Processing Register', serverOptions, {
    documentSelector: files.map(pattern => ({ scheme: 'file', language: 'yaml', pattern })),
    outputChannel: output,
    diagnosticCollectionName: 'processing-register',
  });
  try {
    await client.start();
  } catch (error) {
    report(error);
  }
}

async function started(command, args, options) {
  const server = await startServer(command, args, options);
  servers.add(server);
  server.once('exit', () => servers.delete(server));
  return server;
}

async function stop() {
  const stopping = client;
  client = undefined;
  if (stopping) {
    try {
      // Sends 'shutdown' and 'exit', after which the server ends by itself.
      await stopping.stop();
    } catch (error) {
      output && output.appendLine(`Stopping the language server failed: ${error && error.message}`);
    }
  }
  await Promise.all([...servers].map(ended));
}

// Waits a moment for a server to end after 'exit', and ends it when it does not.
function ended(server) {
  return new Promise(resolve => {
    if (server.exitCode !== null || server.signalCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => { server.kill(); resolve(); }, 2000);
    server.once('exit', () => { clearTimeout(timer); resolve(); });
  });
}

function report(error) {
  const message = (error && error.message) || String(error);
  output && output.appendLine(message);
  void vscode.window.showErrorMessage(message, 'Open Settings').then(choice => {
    if (choice) {
      void vscode.commands.executeCommand('workbench.action.openSettings', 'processingRegister.server');
    }
  });
}

function deactivate() {
  return restarting.then(stop);
}

module.exports = { activate, deactivate };
