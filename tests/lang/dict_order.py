d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d)
del d['a']
d['a'] = 9
print(d, list(d.items()))
d['z'] = 100
print(d)
