#!/usr/bin/env bash
# The language server's figures for docs/performance.md: how soon a warm server re-publishes diagnostics after one
# edit, on the Binatic register and on a generated register of 1,000 activities, and its memory over 1,000 edits.
# Runs the tool as published in Release, from a real LSP client (latency.mjs, on vscode-languageserver-protocol).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet publish "$root/src/Binatic.ProcessingRegister.Cli" -c Release -o "$work/cli" -v quiet -nologo > /dev/null
dotnet run --project "$root/tests/Binatic.ProcessingRegister.Benchmarks" -c Release -- generate 1000 "$work/generated-1000.yaml"
(cd "$here" && npm ci --silent)

node "$here/latency.mjs" "$work/cli/processing-register.dll" "$root/registers/binatic.yaml" "${BINATIC_EDITS:-1000}" 100
node "$here/latency.mjs" "$work/cli/processing-register.dll" "$work/generated-1000.yaml" "${GENERATED_EDITS:-100}" 10
