def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('RecursionError', 'maximum recursion depth exceeded' in str(e))
print('still alive')
