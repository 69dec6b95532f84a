"""nqueens: all solutions of the n-queens problem by brute force over the permutations
produced by a pure-Python generator (in the spirit of pyperformance's nqueens)."""
import sys

DEFAULT_N = 8

EXPECTED = {1: 1, 2: 0, 3: 0, 4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352}


def permutations(items, length=None):
    """Lexicographic permutations of items (tuple results), like itertools'."""
    pool = tuple(items)
    n = len(pool)
    r = n if length is None else length
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def solutions(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if queen_count == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def run(n):
    return list(solutions(n))


def check(result, n):
    if n in EXPECTED and len(result) != EXPECTED[n]:
        raise AssertionError("%d-queens has %d solutions, expected %d" % (n, len(result), EXPECTED[n]))
    for vec in result:
        if sorted(vec) != list(range(n)):
            raise AssertionError("not a permutation: %r" % (vec,))


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
    result = run(size)
    check(result, size)
    print("nqueens n=%d solutions=%d first=%r" % (size, len(result), result[0] if result else None))
