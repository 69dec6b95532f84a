class K:
    pass
k = K()
print(type(k) is K, type(k) == K, k.__class__ is K, K.__name__, type(3) is int, type(3.0) is float)
print(type([]) is list, type(()) is tuple, type({}) is dict, type('') is str)
