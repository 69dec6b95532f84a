n = 3 ** 300
s = str(n)
print(len(s), s[:20], s[-10:], int(s) == n, repr(-n)[:5])
