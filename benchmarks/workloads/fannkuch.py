"""fannkuch: the maximum number of pancake flips over all permutations of range(n)
(in the spirit of pyperformance's fannkuch: slices, slice assignment, insert/pop)."""
import sys

DEFAULT_N = 9

EXPECTED = {1: 0, 2: 1, 3: 2, 4: 4, 5: 7, 6: 10, 7: 16, 8: 22, 9: 30, 10: 38}


def max_flips(n):
    counters = list(range(1, n + 1))
    best = 0
    last = n - 1
    r = n
    order = list(range(n))
    rotate_in = order.insert
    rotate_out = order.pop
    while 1:
        while r != 1:
            counters[r - 1] = r
            r -= 1
        if order[0] != 0 and order[last] != last:
            stack = order[:]
            flips = 0
            top = stack[0]
            while top:
                stack[:top + 1] = stack[top::-1]
                flips += 1
                top = stack[0]
            if flips > best:
                best = flips
        while r != n:
            rotate_in(r, rotate_out(0))
            counters[r] -= 1
            if counters[r] > 0:
                break
            r += 1
        else:
            return best


def run(n):
    return max_flips(n)


def check(result, n):
    if n in EXPECTED and result != EXPECTED[n]:
        raise AssertionError("fannkuch(%d) = %d, expected %d" % (n, result, EXPECTED[n]))
    if result < 0:
        raise AssertionError("negative flip count")


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
    result = run(size)
    check(result, size)
    print("fannkuch n=%d max_flips=%d" % (size, result))
