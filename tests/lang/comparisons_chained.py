x = 5
print(0 < x < 10, 0 < x > 10, 1 == 1 == 1, 1 == 1 == 2, 1 < 2 < 3 < 4 < 3)
def f(v):
    print('eval', v)
    return v
print(f(1) < f(2) < f(0) < f(5))
