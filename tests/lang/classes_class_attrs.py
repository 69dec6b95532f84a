class Config:
    size = 3
    names = []
    def grow(self):
        self.size += 1
        return self.size
a = Config()
b = Config()
print(a.grow(), a.grow(), b.size, Config.size)
a.names.append('shared')
print(b.names)
Config.added_later = 'late'
print(a.added_later)
Config.size = 10
print(b.size, a.size)
