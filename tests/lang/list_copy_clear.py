a = [1, 2, 3]
b = a.copy()
b.append(4)
a.clear()
print(a, b, list(b), list(range(3)), list('ab'), list((1, 2)))
