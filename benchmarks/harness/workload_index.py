"""Static import shim: workload name -> module, for interpreters without __import__.
gilpy has no dynamic import by name, so every workload is imported by a literal `import`
statement here; tests/benchmarks/runner checks that every benchmarks/workloads/*.py is listed."""


def load(name):
    if name == "spectral_norm":
        import spectral_norm
        return spectral_norm
    if name == "nbody":
        import nbody
        return nbody
    if name == "richards":
        import richards
        return richards
    if name == "float_points":
        import float_points
        return float_points
    if name == "fannkuch":
        import fannkuch
        return fannkuch
    if name == "nqueens":
        import nqueens
        return nqueens
    return None
