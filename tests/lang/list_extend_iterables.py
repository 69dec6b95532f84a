l = []
l.extend(range(3))
l.extend('ab')
l.extend((9,))
l.extend({'k': 1})
l += (7, 8)
print(l)
