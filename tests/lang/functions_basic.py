def add(a, b):
    return a + b
def noreturn():
    pass
def defaults(a, b=2, c=3):
    return a, b, c
print(add(1, 2), noreturn(), defaults(1), defaults(1, 5), defaults(1, c=7), defaults(c=1, b=2, a=3))
print(add.__name__, add('a', 'b'))
