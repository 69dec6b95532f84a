class A:
    def f(self):
        return 'f'
    g = f
    h = lambda self: 'h'
a = A()
print(a.f(), a.g(), a.h(), A.f(a))
