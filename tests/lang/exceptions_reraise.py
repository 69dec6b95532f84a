def inner():
    try:
        raise KeyError('k')
    except KeyError:
        print('inner handles, then re-raises')
        raise
try:
    inner()
except KeyError as e:
    print('outer got', repr(e))
try:
    try:
        1 / 0
    finally:
        print('finally runs during propagation')
except ZeroDivisionError:
    print('propagated')
