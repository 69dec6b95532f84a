class A:
    def __init__(self):
        self.x = 1
        self.y = 2
a = A()
print(a.__dict__, vars(a))
a.__dict__['z'] = 3
print(a.z)
