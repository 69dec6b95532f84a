def f(a, b, c):
    return a + b + c
args = [1, 2, 3]
print(f(*args), f(1, *[2, 3]), f(*(1, 2), 3), f(**{'a': 1, 'b': 2, 'c': 3}), f(1, **{'c': 3, 'b': 2}))
print(*range(3), [*'ab', *[1]], (*'xy',))
