for i, c in enumerate('abc'):
    print(i, c)
for i, c in enumerate('xy', 1):
    print(i, c)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip(range(3), range(3), range(3))))
print(list(enumerate([], 5)))
