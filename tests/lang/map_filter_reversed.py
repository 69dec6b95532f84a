print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, '', 'a'])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))))
print(''.join(map(str, range(5))))
