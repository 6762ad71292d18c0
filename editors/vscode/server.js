'use strict';
// Starts the language server as its own process. Kept apart from extension.js, and free of the 'vscode' module, so
// that the tests can start the server exactly as the extension does, with the extension's default settings, in plain
// Node.js.
const { spawn } = require('node:child_process');

/** The settings a user changes when the server cannot be started. */
const commandSetting = 'processingRegister.server.command';

/** Installs the .NET tool that gives the default command, 'processing-register'. */
const installCommand = 'dotnet tool install -g Binatic.ProcessingRegister.Cli';

/**
 * Starts `command args` with standard input, output and error piped, and resolves with the child process once the
 * operating system has started it; rejects with an error that says what to install or set when it cannot be started.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<import('node:child_process').ChildProcess>}
 */
function startServer(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (error) {
      reject(cannotStart(command, args, error));
      return;
    }

    const failed = error => reject(cannotStart(command, args, error));
    child.once('error', failed);
    child.once('spawn', () => {
      child.removeListener('error', failed);
      // A child process without an 'error' listener would throw in the extension host; the language client reports
      // a lost connection itself.
      child.on('error', () => {});
      resolve(child);
    });
  });
}

function cannotStart(command, args, error) {
  const reason = error && error.code === 'ENOENT' ? 'the command was not found' : (error && error.message) || String(error);
  return new Error(
    `Could not start the processing-register language server with '${[command, ...args].join(' ')}': ${reason}. ` +
    `Install the tool with '${installCommand}' (it needs .NET 10), or set '${commandSetting}' to the full path of ` +
    `the processing-register command.`);
}

module.exports = { startServer, commandSetting, installCommand };
