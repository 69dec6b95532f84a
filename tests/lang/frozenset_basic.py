f = frozenset([1, 2, 3])
g = frozenset([2, 3])
print(sorted(f), g <= f, g < f, f - g, sorted(f & g), frozenset(), hash(f) == hash(frozenset([3, 2, 1])))
d = {f: 'x'}
print(d[frozenset([1, 2, 3])], min(f), len(f | {7}))
