print(min(3, 1, 2), max([4, 9, 2]), min('bca'), max([1, 2], [1, 3]), max(2, 2.5))
print(min([5, 3, 8], key=lambda x: -x), max([], default='empty'), sum([1, 2, 3], 10), sum([]))
print(sum([0.1] * 10), sum([[1], [2]], []))
try:
    min([])
except ValueError as e:
    print('ValueError', e)
