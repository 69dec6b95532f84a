"""Run a workload at a small size, damage its result, and make sure check() rejects it."""
import sys

directory, name, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, directory)

if name == "spectral_norm":
    import spectral_norm as w
    broken = w.run(size) + 1e-6
elif name == "nbody":
    import nbody as w
    before, after = w.run(size)
    broken = (before, after + 1e-3)
elif name == "richards":
    import richards as w
    broken = w.run(size)
    broken[-1] = (broken[-1][0] - 1, broken[-1][1])
elif name == "float_points":
    import float_points as w
    x, y, z = w.run(size)
    broken = (x + 0.01, y, z)
elif name == "fannkuch":
    import fannkuch as w
    broken = w.run(size) + 1
elif name == "nqueens":
    import nqueens as w
    broken = w.run(size)[:-1]
else:
    raise SystemExit("unknown workload " + name)

try:
    w.check(broken, size)
except AssertionError as e:
    print("check rejected the broken result:", e)
else:
    print("check ACCEPTED a broken result")
    sys.exit(1)
