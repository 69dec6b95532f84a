"""Checks one workload against the workload contract (../shared/DESIGN.md), inside the
interpreter under test: run(n) passes check at two sizes, a result for the other size fails
check, and a deliberately corrupted result fails check.

usage: contract_check.py WORKLOADS_DIR NAME N1 N2
A workload whose result the generic corruption below cannot change may define
`corrupt(result)` returning a wrong result of the same shape."""
import sys


def corrupt_value(value):
    """A copy of value with its first leaf changed (depth first)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value * 1.001 + 0.001
    if isinstance(value, str):
        return value + "?"
    if isinstance(value, tuple):
        if not value:
            return (None,)
        return (corrupt_value(value[0]),) + value[1:]
    if isinstance(value, list):
        if not value:
            return [None]
        return [corrupt_value(value[0])] + value[1:]
    if isinstance(value, dict):
        copy = dict(value)
        for key in copy:
            copy[key] = corrupt_value(copy[key])
            return copy
        copy[None] = None
        return copy
    raise TypeError("cannot corrupt a %s result: define corrupt(result) in the workload"
                    % type(value).__name__)


def rejects(module, result, n):
    try:
        module.check(result, n)
    except AssertionError:
        return True
    return False


def main():
    workloads_dir, name, n1, n2 = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    sys.path.insert(0, workloads_dir)
    module = __import__(name)
    for attr in ("run", "check", "DEFAULT_N"):
        if not hasattr(module, attr):
            raise SystemExit("%s: missing %s (workload contract)" % (name, attr))
    first = None
    for n in (n1, n2):
        result = module.run(n)
        module.check(result, n)
        if first is None:
            first = result
    if not rejects(module, first, n2):
        raise SystemExit("%s: check accepted the result for n=%d as the result for n=%d"
                         % (name, n1, n2))
    corrupt = getattr(module, "corrupt", corrupt_value)
    if not rejects(module, corrupt(first), n1):
        raise SystemExit("%s: check accepted a corrupted result for n=%d" % (name, n1))
    print("%s: contract holds at n=%d and n=%d" % (name, n1, n2))


main()
