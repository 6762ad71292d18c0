#!/usr/bin/env bash
# Whole-process timings for the README's "Performance" section, with hyperfine (Debian: apt-get install hyperfine):
#  1. `processing-register validate registers/binatic.yaml` against a "hello" console app built the same way
#     (Release, net10.0, invariant globalization, run as `dotnet X.dll`);
#  2. `processing-register validate` against the Node peer (js-yaml + ajv, ./node/validate.mjs) on generated
#     registers. Only sizes under the loader's default 4 MiB cap go through the CLI: 100 and 1,000 activities;
#     at 10,000 the Node peer runs alone, to set beside the in-process "Pipeline" benchmark.
# Both validators exit 1 on findings, so hyperfine is told to ignore exit codes; the output goes to /dev/null.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet build "$root/src/Binatic.ProcessingRegister.Cli" -c Release -o "$work/cli" -v quiet -nologo > /dev/null

mkdir "$work/hello"
cat > "$work/hello/hello.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
PROJ
echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
dotnet build "$work/hello" -c Release -o "$work/hello/out" -v quiet -nologo > /dev/null

(cd "$here/node" && npm ci --no-audit --no-fund --silent)
for n in 100 1000 10000; do
  dotnet run -c Release --project "$here" -- generate "$n" "$work/generated-$n.yaml"
done

cd "$root"
hyperfine --warmup 2 --runs 15 -N -i \
  -n hello "dotnet $work/hello/out/hello.dll" \
  -n "validate binatic.yaml" "dotnet $work/cli/processing-register.dll validate registers/binatic.yaml"

for n in 100 1000; do
  hyperfine --warmup 1 --runs 10 -N -i \
    -n "node js-yaml+ajv, $n activities" "node $here/node/validate.mjs schema/processing-register.schema.json $work/generated-$n.yaml" \
    -n "validate, $n activities" "dotnet $work/cli/processing-register.dll validate $work/generated-$n.yaml"
done

hyperfine --warmup 1 --runs 5 -N -i \
  -n "node js-yaml+ajv, 10000 activities" "node $here/node/validate.mjs schema/processing-register.schema.json $work/generated-10000.yaml"
