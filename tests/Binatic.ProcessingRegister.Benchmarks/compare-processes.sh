#!/usr/bin/env bash
# Whole-process timings for docs/performance.md, with hyperfine (Debian: apt-get install hyperfine):
#  1. `processing-register validate registers/binatic.yaml`, run from the tool package exactly as `dotnet pack` makes
#     it, against a "hello" tool packed the same way: both import the CLI's FastStart.props (runtime settings) and
#     FastStart.targets (ReadyToRun code for linux-x64 in the portable package), both run as `dotnet X.dll`. The same
#     tool packed as plain IL (-p:ToolReadyToRun=false) shows what ReadyToRun buys, `--help` what the runtime and
#     System.CommandLine cost before any register is read, and the library alone (load, rules, print every finding),
#     packed the same way as hello, what `validate` costs without System.CommandLine;
#  2. `processing-register validate` against the Node peer (js-yaml + ajv, ./node/validate.mjs) on generated
#     registers of 100, 1,000 and 10,000 activities. The 10,000-activity file (17 MB) is past the loader's default
#     4 MiB cap, so every size is validated with --max-file-size raised, as a CI job for such a register would.
# Both validators exit 1 on findings, so hyperfine is told to ignore exit codes; the output goes to /dev/null.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
cli_project="$root/src/Binatic.ProcessingRegister.Cli"

# Packs a tool project into $2 and unpacks its portable tool folder there.
pack_tool() {
  local project="$1" into="$2"
  shift 2
  dotnet pack "$project" -c Release -o "$into/package" -v quiet -nologo "$@" > /dev/null
  unzip -q "$into"/package/*.nupkg 'tools/*' -d "$into"
}

pack_tool "$cli_project" "$work/cli"
pack_tool "$cli_project" "$work/cli-il" -p:ToolReadyToRun=false
cli="$work/cli/tools/net10.0/any/processing-register.dll"

mkdir "$work/hello"
cat > "$work/hello/hello.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$cli_project/FastStart.props" />
  <Import Project="$cli_project/FastStart.targets" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
    <RollForward>Major</RollForward>
    <IsPackable>true</IsPackable>
    <PackAsTool>true</PackAsTool>
    <ToolCommandName>hello</ToolCommandName>
  </PropertyGroup>
</Project>
PROJ
echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
pack_tool "$work/hello" "$work/hello"

# The library alone, packed the same way: what `validate` costs without System.CommandLine, the tool's options and
# its output formats. It loads the register, runs the GDPR rules and prints every finding, as `validate` does.
mkdir "$work/library-only"
sed -e 's|<ToolCommandName>hello</ToolCommandName>|<ToolCommandName>library-only</ToolCommandName>|' \
    -e "s|</Project>|<ItemGroup><ProjectReference Include=\"$root/src/Binatic.ProcessingRegister/Binatic.ProcessingRegister.csproj\" /></ItemGroup></Project>|" \
    "$work/hello/hello.csproj" > "$work/library-only/library-only.csproj"
cat > "$work/library-only/Program.cs" <<'CS'
using Binatic.ProcessingRegister;
var loaded = RegisterLoader.LoadFile(args[0]);
foreach (var finding in loaded.Success ? [.. loaded.Diagnostics, .. RegisterValidator.Validate(loaded)] : loaded.Diagnostics)
{
    System.Console.Out.WriteLine(finding.ToString());
}
CS
pack_tool "$work/library-only" "$work/library-only"

(cd "$here/node" && npm ci --no-audit --no-fund --silent)
for n in 100 1000 10000; do
  dotnet run -c Release --project "$here" -- generate "$n" "$work/generated-$n.yaml"
done

cd "$root"
hyperfine --warmup 2 --runs 15 -N -i \
  -n hello "dotnet $work/hello/tools/net10.0/any/hello.dll" \
  -n "validate binatic.yaml" "dotnet $cli validate registers/binatic.yaml" \
  -n "library alone, binatic.yaml" "dotnet $work/library-only/tools/net10.0/any/library-only.dll registers/binatic.yaml" \
  -n "processing-register --help" "dotnet $cli --help" \
  -n "validate binatic.yaml, plain IL" "dotnet $work/cli-il/tools/net10.0/any/processing-register.dll validate registers/binatic.yaml"

for n in 100 1000 10000; do
  hyperfine --warmup 1 --runs 10 -N -i \
    -n "node js-yaml+ajv, $n activities" "node $here/node/validate.mjs schema/processing-register.schema.json $work/generated-$n.yaml" \
    -n "validate, $n activities" "dotnet $cli validate --max-file-size 100000000 $work/generated-$n.yaml"
done
