class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow
with Ctx('a') as c:
    print('inside', c.name)
with Ctx('b', True):
    raise ValueError('swallowed')
try:
    with Ctx('c'):
        raise KeyError('escapes')
except KeyError:
    print('KeyError escaped')
def f():
    with Ctx('d'):
        return 'returned'
print(f())
