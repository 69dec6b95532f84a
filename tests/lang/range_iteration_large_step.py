print(list(range(-10, 10, 7)), list(range(10, -10, -7)), len(range(0, 100, 7)), range(3)[-1])
