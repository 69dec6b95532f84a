x = 1
del x
try:
    x
except NameError:
    print('x deleted')
l = [1, 2, 3, 4]
del l[0]
del l[-1]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
