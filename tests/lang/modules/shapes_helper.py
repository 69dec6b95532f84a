"""A module imported by tests/lang/import_local_module.py."""
SIDES = {"triangle": 3, "square": 4}
loaded = []


def sides(name):
    return SIDES[name]


class Polygon:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Polygon(%r, %d)" % (self.name, sides(self.name))


loaded.append(__name__)
