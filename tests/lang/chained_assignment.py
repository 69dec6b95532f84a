a = b = c = 0
a += 1
print(a, b, c)
x = y = []
x.append(1)
print(y)
i, j = k = (1, 2)
print(i, j, k)
