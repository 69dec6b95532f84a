a = {'a': 1, 'b': [1]}
b = a.copy()
b['c'] = 3
print(a, b, a == {'b': [1], 'a': 1}, a != b)
a.clear()
print(a, len(b), b.popitem(), b)
