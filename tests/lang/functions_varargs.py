def f(*args):
    return args
def g(a, *rest):
    return a, rest
def h(**kw):
    return sorted(kw.items())
def k(a, b=1, *args, **kwargs):
    return a, b, args, sorted(kwargs.items())
print(f(), f(1, 2), g(1), g(1, 2, 3), h(), h(x=1, y=2), k(1, 2, 3, 4, z=5))
args = (1, 2)
kw = {'b': 9}
print(f(*args), f(*args, *[3]), k(*args), k(0, **kw), k(*[1], **{'c': 3}))
