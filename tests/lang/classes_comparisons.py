class Money:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return 'M%d' % self.v
ms = [Money(3), Money(1), Money(2)]
print(sorted(ms), min(ms), max(ms), Money(1) > Money(0), Money(2) in ms, len({Money(1), Money(1)}))
