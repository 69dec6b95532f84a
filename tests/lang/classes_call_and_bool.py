class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return False
print(Adder(3)(4), callable(Adder(1)), bool(Empty()), bool(Truthy()), 'yes' if Empty() else 'no')
