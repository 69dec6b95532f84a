keys = ['a', 'b', 'c']
vals = [1, 2]
print(dict(zip(keys, vals)), list(zip(keys, vals, 'xyz')))
