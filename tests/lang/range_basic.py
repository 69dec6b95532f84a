print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(0, 20, 3)
print(len(r), r[2], r[-1], r[1:3], list(r[::2]), r, range(5))
print(list(reversed(range(4))), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
