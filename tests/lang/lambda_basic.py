sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: 'no args')(), list(map(lambda s: s.upper(), 'ab')))
print(sorted([(2, 'b'), (1, 'a')], key=lambda p: p[1]))
