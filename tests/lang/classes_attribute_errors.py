class A:
    pass
a = A()
try:
    a.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    A.missing
except AttributeError as e:
    print('AttributeError', e)
print(getattr(a, 'missing', 'dflt'))
setattr(a, 'dyn', 4)
print(a.dyn)
delattr(a, 'dyn')
print(hasattr(a, 'dyn'))
