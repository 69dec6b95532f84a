d = {'a': 1, 'b': 2}
k = d.keys()
v = d.values()
d['c'] = 3
print(list(k), list(v), len(k), 'a' in k, list(d.items())[-1])
