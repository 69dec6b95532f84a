try:
    raise ValueError('bad')
except ValueError as e:
    print('caught', e, repr(e), e.args)
try:
    [][1]
except IndexError as e:
    print('IndexError', e)
try:
    {}['k']
except LookupError as e:
    print('LookupError', type(e).__name__, e)
try:
    int('x')
except (TypeError, ValueError) as e:
    print('tuple clause', e)
