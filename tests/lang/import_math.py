import math
print(math.pi, math.e, math.sqrt(2), math.sin(1), math.cos(1), math.tan(0.5))
print(math.log(10), math.log(8, 2), math.exp(1), math.floor(-2.5), math.ceil(2.1), math.floor(3))
print(math.atan2(1, 1), math.fabs(-3), math.hypot(3, 4), math.isnan(float('nan')), math.isinf(math.inf))
print(math.gcd(12, 18), math.factorial(20), math.log10(1000), math.trunc(-3.7), math.pow(2, 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)
