#!/usr/bin/env bash
# Times the real `gilbench compare` binary end to end (process start to exit) on two synthetic
# files of 1,000 benchmarks × 20 processes × 3 values with realistic per-run metadata, in both
# modes: the default statistics and `--stats pyperf`. For each mode it prints the best wall
# time of REPEATS runs, the best CPU time (user+sys; the files load in parallel threads, so CPU
# can exceed wall) and the peak RSS. Wall times are noisy on a loaded machine: the load average
# is printed beside them. Usage: run-perf.sh BUILD_DIR [REPEATS]
set -euo pipefail
build=${1:?usage: run-perf.sh BUILD_DIR [REPEATS]}
repeats=${2:-10}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$build/tests/compare/perf/make_perf_files" "$dir" > /dev/null
gilbench="$build/gilbench"
ref="$dir/perf_ref.json"
changed="$dir/perf_changed.json"

# time_mode LABEL [OPTIONS...]: best-of-$repeats wall and CPU time of `gilbench compare`.
time_mode() {
  local label=$1
  shift
  "$gilbench" compare "$@" "$ref" "$changed" > /dev/null || true  # warm the page cache
  local best_wall="" best_cpu="" max_rss=0
  for _ in $(seq "$repeats"); do
    # GNU time: elapsed, user, system seconds and peak RSS in KB; the exit code of compare is
    # not checked (the default mode exits 0 here, pyperf mode too).
    read -r wall user sys rss < <(/usr/bin/time -f '%e %U %S %M' "$gilbench" compare "$@" \
                                    "$ref" "$changed" 2>&1 > /dev/null | tail -n 1)
    local wall_ms cpu_ms
    wall_ms=$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')
    cpu_ms=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
    if [[ -z "$best_wall" || "$wall_ms" -lt "$best_wall" ]]; then best_wall=$wall_ms; fi
    if [[ -z "$best_cpu" || "$cpu_ms" -lt "$best_cpu" ]]; then best_cpu=$cpu_ms; fi
    if [[ "$rss" -gt "$max_rss" ]]; then max_rss=$rss; fi
  done
  printf '%-16s best of %d: %4d ms wall, %4d ms CPU (user+sys), peak RSS %d MB\n' \
         "$label" "$repeats" "$best_wall" "$best_cpu" $((max_rss / 1024))
}

echo "gilbench compare, two files of 1,000 benchmarks x 20 processes x 3 values" \
     "($(du -h "$ref" | cut -f1) each; load average $(cut -d' ' -f1 /proc/loadavg)," \
     "$(nproc) CPUs):"
time_mode "default"
time_mode "--stats pyperf" --stats pyperf
