from math import sqrt, pi as PI
import math as m
print(sqrt(16), PI == m.pi)
import sys
print(type(sys.argv) is list, len(sys.argv) >= 1, sys.maxsize > 2 ** 31)
print(sys.getrecursionlimit())
try:
    import no_such_module_here
except ImportError as e:
    print('ImportError', e)
