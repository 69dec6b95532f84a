class N:
    def __init__(self):
        self.other = None
for i in range(50000):
    a = N()
    b = N()
    a.other = b
    b.other = a
print('cycles created', i)
