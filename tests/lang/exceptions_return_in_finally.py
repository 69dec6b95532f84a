def f():
    try:
        return 'try'
    finally:
        print('finally before return')
print(f())
def g():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        print('g finally')
print(g())
def h():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return i
            finally:
                print('inner', i)
        finally:
            print('outer', i)
print(h())
