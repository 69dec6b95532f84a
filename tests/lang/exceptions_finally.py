def f(x):
    try:
        if x == 0:
            return 'zero'
        if x == 1:
            raise KeyError('one')
        return 'other'
    except KeyError:
        return 'keyerror'
    finally:
        print('finally', x)
print(f(0), f(1), f(2))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('cleanup', i)
g()
