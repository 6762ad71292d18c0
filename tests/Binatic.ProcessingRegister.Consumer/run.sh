#!/usr/bin/env bash
# Proves the library works as shipped, not as built: packs it into a temporary folder feed, restores this consumer
# against that feed only, into an empty packages folder so that no cached copy can stand in for the new package,
# then builds and runs it on registers/binatic.yaml and checks what it prints.
# Usage: tests/Binatic.ProcessingRegister.Consumer/run.sh   (from anywhere; exits non-zero on any failure)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "consumer: $*" >&2; exit 1; }

cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# The version comes from the one place it is set (VersionPrefix in Directory.Build.props).
version="$(dotnet msbuild src/Binatic.ProcessingRegister/Binatic.ProcessingRegister.csproj -getProperty:Version)"
[[ -n "$version" ]] || fail "could not read the library's version"

dotnet pack src/Binatic.ProcessingRegister/Binatic.ProcessingRegister.csproj -c Release -o "$work/feed" \
  || fail "packing the library failed"
[[ -f "$work/feed/Binatic.ProcessingRegister.$version.nupkg" ]] || fail "no Binatic.ProcessingRegister.$version.nupkg was packed"

# Dependencies come from the machine's own NuGet source, read here so that nuget.config names no host.
upstream="$(cd "$work" && dotnet nuget list source --format short | awk '$1 == "E" { print $2; exit }')"
[[ -n "$upstream" ]] || fail "no enabled NuGet source is configured on this machine (see 'dotnet nuget list source')"
export BINATIC_PACKAGE_FEED="$work/feed" BINATIC_UPSTREAM_SOURCE="$upstream"

consumer="$here/Binatic.ProcessingRegister.Consumer.csproj"
dotnet restore "$consumer" --packages "$work/packages" -p:BinaticProcessingRegisterVersion="$version" \
  || fail "restoring the consumer against the packed library failed"
dotnet build "$consumer" --no-restore -c Release -o "$work/bin" -p:BinaticProcessingRegisterVersion="$version" \
  || fail "building the consumer against the packed library failed"
[[ -d "$work/packages/binatic.processingregister/$version" ]] || fail "the consumer did not restore Binatic.ProcessingRegister $version from the feed"

# The consumer runs from the repository root, where the README's snippet expects registers/binatic.yaml.
rc=0
dotnet "$work/bin/Binatic.ProcessingRegister.Consumer.dll" > "$work/output.txt" 2> "$work/errors.txt" || rc=$?
[[ $rc -eq 0 ]] || { cat "$work/errors.txt" >&2; fail "the consumer exited with code $rc"; }

# Loading worked (so the embedded schema was found), the rules ran with positions, and the export was written.
expect() {
  grep -qE "$1" "$work/output.txt" || { head -20 "$work/output.txt" >&2; fail "the output has no line matching: $1"; }
}
expect '^registers/binatic\.yaml\([0-9]+,[0-9]+\): error RPR024: '
expect '^registers/binatic\.yaml\([0-9]+,[0-9]+\): warning RPR013: '
expect '^# Record of processing activities of Binatic Software BV'
[[ ! -s "$work/errors.txt" ]] || { cat "$work/errors.txt" >&2; fail "the consumer wrote to standard error"; }

echo "consumer: Binatic.ProcessingRegister $version works as packed: $(grep -cE '^registers/' "$work/output.txt") findings and a $(grep -c '' "$work/output.txt")-line report"
