class Base:
    def __init__(self, v):
        self.v = v
    def show(self):
        return 'Base(%s)' % self.v
class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def show(self):
        return 'Mid/' + super().show()
class Leaf(Mid):
    def show(self):
        return 'Leaf/' + super().show()
print(Leaf(5).show(), Leaf(1).v)
