l = [5, 2, 9, 1, 5, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted([3.5, 1, 2.25]), sorted('cba'))
