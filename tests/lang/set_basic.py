s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.remove(2)
s.discard(99)
print(sorted(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {2} <= a, a == {3, 2, 1})
print(set(), sorted(set('hello')), len(set([1, 1, 1])), sorted({x % 3 for x in range(10)}))
