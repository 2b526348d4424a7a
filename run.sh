#!/usr/bin/env bash
# The simulator's front door. Builds the dtsim command once in Release (again only when a
# source changed) and runs it; needs nothing but the .NET SDK (see global.json).
#
#   ./run.sh run <scenario.yaml> [--out DIR] [--seed N] [--set key=value ...]
#   ./run.sh validate <scenario.yaml> [--set key=value ...]
#   ./run.sh serve [--urls URL] [--scenarios-dir DIR]   silo + HTTP API + dashboards (docs/api.md)
#   ./run.sh test            the whole test suite (installs Chromium when missing); ends with "N passed, N failed"
#   ./run.sh ge <experiment.yaml> [--solver exact|agtpa|ge_gravity] [--imbalances additive|multiplicative] [--out DIR]
#   ./run.sh bench           times the baseline end to end, then the trade core (BenchmarkDotNet)
#   ./run.sh bench --api [--seconds N] [--rate N] [--rounds N]   GET /api/runs/{id} latency under load
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="$root/.build/cli"
server_dir="$root/.build/server"

need_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "run.sh: the .NET SDK is required (version in global.json); install it from your package manager or dot.net" >&2
    exit 1
  fi
}

commit() { git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || true; }

# build_project <csproj> <output dir> <label>: a Release build, skipped when no source changed since the last.
build_project() {
  need_dotnet
  local project="$1" out="$2" label="$3" stamp_file="$2/.stamp"
  if [[ -f "$stamp_file" ]] && [[ -z "$(find "$root/src" "$root/scenarios/schema" "$root/Directory.Build.props" "$root/Directory.Packages.props" \
        -newer "$stamp_file" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' -o -name '*.html' -o -name '*.js' -o -name '*.css' \) \
        -not -path '*/obj/*' -not -path '*/bin/*' -not -path '*/node_modules/*' -not -path '*/wwwroot/*' -print -quit)" ]]; then
    return
  fi
  echo "run.sh: building $label (Release)..." >&2
  local log; log="$(mktemp)"
  if ! dotnet build "$project" -c Release -o "$out" --nologo -v quiet \
        -p:SourceRevisionId="$(commit)" >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    echo "run.sh: build failed" >&2
    exit 1
  fi
  rm -f "$log"
  touch "$stamp_file"
}

build_cli() { build_project "$root/src/DigitalTrade.Cli/DigitalTrade.Cli.csproj" "$build_dir" dtsim; }

build_server() { build_project "$root/src/DigitalTrade.Server/DigitalTrade.Server.csproj" "$server_dir" "dtsim-server"; }

# ensure_package <file> <debian package> <what needs it>: installs the package from Debian's archive when the
# file is missing (as root, or through passwordless sudo); otherwise stops at once naming what to install.
# Tests are never skipped for a missing service, so a missing one ends the test run here.
ensure_package() {
  local file="$1" package="$2" purpose="$3"
  [[ -x "$file" ]] && return 0
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "run.sh: $purpose needs $file; install Debian's package '$package' (sudo apt-get install -y $package) and run again" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "run.sh: $purpose needs $file and this system has no apt-get; install the package that provides it ('$package' on Debian) and run again" >&2
    return 1
  fi
  echo "run.sh: installing $package from Debian's packages for $purpose..." >&2
  local log; log="$(mktemp)"
  if ! { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package"; } >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    echo "run.sh: installing $package (apt-get install -y $package) failed; install it by hand and run again" >&2
    return 1
  fi
  rm -f "$log"
  if [[ ! -x "$file" ]]; then
    echo "run.sh: apt-get installed $package but $file is not there" >&2
    return 1
  fi
}

# What the test suite needs beyond the .NET SDK and Node: Debian's Chromium for the dashboard's browser test.
ensure_test_services() {
  ensure_package /usr/bin/chromium chromium "the dashboard's browser test"
}

run_tests() {
  need_dotnet
  if ! ensure_test_services; then
    echo "0 passed, 1 failed"
    return 1
  fi
  local log="$root/.build/test-output.log" status=0
  mkdir -p "$root/.build"
  # Test collections run one at a time: on two cores, clusters started in parallel only fight.
  set +e
  dotnet test "$root/Simulation.sln" -c Release --nologo -- xUnit.ParallelizeTestCollections=false 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  # VSTest prints one summary per test assembly: "Passed!  - Failed:     0, Passed:    92, ...".
  local passed failed
  passed=$(grep -E '^(Passed|Failed)! +- ' "$log" | sed -E 's/.*Passed: +([0-9]+).*/\1/' | awk '{s += $1} END {print s + 0}')
  failed=$(grep -E '^(Passed|Failed)! +- ' "$log" | sed -E 's/.*Failed: +([0-9]+),.*/\1/' | awk '{s += $1} END {print s + 0}')
  if [[ $status -ne 0 && $failed -eq 0 ]]; then
    failed=1 # the build failed or a test host crashed: never report a clean run
  fi
  echo "$passed passed, $failed failed"
  return "$status"
}

# Times the baseline scenario end to end (process start, silo, 41 rounds, outputs), after one
# warm-up run, and prints a table. Usage: ./run.sh bench [scenario] [repetitions]
run_bench() {
  local scenario="${1:-$root/scenarios/sco-baseline.yaml}" reps="${2:-5}" out times=() t0 t1
  out="$(mktemp -d)"
  dotnet "$build_dir/dtsim.dll" run "$scenario" --out "$out/warmup" >/dev/null
  for ((k = 1; k <= reps; k++)); do
    t0=$(date +%s%N)
    dotnet "$build_dir/dtsim.dll" run "$scenario" --out "$out/run$k" >/dev/null
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  rm -rf "$out"
  printf '%s\n' "${times[@]}" | sort -n | awk -v s="$(basename "$scenario")" -v n="$reps" -v cores="$(nproc)" '
    { v[NR] = $1 }
    END {
      printf "| scenario | runs | cores | min ms | median ms | max ms |\n|---|---|---|---|---|---|\n"
      printf "| %s | %d | %d | %d | %d | %d |\n", s, n, cores, v[1], v[int((NR + 1) / 2)], v[NR]
    }'
}

cmd="${1:-}"
case "$cmd" in
  run|validate|ge)
    build_cli
    exec dotnet "$build_dir/dtsim.dll" "$@"
    ;;
  serve)
    shift
    build_server
    exec dotnet "$server_dir/dtsim-server.dll" "$@"
    ;;
  test)
    run_tests
    ;;
  bench)
    shift
    if [[ "${1:-}" == "--api" ]]; then
      # A fixed-rate load on GET /api/runs/{id} while a long baseline run plays (docs/performance.md).
      shift
      build_server
      cd "$root/tests/DigitalTrade.Benchmarks"
      exec dotnet run -c Release -- --api --server-dll "$server_dir/dtsim-server.dll" "$@"
    fi
    build_cli
    run_bench "$@"
    echo
    echo "Trade core and simulator round (BenchmarkDotNet, short-run job):"
    (cd "$root/tests/DigitalTrade.Benchmarks" && dotnet run -c Release -- --filter '*' --exporters markdown) \
      | grep -E '^\| ' || true
    ;;
  ""|-h|--help|help)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    [[ -x "$build_dir/dtsim.dll" || -f "$build_dir/dtsim.dll" ]] && dotnet "$build_dir/dtsim.dll" --help || true
    ;;
  *)
    build_cli
    exec dotnet "$build_dir/dtsim.dll" "$@"
    ;;
esac
