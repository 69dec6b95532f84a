class A:
    pass
class B:
    def __repr__(self):
        return 'B()'
class C(B):
    def __str__(self):
        return 'C-str'
print(str(B()), repr(B()), str(C()), repr(C()), [B(), C()], '%s %r' % (C(), C()))
print(repr(A()).startswith('<__main__.A object at 0x'), A)
