d = {'a': 1}
try:
    d['missing']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    {[]: 1}
except TypeError as e:
    print('TypeError', e)
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print('RuntimeError', e)
