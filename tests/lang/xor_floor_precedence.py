c = 1
for _ in range(6):
    c = c // 2 ^ 0xD008 if c & 1 else c // 2
    print(c)
print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 1 << 2 + 1, 6 & 3 | 8, 7 - 3 - 2, 2 ** 3 ** 2, not 1 == 2)
