"""spectral_norm: the spectral norm of the infinite matrix
A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by ten rounds of the power method
on A^T A (in the spirit of pyperformance's spectral_norm; very call-dense)."""
import math
import sys

DEFAULT_N = 130

# Expected norms (9 decimals) for the sizes the tests and the harness use.
EXPECTED = {
    10: "1.271844019",
    20: "1.273839841",
    50: "1.274193837",
    100: "1.274219991",
    130: "1.274222210",
}


def matrix_entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def row_dot(args):
    row, vec = args
    acc = 0.0
    for col, value in enumerate(vec):
        acc += matrix_entry(row, col) * value
    return acc


def column_dot(args):
    col, vec = args
    acc = 0.0
    for row, value in enumerate(vec):
        acc += matrix_entry(row, col) * value
    return acc


def times(vec):
    return [row_dot((i, vec)) for i in range(len(vec))]


def times_transposed(vec):
    return [column_dot((i, vec)) for i in range(len(vec))]


def times_ata(vec):
    return times_transposed(times(vec))


def run(n):
    u = [1] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    num = 0.0
    den = 0.0
    for ue, ve in zip(u, v):
        num += ue * ve
        den += ve * ve
    return math.sqrt(num / den)


def check(result, n):
    text = "%0.9f" % result
    if n in EXPECTED:
        if text != EXPECTED[n]:
            raise AssertionError("spectral norm for n=%d is %s, expected %s" % (n, text, EXPECTED[n]))
    elif not (1.2 < result < 1.2743):
        raise AssertionError("spectral norm %s out of range" % text)


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
    norm = run(size)
    check(norm, size)
    print("spectral_norm n=%d norm=%0.9f" % (size, norm))
