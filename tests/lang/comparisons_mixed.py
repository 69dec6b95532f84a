print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), 'abc' < 'abd', 'Z' < 'a')
print([1, 2] == [1, 2], (1,) == (1,), [1] == (1,), None == None, None is None)
print({1, 2} == {2, 1}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError', e)
