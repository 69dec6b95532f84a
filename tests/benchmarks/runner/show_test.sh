#!/usr/bin/env bash
# `gilbench show` against pyperf's expected `show` output (vectors 11_show_dump_stats); the two
# advice lines name gilbench's commands instead of pyperf's, so they are left out of the diff.
# Usage: show_test.sh GILBENCH VECTORS_DIR
set -euo pipefail
gilbench=$1
vectors=$2/11_show_dump_stats
[ -d "$vectors" ] || { echo "skipped: no vectors at $vectors"; exit 77; }
cd "$vectors"
status=0
for case in "show py311.json:show" "show -q py311.json:show_quiet" "show timeit_py311.json:show_timeit"; do
  args=${case%%:*}
  expected=expected/${case##*:}.stdout.txt
  filter() { grep -v -e "system tune" -e "gilbench compare on" -e "pyperf stats, pyperf dump"; }
  # shellcheck disable=SC2086
  if ! diff <("$gilbench" $args | filter) <(filter < "$expected"); then
    echo "FAIL: gilbench $args"
    status=1
  fi
done
exit $status
