class A:
    def __init__(self):
        self.trail = ['A']
    def who(self):
        return 'A'
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append('B')
    def who(self):
        return 'B>' + super().who()
class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.trail.append('C')
    def who(self):
        return 'C>' + super().who()
c = C()
print(c.trail, c.who())
