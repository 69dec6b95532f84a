class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
q = Point(1, 1)
print(p.x, p.y, p.norm2(), Point.count, q.count, type(p).__name__)
p.z = 5
print(p.z, hasattr(q, 'z'), isinstance(p, Point), isinstance(3, Point))
