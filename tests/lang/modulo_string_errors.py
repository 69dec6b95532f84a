try:
    '%d %d' % (1,)
except TypeError as e:
    print('TypeError', e)
try:
    '%d' % (1, 2)
except TypeError as e:
    print('TypeError', e)
