#!/usr/bin/env bash
# Runs the loader fuzzer for SECONDS over a seed corpus built from ../shared/pyperf-vectors
# (every JSON and .json.gz input) plus tests/compare/fuzz/seeds, then prints the number of
# executions. Exit status: non-zero when the fuzzer found a crash (artifacts in
# fuzz-artifacts/). Usage: run-fuzz.sh BUILD_DIR SECONDS
set -euo pipefail
build=${1:?usage: run-fuzz.sh BUILD_DIR SECONDS}
seconds=${2:?usage: run-fuzz.sh BUILD_DIR SECONDS}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
shared=${GILBENCH_SHARED_DIR:-$repo/../shared}
fuzzer="$build/tests/compare/fuzz/fuzz_load"
[[ -x "$fuzzer" ]] || { echo "run-fuzz.sh: $fuzzer not built (configure with CXX=clang++ -DGILBENCH_BUILD_FUZZERS=ON)" >&2; exit 2; }

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "$here"/seeds/* "$corpus"/
seeds=0
if [[ -d "$shared/pyperf-vectors" ]]; then
  while IFS= read -r -d '' file; do
    cp "$file" "$corpus/$(echo "$file" | sed 's|.*/pyperf-vectors/||; s|/|__|g')"
    seeds=$((seeds + 1))
  done < <(find "$shared/pyperf-vectors" -maxdepth 2 -type f \( -name '*.json' -o -name '*.json.gz' \) ! -name manifest.json -print0)
fi
echo "seed corpus: $seeds vector files + $(ls "$here"/seeds | wc -l) hand-written seeds"

mkdir -p "$repo/fuzz-artifacts"
log=$(mktemp)
status=0
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
  -dict="$here/fuzz_load.dict" -artifact_prefix="$repo/fuzz-artifacts/" -print_final_stats=1 \
  "$corpus" > "$log" 2>&1 || status=$?
runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
[[ -n "$runs" ]] || runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' || echo 0)
if [[ $status -ne 0 ]]; then
  tail -n 40 "$log"
  echo "fuzz_load: FAILED after $runs executions (artifacts in fuzz-artifacts/)"
  rm -f "$log"
  exit 1
fi
rm -f "$log"
echo "fuzz_load: $runs executions in $seconds s, no crash"
