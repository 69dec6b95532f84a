for v in (0, -1, 255, 2 ** 53, 2 ** 53 + 1):
    print(v, float(v), int(float(v)), str(v) == repr(v))
