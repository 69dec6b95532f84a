a = 2 ** 64
print(a, a * a, a - 1, -a)
print(a // 3, a % 3, a // -7, a % -7)
f = 1
for i in range(1, 30):
    f *= i
print(f)
print(123456789012345678901234567890 + 1)
print(int('987654321987654321987654321') * 3)
