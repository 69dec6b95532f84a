print(sum(x * x for x in range(10)), list(x for x in 'abc'), max(len(w) for w in ['a', 'abc', 'ab']))
g = (i for i in range(3))
print(next(g), list(g), list(g))
print(set(x % 3 for x in range(10)) == {0, 1, 2}, tuple(c for c in 'hi'))
