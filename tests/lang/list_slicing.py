l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[::3], l[::-1], l[8:2:-2], l[-1:-4:-1], l[100:], l[:-100])
m = l[:]
m[2:5] = ['a', 'b']
print(m)
m[::2] = [0] * len(m[::2])
print(m)
del m[1:3]
print(m)
del m[::2]
print(m)
m[:0] = [1, 2]
print(m)
