class A: pass
class B(A): pass
class C: pass
for obj in (A(), B(), C(), 1):
    print(isinstance(obj, (A, C)), isinstance(obj, B), type(obj) is A)
