class A:
    x = 'A.x'
    def m(self):
        return 'A.m'
class B(A):
    pass
class C(B):
    x = 'C.x'
c = C()
print(c.x, c.m(), B.x, C.__name__)
