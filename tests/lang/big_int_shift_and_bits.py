x = 1 << 100
print(x >> 99, x >> 200, (x - 1).bit_length(), x | 5, (-x) >> 3, -x & 0xFF, ~x)
