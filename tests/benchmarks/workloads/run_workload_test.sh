#!/usr/bin/env bash
# ctest driver for one workload (tests/benchmarks/workloads/CMakeLists.txt).
#   run_workload_test.sh contract INTERPRETER NAME N1 N2   the workload contract, in INTERPRETER
#   run_workload_test.sh stdout   INTERPRETER NAME N1 N2   `NAME.py N` prints expected/NAME.N.out
#   run_workload_test.sh cpython  VERSION     NAME N1 N2   the stdout test on a pyenv CPython
#   run_workload_test.sh versions -           NAME N1 N2   the stdout test on every CPython 3.6-3.13
#                                                          found with pyenv; names the skipped ones
# Exit 77 (ctest SKIP_RETURN_CODE) when a needed CPython is not installed.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
workloads="$here/../../../benchmarks/workloads"
mode=$1 interpreter=$2 name=$3 n1=$4 n2=$5

cpython_path() {  # cpython_path VERSION: the interpreter's path, or nothing
  local prefix
  prefix=$(pyenv prefix "$1" 2>/dev/null) || return 0
  local minor
  minor=$(echo "$1" | cut -d. -f1,2)
  [ -x "$prefix/bin/python$minor" ] && "$prefix/bin/python$minor" -c pass 2>/dev/null &&
    echo "$prefix/bin/python$minor"
}

stdout_matches() {  # stdout_matches INTERPRETER: every test size prints its expected file
  local python=$1 ok=0 n
  for n in "$n1" "$n2"; do
    local expected="$here/expected/$name.$n.out" actual
    if [ ! -f "$expected" ]; then
      echo "$expected: missing (tests/benchmarks/workloads/update-expected writes it)"; return 1
    fi
    actual=$("$python" "$workloads/$name.py" "$n" 2>&1) || {
      echo "$python $name.py $n failed:"; echo "$actual" | tail -5; return 1; }
    if [ "$actual" != "$(cat "$expected")" ]; then
      echo "$python $name.py $n: stdout differs from $expected"
      diff <(echo "$actual") "$expected" | head -10
      ok=1
    fi
  done
  return $ok
}

case "$mode" in
  contract)
    exec "$interpreter" "$here/contract_check.py" "$workloads" "$name" "$n1" "$n2" ;;
  stdout)
    stdout_matches "$interpreter" ;;
  cpython)
    python=$(cpython_path "$interpreter")
    [ -n "$python" ] || { echo "CPython $interpreter not found with pyenv: skipped"; exit 77; }
    stdout_matches "$python" && "$python" "$here/contract_check.py" "$workloads" "$name" "$n1" "$n2" ;;
  versions)
    status=0 found=0 skipped=()
    for version in 3.6 3.7 3.8 3.9 3.10 3.11 3.12 3.13; do
      python=$(cpython_path "$version")
      if [ -z "$python" ]; then skipped+=("$version"); continue; fi
      found=$((found + 1))
      stdout_matches "$python" || status=1
    done
    echo "$name: checked on $found CPython versions; skipped: ${skipped[*]:-none}"
    [ "$found" -gt 0 ] || exit 77
    exit $status ;;
  *) echo "run_workload_test.sh: unknown mode $mode" >&2; exit 2 ;;
esac
