for n in (0, 1, 2, 255, 256, -256, 2 ** 100, -(2 ** 100)):
    print(n.bit_length())
