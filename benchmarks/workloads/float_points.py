"""float_points: allocate n 3-D points from sin/cos, normalise each, and fold them with
an element-wise maximum (in the spirit of pyperformance's float benchmark)."""
import math
import sys

DEFAULT_N = 100000


class Point(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def fold_max(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def run(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    best = fold_max(points)
    return (best.x, best.y, best.z)


EXPECTED = {
    100: "0.893875783 1.000000000 0.447178560",
    1000: "0.894367539 1.000000000 0.447179508",
    100000: "0.894427189 1.000000000 0.447213595",
}


def check(result, n):
    text = "%.9f %.9f %.9f" % result
    if n in EXPECTED:
        if text != EXPECTED[n]:
            raise AssertionError("got %s, expected %s" % (text, EXPECTED[n]))
    elif not (0.0 < result[0] <= 0.9 and 0.0 < result[1] <= 1.0 and 0.0 <= result[2] <= 0.5):
        raise AssertionError("maximum out of range: %s" % text)


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
    result = run(size)
    check(result, size)
    print("float_points n=%d max=%.9f %.9f %.9f" % ((size,) + result))
