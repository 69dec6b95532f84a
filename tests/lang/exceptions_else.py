def t(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        print('div zero')
    else:
        print('ok', v)
    finally:
        print('end', x)
t(2)
t(0)
