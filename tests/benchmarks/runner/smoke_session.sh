#!/usr/bin/env bash
# Real smoke session: two interpreters (gilpy-eager vs gilpy-ondemand when built, else gilpy
# against itself) on two small workloads with tiny settings, then `gilbench compare`.
# Usage: smoke_session.sh BUILD_DIR OUT_DIR   (exit 77 = skipped: no gilpy built)
set -euo pipefail
build=$1
out=$2
find_exe() { for p in "$build/$1" "$build/interpreter/$1"; do [ -x "$p" ] && { echo "$p"; return; }; done; }
eager=$(find_exe gilpy-eager || true)
ondemand=$(find_exe gilpy-ondemand || true)
plain=$(find_exe gilpy || true)
if [ -n "$eager" ] && [ -n "$ondemand" ]; then
  a="eager=$eager"; b="ondemand=$ondemand"
elif [ -n "$plain" ]; then
  a="a=$plain"; b="b=$plain"
else
  echo "skipped: no gilpy executable in $build"; exit 77
fi
rm -rf "$out"
"$build/gilbench" run --python "$a" --python "$b" -b nbody,spectral_norm --n 20 \
  -p 2 -n 2 -w 1 --min-time 0.002 --timeout 60 --seed 1 -o "$out"
files=("$out"/*.json)
[ "${#files[@]}" -eq 2 ] || { echo "expected 2 result files, got ${#files[@]}"; exit 1; }
grep -q '"session_id"' "${files[0]}"
# A second run into the same folder must refuse to overwrite.
if "$build/gilbench" run --python "$a" --python "$b" -b nbody --n 20 -p 1 -o "$out" 2>/dev/null; then
  echo "overwrote an existing result"; exit 1
fi
"$build/gilbench" compare "${files[0]}" "${files[1]}"

# A workload that returns a wrong result fails its benchmark (exit 1, stderr tail shown, no file
# since nothing else ran), through the real harness and interpreter.
broken="$out/broken-workloads"
mkdir -p "$broken"
cat > "$broken/nbody.py" <<'PY'
DEFAULT_N = 3
def run(n):
    return n + 1
def check(result, n):
    if result != n:
        raise AssertionError("expected %d, got %d" % (n, result))
PY
set +e
"$build/gilbench" run --python "$a" -b nbody -p 1 -n 1 -w 0 -l 1 --workloads "$broken" \
  -o "$out/broken" > "$out/broken.log" 2>&1
status=$?
set -e
cat "$out/broken.log"
[ "$status" -eq 1 ] || { echo "expected exit 1 for a wrong result, got $status"; exit 1; }
grep -q "FAILED nbody: check: wrong result: expected 3, got 4" "$out/broken.log"
[ ! -e "$out/broken/${a%%=*}-si5ms.json" ] || { echo "a failed-only session wrote a file"; exit 1; }
echo "smoke session passed"
