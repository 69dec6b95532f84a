try:
    try:
        raise TypeError('t')
    except ValueError:
        print('wrong handler')
except TypeError as e:
    print('outer', e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise RuntimeError('second')
except RuntimeError as e:
    print('converted', e)
try:
    raise ValueError('x') from KeyError('y')
except ValueError as e:
    print('from', e)
