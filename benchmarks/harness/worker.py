"""gilbench worker harness: times one workload inside the interpreter being measured.
Runs unchanged on CPython 3.6-3.13 and on gilpy (plain subset: sys, time.perf_counter).
Reports to `gilbench run` with `@gilbench ...` lines on stdout (benchmarks/runner/worker_protocol.hpp).

usage: worker.py --workloads-dir=DIR --workload=NAME [--n=N] [--loops=L (0: calibrate)]
                 [--warmups=W] [--values=V] [--min-time=S] [--switch-interval=S] [--slowdown=F]
"""
import sys
import time

PROTOCOL_VERSION = 1


def emit(text):
    sys.stdout.write("@gilbench " + text + "\n")
    sys.stdout.flush()


def fail(kind, message):
    emit("fail " + kind + " " + message.replace("\n", " "))
    sys.stderr.write("gilbench worker: " + kind + ": " + message + "\n")
    sys.stderr.flush()
    sys.exit(3)


def parse_args(argv):
    options = {"n": "", "loops": "0", "warmups": "1", "values": "3", "min-time": "0.1",
               "switch-interval": "", "slowdown": "0"}
    for arg in argv:
        if not arg.startswith("--") or "=" not in arg:
            fail("usage", "bad argument " + arg)
        key, value = arg[2:].split("=", 1)
        options[key] = value
    return options


def implementation_name():
    if hasattr(sys, "implementation"):
        return sys.implementation.name
    return getattr(sys, "implementation_name", "unknown")


def measure(module, n, loops, slowdown):
    """One measurement: `loops` calls of run(n) between two timer reads; every result is
    checked after the timer stops, so no timing of a wrong program is kept."""
    results = [None] * loops
    run = module.run
    start = time.perf_counter()
    for i in range(loops):
        results[i] = run(n)
    elapsed = time.perf_counter() - start
    if slowdown > 0.0:
        # Positive control only: a known slowdown inside the timed region.
        target = start + elapsed * (1.0 + slowdown)
        while time.perf_counter() < target:
            pass
        elapsed = time.perf_counter() - start
    for result in results:
        problem = check_result(module, result, n)
        if problem is not None:
            fail("check", "wrong result: " + problem)
    return elapsed


def check_result(module, result, n):
    """The workload's verdict on one result: None, or the AssertionError text.
    (A try statement directly inside a for loop hung gilpy's compiler at bcc122b; fixed since.)"""
    try:
        module.check(result, n)
    except AssertionError as error:
        return str(error)
    return None


def main():
    options = parse_args(sys.argv[1:])
    sys.path.insert(0, options["workloads-dir"])
    import workload_index
    name = options["workload"]
    module = workload_index.load(name)
    if module is None:
        fail("usage", "unknown workload " + name + " (not listed in workload_index.py)")
    n = module.DEFAULT_N
    if options["n"] != "":
        n = int(options["n"])
    loops = int(options["loops"])
    warmups = int(options["warmups"])
    values = int(options["values"])
    min_time = float(options["min-time"])
    slowdown = float(options["slowdown"])

    emit("hello " + str(PROTOCOL_VERSION))
    emit("meta python_implementation str " + implementation_name())
    version = sys.version_info
    emit("meta python_version str %d.%d.%d (64-bit)" % (version[0], version[1], version[2]))
    emit("meta workload_n int " + str(n))
    if options["switch-interval"] != "" and hasattr(sys, "setswitchinterval"):
        sys.setswitchinterval(float(options["switch-interval"]))
    if hasattr(sys, "getswitchinterval"):
        emit("meta switch_interval float " + repr(sys.getswitchinterval()))

    started = time.perf_counter()
    if loops == 0:
        # Calibration as pyperf: double the loops while a raw measurement is shorter than
        # min_time, planning one more measurement per doubling.
        loops = 1
        planned = warmups + values
        done = 0
        while done < planned:
            raw = measure(module, n, loops, slowdown)
            emit("calibrate " + str(loops) + " " + repr(raw))
            done += 1
            if raw < min_time:
                if loops >= 2 ** 32:
                    fail("calibration", "failed to calibrate the number of loops")
                loops *= 2
                planned += 1
        emit("loops " + str(loops))
    else:
        for i in range(warmups):
            emit("warmup " + str(loops) + " " + repr(measure(module, n, loops, slowdown)))
        for i in range(values):
            emit("value " + repr(measure(module, n, loops, slowdown)))
    duration = time.perf_counter() - started

    if hasattr(sys, "_gil_stats"):
        stats = sys._gil_stats()
        for key in sorted(stats):
            value = stats[key]
            label = key if key.startswith("gil_") else "gil_" + key
            if isinstance(value, str):
                if value != "":
                    emit("gil " + label + " str " + value)
            elif isinstance(value, float):
                emit("gil " + label + " float " + repr(value))
            else:
                emit("gil " + label + " int " + str(int(value)))
    emit("done " + repr(duration))


main()
