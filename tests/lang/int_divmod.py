for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)):
    print(divmod(a, b), a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2))
