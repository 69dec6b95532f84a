class Temp:
    scale = 'C'
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def describe(x):
        return 'temp %s' % x
t = Temp.from_f(212)
print(t.deg, type(t).__name__, Temp.describe(1), t.describe(2), t.from_f(32).deg)
class Sub(Temp):
    pass
print(type(Sub.from_f(50)).__name__)
