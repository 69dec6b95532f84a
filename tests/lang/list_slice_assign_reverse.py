p = [0, 1, 2, 3, 4, 5]
k = 3
p[:k + 1] = p[k::-1]
print(p)
q = list(range(8))
q[1:4] = []
print(q)
try:
    q[::2] = [1]
except ValueError as e:
    print('ValueError', e)
