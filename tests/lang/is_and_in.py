a = [1, 2, 3]
b = a
print(a is b, a is not [1, 2, 3], 2 in a, 4 not in a, 'b' in 'abc', 'x' in {'x': 1})
print(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print((1, 2) in [(1, 2)], 1.0 in [1], None in [None])
