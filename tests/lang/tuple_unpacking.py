a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = 'ab'
print(p, q)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i, j, k)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError', e)
