class Registry:
    items = {}
    @classmethod
    def register(cls, name):
        cls.items[name] = len(cls.items)
        return cls.items[name]
print(Registry.register('a'), Registry.register('b'), Registry.items)
