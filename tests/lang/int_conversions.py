print(int('42'), int(' -17 '), int(3.99), int(-3.99), int(True))
print(int('ff', 16), int('0x1f', 16), int('777', 8), int('101', 2))
print(int(1e20), int(-2.5e15))
print(str(12345), repr(-6), float(7), float('2.5'), float(' -1e3 '))
