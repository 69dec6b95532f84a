#!/usr/bin/env bash
# Speed and peak memory of gilpy versus CPython 3.11 on the workloads, interleaved
# (gilpy, cpython, gilpy, cpython, ...) so machine drift hits both alike.
# Usage: benchmarks/compare_gilpy_cpython.sh [GILPY] [RUNS]   (not a test: no thresholds)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gilpy=${1:-$here/../build/interpreter/gilpy}
runs=${2:-3}
python=$(pyenv prefix 3.11.7 2>/dev/null)/bin/python3.11
if [ ! -x "$python" ]; then echo "error: CPython 3.11.7 not found through pyenv" >&2; exit 2; fi
measure() {  # prints "seconds maxrss_kb" of the best of $runs interleaved runs
  /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1
}
printf "%-14s %10s %10s %8s %12s %12s\n" workload gilpy_s cpython_s ratio gilpy_MB cpython_MB
for w in spectral_norm nbody richards float_points fannkuch nqueens; do
  best_g=999999; best_c=999999; mem_g=0; mem_c=0
  for ((i = 0; i < runs; i++)); do
    read -r tg mg < <(measure "$gilpy" "$here/workloads/$w.py")
    read -r tc mc < <(measure "$python" "$here/workloads/$w.py")
    best_g=$(echo "$tg $best_g" | awk '{print ($1 < $2) ? $1 : $2}')
    best_c=$(echo "$tc $best_c" | awk '{print ($1 < $2) ? $1 : $2}')
    mem_g=$mg; mem_c=$mc
  done
  awk -v w="$w" -v g="$best_g" -v c="$best_c" -v mg="$mem_g" -v mc="$mem_c" \
    'BEGIN { printf "%-14s %10.3f %10.3f %8.2f %12.1f %12.1f\n", w, g, c, (c > 0 ? g / c : 0), mg / 1024, mc / 1024 }'
done
