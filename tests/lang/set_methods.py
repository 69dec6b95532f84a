a = {1, 2}
a.update([3, 4], (5,))
print(sorted(a))
print(sorted(a.union({9})), sorted(a.intersection({1, 9})), sorted(a.difference({1})), a.issubset({1, 2, 3, 4, 5, 6}))
a.clear()
print(a, len(a))
try:
    a.remove(1)
except KeyError as e:
    print('KeyError', e)
