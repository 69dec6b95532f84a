print(2 ** -1, 2.0 ** -2, (-2) ** -1, (-8.0) ** 3, 0.0 ** 0, 10 ** -1.5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
