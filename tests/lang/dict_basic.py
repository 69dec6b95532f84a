d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'b' in d, 'z' in d, d.get('z'), d.get('z', 0))
del d['b']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d.update({'d': 4}, e=5)
print(d, d.pop('a'), d.pop('zz', 'default'), d.setdefault('f', 6), d.setdefault('c', 99), d)
