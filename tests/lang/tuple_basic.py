t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t + (4,), t * 2, (1,), ())
a, b, c = t
print(a, b, c, t.index(2), t.count(3), tuple([4, 5]), tuple('ab'))
print((1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)), {(1, 2): 'x'}[(1, 2)])
