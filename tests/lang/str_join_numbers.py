print(', '.join(str(i) for i in range(5)), ''.join(['a', 'b']), '-'.join(map(str, [1.5, 2])))
try:
    ''.join([1, 2])
except TypeError as e:
    print('TypeError', e)
