it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
it2 = iter({'a': 1})
print(next(it2))
