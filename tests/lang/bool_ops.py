print(True + True, True * 10, False - 1, sum([True, False, True]))
print(True and 3, 0 and 1, [] or 'x', 'y' or 0, not 0, not [1])
print(bool(0), bool(''), bool('a'), bool([]), bool([0]), bool(None), bool(0.0))
print(isinstance(True, int), type(True) is bool, True == 1, hash(True))
