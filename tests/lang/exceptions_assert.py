try:
    assert 1 == 2, 'math broke'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert False
except AssertionError as e:
    print('bare', repr(e))
assert True, 'fine'
print('after')
