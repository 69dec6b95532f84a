x = 5
x += 1; x -= 2; x *= 3; x //= 2; x %= 4; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 13; x ^= 7
print(x)
f = 1.5
f /= 2
print(f)
s = 'a'
s += 'b'
s *= 3
print(s)
l = [1]
m = l
l += [2]
print(l, m is l)
t = (1,)
u = t
t += (2,)
print(t, u)
