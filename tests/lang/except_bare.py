try:
    raise KeyError('x')
except:
    print('bare except caught')
try:
    try:
        raise ValueError('inner')
    except:
        raise
except ValueError as e:
    print('re-raised', e)
