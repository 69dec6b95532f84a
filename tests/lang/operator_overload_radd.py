class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        return Num(self.v + o)
    def __radd__(self, o):
        return Num(o + self.v)
    def __repr__(self):
        return 'Num(%d)' % self.v
print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)))
