#!/usr/bin/env bash
# Times `--stats pyperf` compare end to end (process start to exit) on two synthetic files of
# 1,000 benchmarks × 20 processes × 3 values. Usage: run-perf.sh BUILD_DIR [REPEATS]
set -euo pipefail
build=${1:?usage: run-perf.sh BUILD_DIR [REPEATS]}
repeats=${2:-10}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$build/tests/compare/perf/make_perf_files" "$dir"
driver="$build/tests/compare/pyperf/pyperf_compare_driver"
"$driver" compare_to "$dir/perf_ref.json" "$dir/perf_changed.json" > /dev/null  # warm the cache
best=""
for _ in $(seq "$repeats"); do
  start=$(date +%s%N)
  "$driver" compare_to "$dir/perf_ref.json" "$dir/perf_changed.json" > /dev/null
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [[ -z "$best" || "$ms" -lt "$best" ]]; then best=$ms; fi
done
echo "pyperf-mode compare of two 1,000-benchmark files: best of $repeats runs = ${best} ms"
